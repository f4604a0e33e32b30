// Where the ledger is: a sheet headed with 日期 and 单位, or with 报送时间, 单位 and a title; the one with titles before one without (加减分 has 日期 and 单位 too).
import { CellValue, Grid, a1 } from './grid';
import {
  HeaderMatch, LEDGER_HEADERS, LEDGER_REQUIRED, LEDGER_TIMED_HEADERS, LEDGER_TIMED_REQUIRED, LedgerField, SHEET_NAMES, SPLIT_DATE_HEADERS, findHeaderRow, normalizeHeader,
} from './headers';
import { Located } from './locate';

/** The ledger header of a sheet's rows, or null. */
export function findLedgerHeader(rows: readonly (readonly CellValue[])[]): HeaderMatch<LedgerField> | null {
  return findHeaderRow(rows, LEDGER_HEADERS, LEDGER_REQUIRED) ?? findHeaderRow(rows, LEDGER_TIMED_HEADERS, LEDGER_TIMED_REQUIRED);
}

/**
 * The workbook's ledger: among user sheets with a ledger header, the one named 报送台账, else the first with a title column
 * (a 加减分 sheet — 单位 | 日期 | 分值 | 事由 — has the ledger's two required words but no title), else the first.
 */
export function locateLedger(grids: readonly Grid[]): Located<LedgerField> | null {
  const found = ledgerSheets(grids);
  const rank = (l: Located<LedgerField>) => (l.grid.name === SHEET_NAMES.ledger ? 0 : l.header.columns.title !== undefined ? 1 : 2);
  return found.reduce<Located<LedgerField> | null>((best, l) => (best === null || rank(l) < rank(best) ? l : best), null);
}

/** Every user sheet with a ledger header, in workbook order. */
function ledgerSheets(grids: readonly Grid[]): Located<LedgerField>[] {
  const found: Located<LedgerField>[] = [];
  for (const grid of grids) {
    if (grid.generated) continue;
    const header = findLedgerHeader(grid.rows);
    if (header) found.push({ grid, header });
  }
  return found;
}

/** The other sheets that look like the ledger too — a title column besides 日期 and 单位 (1月, 2月 … kept a sheet a month) — which are not read. */
export function otherLedgerSheets(grids: readonly Grid[], read: Located<LedgerField>): Located<LedgerField>[] {
  return ledgerSheets(grids).filter((l) => l.grid !== read.grid && l.header.columns.title !== undefined);
}

/** A ledger header whose date is in two columns, 月 | 日 (a printed 登记簿): 单位 and a title beside them, no date column. Its 月 cell, or null. */
export function splitDateLedgerCell(rows: readonly (readonly CellValue[])[]): string | null {
  const header = findHeaderRow<LedgerField>(rows, LEDGER_HEADERS, ['unit', 'title']);
  if (!header || header.columns.date !== undefined) return null;
  const names = (rows[header.row] ?? []).map((v) => normalizeHeader(v));
  const month = names.findIndex((n) => (SPLIT_DATE_HEADERS.month as readonly string[]).includes(n));
  const day = names.findIndex((n) => (SPLIT_DATE_HEADERS.day as readonly string[]).includes(n));
  return month >= 0 && day >= 0 ? a1(header.row, month) : null;
}

/** Whether a sheet is a ledger, readable or not (its date in 月 | 日): never a task table. */
export const looksLikeLedger = (rows: readonly (readonly CellValue[])[]) => findLedgerHeader(rows) !== null || splitDateLedgerCell(rows) !== null;
