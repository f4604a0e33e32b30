// The Excel double's workbook-level proxies: workbook, worksheets, names, application, functions and protection.
import { FakeContext, Loadable, assertStructure } from './excel-double-context';
import { ExcelDoubleError, NameModel, SheetModel, bytesOf, parseAddress, rectA1, utf8Length } from './excel-double-model';
import { RangeProxy, recorder } from './excel-double-range';

/** workbook.protection / worksheet.protection: `protected`, after load and sync. */
export class ProtectionProxy extends Loadable {
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
export class ApplicationProxy extends Loadable {
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
export class FunctionResultProxy extends Loadable {
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
export class FunctionsProxy {
  constructor(private readonly context: FakeContext) {}
  date(year: number, month: number, day: number): FunctionResultProxy {
    return new FunctionResultProxy(this.context, () => {
      this.context.model.functionCalls.push(`DATE(${year},${month},${day})`);
      return this.context.model.dateFunction(year, month, day);
    });
  }
}

export class WorkbookProxy {
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

export class WorksheetCollectionProxy extends Loadable {
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

/**
 * A RangeAreas address as the log writes it (each area as rectA1), remembered by address: the writer formats one list of
 * areas several times (font, fill, borders …), and each recorded op would otherwise parse thousands of areas again.
 */
const areasSeen = new Map<string, string>();
function areasA1(address: string): string {
  let out = areasSeen.get(address);
  if (out === undefined) {
    out = address.split(',').map((a) => rectA1(parseAddress(a.trim()))).join(',');
    if (areasSeen.size >= 64) areasSeen.clear();
    areasSeen.set(address, out);
  }
  return out;
}

export class WorksheetProxy extends Loadable {
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
    const self = this;
    return {
      get format() {
        return recorder(self.context, () => self.sheet(), () => areasA1(address), 'format');
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

export class NamedItemProxy {
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

export class NameCollectionProxy extends Loadable {
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
