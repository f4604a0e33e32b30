// A sheet spec as chunks of rows, each one request under the payload budget, with its styles grouped
// into rectangles so that a 10k-row sheet is formatted in a few operations, not one per cell.
/// <reference types="office-js" />
import { CellRange } from '../../core/sheets/grid';
import { CellStyle, SheetSpec, SpecCell } from '../../core/sheets/sheet-spec';
import { BATCH_RESERVE, DEFAULT_REQUEST_BUDGET, OP_BYTES, RECT_ADDRESS_BYTES, RECT_GROUP, rowBytes } from './requests';
import { DateShift } from './date-system';
import { cellOut } from './values';


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
export function styleKey(style: CellStyle | undefined): string {
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
 * Dates follow the workbook's date system (`dateShift`, see cellOut).
 */
export function planWriteChunks(spec: SheetSpec, budget: number = DEFAULT_REQUEST_BUDGET - BATCH_RESERVE, groupStyles = true, dateShift: DateShift | null = 0): WriteChunk[] {
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
      const out = cellOut(sc?.value ?? null, sc?.style, dateShift);
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

