// Protection and calculation around writes: refusing a protected sheet before writing, and 定稿 waiting
// for Excel to finish calculating so that no stale value or #BUSY! is frozen.
/// <reference types="office-js" />

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

/** Excel was still calculating when 定稿 gave up waiting (the pane words it, strings.ts). */
export class CalculationPendingError extends Error {
  readonly code = 'CalculationPending';
  constructor() {
    super('Excel 仍在计算');
  }
}

/** How long 定稿 waits for Excel to finish calculating (it never freezes values still being calculated). */
const CALCULATION_WAIT_MS = 30_000;
const CALCULATION_POLL_MS = 250;

/**
 * Calculates what writes with calculation suspended left stale: after suspendApiCalculationUntilNextSync
 * "it is the developer's responsibility to re-calc the workbook"
 * (https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)).
 */
export async function recalculate(context: Excel.RequestContext): Promise<void> {
  context.workbook.application.calculate('Recalculate');
  await context.sync();
}

/** Waits until Excel's calculation is Done (ExcelApi 1.9; without it, nothing to wait on); throws a Chinese message when it never is. */
export async function calculationDone(context: Excel.RequestContext, sleep: (ms: number) => Promise<void>, supports: (set: string, version: string) => boolean): Promise<void> {
  if (!supports('ExcelApi', '1.9')) return;
  const app = context.workbook.application;
  for (let waited = 0; ; waited += CALCULATION_POLL_MS) {
    app.load('calculationState');
    await context.sync();
    if (app.calculationState === 'Done') return;
    if (waited >= CALCULATION_WAIT_MS) throw new CalculationPendingError();
    await sleep(CALCULATION_POLL_MS);
  }
}


/** Throws ProtectedError when the sheet (ExcelApi 1.2) is protected. */
export async function assertSheetWritable(context: Excel.RequestContext, ws: Excel.Worksheet, name: string, supports: (set: string, version: string) => boolean): Promise<void> {
  if (!supports('ExcelApi', '1.2')) return;
  const protection = ws.protection.load('protected');
  await context.sync();
  if (protection.protected) throw new ProtectedError('SheetProtected', name);
}
