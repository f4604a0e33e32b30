// Range-keyed memos (单位名录, 媒体名录, 评分规则 given as ranges): an equal range hits, any changed cell misses.
import { CellValue } from '../../src/core/sheets/grid';
import { CellRule, RecentRanges, UNKEPT, mediaDirectoryFromRange, registryFromRange, rulesFromRange } from '../../src/core/sheets/range-tables';
import { received } from '../functions/excel-args';

/** Cells as Excel's runtime sends them: '' for an empty cell; objects are not kept. */
const blank = (v: unknown) => v === '' || v === null || v === undefined;
const RULE: CellRule = {
  blank,
  keep: (v) => (v === undefined ? null : typeof v === 'object' && v !== null ? UNKEPT : v),
  same: (v, kept) => blank(v) && blank(kept),
};

const GRID: readonly (readonly unknown[])[] = [
  ['单位名称', '别名', '类型', '所属分组'],
  ['市委宣传部', '宣传部', '市直', '市直各单位'],
  ['市发展改革委', '市发改委、发改委', '市直', '市直各单位'],
  ['市文化和旅游局', '市文旅局', '市直', '市直各单位'],
  ['金安区人民政府', '金安区政府', '县区', '各县区人民政府'],
];

/** A fresh copy, as Excel passes a range with every call (through JSON, as its runtime does). */
const fresh = received;
/** `rows` followed by `n` blank rows as wide as its first row, as a whole-column reference arrives. */
const withBlankRows = (rows: readonly (readonly unknown[])[], n: number, width = rows[0].length) => [
  ...rows.map((r) => [...r]),
  ...Array.from({ length: n }, () => new Array(width).fill('')),
];

/** A memo whose values count the builds, so a hit returns the earlier number. */
function counting(limit = 4) {
  const memo = new RecentRanges<number>(RULE, limit);
  let builds = 0;
  return { get: (rows: unknown) => memo.get(rows, () => ++builds), builds: () => builds };
}

describe('RecentRanges', () => {
  test('an equal range, fresh each call, hits without building again', () => {
    const m = counting();
    const first = m.get(fresh(GRID));
    for (let i = 0; i < 100; i++) expect(m.get(fresh(GRID))).toBe(first);
    expect(m.builds()).toBe(1);
  });

  test('any one changed cell misses, wherever it is', () => {
    for (let r = 0; r < GRID.length; r++) {
      for (let c = 0; c < GRID[r].length; c++) {
        const m = counting();
        const before = m.get(fresh(GRID));
        for (const value of ['X', '', 5, true, `${GRID[r][c]} `]) {
          const changed = fresh(GRID) as unknown[][];
          if (changed[r][c] === value) continue;
          changed[r][c] = value;
          expect(m.get(changed)).not.toBe(before);
          expect(m.get(fresh(GRID))).toBe(before); // and the original still hits
        }
      }
    }
  });

  test('a number and its text are different cells; blank cells are alike', () => {
    const m = counting();
    const a = m.get([['项目', '分值'], ['省级', 5]]);
    expect(m.get([['项目', '分值'], ['省级', '5']])).not.toBe(a);
    const b = m.get([['a', ''], ['', 'b']]);
    expect(m.get([['a', null], [undefined, 'b']])).toBe(b);
    expect(m.get([['a'], [null, 'b']])).toBe(b); // a shorter row: its missing cells are blank
  });

  test('a row added or removed misses; trailing blank rows and columns do not count', () => {
    const m = counting();
    const base = m.get(fresh(GRID));
    expect(m.get([...fresh(GRID), ['市财政局', '', '市直', '']])).not.toBe(base);
    expect(m.get(fresh(GRID).slice(0, -1))).not.toBe(base);
    expect(m.get(fresh(GRID).slice(1))).not.toBe(base); // the header row gone
    expect(m.get(withBlankRows(GRID, 1000))).toBe(base);
    expect(m.get(withBlankRows(GRID, 10, 6))).toBe(base); // A:F with E and F empty
    expect(m.get(fresh(GRID).map((r) => [...r, '', '']))).toBe(base);
  });

  test('a column added, removed or changed misses', () => {
    const m = counting();
    const base = m.get(fresh(GRID));
    expect(m.get(fresh(GRID).map((r, i) => [...r, i === 3 ? '备注' : '']))).not.toBe(base);
    expect(m.get(fresh(GRID).map((r) => r.slice(0, 3)))).not.toBe(base);
    expect(m.get(fresh(GRID).map((r) => [r[0], r[2], r[1], r[3]]))).not.toBe(base);
    expect(m.get(fresh(GRID).map((r) => ['', ...r]))).not.toBe(base); // shifted one column right
  });

  test('a whole column (A:D, 1,048,576 rows) hits; a cell anywhere below the data misses', () => {
    const m = counting();
    const column = withBlankRows(GRID, 1_048_576 - GRID.length);
    const base = m.get(column);
    expect(m.get(fresh(GRID))).toBe(base);
    for (const [r, c] of [[GRID.length, 0], [500_000, 2], [1_048_575, 3]]) {
      column[r][c] = '市财政局';
      expect(m.get(column)).not.toBe(base);
      column[r][c] = '';
      expect(m.get(column)).toBe(base);
    }
  });

  test('the same array changed in place misses: an array is never trusted for being the same object', () => {
    const m = counting();
    const rows = fresh(GRID) as unknown[][];
    const before = m.get(rows);
    rows[2][1] = '发改委';
    const after = m.get(rows);
    expect(after).not.toBe(before);
    rows[2][1] = GRID[2][1];
    expect(m.get(rows)).toBe(before);
  });

  test('keeps the last few ranges: alternating ranges do not rebuild; the least recent goes first', () => {
    const m = counting(4);
    const grids = [0, 1, 2, 3, 4].map((i) => [['单位名称'], [`单位${i}`]]);
    const values = grids.slice(0, 4).map((g) => m.get(fresh(g)));
    for (let i = 0; i < 100; i++) expect(m.get(fresh(grids[i % 4]))).toBe(values[i % 4]);
    expect(m.builds()).toBe(4);
    m.get(fresh(grids[4])); // evicts grids[0], the least recently used
    expect(m.builds()).toBe(5);
    expect(m.get(fresh(grids[3]))).toBe(values[3]);
    expect(m.get(fresh(grids[0]))).not.toBe(values[0]);
    expect(m.builds()).toBe(6);
  });

  test('a range with a cell it cannot keep, or that is no array of rows, is built every time', () => {
    const m = counting();
    const withObject = [['单位名称'], [{ code: '#REF!' }]];
    expect(m.get(withObject)).not.toBe(m.get(withObject));
    expect(m.get('市委宣传部')).not.toBe(m.get('市委宣传部'));
    expect(m.get([['单位名称'], '市委宣传部'])).not.toBe(m.get([['单位名称'], '市委宣传部']));
  });
});

describe('tables from ranges', () => {
  const rows = (): CellValue[][] => fresh(GRID) as CellValue[][];

  test('equal content gives the same registry; a changed middle cell a different one', () => {
    const base = registryFromRange(rows());
    expect(registryFromRange(rows())).toBe(base);
    expect(registryFromRange([...rows(), null, [], ['', null]] as CellValue[][])).toBe(base);
    const renamed = rows();
    renamed[2][0] = '市发改委';
    const other = registryFromRange(renamed)!;
    expect(other).not.toBe(base);
    expect(other.entries.map((e) => e.name)).toContain('市发改委');
    expect(base!.entries.map((e) => e.name)).toContain('市发展改革委');
  });

  test('error cells compare by their text', () => {
    const a = rows();
    a[3][3] = { error: '#N/A' };
    const b = rows();
    b[3][3] = { error: '#N/A' };
    const c = rows();
    c[3][3] = { error: '#REF!' };
    expect(registryFromRange(b)).toBe(registryFromRange(a));
    expect(registryFromRange(c)).not.toBe(registryFromRange(a));
  });

  test('media directories and scoring rules by content', () => {
    const media: CellValue[][] = [['媒体名称', '级别'], ['安徽日报', '省级'], ['皖西日报', '市级']];
    const directory = mediaDirectoryFromRange(fresh(media));
    expect(mediaDirectoryFromRange(fresh(media))).toBe(directory);
    const moved = fresh(media);
    moved[2][1] = '省级';
    expect(mediaDirectoryFromRange(moved).find('皖西日报')?.level).toBe('省级');
    expect(directory.find('皖西日报')?.level).toBe('市级');

    const rules: CellValue[][] = [['项目', '分值'], ['省级媒体采用(每篇)', 7]];
    expect(rulesFromRange(fresh(rules))!.pointsPerAdoption.省级).toBe(7);
    const changed = fresh(rules);
    changed[1][1] = 8;
    expect(rulesFromRange(changed)!.pointsPerAdoption.省级).toBe(8);
    expect(rulesFromRange(fresh(rules))).toBe(rulesFromRange(fresh(rules)));
  });
});
