// Tests of name-forms.ts: the key full and short writings of one unit share, the registry's own place, safe suggestions, a unit's own office.
import { homePlaceOf, longFormKey, officeOwner, safeToSuggest, shortFormKey } from '../../src/core/units/name-forms';
import { UnitRegistry, analyzeUnitCell } from '../../src/core/units/units';
import { MESSAGES } from '../../src/core/validation/messages';

describe('shortFormKey', () => {
  test.each<[string, string, string]>([
    ['安庆市发展和改革委员会', '安庆市', '市发改委'],
    ['市发展改革委', '', '市发改委'],
    ['中共六安市委宣传部', '六安市', '市委宣传部'],
    ['中国共产党六安市委员会宣传部', '六安市', '市委宣传部'],
    ['国家税务总局安庆市税务局', '安庆市', '市税务局'],
    ['共青团六安市委', '六安市', '团市委'],
    ['市精神文明建设委员会办公室', '', '市文明办'],
    ['市人力资源和社会保障局', '', '市人社局'],
    ['市自然资源和规划局', '', '市自然资源规划局'],
    ['霍邱县人民政府', '六安市', '霍邱县政府'],
    ['中国人民政治协商会议安庆市委员会', '安庆市', '市政协'],
    ['中国人民政治协商会议安庆市委员会办公室', '安庆市', '市政协办'],
    ['中共安庆市委员会', '安庆市', '市委'],
    ['安庆市人民代表大会常务委员会', '安庆市', '市人大常委会'],
    ['中共安庆市纪律检查委员会', '安庆市', '市纪委'],
    ['安徽省人民政府办公厅', '', '安徽省政府办'],
    // another place than the registry's own keeps its name
    ['桐城市公安局', '安庆市', '桐城市公安局'],
    // renames are not abbreviations
    ['市卫生和计划生育委员会', '', '市卫生计划生育委'],
  ])('%s (home %s) → %s', (name, home, key) => {
    expect(shortFormKey(name, home)).toBe(key);
  });

  test('the long form writes the usual short words out, without 和', () => {
    expect(longFormKey('市发改委', '')).toBe('市发展改革委');
    expect(longFormKey('市人社局', '')).toBe('市人力资源社会保障局');
    expect(longFormKey('市市场监管局', '')).toBe('市市场监督管理局');
    expect(longFormKey('市城管局', '')).toBe('市城市管理局');
  });
});

describe('homePlaceOf', () => {
  test('the place most department names start with; none for a government or a town of a place below', () => {
    expect(homePlaceOf(['安庆市财政局', '安庆市公安局', '市文化和旅游局', '桐城市公安局'])).toBe('安庆市');
    expect(homePlaceOf(['金安区人民政府', '霍山县新岗镇', '市发改委'])).toBe('');
    expect(homePlaceOf(['安庆市财政局', '桐城市公安局'])).toBe(''); // a tie names no home
    expect(homePlaceOf(['市城市管理局', '市市场监督管理局'])).toBe(''); // 市城市 is no place
  });
});

describe('safeToSuggest', () => {
  test.each<[string, string, boolean]>([
    ['市教育局', '市教育体育局', true],
    ['市卫健局', '市卫生健康委', true],
    ['宣传部', '市委宣传部', true],
    ['省农村农业厅', '省农业农村厅', true],
    ['市委宣传布', '市委宣传部', true],
    ['市供销委', '市供销社', false],
    ['市审计局', '市统计局', false],
    ['市民族宗教事务局', '市民政局', false],
    ['县委宣传部', '市委宣传部', false],
    ['市委组织部', '市委宣传部', false],
    ['市公安局交警支队', '市公安局', false],
    ['市教育局', '市教育局党委', false],
    ['桐城市公安局', '市公安局', false],
    ['教育局', '霍山县教育局', false],
    ['市科委', '市科学技术局', false],
    // a government's office is no short form of a department whose words happen to sit inside 人民政府 (旌德's 反诈 plan)
    ['县政府办', '县民政局', false],
    ['县人民政府办公室', '县民政局', false],
    ['县民政办', '县民政局', true],
  ])('%s → %s: %s', (written, registered, safe) => {
    expect(safeToSuggest(longFormKey(written, ''), longFormKey(registered, ''))).toBe(safe);
  });
});

describe('a unit\'s own office', () => {
  test('officeOwner', () => {
    expect(officeOwner('市发改委办公室')).toBe('市发改委');
    expect(officeOwner('叶集区东山镇办公室')).toBe('叶集区东山镇');
    expect(officeOwner('市委办公室')).toBeNull();
    expect(officeOwner('霍邱县人民政府办公室')).toBeNull();
    expect(officeOwner('镇党委办公室')).toBeNull();
    expect(officeOwner('市发改委')).toBeNull();
  });

  test('the registry suggests the unit for its office, not for a government office', () => {
    const r = new UnitRegistry([
      { name: '市发改委', aliases: [], groups: [] },
      { name: '霍邱县人民政府', aliases: [], groups: [] },
    ]);
    expect(r.resolve('市发改委办公室')).toEqual({ kind: 'unknown', suggestion: '市发改委' });
    expect(r.resolve('霍邱县人民政府办公室')).toEqual({ kind: 'unknown' });
  });
});

describe('the registry with full names', () => {
  const r = new UnitRegistry(['安庆市发展和改革委员会', '安庆市卫生健康委员会', '桐城市人民政府'].map((name) => ({ name, aliases: [], groups: [] })));

  test('a short writing is the unit, as a listed alias would be', () => {
    expect(r.resolve('市发改委')).toEqual({ kind: 'alias', name: '安庆市发展和改革委员会', alias: '市发改委' });
    expect(r.resolve('市卫健委')).toEqual({ kind: 'alias', name: '安庆市卫生健康委员会', alias: '市卫健委' });
  });

  test('short names jammed without separators are cut at the short forms', () => {
    const a = analyzeUnitCell('市发改委市卫健委', r);
    expect(a.mentions.map((m) => [m.written, m.resolution.kind, m.jammed])).toEqual([['市发改委', 'alias', true], ['市卫健委', 'alias', true]]);
    expect(a.units).toEqual(['安庆市发展和改革委员会', '安庆市卫生健康委员会']);
  });

  test('two units with one short form: neither is taken, nor suggested', () => {
    const two = new UnitRegistry([
      { name: '市文化和旅游局', aliases: [], groups: [] },
      { name: '市文化旅游局', aliases: [], groups: [] },
    ]);
    expect(two.resolve('市文旅局')).toEqual({ kind: 'unknown' });
  });
});

describe('a registry that names no place of its own', () => {
  const short = ['市公安局', '市卫健委', '市委宣传部'];
  const r = new UnitRegistry(short.map((name) => ({ name, aliases: [], groups: [] })));

  test('a name with a place before a unit is unknown, not suggested, and the message says how to teach the place', () => {
    const resolution = r.resolve('宣城市公安局');
    expect(resolution).toEqual({ kind: 'unknown', placed: { place: '宣城市', name: '市公安局' } });
    if (resolution.kind !== 'unknown') return;
    const message = MESSAGES.unknownUnit('宣城市公安局', resolution.suggestion, resolution.placed);
    expect(message).toBe('“宣城市公安局”不在单位名录中。单位名录中没有写地名，无法确定“宣城市”是否指本级：如指“市公安局”，请在单位名录中为它加上别名“宣城市公安局”；名录中有一个带“宣城市”的别名后，其余以“宣城市”开头的名称都能认出。');
  });

  test('one full name as 别名 teaches it: every other name of that place is read', () => {
    const taught = new UnitRegistry(short.map((name) => ({ name, aliases: name === '市公安局' ? ['宣城市公安局'] : [], groups: [] })));
    expect(taught.resolve('宣城市卫生健康委员会')).toEqual({ kind: 'alias', name: '市卫健委', alias: '宣城市卫生健康委员会' });
    expect(taught.resolve('中共宣城市委宣传部')).toMatchObject({ kind: 'alias', name: '市委宣传部' });
    expect(taught.resolve('宁国市公安局')).toEqual({ kind: 'unknown' });
  });
});

describe('a part of a registry unit', () => {
  const r = new UnitRegistry(['市公安局', '市委宣传部', '金安区东河镇'].map((name) => ({ name, aliases: [], groups: [] })));

  test('is unknown, never suggested as the unit, and the message names the unit', () => {
    expect(r.resolve('市公安局交警支队')).toEqual({ kind: 'unknown', partOf: '市公安局' });
    expect(r.resolve('市委宣传部新闻科')).toEqual({ kind: 'unknown', partOf: '市委宣传部' });
    expect(MESSAGES.unknownUnit('市公安局交警支队', undefined, undefined, '市公安局')).toBe(
      '“市公安局交警支队”不在单位名录中，看起来是“市公安局”的下属单位：如由“市公安局”负责，请填写“市公安局”；如需单独督办，请把它补充到单位名录。',
    );
  });

  test('a town\'s police station is no part of the town', () => {
    expect(r.resolve('金安区东河镇派出所')).toEqual({ kind: 'unknown' });
  });
});

describe('groups written otherwise', () => {
  const r = new UnitRegistry([
    { name: '桐城市人民政府', aliases: [], groups: ['各县（市、区）人民政府'] },
    { name: '怀宁县人民政府', aliases: [], groups: ['各县（市、区）人民政府'] },
  ]);

  test.each(['各县(市、区)政府', '各县市区政府', '各县（市、区）政府', '各县、市、区人民政府'])('%s is the group 各县（市、区）人民政府', (written) => {
    expect(analyzeUnitCell(written, r).mentions.map((m) => m.resolution)).toEqual([
      { kind: 'group', group: '各县（市、区）人民政府', members: ['桐城市人民政府', '怀宁县人民政府'] },
    ]);
  });

  test('another level is not the group', () => {
    expect(r.resolve('各乡镇政府').kind).toBe('unknown');
  });
});
