// The period a unit wrote on its form's 填报期间 line ("2025年第二季度", "2025年6月", "2025年1-6月", "2025.6.1-2025.6.30"), read as days.
import { asciiDigits, parseChineseInteger } from '../dates/numerals';
import { CivilDate, compareDates, endOfMonth, isValidCivil } from '../dates/civil-date';
import { chineseDateDigits, dateOrNull } from '../dates/date-values';

export interface WrittenPeriod { readonly from: CivilDate; readonly to: CivilDate }

const QUARTER = /^(\d{4})\s*年?\s*(?:第\s*)?([一二三四1-4])\s*季度$|^(\d{4})\s*年?\s*Q([1-4])$/iu;
const HALF = /^(\d{4})\s*年\s*([上下])\s*半年$/u;
const YEAR = /^(\d{4})\s*年(?:度|全年)?$/u;
const MONTH = '(\\d{1,2}|[一二三四五六七八九十]{1,3})';
/** "2025年6月", "2025年1-6月", "六月份" (the year then the form's). */
const MONTHS = new RegExp(`^(?:(\\d{4})\\s*年)?\\s*${MONTH}\\s*(?:月份?)?\\s*(?:[-－—–~～至到]+\\s*${MONTH}\\s*)?月份?$`, 'u');
const RANGE = /\s*(?:[－—–~～至到]+|-(?=\s*\d{4}))\s*/u;

const month = (y: number, m: number): WrittenPeriod | null => (m >= 1 && m <= 12 ? { from: { year: y, month: m, day: 1 }, to: endOfMonth(y, m) } : null);

function span(a: WrittenPeriod | null, b: WrittenPeriod | null): WrittenPeriod | null {
  return a && b && compareDates(a.from, b.to) <= 0 ? { from: a.from, to: b.to } : null;
}

const monthNumber = (text: string): number => parseChineseInteger(text) ?? NaN;

/** The days a written period covers (months without a year in `year`), or null when it is not one of the ways clerks write a period. */
export function readWrittenPeriod(text: string, year?: number): WrittenPeriod | null {
  const t = chineseDateDigits(asciiDigits(text)).replace(/\s+/gu, ' ').trim().replace(/^(?:填报)?期间[:：]?\s*/u, '');
  let m = QUARTER.exec(t);
  if (m) {
    const year = Number(m[1] ?? m[3]);
    const q = Number(m[4] ?? (/\d/u.test(m[2]) ? m[2] : parseChineseInteger(m[2])));
    return span(month(year, q * 3 - 2), month(year, q * 3));
  }
  if ((m = HALF.exec(t))) return m[2] === '上' ? span(month(+m[1], 1), month(+m[1], 6)) : span(month(+m[1], 7), month(+m[1], 12));
  if ((m = YEAR.exec(t))) return span(month(+m[1], 1), month(+m[1], 12));
  if ((m = MONTHS.exec(t))) {
    const y = m[1] ? Number(m[1]) : year;
    if (y === undefined) return null;
    return m[3] ? span(month(y, monthNumber(m[2])), month(y, monthNumber(m[3]))) : month(y, monthNumber(m[2]));
  }
  let ends = t.split(RANGE);
  // "2025年6月1日-6月30日": a hyphen after 日 parts two dates (a hyphen inside 2025-06-01 does not)
  if (ends.length !== 2) {
    const days = t.split(/[日号]\s*-\s*/u);
    if (days.length !== 2) return null;
    ends = [`${days[0]}日`, days[1]];
  }
  const from = dateOrNull(ends[0]);
  // "2025年6月1日至6月30日": the second end borrows the first's year
  const to = dateOrNull(ends[1]) ?? (from ? dateOrNull(`${from.year}年${ends[1]}`) : null);
  if (!from || !to || !isValidCivil(to.year, to.month, to.day) || compareDates(from, to) > 0) return null;
  return { from, to };
}
