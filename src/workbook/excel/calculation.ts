// Protection and calculation around writes: refusing a protected sheet before writing, and 定稿 waiting
// for Excel to finish calculating so that no stale value or #BUSY! is frozen.
/// <reference types="office-js" />
import { a1 } from '../../core/sheets/grid';

/**
 * Why a write was refused: a protected sheet (named) or a protected workbook structure. The pane
 * words it (strings.ts); checked before writing, since Excel's own refusal names neither.
 */
export class ProtectedError extends Error {
  constructor(
    readonly code: 'SheetProtected' | 'StructureProtected',
    readonly sheet: string | null,
  ) {
    super(code === 'SheetProtected' ? `工作表“${sheet}”受保护` : '工作簿结构受保护');
  }
}

/**
 * 定稿 gave up waiting: Excel's calculation never said Done, or a cell to be frozen still showed #BUSY!
 * (`cell`, as 工作表!A1). The pane words it (strings.ts).
 */
export class CalculationPendingError extends Error {
  readonly code = 'CalculationPending';
  constructor(readonly cell: string | null = null) {
    super(cell ? `${cell} 仍显示 #BUSY!` : 'Excel 仍在计算');
  }
}

/** How long 定稿 waits for Excel to finish calculating (it never freezes values still being calculated). */
const CALCULATION_WAIT_MS = 30_000;
const CALCULATION_POLL_MS = 250;
/** Bytes a read of one cell's value and type is budgeted at while looking for #BUSY!. */
const BUSY_READ_BYTES_PER_CELL = 64;

/**
 * Calculates what writes with calculation suspended left stale: after suspendApiCalculationUntilNextSync
 * "it is the developer's responsibility to re-calc the workbook"
 * (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)).
 */
export async function recalculate(context: Excel.RequestContext): Promise<void> {
  context.workbook.application.calculate('Recalculate');
  await context.sync();
}

/** A block of a sheet by indexes (0-based), as Range.rowIndex/columnIndex/rowCount/columnCount give it. */
export interface Area {
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** The first cell of `area` showing #BUSY! (its A1 address), read in requests within `budget` bytes; null when none does. */
async function firstBusyCell(context: Excel.RequestContext, ws: Excel.Worksheet, area: Area, budget: number): Promise<string | null> {
  const rowsPerRead = Math.max(1, Math.floor(budget / (area.columnCount * BUSY_READ_BYTES_PER_CELL)));
  for (let r0 = 0; r0 < area.rowCount; r0 += rowsPerRead) {
    const count = Math.min(rowsPerRead, area.rowCount - r0);
    const block = ws.getRangeByIndexes(area.rowIndex + r0, area.columnIndex, count, area.columnCount).load('values,valueTypes');
    await context.sync();
    for (let i = 0; i < count; i++) {
      for (let c = 0; c < area.columnCount; c++) {
        if (block.valueTypes[i]?.[c] === 'Error' && block.values[i]?.[c] === '#BUSY!') return a1(area.rowIndex + r0 + i, area.columnIndex + c);
      }
    }
  }
  return null;
}

/**
 * Before 定稿 freezes `area` of sheet `name`: waits, at most CALCULATION_WAIT_MS, until Excel says its
 * calculation is Done (ExcelApi 1.9) and no cell of the area shows #BUSY!. calculationState can say
 * Done while asynchronous functions still show #BUSY! (https://github.com/OfficeDev/office-js/issues/4152)
 * and can stay Pending for good (https://github.com/OfficeDev/office-js/issues/3319): either way,
 * after the wait nothing is frozen and CalculationPendingError says which cell, if one was seen.
 */
export async function settleBeforeFreeze(
  context: Excel.RequestContext,
  ws: Excel.Worksheet,
  name: string,
  area: Area,
  host: { supports(set: string, version: string): boolean; sleep(ms: number): Promise<void>; readonly budget: number },
): Promise<void> {
  const app = context.workbook.application;
  for (let waited = 0; ; waited += CALCULATION_POLL_MS) {
    let done = true;
    if (host.supports('ExcelApi', '1.9')) {
      app.load('calculationState');
      await context.sync();
      done = app.calculationState === 'Done';
    }
    const busy = done ? await firstBusyCell(context, ws, area, host.budget) : null;
    if (done && busy === null) return;
    if (waited >= CALCULATION_WAIT_MS) throw new CalculationPendingError(busy === null ? null : `${name}!${busy}`);
    await host.sleep(CALCULATION_POLL_MS);
  }
}

/** Throws ProtectedError when the sheet (ExcelApi 1.2) is protected. */
export async function assertSheetWritable(context: Excel.RequestContext, ws: Excel.Worksheet, name: string, supports: (set: string, version: string) => boolean): Promise<void> {
  if (!supports('ExcelApi', '1.2')) return;
  const protection = ws.protection.load('protected');
  await context.sync();
  if (protection.protected) throw new ProtectedError('SheetProtected', name);
}
