// A test double of Excel's JavaScript object model, enough for OfficeWorkbook: operations queue on
// proxies and run at context.sync(); every sync is counted and its request and response payloads
// measured, and a sync over Excel on the web's limits (5 MB, 5,000,000 cells read) is rejected.
// It coerces written text as Excel does (=1+1 becomes a formula unless the cell's format is '@').
// Stricter than Office.js needs to be kind, each rule citing Microsoft's page:
// - getMergedAreasOrNullObject returns only the areas whose top-left cell lies in the range
//   (https://github.com/OfficeDev/office-js/issues/3611), and over 512 areas it fails
//   (MERGED_AREA_LIMIT), as an error or, by default, as a null object, the answer for "none" too
//   (mergedOverLimit; issue 23 of this project, from Microsoft's "fail to return the result");
// - formulas written with calculation suspended keep stale values until an explicit calculate();
// - freeze panes and AutoFilter set on a hidden sheet are lost;
// - error values and text that looks like one are told apart only by valueTypes;
// - protected sheets and a protected workbook structure refuse writes (AccessDenied);
// - an asynchronous (custom) function's cell shows #BUSY! for a while after it is calculated, while
//   calculationState may already say Done (asyncSyncs; office-js issue 4152, stale values and #BUSY!),
//   and calculationState can stay Pending for good (stuckPending; office-js issue 3319);
// - a workbook saved with the 1904 date system (date1904) holds, returns and takes serials 1,462 less
//   for the same day, and Workbook.functions.date counts from 1904-01-01 (#NUM! before 1904):
//   https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system and
//   https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)
//   ("year: a number from 1900 or 1904 (depending on the workbook's date system) to 9999").
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
export class WorkbookModel {
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

  /** Excel.run for OfficeWorkbook: a fresh request context per run. */
  readonly run = <T>(batch: (context: never) => Promise<T>): Promise<T> => batch(new FakeContext(this) as never);
}

// ---------------------------------------------------------------------------------------------
// Addresses

function colIndex(letters: string): number {
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

function bytesOf(value: unknown): number {
  // a Range argument travels as a reference; describe() would resolve it before its sheet exists
  return utf8Length(JSON.stringify(value, (_k, v) => (v instanceof RangeProxy ? 'Sheet!A1:B2' : v)) ?? '');
}

/** bytesOf for a matrix of values (no ranges in it): the same count, without a replacer call per value. */
function matrixBytes(matrix: unknown[][]): number {
  return utf8Length(JSON.stringify(matrix) ?? '');
}

// ---------------------------------------------------------------------------------------------
// Proxies

type Op = { bytes: number; run: () => number | void };

class FakeContext {
  private queue: Op[] = [];
  private suspended = false;
  readonly workbook: WorkbookProxy;

  constructor(readonly model: WorkbookModel) {
    this.workbook = new WorkbookProxy(this);
  }

  enqueue(bytes: number, run: () => number | void): void {
    this.queue.push({ bytes: bytes + 40, run });
  }

  suspend(): void {
    this.enqueue(10, () => undefined);
    this.suspended = true;
  }

  /** Whether the sync running now had calculation suspended (formulas it writes are not calculated). */
  calculationSuspended = false;

  /**
   * A formula just written: calculated at once (automatic calculation), or, with calculation
   * suspended, left with its stale value until calculate(): "Once set, it is the developer's
   * responsibility to re-calc the workbook" —
   * https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
   */
  formulaWritten(sheet: SheetModel, r: number, c: number): void {
    if (this.calculationSuspended) sheet.dirty.add(`${r},${c}`);
    else this.model.calculateCell(sheet, r, c);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const suspended = this.suspended;
    this.calculationSuspended = suspended;
    this.cellsRead = 0;
    this.queue = [];
    this.suspended = false;
    const requestBytes = queue.reduce((n, op) => n + op.bytes, 0);
    const index = this.model.syncs.length + 1;
    const record = (responseBytes: number, ok: boolean) =>
      this.model.syncs.push({ requestBytes, responseBytes, ops: queue.length, calculationSuspended: suspended, ok });
    if (this.model.failAtSync === index) {
      record(0, false);
      throw new ExcelDoubleError('GeneralException', `simulated failure at sync ${index}`);
    }
    if (requestBytes > PAYLOAD_LIMIT) {
      record(0, false);
      throw new ExcelDoubleError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    let responseBytes = 0;
    try {
      for (const op of queue) {
        const out = op.run();
        if (typeof out === 'number') responseBytes += out;
      }
    } catch (e) {
      record(responseBytes, false);
      throw e;
    }
    const cellsRead = this.cellsRead;
    this.cellsRead = 0;
    if (cellsRead > READ_CELL_LIMIT) {
      record(responseBytes, false);
      throw new ExcelDoubleError('RangeExceedsLimit', `${cellsRead} cells read`);
    }
    if (responseBytes > PAYLOAD_LIMIT) {
      record(responseBytes, false);
      throw new ExcelDoubleError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
    }
    record(responseBytes, true);
    this.model.syncPassed();
  }

  cellsRead = 0;
}

/** A proxy that needs load() and sync() before its properties can be read. */
abstract class Loadable {
  protected loaded = new Map<string, unknown>();
  protected isNull = false;
  protected nullable = false;

  constructor(protected readonly context: FakeContext) {}

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (!this.loaded.has('$resolved')) throw new ExcelDoubleError('PropertyNotLoaded', 'isNullObject before sync');
    return this.isNull;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new ExcelDoubleError('PropertyNotLoaded', `${prop} was not loaded`);
    return this.loaded.get(prop) as T;
  }
}

/**
 * Refuses a write to a protected sheet as Excel does (AccessDenied):
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection and
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes
 */
function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) throw new ExcelDoubleError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
}

/** Refuses a change to the sheets of a workbook whose structure is protected (AccessDenied). */
function assertStructure(model: WorkbookModel): void {
  if (model.structureProtected) throw new ExcelDoubleError('AccessDenied', 'The workbook structure is protected.');
}

/**
 * Freeze panes and AutoFilter set while the sheet is hidden do not take (known to misbehave; the
 * sheet should be visible first): the double drops them, so only code that formats a visible sheet passes.
 */
const VISIBLE_ONLY = /^(freezePanes|autoFilter)\b/;

/** Records write-only calls and property sets (format, validation, charts …) as logged ops. */
function recorder(context: FakeContext, sheetOf: () => SheetModel, target: () => string, path: string): unknown {
  const fn = function () {} as unknown as object;
  return new Proxy(fn, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      return recorder(context, sheetOf, target, `${path}.${String(prop)}`);
    },
    set(_t, prop, value) {
      context.enqueue(bytesOf(value) + path.length, () => {
        assertWritable(sheetOf());
        if (VISIBLE_ONLY.test(path) && sheetOf().visibility !== 'Visible') return;
        sheetOf().log.push({ target: target(), path: `${path}.${String(prop)}`, args: [value instanceof RangeProxy ? value.describe() : value] });
      });
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      context.enqueue(bytesOf(args) + path.length, () => {
        assertWritable(sheetOf());
        if (VISIBLE_ONLY.test(path) && sheetOf().visibility !== 'Visible') return;
        sheetOf().log.push({ target: target(), path, args: args.map((a) => (a instanceof RangeProxy ? a.describe() : a)) });
      });
      return recorder(context, sheetOf, target, `${path}()`);
    },
  });
}

/** workbook.protection / worksheet.protection: `protected`, after load and sync. */
class ProtectionProxy extends Loadable {
  constructor(context: FakeContext, private readonly isProtected: () => boolean) {
    super(context);
  }
  load(_props?: string): this {
    this.context.enqueue(20, () => {
      this.loaded.set('protected', this.isProtected());
      return 20;
    });
    return this;
  }
  get protected(): boolean {
    return this.read('protected');
  }
}

/**
 * workbook.application: suspendApiCalculationUntilNextSync, calculate(type) and calculationState
 * (https://learn.microsoft.com/javascript/api/excel/excel.application).
 */
class ApplicationProxy extends Loadable {
  suspendApiCalculationUntilNextSync(): void {
    this.context.suspend();
  }
  calculate(type: string): void {
    this.context.enqueue(20, () => this.context.model.calculate(type));
  }
  load(_props?: string): this {
    this.context.enqueue(20, () => {
      this.loaded.set('calculationState', this.context.model.calculationState);
      return 20;
    });
    return this;
  }
  get calculationState(): string {
    return this.read('calculationState');
  }
}

/** A FunctionResult of Workbook.functions: `value` and `error` after load and sync. */
class FunctionResultProxy extends Loadable {
  constructor(context: FakeContext, private readonly evaluate: () => number | string) {
    super(context);
  }
  load(_props?: string): this {
    this.context.enqueue(40, () => {
      const out = this.evaluate();
      const error = typeof out === 'string' && out.startsWith('#');
      this.loaded.set('value', error ? null : out);
      this.loaded.set('error', error ? out : null);
      return 40;
    });
    return this;
  }
  get value(): unknown {
    return this.read('value');
  }
  get error(): string | null {
    return this.read('error');
  }
}

/**
 * Workbook.functions (ExcelApi 1.2): worksheet functions evaluated without a cell
 * (https://learn.microsoft.com/javascript/api/excel/excel.functions); only DATE is modelled.
 */
class FunctionsProxy {
  constructor(private readonly context: FakeContext) {}
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.context, () => {
      this.context.model.functionCalls.push(`DATE(${year},${month},${day})`);
      return this.context.model.dateFunction(year, month, day);
    });
  }
}

class WorkbookProxy {
  readonly worksheets: WorksheetCollectionProxy;
  readonly names: NameCollectionProxy;
  readonly application: ApplicationProxy;
  readonly protection: ProtectionProxy;
  readonly functions: FunctionsProxy;
  constructor(context: FakeContext) {
    this.worksheets = new WorksheetCollectionProxy(context);
    this.names = new NameCollectionProxy(context);
    this.application = new ApplicationProxy(context);
    this.protection = new ProtectionProxy(context, () => context.model.structureProtected);
    this.functions = new FunctionsProxy(context);
  }
}

class WorksheetCollectionProxy extends Loadable {
  load(_props?: string): this {
    this.context.enqueue(20, () => {
      const items = this.context.model.sheets.map((s) => WorksheetProxy.bound(this.context, s));
      for (const item of items) item.loadAll();
      this.loaded.set('items', items);
      return bytesOf(this.context.model.sheets.map((s) => ({ name: s.name, visibility: s.visibility })));
    });
    return this;
  }
  get items(): WorksheetProxy[] {
    return this.read('items');
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.context, () => {
      const s = this.context.model.sheet(name);
      if (!s) throw new ExcelDoubleError('ItemNotFound', `no sheet ${name}`);
      return s;
    });
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    const p = new WorksheetProxy(this.context, () => this.context.model.sheet(name) ?? null, true);
    this.context.enqueue(20, () => p.resolveNow());
    return p;
  }
  add(name: string): WorksheetProxy {
    let created: SheetModel | null = null;
    const p = new WorksheetProxy(this.context, () => created);
    this.context.enqueue(utf8Length(name), () => {
      assertStructure(this.context.model);
      if (this.context.model.sheet(name)) throw new ExcelDoubleError('ItemAlreadyExists', `sheet ${name} exists`);
      created = this.context.model.addSheet(name);
    });
    return p;
  }
}

class WorksheetProxy extends Loadable {
  private resolved: SheetModel | null | undefined;

  constructor(context: FakeContext, private readonly resolver: () => SheetModel | null, nullable = false) {
    super(context);
    this.nullable = nullable;
  }

  static bound(context: FakeContext, sheet: SheetModel): WorksheetProxy {
    const p = new WorksheetProxy(context, () => sheet);
    p.resolved = sheet;
    return p;
  }

  sheet(): SheetModel {
    if (this.resolved === undefined) this.resolved = this.resolver();
    if (!this.resolved) throw new ExcelDoubleError('InvalidObjectPath', 'sheet does not exist');
    if (!this.context.model.sheets.includes(this.resolved)) throw new ExcelDoubleError('InvalidObjectPath', 'sheet was deleted');
    return this.resolved;
  }

  resolveNow(): void {
    if (this.resolved === undefined) this.resolved = this.resolver();
    this.isNull = this.resolved === null;
    this.loaded.set('$resolved', true);
  }

  loadAll(): void {
    const s = this.sheet();
    this.loaded.set('name', s.name);
    this.loaded.set('visibility', s.visibility);
    this.loaded.set('position', this.context.model.sheets.indexOf(s));
  }

  load(_props?: string): this {
    this.context.enqueue(20, () => {
      this.loadAll();
      return 40;
    });
    return this;
  }

  get name(): string {
    return this.read('name');
  }
  set name(value: string) {
    this.context.enqueue(utf8Length(value), () => {
      const s = this.sheet();
      if (s.name !== value) assertStructure(this.context.model);
      if (value.length > 31 || /[:\\/?*[\]]/.test(value)) throw new ExcelDoubleError('InvalidArgument', `bad sheet name ${value}`);
      if (this.context.model.sheets.some((o) => o !== s && o.name === value)) throw new ExcelDoubleError('ItemAlreadyExists', `sheet ${value} exists`);
      s.name = value;
    });
  }
  get visibility(): string {
    return this.read('visibility');
  }
  set visibility(value: 'Visible' | 'Hidden' | 'VeryHidden') {
    this.context.enqueue(20, () => {
      const s = this.sheet();
      if (s.visibility !== value) assertStructure(this.context.model);
      if (value !== 'Visible' && !this.context.model.sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw new ExcelDoubleError('InvalidOperation', 'a workbook must keep a visible sheet');
      }
      s.visibility = value;
    });
  }
  get position(): number {
    return this.read('position');
  }
  set position(value: number) {
    this.context.enqueue(20, () => {
      const s = this.sheet();
      const sheets = this.context.model.sheets;
      if (sheets.indexOf(s) !== value) assertStructure(this.context.model);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(Math.min(value, sheets.length), 0, s);
    });
  }
  set tabColor(value: string) {
    this.context.enqueue(20, () => this.sheet().log.push({ target: 'sheet', path: 'tabColor', args: [value] }));
  }

  delete(): void {
    this.context.enqueue(20, () => {
      const s = this.sheet();
      const sheets = this.context.model.sheets;
      assertStructure(this.context.model);
      if (s.visibility === 'Visible' && !sheets.some((o) => o !== s && o.visibility === 'Visible')) {
        throw new ExcelDoubleError('InvalidOperation', 'cannot delete the last visible sheet');
      }
      sheets.splice(sheets.indexOf(s), 1);
      for (const n of this.context.model.names) if (n.sheet === s) n.sheet = null;
    });
  }

  activate(): void {
    this.context.enqueue(20, () => {
      this.context.model.activeSheet = this.sheet();
    });
  }

  getRange(address = ''): RangeProxy {
    return new RangeProxy(this.context, this, () => parseAddress(address));
  }

  get protection(): ProtectionProxy {
    return new ProtectionProxy(this.context, () => this.sheet().protected);
  }

  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.context, this, () => ({ top: row, left: col, bottom: row + rows - 1, right: col + cols - 1 }));
  }

  /** Several ranges at once (RangeAreas): formatting them records one op per area. */
  getRanges(address: string): { format: unknown } {
    const areas = address.split(',').map((a) => a.trim());
    const self = this;
    return {
      get format() {
        return recorder(self.context, () => self.sheet(), () => areas.map((a) => rectA1(parseAddress(a))).join(','), 'format');
      },
    };
  }

  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.context, this, () => this.sheet().usedRect(valuesOnly), true);
  }

  get freezePanes(): unknown {
    return recorder(this.context, () => this.sheet(), () => 'sheet', 'freezePanes');
  }
  get autoFilter(): unknown {
    return recorder(this.context, () => this.sheet(), () => 'sheet', 'autoFilter');
  }
  get charts(): unknown {
    return recorder(this.context, () => this.sheet(), () => 'sheet', 'charts');
  }
  get pageLayout(): unknown {
    return recorder(this.context, () => this.sheet(), () => 'sheet', 'pageLayout');
  }
}

class RangeAreasProxy extends Loadable {
  private readonly compute: () => { rects: Rect[]; cells: number } | null;
  constructor(context: FakeContext, compute: () => { rects: Rect[]; cells: number } | null, areaLimit = Infinity) {
    super(context);
    this.nullable = true;
    this.compute = () => {
      const result = compute();
      if (result && result.rects.length > areaLimit) {
        throw new ExcelDoubleError('GeneralException', `${result.rects.length} merged areas: more than ${areaLimit}, the method fails`);
      }
      return result;
    };
  }
  load(_props?: string): this {
    this.context.enqueue(20, () => {
      const result = this.compute();
      this.isNull = !result;
      this.loaded.set('$resolved', true);
      this.loaded.set('areaCount', result?.rects.length ?? 0);
      this.loaded.set('cellCount', result?.cells ?? 0);
      return 20;
    });
    return this;
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get areas(): { load(props: string): { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] } } {
    const holder = { loaded: null as null | { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] };
    const collection = {
      get items() {
        if (!holder.loaded) throw new ExcelDoubleError('PropertyNotLoaded', 'areas not loaded');
        return holder.loaded;
      },
    };
    return {
      load: () => {
        this.context.enqueue(20, () => {
          const result = this.compute();
          if (!result) throw new ExcelDoubleError('InvalidObjectPath', 'areas of a null object');
          holder.loaded = result.rects.map((r) => ({ rowIndex: r.top, columnIndex: r.left, rowCount: r.bottom - r.top + 1, columnCount: r.right - r.left + 1 }));
          return bytesOf(holder.loaded);
        });
        return collection;
      },
    };
  }
}

/** Numbers, dates and logicals Excel makes of typed text (a simplified parser, enough for the tests). */
export function coerce(text: string): { value: string | number | boolean | null; formula?: string } {
  if (/^[=+-]/.test(text) && text.length > 1) return { value: null, formula: text.startsWith('=') ? text : `=${text}` };
  const t = text.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return { value: Number(t) };
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t) };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return { value: 45000 }; // a date serial: good enough to be "not text"
  return { value: text };
}

class RangeProxy extends Loadable {
  private rectCache: Rect | null | undefined;

  constructor(
    context: FakeContext,
    private readonly ws: WorksheetProxy,
    private readonly resolver: () => Rect | null,
    nullable = false,
  ) {
    super(context);
    this.nullable = nullable;
  }

  rect(): Rect {
    if (this.rectCache === undefined) this.rectCache = this.resolver();
    if (!this.rectCache) throw new ExcelDoubleError('InvalidObjectPath', 'null range');
    return this.rectCache;
  }

  sheetModel(): SheetModel {
    return this.ws.sheet();
  }

  describe(): string {
    try {
      return `${this.ws.sheet().name}!${rectA1(this.rect())}`;
    } catch {
      return '(unresolved)';
    }
  }

  private dims(): [number, number] {
    const r = this.rect();
    return [r.bottom - r.top + 1, r.right - r.left + 1];
  }

  load(props = ''): this {
    const wanted = props.split(',').map((p) => p.trim()).filter(Boolean);
    this.context.enqueue(utf8Length(props), () => {
      if (this.rectCache === undefined) this.rectCache = this.resolver();
      this.isNull = this.rectCache === null;
      this.loaded.set('$resolved', true);
      if (this.isNull) return 20;
      const sheet = this.ws.sheet();
      const r = this.rect();
      const [rows, cols] = this.dims();
      let bytes = 0;
      for (const p of wanted) {
        if (p === 'rowIndex') this.loaded.set(p, r.top);
        else if (p === 'columnIndex') this.loaded.set(p, r.left);
        else if (p === 'rowCount') this.loaded.set(p, rows);
        else if (p === 'columnCount') this.loaded.set(p, cols);
        else if (p === 'values' || p === 'numberFormat' || p === 'formulas' || p === 'valueTypes') {
          const out: unknown[][] = new Array(rows);
          for (let i = 0; i < rows; i++) {
            const row: unknown[] = new Array(cols);
            for (let j = 0; j < cols; j++) {
              const y = r.top + i, x = r.left + j;
              if (p === 'values') row[j] = sheet.valueAt(y, x);
              else if (p === 'valueTypes') row[j] = sheet.valueTypeAt(y, x);
              else if (p === 'numberFormat') row[j] = sheet.numberFormatAt(y, x) ?? 'General';
              else row[j] = sheet.formulaAt(y, x) ?? sheet.valueAt(y, x); // a value cell's value, '' where empty
            }
            out[i] = row;
          }
          this.loaded.set(p, out);
          bytes += matrixBytes(out);
          this.context.cellsRead += rows * cols;
        } else throw new ExcelDoubleError('InvalidArgument', `cannot load ${p}`);
      }
      return bytes + 20;
    });
    return this;
  }

  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get values(): unknown[][] { return this.read('values'); }
  get formulas(): unknown[][] { return this.read('formulas'); }
  get numberFormat(): unknown[][] { return this.read('numberFormat'); }
  get valueTypes(): unknown[][] { return this.read('valueTypes'); }

  private checkDims(matrix: unknown[][]): void {
    const [rows, cols] = this.dims();
    if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
      throw new ExcelDoubleError('InvalidArgument', `matrix ${matrix.length}×${matrix[0]?.length} does not fit ${rectA1(this.rect())}`);
    }
  }

  private write(matrix: unknown[][]): void {
    this.context.enqueue(matrixBytes(matrix), () => {
      this.checkDims(matrix);
      const sheet = this.ws.sheet();
      assertWritable(sheet);
      const r = this.rect();
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return; // null leaves the cell as it is
          const y = r.top + i, x = r.left + j;
          const numberFormat = sheet.numberFormatAt(y, x); // the format stays, the formula goes
          if (v === '') sheet.put(y, x, null, undefined, numberFormat);
          else if (typeof v === 'string' && numberFormat === '@') sheet.put(y, x, v, undefined, numberFormat); // Text format: stored as typed
          else if (typeof v === 'string') {
            const typed = coerce(v);
            sheet.put(y, x, typed.value, typed.formula, numberFormat);
            if (typed.formula !== undefined) this.context.formulaWritten(sheet, y, x);
            else if (EXCEL_ERRORS.includes(v.trim())) sheet.setError(y, x, v.trim()); // a typed #N/A is the error
          } else sheet.put(y, x, v as number | boolean, undefined, numberFormat);
        }),
      );
    });
  }

  set values(matrix: unknown[][]) {
    this.write(matrix);
  }
  set formulas(matrix: unknown[][]) {
    this.write(matrix);
  }
  set numberFormat(matrix: unknown[][]) {
    this.context.enqueue(matrixBytes(matrix), () => {
      this.checkDims(matrix);
      const sheet = this.ws.sheet();
      assertWritable(sheet);
      const r = this.rect();
      matrix.forEach((row, i) => row.forEach((f, j) => sheet.setNumberFormat(r.top + i, r.left + j, String(f))));
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      const sheet = this.ws.sheet();
      const r = this.rect();
      // the merged areas whose top-left cell lies in the range, whole (office-js issue 3611)
      const rects = sheet.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
      if (rects.length > MERGED_AREA_LIMIT) {
        if (this.context.model.mergedOverLimit === 'null') return null;
        throw new ExcelDoubleError('GeneralException', `${rects.length} merged areas: more than ${MERGED_AREA_LIMIT}, the method fails`);
      }
      return rects.length ? { rects, cells: rects.reduce((n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0) } : null;
    });
  }

  getSpecialCellsOrNullObject(kind: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      if (kind !== 'Formulas') throw new ExcelDoubleError('InvalidArgument', kind);
      const sheet = this.ws.sheet();
      const r = this.rect();
      const rects: Rect[] = [];
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) if (sheet.formulaAt(i, j) !== undefined) rects.push({ top: i, left: j, bottom: i, right: j });
      return rects.length ? { rects, cells: rects.length } : null;
    });
  }

  /** Range.calculate (ExcelApi 1.6): calculates the range's formula cells now; writes nothing. */
  calculate(): void {
    this.context.enqueue(20, () => {
      const sheet = this.ws.sheet();
      const r = this.rect();
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) if (sheet.formulaAt(i, j) !== undefined) this.context.model.calculateCell(sheet, i, j);
      this.context.model.rangeCalculations++;
    });
  }

  copyFrom(source: RangeProxy, kind: string): void {
    this.context.enqueue(40, () => {
      if (kind !== 'Values' || source !== this) throw new ExcelDoubleError('InvalidArgument', 'only paste values in place');
      const sheet = this.ws.sheet();
      assertWritable(sheet);
      const r = this.rect();
      for (let i = r.top; i <= r.bottom; i++) {
        for (let j = r.left; j <= r.right; j++) {
          const cell = sheet.cell(i, j);
          if (cell?.formula === undefined) continue;
          sheet.put(i, j, cell.value ?? 0, undefined, cell.numberFormat || undefined); // the value as it stands, stale or not
          if (cell.error) sheet.setError(i, j, String(cell.value));
        }
      }
    });
  }

  merge(across = false): void {
    this.context.enqueue(20, () => {
      void across;
      const sheet = this.ws.sheet();
      assertWritable(sheet);
      sheet.merges.push({ ...this.rect() });
    });
  }

  select(): void {
    this.context.enqueue(20, () => {
      this.context.model.selection = this.describe();
    });
  }

  get format(): unknown {
    return recorder(this.context, () => this.ws.sheet(), () => rectA1(this.rect()), 'format');
  }
  get dataValidation(): unknown {
    return recorder(this.context, () => this.ws.sheet(), () => rectA1(this.rect()), 'dataValidation');
  }
  get conditionalFormats(): unknown {
    return recorder(this.context, () => this.ws.sheet(), () => rectA1(this.rect()), 'conditionalFormats');
  }
}

class NamedItemProxy {
  constructor(private readonly context: FakeContext, private readonly model: NameModel | (() => NameModel)) {}
  private get item(): NameModel {
    return typeof this.model === 'function' ? this.model() : this.model;
  }
  get name(): string {
    return this.item.name;
  }
  get type(): string {
    return this.item.sheet ? 'Range' : 'Error';
  }
  get value(): string {
    const s = this.item.sheet;
    return s ? `'${s.name.replace(/'/g, "''")}'!$A$1` : '#REF!';
  }
  delete(): void {
    this.context.enqueue(20, () => {
      const names = this.context.model.names;
      const i = names.indexOf(this.item);
      if (i < 0) throw new ExcelDoubleError('ItemNotFound', 'name already deleted');
      names.splice(i, 1);
    });
  }
}

class NameCollectionProxy extends Loadable {
  load(_props?: string): this {
    this.context.enqueue(20, () => {
      const items = this.context.model.names.map((n) => new NamedItemProxy(this.context, n));
      this.loaded.set('items', items);
      return bytesOf(this.context.model.names.map((n) => n.name));
    });
    return this;
  }
  get items(): NamedItemProxy[] {
    return this.read('items');
  }
  getItem(name: string): NamedItemProxy {
    return new NamedItemProxy(this.context, () => {
      const found = this.context.model.names.find((n) => n.name === name);
      if (!found) throw new ExcelDoubleError('ItemNotFound', `no name ${name}`);
      return found;
    });
  }
  add(name: string, reference: RangeProxy, comment?: string): void {
    this.context.enqueue(utf8Length(name) + 40, () => {
      if (this.context.model.names.some((n) => n.name === name)) throw new ExcelDoubleError('ItemAlreadyExists', `name ${name}`);
      const sheet = reference.sheetModel();
      this.context.model.names.push({ name, sheet, ...(comment ? { comment } : {}) });
    });
  }
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
