// One-click fixes on real cells: aliases and typos to registry names, rest-day deadlines to the previous working day.
import { formatISO, fromSerial } from '../../src/core/dates/civil-date';
import { planFixes, replaceUnitName } from '../../src/core/validation/fixes';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, d, registryGrid, taskGrid } from '../helpers/grids';

describe('replaceUnitName', () => {
  test.each([
    ['市教育局', '市教育局', '市教体局', '市教体局'],
    ['市委宣传部、市交通局，各县区人民政府', '市交通局', '市交通运输局', '市委宣传部、市交通运输局，各县区人民政府'],
    ['市交通局 市交通局', '市交通局', '市交通运输局', '市交通运输局 市交通运输局'],
    ['市交通局局长办', '市交通局', '市交通运输局', '市交通运输局局长办'],
    ['市委宣传部', '市教育局', '市教体局', '市委宣传部'],
    // a name wrapped onto two lines of the cell (六安 2024: “市生态⏎环境局”)
    ['市文旅局、市生态\n环境局', '市生态环境局', '安庆市生态环境局', '市文旅局、安庆市生态环境局'],
  ])('%s: %s → %s', (text, written, name, expected) => expect(replaceUnitName(text, written, name)).toBe(expected));
});

describe('planFixes', () => {
  const grids = [
    taskGrid([
      [1, '设立宣传栏。', '市教育局', '市交通局、市文化和旅游局', '2024年6月10日'],
      [2, '任务', '市发改委', '', '7月上旬、2024年6月10日'],
    ]),
    registryGrid(),
  ];
  const result = checkWorkbook(grids, { today: TODAY, asOf: d('2024-01-01'), year: 2024 });

  test('every fixable issue becomes one new cell value; two fixes in one cell are combined', () => {
    const fixes = planFixes(result.issues, grids);
    expect(fixes.map((f) => [f.cell, f.before, f.value])).toEqual([
      ['C2', '市教育局', '市教体局'],
      ['D2', '市交通局、市文化和旅游局', '市交通运输局、市文旅局'],
      ['E2', '2024年6月10日', 45450],
    ]);
    expect(formatISO(fromSerial(45450)!)).toBe('2024-06-07');
    expect(fixes[2].numberFormat).toBe('yyyy-mm-dd');
  });

  test('a deadline cell listing several dates is left to the clerk', () => {
    const e3 = result.issues.filter((i) => i.cell === 'E3' && i.code === 'DEADLINE_NON_WORKDAY');
    expect(e3).toHaveLength(1);
    expect(planFixes(e3, grids)).toEqual([]);
  });

  test('after applying the fixes the unit and deadline issues are gone', () => {
    const fixes = planFixes(result.issues, grids);
    const rows = grids[0].rows.map((r) => r.slice());
    for (const f of fixes) {
      const col = f.cell.charCodeAt(0) - 65;
      const row = Number(f.cell.slice(1)) - 1;
      rows[row][col] = f.value;
    }
    const again = checkWorkbook([{ ...grids[0], rows }, grids[1]], { today: TODAY, asOf: d('2024-01-01'), year: 2024 });
    expect(again.issues.filter((i) => i.cell.endsWith('2')).map((i) => i.code)).toEqual([]);
  });
});
