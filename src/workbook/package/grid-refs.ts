// References within Excel's grid (A1 cells, row numbers, ranges) read from sheet XML, refusing what the grid cannot hold.
import { CellRange } from '../../core/sheets/grid';
import { LIMITS } from '../zip';
import { XlsxReadError } from './read-error';

export const refError = (what: string, text: string) =>
  new XlsxReadError(`工作表中有超出 Excel 范围的${what}“${text.slice(0, 40)}”（上限 ${LIMITS.maxRows} 行 × ${LIMITS.maxColumns} 列）`);

/** Row and column (0-based) of an A1 reference within Excel's grid; the row is -1 when the reference has none ("AB"). */
export function gridRef(text: string): { row: number; col: number } {
  // the usual form (A1: upper-case letters, then the row's digits) by character codes: this runs once
  // per cell of a 100k-row sheet, read or edited; anything else by the regular expression below
  const n = text.length;
  let letters = 0;
  let i = 0;
  for (; i < n && i < 3; i++) {
    const code = text.charCodeAt(i);
    if (code < 65 || code > 90) break;
    letters = letters * 26 + (code - 64);
  }
  if (i > 0 && i < n && n - i <= 7) {
    let digits = 0;
    let k = i;
    for (; k < n; k++) {
      const code = text.charCodeAt(k);
      if (code < 48 || code > 57) break;
      digits = digits * 10 + (code - 48);
    }
    if (k === n && letters <= LIMITS.maxColumns && digits >= 1 && digits <= LIMITS.maxRows) return { row: digits - 1, col: letters - 1 };
  }
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{0,7})$/.exec(text);
  if (!m) throw refError('单元格引用', text);
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  const row = m[2] === '' ? 0 : Number(m[2]);
  if (col > LIMITS.maxColumns || row > LIMITS.maxRows || (m[2] !== '' && row < 1)) throw refError('单元格引用', text);
  return { row: row - 1, col: col - 1 };
}

/** A row number attribute (1-based text) as a 0-based index within Excel's grid. */
export function rowOf(text: string): number {
  // 1–7 ASCII digits, read by character codes (once per row of every sheet)
  const length = text.length;
  let n = length >= 1 && length <= 7 ? 0 : NaN;
  for (let i = 0; i < length && n === n; i++) {
    const code = text.charCodeAt(i);
    n = code >= 48 && code <= 57 ? n * 10 + (code - 48) : NaN;
  }
  if (!(n >= 1 && n <= LIMITS.maxRows)) throw refError('行号', text);
  return n - 1;
}

/** A range "A1:B2" (or one cell) within Excel's grid, as a CellRange. */
export function rangeOf(text: string): CellRange {
  const [from, to, more] = text.split(':');
  if (more !== undefined) throw refError('区域', text);
  const a = gridRef(from);
  const b = gridRef(to ?? from);
  if (a.row < 0 || b.row < 0) throw refError('区域', text);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

