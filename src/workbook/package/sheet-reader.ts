// One worksheet part read into rows: the cell handler over the XML scanner, the rows it builds, and the grid's finishing (holes, merges, budget).
import { DAYS_1900_TO_1904, toSerial } from '../../core/dates/civil-date';
import { CellRange, CellValue } from '../../core/sheets/grid';
import { LIMITS, ZipEntry } from '../zip';
import { ScanOptions, XmlAttributes, XmlHandler, scanPart } from '../xml/xml';
import { gridRef, rangeOf, refError, rowOf } from './grid-refs';
import { XlsxReadError } from './read-error';

/** Cells kept for one workbook so far, holes included (LIMITS.maxCells). */
export interface CellBudget {
  used: number;
}

export const tooManyCells = () => new XlsxReadError(`工作簿的单元格过多（超过 ${LIMITS.maxCells} 个，含中间的空单元格），已拒绝读取`);

/**
 * Merges clamped to the cells the sheet holds (a whole-sheet merge costs nothing); overlapping
 * merges, which Excel refuses to open, are an error.
 */
function clampMerges(merges: readonly CellRange[], height: number, width: number): CellRange[] {
  const out: CellRange[] = [];
  let area = 0;
  for (const m of merges) {
    if (m.top >= height || m.left >= width) continue;
    const c = { top: m.top, left: m.left, bottom: Math.min(m.bottom, height - 1), right: Math.min(m.right, width - 1) };
    area += (c.bottom - c.top + 1) * (c.right - c.left + 1);
    if (area > height * width) throw new XlsxReadError('工作表中的合并单元格互相重叠，文件已损坏');
    out.push(c);
  }
  if (out.length > 1) {
    // exact check: sorted by top, an area overlaps one still open above it
    const sorted = [...out].sort((x, y) => x.top - y.top || x.left - y.left);
    const open: CellRange[] = [];
    for (const m of sorted) {
      for (let i = open.length - 1; i >= 0; i--) if (open[i].bottom < m.top) open.splice(i, 1);
      if (open.some((o) => o.left <= m.right && m.left <= o.right)) throw new XlsxReadError('工作表中的合并单元格互相重叠，文件已损坏');
      open.push(m);
    }
  }
  return out;
}

/** An ISO date-time cell (t="d") as an Excel serial. */
export function isoSerial(text: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
  if (!m) return text;
  const serial = toSerial({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return serial + ((Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86400);
}


/**
 * Where a sheet's cells go as the handler reads them, in document order (RowStore builds the rows).
 * A sequence of calls, apart from the handler, so that what reading the XML does and what building
 * the grid does can each be tested alone — and so that a recording of the calls, replayed, would
 * build the same rows (the way another thread could read part of a sheet: BENCHMARKS, round 5).
 */
export interface CellSink {
  /** A `<row>` opens: its 0-based index. */
  startRow(index: number): void;
  /** A value (not null) for column `col` of the row last opened. */
  put(col: number, value: CellValue): void;
  /** A shared string's index for column `col` (NaN or past the table: no value). */
  putShared(col: number, index: number): void;
  /** The row last opened closes. */
  endRow(): void;
}

/** The rows of one sheet as they are read, within the workbook's cell budget; the sink of the thread that reads. */
export class RowStore implements CellSink {
  readonly rows: CellValue[][] = [];
  private row: CellValue[] = [];
  private index = -1;

  constructor(private readonly shared: readonly string[], private readonly budget: CellBudget) {}

  startRow(index: number): void {
    this.row = [];
    this.index = index;
  }

  put(col: number, value: CellValue): void {
    this.row[col] = value;
  }

  putShared(col: number, index: number): void {
    const value = this.shared[index];
    if (value !== undefined) this.row[col] = value;
  }

  endRow(): void {
    const { row, rows, budget } = this;
    if (row.length > 0 && this.index >= 0) {
      if (rows[this.index] === undefined) budget.used += row.length;
      rows[this.index] = row;
      if (budget.used + rows.length > LIMITS.maxCells) throw tooManyCells();
    }
  }
}

/** What the cell pass notes of a clerk's marks when asked (returns): hidden rows, a filter, whether any text is an inline string (whose runs may strike). */
export interface RowMarks {
  readonly hiddenRows: number[];
  /** 0-based spans of hidden columns (<col hidden="1">, or width 0). */
  readonly hiddenColumns: [number, number][];
  filtered: boolean;
  inline: boolean;
}

/** A <col> element's 0-based span when it hides its columns (hidden="1"/"true", or a width of 0), else null. */
export function hiddenColumnSpan(raw: XmlAttributes): [number, number] | null {
  const hidden = raw.get('hidden');
  const width = raw.get('width');
  if (!(hidden === '1' || hidden === 'true' || (width !== undefined && Number(width) === 0))) return null;
  const min = Number(raw.get('min'));
  const max = Number(raw.get('max') ?? min);
  if (!Number.isInteger(min) || !Number.isInteger(max) || min < 1 || max < min) return null;
  return [min - 1, Math.min(max, LIMITS.maxColumns) - 1];
}

/** The handler of a worksheet part: cells (whole from the scanner's lane, or as events), rows and merges, into a sink. */
export class SheetHandler implements XmlHandler {
  sharedRefs = 0;
  readonly merges: CellRange[] = [];
  /** Whether a row without r came before any row with one (its index is counted on from rows this handler did not see). */
  relativeRow = false;
  private rowIndex = -1;
  private sawRow = false;
  private col = -1;
  private type: string | undefined;
  private style = 0;
  private value: string | undefined;
  private inline = '';
  private collecting: 'v' | 't' | null = null;
  private inInline = false;
  private phonetic = 0;

  constructor(private readonly sink: CellSink, private readonly dateStyles: readonly boolean[] | null, private readonly marks?: RowMarks) {}

  /** Whether nothing of a cell is open: where another handler may take over between two rows. */
  betweenRows(): boolean {
    return this.collecting === null && !this.inInline && this.phonetic === 0;
  }

  /** A cell's value into the sink from its type (t), style (s) and <v> text (or the lane's number). */
  private store(col: number, cellType: string | undefined, cellStyle: number, text: string | number | undefined): void {
    if (text === undefined) return;
    const dateStyles = this.dateStyles;
    if (typeof text === 'number') {
      // digits read by the scanner's cell lane: a shared string's index or a whole number
      if (cellType === 's') {
        this.sharedRefs++;
        this.sink.putShared(col, text);
      } else this.sink.put(col, dateStyles?.[cellStyle] ? text + DAYS_1900_TO_1904 : text);
      return;
    }
    let v: CellValue;
    switch (cellType) {
      case 's':
        this.sharedRefs++;
        this.sink.putShared(col, parseInt(text, 10));
        return;
      case 'str':
        v = text;
        break;
      case 'b':
        v = parseInt(text, 10) !== 0;
        break;
      case 'e':
        v = { error: text };
        break;
      case 'd':
        v = isoSerial(text);
        break;
      default: {
        const n = parseFloat(text);
        v = Number.isNaN(n) ? null : !Number.isFinite(n) ? { error: '#NUM!' } : dateStyles?.[cellStyle] ? n + DAYS_1900_TO_1904 : n;
      }
    }
    if (v !== null) this.sink.put(col, v);
  }

  /** A row opens (its 0-based index, read from r or counted on), as a <row> tag or the byte lane gives it. */
  rowStart(index: number, hidden: boolean): void {
    this.sawRow = true;
    this.rowIndex = index;
    if (this.rowIndex >= LIMITS.maxRows) throw refError('行号', String(this.rowIndex + 1));
    this.sink.startRow(this.rowIndex);
    this.col = -1;
    if (hidden && this.marks) this.marks.hiddenRows.push(this.rowIndex);
  }

  cell(column: number, cellStyle: number, cellType: string | undefined, text: string | number | undefined): void {
    this.col = column;
    this.store(column, cellType, cellStyle, text);
  }

  open(name: string, raw: XmlAttributes, selfClosing: boolean): void {
    switch (name) {
      case 'row': {
        const r = raw.get('r');
        if (r === undefined && !this.sawRow) this.relativeRow = true;
        const hidden = raw.get('hidden');
        this.rowStart(r !== undefined ? rowOf(r) : this.rowIndex + 1, hidden === '1' || hidden === 'true');
        break;
      }
      case 'c': {
        const ref = raw.get('r');
        this.col = ref !== undefined ? gridRef(ref).col : this.col + 1;
        if (this.col >= LIMITS.maxColumns) throw refError('列号', String(this.col + 1));
        this.type = raw.get('t');
        this.style = Number(raw.get('s') ?? 0);
        this.value = undefined;
        this.inline = '';
        this.inInline = false;
        break;
      }
      case 'v':
        if (!selfClosing) {
          this.collecting = 'v';
          this.value = '';
        }
        break;
      case 'is':
        this.inInline = true;
        if (this.marks) this.marks.inline = true;
        break;
      case 'col': {
        const span = this.marks ? hiddenColumnSpan(raw) : null;
        if (span) this.marks!.hiddenColumns.push(span);
        break;
      }
      case 'sheetPr':
        if (this.marks && (raw.get('filterMode') === '1' || raw.get('filterMode') === 'true')) this.marks.filtered = true;
        break;
      case 'filterColumn':
        if (this.marks) this.marks.filtered = true;
        break;
      case 'rPh':
        if (!selfClosing) this.phonetic++;
        break;
      case 't':
        if (this.inInline && this.phonetic === 0 && !selfClosing) this.collecting = 't';
        break;
      case 'mergeCell': {
        const ref = raw.get('ref');
        if (ref) this.merges.push(rangeOf(ref));
        break;
      }
      case 'dimension': {
        const ref = raw.get('ref');
        if (ref) rangeOf(ref);
        break;
      }
      default:
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.collecting = null;
        break;
      case 'rPh':
        this.phonetic = Math.max(0, this.phonetic - 1);
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'c':
        if (this.col < 0) break;
        if (this.type === 'inlineStr') this.sink.put(this.col, this.inline);
        else this.store(this.col, this.type, this.style, this.value);
        break;
      case 'row':
        this.sink.endRow();
        break;
      default:
        break;
    }
  }

  text(text: string): void {
    if (this.collecting === 'v') this.value += text;
    else if (this.collecting === 't') this.inline += text;
  }
}

/** The rows as FileWorkbook.readAll gives them: every row an array, holes null, covered cells of a merge empty; merges clamped. */
export function finishRows(rows: CellValue[][], merges: readonly CellRange[], budget: CellBudget): CellRange[] {
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) {
      rows[r] = [];
      continue;
    }
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  }
  budget.used += rows.length;
  if (budget.used > LIMITS.maxCells) throw tooManyCells();
  let width = 0;
  for (const cells of rows) width = Math.max(width, cells.length);
  const clamped = clampMerges(merges, rows.length, width);
  for (const m of clamped) {
    for (let r = m.top; r <= m.bottom; r++) {
      const cells = rows[r];
      for (let c = m.left; c <= m.right && c < cells.length; c++) if (r !== m.top || c !== m.left) cells[c] = null;
    }
  }
  return clamped;
}

/** One worksheet part read: its rows (values, dates as serials, formulas as cached results), merges, and how many cells refer to the shared strings. */
export async function readSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  shared: readonly string[],
  dateStyles: readonly boolean[] | null,
  options: ScanOptions,
  budget: CellBudget,
  marks?: RowMarks,
): Promise<{ rows: CellValue[][]; merges: CellRange[]; sharedRefs: number }> {
  const store = new RowStore(shared, budget);
  const handler = new SheetHandler(store, dateStyles, marks);
  await scanPart(bytes, entry, handler, options);
  const merges = finishRows(store.rows, handler.merges, budget);
  return { rows: store.rows, merges, sharedRefs: handler.sharedRefs };
}
