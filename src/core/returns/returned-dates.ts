// Dates as unit clerks type them into a return: full dates, 8-digit numbers (20230615), month and day without a year ("6.15", "6月15日") read in the period's year, and a number Excel made of "6.20" refused with the reason.
import { CivilDate, compareDates, formatISO, isValidCivil } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { asciiDigits } from '../dates/numerals';
import { CellValue } from '../sheets/grid';

export type ReturnedDate =
  | { readonly date: CivilDate; /** Said to the office when the reading added something (the year). */ readonly note?: string }
  | { readonly reject: string };

const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/u;

/** An 8-digit number yyyymmdd (20230615) as a date: far beyond any Excel serial (9999-12-31 is 2958465), so it cannot be one. */
function compactNumber(value: number): CivilDate | null {
  if (!Number.isInteger(value) || value < 19000101 || value > 29991231) return null;
  const [y, m, d] = [Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100];
  return isValidCivil(y, m, d) ? { year: y, month: m, day: d } : null;
}

/**
 * The year of a month and day written without one: the year that puts it inside the period, else
 * the period's last year (a 填报日期 of January for a December period: the next year).
 */
export function yearOfMonthDay(month: number, day: number, period: { readonly from: CivilDate; readonly to: CivilDate }): CivilDate | null {
  for (let year = period.from.year; year <= period.to.year; year++) {
    if (!isValidCivil(year, month, day)) continue;
    const date = { year, month, day };
    if (compareDates(date, period.from) >= 0 && compareDates(date, period.to) <= 0) return date;
  }
  const after = { year: period.to.year, month, day };
  if (isValidCivil(after.year, month, day) && compareDates(after, period.from) >= 0) return after;
  return isValidCivil(period.to.year + 1, month, day) ? { year: period.to.year + 1, month, day } : null;
}

/** A date a unit typed, read as a careful clerk reads it; what cannot be read safely is refused with what was typed. */
export function readReturnedDate(value: CellValue | undefined, period: { readonly from: CivilDate; readonly to: CivilDate }, what = '日期'): ReturnedDate | null {
  const read = readDateValue(value);
  if (typeof value === 'number') {
    const compact = compactNumber(value);
    if (compact) return { date: compact };
    // a serial before 1901: "6.20" typed into a date cell became the number 6.2 (6月2日 or 6月20日? the digits are gone)
    if (value > 0 && value < 367) {
      const text = String(Math.round(value * 10000) / 10000);
      return { reject: `${what}是数字 ${text}，不是日期（可能是把“月.日”写成了小数，小数末尾的 0 已被 Excel 去掉，读不出是哪一天）：请写成 ${formatISO(period.to)} 这样的完整日期` };
    }
  }
  if (read.ok) return { date: read.date };
  if (typeof value === 'string') {
    const text = asciiDigits(value.normalize('NFKC')).trim();
    const m = MONTH_DAY.exec(text);
    if (m) {
      const date = yearOfMonthDay(Number(m[1]), Number(m[2]), period);
      if (date) return { date, note: `${what}“${text}”没有写年份，按填报期间读作 ${formatISO(date)}` };
    }
  }
  return null;
}

