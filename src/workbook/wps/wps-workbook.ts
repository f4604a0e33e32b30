// The WPS 表格 WorkbookPort: the open workbook through ET's synchronous object model (globals
// Application / wps), every long job cut into slices that yield to the pane, behaving as the Office
// port does. Its jobs live beside it: et (members, enumerations), host (slices), read, write, format.
import { CellRange, CellValue, EXCEL_ERRORS, Grid, parseRangeA1, rangeA1 } from '../../core/sheets/grid';
import { SheetSpec } from '../../core/sheets/sheet-spec';
import { ProtectedError } from '../excel/calculation';
import { isDateCell, requireShift } from '../excel/date-system';
import { textNeedsTextFormat } from '../excel/values';
import { CellUpdate, FormulaValue, SheetInfo, WorkbookPort, WriteOptions, addSheetsInOrder, isFormulaValue } from '../port';
import { CV_ERRORS, EtObject, areaOf, call, get, matrixOf, set } from './et';
import { WpsHost, WpsWorkbookOptions, activeWorkbook, makeHost } from './host';
import { workbookDateShift } from './date-system';
import { markersOf, readSheets, sheetsOf } from './read';
import { withQuietApp, writeSheets } from './write';

export { DEFAULT_SLICE_MS } from './host';
export type { WpsWorkbookOptions } from './host';

/** A formula that calls one of Duban's custom functions (DUBAN.QUOTA …). */
export const DUBAN_FUNCTION = /\bDUBAN\./i;

export class WpsWorkbook implements WorkbookPort {
  readonly host: WpsHost;

  /** `application`: WPS's Application object (the global), or a function giving it. */
  constructor(application: EtObject | (() => EtObject), options: WpsWorkbookOptions = {}) {
    this.host = makeHost(typeof application === 'function' ? application : () => application, options);
  }

  /** Whether DUBAN.* formulas are written as formulas (WPS runs Duban's functions) or as their results. */
  get customFunctions(): boolean {
    return this.host.customFunctions;
  }

  /** The longest slice of synchronous work so far, in ms (the bench reports it). */
  get longestSliceMs(): number {
    return this.host.slicer.longest;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const wb = activeWorkbook(this.host);
    const generated = new Set(markersOf(wb).map((m) => m.sheet));
    return sheetsOf(wb).map((s) => ({ name: s.name, generated: generated.has(s.name), hidden: s.hidden }));
  }

  async readSheet(name: string): Promise<Grid> {
    return (await readSheets(this.host, [name]))[0];
  }

  async readAll(): Promise<Grid[]> {
    return readSheets(this.host, null);
  }

  async writeGeneratedSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<string> {
    const [name] = await writeSheets(this.host, [spec], true, options.onProgress);
    return name;
  }

  /** All in one run: one look at the workbook, the sheets built hidden, then swapped in together. */
  writeGeneratedSheets(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<string[]> {
    return writeSheets(this.host, specs, true, options.onProgress);
  }

  async addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    return addSheetsInOrder(specs, (user) => writeSheets(this.host, user, false), (spec) => this.writeGeneratedSheet(spec));
  }

  private writableSheet(name: string): EtObject {
    const sheet = sheetsOf(activeWorkbook(this.host)).find((s) => s.name === name);
    if (!sheet) throw new Error(`没有名为“${name}”的工作表`);
    if (get(sheet.ws, 'ProtectContents') === true) throw new ProtectedError('SheetProtected', name);
    return sheet.ws;
  }

  /**
   * Cell by cell (fixes and computed columns touch few cells), yielding between slices. A DUBAN.*
   * formula where WPS does not run Duban's functions is written as the engine's result.
   */
  async setCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    const { slicer } = this.host;
    slicer.begin();
    const ws = this.writableSheet(sheet);
    // a date (a serial with a date format, as core gives it) in the workbook's own date system; refused, not guessed, when unknown
    const hasDates = updates.some((u) => isDateCell(u.value, u.numberFormat));
    const shift = hasDates ? requireShift(workbookDateShift(activeWorkbook(this.host), this.host.application())) : 0;
    await withQuietApp(this.host, async (application) => {
      for (const u of updates) {
        const range = call<EtObject>(ws, 'Range', u.cell);
        let value: CellValue | FormulaValue = u.value;
        if (isFormulaValue(value) && !this.host.customFunctions && DUBAN_FUNCTION.test(value.formula)) value = (value.result ?? null) as CellValue;
        if (isFormulaValue(value)) {
          if (u.numberFormat) set(range, 'NumberFormat', u.numberFormat);
          const f = value.formula.trim();
          set(range, 'Formula', f.startsWith('=') ? f : `=${f}`);
        } else if (value === null) {
          if (u.numberFormat) set(range, 'NumberFormat', u.numberFormat);
          call(range, 'ClearContents');
        } else if (typeof value === 'object') {
          set(range, 'Value2', value.error); // ET reads a typed error literal (#N/A …) as that error
        } else {
          const format = typeof value === 'string' && textNeedsTextFormat(value) ? '@' : u.numberFormat;
          if (format) set(range, 'NumberFormat', format);
          set(range, 'Value2', isDateCell(value, u.numberFormat) ? value - shift : value);
        }
        await slicer.maybePause();
      }
      call(application, 'Calculate');
    });
    slicer.close();
  }

  /**
   * 定稿: every formula of the sheet (or of `range`) replaced by its value, chunk by chunk: Formula and
   * Value2 read together, each run of formula cells down a column written back as values (text
   * under the Text format first, so that a value reading like a formula or number stays text).
   */
  async formulasToValues(sheet: string, range?: string): Promise<number> {
    let bounds: CellRange | null = null;
    if (range !== undefined) {
      bounds = parseRangeA1(range);
      if (!bounds) throw new Error(`“${range}”不是有效的单元格区域`);
    }
    const { slicer } = this.host;
    slicer.begin();
    const ws = this.writableSheet(sheet);
    // never freeze a stale value: calculate first (calculation may be manual)
    call(this.host.application(), 'Calculate');
    if (!bounds) {
      const a = areaOf(get<EtObject>(ws, 'UsedRange'));
      bounds = { top: a.row, left: a.col, bottom: a.row + a.rows - 1, right: a.col + a.cols - 1 };
    }
    const area = bounds;
    const cols = area.right - area.left + 1;
    const rowsPerChunk = Math.max(1, Math.floor(5_000 / cols));
    let changed = 0;
    await withQuietApp(this.host, async () => {
      for (let top = area.top; top <= area.bottom; top += rowsPerChunk) {
        const bottom = Math.min(area.bottom, top + rowsPerChunk - 1);
        const chunk = call<EtObject>(ws, 'Range', rangeA1({ top, left: area.left, bottom, right: area.right }));
        const n = bottom - top + 1;
        const formulas = matrixOf(get(chunk, 'Formula'), n, cols);
        const values = matrixOf(get(chunk, 'Value2'), n, cols);
        for (let c = 0; c < cols; c++) {
          for (let r = 0; r < n; ) {
            if (!isFormula(formulas[r][c], values[r][c])) {
              r++;
              continue;
            }
            let end = r;
            while (end + 1 < n && isFormula(formulas[end + 1][c], values[end + 1][c])) end++;
            const column: unknown[][] = [];
            for (let i = r; i <= end; i++) {
              const v = values[i][c];
              const error = typeof v === 'number' ? CV_ERRORS.get(v) : undefined;
              if (typeof v === 'string' && !EXCEL_ERRORS.includes(v)) set(call<EtObject>(ws, 'Range', rangeA1({ top: top + i, left: area.left + c, bottom: top + i, right: area.left + c })), 'NumberFormat', '@');
              column.push([error ?? (v === undefined || v === null ? '' : v)]);
            }
            set(call<EtObject>(ws, 'Range', rangeA1({ top: top + r, left: area.left + c, bottom: top + end, right: area.left + c })), 'Value2', end === r ? column[0][0] : column);
            changed += end - r + 1;
            r = end + 1;
          }
        }
        await slicer.maybePause();
      }
    });
    slicer.close();
    return changed;
  }

  /** Activates the sheet and selects the cell. */
  async selectCell(sheet: string, cell: string): Promise<void> {
    const found = sheetsOf(activeWorkbook(this.host)).find((s) => s.name === sheet);
    if (!found) throw new Error(`没有名为“${sheet}”的工作表`);
    call(found.ws, 'Activate');
    call(call<EtObject>(found.ws, 'Range', cell), 'Select');
  }
}

/** A formula cell (text that starts with = reads the same as value and formula; a formula does not). */
function isFormula(formula: unknown, value: unknown): boolean {
  return typeof formula === 'string' && formula.startsWith('=') && formula !== value;
}
