// DUBAN.REGISTRY: a handle that UNITS and CHECKUNITS take in place of the 单位名录 range.
import { REGISTRY_HANDLE_PREFIX, RegistryHandles } from '../../src/core/units/registry-handles';
import { UnitRegistry } from '../../src/core/units/units';
import { FnError, checkUnits, registry, units } from '../../src/functions/impl';
import { column, received } from './excel-args';

const RANGE = [
  ['单位名称', '别名', '类型', '所属分组'],
  ['市委宣传部', '六安市委宣传部', '党委部门', '市民生工作领导小组成员单位'],
  ['市发展改革委', '市发改委', '市直部门', '市民生工作领导小组成员单位'],
  ['金安区人民政府', '金安区', '县区', '各县区人民政府'],
  ['裕安区人民政府', '裕安区', '县区', '各县区人民政府'],
];

const handleOf = (range: unknown) => {
  const h = registry(range);
  if (h instanceof FnError) throw new Error(h.message);
  return h;
};

describe('REGISTRY(range)', () => {
  test('names the registry by its content and its number of units', () => {
    const h = handleOf(received(RANGE));
    expect(h).toMatch(/^单位名录#[0-9a-f]{8}（4 个单位）$/);
    expect(h.startsWith(REGISTRY_HANDLE_PREFIX)).toBe(true);
    // the same content gives the same handle (a fresh array each call, as from Excel), blank rows below or not
    expect(handleOf(received(RANGE))).toBe(h);
    expect(handleOf(column(RANGE, 500, 4))).toBe(h);
  });

  test('any changed cell gives another handle', () => {
    const h = handleOf(RANGE);
    const alias = received(RANGE);
    alias[2][1] = '市发改';
    const added = [...received(RANGE), ['叶集区人民政府', '叶集区', '县区', '各县区人民政府']];
    const hs = [handleOf(alias), handleOf(added)];
    expect(new Set([h, ...hs]).size).toBe(3);
    expect(hs[1]).toMatch(/（5 个单位）$/);
  });

  test('an empty range or a handle in place of the range is an error', () => {
    expect(registry(column([], 50, 4))).toEqual(expect.objectContaining({ code: 'notAvailable' }));
    expect(registry([[handleOf(RANGE)]])).toEqual(expect.objectContaining({ code: 'invalidValue' }));
  });
});

describe('UNITS and CHECKUNITS with a handle', () => {
  test('give what they give with the range, the handle arriving as a one-cell range', () => {
    const h = handleOf(RANGE);
    for (const text of ['市委宣传部 市发改委', '各县区人民政府', '某某中心、市委宣传部']) {
      expect(units(text, received([[h]]))).toEqual(units(text, received(RANGE)));
      expect(checkUnits(text, received([[h]]))).toEqual(checkUnits(text, received(RANGE)));
    }
    expect(units('市发改委', h)).toEqual([['市发展改革委']]);
  });

  test('follow the registry the handle names: a changed registry, a new handle, new results', () => {
    const changed = received(RANGE);
    changed[3][1] = '金安'; // (市发改委 would stay known: it is 市发展改革委 written short)
    const before = handleOf(RANGE);
    const after = handleOf(changed);
    expect(checkUnits('金安区', [[before]])).toMatch(/简称或别名/);
    expect(checkUnits('金安区', [[after]])).toMatch(/不在单位名录中/);
  });

  test('a handle this session has not made (a workbook just reopened) asks for a recalculation', () => {
    const stale = '单位名录#00000000（300 个单位）';
    for (const result of [units('市委宣传部', [[stale]]), checkUnits('市委宣传部', stale)]) {
      expect(result).toBeInstanceOf(FnError);
      expect((result as FnError).code).toBe('notAvailable');
      expect((result as FnError).message).toMatch(/Ctrl\+Alt\+F9/);
    }
  });
});

describe('RegistryHandles', () => {
  const reg = (names: string[]) => new UnitRegistry(names.map((name) => ({ name, aliases: [], groups: [] })));

  test('keeps the most recently used handles up to its limit', () => {
    const table = new RegistryHandles(2);
    const [a, b, c] = [['甲'], ['乙'], ['丙']].map((n) => reg(n));
    const ha = table.handleFor(a, [['甲']]);
    const hb = table.handleFor(b, [['乙']]);
    table.handleFor(a, [['甲']]); // a used again: b is now the oldest
    const hc = table.handleFor(c, [['丙']]);
    expect(table.find(ha)).toBe(a);
    expect(table.find(hc)).toBe(c);
    expect(table.find(hb)).toBeUndefined();
  });

  test('two contents never share a handle, even with one hash', () => {
    const a = reg(['甲']);
    const b = reg(['乙']);
    const plain = new RegistryHandles().handleFor(b, [['乙']]);
    // a table where that handle already names another content (as if both hashed alike)
    const table = new RegistryHandles();
    const known = (table as unknown as { known: Map<string, { registry: UnitRegistry; content: string }> }).known;
    known.set(plain, { registry: a, content: '[["甲"]]' });
    const hb = table.handleFor(b, [['乙']]);
    expect(hb).toBe(plain.replace('（', '-2（'));
    expect(table.find(hb)).toBe(b);
    expect(table.find(plain)).toBe(a);
    expect(table.handleFor(b, [['乙']])).toBe(hb); // and it stays so
  });
});
