// The exceljs WorkbookPort: reads and writes .xlsx files in Node and in the browser.
import { ValidationModel, foldValidations } from './validation-ranges';
import { A4_PAPER } from '../sheet-edit/print-setup';
import type ExcelJS from 'exceljs';
import { ValueType, Workbook } from './exceljs-core';
import { toSerial } from '../../core/dates/civil-date';
import { CellRange, CellValue, Grid, parseA1, parseRangeA1 } from '../../core/sheets/grid';
import { CellStyle, PRINT_FOOTER, SheetSpec, SpecValue } from '../../core/sheets/sheet-spec';
import { CellUpdate, GENERATED_MARKER, ProgressCallback, SheetInfo, WorkbookPort, WriteOptions, freeSheetName, generatedSheetFor, isFormulaValue } from '../port';


/** Converts an exceljs cell value to a grid value (dates → serials, formulas → cached results). */
export function toCellValue(value: ExcelJS.CellValue | undefined): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    const serial = toSerial({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() });
    const fraction = (value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds()) / 86400;
    return serial + fraction;
  }
  if (typeof value === 'object') {
    const v = value as unknown as Record<string, unknown>;
    if ('error' in v && typeof v.error === 'string') return { error: v.error };
    if (Array.isArray(v.richText)) return (v.richText as { text: string }[]).map((r) => r.text).join('');
    if ('formula' in v || 'sharedFormula' in v) return toCellValue(v.result as ExcelJS.CellValue | undefined);
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('text' in v && v.text && typeof v.text === 'object') return toCellValue(v.text as ExcelJS.CellValue);
  }
  return null;
}

function mergesOf(ws: ExcelJS.Worksheet): CellRange[] {
  const merges = ((ws.model as unknown as { merges?: string[] }).merges ?? []) as string[];
  const out: CellRange[] = [];
  for (const m of merges) {
    const [from, to] = m.split(':');
    const a = parseA1(from);
    const b = parseA1(to ?? from);
    if (a && b) out.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
  }
  return out;
}

function argb(rgb: string): string {
  return `FF${rgb.toUpperCase()}`;
}

function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const out: Partial<ExcelJS.Style> = {};
  if (style.bold || style.italic || style.fontSize || style.color) {
    out.font = { ...(style.bold ? { bold: true } : {}), ...(style.italic ? { italic: true } : {}), ...(style.fontSize ? { size: style.fontSize } : {}), ...(style.color ? { color: { argb: argb(style.color) } } : {}) };
  }
  if (style.fill) out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  if (style.align || style.wrap || style.verticalAlign) {
    out.alignment = { ...(style.align ? { horizontal: style.align } : {}), ...(style.verticalAlign ? { vertical: style.verticalAlign } : {}), ...(style.wrap ? { wrapText: true } : {}) };
  }
  if (style.numFmt) out.numFmt = style.numFmt;
  if (style.border) {
    const thin = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
    out.border = { top: thin, left: thin, bottom: thin, right: thin };
  }
  return out;
}

/**
 * Generated sheets share one exceljs style object per spec style (as exceljs itself shares a merge
 * master's style), so that saving recognises it once instead of once per cell: 2× faster saves of
 * large summaries. Only generated sheets, which are replaced whole and never edited cell by cell;
 * user sheets (templates) get a style object per cell, so that changing one cell's format later
 * changes only that cell.
 */
const excelStyles = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();

function applyStyle(c: ExcelJS.Cell, style: CellStyle, share: boolean): void {
  if (!share) {
    c.style = excelStyle(style);
    return;
  }
  let shared = excelStyles.get(style);
  if (!shared) {
    shared = excelStyle(style);
    excelStyles.set(style, shared);
  }
  c.style = shared;
}

function specValue(value: SpecValue): ExcelJS.CellValue {
  if (value === null || typeof value !== 'object') return value;
  if ('formula' in value) return { formula: value.formula.replace(/^=/, '') } as ExcelJS.CellFormulaValue;
  return { text: value.text, hyperlink: value.link } as ExcelJS.CellHyperlinkValue;
}

/** Rows written between two progress reports. */
export const PROGRESS_ROWS = 2000;

/** Writes a spec's content into an (empty) worksheet, reporting progress every PROGRESS_ROWS rows when asked. */
async function fillWorksheet(ws: ExcelJS.Worksheet, spec: SheetSpec, shareStyles = false, onProgress?: ProgressCallback): Promise<void> {
  const total = spec.rows.length;
  for (let r = 0; r < total; r++) {
    if (onProgress && r > 0 && r % PROGRESS_ROWS === 0) await onProgress(r, total);
    const row = spec.rows[r];
    for (let c = 0; c < row.length; c++) {
      const sc = row[c];
      if (sc.value === null && !sc.style) continue;
      const target = ws.getCell(r + 1, c + 1);
      target.value = specValue(sc.value);
      if (sc.style) applyStyle(target, sc.style, shareStyles);
    }
  }
  spec.widths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  spec.heights?.forEach((h, i) => {
    if (h !== undefined) ws.getRow(i + 1).height = h;
  });
  for (const m of spec.merges ?? []) ws.mergeCells(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  if (spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    ws.views = [{ state: 'frozen', xSplit: spec.freeze.columns, ySplit: spec.freeze.rows }];
  }
  if (spec.autoFilter) ws.autoFilter = spec.autoFilter;
  if (spec.tabColor) ws.properties.tabColor = { argb: argb(spec.tabColor) };
  if (spec.print) {
    ws.pageSetup = {
      ...ws.pageSetup, paperSize: A4_PAPER, orientation: spec.print.orientation, fitToPage: true, fitToWidth: 1, fitToHeight: 0,
      horizontalCentered: true, printTitlesRow: `1:${spec.print.titleRows}`,
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    };
    ws.headerFooter = { ...ws.headerFooter, oddFooter: PRINT_FOOTER };
  }
  for (const v of spec.validations ?? []) {
    const formulae = Array.isArray(v.list)
      ? [`"${(v.list as string[]).join(',')}"`]
      : [(v.list as { source: string }).source.replace(/^=/, '')];
    const validation: ExcelJS.DataValidation = {
      type: 'list',
      allowBlank: true,
      formulae,
      showErrorMessage: !v.allowOther,
      ...(v.allowOther ? { errorStyle: 'information' } : { errorStyle: 'stop', errorTitle: '输入无效', error: '请从下拉列表中选择。' }),
      ...(v.prompt ? { showInputMessage: true, promptTitle: '提示', prompt: v.prompt } : {}),
    };
    // exceljs keeps range validations in the model; one entry covers the whole range
    (ws as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, validation);
  }
  if (spec.hidden) ws.state = 'hidden';
  if (spec.protect) {
    for (const range of spec.unlocked ?? []) {
      const [from, to = from] = range.split(':');
      const a = ws.getCell(from);
      const b = ws.getCell(to);
      for (let r = Number(a.row); r <= Number(b.row); r++) {
        for (let c = Number(a.col); c <= Number(b.col); c++) {
          const target = ws.getCell(r, c);
          target.protection = { locked: false };
        }
      }
    }
    // no password: the protection keeps a unit from breaking headers and sheets, not a secret
    await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  }
  for (const cf of spec.conditionalFormats ?? []) {
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [{ type: 'dataBar', priority: 1, cfvo: [{ type: 'min' }, { type: 'max' }], color: { argb: argb(cf.color) } } as unknown as ExcelJS.ConditionalFormattingRule],
    });
  }
}

/** A workbook held in memory by exceljs. */
export class FileWorkbook implements WorkbookPort {
  private constructor(readonly workbook: ExcelJS.Workbook) {}

  static create(): FileWorkbook {
    const wb = new Workbook();
    wb.creator = 'Duban 督办';
    return new FileWorkbook(wb);
  }

  /** Loads .xlsx bytes; throws on anything that is not a readable workbook. */
  static async load(data: ArrayBuffer | Uint8Array): Promise<FileWorkbook> {
    const wb = new Workbook();
    await wb.xlsx.load(data as ArrayBuffer);
    return new FileWorkbook(wb);
  }

  /** The workbook as .xlsx bytes. */
  async save(): Promise<Uint8Array> {
    for (const ws of this.workbook.worksheets) foldValidations((ws as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model);
    const buffer = await this.workbook.xlsx.writeBuffer();
    return new Uint8Array(buffer as ArrayBuffer);
  }

  private generatedNames(): Map<string, string> {
    // sheet name → defined name of its marker
    const out = new Map<string, string>();
    const model = this.workbook.definedNames.model as { name: string; ranges: string[] }[];
    for (const dn of model) {
      if (!dn.name.startsWith(GENERATED_MARKER)) continue;
      for (const range of dn.ranges) {
        const m = /^'?(.*?)'?!/.exec(range);
        if (m) out.set(m[1].replace(/''/g, "'"), dn.name);
      }
    }
    return out;
  }

  async listSheets(): Promise<SheetInfo[]> {
    const generated = this.generatedNames();
    return this.workbook.worksheets.map((ws) => ({ name: ws.name, generated: generated.has(ws.name), hidden: ws.state !== 'visible' }));
  }

  async readSheet(name: string): Promise<Grid> {
    const ws = this.workbook.getWorksheet(name);
    if (!ws) throw new Error(`没有名为“${name}”的工作表`);
    return this.gridOf(ws, this.generatedNames().has(name));
  }

  async readAll(): Promise<Grid[]> {
    const generated = this.generatedNames();
    return this.workbook.worksheets.map((ws) => this.gridOf(ws, generated.has(ws.name)));
  }

  private gridOf(ws: ExcelJS.Worksheet, generated: boolean): Grid {
    const rows: CellValue[][] = [];
    const numberFormats: (string | null)[][] = [];
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      const values: CellValue[] = [];
      const formats: (string | null)[] = [];
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        const covered = c.isMerged && c.master !== c;
        values[colNumber - 1] = covered ? null : toCellValue(c.value);
        formats[colNumber - 1] = c.numFmt ?? null;
      });
      for (let i = 0; i < values.length; i++) if (values[i] === undefined) values[i] = null;
      rows[rowNumber - 1] = values;
      numberFormats[rowNumber - 1] = formats;
    });
    for (let i = 0; i < rows.length; i++) if (!rows[i]) rows[i] = [];
    return { name: ws.name, rows, merges: mergesOf(ws), numberFormats, hidden: ws.state !== 'visible', generated };
  }

  async writeGeneratedSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<string> {
    // built under a temporary name first: a failure while filling it leaves the workbook as it was
    const temp = this.workbook.addWorksheet(freeSheetName('督办生成中', new Set(this.workbook.worksheets.map((w) => w.name))));
    try {
      await fillWorksheet(temp, spec, true, options.onProgress);
    } catch (error) {
      this.workbook.removeWorksheet(temp.id);
      throw error;
    }
    const generated = this.generatedNames();
    const others = this.workbook.worksheets.filter((w) => w !== temp);
    const replaced = generatedSheetFor(spec.name, others.map((w) => ({ name: w.name, generated: generated.has(w.name) })));
    const old = replaced === undefined ? undefined : this.workbook.getWorksheet(replaced);
    let position: number | undefined;
    if (old && generated.has(old.name)) {
      position = others.indexOf(old);
      this.workbook.definedNames.remove(`'${old.name}'!$A$1`, generated.get(old.name)!);
      this.workbook.removeWorksheet(old.id);
    }
    const taken = new Set(this.workbook.worksheets.filter((w) => w !== temp).map((w) => w.name));
    const name = freeSheetName(spec.name, taken);
    const ws = temp;
    ws.name = name;
    if (position !== undefined) this.moveSheet(ws, position);
    const used = new Set((this.workbook.definedNames.model as { name: string }[]).map((d) => d.name));
    let n = 1;
    while (used.has(`${GENERATED_MARKER}${n}`)) n++;
    this.workbook.definedNames.add(`'${name.replace(/'/g, "''")}'!$A$1`, `${GENERATED_MARKER}${n}`);
    await options.onProgress?.(spec.rows.length, spec.rows.length);
    return name;
  }

  private moveSheet(ws: ExcelJS.Worksheet, index: number): void {
    const sheets = this.workbook.worksheets.filter((w) => w !== ws);
    sheets.splice(index, 0, ws);
    sheets.forEach((w, i) => {
      (w as unknown as { orderNo: number }).orderNo = i;
    });
  }

  async addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    const names: string[] = [];
    for (const spec of specs) {
      if (spec.generated) {
        names.push(await this.writeGeneratedSheet(spec));
        continue;
      }
      const taken = new Set(this.workbook.worksheets.map((w) => w.name));
      const name = freeSheetName(spec.name, taken);
      await fillWorksheet(this.workbook.addWorksheet(name), spec);
      names.push(name);
    }
    return names;
  }

  async setCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`没有名为“${sheet}”的工作表`);
    for (const u of updates) {
      const target = ws.getCell(u.cell);
      const v = u.value;
      if (isFormulaValue(v)) {
        target.value = { formula: v.formula.replace(/^=/, ''), ...(v.result !== undefined && v.result !== null ? { result: v.result } : {}) } as ExcelJS.CellFormulaValue;
      } else target.value = v === null ? null : typeof v === 'object' ? ({ error: v.error } as ExcelJS.CellErrorValue) : v;
      if (u.numberFormat) target.numFmt = u.numberFormat;
    }
  }

  async formulasToValues(sheet: string, range?: string): Promise<number> {
    const ws = this.workbook.getWorksheet(sheet);
    if (!ws) throw new Error(`没有名为“${sheet}”的工作表`);
    let bounds: CellRange | null = null;
    if (range !== undefined) {
      bounds = parseRangeA1(range);
      if (!bounds) throw new Error(`“${range}”不是有效的单元格区域`);
    }
    let changed = 0;
    ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
      if (bounds && (rowNumber - 1 < bounds.top || rowNumber - 1 > bounds.bottom)) return;
      row.eachCell({ includeEmpty: false }, (c, colNumber) => {
        if (bounds && (colNumber - 1 < bounds.left || colNumber - 1 > bounds.right)) return;
        if (c.type !== ValueType.Formula) return;
        const result = (c.value as ExcelJS.CellFormulaValue).result;
        c.value = result === undefined ? null : (result as ExcelJS.CellValue);
        changed++;
      });
    });
    return changed;
  }

  /** Nothing to select in a file; the browser pane shows the cell in its own grid. */
  async selectCell(): Promise<void> {}
}
