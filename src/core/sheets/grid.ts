// Cell values as Excel gives them, A1 addresses, and a sheet's grid with its merged areas.

/** An Excel error value such as #REF! or #N/A. */
export interface CellError {
  readonly error: string;
}

/** A cell's value: text, number (dates are serials), boolean, empty, or an error. */
export type CellValue = string | number | boolean | null | CellError;

export interface CellRange {
  /** 0-based, inclusive. */
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

/** One worksheet as read: rows of values (covered cells of a merge are null), merges, formats. */
export interface Grid {
  readonly name: string;
  readonly rows: CellValue[][];
  readonly merges: readonly CellRange[];
  /** Number formats by row then column where known (used to tell a date serial from a number). */
  readonly numberFormats?: (string | null)[][];
  readonly hidden?: boolean;
  /** True for a sheet Duban generated (it carries Duban's marker); never read as input. */
  readonly generated?: boolean;
  /** What a clerk's hand shows beyond the values (read for returned forms only). */
  readonly marks?: SheetMarks;
}

/** Rows and columns hidden and cells struck through in a sheet, and whether a filter is on (its hidden rows are filtered out, not put away). */
export interface SheetMarks {
  /** 0-based rows hidden (by hand, by a collapsed group or by the filter). */
  readonly hiddenRows: readonly number[];
  /** 0-based spans of columns hidden (first, last; by hand, by a collapsed group, or a width of 0); absent when none. */
  readonly hiddenColumns?: readonly (readonly [number, number])[];
  readonly filtered: boolean;
  /** Filled cells whose text is struck through: all of it (whole) or only part of it. */
  readonly struck: readonly { readonly row: number; readonly col: number; readonly whole: boolean }[];
}

export const EXCEL_ERRORS = ['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#GETTING_DATA', '#SPILL!', '#CALC!', '#FIELD!', '#BLOCKED!', '#BUSY!', '#CONNECT!', '#UNKNOWN!'];

export function isCellError(value: CellValue | undefined): value is CellError {
  return typeof value === 'object' && value !== null && typeof (value as CellError).error === 'string';
}

/** Text an error-free cell shows, trimmed; '' for empty or error cells. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || isCellError(value)) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

/** Text a spreadsheet would read as a formula when typed again (=, +, -, @ first, also their full-width forms): stored so that it stays text (quotePrefix). */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@＝＋－＠]/u.test(text.trimStart());
}

export function isBlank(value: CellValue | undefined): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** Column letters of a 0-based column index: 0 → A, 26 → AA. */
export function columnLetters(col: number): string {
  let n = col + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}

/** A1 address of a 0-based row and column: (6, 2) → C7. */
/** Letters of the first columns, built once: every address of every issue needs them. */
const FIRST_COLUMNS = Array.from({ length: 256 }, (_, c) => columnLetters(c));

export function a1(row: number, col: number): string {
  return `${FIRST_COLUMNS[col] ?? columnLetters(col)}${row + 1}`;
}

/** 0-based row and column of an A1 address (with or without $); null when malformed. */
export function parseA1(address: string): { row: number; col: number } | null {
  // read character by character (every issue's address is parsed to sort issues: no match arrays), as /^\$?[A-Za-z]{1,3}\$?\d{1,7}$/
  const text = address.trim();
  let i = text.charCodeAt(0) === 36 ? 1 : 0; // $
  let col = 0;
  const lettersFrom = i;
  for (; i < text.length && i - lettersFrom < 4; i++) {
    const code = text.charCodeAt(i) | 32; // lower case
    if (code < 97 || code > 122) break;
    col = col * 26 + (code - 96);
  }
  const letters = i - lettersFrom;
  if (letters < 1 || letters > 3) return null;
  if (text.charCodeAt(i) === 36) i++;
  let row = 0;
  const digitsFrom = i;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
    row = row * 10 + (code - 48);
  }
  const digits = i - digitsFrom;
  if (digits < 1 || digits > 7 || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

/** 0-based bounds of an A1 range (C3:F40) or single cell (C3); null when malformed. */
export function parseRangeA1(address: string): CellRange | null {
  const [from, to, extra] = address.split(':');
  if (extra !== undefined) return null;
  const a = parseA1(from ?? '');
  const b = to === undefined ? a : parseA1(to);
  if (!a || !b) return null;
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

/** Whether an Excel number format code shows a date or time (y m d h s outside quotes and brackets). */
export function isDateFormatCode(code: string | null | undefined): boolean {
  if (!code || code === 'General' || code === '@') return false;
  return /[ymdhsb]/i.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** A1 range text of a CellRange: A1:D1. */
export function rangeA1(range: CellRange): string {
  return `${a1(range.top, range.left)}:${a1(range.bottom, range.right)}`;
}

/**
 * The grid with every covered cell of a merge holding its top-left value, as the rules read
 * it ("a lead unit merged down three rows leads all three tasks").
 */
export function fillMerges(grid: Grid): CellValue[][] {
  if (grid.merges.length === 0) return grid.rows;
  // only the rows a merge covers are copied (the grid itself is never changed)
  const rows = grid.rows.slice();
  const copied = new Set<number>();
  for (const m of grid.merges) {
    const master = rows[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= m.bottom; r++) {
      if (!copied.has(r)) {
        rows[r] = rows[r] ? rows[r].slice() : [];
        copied.add(r);
      }
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) rows[r][c] = master;
    }
  }
  return rows;
}
