// Tests of unit-cell splitting: the registry CSV, every unit cell of seeds/004, splitUnits, aliases and names (registry: test/helpers/liuan-registry.ts).
import { analyzeUnitCell, normalizeUnitName, registryEntryFromCells, splitAliases, splitUnits } from '../../src/core/units/units';
import { ENTRIES, registry, SEED_004_CELLS } from '../helpers/liuan-registry';

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
