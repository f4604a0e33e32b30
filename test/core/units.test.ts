// Tests of unit-cell splitting, the unit registry (names, aliases, groups), segmentation and suggestions.

import fc from 'fast-check';
import { editDistance } from '../../src/core/units/edit-distance';
import {
  RegistryEntry,
  UnitRegistry,
  analyzeUnitCell,
  normalizeUnitName,
  registryEntryFromCells,
  registryFromNames,
  splitAliases,
  splitUnits,
} from '../../src/core/units/units';

/** samples/liuan-units.csv, verbatim. */
const LIUAN_UNITS_CSV = `单位名称,别名,类型,所属分组
市委宣传部,六安市委宣传部,党委部门,市民生工作领导小组成员单位
市发改委,市发展改革委、六安市发展和改革委员会,市直部门,市民生工作领导小组成员单位
市教体局,市教育体育局、六安市教育体育局,市直部门,市民生工作领导小组成员单位
市人社局,市人力资源社会保障局,市直部门,市民生工作领导小组成员单位
市卫健委,市卫生健康委,市直部门,市民生工作领导小组成员单位
市民政局,六安市民政局,市直部门,市民生工作领导小组成员单位
市商务局,六安市商务局,市直部门,市民生工作领导小组成员单位
市城管局,市城市管理局,市直部门,市民生工作领导小组成员单位
市交通运输局,市交通局,市直部门,市民生工作领导小组成员单位
市文旅局,市文化和旅游局,市直部门,市民生工作领导小组成员单位
市住建局,市住房城乡建设局,市直部门,市民生工作领导小组成员单位
市自然资源局,市自然资源和规划局,市直部门,市民生工作领导小组成员单位
市数管局,市数据资源局、市数据资源管理局,市直部门,市民生工作领导小组成员单位
市财政局,六安市财政局,市直部门,市民生工作领导小组成员单位
市民生办,市民生工作领导小组办公室,市直部门,
皖西日报社,皖西日报,媒体单位,
市广电台,市广播电视台,媒体单位,
市总工会,,群团组织,
团市委,共青团六安市委,群团组织,
市妇联,,群团组织,
六安银保监分局,,中央驻六单位,
人行六安中心支行,,中央驻六单位,
中国电信六安分公司,六安电信,企业,
中国移动六安分公司,六安移动,企业,
中国联通六安分公司,六安联通,企业,
金安区人民政府,金安区,县区,各县区人民政府
裕安区人民政府,裕安区,县区,各县区人民政府
叶集区人民政府,叶集区,县区,各县区人民政府
霍邱县人民政府,霍邱县,县区,各县区人民政府
舒城县人民政府,舒城县,县区,各县区人民政府
金寨县人民政府,金寨县,县区,各县区人民政府
霍山县人民政府,霍山县,县区,各县区人民政府
市开发区管委,六安经济技术开发区管委会,开发区,
`;

function parseRegistryCsv(csv: string): RegistryEntry[] {
  const lines = csv.split(/\r?\n/).filter((line) => line.trim() !== '');
  const entries: RegistryEntry[] = [];
  for (const line of lines.slice(1)) {
    const [name, aliases = '', type = '', groups = ''] = line.split(',');
    const entry = registryEntryFromCells(name, aliases, type, groups);
    if (entry) entries.push(entry);
  }
  return entries;
}

const ENTRIES = parseRegistryCsv(LIUAN_UNITS_CSV);
const registry = new UnitRegistry(ENTRIES);

const COUNTIES = ['金安区人民政府', '裕安区人民政府', '叶集区人民政府', '霍邱县人民政府', '舒城县人民政府', '金寨县人民政府', '霍山县人民政府'];
const LIVELIHOOD_MEMBERS = [
  '市委宣传部', '市发改委', '市教体局', '市人社局', '市卫健委', '市民政局', '市商务局',
  '市城管局', '市交通运输局', '市文旅局', '市住建局', '市自然资源局', '市数管局', '市财政局',
];

describe('the registry CSV', () => {
  test('reads 33 entries with aliases, types and groups', () => {
    expect(ENTRIES).toHaveLength(33);
    expect(ENTRIES[1]).toEqual({
      name: '市发改委',
      aliases: ['市发展改革委', '六安市发展和改革委员会'],
      type: '市直部门',
      groups: ['市民生工作领导小组成员单位'],
    });
    expect(ENTRIES[17]).toEqual({ name: '市总工会', aliases: [], type: '群团组织', groups: [] });
    expect(registryEntryFromCells('  ', '别名')).toBeNull();
  });
});

// seeds/004: 六安市2023年暖民心行动宣传任务分工表, every 牵头责任部门 / 配合责任部门 cell.
const SEED_004_CELLS: Array<[row: number, lead: string, leadUnits: string[], coop: string, coopUnits: string[]]> = [
  [1, '市委宣传部 市发改委', ['市委宣传部', '市发改委'],
    '市教体局、市人社局、市卫健委、市民政局、市商务局、市城管局，各县区人民政府、市开发区管委',
    ['市教体局', '市人社局', '市卫健委', '市民政局', '市商务局', '市城管局', '各县区人民政府', '市开发区管委']],
  [2, '市委宣传部 皖西日报社 市广电台', ['市委宣传部', '皖西日报社', '市广电台'],
    '市发改委、市教体局、市人社局、市卫健委、市民政局、市商务局、市城管局，各县区人民政府、市开发区管委',
    ['市发改委', '市教体局', '市人社局', '市卫健委', '市民政局', '市商务局', '市城管局', '各县区人民政府', '市开发区管委']],
  [3, '市民生工作领导小组成员单位，各县区人民政府、市开发区管委', ['市民生工作领导小组成员单位', '各县区人民政府', '市开发区管委'],
    '', []],
  [4, '市发改委', ['市发改委'],
    '市教体局、市人社局、市卫健委、市民政局、市商务局、市城管局',
    ['市教体局', '市人社局', '市卫健委', '市民政局', '市商务局', '市城管局']],
  [5, '市卫健委', ['市卫健委'], '各县区人民政府 市开发区管委', ['各县区人民政府', '市开发区管委']],
  [6, '市交通运输局', ['市交通运输局'], '', []],
  [7, '市商务局', ['市商务局'], '市文旅局', ['市文旅局']],
  [8, '市住建局 市自然资源局', ['市住建局', '市自然资源局'], '', []],
  [9, '市教育局', ['市教育局'], '各县区人民政府 市开发区管委', ['各县区人民政府', '市开发区管委']],
  [10, '市城管局', ['市城管局'], '各县区人民政府 市开发区管委', ['各县区人民政府', '市开发区管委']],
  [11, '市总工会 团市委 市妇联', ['市总工会', '团市委', '市妇联'], '各县区人民政府 市开发区管委', ['各县区人民政府', '市开发区管委']],
  [12, '六安银保监分局 人行六安中心支行', ['六安银保监分局', '人行六安中心支行'], '各县区人民政府 市开发区管委', ['各县区人民政府', '市开发区管委']],
  [13, '市数管局', ['市数管局'], '各县区人民政府 市开发区管委', ['各县区人民政府', '市开发区管委']],
  [14, '中国电信六安分公司 中国移动六安分公司 中国联通六安分公司', ['中国电信六安分公司', '中国移动六安分公司', '中国联通六安分公司'], '', []],
];

describe('splitUnits on every unit cell of seeds/004', () => {
  test.each(SEED_004_CELLS)('row %d', (_row, lead, leadUnits, coop, coopUnits) => {
    expect(splitUnits(lead)).toEqual(leadUnits);
    expect(splitUnits(coop)).toEqual(coopUnits);
  });

  test('row 1 co-operators are 8 names, row 14 leads are 3', () => {
    expect(splitUnits(SEED_004_CELLS[0][3])).toHaveLength(8);
    expect(splitUnits(SEED_004_CELLS[13][1])).toHaveLength(3);
  });

  test('every seeds/004 name but 市教育局 is known to the registry; 市教育局 suggests 市教体局', () => {
    for (const [row, lead, , coop] of SEED_004_CELLS) {
      for (const cell of [lead, coop]) {
        for (const mention of analyzeUnitCell(cell, registry).mentions) {
          if (row === 9 && mention.written === '市教育局') {
            expect(mention.resolution).toEqual({ kind: 'unknown', suggestion: '市教体局' });
          } else {
            expect([row, mention.written, mention.resolution.kind]).not.toEqual([row, mention.written, 'unknown']);
          }
        }
      }
    }
  });
});

describe('splitUnits', () => {
  test.each<[string, string[]]>([
    // seeds/000 (屯溪区): 责任单位 lists
    ['各镇、各街道、区直各责任单位、区民生办', ['各镇', '各街道', '区直各责任单位', '区民生办']],
    ['区民生办、区融媒体中心、各镇、各街道、区直各责任单位', ['区民生办', '区融媒体中心', '各镇', '各街道', '区直各责任单位']],
    ['各镇、各街道、区直各责任单位、区民生办、区直各新闻单位', ['各镇', '各街道', '区直各责任单位', '区民生办', '区直各新闻单位']],
    ['区直责任单位、区民生办', ['区直责任单位', '区民生办']],
    ['各镇、各街道 、区直各责任单位', ['各镇', '各街道', '区直各责任单位']],
    ['(责任单位:各镇、各街道、区直各责任单位)', ['各镇', '各街道', '区直各责任单位']],
    ['（责任单位：区民生办）', ['区民生办']],
    ['牵头单位：市发改委、市财政局', ['市发改委', '市财政局']],
    // 滁州 2020 市政府重点工作 (test/fixtures/real/chuzhou-2020-zdgz): levels listed with 、 before one body are one group
    ['滁州经开区管委会、中新苏滁高新区管委会等,各县、市、区政府。', ['滁州经开区管委会', '中新苏滁高新区管委会', '各县、市、区政府']],
    ['各乡、镇人民政府、县直各单位', ['各乡、镇人民政府', '县直各单位']],
    ['各县、市直各单位', ['各县', '市直各单位']],
    ['各镇、区民生办', ['各镇', '区民生办']],
    // 云南 2017 省政府稳增长意见 (test/fixtures/real/yunnan-2017-wenzengzhang): 州 is a level as 县 and 市 are
    ['国家开发银行云南省分行、农业发展银行云南省分行,各州、市人民政府', ['国家开发银行云南省分行', '农业发展银行云南省分行', '各州、市人民政府']],
    ['各州、市、县、区人民政府', ['各州、市、县、区人民政府']],
    ['各州、市发展改革委', ['各州', '市发展改革委']],
    // 咸宁 2024 市《政府工作报告》分解 (test/fixtures/real/xianning-2024-gzbg): named places listed with 、 share the government after the last
    ['市长江综合门户港及公铁水联运项目建设领导小组成员单位,咸安区、嘉鱼县、通山县人民政府,咸宁高新区管委会',
      ['市长江综合门户港及公铁水联运项目建设领导小组成员单位', '咸安区人民政府', '嘉鱼县人民政府', '通山县人民政府', '咸宁高新区管委会']],
    ['岳麓区、望城区政府', ['岳麓区政府', '望城区政府']],
    ['柳林镇、城关镇党委', ['柳林镇党委', '城关镇党委']],
    ['市、县政府', ['市', '县政府']],
    ['市区、县人民政府', ['市区', '县人民政府']],
    ['高新区、岳麓区人民政府', ['高新区', '岳麓区人民政府']],
    ['咸安区,通山县人民政府', ['咸安区', '通山县人民政府']],
    ['高新区、岳麓区', ['高新区', '岳麓区']],
    ['市民政局、通山县人民政府', ['市民政局', '通山县人民政府']],
    // 黑龙江 2014 促进经济稳增长若干措施 (test/fixtures/real/heilongjiang-2014-wenzengzhang): cities written bare before the last one's 市政府
    ['哈尔滨机场扩建指挥部、哈尔滨、黑河、绥芬河市政府、省农垦总局', ['哈尔滨机场扩建指挥部', '哈尔滨市政府', '黑河市政府', '绥芬河市政府', '省农垦总局']],
    ['嘉鱼、通山县人民政府', ['嘉鱼县人民政府', '通山县人民政府']],
    ['公安、消防、城关镇人民政府', ['公安', '消防', '城关镇人民政府']],
    ['市财政局、市政府', ['市财政局', '市政府']],
    ['各州、市人民政府配合', ['各州、市人民政府配合']],
    // every separator
    ['市发改委,市财政局;市民政局；市商务局/市城管局／市数管局', ['市发改委', '市财政局', '市民政局', '市商务局', '市城管局', '市数管局']],
    ['市发改委\n市财政局\r\n市民政局\r市商务局', ['市发改委', '市财政局', '市民政局', '市商务局']],
    ['市发改委\u3000市财政局\u00a0市民政局\t市商务局    市城管局', ['市发改委', '市财政局', '市民政局', '市商务局', '市城管局']],
    ['、、市发改委，，\n\n', ['市发改委']],
    // on 和/及 only between two units (issue 20), never inside a name, never inside brackets
    ['市文化和旅游局', ['市文化和旅游局']],
    ['市自然资源和规划局、市住房和城乡建设局', ['市自然资源和规划局', '市住房和城乡建设局']],
    ['市科技局及市经信局', ['市科技局', '市经信局']],
    ['州委编办及州直相关单位', ['州委编办', '州直相关单位']],
    ['市发展和改革委员会', ['市发展和改革委员会']],
    ['区农业农村和水利局', ['区农业农村和水利局']],
    ['区发改委等相关区直部门、各镇（办）', ['区发改委', '各镇（办）']],
    ['市委宣传部（网信办）、市发改委', ['市委宣传部（网信办）', '市发改委']],
    ['市委宣传部（网信办、文明办）、市发改委', ['市委宣传部（网信办、文明办）', '市发改委']],
    ['市委宣传部(网信办 文明办) 市发改委', ['市委宣传部(网信办 文明办)', '市发改委']],
    ['市委宣传部 （网信办）', ['市委宣传部 （网信办）']],
    ['《皖西日报》社、市广电台', ['《皖西日报》社', '市广电台']],
    ['【市发改委、市财政局】', ['市发改委', '市财政局']],
    ['“市发改委”、「市财政局」', ['市发改委', '市财政局']],
    ['市发改委（牵头、市财政局', ['市发改委（牵头', '市财政局']],
    ['市发改委）、市财政局', ['市发改委', '市财政局']],
    // stray punctuation and 等
    ['市发改委、市民政局等', ['市发改委', '市民政局']],
    ['市发改委、市民政局等。', ['市发改委', '市民政局']],
    ['市发改委、市民政局等单位', ['市发改委', '市民政局']],
    ['市发改委、市民政局等相关部门。', ['市发改委', '市民政局']],
    ['市发改委、等', ['市发改委']],
    ['市发改委。', ['市发改委']],
    ['-市发改委-', ['市发改委']],
    ['各县区人民政府', ['各县区人民政府']],
    ['各县区人民政府，市有关单位', ['各县区人民政府', '市有关单位']],
    // empty
    ['', []],
    ['   ', []],
    ['、，；/', []],
    ['—', []],
    ['无', []],
    ['暂无', []],
  ])('%j', (text, expected) => {
    expect(splitUnits(text)).toEqual(expected);
  });
});

describe('splitAliases', () => {
  test('splits like a units cell', () => {
    expect(splitAliases('市发展改革委、六安市发展和改革委员会')).toEqual(['市发展改革委', '六安市发展和改革委员会']);
    expect(splitAliases('市数据资源局；市数据资源管理局 ')).toEqual(['市数据资源局', '市数据资源管理局']);
    expect(splitAliases('')).toEqual([]);
  });

  test('keeps a trailing 等 (an alias is not a list sentence)', () => {
    expect(splitAliases('市发改委等')).toEqual(['市发改委等']);
  });
});

describe('normalizeUnitName', () => {
  test('NFKC, no white space, brackets unified', () => {
    expect(normalizeUnitName(' 市发改委 ')).toBe('市发改委');
    expect(normalizeUnitName('市 发\u3000改\u00a0委')).toBe('市发改委');
    expect(normalizeUnitName('市委宣传部（网信办）')).toBe('市委宣传部(网信办)');
    expect(normalizeUnitName('市委宣传部(网信办)')).toBe('市委宣传部(网信办)');
    expect(normalizeUnitName('【市发改委】')).toBe(normalizeUnitName('[市发改委]'));
    expect(normalizeUnitName('［市发改委］')).toBe('[市发改委]');
    expect(normalizeUnitName('ＡＢＣ１２３')).toBe('ABC123');
    expect(normalizeUnitName('市\u200b发改委')).toBe('市发改委');
  });
});

describe('UnitRegistry.resolve', () => {
  test('exact names', () => {
    expect(registry.resolve('市发改委')).toEqual({ kind: 'name', name: '市发改委' });
    expect(registry.resolve(' 市 发改委 ')).toEqual({ kind: 'name', name: '市发改委' });
  });

  test('aliases give the registry name', () => {
    expect(registry.resolve('市交通局')).toEqual({ kind: 'alias', name: '市交通运输局', alias: '市交通局' });
    expect(registry.resolve('市文化和旅游局')).toEqual({ kind: 'alias', name: '市文旅局', alias: '市文化和旅游局' });
    expect(registry.resolve('六安市发展和改革委员会')).toEqual({ kind: 'alias', name: '市发改委', alias: '六安市发展和改革委员会' });
    expect(registry.resolve('金安区')).toEqual({ kind: 'alias', name: '金安区人民政府', alias: '金安区' });
  });

  test('各县区人民政府 expands to the seven counties and districts', () => {
    expect(registry.resolve('各县区人民政府')).toEqual({ kind: 'group', group: '各县区人民政府', members: COUNTIES });
  });

  test('市民生工作领导小组成员单位 expands to its 14 members in registry order', () => {
    const resolution = registry.resolve('市民生工作领导小组成员单位');
    expect(resolution).toEqual({ kind: 'group', group: '市民生工作领导小组成员单位', members: LIVELIHOOD_MEMBERS });
    expect(LIVELIHOOD_MEMBERS).toHaveLength(14);
  });

  test('unknown names, with a suggestion when close', () => {
    expect(registry.resolve('市教育局')).toEqual({ kind: 'unknown', suggestion: '市教体局' });
    expect(registry.resolve('黄山日报社')).toEqual({ kind: 'unknown' });
    expect(registry.resolve('')).toEqual({ kind: 'unknown' });
  });

  test('a name that is also a group is a name; alias clashing with a name is the name', () => {
    const r = new UnitRegistry([
      { name: '市民生办', aliases: ['民生办'], groups: ['市直单位'] },
      { name: '市直单位', aliases: ['市民生办'], groups: [] },
      { name: '市财政局', aliases: [], groups: ['市直单位'] },
    ]);
    expect(r.resolve('市直单位')).toEqual({ kind: 'name', name: '市直单位' });
    expect(r.groupMembers('市直单位')).toEqual(['市民生办', '市财政局']);
    expect(r.resolve('市民生办')).toEqual({ kind: 'name', name: '市民生办' });
  });

  test('results are memoized but callers cannot change the memo', () => {
    const first = registry.resolve('各县区人民政府');
    if (first.kind !== 'group') throw new Error('expected a group');
    first.members.length = 0;
    expect(registry.resolve('各县区人民政府')).toEqual({ kind: 'group', group: '各县区人民政府', members: COUNTIES });
  });
});

describe('UnitRegistry lookups', () => {
  test('has: registry names only', () => {
    expect(registry.has('市发改委')).toBe(true);
    expect(registry.has('市 发改委')).toBe(true);
    expect(registry.has('市发展改革委')).toBe(false);
    expect(registry.has('各县区人民政府')).toBe(false);
    expect(registry.has('市教育局')).toBe(false);
  });

  test('groups and groupMembers', () => {
    expect(registry.groups()).toEqual(['市民生工作领导小组成员单位', '各县区人民政府']);
    expect(registry.groupMembers('各县区人民政府')).toEqual(COUNTIES);
    expect(registry.groupMembers('各镇')).toBeNull();
  });

  test('entries are cleaned copies', () => {
    const r = new UnitRegistry([
      { name: ' 市发改委 ', aliases: [' 市发展改革委', ''], type: '', groups: ['  '] },
      { name: '', aliases: ['x'], groups: [] },
    ]);
    expect(r.entries).toEqual([{ name: '市发改委', aliases: ['市发展改革委'], groups: [] }]);
  });
});

describe('UnitRegistry.segment', () => {
  test('jammed names are cut at the longest registry match', () => {
    expect(registry.segment('市委宣传部市发改委')).toEqual(['市委宣传部', '市发改委']);
    expect(registry.segment('市发改委市文化和旅游局各县区人民政府')).toEqual(['市发改委', '市文化和旅游局', '各县区人民政府']);
    expect(registry.segment('市民政局市民生办')).toEqual(['市民政局', '市民生办']);
  });

  test('backs off from a longest match that leaves the rest uncovered', () => {
    const r = new UnitRegistry([
      { name: 'AB', aliases: [], groups: [] },
      { name: 'ABC', aliases: [], groups: [] },
      { name: 'CD', aliases: [], groups: [] },
    ]);
    expect(r.segment('ABCD')).toEqual(['AB', 'CD']);
    expect(r.segment('ABCAB')).toEqual(['ABC', 'AB']);
  });

  test('null when not fully covered', () => {
    expect(registry.segment('市委宣传部市发改委会')).toBeNull();
    expect(registry.segment('市委宣传部（网信办）')).toBeNull();
    expect(registry.segment('')).toBeNull();
    expect(new UnitRegistry([]).segment('市发改委')).toBeNull();
  });

  test('a single name covers itself', () => {
    expect(registry.segment('市发改委')).toEqual(['市发改委']);
  });
});

describe('UnitRegistry.suggest', () => {
  test.each<[string, string | undefined]>([
    ['市教育局', '市教体局'],
    ['市发改', '市发改委'],
    ['市卫健局', '市卫健委'],
    ['市财政厅', '市财政局'],
    ['市交通厅', '市交通运输局'],
    ['市体育局', '市教体局'],
    ['市人社厅', '市人社局'],
    ['金安区政府', '金安区人民政府'],
    ['各县区政府', '各县区人民政府'],
    ['市委宣传部（网信办）', '市委宣传部'],
    ['黄山日报社', undefined],
    ['市公安局', undefined],
    ['省农业农村厅', undefined],
    ['区民生办', '市民生办'],
    ['各镇', undefined],
    ['区直各责任单位', undefined],
    ['x', undefined],
    ['', undefined],
  ])('%s → %s', (written, expected) => {
    expect(registry.suggest(written)).toBe(expected);
  });

  test('same suffix is favoured over registry order at equal distance', () => {
    const r = new UnitRegistry([
      { name: '市科技委', aliases: [], groups: [] },
      { name: '市科技局', aliases: [], groups: [] },
    ]);
    expect(r.suggest('市科学局')).toBe('市科技局');
    expect(r.suggest('市科学委')).toBe('市科技委');
  });

  test('ties otherwise go by registry order', () => {
    const r = new UnitRegistry([
      { name: '市城管局', aliases: [], groups: [] },
      { name: '市住建局', aliases: [], groups: [] },
    ]);
    expect(r.suggest('市城建局')).toBe('市城管局');
  });

  test('suggests among 300 entries and many distinct names', () => {
    const entries: RegistryEntry[] = [];
    for (let i = 0; i < 300; i++) entries.push({ name: `第${i}号测试单位局`, aliases: [`测试${i}局`], groups: [] });
    const big = new UnitRegistry(entries);
    for (let i = 0; i < 1000; i++) big.suggest(`第${i}号测验单位局`);
    expect(big.suggest('第17号测验单位局')).toBe('第17号测试单位局');
  });
});

describe('analyzeUnitCell with the registry', () => {
  test('names, aliases and groups in order; groups expanded', () => {
    const a = analyzeUnitCell('市教体局、市交通局，各县区人民政府、市开发区管委', registry);
    expect(a.mentions.map((m) => [m.written, m.resolution.kind, m.jammed])).toEqual([
      ['市教体局', 'name', false],
      ['市交通局', 'alias', false],
      ['各县区人民政府', 'group', false],
      ['市开发区管委', 'name', false],
    ]);
    expect(a.units).toEqual(['市教体局', '市交通运输局', ...COUNTIES, '市开发区管委']);
    expect(a.duplicates).toEqual([]);
  });

  test('市民生工作领导小组成员单位 gives its 14 members', () => {
    const a = analyzeUnitCell('市民生工作领导小组成员单位，各县区人民政府、市开发区管委', registry);
    expect(a.units).toEqual([...LIVELIHOOD_MEMBERS, ...COUNTIES, '市开发区管委']);
    expect(a.units).toHaveLength(22);
  });

  test('市文化和旅游局 is one unit', () => {
    const a = analyzeUnitCell('市文化和旅游局', registry);
    expect(a.mentions).toEqual([
      { written: '市文化和旅游局', resolution: { kind: 'alias', name: '市文旅局', alias: '市文化和旅游局' }, jammed: false },
    ]);
    expect(a.units).toEqual(['市文旅局']);
  });

  test('jammed text is segmented', () => {
    const a = analyzeUnitCell('市委宣传部市发改委', registry);
    expect(a.mentions).toEqual([
      { written: '市委宣传部', resolution: { kind: 'name', name: '市委宣传部' }, jammed: true },
      { written: '市发改委', resolution: { kind: 'name', name: '市发改委' }, jammed: true },
    ]);
    expect(a.units).toEqual(['市委宣传部', '市发改委']);
  });

  test('jammed text with an alias and a group', () => {
    const a = analyzeUnitCell('市交通局各县区人民政府、市财政局', registry);
    expect(a.mentions.map((m) => [m.written, m.resolution.kind, m.jammed])).toEqual([
      ['市交通局', 'alias', true],
      ['各县区人民政府', 'group', true],
      ['市财政局', 'name', false],
    ]);
    expect(a.units).toEqual(['市交通运输局', ...COUNTIES, '市财政局']);
  });

  test('text not fully covered stays one unknown name', () => {
    const a = analyzeUnitCell('市委宣传部市发改委会', registry);
    expect(a.mentions).toHaveLength(1);
    expect(a.mentions[0].resolution.kind).toBe('unknown');
    expect(a.units).toEqual(['市委宣传部市发改委会']);
  });

  test('duplicates: a name and its alias', () => {
    const a = analyzeUnitCell('市发改委、市发展改革委', registry);
    expect(a.units).toEqual(['市发改委']);
    expect(a.duplicates).toEqual(['市发改委']);
  });

  test('duplicates: the same name twice, the same group twice, the same unknown twice', () => {
    expect(analyzeUnitCell('市财政局 市民政局 市财政局 市财政局', registry).duplicates).toEqual(['市财政局']);
    expect(analyzeUnitCell('各县区人民政府、各县区人民政府', registry).duplicates).toEqual(['各县区人民政府']);
    expect(analyzeUnitCell('区民生办、区民生办', registry).duplicates).toEqual(['区民生办']);
    expect(analyzeUnitCell('市委宣传部市发改委、市发改委', registry).duplicates).toEqual(['市发改委']);
  });

  test('a unit named and also covered by its group is no duplicate', () => {
    const a = analyzeUnitCell('金安区人民政府、各县区人民政府', registry);
    expect(a.duplicates).toEqual([]);
    expect(a.units).toEqual(COUNTIES);
  });

  test('brackets keep a remark with its name', () => {
    const a = analyzeUnitCell('市委宣传部（网信办）、市发改委', registry);
    expect(a.mentions.map((m) => m.written)).toEqual(['市委宣传部（网信办）', '市发改委']);
    expect(a.mentions[0].resolution).toEqual({ kind: 'unknown', suggestion: '市委宣传部' });
  });

  test('full-width forms and spaces inside a name still match', () => {
    const a = analyzeUnitCell('市委宣传部（网信办 ）', new UnitRegistry([{ name: '市委宣传部(网信办)', aliases: [], groups: [] }]));
    expect(a.units).toEqual(['市委宣传部(网信办)']);
  });

  test('seeds/000 cells against a 屯溪 registry', () => {
    const tunxi = new UnitRegistry([
      { name: '区民生办', aliases: ['屯溪区民生办'], groups: [] },
      { name: '区委宣传部', aliases: [], groups: [] },
      { name: '区融媒体中心', aliases: [], groups: [] },
      { name: '昱东街道', aliases: [], groups: ['各街道'] },
      { name: '老街街道', aliases: [], groups: ['各街道'] },
      { name: '屯光镇', aliases: [], groups: ['各镇'] },
      { name: '奕棋镇', aliases: [], groups: ['各镇'] },
      { name: '区教体局', aliases: [], groups: ['区直各责任单位'] },
      { name: '区卫健委', aliases: [], groups: ['区直各责任单位'] },
    ]);
    const a = analyzeUnitCell('各镇、各街道、区直各责任单位、区民生办', tunxi);
    expect(a.mentions.map((m) => m.resolution.kind)).toEqual(['group', 'group', 'group', 'name']);
    expect(a.units).toEqual(['屯光镇', '奕棋镇', '昱东街道', '老街街道', '区教体局', '区卫健委', '区民生办']);
  });
});

describe('analyzeUnitCell without a registry', () => {
  test('keeps every name as written; nothing unknown; groups not expanded', () => {
    const a = analyzeUnitCell('各镇、各街道、区直各责任单位、区民生办', null);
    expect(a.mentions).toEqual([
      { written: '各镇', resolution: { kind: 'name', name: '各镇' }, jammed: false },
      { written: '各街道', resolution: { kind: 'name', name: '各街道' }, jammed: false },
      { written: '区直各责任单位', resolution: { kind: 'name', name: '区直各责任单位' }, jammed: false },
      { written: '区民生办', resolution: { kind: 'name', name: '区民生办' }, jammed: false },
    ]);
    expect(a.units).toEqual(['各镇', '各街道', '区直各责任单位', '区民生办']);
    expect(a.duplicates).toEqual([]);
  });

  test('jammed text is not segmented; white space inside brackets is collapsed', () => {
    expect(analyzeUnitCell('市委宣传部市发改委', null).units).toEqual(['市委宣传部市发改委']);
    expect(analyzeUnitCell('市委宣传部（网信办  文明办）', null).units).toEqual(['市委宣传部（网信办 文明办）']);
  });

  test('duplicates are still found (by the normalised name)', () => {
    const a = analyzeUnitCell('市发改委、市财政局、市发改委、市委宣传部(网信办)、市委宣传部（网信办）', null);
    expect(a.units).toEqual(['市发改委', '市财政局', '市委宣传部(网信办)']);
    expect(a.duplicates).toEqual(['市发改委', '市委宣传部(网信办)']);
  });

  test('every seeds/004 cell gives its split names as units', () => {
    for (const [, lead, leadUnits, coop, coopUnits] of SEED_004_CELLS) {
      expect(analyzeUnitCell(lead, null).units).toEqual(leadUnits);
      expect(analyzeUnitCell(coop, null).units).toEqual(coopUnits);
    }
  });
});

describe('registryFromNames', () => {
  test('distinct names in order of first appearance', () => {
    const names = SEED_004_CELLS.flatMap(([, lead, , coop]) => [...splitUnits(lead), ...splitUnits(coop)]);
    const entries = registryFromNames(names);
    expect(entries[0]).toEqual({ name: '市委宣传部', aliases: [], groups: [] });
    expect(entries.map((e) => e.name)).toEqual([
      '市委宣传部', '市发改委', '市教体局', '市人社局', '市卫健委', '市民政局', '市商务局', '市城管局',
      '各县区人民政府', '市开发区管委', '皖西日报社', '市广电台', '市民生工作领导小组成员单位', '市交通运输局',
      '市文旅局', '市住建局', '市自然资源局', '市教育局', '市总工会', '团市委', '市妇联', '六安银保监分局',
      '人行六安中心支行', '市数管局', '中国电信六安分公司', '中国移动六安分公司', '中国联通六安分公司',
    ]);
  });

  test('drops empties and spelling variants of one name', () => {
    expect(registryFromNames(['市发改委', ' ', '市 发改委', '市发改委 ', '市财政局'])).toEqual([
      { name: '市发改委', aliases: [], groups: [] },
      { name: '市财政局', aliases: [], groups: [] },
    ]);
  });

  test('a registry built from names resolves them all as names', () => {
    const r = new UnitRegistry(registryFromNames(['市发改委', '市财政局']));
    expect(analyzeUnitCell('市发改委、市财政局', r).mentions.map((m) => m.resolution.kind)).toEqual(['name', 'name']);
  });
});

describe('editDistance', () => {
  test.each<[string, string, number]>([
    ['', '', 0],
    ['市发改委', '市发改委', 0],
    ['市教育局', '市教体局', 1],
    ['市发改', '市发改委', 1],
    ['市教育局', '市教育体育局', 2],
    ['kitten', 'sitting', 3],
    ['𠀀局', '局', 1],
  ])('%s ~ %s = %d', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });

  test('stops at the cut-off', () => {
    expect(editDistance('abcdef', 'uvwxyz', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 1)).toBe(2);
  });
});

describe('never throws', () => {
  test('on any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), fc.string({ maxLength: 60 }), (a, b) => {
        for (const text of [a, b, a + '、' + b, '（' + a, b + '）', '市委宣传部' + a + '市发改委']) {
          const split = splitUnits(text);
          for (const name of split) expect(name).not.toBe('');
          analyzeUnitCell(text, registry);
          analyzeUnitCell(text, null);
          registry.segment(text);
          registry.suggest(text);
          normalizeUnitName(text);
          splitAliases(text);
        }
      }),
      { numRuns: 300 },
    );
  });

  test('on odd input from plain JavaScript callers', () => {
    const odd = [undefined, null, 42, {}, []] as unknown as string[];
    for (const value of odd) {
      expect(() => splitUnits(value)).not.toThrow();
      expect(() => analyzeUnitCell(value, registry)).not.toThrow();
      expect(() => registry.resolve(value)).not.toThrow();
      expect(() => registry.suggest(value)).not.toThrow();
      expect(() => normalizeUnitName(value)).not.toThrow();
    }
    expect(splitUnits(undefined as unknown as string)).toEqual([]);
  });

  test('on long text', () => {
    const long = '市发改委'.repeat(3000);
    expect(registry.segment(long)).toBeNull();
    expect(analyzeUnitCell(long, registry).mentions).toHaveLength(1);
    expect(analyzeUnitCell('市发改委、'.repeat(2000), registry).duplicates).toEqual(['市发改委']);
    expect(splitUnits('（'.repeat(30000) + '市发改委' + '。'.repeat(30000))).toEqual(['市发改委']);
    expect(splitUnits('）（'.repeat(15000)).length).toBe(0);
    expect(splitUnits('（）、【】')).toEqual([]);
  });
});

describe('registry rows typed 分组 (an imported plan’s 各镇, 区直各责任单位)', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { UnitRegistry, GROUP_TYPE } = require('../../src/core/units/units') as typeof import('../../src/core/units/units');
  test('a group without members until a member lists it (kept as written, never dropped), then a group of its members', () => {
    const alone = new UnitRegistry([{ name: '各镇', aliases: [], type: GROUP_TYPE, groups: [] }]);
    expect(alone.resolve('各镇')).toEqual({ kind: 'group', group: '各镇', members: [] });
    expect(analyzeUnitCell('各镇、区民生办', alone).units).toEqual(['各镇', '区民生办']);
    const filled = new UnitRegistry([
      { name: '各镇', aliases: [], type: GROUP_TYPE, groups: [] },
      { name: '屯光镇', aliases: [], type: '镇', groups: ['各镇'] },
      { name: '阳湖镇', aliases: [], type: '镇', groups: ['各镇'] },
    ]);
    expect(filled.resolve('各镇')).toEqual({ kind: 'group', group: '各镇', members: ['屯光镇', '阳湖镇'] });
  });
  test('near-identical group names are one group: 区直责任单位, 区直各责任单位, 区直各责任部门', () => {
    const registry = new UnitRegistry([
      { name: '区直各责任单位', aliases: [], type: GROUP_TYPE, groups: [] },
      { name: '区教育局', aliases: [], groups: ['区直各责任单位'] },
      { name: '区卫健委', aliases: [], groups: ['区直责任单位'] },
    ]);
    const both = { kind: 'group', group: '区直各责任单位', members: ['区教育局', '区卫健委'] };
    expect(registry.resolve('区直各责任单位')).toEqual(both);
    expect(registry.resolve('区直责任单位')).toMatchObject({ kind: 'group', members: ['区教育局', '区卫健委'] });
    expect(registry.resolve('区直各责任部门')).toMatchObject({ kind: 'group', members: ['区教育局', '区卫健委'] });
    // another group spelled differently is not this one
    expect(registry.resolve('区直单位').kind).toBe('unknown');
    const empty = new UnitRegistry([{ name: '区直各新闻单位', aliases: [], type: GROUP_TYPE, groups: [] }]);
    expect(empty.resolve('区直新闻单位')).toEqual({ kind: 'group', group: '区直各新闻单位', members: [] });
  });
  test('a row of another type keeps its name even when a group is spelled alike', () => {
    const registry = new UnitRegistry([
      { name: '区民生办', aliases: [], type: '区直单位', groups: [] },
      { name: '屯光镇', aliases: [], groups: ['区民生办'] },
    ]);
    expect(registry.resolve('区民生办')).toEqual({ kind: 'name', name: '区民生办' });
  });
});
