// How the browser page's read-only grid shows a sheet: cell text as Excel would show it, and which rows are on screen.
import { formatISO, fromSerial } from '../core/dates/civil-date';
import { CellValue, Grid, isCellError, isDateFormatCode } from '../core/sheets/grid';

/** At most this many rows are shown (the rest is named in a note); rows are rendered only when on screen. */
export const MAX_GRID_ROWS = 100_000;
/** At most this many columns are shown. */
export const MAX_GRID_COLUMNS = 40;
export const GRID_ROW_HEIGHT = 24;

/** The text a cell shows: dates as yyyy-mm-dd, percentages as %, errors as themselves. */
export function cellDisplay(value: CellValue | undefined, numberFormat?: string | null): string {
  if (value === null || value === undefined) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  if (isDateFormatCode(numberFormat)) {
    const date = fromSerial(Math.floor(value));
    if (date) return formatISO(date);
  }
  if (numberFormat && /%/.test(numberFormat)) {
    const decimals = /\.(0+)%/.exec(numberFormat)?.[1].length ?? 0;
    return `${(value * 100).toFixed(decimals)}%`;
  }
  if (numberFormat && /^0\.(0+)$/.test(numberFormat)) return value.toFixed(numberFormat.length - 2);
  return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(12)));
}

/** Rows and columns the grid shows for a sheet. */
export function gridExtent(grid: Grid): { rows: number; columns: number; totalRows: number } {
  let columns = 0;
  for (const row of grid.rows) if (row.length > columns) columns = row.length;
  for (const m of grid.merges) columns = Math.max(columns, m.right + 1);
  return { rows: Math.min(grid.rows.length, MAX_GRID_ROWS), columns: Math.min(Math.max(columns, 1), MAX_GRID_COLUMNS), totalRows: grid.rows.length };
}

/** The rows to render for a scroll position: those on screen plus some overscan, within [0, rows). */
export function visibleRows(scrollTop: number, viewportHeight: number, rows: number, overscan = 10): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / GRID_ROW_HEIGHT) - overscan);
  const last = Math.min(rows, Math.ceil((scrollTop + viewportHeight) / GRID_ROW_HEIGHT) + overscan);
  return { first, last: Math.max(first, last) };
}

/** Rows first … last-1 of a sheet as the page shows them: what crosses from the workbook worker, never the whole sheet. */
export interface SheetWindow {
  readonly sheet: string;
  readonly extent: { readonly rows: number; readonly columns: number; readonly totalRows: number };
  readonly first: number;
  readonly rows: readonly (readonly CellValue[])[];
  readonly formats: readonly (readonly (string | null)[])[];
}

/** The window of `grid` from row `first` to `last` (clipped to what the grid shows), columns clipped too. */
export function sheetWindow(grid: Grid, first: number, last: number, extent = gridExtent(grid)): SheetWindow {
  const from = Math.max(0, Math.min(first, extent.rows));
  const to = Math.max(from, Math.min(last, extent.rows));
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  for (let r = from; r < to; r++) {
    rows.push((grid.rows[r] ?? []).slice(0, extent.columns));
    formats.push(Array.from((grid.numberFormats?.[r] ?? []).slice(0, extent.columns), (f) => f ?? null));
  }
  return { sheet: grid.name, extent, first: from, rows, formats };
}
