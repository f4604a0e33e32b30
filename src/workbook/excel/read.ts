// Reading sheets through Office.js in a constant number of requests: used ranges and merged areas in
// bands, then values and number formats packed up to the payload budget, sized from what was measured.
/// <reference types="office-js" />
import { CellRange, CellValue, Grid } from '../../core/sheets/grid';
import { GENERATED_MARKER } from '../port';
import { DateShift, dateShiftOf, isDateCell, queueDateProbe, requireShift } from './date-system';
import { ExcelHost, INITIAL_READ_BYTES_PER_CELL, OP_BYTES, isSizeLimitError, rowBytes } from './requests';
import { fromExcelValue } from './values';


/** The sheet a range reference names: "'My Sheet'!$A$1" → My Sheet; null for #REF! and others. */
export function sheetOfReference(reference: string): string | null {
  const m = /^=?(?:'((?:[^']|'')+)'|([^'!#]+))!/.exec(reference.trim());
  if (!m) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
}

export interface Marker {
  readonly name: string;
  readonly sheet: string | null;
}

export function markersOf(names: Excel.NamedItemCollection): Marker[] {
  return names.items
    .filter((n) => n.name.startsWith(GENERATED_MARKER))
    .map((n) => ({ name: n.name, sheet: typeof n.value === 'string' ? sheetOfReference(n.value) : null }));
}


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
  /** Bands of the used range (first row relative to it, row count) whose merged areas are still to be asked for. */
  readonly mergeTodo: { row: number; count: number }[];
}

/**
 * Rows of one merged-areas request at first: getMergedAreasOrNullObject fails over 512 areas
 * (https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)),
 * so a sheet is asked in bands, halved after a failure. Over 512 areas Excel may also answer a null
 * object, the same answer as "no merged area" (issue 23): a null band of more than MERGED_AREA_LIMIT
 * cells is asked again in halves, down to bands that cannot hold more areas than that. Each area is
 * returned by the one band that holds its top-left cell (https://github.com/OfficeDev/office-js/issues/3611).
 */
const MERGE_BAND_ROWS = 400;
/** Merged-area bands asked for in one request at most. */
const MERGE_BANDS_PER_SYNC = 100;
/** Areas getMergedAreasOrNullObject answers at most; a band of no more cells cannot hold more areas (each has its own top-left cell). */
const MERGED_AREA_LIMIT = 512;

/** A band's rows in two halves (the first half first), for asking again. */
function halves(band: { row: number; count: number }): { row: number; count: number }[] {
  const first = Math.ceil(band.count / 2);
  return [{ row: band.row, count: first }, { row: band.row + first, count: band.count - first }];
}

/** Bands of MERGE_BAND_ROWS rows covering `rowCount` rows. */
function mergeBands(rowCount: number): { row: number; count: number }[] {
  const bands: { row: number; count: number }[] = [];
  for (let row = 0; row < rowCount; row += MERGE_BAND_ROWS) bands.push({ row, count: Math.min(MERGE_BAND_ROWS, rowCount - row) });
  return bands;
}

/**
 * Reads sheets in a constant number of requests however many rows: one for every sheet's used
 * range and merged areas, then requests of values and number formats packed up to the budget
 * (small sheets share one), each sized from what earlier requests measured.
 */
export async function readSheets(host: ExcelHost, only: readonly string[] | null): Promise<Grid[]> {
  const readMerges = host.supports('ExcelApi', '1.13');
  return host.run(async (context) => {
    let sheetNames = only;
    if (!sheetNames) {
      const all = context.workbook.worksheets.load('items/name');
      await context.sync();
      sheetNames = all.items.map((ws) => ws.name);
    }
    if (sheetNames.length === 0) return [];
    const names = context.workbook.names.load('items/name,items/type,items/value');
    // the date system rides on this first request: a 1904 workbook's dates are read 1,462 days less
    const dateProbe = queueDateProbe(context);
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
    const shift: DateShift | null = dateShiftOf(dateProbe);
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
      mergeTodo: readMerges && !used.isNullObject ? mergeBands(used.rowCount) : [],
    }));

    let bytesPerCell = INITIAL_READ_BYTES_PER_CELL;
    /** Bands whose merged areas were found (not null): their areas are loaded in the next request. */
    let found: { read: SheetRead; areas: Excel.RangeAreas }[] = [];
    for (;;) {
      const pending = reads.filter((s) => s.next < s.rowCount || s.mergeTodo.length > 0);
      if (pending.length === 0 && found.length === 0) break;
      const loads: { read: SheetRead; row: number; count: number; range: Excel.Range }[] = [];
      const bands: { read: SheetRead; row: number; count: number; areas: Excel.RangeAreas }[] = [];
      const areaLoads = found.map(({ read, areas }) => ({ read, items: areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount') }));
      const foundBefore = found;
      found = [];
      let bytes = areaLoads.length * OP_BYTES;
      let cells = 0;
      for (const read of pending) {
        const sheet = context.workbook.worksheets.getItem(read.target.name);
        while (read.mergeTodo.length > 0 && bands.length < MERGE_BANDS_PER_SYNC) {
          const { row, count } = read.mergeTodo.shift()!;
          const band = sheet.getRangeByIndexes(read.rowIndex + row, read.columnIndex, count, read.columnCount);
          bands.push({ read, row, count, areas: band.getMergedAreasOrNullObject().load('areaCount') });
          bytes += OP_BYTES;
        }
        while (read.next < read.rowCount) {
          const perRow = read.columnCount * bytesPerCell;
          const byBytes = Math.floor((host.budget - bytes) / perRow);
          const byCells = Math.floor((host.cellBudget - cells) / read.columnCount);
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
        if (bytes >= host.budget || cells >= host.cellBudget) break;
      }
      try {
        await context.sync();
      } catch (error) {
        const rowsAsked = loads.reduce((n, l) => n + l.count, 0);
        const retry = () => {
          for (const l of [...loads].reverse()) l.read.next = l.row;
          for (const b of [...bands].reverse()) b.read.mergeTodo.unshift({ row: b.row, count: b.count });
          found = foundBefore;
        };
        // Over a limit after all (cells much longer than measured so far): read less at a time.
        if (isSizeLimitError(error) && rowsAsked > 1) {
          retry();
          bytesPerCell *= 16;
          continue;
        }
        // A band over 512 merged areas (the error's code is not documented): halve the bands.
        if (bands.some((b) => b.count > 1)) {
          for (const l of [...loads].reverse()) l.read.next = l.row;
          for (const b of [...bands].reverse()) b.read.mergeTodo.unshift(...(b.count > 1 ? halves(b) : [{ row: b.row, count: b.count }]));
          found = foundBefore;
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
            const f = fRow[c];
            const v = vRow[c];
            // core's serials are 1900-system ones: a date of a 1904 workbook moves 1,462 days on (never guessed)
            outValues.push(shift !== 0 && isDateCell(v, f) ? v + requireShift(shift) : fromExcelValue(v, tRow[c] ?? 'String'));
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
      for (const b of [...bands].reverse()) {
        if (!b.areas.isNullObject) {
          if (b.areas.areaCount > 0) found.push({ read: b.read, areas: b.areas });
        } else if (b.count > 1 && b.count * b.read.columnCount > MERGED_AREA_LIMIT) {
          b.read.mergeTodo.unshift(...halves(b)); // none, or more than 512: asked again in halves
        }
      }
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
