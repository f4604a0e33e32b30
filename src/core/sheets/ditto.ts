// The one home of the words a table writes for "the same as the row above" (同上, 同前, 〃) and of carrying a cell down by them.
import { CellValue, cellText } from './grid';

/** The words and marks for "as the row above", as a pattern's alternatives ("同 上" typed with a space is the same). */
export const SAME_ABOVE_SOURCE = '同\\s*上|同\\s*前|〃|"|”|“';

/** A whole cell saying "as above": 同上, 同上。, （同上）, “同上”, 同前, 〃, a ditto quote mark. */
const SAME_ABOVE_CELL = new RegExp(`^[（(“"]?\\s*(?:${SAME_ABOVE_SOURCE})\\s*[。.]?\\s*[）)”"]?$`);

/** Whether a cell's whole text says "the same as the row above". */
export function isSameAbove(text: string): boolean {
  const t = text.trim();
  return t !== '' && t.length <= 8 && SAME_ABOVE_CELL.test(t);
}

/** One task row's cell of a column read down the table (deadline, …), in sheet order. */
export interface DittoCellIn {
  /** 0-based row of the sheet. */
  readonly row: number;
  readonly value: CellValue | undefined;
  /** A1 address of the cell. */
  readonly cell: string;
}

/** A cell as the clerk reads it: the value written, or the one a 同上 stands for and where that was written. */
export interface DittoCellOut {
  readonly value: CellValue | undefined;
  /** Set when the value comes from a row above: the 1-based row and the cell where it is written, and the words carrying it. */
  readonly from?: { readonly row: number; readonly cell: string; readonly words: string; readonly text: string };
  /** A 同上 with nothing above it (first row, or a blank cell above): the words written. */
  readonly unresolved?: string;
}

/**
 * Reads a column down the table as the clerk does: a cell saying 同上 (同前, 〃) holds the value of the task row above,
 * and a chain of them goes back to the cell where the value is written. A 同上 under a blank cell or at the top names
 * nothing and says so; it never becomes a value of its own.
 */
export function carryDittoColumn(cells: readonly DittoCellIn[]): DittoCellOut[] {
  const out: DittoCellOut[] = [];
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const text = typeof c.value === 'string' ? c.value.trim() : '';
    if (!isSameAbove(text)) {
      out.push({ value: c.value });
      continue;
    }
    const above = i > 0 ? out[i - 1] : undefined;
    if (!above || above.unresolved !== undefined || above.value === undefined || cellText(above.value).trim() === '') {
      out.push({ value: c.value, unresolved: text });
      continue;
    }
    const origin = above.from ?? { row: cells[i - 1].row + 1, cell: cells[i - 1].cell, text: cellText(above.value).trim() };
    out.push({ value: above.value, from: { row: origin.row, cell: origin.cell, text: origin.text, words: text } });
  }
  return out;
}
