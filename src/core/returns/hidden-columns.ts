// Columns a clerk hid in a returned sheet: hiding is no withdrawal — a column the header names is read (said once), other hidden columns are not read (said once, with how many cells they hold).
import { CellValue, Grid, cellText, columnLetters, isBlank } from '../sheets/grid';

/** Whether a column of the grid is hidden (by hand, a collapsed group or a width of 0). */
export type HiddenColumn = (col: number) => boolean;

export function hiddenColumnsOf(grid: Grid): HiddenColumn {
  const spans = grid.marks?.hiddenColumns ?? [];
  if (spans.length === 0) return () => false;
  return (col) => spans.some(([first, last]) => first <= col && col <= last);
}

/** How a column is named in a note: "D列（级别）". */
const named = (header: CellValue | undefined, col: number) => `${columnLetters(col)}列（${cellText(header) || '无表头'}）`;

/** Filled cells of a column below the header. */
function filledBelow(grid: Grid, headerRow: number, col: number): number {
  let n = 0;
  for (let r = headerRow + 1; r < grid.rows.length; r++) if (!isBlank(grid.rows[r]?.[col])) n++;
  return n;
}

export interface HiddenColumnsRead {
  /** Hidden columns read all the same (the form's columns, an added column the ledger takes). */
  readonly read: readonly number[];
  /** Hidden columns not read, each with the shown column read instead when its header names the same field. */
  readonly unread: readonly { readonly col: number; readonly instead?: number }[];
}

/** The file's notes on its hidden columns: one for those read (when they hold anything), one per column not read that holds something. */
export function hiddenColumnNotes(grid: Grid, headerAt: { readonly row: number; readonly names: readonly CellValue[] }, columns: HiddenColumnsRead): string[] {
  const header = headerAt.names;
  const headerRow = headerAt.row;
  const on = `“${grid.name}”表的`;
  const notes: string[] = [];
  const read = columns.read.filter((c) => filledBelow(grid, headerRow, c) > 0).sort((x, y) => x - y);
  if (read.length > 0) notes.push(`${on}${read.map((c) => named(header[c], c)).join('、')}被隐藏：隐藏不算作废，仍按所填读取；如其中内容作废，请删去后重新报送`);
  for (const { col, instead } of [...columns.unread].sort((x, y) => x.col - y.col)) {
    const n = filledBelow(grid, headerRow, col);
    if (n === 0) continue;
    notes.push(instead === undefined
      ? `${on}${named(header[col], col)}被隐藏，不是填报表的列，其中 ${n} 格内容未读取`
      : `${on}${named(header[col], col)}被隐藏，已按未隐藏的${named(header[instead], instead)}读取，${columnLetters(col)}列的 ${n} 格内容未读取`);
  }
  return notes;
}
