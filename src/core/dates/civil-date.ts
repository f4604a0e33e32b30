// Civil dates (year, month, day) and Excel serial numbers (1900 system), free of time zones.

export interface CivilDate {
  readonly year: number;
  readonly month: number; // 1..12
  readonly day: number; // 1..31
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : DAYS_IN_MONTH[month - 1];
}

/** True when year/month/day name a real day of the proleptic Gregorian calendar. */
export function isValidCivil(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) && Number.isInteger(month) && Number.isInteger(day) &&
    year >= 1 && year <= 9999 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
  );
}

export function civil(year: number, month: number, day: number): CivilDate {
  if (!isValidCivil(year, month, day)) throw new RangeError(`invalid civil date ${year}-${month}-${day}`);
  return { year, month, day };
}

/** Days since 1970-01-01 (may be negative); Howard Hinnant's days_from_civil. */
export function toEpochDays(date: CivilDate): number {
  const y = date.month <= 2 ? date.year - 1 : date.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (date.month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + date.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromEpochDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Excel serial of 1970-01-01 in the 1900 date system. */
const EPOCH_SERIAL = 25569;

/**
 * Days between the 1900 and the 1904 date systems' serials of one day: a workbook saved with the
 * 1904 date system stores every date 1,462 days less
 * (https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
export const DAYS_1900_TO_1904 = 1462;

/**
 * Excel serial (1900 system) of a civil date. Serial 60 is Excel's fictitious 1900-02-29,
 * so real dates before 1900-03-01 are one lower than a plain day count would give.
 */
export function toSerial(date: CivilDate): number {
  const days = toEpochDays(date) + EPOCH_SERIAL;
  return days < 61 ? days - 1 : days;
}

/** Civil date of an Excel serial (fractions are times of day and are dropped). Null out of range. */
export function fromSerial(serial: number): CivilDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (whole < 1 || whole > 2958465) return null; // 1900-01-01 .. 9999-12-31
  if (whole === 60) return { year: 1900, month: 2, day: 29 }; // Excel's fictitious leap day
  return fromEpochDays((whole < 60 ? whole + 1 : whole) - EPOCH_SERIAL);
}

export function addDays(date: CivilDate, days: number): CivilDate {
  return fromEpochDays(toEpochDays(date) + days);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return toEpochDays(b) - toEpochDays(a);
}

export function compareDates(a: CivilDate, b: CivilDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: CivilDate): number {
  return (((toEpochDays(date) + 4) % 7) + 7) % 7;
}

export function endOfMonth(year: number, month: number): CivilDate {
  return { year, month, day: daysInMonth(year, month) };
}

export function formatISO(date: CivilDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** Formats as a clerk writes it: 2023年5月31日. */
export function formatChinese(date: CivilDate): string {
  return `${date.year}年${date.month}月${date.day}日`;
}

/** Parses a strict YYYY-MM-DD (also Y-M-D); null when it is not a real date. */
export function parseISO(text: string): CivilDate | null {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(y, mo, d) ? { year: y, month: mo, day: d } : null;
}

export function sameDate(a: CivilDate, b: CivilDate): boolean {
  return compareDates(a, b) === 0;
}

export function minDate(a: CivilDate, b: CivilDate): CivilDate {
  return compareDates(a, b) <= 0 ? a : b;
}

export function maxDate(a: CivilDate, b: CivilDate): CivilDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** Minutes east of UTC of China Standard Time (UTC+8, no daylight saving). */
export const CHINA_UTC_OFFSET_MINUTES = 480;

/** The civil date at an instant (milliseconds since 1970-01-01T00:00Z) in a fixed UTC offset, China's by default. */
export function civilDateAt(epochMs: number, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): CivilDate {
  return fromEpochDays(Math.floor((epochMs + offsetMinutes * 60000) / 86400000));
}

/** Date and time at an instant in a fixed UTC offset (China's by default), as the "生成于" line shows it: 2026-11-21 10:05. */
export function formatDateTimeAt(epochMs: number, offsetMinutes: number = CHINA_UTC_OFFSET_MINUTES): string {
  return new Date(epochMs + offsetMinutes * 60000).toISOString().slice(0, 16).replace('T', ' ');
}
