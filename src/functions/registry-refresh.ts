// After the workbook opens (or the shared runtime reloads), DUBAN.REGISTRY cells must run again in this runtime.
//
// A REGISTRY handle's table lives in the runtime's memory, and Excel does not recalculate a
// non-volatile function when a workbook opens: UNITS/CHECKUNITS over a saved handle would answer
// #N/A on their next calculation until Ctrl+Alt+F9. Chosen fix: when the shared runtime starts (the
// manifest's runtime loads with the document, see startRegistryRefresh), every REGISTRY formula is
// entered again, so that Excel calculates it, and the cells that depend on it, in this runtime.
// Rejected: reading the registry through Excel.RequestContext from UNITS on a miss would make
// UNITS asynchronous for every call and needs the range's address inside the handle.
/// <reference types="office-js" />
import { ExcelRun } from '../workbook/excel/office';

/** A formula that calls DUBAN.REGISTRY. */
export const REGISTRY_FORMULA = /\bDUBAN\.REGISTRY\s*\(/i;

/** Re-enters every DUBAN.REGISTRY formula of the workbook so that Excel calculates it (and its dependents) in this runtime; the number of cells. */
export async function refreshRegistryCells(run: ExcelRun): Promise<number> {
  return run(async (context) => {
    const sheets = context.workbook.worksheets.load('items/name');
    await context.sync();
    const used = sheets.items.map((ws) => ({ ws, range: ws.getUsedRangeOrNullObject(false).load('rowIndex') }));
    await context.sync();
    const special = used
      .filter((u) => !u.range.isNullObject)
      .map((u) => ({ ws: u.ws, areas: u.range.getSpecialCellsOrNullObject('Formulas').load('areaCount') }));
    await context.sync();
    const withFormulas = special.filter((s) => !s.areas.isNullObject);
    const areaLists = withFormulas.map((s) => ({ ws: s.ws, items: s.areas.areas.load('items/rowIndex,items/columnIndex,items/rowCount,items/columnCount') }));
    await context.sync();
    const reads = areaLists.flatMap(({ ws, items }) =>
      items.items.map((a) => ({ ws, row: a.rowIndex, col: a.columnIndex, range: ws.getRangeByIndexes(a.rowIndex, a.columnIndex, a.rowCount, a.columnCount).load('formulas') })),
    );
    await context.sync();
    let count = 0;
    for (const { ws, row, col, range } of reads) {
      (range.formulas as unknown[][]).forEach((cells, i) =>
        cells.forEach((f, j) => {
          if (typeof f !== 'string' || !REGISTRY_FORMULA.test(f)) return;
          ws.getRangeByIndexes(row + i, col + j, 1, 1).formulas = [[f]];
          count++;
        }),
      );
    }
    if (count > 0) await context.sync();
    return count;
  });
}

/**
 * In Excel: asks for the shared runtime to load with this document from now on (so that this runs
 * at every opening, SharedRuntime 1.1), then refreshes the REGISTRY cells (getSpecialCells needs
 * ExcelApi 1.9; older Excel keeps Ctrl+Alt+F9). Outside Excel: nothing.
 */
export function startRegistryRefresh(): void {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return;
  void Office.onReady(async (info) => {
    if (info.host !== Office.HostType.Excel) return;
    try {
      if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) await Office.addin.setStartupBehavior(Office.StartupBehavior.load);
      if (Office.context.requirements.isSetSupported('ExcelApi', '1.9')) await refreshRegistryCells((batch) => Excel.run(batch));
    } catch {
      // a protected sheet or a busy Excel: the handles come back at the next recalculation, as before
    }
  });
}
