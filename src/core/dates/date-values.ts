// Reads a full calendar date from a cell: an Excel serial or text such as 2023-06-30 or 2023年6月30日.
import { CivilDate, fromSerial, isValidCivil } from './civil-date';
import { CellValue, isCellError } from '../sheets/grid';
import { asciiDigits, parseChineseInteger } from './numerals';

export type DateValueResult =
  | { ok: true; date: CivilDate }
  | { ok: false; reason: 'empty' | 'error' | 'invalid' | 'unrecognized' };

const FULL_DATE = /^(\d{4})\s*(?:[-/.年])\s*(\d{1,2})\s*(?:[-/.月])\s*(\d{1,2})\s*[日号]?$/;
const COMPACT_DATE = /^(\d{4})(\d{2})(\d{2})$/;

/** A date in Chinese numerals as 公文 and clerks write it: 二〇二五年六月五日 (〇 also typed ○ or 零), 六月二十五日, 二〇二五年六月. */
const CHINESE_DATE = /^(?:([〇○零一二三四五六七八九]{4})\s*年\s*)?([一二三四五六七八九十]{1,2})\s*月(?:\s*([一二三四五六七八九十]{1,3})\s*([日号]))?$/u;

/** A date written in Chinese numerals, in digits (二〇二五年六月五日 → 2025年6月5日); any other text unchanged. */
export function chineseDateDigits(text: string): string {
  const m = CHINESE_DATE.exec(text);
  if (!m) return text;
  const [year, month, day] = [m[1] && parseChineseInteger(m[1].replace(/○/gu, '〇')), parseChineseInteger(m[2]), m[3] && parseChineseInteger(m[3])];
  if (year === null || month === null || day === null) return text;
  return `${year ? `${year}年` : ''}${month}月${day ? `${day}${m[4]}` : ''}`;
}

/** A date from a cell holding a serial, or text naming year, month and day. */
export function readDateValue(value: CellValue | undefined): DateValueResult {
  if (value === null || value === undefined) return { ok: false, reason: 'empty' };
  if (isCellError(value)) return { ok: false, reason: 'error' };
  if (typeof value === 'number') {
    const date = fromSerial(value);
    return date ? { ok: true, date } : { ok: false, reason: 'invalid' };
  }
  if (typeof value !== 'string') return { ok: false, reason: 'unrecognized' };
  const text = chineseDateDigits(asciiDigits(value.normalize('NFKC')).trim());
  if (text === '') return { ok: false, reason: 'empty' };
  const m = FULL_DATE.exec(text) ?? COMPACT_DATE.exec(text);
  if (!m) return { ok: false, reason: 'unrecognized' };
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidCivil(y, mo, d) ? { ok: true, date: { year: y, month: mo, day: d } } : { ok: false, reason: 'invalid' };
}

/** A time of day after a date typed as text ("2023-06-15 14:30", "2023年6月15日上午"): the day is what counts. */
// the day's last character is kept by the replacement ($1): no lookbehind, which Safari before 16.4 cannot parse
const TIME_OF_DAY = /([\d日号])(?:\s*(?:(?:上午|下午|晚上|早上|中午)\s*)?(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?|\d{1,2}\s*[时点](?:\s*\d{1,2}\s*分)?)?|\s*(?:上午|下午|晚上|早上|中午))$/u;

/** Text of a date cell with its ASCII digits and without a time of day after the date ("2023年6月15日上午" → 2023年6月15日). */
export function withoutTimeOfDay(text: string): string {
  return chineseDateDigits(asciiDigits(text.normalize('NFKC')).trim().replace(TIME_OF_DAY, '$1'));
}

/** A month and day written without a year: "6.15", "6月15日", "6/15" (not checked against a calendar). */
const MONTH_DAY = /^(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*[日号]?$/u;

export function monthDayOf(text: string): { month: number; day: number } | null {
  const m = MONTH_DAY.exec(text);
  return m ? { month: Number(m[1]), day: Number(m[2]) } : null;
}

/** A full date as readDateValue reads it, also when a time of day follows it as text. */
export function readDateIgnoringTime(value: CellValue | undefined): DateValueResult {
  const read = readDateValue(value);
  if (read.ok || typeof value !== 'string') return read;
  const text = withoutTimeOfDay(value);
  return text === value.trim() ? read : readDateValue(text);
}

/** The date or null, for places where the reason does not matter. */
export function dateOrNull(value: CellValue | undefined): CivilDate | null {
  const r = readDateValue(value);
  return r.ok ? r.date : null;
}
