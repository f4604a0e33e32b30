// The Office.js WorkbookPort: reads and writes the open workbook in batched, size-limited requests
// (Excel on the web rejects a request or response over 5 MB and a read over 5,000,000 cells), and
// builds generated sheets under a temporary name so that a failure leaves the workbook as it was.
/// <reference types="office-js" />
import { CellRange, CellValue, EXCEL_ERRORS, Grid, a1, columnLetters, parseA1, parseRangeA1, rangeA1 } from '../core/sheets/grid';
import { CellStyle, PRINT_PAGE_NUMBERS, SheetSpec, SpecCell, SpecValue } from '../core/sheets/sheet-spec';
import { CellUpdate, GENERATED_MARKER, ProgressCallback, SheetInfo, WorkbookPort, WriteOptions, freeSheetName, generatedSheetFor, isFormulaValue } from './port';


/** Excel on the web's limit on one request's (and one response's) payload. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel on the web's limit on the cells one read may return. */
export const EXCEL_READ_CELL_LIMIT = 5_000_000;

/** What one request may carry by our estimate: well under the limit, for protocol overhead. */
export const DEFAULT_REQUEST_BUDGET = 3_000_000;
/** Cells one read request may return by our plan. */
export const DEFAULT_READ_CELL_BUDGET = 1_000_000;
/** First guess of a read cell's payload (value and number format, JSON), before any was measured. */
const INITIAL_READ_BYTES_PER_CELL = 48;
/** Estimated payload of one queued operation (a property set or a method call). */
const OP_BYTES = 200;
/** Room left in a request beside a chunk of cells, for the small operations that ride along. */
const BATCH_RESERVE = 64_000;
/** Rectangles of one style formatted together (one RangeAreas), at most this many at a time. */
const RECT_GROUP = 200;
/** Estimated bytes of one rectangle's address in a RangeAreas address list. */
const RECT_ADDRESS_BYTES = 24;

/** Excel.run, injectable so tests can pass a double. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Whether a requirement set is supported; defaults to Office.context.requirements (all, outside Office). */
  readonly supports?: (set: string, version: string) => boolean;
  /** Estimated bytes one request may carry (default 3,000,000; Excel's limit is 5 MB). */
  readonly requestBudget?: number;
  /** Cells one read request may return (default 1,000,000; Excel's limit is 5,000,000). */
  readonly readCellBudget?: number;
  /** Waiting between checks of Excel's calculation state (tests pass one that does not wait). */
  readonly sleep?: (ms: number) => Promise<void>;
}

function defaultSupports(set: string, version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(set, version);
}

function defaultRun(): ExcelRun {
  return (batch) => Excel.run(batch);
}

// ---------------------------------------------------------------------------------------------
// Payload estimates

/** UTF-8 bytes of a string, counting every non-ASCII UTF-16 unit as 3 (an upper bound). */
export function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n += 2;
  return n;
}

/** Bytes of a value in a JSON matrix, with its separator. */
function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === 'string') {
    let escapes = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 0x22 || c === 0x5c || c < 0x20) escapes += 5;
    }
    return utf8Bytes(value) + escapes + 3;
  }
  return String(value).length + 1;
}

function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += jsonBytes(v);
  return n;
}

// ---------------------------------------------------------------------------------------------
// Values in and out

/**
 * A cell value as Office.js reads it → a grid value ('' → null, an error → {error}). With its
 * valueType, text that reads like an error ("#N/A" typed as text) stays text; without it (a
 * caller that did not load valueTypes), error-looking text is taken for the error.
 */
export function fromExcelValue(value: unknown, valueType?: string): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (valueType !== undefined) return valueType === 'Error' ? { error: value } : value;
    return EXCEL_ERRORS.includes(value) ? { error: value } : value;
  }
  return null;
}

/**
 * Whether Excel would take this text for something else when written as a value: a formula
 * (= + - @), a number, date, time, percentage, currency or logical. Such text gets the Text
 * number format '@' first, which Excel honours as "store what is typed as text".
 */
export function textNeedsTextFormat(text: string): boolean {
  const t = text.trim();
  if (t === '') return text !== '';
  if (/^[=+\-@]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#/.test(t) && EXCEL_ERRORS.includes(t)) return true;
  if (/^[(（]?[-+]?[$¥￥€£]?\s*[\d.,]+\s*%?[)）]?$/.test(t) && /\d/.test(t)) return true; // 12, 1,200, 5%, (3), ¥20
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return true;
  if (/^\d{1,4}([-/.])\d{1,2}(\1\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(t)) return true; // 2023-5-31, 5/31
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(t)) return true;
  if (/^\d{1,4}年\d{1,2}月(\d{1,2}日)?$|^\d{1,2}月\d{1,2}日$/.test(t)) return true; // zh-CN dates
  if (/^\d+\s+\d+\/\d+$/.test(t)) return true; // fractions
  return false;
}

/** =HYPERLINK("#'Sheet'!C7","text"): a link Excel, WPS and LibreOffice all follow. */
function hyperlinkFormula(link: string, text: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${q(link)},${q(text)})`;
}

interface CellOut {
  /** What goes into `values` (or `formulas`). */
  readonly value: string | number | boolean;
  readonly formula: boolean;
  readonly numberFormat: string;
}

function cellOut(value: SpecValue | undefined, style: CellStyle | undefined): CellOut {
  const fmt = style?.numFmt ?? 'General';
  if (value === null || value === undefined) return { value: '', formula: false, numberFormat: fmt };
  if (typeof value === 'string') return { value, formula: false, numberFormat: '@' };
  if (typeof value === 'number') return Number.isFinite(value) ? { value, formula: false, numberFormat: fmt } : { value: '', formula: false, numberFormat: fmt };
  if (typeof value === 'boolean') return { value, formula: false, numberFormat: fmt };
  if ('formula' in value) {
    const f = value.formula.trim();
    return { value: f.startsWith('=') ? f : `=${f}`, formula: true, numberFormat: fmt };
  }
  return { value: hyperlinkFormula(value.link, value.text), formula: true, numberFormat: fmt };
}

// ---------------------------------------------------------------------------------------------
// Write plan: a sheet spec as chunks of rows, each one request

/** A rectangle of cells (0-based, inclusive) sharing one style. */
export interface StyledRect extends CellRange {
  readonly style: CellStyle;
}

export interface WriteChunk {
  /** 0-based first row and row count. */
  readonly row: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Values, or formulas when `hasFormulas`, row by row. */
  readonly cells: (string | number | boolean)[][];
  readonly numberFormats: string[][];
  readonly hasFormulas: boolean;
  readonly styles: StyledRect[];
  /** Estimated request payload in bytes. */
  readonly bytes: number;
}

const styleKeys = new WeakMap<CellStyle, string>();
function styleKey(style: CellStyle | undefined): string {
  if (!style) return '';
  // styles are shared objects (one per column and row style): each is serialised once, not once per cell
  let key = styleKeys.get(style);
  if (key === undefined) {
    const { numFmt: _numFmt, ...rest } = style;
    void _numFmt;
    const keys = Object.keys(rest).sort() as (keyof typeof rest)[];
    key = keys.length ? JSON.stringify(keys.map((k) => [k, rest[k]])) : '';
    styleKeys.set(style, key);
  }
  return key;
}

/** Operations formatting one range in a style: fill, font, alignment, wrap; borders 6 edges × (item + 3 properties). */
function styleOps(style: CellStyle): number {
  let n = 0;
  for (const k of ['fill', 'bold', 'italic', 'fontSize', 'color', 'align', 'verticalAlign', 'wrap'] as const) if (style[k]) n++;
  return n + (style.border ? 24 : 0);
}

interface Segment {
  readonly id: string;
  readonly key: string;
  readonly style: CellStyle;
}

/** Runs of equal style across a row (empty style skipped), identified by columns and style. */
function segmentsOf(row: readonly SpecCell[], keys: readonly string[]): Segment[] {
  const out: Segment[] = [];
  for (let c = 0; c < keys.length; ) {
    let end = c;
    while (end + 1 < keys.length && keys[end + 1] === keys[c]) end++;
    if (keys[c]) out.push({ id: `${c}:${end}:${keys[c]}`, key: keys[c], style: row[c]!.style! });
    c = end + 1;
  }
  return out;
}

/** Rectangles of equal style within rows [from, to): runs across each row, merged down while equal. */
function styleRects(spec: SheetSpec, from: number, to: number): StyledRect[] {
  const out: StyledRect[] = [];
  let open = new Map<string, { top: number; left: number; right: number; style: CellStyle }>();
  for (let r = from; r <= to; r++) {
    const next = new Map<string, { top: number; left: number; right: number; style: CellStyle }>();
    const row = r < to ? spec.rows[r] ?? [] : [];
    for (let c = 0; c < row.length; ) {
      const key = styleKey(row[c]?.style);
      let end = c;
      while (end + 1 < row.length && styleKey(row[end + 1]?.style) === key) end++;
      if (key) {
        const id = `${c}:${end}:${key}`;
        const prev = open.get(id);
        next.set(id, prev ?? { top: r, left: c, right: end, style: row[c]!.style! });
        open.delete(id);
      }
      c = end + 1;
    }
    for (const rect of open.values()) out.push({ top: rect.top, left: rect.left, bottom: r - 1, right: rect.right, style: rect.style });
    open = next;
  }
  return out;
}

/**
 * Splits a sheet's rows into chunks whose estimated request stays within the budget: the values and
 * number formats as JSON, plus the formatting of every style rectangle the chunk opens (grouped by
 * style, RECT_GROUP rectangles to one operation set, when `groupStyles`; one set each otherwise).
 */
export function planWriteChunks(spec: SheetSpec, budget: number = DEFAULT_REQUEST_BUDGET - BATCH_RESERVE, groupStyles = true): WriteChunk[] {
  // a loop, not Math.max(...rows): spreading 100,000 rows overflows the call stack
  let columnCount = 1;
  for (const row of spec.rows) if (row.length > columnCount) columnCount = row.length;
  const chunks: WriteChunk[] = [];
  let start = 0;
  let cells: (string | number | boolean)[][] = [];
  let formats: string[][] = [];
  let bytes = OP_BYTES * 3;
  let hasFormulas = false;
  let rectsByStyle = new Map<string, number>();
  let previous = new Set<string>();
  const flush = (end: number) => {
    if (end <= start) return;
    chunks.push({ row: start, rowCount: end - start, columnCount, cells, numberFormats: formats, hasFormulas, styles: styleRects(spec, start, end), bytes });
    start = end;
    cells = [];
    formats = [];
    bytes = OP_BYTES * 3;
    hasFormulas = false;
    rectsByStyle = new Map();
    previous = new Set();
  };
  /** Bytes of the rectangles this row opens (segments not continuing from the row above). */
  const openingCost = (segments: readonly Segment[], commit: boolean) => {
    let cost = 0;
    const counts = commit ? rectsByStyle : new Map(rectsByStyle);
    for (const seg of segments) {
      if (previous.has(seg.id)) continue;
      const n = counts.get(seg.key) ?? 0;
      cost += RECT_ADDRESS_BYTES + (!groupStyles || n % RECT_GROUP === 0 ? styleOps(seg.style) * OP_BYTES : 0);
      counts.set(seg.key, n + 1);
    }
    return cost;
  };
  for (let r = 0; r < spec.rows.length; r++) {
    const row = spec.rows[r];
    const outRow: (string | number | boolean)[] = new Array(columnCount);
    const fmtRow: string[] = new Array(columnCount);
    const keys: string[] = new Array(columnCount);
    let rowHasFormula = false;
    for (let c = 0; c < columnCount; c++) {
      const sc = row[c];
      const out = cellOut(sc?.value ?? null, sc?.style);
      outRow[c] = out.value;
      fmtRow[c] = out.numberFormat;
      keys[c] = styleKey(sc?.style);
      if (out.formula) rowHasFormula = true;
    }
    const segments = segmentsOf(row, keys);
    const data = rowBytes(outRow) + rowBytes(fmtRow);
    if (cells.length > 0 && bytes + data + openingCost(segments, false) > budget) flush(r);
    bytes += data + openingCost(segments, true);
    previous = new Set(segments.map((seg) => seg.id));
    cells.push(outRow);
    formats.push(fmtRow);
    hasFormulas = hasFormulas || rowHasFormula;
  }
  flush(spec.rows.length);
  return chunks;
}

/** The chunk's rectangles grouped by style and shape, at most RECT_GROUP to a group. */
export function groupRects(rects: readonly StyledRect[]): StyledRect[][] {
  const groups = new Map<string, StyledRect[][]>();
  for (const rect of rects) {
    const key = `${styleKey(rect.style)}|${rect.top === rect.bottom}|${rect.left === rect.right}`;
    let list = groups.get(key);
    if (!list) groups.set(key, (list = [[]]));
    if (list[list.length - 1].length >= RECT_GROUP) list.push([]);
    list[list.length - 1].push(rect);
  }
  return [...groups.values()].flat();
}

// ---------------------------------------------------------------------------------------------
// Styles

const HORIZONTAL: Record<NonNullable<CellStyle['align']>, Excel.HorizontalAlignment | 'Left' | 'Center' | 'Right'> = {
  left: 'Left', center: 'Center', right: 'Right',
};
const VERTICAL: Record<NonNullable<CellStyle['verticalAlign']>, 'Top' | 'Center'> = { top: 'Top', middle: 'Center' };
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** Formats a range (or several, as RangeAreas) in a style; inside borders only where rects have them. */
function applyStyle(range: Excel.Range | Excel.RangeAreas, style: CellStyle, rect: CellRange): void {
  const format = range.format;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.align) format.horizontalAlignment = HORIZONTAL[style.align];
  if (style.verticalAlign) format.verticalAlignment = VERTICAL[style.verticalAlign];
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      if (edge === 'InsideHorizontal' && rect.top === rect.bottom) continue;
      if (edge === 'InsideVertical' && rect.left === rect.right) continue;
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#BFBFBF';
    }
  }
}

/** Column width in points for a width in characters (Excel: 7 px a character + 5 px padding, 0.75 pt a px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}

// ---------------------------------------------------------------------------------------------
// Names and sheets

/** The sheet a range reference names: "'My Sheet'!$A$1" → My Sheet; null for #REF! and others. */
export function sheetOfReference(reference: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!#]+))!/.exec(reference.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

interface Marker {
  readonly name: string;
  readonly sheet: string | null;
}

function markersOf(names: Excel.NamedItemCollection): Marker[] {
  return names.items
    .filter((n) => n.name.startsWith(GENERATED_MARKER))
    .map((n) => ({ name: n.name, sheet: typeof n.value === 'string' ? sheetOfReference(n.value) : null }));
}

// ---------------------------------------------------------------------------------------------
// The port

interface ReadTarget {
  readonly name: string;
  readonly hidden: boolean;
  readonly generated: boolean;
}

interface SheetRead {
  readonly target: ReadTarget;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  next: number;
  readonly rows: CellValue[][];
  readonly formats: (string | null)[][];
  /** Merged areas found so far, by "top,left,bottom,right" (a band may see an area another band saw). */
  readonly merges: Map<string, CellRange>;
  /** Rows of the used range whose merged areas are still to be asked for. */
  mergeNext: number;
}

/**
 * Rows of one merged-areas request at first: getMergedAreasOrNullObject fails over 512 areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 * so a sheet is asked in bands, halved after a failure.
 */
const MERGE_BAND_ROWS = 400;
/** Merged-area bands asked for in one request at most. */
const MERGE_BANDS_PER_SYNC = 40;

/** Whether a failed request was refused for its size (Excel on the web: 5 MB, 5,000,000 cells). */
function isSizeLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/** A batch of queued operations with its estimated size, flushed by sync when it would exceed the budget. */
class Batcher {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
    private readonly suspendCalculation: boolean,
  ) {}

  /** Makes room for `bytes` more (syncing what is queued when needed), then queues via `queue`. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    if (this.bytes === 0 && this.suspendCalculation) this.context.workbook.application.suspendApiCalculationUntilNextSync();
    queue();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    this.bytes = 0;
    await this.context.sync();
  }
}

/**
 * Why a write was refused: a protected sheet (named) or a protected workbook structure. The pane
 * words it (strings.ts); checked before writing, since Excel's own refusal names neither.
 */
export class ProtectedError extends Error {
  constructor(
    readonly code: 'SheetProtected' | 'StructureProtected',
    readonly sheet: string | null,
  ) {
    super(code === 'SheetProtected' ? `工作表“${sheet}”受保护` : '工作簿结构受保护');
  }
}

/** Excel was still calculating when 定稿 gave up waiting (the pane words it, strings.ts). */
export class CalculationPendingError extends Error {
  readonly code = 'CalculationPending';
  constructor() {
    super('Excel 仍在计算');
  }
}

/** How long 定稿 waits for Excel to finish calculating (it never freezes values still being calculated). */
const CALCULATION_WAIT_MS = 30_000;
const CALCULATION_POLL_MS = 250;

/**
 * Calculates what writes with calculation suspended left stale: after suspendApiCalculationUntilNextSync
 * "it is the developer's responsibility to re-calc the workbook"
 * (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)).
 */
async function recalculate(context: Excel.RequestContext): Promise<void> {
  context.workbook.application.calculate('Recalculate');
  await context.sync();
}

/** Waits until Excel's calculation is Done (ExcelApi 1.9); throws a Chinese message when it never is. */
async function calculationDone(context: Excel.RequestContext, sleep: (ms: number) => Promise<void>): Promise<void> {
  const app = context.workbook.application;
  for (let waited = 0; ; waited += CALCULATION_POLL_MS) {
    app.load('calculationState');
    await context.sync();
    if (app.calculationState === 'Done') return;
    if (waited >= CALCULATION_WAIT_MS) throw new CalculationPendingError();
    await sleep(CALCULATION_POLL_MS);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Throws ProtectedError when the sheet (ExcelApi 1.2) is protected. */
async function assertSheetWritable(context: Excel.RequestContext, ws: Excel.Worksheet, name: string, supports: (set: string, version: string) => boolean): Promise<void> {
  if (!supports('ExcelApi', '1.2')) return;
  const protection = ws.protection.load('protected');
  await context.sync();
  if (protection.protected) throw new ProtectedError('SheetProtected', name);
}

export class OfficeWorkbook implements WorkbookPort {
  private readonly supports: (set: string, version: string) => boolean;
  private readonly budget: number;
  private readonly cellBudget: number;
  private readonly sleep: (ms: number) => Promise<void>;

  constructor(
    private readonly run: ExcelRun = defaultRun(),
    options: OfficeWorkbookOptions = {},
  ) {
    this.supports = options.supports ?? defaultSupports;
    this.budget = Math.min(options.requestBudget ?? DEFAULT_REQUEST_BUDGET, EXCEL_PAYLOAD_LIMIT);
    this.cellBudget = Math.min(options.readCellBudget ?? DEFAULT_READ_CELL_BUDGET, EXCEL_READ_CELL_LIMIT);
    this.sleep = options.sleep ?? defaultSleep;
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      const names = context.workbook.names.load('items/name,items/type,items/value');
      await context.sync();
      const generated = new Set(markersOf(names).map((m) => m.sheet));
      return sheets.items.map((ws) => ({ name: ws.name, generated: generated.has(ws.name), hidden: ws.visibility !== 'Visible' }));
    });
  }

  async readSheet(name: string): Promise<Grid> {
    return (await this.readSheets([name]))[0];
  }

  async readAll(): Promise<Grid[]> {
    return this.readSheets(null);
  }

  /**
   * Reads sheets in a constant number of requests however many rows: one for every sheet's used
   * range and merged areas, then requests of values and number formats packed up to the budget
   * (small sheets share one), each sized from what earlier requests measured.
   */
  private async readSheets(only: readonly string[] | null): Promise<Grid[]> {
    const readMerges = this.supports('ExcelApi', '1.13');
    return this.run(async (context) => {
      let sheetNames = only;
      if (!sheetNames) {
        const all = context.workbook.worksheets.load('items/name');
        await context.sync();
        sheetNames = all.items.map((ws) => ws.name);
      }
      if (sheetNames.length === 0) return [];
      const names = context.workbook.names.load('items/name,items/type,items/value');
      const probes = sheetNames.map((name) => {
        const ws = context.workbook.worksheets.getItem(name).load('visibility');
        const used = ws.getUsedRangeOrNullObject(true).load('rowIndex,columnIndex,rowCount,columnCount');
        return { name, ws, used };
      });
      try {
        await context.sync();
      } catch (error) {
        if ((error as { code?: string }).code === 'ItemNotFound' && only) throw new Error(`没有名为“${only.join('、')}”的工作表`);
        throw error;
      }
      const generated = new Set(markersOf(names).map((m) => m.sheet));
      const reads: SheetRead[] = probes.map(({ name, ws, used }) => ({
        target: { name, hidden: ws.visibility !== 'Visible', generated: generated.has(name) },
        rowIndex: used.isNullObject ? 0 : used.rowIndex,
        columnIndex: used.isNullObject ? 0 : used.columnIndex,
        rowCount: used.isNullObject ? 0 : used.rowCount,
        columnCount: used.isNullObject ? 0 : used.columnCount,
        next: 0,
        rows: [],
        formats: [],
        merges: new Map(),
        mergeNext: readMerges && !used.isNullObject ? 0 : Number.POSITIVE_INFINITY,
      }));

      let bytesPerCell = INITIAL_READ_BYTES_PER_CELL;
      let mergeBand = MERGE_BAND_ROWS;
      /** Bands whose merged areas were found (not null): their areas are loaded in the next request. */
      let found: { read: SheetRead; areas: Excel.RangeAreas }[] = [];
      for (;;) {
        const pending = reads.filter((s) => s.next < s.rowCount || s.mergeNext < s.rowCount);
        if (pending.length === 0 && found.length === 0) break;
        const loads: { read: SheetRead; row: number; count: number; range: Excel.Range }[] = [];
        const bands: { read: SheetRead; row: number; areas: Excel.RangeAreas }[] = [];
        const areaLoads = found.map(({ read, areas }) => ({ read, items: areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount') }));
        const foundBefore = found;
        found = [];
        let bytes = areaLoads.length * OP_BYTES;
        let cells = 0;
        for (const read of pending) {
          const sheet = context.workbook.worksheets.getItem(read.target.name);
          while (read.mergeNext < read.rowCount && bands.length < MERGE_BANDS_PER_SYNC) {
            const count = Math.min(mergeBand, read.rowCount - read.mergeNext);
            const band = sheet.getRangeByIndexes(read.rowIndex + read.mergeNext, read.columnIndex, count, read.columnCount);
            bands.push({ read, row: read.mergeNext, areas: band.getMergedAreasOrNullObject().load('areaCount') });
            read.mergeNext += count;
            bytes += OP_BYTES;
          }
          while (read.next < read.rowCount) {
            const perRow = read.columnCount * bytesPerCell;
            const byBytes = Math.floor((this.budget - bytes) / perRow);
            const byCells = Math.floor((this.cellBudget - cells) / read.columnCount);
            let count = Math.min(read.rowCount - read.next, byBytes, byCells);
            if (count <= 0) {
              if (loads.length > 0 || bands.length > 0) break;
              count = 1; // one row over the estimate: still one request
            }
            const range = sheet
              .getRangeByIndexes(read.rowIndex + read.next, read.columnIndex, count, read.columnCount)
              .load('values,valueTypes,numberFormat');
            loads.push({ read, row: read.next, count, range });
            read.next += count;
            bytes += count * perRow;
            cells += count * read.columnCount;
          }
          if (bytes >= this.budget || cells >= this.cellBudget) break;
        }
        try {
          await context.sync();
        } catch (error) {
          const rowsAsked = loads.reduce((n, l) => n + l.count, 0);
          const retry = () => {
            for (const l of [...loads].reverse()) l.read.next = l.row;
            for (const b of [...bands].reverse()) b.read.mergeNext = b.row;
            found = foundBefore;
          };
          // Over a limit after all (cells much longer than measured so far): read less at a time.
          if (isSizeLimitError(error) && rowsAsked > 1) {
            retry();
            bytesPerCell *= 16;
            continue;
          }
          // A band over 512 merged areas (the error's code is not documented): halve the bands.
          if (bands.length > 0 && mergeBand > 1) {
            retry();
            mergeBand = Math.max(1, Math.floor(mergeBand / 2));
            continue;
          }
          throw error;
        }
        let measured = 0;
        let measuredCells = 0;
        for (const { read, row, count, range } of loads) {
          const values = range.values;
          const types = range.valueTypes as string[][];
          const formats = range.numberFormat as string[][];
          for (let i = 0; i < count; i++) {
            const r = read.rowIndex + row + i;
            const vRow = values[i] ?? [];
            const tRow = types[i] ?? [];
            const fRow = formats[i] ?? [];
            measured += rowBytes(vRow) + rowBytes(fRow) + rowBytes(tRow);
            const outValues: CellValue[] = new Array(read.columnIndex).fill(null);
            const outFormats: (string | null)[] = new Array(read.columnIndex).fill(null);
            for (let c = 0; c < vRow.length; c++) {
              outValues.push(fromExcelValue(vRow[c], tRow[c] ?? 'String'));
              const f = fRow[c];
              outFormats.push(typeof f === 'string' && f !== 'General' ? f : null);
            }
            let last = outValues.length;
            while (last > 0 && outValues[last - 1] === null) last--;
            read.rows[r] = outValues.slice(0, last);
            read.formats[r] = outFormats.slice(0, last);
          }
          measuredCells += count * read.columnCount;
        }
        for (const { read, items } of areaLoads) {
          for (const a of items.items) {
            const m = { top: a.rowIndex, left: a.columnIndex, bottom: a.rowIndex + a.rowCount - 1, right: a.columnIndex + a.columnCount - 1 };
            read.merges.set(`${m.top},${m.left},${m.bottom},${m.right}`, m);
          }
        }
        for (const { read, areas } of bands) if (!areas.isNullObject && areas.areaCount > 0) found.push({ read, areas });
        if (measuredCells > 0) bytesPerCell = Math.max(bytesPerCell * 0.5, 8, (measured / measuredCells) * 1.5);
      }

      return reads.map((read) => {
        const rows: CellValue[][] = [];
        const formats: (string | null)[][] = [];
        for (let r = 0; r < read.rowIndex + read.rowCount; r++) {
          rows.push(read.rows[r] ?? []);
          formats.push(read.formats[r] ?? []);
        }
        while (rows.length && rows[rows.length - 1].length === 0) {
          rows.pop();
          formats.pop();
        }
        return {
          name: read.target.name,
          rows,
          merges: [...read.merges.values()].sort((a, b) => a.top - b.top || a.left - b.left),
          numberFormats: formats,
          hidden: read.target.hidden,
          generated: read.target.generated,
        };
      });
    });
  }

  async writeGeneratedSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<string> {
    const [name] = await this.writeSheets([spec], true, options.onProgress);
    return name;
  }

  async addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    const names: string[] = [];
    // Generated sheets replace Duban's earlier ones one by one; user sheets are added together so
    // that data validations may refer to one another by their final names.
    const user = specs.filter((s) => !s.generated);
    const userNames = user.length ? await this.writeSheets(user, false) : [];
    let u = 0;
    for (const spec of specs) names.push(spec.generated ? await this.writeGeneratedSheet(spec) : userNames[u++]);
    return names;
  }

  /**
   * Builds each sheet under a temporary hidden name, chunk by chunk with calculation suspended, then
   * swaps it in: for a generated sheet the earlier generated sheet of that name is deleted, the
   * temporary sheet renamed, and the marker name added. Any failure before the swap deletes the
   * temporary sheets, leaving the workbook as it was.
   */
  private async writeSheets(specs: readonly SheetSpec[], generated: boolean, onProgress?: ProgressCallback): Promise<string[]> {
    const temps: string[] = [];
    try {
      return await this.run(async (context) => {
        const sheets = context.workbook.worksheets.load('items/name,items/position');
        const names = context.workbook.names.load('items/name,items/type,items/value');
        const structure = this.supports('ExcelApi', '1.7') ? context.workbook.protection.load('protected') : null;
        await context.sync();
        if (structure?.protected) throw new ProtectedError('StructureProtected', null);
        const markers = markersOf(names);
        const taken = new Set(sheets.items.map((s) => s.name));
        const batcher = new Batcher(context, this.budget, true);

        const built: { spec: SheetSpec; temp: string; ws: Excel.Worksheet }[] = [];
        for (const spec of specs) {
          const temp = freeSheetName('督办生成中', taken);
          taken.add(temp);
          temps.push(temp);
          let ws!: Excel.Worksheet;
          await batcher.add(OP_BYTES, () => {
            ws = context.workbook.worksheets.add(temp);
            ws.visibility = 'Hidden';
          });
          await this.writeContent(batcher, ws, spec, !generated, onProgress);
          built.push({ spec, temp, ws });
        }
        await batcher.flush();

        // The swap: one request.
        const finalNames: string[] = [];
        const usedMarkers = new Set(markers.map((m) => m.name));
        for (const { spec, ws } of built) {
          let finalName: string;
          let position: number | undefined;
          // the earlier generated sheet of this name, also when a user's sheet made it take "name (2)"
          const wanted = generated ? generatedSheetFor(spec.name, sheets.items.map((s) => ({ name: s.name, generated: markers.some((m) => m.sheet === s.name) }))) : undefined;
          const oldSheet = wanted === undefined ? undefined : sheets.items.find((s) => s.name === wanted);
          const oldMarker = wanted === undefined ? undefined : markers.find((m) => m.sheet === wanted);
          // visible first: a workbook must keep a visible sheet while the old one goes
          ws.visibility = 'Visible';
          if (oldSheet && oldMarker) {
            position = oldSheet.position;
            oldSheet.delete();
            context.workbook.names.getItem(oldMarker.name).delete();
            usedMarkers.delete(oldMarker.name);
            taken.delete(wanted!);
            finalName = wanted!;
          } else {
            finalName = freeSheetName(spec.name, taken);
          }
          taken.add(finalName);
          ws.name = finalName;
          if (position !== undefined) ws.position = position;
          if (generated) {
            let n = 1;
            while (usedMarkers.has(`${GENERATED_MARKER}${n}`)) n++;
            usedMarkers.add(`${GENERATED_MARKER}${n}`);
            context.workbook.names.add(`${GENERATED_MARKER}${n}`, ws.getRange('A1'), 'Duban 督办生成的工作表，重新生成时替换');
          }
          finalNames.push(finalName);
        }
        if (generated) {
          // markers whose sheet the user deleted (#REF!) go too
          for (const m of markers) if (m.sheet === null && usedMarkers.has(m.name)) context.workbook.names.getItem(m.name).delete();
        }
        // what the chunks wrote with calculation suspended is calculated now
        context.workbook.application.calculate('Recalculate');
        await context.sync();
        temps.length = 0; // swapped in: nothing to clean up any more

        // Freeze panes and AutoFilter once the sheet is visible (set on a hidden sheet they misbehave);
        // validations may refer to other sheets by their final names: both after the swap.
        const after = new Batcher(context, this.budget, false);
        for (const { spec, ws } of built) {
          await this.writeViewSettings(after, ws, spec);
          if (!generated) await this.writeValidations(after, ws, spec);
        }
        await after.flush();
        if (onProgress) for (const { spec } of built) await onProgress(spec.rows.length, spec.rows.length);
        return finalNames;
      });
    } catch (error) {
      if (temps.length) await this.deleteSheets(temps).catch(() => undefined);
      throw error;
    }
  }

  /** Values, number formats, styles, widths, merges, freeze panes, conditional formats and charts. */
  private async writeContent(batcher: Batcher, ws: Excel.Worksheet, spec: SheetSpec, deferValidations: boolean, onProgress?: ProgressCallback): Promise<void> {
    const groupStyles = this.supports('ExcelApi', '1.9');
    for (const chunk of planWriteChunks(spec, this.budget - BATCH_RESERVE, groupStyles)) {
      // each chunk fills a request: the rows before it have been sent by now
      if (onProgress && chunk.row > 0) await onProgress(chunk.row, spec.rows.length);
      await batcher.add(chunk.bytes, () => {
        const range = ws.getRangeByIndexes(chunk.row, 0, chunk.rowCount, chunk.columnCount);
        range.numberFormat = chunk.numberFormats;
        if (chunk.hasFormulas) range.formulas = chunk.cells;
        else range.values = chunk.cells;
        if (groupStyles) {
          for (const group of groupRects(chunk.styles)) {
            const target = group.length === 1 ? ws.getRange(rangeA1(group[0])) : ws.getRanges(group.map(rangeA1).join(','));
            applyStyle(target, group[0].style, group[0]);
          }
        } else {
          for (const rect of chunk.styles) applyStyle(ws.getRange(rangeA1(rect)), rect.style, rect);
        }
      });
    }
    const widths = spec.widths ?? [];
    for (let c = 0; c < widths.length; c++) {
      const w = widths[c];
      if (w > 0) await batcher.add(OP_BYTES, () => {
        ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = columnWidthPoints(w);
      });
    }
    for (const m of spec.merges ?? []) await batcher.add(OP_BYTES, () => ws.getRange(rangeA1(m)).merge(false));
    if (spec.tabColor) await batcher.add(OP_BYTES, () => { ws.tabColor = `#${spec.tabColor}`; });
    const print = spec.print;
    if (print && this.supports('ExcelApi', '1.9')) {
      // A4, one page wide, title rows repeated, centred page numbers (PrintSpec)
      await batcher.add(OP_BYTES, () => {
        const layout = ws.pageLayout;
        layout.paperSize = 'A4';
        layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
        layout.centerHorizontally = true;
        layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
        layout.setPrintTitleRows(`$1:$${print.titleRows}`);
        layout.headersFooters.defaultForAllPages.centerFooter = PRINT_PAGE_NUMBERS;
      });
    }
    for (const cf of spec.conditionalFormats ?? []) {
      await batcher.add(OP_BYTES, () => {
        const format = ws.getRange(cf.range).conditionalFormats.add('DataBar');
        format.dataBar.positiveFormat.fillColor = `#${cf.color}`;
        format.dataBar.positiveFormat.gradientFill = false;
      });
    }
    for (const chart of spec.charts ?? []) {
      await batcher.add(OP_BYTES * 2, () => {
        const c = ws.charts.add('BarClustered', ws.getRange(chart.values), 'Columns');
        c.title.text = chart.title;
        c.legend.visible = false;
        c.series.getItemAt(0).setXAxisValues(ws.getRange(chart.categories));
        const anchor = parseA1(chart.anchor);
        c.setPosition(chart.anchor, anchor ? a1(anchor.row + 19, anchor.col + 7) : undefined);
      });
    }
    if (!deferValidations) await this.writeValidations(batcher, ws, spec);
  }

  /** Freeze panes and AutoFilter: for a visible sheet only. */
  private async writeViewSettings(batcher: Batcher, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
    const freeze = spec.freeze;
    if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
      await batcher.add(OP_BYTES, () => {
        if (freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(freeze.rows - 1, freeze.columns - 1)}`));
        else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
        else ws.freezePanes.freezeColumns(freeze.columns);
      });
    }
    if (spec.autoFilter && this.supports('ExcelApi', '1.9')) await batcher.add(OP_BYTES, () => ws.autoFilter.apply(ws.getRange(spec.autoFilter!)));
  }

  private async writeValidations(batcher: Batcher, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
    if (!spec.validations?.length || !this.supports('ExcelApi', '1.8')) return;
    for (const v of spec.validations) {
      const source = Array.isArray(v.list) ? (v.list as string[]).join(',') : (v.list as { source: string }).source;
      await batcher.add(OP_BYTES + utf8Bytes(source), () => {
        const dv = ws.getRange(v.range).dataValidation;
        dv.rule = { list: { inCellDropDown: true, source } };
        dv.ignoreBlanks = true;
        dv.errorAlert = v.allowOther
          ? { showAlert: false, style: 'Information', title: '提示', message: '可从下拉列表中选择。' }
          : { showAlert: true, style: 'Stop', title: '输入无效', message: '请从下拉列表中选择。' };
        if (v.prompt) dv.prompt = { showPrompt: true, title: '提示', message: v.prompt };
      });
    }
  }

  /** Deletes sheets by name where they exist (the temporary sheets of a failed write). */
  private async deleteSheets(names: readonly string[]): Promise<void> {
    await this.run(async (context) => {
      const found = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
      await context.sync();
      for (const ws of found) if (!ws.isNullObject) ws.delete();
      await context.sync();
    });
  }

  async setCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      await context.sync();
      if (ws.isNullObject) throw new Error(`没有名为“${sheet}”的工作表`);
      await assertSheetWritable(context, ws, sheet, this.supports);
      const batcher = new Batcher(context, this.budget, true);
      for (const u of updates) {
        const v = u.value;
        let value: string | number | boolean;
        let numberFormat = u.numberFormat;
        let formula = false;
        if (isFormulaValue(v)) {
          const f = v.formula.trim();
          value = f.startsWith('=') ? f : `=${f}`;
          formula = true;
        } else if (v === null) {
          value = '';
        } else if (typeof v === 'object') {
          value = v.error; // Excel reads a typed error literal (#N/A, #REF! …) as that error
        } else {
          value = v;
          if (typeof v === 'string' && textNeedsTextFormat(v)) numberFormat = '@';
        }
        await batcher.add(OP_BYTES + jsonBytes(value) + utf8Bytes(u.cell) + (numberFormat ? utf8Bytes(numberFormat) : 0), () => {
          const range = ws.getRange(u.cell);
          if (numberFormat) range.numberFormat = [[numberFormat]];
          if (formula) range.formulas = [[value]];
          else range.values = [[value]];
        });
      }
      await batcher.flush();
      await recalculate(context);
    });
  }

  /**
   * Replaces formulas with their current values (定稿) over the used range, or over `range` only:
   * copy and paste values in one request (text stays text, spilled arrays keep their values).
   * Without ExcelApi 1.9, formulas are read in chunks and their values written back cell by cell.
   */
  async formulasToValues(sheet: string, range?: string): Promise<number> {
    let bounds: CellRange | null = null;
    if (range !== undefined) {
      bounds = parseRangeA1(range);
      if (!bounds) throw new Error(`“${range}”不是有效的单元格区域`);
    }
    return this.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      const used = bounds ? null : ws.getUsedRangeOrNullObject(false).load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (ws.isNullObject) throw new Error(`没有名为“${sheet}”的工作表`);
      if (used?.isNullObject) return 0;
      await assertSheetWritable(context, ws, sheet, this.supports);
      // never freeze a stale value or #BUSY!: calculate, and wait until Excel is done
      await recalculate(context);
      if (this.supports('ExcelApi', '1.9')) await calculationDone(context, this.sleep);
      const area = bounds
        ? { rowIndex: bounds.top, columnIndex: bounds.left, rowCount: bounds.bottom - bounds.top + 1, columnCount: bounds.right - bounds.left + 1 }
        : { rowIndex: used!.rowIndex, columnIndex: used!.columnIndex, rowCount: used!.rowCount, columnCount: used!.columnCount };
      if (this.supports('ExcelApi', '1.9')) {
        const target = bounds ? ws.getRange(rangeA1(bounds)) : used!;
        const formulas = target.getSpecialCellsOrNullObject('Formulas').load('cellCount');
        await context.sync();
        if (formulas.isNullObject) return 0;
        context.workbook.application.suspendApiCalculationUntilNextSync();
        target.copyFrom(target, 'Values');
        await context.sync();
        return formulas.cellCount;
      }
      let changed = 0;
      const rowsPerChunk = Math.max(1, Math.floor(this.budget / (area.columnCount * INITIAL_READ_BYTES_PER_CELL * 2)));
      const batcher = new Batcher(context, this.budget, true);
      for (let r0 = 0; r0 < area.rowCount; r0 += rowsPerChunk) {
        const count = Math.min(rowsPerChunk, area.rowCount - r0);
        const chunk = ws.getRangeByIndexes(area.rowIndex + r0, area.columnIndex, count, area.columnCount).load('formulas,values');
        await context.sync();
        for (let i = 0; i < count; i++) {
          for (let c = 0; c < area.columnCount; c++) {
            const f = chunk.formulas[i]?.[c];
            const value = chunk.values[i]?.[c] as string | number | boolean;
            // text that starts with = reads back the same as value and formula; a formula does not
            if (typeof f !== 'string' || !f.startsWith('=') || f === value) continue;
            changed++;
            await batcher.add(OP_BYTES + jsonBytes(value), () => {
              const cell = ws.getRangeByIndexes(area.rowIndex + r0 + i, area.columnIndex + c, 1, 1);
              if (typeof value === 'string' && !EXCEL_ERRORS.includes(value)) cell.numberFormat = [['@']];
              cell.values = [[value]];
            });
          }
        }
        await batcher.flush();
      }
      return changed;
    });
  }

  /** Activates a sheet and selects a cell (for the pane's "go to cell"). */
  selectCell(sheet: string, cell: string): Promise<void> {
    return selectCell(sheet, cell, this.run);
  }
}

/** Activates a sheet and selects a cell in it. */
export async function selectCell(sheet: string, cell: string, run: ExcelRun = defaultRun()): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
