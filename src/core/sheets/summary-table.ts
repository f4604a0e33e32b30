// A 统计表 that sums by unit (one row a unit, its counts or points), found where the ledger was looked for: it is no ledger, and is said so.
import { CellValue, Grid, a1, cellText } from './grid';
import {
  HEADER_SEARCH_ROWS, SUMMARY_COUNT_HEADER, SUMMARY_RESULT_HEADER, SUMMARY_RESULT_TITLE, SUMMARY_TARGET_WORDS, SUMMARY_UNIT_HEADER, TASK_HEADERS, TaskField,
  matchHeaderRow, normalizeHeader,
} from './headers';

/** Task table words that make a header row a task table's, whatever else it counts (任务数量, 责任单位, 完成时限 …). */
const TASK_WORDS: readonly TaskField[] = ['task', 'lead', 'coop', 'deadline', 'quota', 'frequency', 'status', 'doneDate'];

/**
 * A header row of a summary by unit: a unit column (单位, 机关及各直属单位) and a count or points column (报送条数, 市政府办采用,
 * 得分), and no word of a task table (a 考核 table 责任单位 | 得分 is a task table). The unit header's column, or -1.
 */
function summaryUnitColumn(names: readonly string[], row: readonly CellValue[]): number {
  const unit = names.findIndex((h) => SUMMARY_UNIT_HEADER.test(h));
  if (unit < 0 || !names.some((h, c) => c !== unit && SUMMARY_COUNT_HEADER.test(h))) return -1;
  const task = matchHeaderRow(row, TASK_HEADERS);
  return TASK_WORDS.some((f) => task[f] !== undefined) ? -1 : unit;
}

/**
 * The sheet's summary-of-results header, if it has one: the unit header's cell. The same layout allocates targets
 * (成都 2006 目标任务: 单位 | 采用条数; 达州 2009: 单 位 | 目标分数 — task tables): a summary is one whose figures say they are
 * results (得分, 本月…, 累计…) or whose title says it counts (统计, 情况, 评分), and nothing over it or in its header says target.
 */
export function summaryHeaderCell(grid: Grid): string | null {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    const names = row.map((v) => normalizeHeader(v));
    const unit = summaryUnitColumn(names, row);
    if (unit < 0) continue;
    const above = grid.rows.slice(0, r).map((cells) => cells.map((v) => cellText(v)).join(' ')).join(' ');
    const counts = names.filter((h, c) => c !== unit && SUMMARY_COUNT_HEADER.test(h));
    if (SUMMARY_TARGET_WORDS.test(above) || counts.some((h) => SUMMARY_TARGET_WORDS.test(h))) return null;
    if (counts.some((h) => SUMMARY_RESULT_HEADER.test(h)) || SUMMARY_RESULT_TITLE.test(above)) return a1(r, unit);
    return null;
  }
  return null;
}

/** The first user sheet that sums by unit: its name and the unit header's cell. */
export function summaryTable(grids: readonly Grid[]): { sheet: string; cell: string } | null {
  for (const grid of grids) {
    const cell = grid.generated ? null : summaryHeaderCell(grid);
    if (cell) return { sheet: grid.name, cell };
  }
  return null;
}
