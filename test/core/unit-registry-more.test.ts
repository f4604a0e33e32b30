// Tests of registries made from names, edit distance, robustness on any input, and registry rows typed 分组.
import fc from 'fast-check';
import { editDistance } from '../../src/core/units/edit-distance';
import { UnitRegistry, analyzeUnitCell, normalizeUnitName, registryFromNames, splitAliases, splitUnits } from '../../src/core/units/units';
import { registry, SEED_004_CELLS } from '../helpers/liuan-registry';

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
