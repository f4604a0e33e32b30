// A 统计表 that sums by unit (one row a unit, its counts or points), found where the ledger was looked for: it is no ledger, and is said so.
import { Grid, a1 } from './grid';
import { HEADER_SEARCH_ROWS, SUMMARY_COUNT_HEADER, SUMMARY_UNIT_HEADER, TASK_HEADERS, TASK_REQUIRED, findHeaderRow, normalizeHeader } from './headers';

/** The first user sheet (not a task sheet) with a header row naming a unit column and a count or points column: its name and the unit header's cell. */
export function summaryTable(grids: readonly Grid[]): { sheet: string; cell: string } | null {
  for (const grid of grids) {
    if (grid.generated || findHeaderRow(grid.rows, TASK_HEADERS, TASK_REQUIRED)) continue;
    const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
    for (let r = 0; r < limit; r++) {
      const names = (grid.rows[r] ?? []).map((v) => normalizeHeader(v));
      const unit = names.findIndex((h) => SUMMARY_UNIT_HEADER.test(h));
      if (unit >= 0 && names.some((h, c) => c !== unit && SUMMARY_COUNT_HEADER.test(h))) return { sheet: grid.name, cell: a1(r, unit) };
    }
  }
  return null;
}
