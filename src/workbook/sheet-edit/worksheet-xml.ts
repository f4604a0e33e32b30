// A generated sheet (SheetSpec) as SpreadsheetML worksheet XML, in pieces: values, styles, widths, merges, panes, filters, validations, links, print setup.
import { FIT_TO_PAGE_PR, pageSetupXml, printOptionsXml } from './print-setup';
import { CellRange, columnLetters } from '../../core/sheets/grid';
import { CellStyle, SheetSpec, SpecCell, SpecValue } from '../../core/sheets/sheet-spec';
import { DAYS_1900_TO_1904, isDateFormat } from '../package/xlsx-stream';
import { StyleBook } from '../package/styles-part';
import { escAttr, escText } from '../xml/xml-escape';
import { SharedStringTable } from './shared-strings';
import { ByteArena, ByteSink } from './byte-sink';


/**
 * Cells whose XML after the reference is kept for reuse, per sheet: a few MB at most (keeping every
 * cell's whole XML once raised the 500k-row report's peak by about 0.3 GB).
 */
const MAX_TAILS = 1 << 17;
/** Tails kept in any case; past them, only while cells are written from kept tails at least as often as tails are kept. */
const KEEP_ALWAYS = 1 << 12;
/** Text pieces are gathered to about this many characters before they are handed on. */
const PIECE = 1 << 16;
const NO_BYTES = new Uint8Array(0);
/** Column letters by index, made once per process: one function for every sheet, so the row writer's calls stay monomorphic. */
const LETTERS: string[] = [];
const col = (c: number): string => LETTERS[c] ?? (LETTERS[c] = columnLetters(c));
/** A lookup of objects by small index, in the one elements kind every writer's arrays share (else the JIT's code for one sheet is thrown away at the next). */
const newSlots = <T>(): (T | undefined)[] => new Array<T | undefined>(64).fill(undefined);

export interface SheetLinks {
  /** External hyperlink targets, by relationship id. */
  readonly external: { id: string; target: string }[];
}

/**
 * The worksheet XML of a spec, in pieces (never one string): values (strings in the shared string
 * table and always as text, numbers, booleans), styles, widths, merges, frozen panes, filter, tab
 * colour, list validations, data bars and hyperlinks — what FileWorkbook's fillWorksheet writes
 * through exceljs. With `made`, its rows count the spec's rows made so far, told at least every 1,024 rows (an empty
 * piece is yielded where no full piece is): the caller reports progress between pieces.
 */
export function* worksheetXml(spec: SheetSpec, styles: StyleBook, strings: SharedStringTable, mainNs: string, relNs: string, links: SheetLinks, date1904 = false, made?: { rows: number }): Generator<Uint8Array> {
  const merges = spec.merges ?? [];
  let lastRow = spec.rows.length - 1;
  let lastCol = 0;
  for (const row of spec.rows) if (row.length - 1 > lastCol) lastCol = row.length - 1;
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.bottom);
    lastCol = Math.max(lastCol, m.right);
  }

  // covered cells of a merge take the master's style, as exceljs's mergeCells gives them
  const covered = new Map<number, Map<number, CellStyle>>();
  for (const m of merges) {
    const style = spec.rows[m.top]?.[m.left]?.style;
    if (!style) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        let row = covered.get(r);
        if (!row) covered.set(r, (row = new Map()));
        row.set(c, style);
      }
    }
  }

  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">`;
  if (spec.tabColor || spec.print) {
    out += `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.toUpperCase()}"/>` : ''}${spec.print ? FIT_TO_PAGE_PR : ''}</sheetPr>`;
  }
  out += `<dimension ref="A1${lastRow > 0 || lastCol > 0 ? `:${col(lastCol)}${Math.max(lastRow, 0) + 1}` : ''}"/>`;
  const freeze = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0) ? spec.freeze : undefined;
  if (freeze) {
    const pane = freeze.rows > 0 && freeze.columns > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
    const topLeft = `${col(freeze.columns)}${freeze.rows + 1}`;
    out += `<sheetViews><sheetView workbookViewId="0"><pane${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
  } else out += '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const widths = spec.widths ?? [];
  if (widths.some((w) => typeof w === 'number' && w > 0)) {
    out += '<cols>';
    widths.forEach((w, i) => {
      if (typeof w === 'number' && w > 0) out += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
    });
    out += '</cols>';
  }
  out += '<sheetData>';
  const sink = new ByteSink();
  sink.text(out);
  out = '';

  const hyperlinks: string[] = [];
  const rows = new RowWriter(styles, strings, hyperlinks, links, date1904);
  for (let r = 0; r <= lastRow; r++) {
    // a row given a height (a title, wrapped text a reader must see whole) keeps it in every viewer
    const ht = spec.heights?.[r];
    rows.write(sink, r, spec.rows[r] ?? [], covered.get(r), typeof ht === 'number' && ht > 0 ? ` ht="${ht}" customHeight="1"` : '');
    if (sink.hasReady) {
      if (made) made.rows = r + 1;
      yield* sink.take();
    } else if (made && (r & 1023) === 1023) {
      // no piece yet, but a caller counting rows hears of these (an empty piece, which it does not pass on)
      made.rows = r + 1;
      yield NO_BYTES;
    }
  }
  out += '</sheetData>';

  if (spec.autoFilter) out += `<autoFilter ref="${escAttr(spec.autoFilter)}"/>`;
  if (merges.length) out += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m, col)}"/>`).join('')}</mergeCells>`;
  let priority = 1;
  for (const cf of spec.conditionalFormats ?? []) {
    out += `<conditionalFormatting sqref="${escAttr(cf.range)}"><cfRule type="dataBar" priority="${priority++}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF${cf.color.toUpperCase()}"/></dataBar></cfRule></conditionalFormatting>`;
  }
  const validations = spec.validations ?? [];
  if (validations.length) {
    out += `<dataValidations count="${validations.length}">`;
    for (const v of validations) {
      const formula = Array.isArray(v.list) ? `"${(v.list as readonly string[]).join(',')}"` : (v.list as { source: string }).source.replace(/^=/, '');
      const messages = v.allowOther ? ' errorStyle="information"' : ' showErrorMessage="1" errorTitle="输入无效" error="请从下拉列表中选择。"';
      const prompt = v.prompt ? ` showInputMessage="1" promptTitle="提示" prompt="${escAttr(v.prompt)}"` : '';
      out += `<dataValidation type="list" allowBlank="1"${messages}${prompt} sqref="${escAttr(v.range)}"><formula1>${escText(formula)}</formula1></dataValidation>`;
    }
    out += '</dataValidations>';
  }
  if (hyperlinks.length) {
    sink.text(out);
    out = '<hyperlinks>';
    for (const h of hyperlinks) {
      out += h;
      if (out.length >= PIECE) {
        sink.text(out);
        out = '';
        if (sink.hasReady) yield* sink.take();
      }
    }
    out += '</hyperlinks>';
  }
  out += `${printOptionsXml(spec.print)}${pageSetupXml(spec.print)}</worksheet>`;
  sink.text(out);
  yield* sink.end();
}

const ROW_OPEN = new TextEncoder().encode('<row r="');
const ROW_CLOSE = new TextEncoder().encode('</row>');

/**
 * The rows of sheetData as XML bytes, cell by cell. A cell's XML after its reference (its "tail")
 * is made once per cell object and kept as bytes; a row is then its cells' column letters, the
 * row's digits and their tails copied into the piece.
 */
class RowWriter {
  /** Tails kept, by cell object (a task's cells recur in each of its units' rows in 单位任务清单). */
  private readonly tailIds = new Map<SpecCell, number>();
  private readonly tails = new ByteArena();
  /** Tails of this row not kept (a link, whose reference is recorded apart; cells past the cap). */
  private readonly once = new ByteArena();
  /** The tail of an empty cell of a style (a merge's covered cells), by style index. */
  private readonly emptyIds = new Map<number, number>();
  /** Cells written from a kept tail (again): while few, new tails are no longer kept. */
  private reused = 0;
  /** Per column, the style of the last new cell and its index. */
  private readonly columnStyle: (CellStyle | undefined)[] = newSlots();
  private readonly columnStyleIndex: number[] = new Array(64);
  /** The bytes before a value, by style index + 1: of text from the table, and of a number. */
  private readonly textHeads: (Uint8Array | undefined)[] = newSlots();
  private readonly numberHeads: (Uint8Array | undefined)[] = newSlots();
  /** `<c r="` and a column's letters, by column. */
  private readonly opens: (Uint8Array | undefined)[] = newSlots();
  /** Per column, the last cell written from `tails` and its tail. */
  private readonly above: (SpecCell | undefined)[] = newSlots();
  private readonly aboveId: number[] = new Array(64);
  /** By tail: the cell that came next in its row last time, and that cell's tail. */
  private readonly follower: (SpecCell | undefined)[] = newSlots();
  private readonly followerId: number[] = new Array(64);
  /** This row's tail per column: an id in `tails`, ~id in `once`, or NONE. */
  private rowIds = new Int32Array(64);
  private readonly digits = new Uint8Array(16);
  /** The number whose digits `digits` holds, and their count. */
  private digitsOf = 0;
  private digitCount = 0;

  constructor(
    private readonly styles: StyleBook,
    private readonly strings: SharedStringTable,
    private readonly hyperlinks: string[],
    private readonly links: SheetLinks,
    private readonly date1904: boolean,
  ) {}

  /** The row's XML into the sink; nothing for a row with nothing to write. */
  write(sink: ByteSink, r: number, row: readonly (SpecCell | null | undefined)[], extra: Map<number, CellStyle> | undefined, height: string): void {
    const end = Math.max(row.length, extra ? Math.max(...extra.keys()) + 1 : 0);
    if (this.rowIds.length < end) this.rowIds = new Int32Array(end * 2);
    const ids = this.rowIds;
    const tails = this.tails;
    const once = this.once;
    once.clear();
    const nd = this.rowDigits(r + 1);
    // the tails first (a new one made and kept), and the row's length
    let size = 0;
    let cells = 0;
    let previous = NONE;
    for (let c = 0; c < end; c++) {
      const sc = row[c];
      let id: number;
      if (sc && this.above[c] === sc) {
        // the same cell as the row above's (a unit's name down its rows) needs no look-up
        id = this.aboveId[c];
        this.reused++;
      } else if (sc && previous >= 0 && this.follower[previous] === sc) {
        // the cell that followed the one before last time (a task's next cell in 单位任务清单) needs none either
        id = this.followerId[previous];
        this.reused++;
      } else if (!sc || (sc.value === null && !sc.style)) {
        // nothing of its own: what it shows depends on the row's merges, so it is not remembered
        id = this.emptyTail(extra, c);
        ids[c] = previous = id;
        if (id === NONE) continue;
        cells++;
        size += this.openOf(c).length + nd + tails.lengths[id];
        continue;
      } else {
        const known = this.tailIds.get(sc);
        if (known !== undefined) this.reused++;
        id = known ?? this.newTail(sc, r, c);
        if (id >= 0 && previous >= 0) {
          this.follower[previous] = sc;
          this.followerId[previous] = id;
        }
      }
      if (id >= 0) {
        this.above[c] = sc;
        this.aboveId[c] = id;
        this.strings.refs += tails.refs[id];
      }
      ids[c] = id;
      previous = id;
      if (id === NONE) continue;
      cells++;
      size += this.openOf(c).length + nd + (id >= 0 ? tails.lengths[id] : once.lengths[~id]);
    }
    if (cells === 0 && !height) return;
    sink.room(size + ROW_OPEN.length + nd + height.length + 2 + ROW_CLOSE.length);
    const buf = sink.buf;
    const view = sink.view;
    let at = sink.at;
    const digits = this.digits;
    at = copyShort(ROW_OPEN, buf, at);
    for (let i = 0; i < nd; i++) buf[at++] = digits[i];
    buf[at++] = 0x22; // "
    for (let i = 0; i < height.length; i++) buf[at++] = height.charCodeAt(i);
    buf[at++] = 0x3e; // >
    for (let c = 0; c < end; c++) {
      const id = ids[c];
      if (id === NONE) continue;
      // copied here rather than through helpers: the command runs without TurboFan's inlining (bin/duban.js), and this is the writer's hottest loop
      const open = this.opens[c]!; // made by openOf when the row was measured
      for (let i = 0; i < open.length; i++) buf[at++] = open[i];
      for (let i = 0; i < nd; i++) buf[at++] = digits[i];
      const arena = id >= 0 ? tails : once;
      const slot = id >= 0 ? id : ~id;
      const from = arena.bytes;
      const source = arena.view;
      const start = arena.starts[slot];
      const len = arena.lengths[slot];
      let i = 0;
      for (; i + 4 <= len; i += 4) view.setUint32(at + i, source.getUint32(start + i));
      for (; i < len; i++) buf[at + i] = from[start + i];
      at += len;
    }
    at = copyShort(ROW_CLOSE, buf, at);
    sink.at = at;
  }

  /** The row number's digits into `digits` (counting on from the last row's); their count. */
  private rowDigits(n: number): number {
    const digits = this.digits;
    if (n === this.digitsOf + 1 && this.digitCount > 0) {
      let i = this.digitCount - 1;
      while (i >= 0 && digits[i] === 0x39) digits[i--] = 0x30;
      if (i >= 0) digits[i]++;
      else {
        digits.copyWithin(1, 0, this.digitCount);
        digits[0] = 0x31;
        this.digitCount++;
      }
    } else this.digitCount = digitsOf(n, digits);
    this.digitsOf = n;
    return this.digitCount;
  }

  /** The tail of a cell with nothing to write but a merge's style (NONE without one). */
  private emptyTail(extra: Map<number, CellStyle> | undefined, c: number): number {
    const style = extra?.get(c);
    return style ? this.styledEmpty(this.styles.index(style)) : NONE;
  }

  /** `" s="N"/>`: an empty cell of a style, made once per style. */
  private styledEmpty(index: number): number {
    let id = this.emptyIds.get(index);
    if (id === undefined) this.emptyIds.set(index, (id = this.tails.add(`" s="${index}"/>`, 0)));
    return id;
  }

  /** `<c r="` and the column's letters. */
  private openOf(c: number): Uint8Array {
    return this.opens[c] ?? (this.opens[c] = new TextEncoder().encode(`<c r="${col(c)}`));
  }

  /** A cell's tail made now: kept (its id) when it can be reused, else in `once` (~id). */
  private newTail(sc: SpecCell, r: number, c: number): number {
    const style = sc.style;
    // a column's cells mostly share a style object: its index is looked up once
    let index = -1;
    if (style && style === this.columnStyle[c]) index = this.columnStyleIndex[c];
    else if (style) {
      index = this.styles.index(style);
      this.columnStyle[c] = style;
      this.columnStyleIndex[c] = index;
    }
    // core's serials are in the 1900 system; a 1904 workbook stores dates 1462 days less
    const value = this.date1904 && typeof sc.value === 'number' && style?.numFmt && isDateFormat(style.numFmt) ? sc.value - DAYS_1900_TO_1904 : sc.value;
    if (value === null) return this.styledEmpty(index);
    // kept while cells recur (a task's cells) or the first few thousand: a sheet of one-off cells (collect's notes) only writes them
    const kept = this.tailIds.size;
    const keep = kept < MAX_TAILS && (kept < KEEP_ALWAYS || this.reused >= kept);
    const isText = typeof value === 'string';
    if (isText || (typeof value === 'number' && Number.isFinite(value))) {
      // the common cells straight into bytes: the style's head, the table's index or the number, the end
      const head = this.headOf(index, isText);
      const body = isText ? String(this.strings.indexOf(value)) : String(value);
      const arena = keep ? this.tails : this.once;
      const id = arena.addParts(head, body, VALUE_END, isText ? 1 : 0);
      if (!keep) return ~id;
      if (isText) this.strings.refs--; // counted where the row counts its cells' references
      this.tailIds.set(sc, id);
      return id;
    }
    const s = index >= 0 ? ` s="${index}"` : '';
    const refs = this.strings.refs;
    const tail = cellTail(col(c) + String(r + 1), s, value, this.strings, this.hyperlinks, this.links);
    // the table's count of cells referring to it: this one now, and each time its tail is reused
    const ref = this.strings.refs - refs;
    if (keep && (typeof value !== 'object' || 'formula' in value)) {
      const id = this.tails.add(tail, ref);
      this.tailIds.set(sc, id);
      this.strings.refs -= ref;
      return id;
    }
    return ~this.once.add(tail, 0);
  }

  /** `" s="N" t="s"><v>` (text from the table) or `" s="N"><v>` (a number) of a style index (-1: none), made once. */
  private headOf(index: number, isText: boolean): Uint8Array {
    const heads = isText ? this.textHeads : this.numberHeads;
    return heads[index + 1] ?? (heads[index + 1] = new TextEncoder().encode(`"${index >= 0 ? ` s="${index}"` : ''}${isText ? ' t="s"' : ''}><v>`));
  }
}

const VALUE_END = new TextEncoder().encode('</v></c>');

/** No cell written in the column. */
const NONE = -0x7fffffff;

/** The decimal digits of n (≥ 1) into `out`; their count. */
function digitsOf(n: number, out: Uint8Array): number {
  let count = 0;
  for (let v = n; v > 0; v = Math.floor(v / 10)) count++;
  let at = count;
  for (let v = n; v > 0; v = Math.floor(v / 10)) out[--at] = 0x30 + (v % 10);
  return count;
}

/** A few bytes (a column's letters, the row's tags) into `buf` at `at`. Returns the end. */
function copyShort(from: Uint8Array, buf: Uint8Array, at: number): number {
  for (let i = 0; i < from.length; i++) buf[at++] = from[i];
  return at;
}

function rangeRef(m: CellRange, col: (c: number) => string): string {
  return `${col(m.left)}${m.top + 1}:${col(m.right)}${m.bottom + 1}`;
}

/** A cell's XML after its reference (`<c r="A1` comes before): from the attribute's closing quote to </c>. */
function cellTail(ref: string, s: string, value: SpecValue, strings: SharedStringTable, hyperlinks: string[], links: SheetLinks): string {
  if (value === null) return `"${s}/>`;
  switch (typeof value) {
    case 'string':
      return `"${s} t="s"><v>${strings.indexOf(value)}</v></c>`;
    case 'number':
      return Number.isFinite(value) ? `"${s}><v>${value}</v></c>` : `"${s} t="e"><v>#NUM!</v></c>`;
    case 'boolean':
      return `"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      break;
  }
  if ('formula' in value) return `"${s}><f>${escText(value.formula.replace(/^=/, ''))}</f></c>`;
  // a hyperlink: the text in the cell; an internal target (#Sheet!A1) is a location, needing no relationship
  if (value.link.startsWith('#')) {
    hyperlinks.push(`<hyperlink ref="${ref}" location="${escAttr(value.link.slice(1))}" display="${escAttr(value.text)}"/>`);
  } else {
    const id = `rId${links.external.length + 1}`;
    links.external.push({ id, target: value.link });
    hyperlinks.push(`<hyperlink ref="${ref}" r:id="${id}" display="${escAttr(value.text)}"/>`);
  }
  return `"${s} t="s"><v>${strings.indexOf(value.text)}</v></c>`;
}
