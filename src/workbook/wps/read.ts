// Reading sheets through WPS 表格's synchronous object model in slices: Value2 by row chunks sized to
// the slice time, number formats and merged areas found by halving ranges (ET answers one format
// or null for a range, and has no list of merged areas), and a large saved workbook read from its
// file by the bounded streaming reader instead.
import { CellRange, CellValue, Grid, rangeA1 } from '../../core/sheets/grid';
import { DateShift, isDateCell, requireShift } from '../excel/date-system';
import { workbookDateShift } from './date-system';
import { sheetOfReference } from '../excel/read';
import { readXlsxGrids } from '../package/xlsx-stream';
import { GENERATED_MARKER } from '../port';
import { Area, CV_ERRORS, EtObject, XL, areaOf, call, get, itemsOf, matrixOf } from './et';
import { MAX_CHUNK_CELLS, WpsHost, activeWorkbook } from './host';

/** Cells of the first chunk, before the time per cell was measured. */
const FIRST_CHUNK_CELLS = 2_000;

export interface SheetRef {
  readonly ws: EtObject;
  readonly name: string;
  readonly hidden: boolean;
}

/** The workbook's worksheets in order. */
export function sheetsOf(wb: EtObject): SheetRef[] {
  return itemsOf(get<EtObject>(wb, 'Worksheets')).map((ws) => {
    const visible = get(ws, 'Visible');
    return { ws, name: String(get(ws, 'Name')), hidden: !(visible === XL.sheetVisible || visible === true) };
  });
}

export interface Marker {
  readonly name: string;
  /** The sheet it points at; null when the sheet is gone (#REF!). */
  readonly sheet: string | null;
  readonly item: EtObject;
}

/** Duban's marker names (DUBAN_GENERATED_n → the generated sheet's A1). */
export function markersOf(wb: EtObject): Marker[] {
  const out: Marker[] = [];
  for (const item of itemsOf(get<EtObject>(wb, 'Names'))) {
    const name = String(get(item, 'Name'));
    // a sheet-scoped name reads as Sheet!Name: Duban's are workbook-scoped
    if (!name.startsWith(GENERATED_MARKER)) continue;
    const refersTo = get(item, 'RefersTo');
    out.push({ name, sheet: typeof refersTo === 'string' ? sheetOfReference(refersTo) : null, item });
  }
  return out;
}

/** A value as Value2 gives it → a grid value (empty → null, a CVErr code → {error}). */
export function fromEtValue(value: unknown): CellValue {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value === 'number') {
    const error = CV_ERRORS.get(value);
    return error ? { error } : Number.isFinite(value) ? value : null;
  }
  if (typeof value === 'boolean' || typeof value === 'string') return value;
  return null;
}

function cellAddress(row: number, col: number): string {
  return rangeA1({ top: row, left: col, bottom: row, right: col });
}

function rangeOf(ws: EtObject, rect: CellRange): EtObject {
  return call<EtObject>(ws, 'Range', rangeA1(rect));
}

/** Reads sheets (all when `only` is null) in slices; a large saved workbook from its file. */
export async function readSheets(host: WpsHost, only: readonly string[] | null): Promise<Grid[]> {
  host.slicer.begin();
  const wb = activeWorkbook(host);
  const all = sheetsOf(wb);
  let targets = all;
  if (only) {
    const missing = only.filter((n) => !all.some((s) => s.name === n));
    if (missing.length) throw new Error(`没有名为“${missing.join('、')}”的工作表`);
    targets = only.map((n) => all.find((s) => s.name === n)!);
  }
  const used = targets.map((t) => areaOf(get<EtObject>(t.ws, 'UsedRange')));
  const cells = used.reduce((n, a) => n + a.rows * a.cols, 0);
  if (cells >= host.fileReadCells) {
    const fromFile = await readSavedFile(host, wb);
    if (fromFile) {
      host.slicer.close();
      return targets.map((t) => fromFile.find((g) => g.name === t.name) ?? { name: t.name, rows: [], merges: [], hidden: t.hidden });
    }
  }
  const generated = new Set(markersOf(wb).map((m) => m.sheet));
  const shift = workbookDateShift(wb, host.application());
  const grids: Grid[] = [];
  for (let i = 0; i < targets.length; i++) grids.push(await readSheet(host, targets[i], used[i], generated.has(targets[i].name), shift));
  host.slicer.close();
  return grids;
}

/**
 * The saved workbook's grids by the bounded streaming reader (the CLI's reader, with its limits on
 * hostile files), when WPS gives the file: saved (no unsaved edits), an .xlsx/.xlsm, readable.
 */
async function readSavedFile(host: WpsHost, wb: EtObject): Promise<Grid[] | null> {
  if (!host.readFile) return null;
  const saved = get(wb, 'Saved');
  if (saved !== true && saved !== -1) return null; // -1: VARIANT_TRUE, as a build may hand it over
  const path = String(get(wb, 'FullName') ?? '');
  if (!/\.xls[xm]$/i.test(path)) return null;
  const bytes = host.readFile(path);
  if (!bytes) return null;
  return readXlsxGrids(bytes);
}

async function readSheet(host: WpsHost, target: SheetRef, area: Area, generated: boolean, shift: DateShift | null): Promise<Grid> {
  const { ws } = target;
  const rows: CellValue[][] = [];
  const formats: (string | null)[][] = [];
  const merges = new Map<string, CellRange>();
  let chunkCells = FIRST_CHUNK_CELLS;
  for (let r0 = 0; r0 < area.rows; ) {
    const count = Math.max(1, Math.min(area.rows - r0, Math.floor(chunkCells / area.cols)));
    const rect = { top: area.row + r0, left: area.col, bottom: area.row + r0 + count - 1, right: area.col + area.cols - 1 };
    const started = host.slicer.now();
    const values = matrixOf(get(rangeOf(ws, rect), 'Value2'), count, area.cols);
    const chunk = values.map((row) => row.map(fromEtValue));
    const chunkFormats = readFormats(ws, rect, chunk);
    // core's serials are 1900-system ones: a 1904 workbook's dates move 1,462 days on (refused when unknown)
    if (shift !== 0) {
      for (let i = 0; i < count; i++) {
        for (let c = 0; c < chunk[i].length; c++) {
          const v = chunk[i][c];
          if (isDateCell(v, chunkFormats[i][c])) chunk[i][c] = v + requireShift(shift);
        }
      }
    }
    findMerges(ws, rect, merges);
    for (let i = 0; i < count; i++) {
      const r = rect.top + i;
      const outValues: CellValue[] = new Array(area.col).fill(null).concat(chunk[i]);
      const outFormats: (string | null)[] = new Array(area.col).fill(null).concat(chunkFormats[i]);
      let last = outValues.length;
      while (last > 0 && outValues[last - 1] === null) last--;
      rows[r] = outValues.slice(0, last);
      formats[r] = outFormats.slice(0, last);
    }
    r0 += count;
    // the next chunk sized so that it takes about half a slice at the time per cell just measured
    const perCell = (host.slicer.now() - started) / (count * area.cols);
    chunkCells = Math.min(MAX_CHUNK_CELLS, Math.max(area.cols, Math.floor(host.slicer.sliceMs / 2 / Math.max(perCell, 1e-6))));
    await host.slicer.maybePause();
  }
  const out: CellValue[][] = [];
  const outFormats: (string | null)[][] = [];
  for (let r = 0; r < area.row + area.rows; r++) {
    out.push(rows[r] ?? []);
    outFormats.push(formats[r] ?? []);
  }
  // covered cells of a merged area are empty, whatever the host keeps under them
  for (const m of merges.values()) {
    for (let r = m.top; r <= m.bottom; r++) for (let c = m.left; c <= m.right; c++) if ((r !== m.top || c !== m.left) && out[r] && c < out[r].length) out[r][c] = null;
  }
  for (const row of out) while (row.length && row[row.length - 1] === null) row.pop();
  for (let r = 0; r < out.length; r++) outFormats[r] = outFormats[r].slice(0, out[r].length);
  while (out.length && out[out.length - 1].length === 0) {
    out.pop();
    outFormats.pop();
  }
  return {
    name: target.name,
    rows: out,
    merges: [...merges.values()].sort((a, b) => a.top - b.top || a.left - b.left),
    numberFormats: outFormats,
    hidden: target.hidden,
    generated,
  };
}

/**
 * Number formats of the chunk's numbers (a format only matters for a number: date, percentage): per
 * column, one NumberFormat read for a run of rows, halved where ET answers null (formats differ).
 * https://learn.microsoft.com/office/vba/api/excel.range.numberformat ("returns Null if all cells in
 * the specified range don't have the same number format"). Text columns cost no call.
 */
function readFormats(ws: EtObject, rect: CellRange, chunk: readonly CellValue[][]): (string | null)[][] {
  const out = chunk.map((row) => new Array<string | null>(row.length).fill(null));
  const fill = (top: number, bottom: number, c: number) => {
    let any = false;
    for (let r = top; r <= bottom && !any; r++) any = typeof chunk[r][c] === 'number';
    if (!any) return;
    const f = get(rangeOf(ws, { top: rect.top + top, left: rect.left + c, bottom: rect.top + bottom, right: rect.left + c }), 'NumberFormat');
    if (typeof f === 'string') {
      const code = f === 'General' || f === 'G/通用格式' ? null : f;
      for (let r = top; r <= bottom; r++) if (typeof chunk[r][c] === 'number') out[r][c] = code;
      return;
    }
    if (top === bottom) return;
    const mid = Math.floor((top + bottom) / 2);
    fill(top, mid, c);
    fill(mid + 1, bottom, c);
  };
  for (let c = 0; c <= rect.right - rect.left; c++) fill(0, rect.bottom - rect.top, c);
  return out;
}

/**
 * Merged areas within a rectangle: MergeCells is false (none), true (all merged) or null (some),
 * https://learn.microsoft.com/office/vba/api/excel.range.mergecells; where not false, the first
 * cell's MergeArea is taken, and the rest halved until every merged cell is accounted for.
 */
function findMerges(ws: EtObject, rect: CellRange, found: Map<string, CellRange>): void {
  const merged = get(rangeOf(ws, rect), 'MergeCells');
  if (merged === false) return;
  const area = areaOf(get<EtObject>(call<EtObject>(ws, 'Range', cellAddress(rect.top, rect.left)), 'MergeArea'));
  const m = { top: area.row, left: area.col, bottom: area.row + area.rows - 1, right: area.col + area.cols - 1 };
  if (area.rows * area.cols > 1) found.set(`${m.top},${m.left},${m.bottom},${m.right}`, m);
  const single = rect.top === rect.bottom && rect.left === rect.right;
  if (single || (m.top <= rect.top && m.left <= rect.left && m.bottom >= rect.bottom && m.right >= rect.right)) return;
  if (rect.bottom - rect.top >= rect.right - rect.left) {
    const mid = Math.floor((rect.top + rect.bottom) / 2);
    findMerges(ws, { ...rect, bottom: mid }, found);
    findMerges(ws, { ...rect, top: mid + 1 }, found);
  } else {
    const mid = Math.floor((rect.left + rect.right) / 2);
    findMerges(ws, { ...rect, right: mid }, found);
    findMerges(ws, { ...rect, left: mid + 1 }, found);
  }
}
