// The state behind the Excel double (excel-double.ts): sheets, cells, names, syncs, and Excel's rules on them (addresses, payload sizes).
import { civil, toSerial } from '../../src/core/dates/civil-date';
import { EXCEL_ERRORS, columnLetters } from '../../src/core/sheets/grid';

// https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins
// ("Excel on the web has a payload size limit for requests and responses of 5MB"; 5 million cells per read).
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;
// https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getmergedareasornullobject-member(1)
// ("If the merged areas count in this range is more than 512, then this method will fail to return the result.")
export const MERGED_AREA_LIMIT = 512;
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;

export class ExcelDoubleError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export interface Cell {
  value: string | number | boolean | null;
  formula?: string;
  numberFormat?: string;
  /** The value is an error (#N/A, #REF! …), not text that reads like one. */
  error?: boolean;
}

export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A write-only operation recorded on a sheet: format, validation, chart, freeze … */
export interface LoggedOp {
  readonly target: string; // A1 range or 'sheet'
  readonly path: string;
  readonly args: unknown[];
}

type Value = Cell['value'];

/**
 * A sheet's cells in per-row arrays (values, and formulas and number formats where any), no object
 * per cell: lean enough for a workbook of 500,000 rows. A cell exists once set, even without a value.
 */
export class SheetModel {
  static nextId = 1;
  readonly id = SheetModel.nextId++;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  /** values[r][c]: undefined where there is no cell, null for a cell without a value. */
  private readonly values: (Value | undefined)[][] = [];
  private readonly formulas: (string | undefined)[][] = [];
  private readonly formats: (string | undefined)[][] = [];
  /** Cells holding an error value, as "r,c". */
  private readonly errors = new Set<string>();
  /** Formula cells written while calculation was suspended and not calculated since, as "r,c". */
  readonly dirty = new Set<string>();
  merges: Rect[] = [];
  /** Sheet protection (Review → Protect Sheet): writes are refused. */
  protected = false;
  readonly log: LoggedOp[] = [];
  constructor(public name: string) {}

  /** Every cell by row then column, in order: a snapshot for assertions (changing it changes nothing). */
  get cells(): Map<number, Map<number, Cell>> {
    const out = new Map<number, Map<number, Cell>>();
    this.values.forEach((row, r) => {
      const cells = new Map<number, Cell>();
      row.forEach((_v, c) => {
        const cell = this.cell(r, c);
        if (cell) cells.set(c, cell);
      });
      if (cells.size) out.set(r, cells);
    });
    return out;
  }

  /** A copy of the cell: changing it changes nothing (setCell does). */
  cell(r: number, c: number): Cell | undefined {
    const value = this.values[r]?.[c];
    if (value === undefined) return undefined;
    const cell: Cell = { value };
    const formula = this.formulas[r]?.[c];
    if (formula !== undefined) cell.formula = formula;
    const numberFormat = this.formats[r]?.[c];
    if (numberFormat !== undefined) cell.numberFormat = numberFormat;
    if (this.errors.has(`${r},${c}`)) cell.error = true;
    return cell;
  }

  setCell(r: number, c: number, cell: Cell): void {
    this.put(r, c, cell.value, cell.formula, cell.numberFormat);
    if (cell.error) this.errors.add(`${r},${c}`);
  }

  /** Marks the cell's value as an error value (its text is the error's code). */
  setError(r: number, c: number, code: string): void {
    this.put(r, c, code, this.formulas[r]?.[c], this.formats[r]?.[c]);
    this.errors.add(`${r},${c}`);
  }

  /**
   * The cell's type as Range.valueTypes gives it: Empty, String, Double, Boolean or Error.
   * https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-valuetypes-member
   */
  valueTypeAt(r: number, c: number): 'Empty' | 'String' | 'Double' | 'Boolean' | 'Error' {
    if (this.errors.has(`${r},${c}`)) return 'Error';
    const v = this.valueAt(r, c);
    if (v === '') return 'Empty';
    return typeof v === 'number' ? 'Double' : typeof v === 'boolean' ? 'Boolean' : 'String';
  }

  /** Replaces the cell (r, c) with one of this value, formula and number format. */
  put(r: number, c: number, value: Value, formula: string | undefined, numberFormat: string | undefined): void {
    this.errors.delete(`${r},${c}`);
    if (formula === undefined) this.dirty.delete(`${r},${c}`);
    (this.values[r] ??= [])[c] = value ?? null;
    if (formula !== undefined) (this.formulas[r] ??= [])[c] = formula;
    else if (this.formulas[r]?.[c] !== undefined) this.formulas[r][c] = undefined;
    if (numberFormat !== undefined) (this.formats[r] ??= [])[c] = numberFormat;
    else if (this.formats[r]?.[c] !== undefined) this.formats[r][c] = undefined;
  }

  /** Sets the cell's number format, creating an empty cell where there is none. */
  setNumberFormat(r: number, c: number, numberFormat: string): void {
    const row = (this.values[r] ??= []);
    if (row[c] === undefined) row[c] = null;
    (this.formats[r] ??= [])[c] = numberFormat;
  }

  /** Every formula cell, as [row, col]. */
  formulaCells(): [number, number][] {
    const out: [number, number][] = [];
    this.formulas.forEach((row, r) => row?.forEach((f, c) => { if (f !== undefined) out.push([r, c]); }));
    return out;
  }

  formulaAt(r: number, c: number): string | undefined {
    return this.formulas[r]?.[c];
  }

  numberFormatAt(r: number, c: number): string | undefined {
    return this.formats[r]?.[c];
  }

  /** Bounding box of cells with a value (or, not valuesOnly, with a format too). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = Infinity, left = Infinity, bottom = -1, right = -1;
    this.values.forEach((row, r) => {
      const formulas = this.formulas[r];
      const formats = this.formats[r];
      row.forEach((value, c) => {
        if (value === undefined) return;
        const has = (value !== null && value !== '') || formulas?.[c] !== undefined || (!valuesOnly && formats?.[c] !== undefined);
        if (!has) return;
        top = Math.min(top, r); left = Math.min(left, c); bottom = Math.max(bottom, r); right = Math.max(right, c);
      });
    });
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  /** Values as Office.js returns them: '' for empty, text, numbers, booleans. */
  valueAt(r: number, c: number): string | number | boolean {
    const value = this.values[r]?.[c];
    if (value === undefined) return '';
    if (this.formulas[r]?.[c] !== undefined) return value ?? 0;
    return value ?? '';
  }
}

export interface NameModel {
  name: string;
  sheet: SheetModel | null;
  comment?: string;
}

/** What Excel's calculation gives a formula cell (a test's own evaluator; none: the value stays). */
export type Calculator = (sheet: SheetModel, row: number, col: number, formula: string) => Value;

export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  readonly ops: number;
  readonly calculationSuspended: boolean;
  readonly ok: boolean;
}

/** The workbook behind the double: sheets, names, and what every sync carried. */
export class WorkbookState {
  readonly sheets: SheetModel[] = [];
  readonly names: NameModel[] = [];
  readonly syncs: SyncRecord[] = [];
  activeSheet: SheetModel | null = null;
  selection: string | null = null;
  /** Fails the sync with this 1-based index (after counting it), before running anything. */
  failAtSync: number | null = null;
  /** Workbook structure protection (Review → Protect Workbook): sheets cannot be added, deleted, renamed or moved. */
  structureProtected = false;
  /** Evaluates formulas when Excel calculates them (automatic calculation, or calculate()). */
  calculator: Calculator | null = null;
  /** application.calculate calls, by type. */
  readonly calculations: string[] = [];
  /** Range.calculate calls. */
  rangeCalculations = 0;
  /**
   * Formulas Excel computes asynchronously (custom functions such as DUBAN.*): once calculated, the cell
   * shows #BUSY! for this many syncs before its value arrives (Infinity: never), and calculationState
   * does not wait for them (https://github.com/OfficeDev/office-js/issues/4152).
   */
  asyncFormula: ((formula: string) => boolean) | null = null;
  asyncSyncs = 0;
  /** Cells showing #BUSY!, by sheet id and "r,c": syncs left before the value arrives. */
  readonly busy = new Map<string, { sheet: SheetModel; r: number; c: number; left: number }>();
  /** How getMergedAreasOrNullObject fails over MERGED_AREA_LIMIT areas: a null object (as for none) or an error. */
  mergedOverLimit: 'null' | 'error' = 'null';
  /** calculationState stays Pending whatever is calculated (a volatile chart dependency, https://github.com/OfficeDev/office-js/issues/3319). */
  stuckPending = false;
  /**
   * The workbook uses the 1904 date system (Excel 选项 → 高级 → 使用 1904 日期系统; Excel for Mac's old
   * default): its cells hold 1904 serials, which Range.values returns and writes store as given.
   */
  date1904 = false;
  /** Worksheet functions evaluated through Workbook.functions (they change no cell), as NAME(args). */
  readonly functionCalls: string[] = [];

  /**
   * DATE(year, month, day) as this workbook calculates it: a year below 1900 is 1900 + year, a day
   * before the date system's first day is #NUM! (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
   */
  dateFunction(year: number, month: number, day: number): number | '#NUM!' {
    const y = year < 1900 ? year + 1900 : year;
    if (y > 9999 || (this.date1904 && y < 1904)) return '#NUM!';
    const serial = toSerial(civil(y, 1, 1)) + Math.round((Date.UTC(y, month - 1, day) - Date.UTC(y, 0, 1)) / 86_400_000);
    return this.date1904 ? serial - 1462 : serial;
  }

  /** 'Done' when no formula waits for a calculation, else 'Pending' (Excel.CalculationState). */
  get calculationState(): 'Done' | 'Pending' {
    if (this.stuckPending) return 'Pending';
    return this.sheets.some((s) => s.dirty.size > 0) ? 'Pending' : 'Done';
  }

  /** One sync has passed: asynchronous results due now arrive in their cells. */
  syncPassed(): void {
    for (const [key, b] of this.busy) {
      if (--b.left > 0) continue;
      this.busy.delete(key);
      this.putCalculated(b.sheet, b.r, b.c);
    }
  }

  private putCalculated(sheet: SheetModel, r: number, c: number): void {
    const formula = sheet.formulaAt(r, c);
    if (formula === undefined || !this.calculator) return;
    const cell = sheet.cell(r, c)!;
    const value = this.calculator(sheet, r, c, formula);
    sheet.put(r, c, value, formula, cell.numberFormat);
    if (typeof value === 'string' && EXCEL_ERRORS.includes(value)) sheet.setError(r, c, value);
  }

  /** Calculates a formula cell now (automatic calculation, or calculate()). */
  calculateCell(sheet: SheetModel, r: number, c: number): void {
    const formula = sheet.formulaAt(r, c);
    sheet.dirty.delete(`${r},${c}`);
    if (formula === undefined || !this.calculator) return;
    if (this.asyncFormula?.(formula) && this.asyncSyncs > 0) {
      const cell = sheet.cell(r, c)!;
      sheet.put(r, c, '#BUSY!', formula, cell.numberFormat);
      sheet.setError(r, c, '#BUSY!');
      this.busy.set(`${sheet.id}:${r},${c}`, { sheet, r, c, left: this.asyncSyncs });
      return;
    }
    this.putCalculated(sheet, r, c);
  }

  /** application.calculate: 'Recalculate' calculates the dirty cells, 'Full' every formula. */
  calculate(type: string): void {
    this.calculations.push(type);
    for (const sheet of this.sheets) {
      const cells = type === 'Full' ? sheet.formulaCells() : [...sheet.dirty].map((k) => k.split(',').map(Number) as [number, number]);
      for (const [r, c] of cells) this.calculateCell(sheet, r, c);
    }
  }

  addSheet(name: string): SheetModel {
    const sheet = new SheetModel(name);
    this.sheets.push(sheet);
    return sheet;
  }

  sheet(name: string): SheetModel | undefined {
    return this.sheets.find((s) => s.name === name);
  }

  get syncCount(): number {
    return this.syncs.length;
  }

}

// ---------------------------------------------------------------------------------------------
// Addresses

export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

export function rectA1(r: Rect): string {
  return `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`;
}

export function parseAddress(address: string): Rect {
  const a = address.includes('!') ? address.slice(address.lastIndexOf('!') + 1) : address;
  const clean = a.replace(/\$/g, '').trim();
  if (clean === '') return { top: 0, left: 0, bottom: MAX_ROWS - 1, right: MAX_COLS - 1 };
  let m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(clean);
  if (m) {
    const top = Number(m[2]) - 1, left = colIndex(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top, right = m[3] ? colIndex(m[3]) : left;
    return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
  }
  m = /^([A-Z]+):([A-Z]+)$/i.exec(clean);
  if (m) return { top: 0, left: colIndex(m[1]), bottom: MAX_ROWS - 1, right: colIndex(m[2]) };
  throw new ExcelDoubleError('InvalidArgument', `bad address ${address}`);
}

// ---------------------------------------------------------------------------------------------
// Payload

export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** Marks a range proxy (excel-double-range.ts), which travels in a request as a reference. */
export const RANGE_REFERENCE = Symbol('range reference');

export function bytesOf(value: unknown): number {
  // a Range argument travels as a reference; describe() would resolve it before its sheet exists
  return utf8Length(JSON.stringify(value, (_k, v) => (typeof v === 'object' && v !== null && RANGE_REFERENCE in v ? 'Sheet!A1:B2' : v)) ?? '');
}

/** bytesOf for a matrix of values (no ranges in it): the same count, without a replacer call per value. */
export function matrixBytes(matrix: unknown[][]): number {
  return utf8Length(JSON.stringify(matrix) ?? '');
}


/** Every value of a sheet as a grid of Office.js values (for assertions). */
export function sheetValues(sheet: SheetModel): (string | number | boolean)[][] {
  const rect = sheet.usedRect(true);
  if (!rect) return [];
  const out: (string | number | boolean)[][] = [];
  for (let r = 0; r <= rect.bottom; r++) {
    const row: (string | number | boolean)[] = [];
    for (let c = 0; c <= rect.right; c++) row.push(sheet.valueAt(r, c));
    out.push(row);
  }
  return out;
}
