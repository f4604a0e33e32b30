// The real task tables laid out as other offices lay out the same table: moved down and right under an 附件 line,
// with a 注 line and a 备注 column, with a blank row under the header, renamed. Each must read as the clerk's
// expected JSON says (rows shifted), so a reading that only holds for the corpus's exact layout fails here.
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { toSerial } from '../src/core/dates/civil-date';
import { CellValue, Grid } from '../src/core/sheets/grid';
import { detectTaskHeader } from '../src/core/sheets/header-roles';
import { FileWorkbook } from '../src/workbook/file/file';
import { REAL_DIR as DIR, REAL_EXPECTED as EXPECTED, RealExpected as Expected, checkedJson, gapFields, placeOf, readingOf, wantedOf } from './helpers/real-tables';

/** A layout change: the grid as another office writes it, and where a row of the original now stands (1-based). */
interface Variant { name: string; apply: (g: Grid, headerRow: number) => Grid; row: (r: number, headerRow: number, g: Grid) => number }

const width = (g: Grid) => Math.max(0, ...g.rows.map((r) => r.length));

/** Rows inserted at the top and columns at the left; merges and formats move with the cells. */
function moved(g: Grid, top: CellValue[][], left: number): Grid {
  const pad = (row: CellValue[]) => [...new Array<CellValue>(left).fill(null), ...row];
  return {
    ...g,
    rows: [...top.map(pad), ...g.rows.map(pad)],
    merges: g.merges.map((m) => ({ top: m.top + top.length, bottom: m.bottom + top.length, left: m.left + left, right: m.right + left })),
    ...(g.numberFormats ? { numberFormats: [...top.map(() => []), ...g.numberFormats.map((r) => [...new Array<string | null>(left).fill(null), ...(r ?? [])])] } : {}),
  };
}

/** A row inserted after row `at` (0-based); merges across it grow, those below move down. */
function rowInserted(g: Grid, at: number, row: CellValue[]): Grid {
  return {
    ...g,
    rows: [...g.rows.slice(0, at + 1), row, ...g.rows.slice(at + 1)],
    merges: g.merges.map((m) => (m.top > at ? { ...m, top: m.top + 1, bottom: m.bottom + 1 } : m.bottom > at ? { ...m, bottom: m.bottom + 1 } : m)),
    ...(g.numberFormats ? { numberFormats: [...g.numberFormats.slice(0, at + 1), [], ...g.numberFormats.slice(at + 1)] } : {}),
  };
}

/**
 * The row (0-based) after which a page break repeats the header: near the middle of the data, between two rows no
 * merged cell runs across (a merged block is never cut by a repeated header).
 */
function middle(g: Grid, headerRow: number): number {
  const free = (at: number) => !g.merges.some((m) => m.top <= at && m.bottom > at);
  const mid = headerRow + Math.max(1, Math.floor((g.rows.length - headerRow) / 2));
  for (let d = 0; d < g.rows.length; d++) {
    if (mid + d < g.rows.length - 1 && free(mid + d)) return mid + d;
    if (mid - d > headerRow && free(mid - d)) return mid - d;
  }
  return g.rows.length - 1;
}
/** A header word of four characters or more broken after its first two, as a narrow printed column wraps it. */
const brokenWord = (v: CellValue): CellValue => (typeof v === 'string' && v.trim().length >= 4 && !/\s/.test(v.trim()) ? `${v.trim().slice(0, 2)}\n${v.trim().slice(2)}` : v);
/** The cells under the header in the columns Duban reads as these fields, changed. */
function inColumns(g: Grid, headerRow: number, fields: string[], change: (v: CellValue) => CellValue): Grid {
  const columns = detectTaskHeader(g).header!.columns as Record<string, number | undefined>;
  const cols = new Set(fields.map((f) => columns[f]).filter((c): c is number => c !== undefined));
  // a row of one filled cell is a heading across the table ("二、市级部门目标任务" standing in the units column), no units cell
  const heading = (row: CellValue[]) => row.filter((v) => v !== null && v !== '').length <= 1;
  return { ...g, rows: g.rows.map((row, r) => (r <= headerRow || heading(row) ? row : row.map((v, c) => (cols.has(c) ? change(v) : v)))) };
}
/** A whole date typed as text (2023年6月30日, 2023.6.30, 2023-06-30): what Excel stores once it takes it for a date. */
const WHOLE_DATE = /^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$/;

/** The time-limit cells holding a whole date become date cells (a serial shown with a Chinese date format), as Excel keeps them. */
function asDateCells(g: Grid, headerRow: number): Grid {
  const col = detectTaskHeader(g).header!.columns.deadline;
  if (col === undefined) return g;
  const formats = g.rows.map((row, r) => [...(g.numberFormats?.[r] ?? new Array<string | null>(row.length).fill(null))]);
  const rows = g.rows.map((row, r) => {
    const m = r > headerRow && typeof row[col] === 'string' ? WHOLE_DATE.exec((row[col] as string).trim()) : null;
    if (!m) return row;
    formats[r][col] = 'yyyy"年"m"月"d"日"';
    return row.map((v, c) => (c === col ? toSerial({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) }) : v));
  });
  return { ...g, rows, numberFormats: formats };
}

/** 、 between units (not inside brackets, as in 各县(市、区)) becomes a line break. */
function unitsOnLines(v: CellValue): CellValue {
  if (typeof v !== 'string') return v;
  let depth = 0;
  let out = '';
  for (const ch of v) {
    if ('(（[【'.includes(ch)) depth++;
    else if (')）]】'.includes(ch)) depth = Math.max(0, depth - 1);
    out += ch === '、' && depth === 0 ? '\n' : ch;
  }
  return out;
}
/** The lead and cooperating columns when they stand side by side (lead first), else null; once per grid (asked for every row). */
const sideBySide = new WeakMap<Grid, { lead: number; coop: number } | null>();
function unitsSideBySide(g: Grid): { lead: number; coop: number } | null {
  if (!sideBySide.has(g)) sideBySide.set(g, unitsSideBySideOf(g));
  return sideBySide.get(g)!;
}
function unitsSideBySideOf(g: Grid): { lead: number; coop: number } | null {
  const h = detectTaskHeader(g).header;
  const lead = h?.columns.lead;
  const coop = h?.columns.coop;
  return lead !== undefined && coop === lead + 1 && !h!.moreCoop ? { lead, coop } : null;
}

/**
 * The header made two rows, as many offices print it: 责任单位 merged over 牵头单位 | 配合单位, every other header cell
 * merged down over both rows. Tables whose units columns are not side by side are left as they are.
 */
function unitsUnderOneHeader(g: Grid, headerRow: number): Grid {
  const units = unitsSideBySide(g);
  if (!units || g.merges.some((m) => m.top <= headerRow && m.bottom >= headerRow && m.bottom > m.top)) return g;
  const header = g.rows[headerRow] ?? [];
  const upper = header.map((v, c) => (c === units.lead ? '责任单位' : c === units.coop ? null : v));
  const lower = header.map((v, c) => (c === units.lead ? '牵头单位' : c === units.coop ? '配合单位' : null));
  const moved = rowInserted({ ...g, rows: g.rows.map((r, i) => (i === headerRow ? upper : r)) }, headerRow, lower);
  const down = header.map((_, c) => c).filter((c) => c !== units.lead && c !== units.coop).map((c) => ({ top: headerRow, left: c, bottom: headerRow + 1, right: c }));
  return { ...moved, merges: [...moved.merges, { top: headerRow, left: units.lead, bottom: headerRow, right: units.coop }, ...down] };
}

/** The plan year of the table being changed (the title variant names it). */
const YEAR = { value: 0 };

const VARIANTS: Variant[] = [
  {
    name: 'under an 附件 line and a blank row, one column to the right (pasted at B3)',
    apply: (g) => moved(g, [['附件1'], []], 1),
    row: (r) => r + 2,
  },
  {
    name: 'with a 注 line and the 制表 line under the table',
    apply: (g) => ({ ...g, rows: [...g.rows, [], ['注：各责任单位请于每月25日前将工作进展情况报送县督查室。'], ['制表：县政府督查室']] }),
    row: (r) => r,
  },
  {
    name: 'with an empty 备注 column added on the right',
    apply: (g, headerRow) => {
      const w = width(g);
      return { ...g, rows: g.rows.map((row, i) => (i === headerRow ? [...row, ...new Array<CellValue>(w - row.length).fill(null), '备注'] : row)) };
    },
    row: (r) => r,
  },
  {
    name: 'with a blank row under the header',
    apply: (g, headerRow) => rowInserted(g, headerRow, []),
    row: (r, headerRow) => (r - 1 > headerRow ? r + 1 : r),
  },
  {
    name: 'with the header printed again half way down (a page break in the copied table)',
    apply: (g, headerRow) => rowInserted(g, middle(g, headerRow), [...(g.rows[headerRow] ?? [])]),
    row: (r, headerRow, g) => (r - 1 > middle(g, headerRow) ? r + 1 : r),
  },
  {
    name: 'with the header words broken over two lines in their cells (责任\\n单位)',
    apply: (g, headerRow) => ({ ...g, rows: g.rows.map((row, i) => (i === headerRow ? row.map(brokenWord) : row)) }),
    row: (r) => r,
  },
  {
    name: 'under a title merged across the table (the year the plan is for)',
    apply: (g, _h) => {
      const shifted = moved(g, [[`${'\u3000'}XX县${YEAR.value}年重点工作任务分解表`], []], 0);
      return { ...shifted, merges: [{ top: 0, left: 0, bottom: 0, right: Math.max(0, width(g) - 1) }, ...shifted.merges] };
    },
    row: (r) => r + 2,
  },
  {
    name: 'with the units of a cell on lines of their own instead of parted by 、 (outside brackets)',
    apply: (g, headerRow) => inColumns(g, headerRow, ['lead', 'coop'], unitsOnLines),
    row: (r) => r,
  },
  {
    name: 'with whole dates typed where Excel makes them date cells (2023/6/30 → a date shown 2023年6月30日)',
    apply: (g, headerRow) => asDateCells(g, headerRow),
    row: (r) => r,
  },
  {
    name: 'with the time limits typed in full-width digits (２０２３年６月３０日)',
    apply: (g, headerRow) => inColumns(g, headerRow, ['deadline'], (v) => (typeof v === 'string' ? v.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : v)),
    row: (r) => r,
  },
  {
    name: 'with 牵头 and 配合 under one merged 责任单位 header (a header of two rows)',
    apply: (g, headerRow) => unitsUnderOneHeader(g, headerRow),
    row: (r, headerRow, g) => (unitsSideBySide(g) && r - 1 >= headerRow ? r + 1 : r),
  },
  {
    name: 'on a sheet named 任务分解表',
    apply: (g) => ({ ...g, name: '任务分解表' }),
    row: (r) => r,
  },
];

describe.each(EXPECTED)('real table %s, laid out otherwise', (name) => {
  const expected = JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Expected;
  let grids: Grid[];
  let headerRow: number;
  beforeAll(async () => {
    grids = await (await FileWorkbook.load(await fs.readFile(path.join(DIR, expected.file)))).readAll();
    headerRow = detectTaskHeader(grids[0]).header?.row ?? -1;
  });

  test.each(VARIANTS.map((v) => [v.name, v] as const))('%s: the same tasks, as the clerk reads them', (_name, variant) => {
    expect(headerRow).toBeGreaterThanOrEqual(0);
    YEAR.value = expected.year;
    const changed = [variant.apply(grids[0], headerRow), ...grids.slice(1)];
    const json = checkedJson(changed, expected);
    expect(json.issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.message}`)).toEqual([]);
    expect(json.tasks.map(placeOf)).toEqual(expected.tasks.map((t) => placeOf({ ...t, row: variant.row(t.row, headerRow, grids[0]) })));
    // every task as the clerk reads it, compared in one expect (one per task was a sixth of this file's time)
    const read: object[] = [];
    const wanted: object[] = [];
    for (const want of expected.tasks) {
      const got = json.tasks.find((t) => t.row === variant.row(want.row, headerRow, grids[0]) && t.block === want.block)!;
      const skip = gapFields(expected, want.row);
      const keep = (o: object) => Object.fromEntries(Object.entries(o).filter(([k]) => !skip.has(k)));
      read.push({ row: want.row, ...keep(readingOf(got)) });
      wanted.push({ row: want.row, ...keep(wantedOf(want)) });
    }
    expect(read).toEqual(wanted);
  });
});
