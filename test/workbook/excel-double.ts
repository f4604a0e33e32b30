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
// The double lives in four rooms: the state (excel-double-model), the request context
// (excel-double-context), the workbook-level proxies and the ranges; this file joins them.
import { FakeContext } from './excel-double-context';
import { WorkbookState } from './excel-double-model';
import { WorkbookProxy } from './excel-double-proxies';

export * from './excel-double-model';
export { coerce } from './excel-double-range';

/** The workbook behind the double: sheets, names, and what every sync carried; `run` is Excel.run for it. */
export class WorkbookModel extends WorkbookState {
  /** Excel.run for OfficeWorkbook: a fresh request context per run. */
  readonly run = <T>(batch: (context: never) => Promise<T>): Promise<T> => batch(new FakeContext(this, (context) => new WorkbookProxy(context)) as never);
}
