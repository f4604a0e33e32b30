// The worksheet editor behind patchCells: one sheet's XML streamed through saxes and edited at the positions the parser reports; or scanned once for what rows appended below it need (AppendFacts), and later appended to by those facts.
//
// At an opentag/closetag event `parser.position` is the index just after the tag's '>', and the tag
// starts at the last '<' before it, since '<' cannot occur inside a tag. Text before a safe point is
// passed on at once, so a 100k-row ledger is never one string. Existing cells keep their style (s);
// a new cell borrows the style of the same column in the row above, so appended ledger rows look
// like the clerk's rows. A replaced cell's formula is noted for the calculation chain. Anything that
// cannot be edited safely is refused with one Chinese line (XlsxReadError).
import { SaxesTagPlain } from 'saxes';
import { formatISO, fromSerial } from '../../core/dates/civil-date';
import { CellRange, a1, looksLikeFormula } from '../../core/sheets/grid';
import { CellUpdate, isFormulaValue } from '../port';
import { XlsxReadError } from '../package/read-error';
import { BoundedFeed, decodeChunks, decoderFor, invalidEncoding, localName, sniffEncoding, xmlParser } from '../xml/xml';
import { utf8Length } from './byte-sink';
import { escAttr, escText } from '../xml/xml-escape';
import { StyleBook } from '../package/styles-part';
import { startTag } from './part-scan';
import { dateStyleLike } from './style-borrow';
import { Splice } from './splice';
import { CellXf, DAYS_1900_TO_1904, gridRef, isDateFormat, rangeOf, rowOf } from '../package/xlsx-stream';
import { InflateBudget, VerifiedEntry, ZipEntry, inflate } from '../zip';

/** Edits of one sheet: row index → column index → update (the last update of a cell wins). */
export type RowEdits = Map<number, Map<number, CellUpdate>>;

export interface SheetPlan {
  readonly name: string;
  readonly sheetId: string;
  readonly rows: RowEdits;
}

/** Excel's limit on the characters of one cell. */
const MAX_CELL_TEXT = 32_767;

// ---------------------------------------------------------------------------------------------
// Other parts: what the edit must respect (styles, tables' headers) and what follows it (a table's ref, the calculation chain)

export interface StyleFacts {
  readonly xfs: readonly CellXf[];
  readonly date1904: boolean;
  /** The workbook's styles.xml, for a number format no existing cell format shows (absent when the package has none). */
  readonly book?: StyleBook;
}

export interface SheetGuard {
  /** Header rows of the sheet's tables (their texts are the table's column names). */
  readonly tableHeaders: readonly CellRange[];
  /** Filled in: the replaced cells that held a formula (A1), for the calculation chain. */
  readonly dropped: Set<string>;
}


const inside = (r: CellRange, row: number, col: number) => row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

// ---------------------------------------------------------------------------------------------
// The worksheet, streamed and edited

/** Row attributes a new row takes from the row above: height and row style, not hidden or outline. */
const ROW_LOOKS = ['ht', 'customHeight', 's', 'customFormat'];

export interface RowAbove {
  /** Column → style (s) of the cells of the row above. */
  readonly styles: Map<number, string | undefined>;
  readonly attrs: Record<string, string>;
}

/**
 * What rows appended below a sheet's last row need to know of the sheet: found by one pass over its
 * XML before the edits are known (`duban collect` runs it beside reading the returns), so that the
 * append parses the sheet only up to the last row it edits (a header) and copies the rest. It is the
 * editor's state at </sheetData> (which edits above it do not change) and where </sheetData> is.
 */
export interface AppendFacts {
  /** The worksheet part and its zip entry: the facts hold only for these very bytes. */
  readonly entry: VerifiedEntry;
  /** Characters of the part's text. */
  readonly length: number;
  readonly prefix: string;
  /** Index of the last row (-1: none). */
  readonly rowIndex: number;
  readonly above: RowAbove;
  readonly lastInColumn: Map<number, string | undefined>;
  readonly arrays: CellRange[];
  /** Where </sheetData> starts (the rows go before it); null when sheetData is self-closing (the full edit is as quick). */
  readonly close: number | null;
  /** UTF-8 bytes of the part from </sheetData> to its end, when the part is UTF-8: the append copies the rows before it as bytes. */
  readonly tailBytes?: number;
}

/**
 * The editor of one sheet: its state as the XML streams by (the parser's events), and the cells and
 * rows it makes. With `record` (and no edits), it notes at </sheetData> what an append will need.
 */
function sheetEditor(part: string, plan: SheetPlan, styles: StyleFacts, guard: SheetGuard, out: Splice, record?: { facts?: Omit<AppendFacts, 'entry' | 'length'> }) {
  const where = `工作表“${plan.name}”`;
  const editRows = [...plan.rows.keys()].sort((a, b) => a - b);
  let bounds: CellRange | null = null;
  for (const r of editRows) {
    for (const c of plan.rows.get(r)!.keys()) {
      bounds = bounds
        ? { top: Math.min(bounds.top, r), left: Math.min(bounds.left, c), bottom: Math.max(bounds.bottom, r), right: Math.max(bounds.right, c) }
        : { top: r, left: c, bottom: r, right: c };
    }
  }
  /** A dimension tag's ref covering the edits too. */
  const widened = (tag: SaxesTagPlain, bounds: CellRange): string => {
    const old = rangeOf(tag.attributes.ref);
    const top = Math.min(old.top, bounds.top);
    const left = Math.min(old.left, bounds.left);
    return `${a1(top, left)}:${a1(Math.max(old.bottom, bounds.bottom), Math.max(old.right, bounds.right))}`;
  };
  let arrays: CellRange[] = [];
  let prefix = '';
  let inSheetData = false;
  let sheetDataSeen = false;
  let sheetDataSelfClosing = false;
  let nextRow = 0; // index into editRows of the next row still to write
  let rowIndex = -1;
  let rowTag: SaxesTagPlain | null = null;
  let rowSelfClosing = false;
  let rowEdits: { cols: number[]; next: number; cells: Map<number, CellUpdate> } | null = null;
  let rowStyles = new Map<number, string | undefined>();
  let leftStyle: string | undefined;
  let col = -1;
  let above: RowAbove = { styles: new Map(), attrs: {} };
  let lastInColumn = new Map<number, string | undefined>(); // the clerk's cells only, not those written here
  let replacing = null as { start: number; col: number; style: string | undefined; formula: boolean } | null;
  const holdFrom = () => replacing?.start; // set by the parser's events

  const refuse = (what: string): never => {
    throw new XlsxReadError(`${where}${what}，督办无法安全地写入；请在 Excel/WPS 中处理后再收集`);
  };
  const checkTarget = (row: number, c: number) => {
    // loops, not some(): called for each of the tens of thousands of cells collect appends
    for (let i = 0; i < arrays.length; i++) if (inside(arrays[i], row, c)) refuse(`的 ${a1(row, c)} 在数组公式的区域内`);
    const headers = guard.tableHeaders;
    for (let i = 0; i < headers.length; i++) if (inside(headers[i], row, c)) refuse(`的 ${a1(row, c)} 是表格（套用表格格式）的标题行`);
  };
  /** Whether a number format shows a date, once per format (collect writes the same one down 60k rows). */
  const dateFormats = new Map<string, boolean>();
  const isDate = (format: string): boolean => {
    let known = dateFormats.get(format);
    if (known === undefined) dateFormats.set(format, (known = isDateFormat(format)));
    return known;
  };

  const xf = (k: string | undefined) => styles.xfs[Number(k ?? 0)];
  /** A cell's text as written, refused past Excel's limit (`row`, `c`: where, for the reason). */
  const cellText = (t: string, row: number, c: number): string => {
    if (t.length > MAX_CELL_TEXT) refuse(`的 ${a1(row, c)} 要写入的文字超过 Excel 的上限（${MAX_CELL_TEXT} 个字符）`);
    return escText(t);
  };
  /** A value's type attribute and <v> text; a number of a date-styled cell shifted in a 1904 workbook. */
  const scalar = (x: string | number | boolean | { error: string }, shift: boolean, row: number, c: number): { t: string; v: string } => {
    if (typeof x === 'number') return Number.isFinite(x) ? { t: '', v: String(shift ? x - DAYS_1900_TO_1904 : x) } : { t: ' t="e"', v: '#NUM!' };
    if (typeof x === 'boolean') return { t: ' t="b"', v: x ? '1' : '0' };
    if (typeof x === 'object') return { t: ' t="e"', v: cellText(x.error, row, c) };
    return { t: ' t="str"', v: cellText(x, row, c) };
  };

  /** A new or replacing cell; `style` is the kept (replaced cell) or borrowed one. (Its helpers live outside it: collect writes 540k cells.) */
  const cellXml = (row: number, c: number, u: CellUpdate, style: string | undefined): string => {
    checkTarget(row, c);
    const p = prefix;
    let s = style;
    let v = u.value;
    const wantsDate = typeof v === 'number' && u.numberFormat !== undefined && isDate(u.numberFormat);
    let appendedDate = false;
    if (wantsDate && !xf(s)?.date) {
      const alt = dateStyleLike(styles.xfs, Number(s ?? 0));
      if (alt !== undefined) s = String(alt);
      else if (styles.book) {
        s = String(styles.book.withNumberFormat(Number(s ?? 0), u.numberFormat!));
        appendedDate = true;
      }
      else {
        const d = fromSerial(v as number);
        v = d ? formatISO(d) : v; // no styles part at all: the date as text
      }
    } else if (u.numberFormat !== undefined && !isDate(u.numberFormat)) {
      // another format (a rate as 0.0%): the cell's own look with that format, appended to styles.xml when new
      if (!styles.book) refuse(`的 ${a1(row, c)} 要设置数字格式，但工作簿没有样式表`);
      s = String(styles.book!.withNumberFormat(Number(s ?? 0), u.numberFormat));
    }
    // text a spreadsheet would take for a formula keeps the apostrophe's mark, so re-typing the cell cannot make it live
    if (typeof v === 'string' && looksLikeFormula(v) && styles.book) s = String(styles.book.withQuotePrefix(Number(s ?? 0)));
    // a date format appended just now is not among the workbook's: the 1904 shift applies to it too
    const shift = styles.date1904 && (appendedDate || xf(s)?.date === true);
    const head = `<${p}c r="${a1(row, c)}"${s !== undefined && s !== '0' ? ` s="${escAttr(s)}"` : ''}`;
    leftStyle = s;
    rowStyles.set(c, s);
    if (isFormulaValue(v)) {
      const f = `<${p}f>${cellText(v.formula.replace(/^=/, ''), row, c)}</${p}f>`;
      if (v.result === undefined || v.result === null) return `${head}>${f}</${p}c>`;
      const r = scalar(v.result, shift, row, c);
      return `${head}${r.t}>${f}<${p}v>${r.v}</${p}v></${p}c>`;
    }
    if (v === null) return `${head}/>`;
    if (typeof v === 'string') {
      const keep = /^\s|\s$|\n/.test(v) ? ' xml:space="preserve"' : '';
      return `${head} t="inlineStr"><${p}is><${p}t${keep}>${cellText(v, row, c)}</${p}t></${p}is></${p}c>`;
    }
    const r = scalar(v, shift, row, c);
    return `${head}${r.t}><${p}v>${r.v}</${p}v></${p}c>`;
  };

  /**
   * The style a new cell borrows: the column's nearest cell of the clerk's own above (the row above,
   * or past a section row); in a column the clerk has no cell in (a new 来源 column, computed
   * columns), its left neighbour in the row — never a cell written here above it, which would carry
   * a new column's header style down into its data.
   */
  const borrowed = (c: number): string | undefined => (lastInColumn.has(c) ? lastInColumn.get(c) : leftStyle);

  /** New cells of the edited row before column `before` (all when omitted). */
  const newCells = (before = Infinity): string => {
    if (!rowEdits) return '';
    let xml = '';
    while (rowEdits.next < rowEdits.cols.length && rowEdits.cols[rowEdits.next] < before) {
      const c = rowEdits.cols[rowEdits.next++];
      xml += cellXml(rowIndex, c, rowEdits.cells.get(c)!, borrowed(c));
    }
    return xml;
  };

  const endRow = (attrs: Record<string, string>) => {
    above = { styles: rowStyles, attrs };
    rowStyles = new Map();
    rowEdits = null;
    leftStyle = undefined;
  };

  /** Whole new rows, one by one, for the edits of rows before `before`. */
  function* newRows(before = Infinity): Generator<string> {
    while (nextRow < editRows.length && editRows[nextRow] < before) {
      const r = editRows[nextRow++];
      const cells = plan.rows.get(r)!;
      rowIndex = r;
      rowEdits = { cols: [...cells.keys()].sort((a, b) => a - b), next: 0, cells };
      const attrs: Record<string, string> = { r: String(r + 1) };
      let tag = `<${prefix}row r="${r + 1}"`;
      for (const k of ROW_LOOKS) {
        const v = above.attrs[k];
        if (v === undefined) continue;
        attrs[k] = v;
        tag += ` ${k}="${escAttr(v)}"`;
      }
      yield `${tag}>${newCells()}</${prefix}row>`;
      endRow(attrs);
    }
  }

  const parser = xmlParser({ open() {}, close() {}, text() {} }, part, { position: true });
  parser.on('opentag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const at = parser.position;
    switch (name) {
      case 'dimension': {
        if (inSheetData || sheetDataSeen || !bounds || tag.attributes.ref === undefined) return;
        out.copyTo(out.tagStart(at));
        out.insert(startTag(tag, { ref: widened(tag, bounds) }, tag.isSelfClosing));
        out.skipTo(at);
        return;
      }
      case 'sheetData': {
        if (sheetDataSeen || inSheetData) refuse('有多个 sheetData');
        inSheetData = true;
        prefix = tag.name.slice(0, tag.name.length - name.length);
        if (tag.isSelfClosing) {
          sheetDataSelfClosing = true;
          out.copyTo(out.tagStart(at));
          out.insert(startTag(tag, {}, false));
          out.skipTo(at);
        }
        return;
      }
      case 'row': {
        if (!inSheetData) return;
        const r = tag.attributes.r !== undefined ? rowOf(tag.attributes.r) : rowIndex + 1;
        if (r <= rowIndex) refuse('的行没有按顺序排列');
        const start = out.tagStart(at);
        if (nextRow < editRows.length && editRows[nextRow] < r) {
          out.copyTo(start);
          for (const xml of newRows(r)) out.insert(xml);
        }
        rowIndex = r;
        col = -1;
        rowTag = tag;
        rowSelfClosing = tag.isSelfClosing;
        if (nextRow < editRows.length && editRows[nextRow] === r) {
          const cells = plan.rows.get(r)!;
          nextRow++;
          rowEdits = { cols: [...cells.keys()].sort((a, b) => a - b), next: 0, cells };
          if (tag.isSelfClosing || tag.attributes.spans !== undefined) {
            // the optional spans hint would no longer cover the row's cells
            out.copyTo(start);
            out.insert(startTag(tag, { spans: undefined }, false));
            out.skipTo(at);
          }
        }
        return;
      }
      case 'c': {
        if (!inSheetData || rowTag === null) return;
        let c = col + 1;
        if (tag.attributes.r !== undefined) {
          const ref = gridRef(tag.attributes.r);
          if (ref.row !== rowIndex) refuse(`的单元格 ${tag.attributes.r.slice(0, 20)} 不在它所在的第 ${rowIndex + 1} 行`);
          c = ref.col;
        }
        if (c <= col) refuse(`第 ${rowIndex + 1} 行的单元格没有按顺序排列`);
        col = c;
        const style = tag.attributes.s;
        if (rowEdits) {
          const start = out.tagStart(at);
          if (rowEdits.next < rowEdits.cols.length && rowEdits.cols[rowEdits.next] < c) {
            out.copyTo(start);
            out.insert(newCells(c));
          }
          if (rowEdits.next < rowEdits.cols.length && rowEdits.cols[rowEdits.next] === c) {
            rowEdits.next++;
            out.copyTo(start);
            replacing = { start, col: c, style, formula: false };
            lastInColumn.set(c, style); // the clerk's style, kept
            return; // its style in the row is recorded when it is written
          }
        }
        leftStyle = style;
        rowStyles.set(c, style);
        lastInColumn.set(c, style);
        return;
      }
      case 'f': {
        if (!inSheetData || rowTag === null) return;
        const t = tag.attributes.t;
        const ref = tag.attributes.ref;
        if ((t === 'array' || t === 'dataTable') && ref !== undefined) {
          arrays.push(rangeOf(ref));
          if (replacing) refuse(`的 ${a1(rowIndex, col)} 是数组公式（或模拟运算表）的起点`);
        }
        if (replacing) {
          if (t === 'shared' && ref !== undefined) refuse(`的 ${a1(rowIndex, col)} 是共享公式的起点，其他单元格的公式依赖它`);
          replacing.formula = true;
        }
        return;
      }
      default:
        return;
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    const name = localName(tag.name);
    const at = parser.position;
    switch (name) {
      case 'c': {
        if (!replacing || !rowEdits) return;
        if (replacing.formula) guard.dropped.add(a1(rowIndex, replacing.col));
        out.insert(cellXml(rowIndex, replacing.col, rowEdits.cells.get(replacing.col)!, replacing.style));
        out.skipTo(at);
        replacing = null;
        return;
      }
      case 'row': {
        if (!inSheetData || rowTag === null) return;
        if (rowEdits) {
          if (!rowSelfClosing) out.copyTo(out.tagStart(at));
          out.insert(newCells() + (rowSelfClosing ? `</${tag.name}>` : ''));
          if (rowSelfClosing) out.skipTo(at);
        }
        endRow(rowTag.attributes);
        rowTag = null;
        return;
      }
      case 'sheetData': {
        if (!inSheetData) return;
        if (record) record.facts = { prefix, rowIndex, above, lastInColumn, arrays, close: sheetDataSelfClosing ? null : out.tagStart(at) };
        // rows appended at the end are made as the compressor takes them: nothing after this
        // point of the sheet changes the state they are made from
        if (!sheetDataSelfClosing) out.copyTo(out.tagStart(at));
        out.insertLater(newRows());
        if (sheetDataSelfClosing) {
          out.insert(`</${tag.name}>`);
          out.skipTo(at);
        }
        inSheetData = false;
        sheetDataSeen = true;
        return;
      }
      default:
        return;
    }
  });
  return {
    parser,
    holdFrom,
    /** After the parse: a sheet without sheetData cannot take cells. */
    end(): void {
      if (!sheetDataSeen) refuse('没有单元格数据区（sheetData）');
    },
    /** Whether the parse is among the rows of sheetData past row `row` (and out of it): nothing before </sheetData> is left to edit. */
    past(row: number): boolean {
      return inSheetData && (rowIndex > row || (rowIndex === row && rowTag === null));
    },
    newRows,
    /** Takes up the state at </sheetData> as a scan found it, for the rows appended below the last. */
    resume(facts: AppendFacts): void {
      ({ prefix, rowIndex, above, arrays } = facts);
      lastInColumn = new Map(facts.lastInColumn);
      rowTag = null;
      rowEdits = null;
      rowStyles = new Map();
      leftStyle = undefined;
      inSheetData = false;
      sheetDataSeen = true;
    },
  };
}

/** The sheet's XML with the plan's edits made in one pass (saxes): cells replaced and inserted, rows inserted and appended. */
export async function* editedSheet(
  bytes: Uint8Array, entry: ZipEntry, plan: SheetPlan, styles: StyleFacts, guard: SheetGuard, budget: InflateBudget,
): AsyncGenerator<string> {
  const out = new Splice();
  const editor = sheetEditor(entry.name, plan, styles, guard, out);
  const feed = new BoundedFeed(editor.parser, entry.name);
  for await (const text of decodeChunks(inflate(bytes, entry, budget), undefined, entry.name)) {
    out.append(text);
    feed.write(text);
    out.settle(editor.holdFrom());
    yield* out.take();
  }
  feed.end();
  editor.end();
  out.finish();
  yield* out.take();
}

/** The facts an append below the sheet's last row needs (AppendFacts): the editor's pass over the sheet with no edits, its output dropped. */
export async function scanSheet(bytes: Uint8Array, entry: ZipEntry, name: string, budget: InflateBudget): Promise<AppendFacts> {
  const out = new Splice();
  const record: { facts?: Omit<AppendFacts, 'entry' | 'length'> } = {};
  const editor = sheetEditor(entry.name, { name, sheetId: '', rows: new Map() }, { xfs: [], date1904: false }, { tableHeaders: [], dropped: new Set() }, out, record);
  const feed = new BoundedFeed(editor.parser, entry.name);
  let length = 0;
  let tailBytes: number | undefined; // counted from </sheetData> on, once it is found
  let first: Uint8Array | undefined;
  const chunks = (async function* () {
    for await (const chunk of inflate(bytes, entry, budget)) {
      first ??= chunk;
      yield chunk;
    }
  })();
  for await (const text of decodeChunks(chunks, undefined, entry.name)) {
    length += text.length;
    out.append(text);
    feed.write(text);
    out.settle(editor.holdFrom());
    out.drop();
    if (tailBytes !== undefined) tailBytes += utf8Length(text);
    else if (record.facts?.close != null) tailBytes = utf8Length(text.slice(record.facts.close - (length - text.length)));
  }
  const isUtf8 = first !== undefined && sniffEncoding(first) === 'utf-8';
  feed.end();
  editor.end();
  const { name: part, dataStart, compressedSize, uncompressedSize, crc32 } = entry;
  return { entry: { name: part, dataStart, compressedSize, uncompressedSize, crc32 }, length, ...record.facts!, ...(isUtf8 && tailBytes !== undefined ? { tailBytes } : {}) };
}

/**
 * The sheet's XML with rows appended below its last row, from the facts a scan found: parsed and
 * edited as editedSheet does up to the last row edited above (the dimension, a new column's
 * header), the rest copied as it inflates and the new rows made where editedSheet makes them, from
 * the same state, so the output is the same. In a UTF-8 part whose tail the scan measured, the
 * rows from there to </sheetData> and what follows it go on as the inflated bytes, neither decoded
 * nor encoded again.
 */
export async function* appendedSheet(
  bytes: Uint8Array, entry: ZipEntry, plan: SheetPlan, styles: StyleFacts, guard: SheetGuard, budget: InflateBudget, facts: AppendFacts, lastEdited: number,
): AsyncGenerator<string | Uint8Array> {
  const out = new Splice();
  const editor = sheetEditor(entry.name, plan, styles, guard, out);
  const feed = new BoundedFeed(editor.parser, entry.name);
  const close = facts.close!;
  const damaged = () => new XlsxReadError(`“${entry.name}”与扫描时不同，文件已损坏`);
  // the byte where </sheetData> starts, when the scan measured the (UTF-8) part's tail
  const closeByte = facts.tailBytes !== undefined ? entry.uncompressedSize - facts.tailBytes : undefined;
  const closeTag = new TextEncoder().encode(`</${facts.prefix}sheetData`);
  let decoder: TextDecoder | undefined;
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk ? decoder!.decode(chunk, { stream: true }) : (decoder?.decode() ?? '');
    } catch {
      throw invalidEncoding(entry.name);
    }
  };
  let parsing = true;
  let appended = false;
  let length = 0;
  let textBytes = 0; // bytes of the text decoded so far (with a byte-order mark, which the decoder drops)
  let rawFrom: number | undefined; // once set: from this byte on, the part goes on as bytes
  let matched = 0; // bytes of </sheetData> found where the scan said
  let at = 0;
  for await (const chunk of inflate(bytes, entry, budget)) {
    const start = at;
    at += chunk.length;
    if (rawFrom !== undefined) {
      // the bytes as they are, the new rows where </sheetData> starts
      let from = Math.max(rawFrom, start) - start;
      if (!appended && closeByte! < at) {
        const cut = closeByte! - start;
        if (cut > from) yield chunk.subarray(from, cut);
        out.insertLater(editor.newRows());
        yield* out.take();
        appended = true;
        from = cut;
      }
      for (let i = from; appended && matched < closeTag.length && i < chunk.length; i++) if (chunk[i] !== closeTag[matched++]) throw damaged();
      if (from < chunk.length) yield chunk.subarray(from);
      continue;
    }
    if (!decoder) {
      const label = sniffEncoding(chunk);
      if (closeByte !== undefined && label !== 'utf-8') throw damaged();
      decoder = decoderFor(label, entry.name);
      if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) textBytes = 3;
    }
    const text = decode(chunk);
    if (closeByte !== undefined) textBytes += utf8Length(text);
    yield* appendedStep(text);
    if (closeByte !== undefined && !parsing && !appended && textBytes >= start && textBytes < closeByte) {
      // nothing before </sheetData> is left to edit: the text so far goes on, then the bytes not yet decoded
      out.copyTo(length);
      yield* out.take();
      rawFrom = textBytes;
      if (rawFrom < at) yield chunk.subarray(rawFrom - start);
    }
  }
  if (rawFrom !== undefined) {
    if (!appended || matched < closeTag.length) throw damaged();
    return;
  }
  yield* appendedStep(decode());
  if (parsing) {
    // the parse reached </sheetData> itself (a short sheet): it made the rows as editedSheet does
    feed.end();
    editor.end();
  } else if (!appended || length !== facts.length) throw damaged();
  out.finish();
  yield* out.take();

  /** Text of the part, parsed while an edit may still come, copied up to </sheetData>, the new rows before it. */
  function* appendedStep(text: string): Generator<string> {
    if (!text) return;
    out.append(text);
    length += text.length;
    if (parsing) {
      feed.write(text);
      if (editor.past(lastEdited)) {
        parsing = false;
        editor.resume(facts);
      }
    }
    if (!parsing && !appended && close <= length) {
      out.copyTo(close);
      out.insertLater(editor.newRows());
      appended = true;
    }
    out.settle(parsing ? editor.holdFrom() : appended ? undefined : close);
    yield* out.take();
  }
}
