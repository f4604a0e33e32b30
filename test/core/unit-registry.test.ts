// Tests of the unit registry: resolving names, aliases and groups, segmenting run-together cells, suggestions, and cells analysed with and without it.
import { RegistryEntry, UnitRegistry, analyzeUnitCell } from '../../src/core/units/units';
import { COUNTIES, LIVELIHOOD_MEMBERS, registry, SEED_004_CELLS } from '../helpers/liuan-registry';

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
    ['区民生办', undefined], // a district's office is never the city's
    ['县委宣传部', undefined],
    ['市委组织部', undefined],
    ['市审计局', undefined], // not in the registry; one changed character makes another unit
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

  test('two units equally near: no suggestion (a 修复 click must not pick one by registry order)', () => {
    const r = new UnitRegistry([
      { name: '市发改委', aliases: [], groups: [] },
      { name: '市发改局', aliases: [], groups: [] },
    ]);
    expect(r.suggest('市发改')).toBeUndefined();
  });

  test('a changed character is never suggested: 市城建局 is asked as 市住建局 (城…建 are in 住房城乡建设), never as 市城管局', () => {
    const r = new UnitRegistry([
      { name: '市城管局', aliases: [], groups: [] },
      { name: '市住建局', aliases: [], groups: [] },
    ]);
    expect(r.suggest('市城建局')).toBe('市住建局');
    expect(new UnitRegistry([{ name: '市城管局', aliases: [], groups: [] }]).suggest('市城建局')).toBeUndefined();
  });

  test('suggests among 300 entries and many distinct names', () => {
    const entries: RegistryEntry[] = [];
    for (let i = 0; i < 300; i++) entries.push({ name: `第${i}号测试单位局`, aliases: [`测试${i}局`], groups: [] });
    const big = new UnitRegistry(entries);
    for (let i = 0; i < 1000; i++) big.suggest(`第${i}号测单位局`);
    expect(big.suggest('第17号测单位局')).toBe('第17号测试单位局');
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
