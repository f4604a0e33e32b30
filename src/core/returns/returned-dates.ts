// Dates as unit clerks type them into a return: full dates, 8-digit numbers (20230615), month and day without a year ("6.15", "6月15日") read in the period's year, and a number Excel made of "6.20" refused with the reason.
import { CivilDate, formatISO, isValidCivil, toEpochDays } from '../dates/civil-date';
import { monthDayOf, readDateValue, withoutTimeOfDay } from '../dates/date-values';
import { CellValue } from '../sheets/grid';

export type ReturnedDate =
  | { readonly date: CivilDate; /** Said to the office when the reading added something (the year). */ readonly note?: string }
  | { readonly reject: string };

/** 2000-01-01 as an Excel serial: a date cell holding less is a number typed into it, not a date. */
const EARLIEST_SERIAL = 36526;
const MONTH_ONLY = /^(?:\d{4}\s*[-/.年]\s*)?\d{1,2}\s*月(?:份|上旬|中旬|下旬|初|中|底|末)?$|^\d{4}\s*[-/.]\s*\d{1,2}$/u;
/** A two-digit year: 23.6.15, 23/6/15, 23年6月15日. */
const SHORT_YEAR = /^(\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/u;

/** An 8-digit number yyyymmdd (20230615) as a date: far beyond any Excel serial (9999-12-31 is 2958465), so it cannot be one. */
function compactNumber(value: number): CivilDate | null {
  if (!Number.isInteger(value) || value < 19000101 || value > 29991231) return null;
  const [y, m, d] = [Math.floor(value / 10000), Math.floor(value / 100) % 100, value % 100];
  return isValidCivil(y, m, d) ? { year: y, month: m, day: d } : null;
}

/**
 * The year of a month and day written without one: the year that puts it inside the period, else the
 * year that puts it nearest the period (5.28 in a June return is last month's, not next year's; a
 * 填报日期 of 1.5 after a December period is the next year's).
 */
export function yearOfMonthDay(month: number, day: number, period: { readonly from: CivilDate; readonly to: CivilDate }): CivilDate | null {
  let best: { date: CivilDate; distance: number } | null = null;
  for (let year = period.from.year - 1; year <= period.to.year + 1; year++) {
    if (!isValidCivil(year, month, day)) continue;
    const date = { year, month, day };
    const days = toEpochDays(date);
    const distance = Math.max(0, toEpochDays(period.from) - days, days - toEpochDays(period.to));
    if (!best || distance < best.distance) best = { date, distance };
  }
  return best?.date ?? null;
}

/**
 * The year-less note said once for several rows of a return ("日期没有写年份，按填报期间读作 2025 年的日期"): each row's own
 * reading is in the ledger's row; null for any other note.
 */
export function yearlessNoteShared(reason: string): string | null {
  const m = /^(.+?)“[^”]*”没有写年份，按填报期间读作 (\d{4})-\d{2}-\d{2}$/u.exec(reason);
  return m ? `${m[1]}没有写年份，按填报期间读作 ${m[2]} 年的日期` : null;
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
    // 2023.6 typed into a date cell: a serial of 1905; no return reports an article from before 2000
    if (value >= 367 && value < EARLIEST_SERIAL) {
      return { reject: `${what}是数字 ${String(Math.round(value * 10000) / 10000)}，不是日期（按 Excel 日期算是 ${read.ok ? formatISO(read.date) : '无效日期'}）：请写成 ${formatISO(period.to)} 这样的完整日期` };
    }
  }
  if (read.ok) return { date: read.date };
  if (typeof value === 'string') {
    const text = withoutTimeOfDay(value);
    if (text !== value.trim()) {
      const again = readDateValue(text);
      if (again.ok) return { date: again.date };
    }
    if (MONTH_ONLY.test(text)) return { reject: `${what}“${text}”只写到月份，没有写是哪一天：请写成 ${formatISO(period.to)} 这样的完整日期` };
    const short = SHORT_YEAR.exec(text);
    if (short) {
      const [y, mo, d] = [2000 + Number(short[1]), Number(short[2]), Number(short[3])];
      if (y >= period.from.year - 1 && y <= period.to.year + 1 && isValidCivil(y, mo, d)) {
        return { date: { year: y, month: mo, day: d }, note: `${what}“${text}”的年份只写了两位，读作 ${formatISO({ year: y, month: mo, day: d })}` };
      }
    }
    const m = monthDayOf(text);
    if (m) {
      const date = yearOfMonthDay(m.month, m.day, period);
      // quoted as typed: "六月五日" is read as 6月5日, and said as the clerk wrote it
      if (date) return { date, note: `${what}“${value.trim().slice(0, 40)}”没有写年份，按填报期间读作 ${formatISO(date)}` };
    }
  }
  return null;
}

