// A sheet's append facts from one fast pass (the reader's byte lane and plain scanner) and a parse of its last row: what `duban collect`'s other thread finds before rows are appended; anything out of the ordinary is left to the editor's own scan.
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { CellRange } from '../../core/sheets/grid';
import { gridRef, rangeOf, rowOf } from '../package/xlsx-stream';
import { RowHandler } from '../xml/byte-lane';
import { XmlAttributes } from '../xml/handler';
import { localName, scanPart, sniffEncoding } from '../xml/xml';
import { InflateBudget, ZipEntry } from '../zip';
import type { AppendFacts, RowAbove } from './sheet-editor';

/** Bytes kept from the part's end: the last row and what follows </sheetData> lie in them (else the editor's scan is used). */
const TAIL_BYTES = 1 << 20;

/**
 * What the editor's scan records at </sheetData> (sheet-editor.ts), from the reader's events: the last style of each
 * column, the array formulas' ranges, the last row. It says `irregular` where the editor would refuse the sheet (rows or
 * cells out of order, a cell outside its row, sheetData twice) or where this pass cannot tell what it would do.
 */
class FactsHandler implements RowHandler {
  irregular = false;
  sheetData = 0;
  rowIndex = -1;
  readonly lastInColumn = new Map<number, string | undefined>();
  readonly arrays: CellRange[] = [];
  private inSheetData = false;
  private rowOpen = false;
  private inCell = false;
  private col = -1;

  rowStart(index: number): void {
    this.row(index);
  }

  betweenRows(): boolean {
    return !this.inCell;
  }

  /** A plain cell; its style 0 kept as no style, which the appended cells write alike. */
  cell(column: number, style: number, _type: string | undefined, _value: string | number | undefined, row = -1): void {
    this.place(column, row, style === 0 ? undefined : String(style));
  }

  open(name: string, attributes: XmlAttributes, selfClosing: boolean): void {
    switch (name) {
      case 'sheetData':
        this.sheetData++;
        if (selfClosing) this.irregular = true; // no rows to append below: the editor's scan handles it
        this.inSheetData = true;
        return;
      case 'row': {
        if (!this.inSheetData) return;
        const r = attributes.get('r');
        this.row(r !== undefined ? rowOf(r) : this.rowIndex + 1);
        return;
      }
      case 'c': {
        if (!this.inSheetData || !this.rowOpen) return;
        this.inCell = true;
        const r = attributes.get('r');
        const ref = r !== undefined ? gridRef(r) : null;
        this.place(ref ? ref.col : this.col + 1, ref ? ref.row : -1, attributes.get('s'));
        return;
      }
      case 'f': {
        if (!this.inSheetData || !this.rowOpen) return;
        const t = attributes.get('t');
        const ref = attributes.get('ref');
        if ((t === 'array' || t === 'dataTable') && ref !== undefined) this.arrays.push(rangeOf(ref));
        return;
      }
      default:
        return;
    }
  }

  close(name: string): void {
    if (name === 'c') this.inCell = false;
    else if (name === 'row') this.rowOpen = false;
    else if (name === 'sheetData') this.inSheetData = false;
  }

  text(): void {}

  private row(index: number): void {
    if (!this.inSheetData || index <= this.rowIndex) this.irregular = true;
    this.rowIndex = index;
    this.col = -1;
    this.rowOpen = true;
  }

  private place(column: number, refRow: number, style: string | undefined): void {
    if (!this.inSheetData || !this.rowOpen) return;
    if ((refRow >= 0 && refRow !== this.rowIndex) || column <= this.col) this.irregular = true;
    this.col = column;
    this.lastInColumn.set(column, style);
  }
}

/** UTF-16 units of UTF-8 bytes, as TextDecoder gives them (a four-byte sequence is two). */
function utf16Units(b: Uint8Array, from = 0, to = b.length): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const x = b[i];
    if ((x & 0xc0) !== 0x80) n += x >= 0xf0 ? 2 : 1;
  }
  return n;
}

const ascii = (text: string) => new TextEncoder().encode(text);
const SHEET_DATA = ascii('sheetData');

/** Where `</` + a prefix + sheetData (then '>' or a space) last starts in `b`, with the prefix; null when nowhere. */
function lastSheetDataClose(b: Uint8Array): { at: number; prefix: string } | null {
  for (let i = b.length - SHEET_DATA.length; i >= 0; i--) {
    let k = 0;
    while (k < SHEET_DATA.length && b[i + k] === SHEET_DATA[k]) k++;
    if (k < SHEET_DATA.length) continue;
    const after = b[i + SHEET_DATA.length];
    if (after !== 0x3e && after !== 0x20 && after !== 0x0a && after !== 0x0d && after !== 0x09) continue;
    // back over a prefix of name characters and its colon to '</'
    let p = i;
    if (b[p - 1] === 0x3a) {
      p--;
      while (p > 0 && /[A-Za-z0-9_.-]/.test(String.fromCharCode(b[p - 1]))) p--;
    }
    if (p >= 2 && b[p - 1] === 0x2f && b[p - 2] === 0x3c) return { at: p - 2, prefix: new TextDecoder().decode(b.subarray(p, i)) };
  }
  return null;
}

/** Where `<` + prefix + `row` (then a space, '>' or '/') last starts before `end`, or -1. */
function lastRowStart(b: Uint8Array, end: number, prefix: string): number {
  const tag = ascii(`<${prefix}row`);
  for (let i = end - tag.length; i >= 0; i--) {
    let k = 0;
    while (k < tag.length && b[i + k] === tag[k]) k++;
    if (k < tag.length) continue;
    const after = b[i + tag.length];
    if (after === 0x20 || after === 0x3e || after === 0x2f || after === 0x0a || after === 0x0d || after === 0x09) return i;
  }
  return -1;
}

/** The last row's attributes and cell styles, from its own XML; null when it is not one plain row element. */
function lastRow(xml: string): RowAbove & { index: number | null } | null {
  const parser = new SaxesParser({ xmlns: false });
  let failed = false;
  let attrs: Record<string, string> | null = null;
  let depth = 0;
  let col = -1;
  const styles = new Map<number, string | undefined>();
  parser.on('error', () => void (failed = true));
  parser.on('opentag', (tag: SaxesTagPlain) => {
    depth++;
    const name = localName(tag.name);
    if (depth === 1) {
      if (name !== 'row') failed = true;
      attrs = { ...tag.attributes };
    } else if (depth === 2 && name === 'c') {
      col = tag.attributes.r !== undefined ? gridRef(tag.attributes.r).col : col + 1;
      styles.set(col, tag.attributes.s);
    }
  });
  parser.on('closetag', () => void depth--);
  try {
    parser.write(xml).close();
  } catch {
    return null;
  }
  if (failed || !attrs) return null;
  const r = (attrs as Record<string, string>).r;
  return { styles, attrs, index: r !== undefined ? rowOf(r) : null };
}

/**
 * The facts scanSheet finds, by the fast pass; null when the sheet is not plain UTF-8 XML whose last row and
 * </sheetData> lie in its last megabyte with no comment, CDATA or instruction among them, or when anything is irregular:
 * the editor's scan then reads the sheet (and gives the reason when it refuses it).
 */
export async function laneFacts(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget): Promise<AppendFacts | null> {
  const handler = new FactsHandler();
  let first: Uint8Array | undefined;
  let units = 0;
  let total = 0;
  let tail: Uint8Array[] = [];
  let tailSize = 0;
  try {
    await scanPart(bytes, entry, handler, {
      budget,
      tap: (chunk) => {
        first ??= chunk;
        total += chunk.length;
        units += utf16Units(chunk);
        tail.push(chunk);
        tailSize += chunk.length;
        while (tail.length > 1 && tailSize - tail[0].length >= TAIL_BYTES) tailSize -= tail.shift()!.length;
      },
    });
  } catch {
    return null;
  }
  if (handler.irregular || handler.sheetData !== 1 || handler.rowIndex < 0 || !first || sniffEncoding(first) !== 'utf-8') return null;
  const end = new Uint8Array(tailSize);
  let at = 0;
  for (const chunk of tail) (end.set(chunk, at), (at += chunk.length));
  tail = [];
  const close = lastSheetDataClose(end);
  if (!close) return null;
  const rowAt = lastRowStart(end, close.at, close.prefix);
  if (rowAt < 0) return null;
  // from the last row on, nothing that the byte searches could have mistaken for markup
  for (let i = rowAt; i + 1 < end.length; i++) if (end[i] === 0x3c && (end[i + 1] === 0x21 || end[i + 1] === 0x3f)) return null;
  let row: ReturnType<typeof lastRow>;
  try {
    row = lastRow(new TextDecoder('utf-8', { fatal: true }).decode(end.subarray(rowAt, close.at)));
  } catch {
    return null;
  }
  if (!row || row.index !== handler.rowIndex) return null;
  const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf ? 1 : 0;
  const length = units - bom;
  const { name, dataStart, compressedSize, uncompressedSize, crc32 } = entry;
  if (total !== uncompressedSize) return null;
  return {
    entry: { name, dataStart, compressedSize, uncompressedSize, crc32 }, length, prefix: close.prefix, rowIndex: handler.rowIndex,
    above: { styles: row.styles, attrs: row.attrs }, lastInColumn: handler.lastInColumn, arrays: handler.arrays,
    close: length - utf16Units(end, close.at), tailBytes: end.length - close.at,
  };
}
