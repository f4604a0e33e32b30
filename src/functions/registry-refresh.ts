// After the workbook opens, the DUBAN.REGISTRY cells recalculate in this runtime: where they are is recorded in the
// document's settings when each is calculated, and only those cells are recalculated at the next opening.
//
// A REGISTRY handle's table lives in the runtime's memory, and Excel does not recalculate a
// non-volatile function when a workbook opens: UNITS/CHECKUNITS over a saved handle would answer
// #N/A until Ctrl+Alt+F9. REGISTRY asks Excel for its own address (@requiresAddress); the list of
// addresses is kept in Office.context.document.settings (saved with the workbook, written only when it
// changes, so not at an opening that finds the same cells). When the shared runtime starts with the
// document, those cells are recalculated with Range.calculate (ExcelApi 1.6) in bounded requests:
// nothing is written into the workbook, nothing scanned. Rejected: re-entering every REGISTRY formula
// found by scanning all formulas (unbounded requests, the document marked changed at every opening,
// failing on protected sheets). A failure is kept for the pane to show (registryRestoreProblem).
/// <reference types="office-js" />
import type { ExcelRun } from '../workbook/excel/office';

/** The document setting that lists the REGISTRY cells ("工作表!H1", as Excel gives an address). */
export const REGISTRY_CELLS_SETTING = 'duban.registryCells';
/** Cells kept at most (a workbook needs one or a few handles; a runaway copy must not grow the list without bound). */
export const REGISTRY_CELLS_MAX = 100;
/** Cells recalculated per request. */
const CELLS_PER_SYNC = 25;

/** Where the list lives: the document's settings in Excel, a map in tests. */
export interface CellStore {
  read(): string[];
  write(cells: readonly string[]): Promise<void>;
}

/** The document's settings (Office common API), saved with the workbook. */
export function documentSettingsStore(): CellStore {
  const settings = Office.context.document.settings;
  return {
    read: () => {
      const v = settings.get(REGISTRY_CELLS_SETTING) as unknown;
      return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
    },
    write: (cells) =>
      new Promise((resolve, reject) => {
        settings.set(REGISTRY_CELLS_SETTING, [...cells]);
        settings.saveAsync((result) => (result.status === Office.AsyncResultStatus.Succeeded ? resolve() : reject(result.error)));
      }),
  };
}

/** Splits "Sheet1!H1" or "'任务 分工表'!$H$1" into sheet and cell; null when it is no such address. */
export function splitAddress(address: string): { sheet: string; cell: string } | null {
  const bang = address.lastIndexOf('!');
  if (bang <= 0) return null;
  let sheet = address.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const cell = address.slice(bang + 1).replace(/\$/g, '');
  return /^[A-Z]{1,3}\d+$/i.test(cell) && sheet ? { sheet, cell } : null;
}

/**
 * Records a REGISTRY cell's address (from its invocation). The store is written only when the list
 * changes: the same cells calculated again (at an opening) change nothing in the document. Whether it wrote.
 */
export async function recordRegistryCell(address: string | undefined, store: CellStore | null): Promise<boolean> {
  if (!address || !store || !splitAddress(address)) return false;
  const cells = store.read();
  if (cells.includes(address)) return false;
  await store.write([...cells, address].slice(-REGISTRY_CELLS_MAX));
  return true;
}

/** What a restore did: cells recalculated, and the ones that are gone (their sheet deleted or renamed). */
export interface RestoreOutcome {
  readonly recalculated: number;
  readonly missing: readonly string[];
}

/** Recalculates the given REGISTRY cells (Range.calculate), CELLS_PER_SYNC per request; writes nothing. */
export async function recalculateRegistryCells(run: ExcelRun, addresses: readonly string[]): Promise<RestoreOutcome> {
  const cells = addresses.map((a) => ({ address: a, at: splitAddress(a) })).filter((c) => c.at !== null);
  if (cells.length === 0) return { recalculated: 0, missing: [] };
  return run(async (context) => {
    const missing: string[] = [];
    let recalculated = 0;
    for (let i = 0; i < cells.length; i += CELLS_PER_SYNC) {
      const chunk = cells.slice(i, i + CELLS_PER_SYNC).map((c) => ({ ...c, ws: context.workbook.worksheets.getItemOrNullObject(c.at!.sheet) }));
      await context.sync();
      for (const c of chunk) {
        if (c.ws.isNullObject) missing.push(c.address);
        else {
          c.ws.getRange(c.at!.cell).calculate();
          recalculated++;
        }
      }
      await context.sync();
    }
    return { recalculated, missing };
  });
}

/** A restore that failed at this opening, in Chinese, for the pane to show (the functions bundle and the pane share the window). */
const PROBLEM_KEY = '__dubanRegistryRestoreProblem';

/** The Chinese message of a failed restore at this opening, or null. */
export function registryRestoreProblem(): string | null {
  return typeof window === 'undefined' ? null : ((window as unknown as Record<string, string | undefined>)[PROBLEM_KEY] ?? null);
}

function reportProblem(message: string): void {
  if (typeof window !== 'undefined') (window as unknown as Record<string, string>)[PROBLEM_KEY] = message;
  // eslint-disable-next-line no-console
  console.warn(message);
}

/** The message for a restore that could not run or left cells out. */
export function restoreMessage(error: unknown, missing: readonly string[] = []): string {
  if (missing.length > 0) return `督办没有找到 DUBAN.REGISTRY 所在的单元格 ${missing.join('、')}（工作表可能已改名或删除），引用它们的 UNITS、CHECKUNITS 可能显示 #N/A：请按 Ctrl+Alt+F9 全部重算。`;
  const detail = error instanceof Error ? error.message : String(error);
  return `督办没能在打开工作簿时重算 DUBAN.REGISTRY 单元格（${detail}），引用它们的 UNITS、CHECKUNITS 可能显示 #N/A：请按 Ctrl+Alt+F9 全部重算。`;
}

/**
 * In Excel: recalculates the recorded REGISTRY cells, and asks for the runtime to load with this
 * document only while there are any (SharedRuntime 1.1): a workbook without handles opens without
 * Duban's code. Outside Excel: nothing.
 */
export async function startRegistryRefresh(): Promise<void> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return;
  const info = await Office.onReady();
  if (info.host !== Office.HostType.Excel) return;
  try {
    const cells = documentSettingsStore().read();
    if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) {
      await Office.addin.setStartupBehavior(cells.length > 0 ? Office.StartupBehavior.load : Office.StartupBehavior.none);
    }
    if (cells.length === 0 || !Office.context.requirements.isSetSupported('ExcelApi', '1.6')) return;
    const outcome = await recalculateRegistryCells((batch) => Excel.run(batch), cells);
    if (outcome.missing.length > 0) reportProblem(restoreMessage(null, outcome.missing));
  } catch (error) {
    reportProblem(restoreMessage(error));
  }
}

/** Where REGISTRY records its cell: the document's settings inside Excel, nowhere elsewhere. */
export function registryCellStore(): CellStore | null {
  try {
    return typeof Office !== 'undefined' && Office.context?.document?.settings ? documentSettingsStore() : null;
  } catch {
    return null;
  }
}
