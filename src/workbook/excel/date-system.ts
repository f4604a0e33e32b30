// The open workbook's date system (1900 or 1904) as Excel itself calculates it, and the shift between
// its serials and core's 1900-system serials, for the Office port and the DUBAN.* functions alike.
/// <reference types="office-js" />
import { DAYS_1900_TO_1904, civil, toSerial } from '../../core/dates/civil-date';
import { isDateFormatCode } from '../../core/sheets/grid';

/**
 * Days to add to a serial of the workbook to get core's 1900-system serial of the same day:
 * 0 in a 1900 workbook, 1,462 in a 1904 one (Excel 选项 → 高级 → 使用 1904 日期系统).
 */
export type DateShift = 0 | typeof DAYS_1900_TO_1904;

/** The day Excel is asked for; its serial is 36,526 in the 1900 system and 35,064 in the 1904 system. */
const PROBE = civil(2000, 1, 1);

/**
 * The request that tells the date system: DATE(2000,1,1) evaluated through Workbook.functions
 * (ExcelApi 1.2), which computes without a cell, so nothing in the workbook changes and it is not
 * marked as changed. Microsoft's Workbook.use1904DateSystem would say it directly but is still
 * "ExcelApi BETA (PREVIEW ONLY)" and absent from the released office.js and @types/office-js
 * (https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-use1904datesystem-member).
 * Queue it with a request's other loads; read the answer with dateShiftOf after that sync.
 */
export function queueDateProbe(context: Excel.RequestContext): Excel.FunctionResult<number> {
  return context.workbook.functions.date(PROBE.year, PROBE.month, PROBE.day).load('value,error');
}

/**
 * The shift a synced probe answers, or null when Excel's answer is neither system's (an error, or
 * a host whose DATE behaves otherwise): the caller must then not guess (never four years off in silence).
 */
export function dateShiftOf(probe: Excel.FunctionResult<number>): DateShift | null {
  let value: unknown;
  try {
    if (probe.error) return null;
    value = probe.value;
  } catch {
    return null;
  }
  const serial = toSerial(PROBE);
  if (value === serial) return 0;
  if (value === serial - DAYS_1900_TO_1904) return DAYS_1900_TO_1904;
  return null;
}

/** Asks Excel in a request of its own (the functions' runtime, which has no other request to ride on). */
export async function learnDateShift(context: Excel.RequestContext): Promise<DateShift | null> {
  const probe = queueDateProbe(context);
  await context.sync();
  return dateShiftOf(probe);
}

/** Whether a number in a cell of this format is a date or time (it then follows the date system). */
export function isDateCell(value: unknown, numberFormat: string | null | undefined): value is number {
  return typeof value === 'number' && isDateFormatCode(numberFormat);
}

/** Said when dates must be read or written but the host (Excel, WPS) did not tell the workbook's date system. */
export const DATE_SYSTEM_UNKNOWN =
  '督办无法确定本工作簿使用 1900 还是 1904 日期系统，为免日期错开四年，没有读取或写入日期。' +
  '请关闭并重新打开工作簿后再试；仍然如此时，请把工作簿另存为 .xlsx，用督办的浏览器页面或命令行处理。';

/** The shift, or the Chinese error that says why dates cannot be converted. */
export function requireShift(shift: DateShift | null): DateShift {
  if (shift === null) throw new Error(DATE_SYSTEM_UNKNOWN);
  return shift;
}
