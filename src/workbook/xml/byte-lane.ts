// A worksheet's rows read straight from the inflated bytes while they are in the plainest form (as Excel, WPS and exceljs write them); from the first thing that is not, the text scanner and saxes go on.
//
// A 100k-row ledger is some 30 MB of `<row r="7"><c r="A7" s="1"><v>44927</v></c>…</row>`: decoding
// it to text and scanning the text took most of the read. This lane reads those rows from the bytes
// — nothing else: the XML before <sheetData> and after </sheetData>, and every row or cell in any
// other form (a formula, an inline string, an entity, a character outside ASCII, a cell without r),
// go on as text to the plain scanner (plain-scan.ts) and saxes, from where the lane stopped, and
// the lane does not come back. It takes over only when the scanner stands right after <sheetData>
// with nothing carried, and it reports exactly what the scanner's cell lane and tags would have
// (test/workbook/byte-lane.test.ts compares the two on every workbook of the corpus and on random
// sheets cut at random places).
import { LIMITS } from '../zip';
import type { XmlHandler } from './handler';

/** What the lane needs of the text scanner. */
export interface RowBoundary {
  /** Whether it stands directly in an unprefixed <sheetData>, nothing carried, nothing left to saxes. */
  atRowBoundary(): boolean;
  /** A <row> the lane opened is open (the text it gets next is inside it). */
  enterRow(): void;
}

/** A handler that takes rows from the lane (SheetHandler). */
export interface RowHandler extends XmlHandler {
  cell(column: number, style: number, type: string | undefined, value: string | number | undefined, row?: number): void;
  /** A <row> with r (0-based index) opens; `hidden` from its hidden="1"/"true". */
  rowStart(index: number, hidden: boolean): void;
  /** Whether nothing of a cell is open. */
  betweenRows(): boolean;
}

const SHEET_DATA = new TextEncoder().encode('<sheetData>');
/** A row tag or a cell longer than this is not plain: the text scanner reads it. */
const MAX_TOKEN = 4096;
/** Attributes of one row tag, at most. */
const MAX_ATTRIBUTES = 16;
const NO_BYTES = new Uint8Array(0);
const INCOMPLETE = -1;
const DECLINE = -2;
/** The length of `/>`, ending a start tag that closes itself. */
const SELF_CLOSED = 2;

const enum Lane {
  /** Looking for <sheetData>. */
  Search,
  /** <sheetData> handed to the scanner: the bytes after it wait until the scanner has read it. */
  Probe,
  /** Reading rows from the bytes. */
  Rows,
  /** Everything goes to the scanner. */
  Done,
}

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;

function joined(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

/** Where `needle` first occurs in `hay`, or -1. */
function indexOfBytes(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  for (let at = hay.indexOf(first); at >= 0 && at + needle.length <= hay.length; at = hay.indexOf(first, at + 1)) {
    let k = 1;
    while (k < needle.length && hay[at + k] === needle[k]) k++;
    if (k === needle.length) return at;
  }
  return -1;
}

/** Whether `b` holds the ASCII text `name` at `at` (within bounds: the caller checked). */
function bytesAt(b: Uint8Array, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (b[at + k] !== name.charCodeAt(k)) return false;
  return true;
}

/**
 * One worksheet part's bytes on their way to the decoder: `take` returns what of each chunk goes
 * on to the text scanner (all of it before <sheetData>, nothing while rows are read here, the
 * rest once the lane stops), `end` what is held back when the part ends.
 */
export class SheetByteLane {
  private state = Lane.Search;
  /** Bytes held back: a tail that may begin <sheetData>, the bytes after it, or an unfinished tag. */
  private pending: Uint8Array = NO_BYTES;
  private inRow = false;
  /** Attribute names of the row tag being read, as offsets into its bytes. */
  private readonly nameStarts = new Int32Array(MAX_ATTRIBUTES);
  private readonly nameEnds = new Int32Array(MAX_ATTRIBUTES);

  constructor(private readonly handler: RowHandler, private readonly scanner: RowBoundary) {}

  take(chunk: Uint8Array): Uint8Array {
    switch (this.state) {
      case Lane.Done:
        return chunk;
      case Lane.Search: {
        const all = joined(this.pending, chunk);
        const at = indexOfBytes(all, SHEET_DATA);
        if (at < 0) {
          // the tag may straddle this chunk and the next
          const keep = Math.min(all.length, SHEET_DATA.length - 1);
          this.pending = all.slice(all.length - keep);
          return all.subarray(0, all.length - keep);
        }
        const cut = at + SHEET_DATA.length;
        this.pending = all.slice(cut);
        this.state = Lane.Probe;
        return all.subarray(0, cut);
      }
      case Lane.Probe:
        return this.probe(chunk);
      default:
        return this.rows(joined(this.pending, chunk));
    }
  }

  end(): Uint8Array {
    if (this.state === Lane.Probe) return this.finish(this.probe(NO_BYTES));
    if (this.state === Lane.Rows) return this.finish(NO_BYTES);
    const rest = this.pending;
    this.pending = NO_BYTES;
    this.state = Lane.Done;
    return rest;
  }

  /** At the part's end: what was handed over, then an unfinished tag held back (the scanner says what is wrong with it). */
  private finish(handed: Uint8Array): Uint8Array {
    if (this.state !== Lane.Rows) return handed;
    return this.handOver(this.pending, 0);
  }

  /** The scanner has read <sheetData>: rows from here when it stands where the lane may begin. */
  private probe(chunk: Uint8Array): Uint8Array {
    const all = joined(this.pending, chunk);
    this.pending = NO_BYTES;
    if (!this.scanner.atRowBoundary() || !this.handler.betweenRows()) {
      this.state = Lane.Done;
      return all;
    }
    this.state = Lane.Rows;
    return this.rows(all);
  }

  /** Rows and cells from `b` while they are plain; the bytes for the scanner (none while the lane goes on). */
  private rows(b: Uint8Array): Uint8Array {
    const n = b.length;
    let i = 0;
    for (;;) {
      while (i < n && isSpace(b[i])) i++;
      if (i >= n) {
        this.pending = NO_BYTES;
        return NO_BYTES;
      }
      if (b[i] !== 0x3c) return this.handOver(b, i);
      const next = this.inRow ? this.inRowTag(b, i) : this.rowTag(b, i);
      if (next === INCOMPLETE) {
        if (n - i > MAX_TOKEN) return this.handOver(b, i);
        this.pending = b.slice(i);
        return NO_BYTES;
      }
      if (next === DECLINE) return this.handOver(b, i);
      i = next;
    }
  }

  /** The rest, from `at`, to the scanner, with the row the lane opened still open. */
  private handOver(b: Uint8Array, at: number): Uint8Array {
    if (this.inRow) this.scanner.enterRow();
    this.inRow = false;
    this.state = Lane.Done;
    this.pending = NO_BYTES;
    return b.subarray(at);
  }

  /** Between rows: a plain `<row r="N" …>` (or `<row … />`); the index after it, INCOMPLETE or DECLINE. */
  private rowTag(b: Uint8Array, lt: number): number {
    const n = b.length;
    if (lt + 5 > n) return INCOMPLETE;
    if (b[lt + 1] !== 0x72 || b[lt + 2] !== 0x6f || b[lt + 3] !== 0x77) return DECLINE;
    let p = lt + 4;
    let row = -1;
    let hidden = false;
    let count = 0;
    let selfClosing = false;
    for (;;) {
      const end = tagEnd(b, p);
      if (end === INCOMPLETE || end === DECLINE) return end;
      if (end > 0) {
        selfClosing = end === SELF_CLOSED;
        p += end;
        break;
      }
      const c = b[p];
      if (c !== 0x20 || count === MAX_ATTRIBUTES) return DECLINE;
      // a name of ASCII letters, digits and : _ . - (a letter or _ first), = and a double-quoted value of plain characters
      const start = ++p;
      if (p >= n) return INCOMPLETE;
      const first = b[p];
      if (!((first >= 0x61 && first <= 0x7a) || (first >= 0x41 && first <= 0x5a) || first === 0x5f)) return DECLINE;
      while (p < n && p - start <= 64) {
        const k = b[p];
        if ((k >= 0x61 && k <= 0x7a) || (k >= 0x41 && k <= 0x5a) || (k >= 0x30 && k <= 0x3a) || k === 0x5f || k === 0x2d || k === 0x2e) p++;
        else break;
      }
      if (p + 1 >= n) return INCOMPLETE;
      const nameEnd = p;
      if (nameEnd - start > 64 || b[p] !== 0x3d || b[p + 1] !== 0x22) return DECLINE;
      // a name twice is an error saxes must report
      for (let a = 0; a < count; a++) {
        const len = this.nameEnds[a] - this.nameStarts[a];
        if (len !== nameEnd - start) continue;
        let same = true;
        for (let k = 0; k < len && same; k++) same = b[this.nameStarts[a] + k] === b[start + k];
        if (same) return DECLINE;
      }
      this.nameStarts[count] = start;
      this.nameEnds[count] = nameEnd;
      count++;
      p += 2;
      const value = p;
      while (p < n && b[p] !== 0x22) {
        const k = b[p];
        if (k < 0x20 || k > 0x7e || k === 0x3c || k === 0x26 || k === 0x3e || k === 0x5d) return DECLINE;
        if (p - value > 64) return DECLINE;
        p++;
      }
      if (p >= n) return INCOMPLETE;
      const length = p - value;
      p++;
      if (nameEnd - start === 1 && b[start] === 0x72) {
        // r: 1–7 digits within Excel's grid, as rowOf reads it (anything else: the scanner's tags report the error)
        if (length < 1 || length > 7) return DECLINE;
        let r = 0;
        for (let k = value; k < value + length; k++) {
          if (!isDigit(b[k])) return DECLINE;
          r = r * 10 + b[k] - 48;
        }
        if (r < 1 || r > LIMITS.maxRows) return DECLINE;
        row = r - 1;
      } else if (nameEnd - start === 6 && bytesAt(b, start, 'hidden')) {
        hidden = (length === 1 && b[value] === 0x31) || (length === 4 && bytesAt(b, value, 'true'));
      }
    }
    // a row without r is counted on from the rows before it: the scanner's tags do that
    if (row < 0) return DECLINE;
    this.handler.rowStart(row, hidden);
    if (selfClosing) this.handler.close('row');
    else this.inRow = true;
    return p;
  }

  /** In a row: `</row>`, or a cell in the plainest form (XmlHandler.cell); the index after it, INCOMPLETE or DECLINE. */
  private inRowTag(b: Uint8Array, lt: number): number {
    const n = b.length;
    if (lt + 6 > n) return INCOMPLETE;
    if (b[lt + 1] === 0x2f) {
      if (b[lt + 2] !== 0x72 || b[lt + 3] !== 0x6f || b[lt + 4] !== 0x77 || b[lt + 5] !== 0x3e) return DECLINE; // </row>
      this.handler.close('row');
      this.inRow = false;
      return lt + 6;
    }
    if (b[lt + 1] !== 0x63 || b[lt + 2] !== 0x20) return DECLINE;
    // as the scanner's plainCell: r first (A1 form within the grid), then s and t at most once each, double quotes, single spaces
    let p = lt + 2;
    let column = -1;
    let refRow = -1;
    let style = 0;
    let styled = false;
    let type: string | undefined;
    let selfClosing = false;
    for (;;) {
      const end = tagEnd(b, p);
      if (end === INCOMPLETE || end === DECLINE) return end;
      if (end > 0) {
        selfClosing = end === SELF_CLOSED;
        p += end;
        break;
      }
      const c = b[p];
      if (c !== 0x20) return DECLINE;
      if (p + 4 > n) return INCOMPLETE;
      if (b[p + 2] !== 0x3d || b[p + 3] !== 0x22) return DECLINE;
      const name = b[p + 1];
      p += 4;
      if (name === 0x72 && column < 0) {
        let letters = 0;
        let count = 0;
        while (p < n && b[p] >= 0x41 && b[p] <= 0x5a && count < 4) {
          letters = letters * 26 + b[p] - 64;
          p++;
          count++;
        }
        if (p >= n) return INCOMPLETE;
        if (count === 0 || count > 3 || letters > LIMITS.maxColumns) return DECLINE;
        let row = 0;
        let digits = 0;
        while (p < n && isDigit(b[p]) && digits < 8) {
          row = row * 10 + b[p] - 48;
          p++;
          digits++;
        }
        if (p >= n) return INCOMPLETE;
        if (digits === 0 || digits > 7 || row < 1 || row > LIMITS.maxRows) return DECLINE;
        column = letters - 1;
        refRow = row - 1;
      } else if (name === 0x73 && column >= 0 && !styled) {
        let digits = 0;
        while (p < n && isDigit(b[p]) && digits < 7) {
          style = style * 10 + b[p] - 48;
          p++;
          digits++;
        }
        if (p >= n) return INCOMPLETE;
        if (digits === 0 || digits > 6) return DECLINE;
        styled = true;
      } else if (name === 0x74 && column >= 0 && type === undefined) {
        if (p + 1 >= n) return INCOMPLETE;
        type = b[p + 1] === 0x22 ? cellType(b[p]) : undefined;
        if (type === undefined) return DECLINE;
        p++;
      } else {
        return DECLINE;
      }
      if (b[p] !== 0x22) return DECLINE;
      p++;
    }
    if (column < 0) return DECLINE;
    if (selfClosing) {
      this.handler.cell(column, style, type, undefined, refRow);
      return p;
    }
    if (p + 4 > n) return INCOMPLETE;
    if (b[p] === 0x3c && b[p + 1] === 0x2f && b[p + 2] === 0x63 && b[p + 3] === 0x3e) { // </c>
      this.handler.cell(column, style, type, undefined, refRow);
      return p + 4;
    }
    if (b[p] !== 0x3c || b[p + 1] !== 0x76 || b[p + 2] !== 0x3e) return DECLINE;
    const start = p + 3;
    // the value's end: '<' within a short run of plain characters (no reference, nothing outside ASCII)
    let end = start;
    while (end < n && b[end] !== 0x3c) {
      const k = b[end];
      if (k < 0x20 || k > 0x7e || k === 0x26 || end - start > 64) return DECLINE;
      end++;
    }
    if (end + 8 > n) return INCOMPLETE;
    // </v></c>, byte by byte (no helper call per cell: the command runs without TurboFan's inlining)
    if (b[end + 1] !== 0x2f || b[end + 2] !== 0x76 || b[end + 3] !== 0x3e || b[end + 4] !== 0x3c || b[end + 5] !== 0x2f || b[end + 6] !== 0x63 || b[end + 7] !== 0x3e) return DECLINE;
    if (end > start && end - start <= 15 && (type === undefined || type === 's' || type === 'n')) {
      // up to 15 plain digits (a shared string's index, a whole number): the number, as the scanner gives it
      let integer = 0;
      let k = start;
      while (k < end && isDigit(b[k])) integer = integer * 10 + b[k++] - 48;
      if (k === end) {
        this.handler.cell(column, style, type, integer, refRow);
        return end + 8;
      }
    }
    let text = '';
    for (let k = start; k < end; k++) text += String.fromCharCode(b[k]);
    this.handler.cell(column, style, type, text, refRow);
    return end + 8;
  }
}

/** A start tag's end at `p`: `>` (its length, 1), `/>` (SELF_CLOSED, 2), 0 when neither starts there, or INCOMPLETE / DECLINE (a '/' not before '>'). */
function tagEnd(b: Uint8Array, p: number): number {
  if (p >= b.length) return INCOMPLETE;
  if (b[p] === 0x3e) return 1;
  if (b[p] !== 0x2f) return 0;
  if (p + 1 >= b.length) return INCOMPLETE;
  return b[p + 1] === 0x3e ? SELF_CLOSED : DECLINE;
}

/** A cell type letter the plain forms take (s n b e d), as one shared string. */
function cellType(c: number): string | undefined {
  switch (c) {
    case 0x73: return 's';
    case 0x6e: return 'n';
    case 0x62: return 'b';
    case 0x65: return 'e';
    case 0x64: return 'd';
    default: return undefined;
  }
}
