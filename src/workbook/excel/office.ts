// The Office.js WorkbookPort: reads and writes the open workbook in batched, size-limited requests
// (Excel on the web rejects a request or response over 5 MB and a read over 5,000,000 cells), and
// builds generated sheets under a temporary name so that a failure leaves the workbook as it was.
// Its jobs live beside it: requests (limits, batching), values, read, write-plan, write, format, calculation,
// date-system (a 1904 workbook's dates read and written in its own serials).
/// <reference types="office-js" />
import { CellRange, EXCEL_ERRORS, Grid, parseRangeA1, rangeA1 } from '../../core/sheets/grid';
import { SheetSpec } from '../../core/sheets/sheet-spec';
import { CellUpdate, SheetInfo, WorkbookPort, WriteOptions, addSheetsInOrder, isFormulaValue } from '../port';
import { assertSheetWritable, recalculate, settleBeforeFreeze } from './calculation';
import { dateShiftOf, isDateCell, queueDateProbe, requireShift } from './date-system';
import { markersOf, readSheets } from './read';
import { Batcher, DEFAULT_READ_CELL_BUDGET, DEFAULT_REQUEST_BUDGET, EXCEL_PAYLOAD_LIMIT, EXCEL_READ_CELL_LIMIT, ExcelHost, ExcelRun, INITIAL_READ_BYTES_PER_CELL, OP_BYTES, OfficeWorkbookOptions, defaultRun, defaultSleep, defaultSupports, jsonBytes, utf8Bytes } from './requests';
import { textNeedsTextFormat } from './values';
import { writeSheets } from './write';

export { CalculationPendingError, ProtectedError } from './calculation';
export { DATE_SYSTEM_UNKNOWN, learnDateShift } from './date-system';
export type { DateShift } from './date-system';
export { columnWidthPoints } from './format';
export { sheetOfReference } from './read';
export { DEFAULT_READ_CELL_BUDGET, DEFAULT_REQUEST_BUDGET, EXCEL_PAYLOAD_LIMIT, EXCEL_READ_CELL_LIMIT, utf8Bytes } from './requests';
export type { ExcelRun, OfficeWorkbookOptions } from './requests';
export { fromExcelValue, textNeedsTextFormat } from './values';
export { groupRects, planWriteChunks } from './write-plan';
export type { StyledRect, WriteChunk } from './write-plan';
export class OfficeWorkbook implements WorkbookPort {
  private readonly host: ExcelHost;

  constructor(
    run: ExcelRun = defaultRun(),
    options: OfficeWorkbookOptions = {},
  ) {
    this.host = {
      run,
      supports: options.supports ?? defaultSupports,
      budget: Math.min(options.requestBudget ?? DEFAULT_REQUEST_BUDGET, EXCEL_PAYLOAD_LIMIT),
      cellBudget: Math.min(options.readCellBudget ?? DEFAULT_READ_CELL_BUDGET, EXCEL_READ_CELL_LIMIT),
      sleep: options.sleep ?? defaultSleep,
    };
  }

  async listSheets(): Promise<SheetInfo[]> {
    return this.host.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/visibility');
      const names = context.workbook.names.load('items/name,items/type,items/value');
      await context.sync();
      const generated = new Set(markersOf(names).map((m) => m.sheet));
      return sheets.items.map((ws) => ({ name: ws.name, generated: generated.has(ws.name), hidden: ws.visibility !== 'Visible' }));
    });
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

  async setCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    if (updates.length === 0) return;
    await this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      const dateProbe = queueDateProbe(context);
      await context.sync();
      if (ws.isNullObject) throw new Error(`没有名为“${sheet}”的工作表`);
      const shift = dateShiftOf(dateProbe);
      // a date (a serial with a date format, as core gives it) in the workbook's own date system; refused, not guessed, when unknown
      if (shift !== 0 && updates.some((u) => isDateCell(u.value, u.numberFormat))) requireShift(shift);
      await assertSheetWritable(context, ws, sheet, this.host.supports);
      const batcher = new Batcher(context, this.host.budget, true);
      for (const u of updates) {
        const v = u.value;
        let value: string | number | boolean;
        let numberFormat = u.numberFormat;
        let formula = false;
        if (isFormulaValue(v)) {
          const f = v.formula.trim();
          value = f.startsWith('=') ? f : `=${f}`;
          formula = true;
        } else if (v === null) {
          value = '';
        } else if (typeof v === 'object') {
          value = v.error; // Excel reads a typed error literal (#N/A, #REF! …) as that error
        } else {
          value = isDateCell(v, numberFormat) ? v - (shift ?? 0) : v;
          if (typeof v === 'string' && textNeedsTextFormat(v)) numberFormat = '@';
        }
        await batcher.add(OP_BYTES + jsonBytes(value) + utf8Bytes(u.cell) + (numberFormat ? utf8Bytes(numberFormat) : 0), () => {
          const range = ws.getRange(u.cell);
          if (numberFormat) range.numberFormat = [[numberFormat]];
          if (formula) range.formulas = [[value]];
          else range.values = [[value]];
        });
      }
      await batcher.flush();
      await recalculate(context);
    });
  }

  /**
   * Replaces formulas with their current values (定稿) over the used range, or over `range` only:
   * copy and paste values in one request (text stays text, spilled arrays keep their values).
   * Without ExcelApi 1.9, formulas are read in chunks and their values written back cell by cell.
   */
  async formulasToValues(sheet: string, range?: string): Promise<number> {
    let bounds: CellRange | null = null;
    if (range !== undefined) {
      bounds = parseRangeA1(range);
      if (!bounds) throw new Error(`“${range}”不是有效的单元格区域`);
    }
    return this.host.run(async (context) => {
      const ws = context.workbook.worksheets.getItemOrNullObject(sheet);
      const used = bounds ? null : ws.getUsedRangeOrNullObject(false).load('rowIndex,columnIndex,rowCount,columnCount');
      await context.sync();
      if (ws.isNullObject) throw new Error(`没有名为“${sheet}”的工作表`);
      if (used?.isNullObject) return 0;
      await assertSheetWritable(context, ws, sheet, this.host.supports);
      const area = bounds
        ? { rowIndex: bounds.top, columnIndex: bounds.left, rowCount: bounds.bottom - bounds.top + 1, columnCount: bounds.right - bounds.left + 1 }
        : { rowIndex: used!.rowIndex, columnIndex: used!.columnIndex, rowCount: used!.rowCount, columnCount: used!.columnCount };
      // never freeze a stale value or #BUSY!: calculate, then wait (bounded) until Excel is done and no cell shows #BUSY!
      await recalculate(context);
      await settleBeforeFreeze(context, ws, sheet, area, this.host);
      if (this.host.supports('ExcelApi', '1.9')) {
        const target = bounds ? ws.getRange(rangeA1(bounds)) : used!;
        const formulas = target.getSpecialCellsOrNullObject('Formulas').load('cellCount');
        await context.sync();
        if (formulas.isNullObject) return 0;
        context.workbook.application.suspendApiCalculationUntilNextSync();
        target.copyFrom(target, 'Values');
        await context.sync();
        return formulas.cellCount;
      }
      let changed = 0;
      const rowsPerChunk = Math.max(1, Math.floor(this.host.budget / (area.columnCount * INITIAL_READ_BYTES_PER_CELL * 2)));
      const batcher = new Batcher(context, this.host.budget, true);
      for (let r0 = 0; r0 < area.rowCount; r0 += rowsPerChunk) {
        const count = Math.min(rowsPerChunk, area.rowCount - r0);
        const chunk = ws.getRangeByIndexes(area.rowIndex + r0, area.columnIndex, count, area.columnCount).load('formulas,values');
        await context.sync();
        for (let i = 0; i < count; i++) {
          for (let c = 0; c < area.columnCount; c++) {
            const f = chunk.formulas[i]?.[c];
            const value = chunk.values[i]?.[c] as string | number | boolean;
            // text that starts with = reads back the same as value and formula; a formula does not
            if (typeof f !== 'string' || !f.startsWith('=') || f === value) continue;
            changed++;
            await batcher.add(OP_BYTES + jsonBytes(value), () => {
              const cell = ws.getRangeByIndexes(area.rowIndex + r0 + i, area.columnIndex + c, 1, 1);
              if (typeof value === 'string' && !EXCEL_ERRORS.includes(value)) cell.numberFormat = [['@']];
              cell.values = [[value]];
            });
          }
        }
        await batcher.flush();
      }
      return changed;
    });
  }

  /** Activates a sheet and selects a cell (for the pane's "go to cell"). */
  selectCell(sheet: string, cell: string): Promise<void> {
    return selectCell(sheet, cell, this.host.run);
  }
}

/** Activates a sheet and selects a cell in it. */
export async function selectCell(sheet: string, cell: string, run: ExcelRun = defaultRun()): Promise<void> {
  await run(async (context) => {
    const ws = context.workbook.worksheets.getItem(sheet);
    ws.activate();
    ws.getRange(cell).select();
    await context.sync();
  });
}
