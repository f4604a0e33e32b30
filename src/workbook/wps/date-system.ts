// The date system of a workbook open in WPS 表格 (1900 or 1904), read without writing, for the port and
// the DUBAN.* functions (kept apart from the reader so that the functions' page does not load it).
import { DAYS_1900_TO_1904, civil, toSerial } from '../../core/dates/civil-date';
import { DateShift } from '../excel/date-system';
import { EtObject, call, get } from './et';

/**
 * The workbook's date system: Workbook.Date1904 (ET's object model, as typed in et-jsapi-declare 2.5.0
 * lib.et.d.ts, after Excel's https://learn.microsoft.com/office/vba/api/excel.workbook.date1904); where a
 * build does not answer it, Application.Evaluate("DATE(2000,1,1)") (same file; 36,526 in the 1900 system,
 * 1,462 less in the 1904 one), which reads without writing. Value2 hands back serials of that system.
 * Null when this WPS tells neither (never guessed).
 */
export function workbookDateShift(wb: EtObject, application: EtObject): DateShift | null {
  try {
    const flag = get(wb, 'Date1904');
    if (flag === true || flag === -1) return DAYS_1900_TO_1904; // -1: VARIANT_TRUE
    if (flag === false || flag === 0) return 0;
  } catch {
    // a build without the member: ask DATE below
  }
  try {
    const serial = toSerial(civil(2000, 1, 1));
    const value = call(application, 'Evaluate', 'DATE(2000,1,1)');
    if (value === serial) return 0;
    if (value === serial - DAYS_1900_TO_1904) return DAYS_1900_TO_1904;
  } catch {
    // no Evaluate either
  }
  return null;
}
