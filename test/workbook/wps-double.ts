// A strict synchronous double of WPS 表格's (ET) object model, enough for WpsWorkbook, over the Excel
// double's WorkbookModel (so both ports are judged on one model of a workbook). Every member access
// is one call, counted, with the bytes of values crossing it, and a modelled cost added to the
// double's clock (`now`), so that slices can be measured as the pane would feel them.
// Each rule, with its source:
// - calls are synchronous and return values at once; Value2 of one cell is a scalar, of a larger range
//   a 2-D array Arr[r][c] (../shared/wps.md §1.3; https://blog.csdn.net/qq_61913010/article/details/143450258);
//   an empty cell reads as undefined (COM's Empty); an error value as its CVErr code
//   (https://learn.microsoft.com/office/vba/excel/concepts/cells-and-ranges/cell-error-values);
// - some members are properties in one build and zero-argument methods in another (ActiveWorkbook,
//   Count, UsedRange …: wps.md §1.3, pi-for-excel): `flavour: 'method'` turns them all into methods;
// - collections only through Item(i), 1-based; methods need their parentheses
//   (https://www.kancloud.cn/pwedu/wps-js-macros/2259295);
// - a misspelt member silently reads undefined in real WPS (same page: "js不会报错,这是一个bug"):
//   the double throws instead, so that such a slip fails a test rather than a clerk's sheet;
// - NumberFormat of a range is null when its cells differ; MergeCells true, false or null (mixed)
//   (https://learn.microsoft.com/office/vba/api/excel.range.numberformat, …/excel.range.mergecells);
// - written text is typed as Excel types it (=1+1 a formula, 12 a number) unless the cell's format is
//   '@'; with Calculation manual a written formula keeps a stale value until Calculate();
// - Worksheet.Delete asks the user unless DisplayAlerts is false (…/excel.worksheet.delete): a
//   dialog would block the pane, so the double refuses; the last visible sheet cannot go or hide;
// - sheet names: at most 31 characters, none of []:*?/\, unique ignoring case;
// - a protected sheet refuses writes; a protected structure refuses adding, deleting, renaming, moving.
import { EXCEL_ERRORS, columnLetters } from '../../src/core/sheets/grid';
import { Rect, SheetModel, WorkbookModel, coerce, parseAddress } from './excel-double';

export class EtDoubleError extends Error {}

const CV: Record<string, number> = {
  '#NULL!': -2146826288, '#DIV/0!': -2146826281, '#VALUE!': -2146826273, '#REF!': -2146826265,
  '#NAME?': -2146826259, '#NUM!': -2146826252, '#N/A': -2146826246,
};

/** Members read as properties in one WPS build and as zero-argument methods in another. */
const VARIANT = new Set(['ActiveWorkbook', 'ActiveWindow', 'Worksheets', 'Names', 'UsedRange', 'Count', 'Rows', 'Columns', 'MergeArea', 'ChartObjects']);

export interface EtDoubleOptions {
  /** 'method': every VARIANT member is a zero-argument method (as some builds have it). */
  readonly flavour?: 'property' | 'method';
  /** Modelled cost of one call across the bridge, ms (default 0.02). */
  readonly perCallMs?: number;
  /** Modelled cost of one cell's value or format crossing it, ms (default 0.0005). */
  readonly perCellMs?: number;
  /** 'modelled': the clock counts only modelled cost (tests: independent of the machine's load); default real + modelled. */
  readonly clock?: 'modelled' | 'real';
}

/** Workbook-level state of the double beyond the Excel model: the file behind it, app settings. */
export class EtDouble {
  calls = 0;
  bytesIn = 0;
  bytesOut = 0;
  cells = 0;
  modelledMs = 0;
  readonly calledMembers = new Map<string, number>();
  screenUpdating = true;
  displayAlerts = true;
  calculation = -4105;
  saved = true;
  fullName = '';
  /** A WPS build without Workbook.Date1904 (it reads undefined). */
  noDate1904 = false;
  /** A WPS build without Application.Evaluate. */
  noEvaluate = false;
  readonly files = new Map<string, Uint8Array>();
  readonly pluginStorage = new Map<string, string>();
  readonly window = { freezePanes: false, splitRow: 0, splitColumn: 0 };
  readonly flavour: 'property' | 'method';
  readonly perCallMs: number;
  readonly perCellMs: number;
  /** The Application global, as WPS exposes it to the add-in. */
  readonly Application: Record<string, unknown>;

  constructor(
    readonly model: WorkbookModel = new WorkbookModel(),
    options: EtDoubleOptions = {},
  ) {
    this.flavour = options.flavour ?? 'property';
    this.perCallMs = options.perCallMs ?? 0.02;
    this.perCellMs = options.perCellMs ?? 0.0005;
    this.modelledOnly = options.clock === 'modelled';
    this.Application = this.strict(new AppObject(this), 'Application');
  }

  /** The clock a port slices by: real time plus the modelled cost of every call so far. */
  readonly now = (): number => (this.modelledOnly ? 0 : performance.now()) + this.modelledMs;
  private readonly modelledOnly: boolean;

  /** Counts cells and bytes crossing the bridge. */
  transfer(direction: 'in' | 'out', cells: number, payload: unknown): void {
    const bytes = new TextEncoder().encode(JSON.stringify(payload) ?? '').length;
    if (direction === 'in') this.bytesIn += bytes;
    else this.bytesOut += bytes;
    this.cells += cells;
    this.modelledMs += cells * this.perCellMs;
  }

  /** Wraps an object: unknown members throw, each access is a call, VARIANT members follow the flavour. */
  strict<T extends object>(target: T, label: string): T & Record<string, unknown> {
    return new Proxy(target, {
      get: (t, key, receiver) => {
        if (typeof key === 'symbol' || key === 'then' || key === 'toJSON') return Reflect.get(t, key, receiver);
        if (!(key in t)) throw new EtDoubleError(`${label} 没有成员 ${key}`);
        this.calls++;
        this.modelledMs += this.perCallMs;
        this.calledMembers.set(key, (this.calledMembers.get(key) ?? 0) + 1);
        if (VARIANT.has(key) && this.flavour === 'method') return () => Reflect.get(t, key, t);
        const value = Reflect.get(t, key, t);
        if (VARIANT.has(key) && typeof value === 'function') throw new EtDoubleError(`${key} 在此版本中是属性`);
        return typeof value === 'function' ? value.bind(t) : value;
      },
      set: (t, key, value) => {
        if (typeof key === 'symbol' || !(key in t)) throw new EtDoubleError(`${label} 没有可写成员 ${String(key)}`);
        this.calls++;
        this.modelledMs += this.perCallMs;
        this.calledMembers.set(`${key}=`, (this.calledMembers.get(`${key}=`) ?? 0) + 1);
        return Reflect.set(t, key, value, t);
      },
    }) as T & Record<string, unknown>;
  }

  /** A formula just written: calculated at once, or left stale while calculation is manual. */
  formulaWritten(sheet: SheetModel, r: number, c: number): void {
    if (this.calculation === -4135) sheet.dirty.add(`${r},${c}`);
    else this.model.calculateCell(sheet, r, c);
  }

  sheetObject(sheet: SheetModel): Record<string, unknown> {
    return this.strict(new SheetObject(this, sheet), `Worksheet(${sheet.name})`);
  }

  rangeObject(sheet: SheetModel, address: string): Record<string, unknown> {
    return this.strict(new RangeObject(this, sheet, address), `Range(${address})`);
  }
}

function plain(label: string, owner: EtDouble, fields: Record<string, unknown>, onSet?: (key: string, value: unknown) => void): Record<string, unknown> {
  const target = { ...fields };
  const proxied = new Proxy(target, {
    set: (t, key, value) => {
      (t as Record<string, unknown>)[key as string] = value;
      onSet?.(key as string, value);
      return true;
    },
  });
  return owner.strict(proxied, label);
}

class AppObject {
  constructor(private readonly d: EtDouble) {}
  get ActiveWorkbook() {
    return this.d.strict(new WorkbookObject(this.d), 'Workbook');
  }
  get ActiveWindow() {
    const w = this.d.window;
    const sheet = this.d.model.activeSheet;
    return plain('Window', this.d, { FreezePanes: w.freezePanes, SplitRow: w.splitRow, SplitColumn: w.splitColumn }, (key, value) => {
      if (key === 'FreezePanes') w.freezePanes = value === true;
      if (key === 'SplitRow') w.splitRow = Number(value);
      if (key === 'SplitColumn') w.splitColumn = Number(value);
      if (sheet && key === 'FreezePanes' && value === true) sheet.log.push({ target: 'sheet', path: 'freeze', args: [w.splitRow, w.splitColumn] });
    });
  }
  get ActiveSheet() {
    const sheet = this.d.model.activeSheet;
    return sheet ? this.d.sheetObject(sheet) : null;
  }
  get ScreenUpdating() { return this.d.screenUpdating; }
  set ScreenUpdating(v: unknown) { this.d.screenUpdating = v === true; }
  get DisplayAlerts() { return this.d.displayAlerts; }
  set DisplayAlerts(v: unknown) { this.d.displayAlerts = v === true; }
  get Calculation() { return this.d.calculation; }
  set Calculation(v: unknown) {
    if (v !== -4105 && v !== -4135 && v !== 2) throw new EtDoubleError(`Calculation 不接受 ${String(v)}`);
    this.d.calculation = v;
    if (v === -4105) this.d.model.calculate('Recalculate'); // back to automatic: what is stale is calculated
  }
  Calculate() { this.d.model.calculate('Recalculate'); }
  /**
   * Application.Evaluate (et-jsapi-declare 2.5.0 lib.et.d.ts; https://learn.microsoft.com/office/vba/api/excel.application.evaluate):
   * only DATE(y,m,d) is modelled, in the workbook's date system; `noEvaluate`: a build without it.
   */
  Evaluate(formula: string) {
    const m = /^=?DATE\((\d+),(\d+),(\d+)\)$/.exec(formula.replace(/\s/g, ''));
    if (this.d.noEvaluate || !m) throw new EtDoubleError(`Evaluate 不能计算 ${formula}`);
    const out = this.d.model.dateFunction(Number(m[1]), Number(m[2]), Number(m[3]));
    return typeof out === 'number' ? out : -2146826252; // #NUM! as its CVErr code
  }
  /** PluginStorage: per add-in, shared by its pages, not persisted (wps.md §1.3). */
  get PluginStorage() {
    const items = this.d.pluginStorage;
    return plain('PluginStorage', this.d, { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: unknown) => void items.set(k, String(v)) });
  }
  get FileSystem() {
    return plain('FileSystem', this.d, {
      ReadFileAsArrayBuffer: (path: string) => {
        const bytes = this.d.files.get(path);
        if (!bytes) throw new EtDoubleError(`文件不存在：${path}`);
        return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      },
    });
  }
}

class WorkbookObject {
  constructor(private readonly d: EtDouble) {}
  get Worksheets() { return this.d.strict(new SheetsObject(this.d), 'Worksheets'); }
  get Names() { return this.d.strict(new NamesObject(this.d), 'Names'); }
  get ProtectStructure() { return this.d.model.structureProtected; }
  get Saved() { return this.d.saved; }
  get FullName() { return this.d.fullName; }
  /**
   * The date system (et-jsapi-declare 2.5.0 lib.et.d.ts, Workbook.Date1904: boolean, as Excel's
   * https://learn.microsoft.com/office/vba/api/excel.workbook.date1904); Value2 carries that system's serials.
   * `noDate1904`: a build that does not have the member (it reads undefined).
   */
  get Date1904() { return this.d.noDate1904 ? undefined : this.d.model.date1904; }
}

function assertStructure(d: EtDouble): void {
  if (d.model.structureProtected) throw new EtDoubleError('工作簿结构受保护，不能增删、改名或移动工作表');
}

class SheetsObject {
  constructor(private readonly d: EtDouble) {}
  get Count() { return this.d.model.sheets.length; }
  Item(index: unknown) {
    const sheets = this.d.model.sheets;
    const sheet = typeof index === 'number' ? sheets[index - 1] : sheets.find((s) => s.name.toLowerCase() === String(index).toLowerCase());
    if (!sheet) throw new EtDoubleError(`没有工作表 ${String(index)}`);
    return this.d.sheetObject(sheet);
  }
  /** Worksheets.Add(Before, After, Count, Type): one new sheet, placed and activated. */
  Add(before?: unknown, after?: unknown, count?: unknown) {
    assertStructure(this.d);
    if (count !== undefined && count !== 1) throw new EtDoubleError('double: Count must be 1');
    const sheets = this.d.model.sheets;
    let name = '';
    for (let n = sheets.length + 1; ; n++) {
      name = `Sheet${n}`;
      if (!sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) break;
    }
    const sheet = new SheetModel(name);
    const anchor = (before ?? after) as SheetObject | undefined;
    const at = anchor ? sheets.indexOf(anchor.model) + (after ? 1 : 0) : sheets.indexOf(this.d.model.activeSheet ?? sheets[0]);
    sheets.splice(Math.max(0, at), 0, sheet);
    this.d.model.activeSheet = sheet;
    return this.d.sheetObject(sheet);
  }
}

const BAD_NAME = /[[\]:*?/\\]/;

class SheetObject {
  constructor(
    private readonly d: EtDouble,
    readonly model: SheetModel,
  ) {}
  private live(): SheetModel {
    if (!this.d.model.sheets.includes(this.model)) throw new EtDoubleError('工作表已删除');
    return this.model;
  }
  get Name() { return this.live().name; }
  set Name(value: unknown) {
    assertStructure(this.d);
    const name = String(value);
    if (!name || name.length > 31 || BAD_NAME.test(name)) throw new EtDoubleError(`工作表名称无效：${name}`);
    if (this.d.model.sheets.some((s) => s !== this.model && s.name.toLowerCase() === name.toLowerCase())) throw new EtDoubleError(`工作表名称已存在：${name}`);
    for (const n of this.d.model.names) if (n.sheet === this.model) void n; // names follow the sheet
    this.live().name = name;
  }
  get Index() { return this.d.model.sheets.indexOf(this.live()) + 1; }
  get Visible() { return this.live().visibility === 'Visible' ? -1 : this.model.visibility === 'Hidden' ? 0 : 2; }
  set Visible(value: unknown) {
    const v = value === true ? -1 : value === false ? 0 : Number(value);
    if (v !== -1 && v !== 0 && v !== 2) throw new EtDoubleError(`Visible 不接受 ${String(value)}`);
    if (v !== -1 && this.d.model.sheets.filter((s) => s.visibility === 'Visible' && s !== this.model).length === 0) throw new EtDoubleError('工作簿至少要有一张可见的工作表');
    this.live().visibility = v === -1 ? 'Visible' : v === 0 ? 'Hidden' : 'VeryHidden';
  }
  get ProtectContents() { return this.live().protected; }
  Delete() {
    assertStructure(this.d);
    if (this.d.displayAlerts) throw new EtDoubleError('删除工作表会弹出确认对话框（DisplayAlerts 为 true），加载项会卡住');
    const sheets = this.d.model.sheets;
    if (this.model.visibility === 'Visible' && sheets.filter((s) => s.visibility === 'Visible').length === 1) throw new EtDoubleError('不能删除唯一可见的工作表');
    sheets.splice(sheets.indexOf(this.live()), 1);
    for (const n of this.d.model.names) if (n.sheet === this.model) n.sheet = null;
    if (this.d.model.activeSheet === this.model) this.d.model.activeSheet = sheets.find((s) => s.visibility === 'Visible') ?? null;
  }
  Move(before?: unknown, after?: unknown) {
    assertStructure(this.d);
    const sheets = this.d.model.sheets;
    const anchor = ((before ?? after) as SheetObject).model;
    sheets.splice(sheets.indexOf(this.live()), 1);
    sheets.splice(sheets.indexOf(anchor) + (after ? 1 : 0), 0, this.model);
  }
  Activate() {
    if (this.live().visibility !== 'Visible') throw new EtDoubleError('隐藏的工作表不能激活');
    this.d.model.activeSheet = this.model;
    this.d.window.freezePanes = false;
  }
  Range(address: unknown) {
    if (typeof address !== 'string') throw new EtDoubleError('double: Range takes an A1 address');
    return this.d.rangeObject(this.live(), address);
  }
  get UsedRange() {
    const r = this.live().usedRect(false) ?? { top: 0, left: 0, bottom: 0, right: 0 };
    return this.d.rangeObject(this.model, `${columnLetters(r.left)}${r.top + 1}:${columnLetters(r.right)}${r.bottom + 1}`);
  }
  get Tab() { return plain('Tab', this.d, { Color: 0 }, (k, v) => this.model.log.push({ target: 'sheet', path: `tab.${k}`, args: [v] })); }
  get PageSetup() {
    const fields = Object.fromEntries(['PaperSize', 'Orientation', 'CenterHorizontally', 'Zoom', 'FitToPagesWide', 'FitToPagesTall', 'PrintTitleRows', 'CenterFooter'].map((k) => [k, null]));
    return plain('PageSetup', this.d, fields, (k, v) => this.model.log.push({ target: 'sheet', path: `page.${k}`, args: [v] }));
  }
  get ChartObjects() {
    return plain('ChartObjects', this.d, {
      Add: (...box: unknown[]) => {
        const log = (path: string, args: unknown[]) => this.model.log.push({ target: 'chart', path, args });
        log('add', box);
        const title = plain('ChartTitle', this.d, { Text: '' }, (k, v) => log(`title.${k}`, [v]));
        const chart = plain('Chart', this.d, {
          SetSourceData: (range: RangeObject) => log('source', [range.address]),
          ChartType: 0, HasTitle: false, HasLegend: true, ChartTitle: title,
          SeriesCollection: (i: number) => plain('Series', this.d, { XValues: null }, (k, v) => log(`series${i}.${k}`, [(v as RangeObject).address])),
        }, (k, v) => log(k, [v]));
        return plain('ChartObject', this.d, { Chart: chart });
      },
    });
  }
}

class NamesObject {
  constructor(private readonly d: EtDouble) {}
  get Count() { return this.d.model.names.length; }
  Item(index: unknown) {
    const n = typeof index === 'number' ? this.d.model.names[index - 1] : this.d.model.names.find((x) => x.name === index);
    if (!n) throw new EtDoubleError(`没有名称 ${String(index)}`);
    const names = this.d.model.names;
    return plain('Name', this.d, {
      Name: n.name,
      RefersTo: n.sheet ? `='${n.sheet.name.replace(/'/g, "''")}'!$A$1` : '=#REF!$A$1',
      Delete: () => names.splice(names.indexOf(n), 1),
    });
  }
  /** Names.Add(Name, RefersTo): RefersTo is a formula, '=…' (https://learn.microsoft.com/office/vba/api/excel.names.add). */
  Add(name: unknown, refersTo: unknown) {
    const text = String(refersTo);
    if (!text.startsWith('=')) throw new EtDoubleError('RefersTo 必须以 = 开头');
    if (this.d.model.names.some((n) => n.name === name)) throw new EtDoubleError(`名称已存在：${String(name)}`);
    const m = /^=(?:'((?:[^']|'')+)'|([^'!]+))!/.exec(text);
    const sheetName = m ? (m[1] ?? m[2]).replace(/''/g, "'") : '';
    const sheet = this.d.model.sheets.find((s) => s.name === sheetName) ?? null;
    if (!sheet) throw new EtDoubleError(`RefersTo 指向不存在的工作表：${text}`);
    this.d.model.names.push({ name: String(name), sheet });
  }
}

class RangeObject {
  private readonly rects: Rect[];
  constructor(
    private readonly d: EtDouble,
    private readonly sheet: SheetModel,
    readonly address: string,
  ) {
    this.rects = address.split(',').map((a) => parseAddress(a));
  }
  private one(): Rect {
    if (this.rects.length !== 1) throw new EtDoubleError(`多区域 ${this.address} 不能读写值`);
    return this.rects[0];
  }
  private writable(): void {
    if (this.sheet.protected) throw new EtDoubleError(`工作表“${this.sheet.name}”受保护`);
  }
  private cellsOf(): number {
    return this.rects.reduce((n, r) => n + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
  }
  private log(path: string, value: unknown): void {
    this.writable();
    this.sheet.log.push({ target: this.address, path, args: [value] });
  }
  get Row() { return this.one().top + 1; }
  get Column() { return this.one().left + 1; }
  get Rows() { const r = this.one(); return plain('Rows', this.d, { Count: r.bottom - r.top + 1 }); }
  get Columns() { const r = this.one(); return plain('Columns', this.d, { Count: r.right - r.left + 1 }); }
  get Left() { return this.one().left * 54; }
  get Top() { return this.one().top * 14.25; }

  private read(kind: 'Value2' | 'Formula'): unknown {
    const r = this.one();
    const out: unknown[][] = [];
    for (let y = r.top; y <= r.bottom; y++) {
      const row: unknown[] = [];
      for (let x = r.left; x <= r.right; x++) {
        const cell = this.sheet.cell(y, x);
        let v: unknown = cell === undefined || cell.value === null || cell.value === '' ? undefined : cell.value;
        if (cell?.error) v = CV[String(cell.value)] ?? CV['#VALUE!'];
        if (kind === 'Formula') v = cell?.formula ?? (cell?.error ? String(cell.value) : v === undefined ? '' : v);
        row.push(v);
      }
      out.push(row);
    }
    this.d.transfer('out', this.cellsOf(), out);
    return out.length === 1 && out[0].length === 1 ? out[0][0] : out;
  }

  private write(value: unknown): void {
    const r = this.one();
    this.writable();
    const rows = r.bottom - r.top + 1;
    const cols = r.right - r.left + 1;
    const matrix = Array.isArray(value) ? (value as unknown[][]) : Array.from({ length: rows }, () => new Array(cols).fill(value));
    if (matrix.length !== rows || matrix.some((row) => !Array.isArray(row) || row.length !== cols)) {
      throw new EtDoubleError(`${matrix.length}×${(matrix[0] as unknown[])?.length} 的数组与区域 ${this.address} 不符`);
    }
    this.d.transfer('in', rows * cols, matrix);
    matrix.forEach((row, i) =>
      row.forEach((v, j) => {
        const y = r.top + i, x = r.left + j;
        const numberFormat = this.sheet.numberFormatAt(y, x);
        if (v === null || v === undefined || v === '') this.sheet.put(y, x, null, undefined, numberFormat);
        else if (typeof v === 'string' && numberFormat === '@') this.sheet.put(y, x, v, undefined, numberFormat);
        else if (typeof v === 'string') {
          const typed = coerce(v);
          this.sheet.put(y, x, typed.value, typed.formula, numberFormat);
          if (typed.formula !== undefined) this.d.formulaWritten(this.sheet, y, x);
          else if (EXCEL_ERRORS.includes(v.trim())) this.sheet.setError(y, x, v.trim());
        } else if (typeof v === 'number' || typeof v === 'boolean') this.sheet.put(y, x, v, undefined, numberFormat);
        else throw new EtDoubleError(`不能写入 ${typeof v}`);
      }),
    );
  }

  get Value2() { return this.read('Value2'); }
  set Value2(value: unknown) { this.write(value); }
  get Formula() { return this.read('Formula'); }
  set Formula(value: unknown) { this.write(value); }

  get NumberFormat(): string | null {
    let found: string | undefined;
    for (const r of this.rects) {
      for (let y = r.top; y <= r.bottom; y++) {
        for (let x = r.left; x <= r.right; x++) {
          const f = this.sheet.numberFormatAt(y, x) ?? 'General';
          if (found === undefined) found = f;
          else if (f !== found) return null;
        }
      }
    }
    this.d.transfer('out', 1, found);
    return found ?? 'General';
  }
  set NumberFormat(value: unknown) {
    if (typeof value !== 'string') throw new EtDoubleError('double: NumberFormat takes one format code');
    this.writable();
    this.d.transfer('in', this.cellsOf(), value);
    for (const r of this.rects) for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) this.sheet.setNumberFormat(y, x, value);
  }

  private mergeOf(y: number, x: number): Rect | undefined {
    return this.sheet.merges.find((m) => y >= m.top && y <= m.bottom && x >= m.left && x <= m.right);
  }
  get MergeCells(): boolean | null {
    const r = this.one();
    let merged = 0, plainCells = 0;
    for (let y = r.top; y <= r.bottom && !(merged && plainCells); y++) {
      for (let x = r.left; x <= r.right; x++) {
        if (this.mergeOf(y, x)) merged++;
        else plainCells++;
        if (merged && plainCells) break;
      }
    }
    return merged && plainCells ? null : merged > 0;
  }
  get MergeArea() {
    const r = this.one();
    const m = this.mergeOf(r.top, r.left) ?? { top: r.top, left: r.left, bottom: r.top, right: r.left };
    return this.d.rangeObject(this.sheet, `${columnLetters(m.left)}${m.top + 1}:${columnLetters(m.right)}${m.bottom + 1}`);
  }
  /** Merge(): the top-left value stays, the others go (alerts off). */
  Merge() {
    const r = this.one();
    this.writable();
    if (this.sheet.merges.some((m) => m.top <= r.bottom && m.bottom >= r.top && m.left <= r.right && m.right >= r.left)) throw new EtDoubleError(`${this.address} 与已合并的区域重叠`);
    for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) if ((y !== r.top || x !== r.left) && this.sheet.cell(y, x)) this.sheet.put(y, x, null, undefined, this.sheet.numberFormatAt(y, x));
    this.sheet.merges.push({ ...r });
  }
  ClearContents() {
    const r = this.one();
    this.writable();
    for (let y = r.top; y <= r.bottom; y++) for (let x = r.left; x <= r.right; x++) if (this.sheet.cell(y, x)) this.sheet.put(y, x, null, undefined, this.sheet.numberFormatAt(y, x));
  }
  Select() {
    if (this.d.model.activeSheet !== this.sheet) throw new EtDoubleError('只能选择活动工作表上的单元格');
    this.d.model.selection = `${this.sheet.name}!${this.address}`;
  }
  AutoFilter() { this.log('autoFilter', true); }
  set ColumnWidth(value: unknown) { this.log('columnWidth', value); }
  get ColumnWidth() { return 8.38; }
  set HorizontalAlignment(value: unknown) { this.log('horizontalAlignment', value); }
  get HorizontalAlignment() { return 1; }
  set VerticalAlignment(value: unknown) { this.log('verticalAlignment', value); }
  get VerticalAlignment() { return -4107; }
  set WrapText(value: unknown) { this.log('wrapText', value); }
  get WrapText() { return false; }
  get Interior() { return plain('Interior', this.d, { Color: 16777215 }, (k, v) => this.log(`interior.${k}`, v)); }
  get Font() { return plain('Font', this.d, { Bold: false, Italic: false, Size: 11, Color: 0 }, (k, v) => this.log(`font.${k}`, v)); }
  get Borders() {
    return plain('Borders', this.d, {
      Item: (edge: number) => plain('Border', this.d, { LineStyle: null, Weight: null, Color: null }, (k, v) => this.log(`border${edge}.${k}`, v)),
    });
  }
  get FormatConditions() {
    return plain('FormatConditions', this.d, {
      AddDatabar: () => {
        this.log('dataBar', true);
        return plain('Databar', this.d, { BarColor: plain('BarColor', this.d, { Color: 0 }, (k, v) => this.log(`dataBar.${k}`, v)) });
      },
    });
  }
  get Validation() {
    return plain('Validation', this.d, {
      Delete: () => undefined,
      Add: (...args: unknown[]) => this.log('validation', args),
      IgnoreBlank: true, InCellDropdown: true, ShowError: true, ErrorTitle: '', ErrorMessage: '', InputTitle: '', InputMessage: '', ShowInput: false,
    }, (k, v) => this.log(`validation.${k}`, v));
  }
}
