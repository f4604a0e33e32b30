// 春节 (正月初一) of each year 1990–2100 and the length of the 腊月 before it, so that 年初三, 正月十五, 腊月二十三 and 除夕 are civil dates.
// The figures are chinese-days' lunar calendar (getSolarDateFromLunar), kept as a table so that the custom functions do not carry
// the library's lunar code; test/core/lunar-days.test.ts checks every year against the library.
import { CivilDate, addDays } from './civil-date';

const FIRST_YEAR = 1990;
/** Four characters a year: the month of 春节 (1 or 2), its day (two digits), the 腊月 before it of 29 days (9) or 30 (0). */
const TABLE =
  '127021502040123021091310219020791289216020591249212020191220209012992180207012602140203012392109131021902089128021602050125021202019122021001299217920691269213920301239211913102190208012802150204012492129201912202100130021702060126021402029123921192010219020801280215920401249212920291219209912992170205912602140203912302110131021902070127921592050124921292020122020901290217020691260214020391240210913092189207912792159205012592120201012102090';

/** The years the table holds. */
export const LUNAR_YEARS = { first: FIRST_YEAR, last: FIRST_YEAR + TABLE.length / 4 - 1 } as const;

/** 正月初一 of `year` (春节), or null outside the table. */
export function lunarNewYear(year: number): CivilDate | null {
  const at = (year - FIRST_YEAR) * 4;
  if (!Number.isInteger(year) || at < 0 || at >= TABLE.length) return null;
  return { year, month: Number(TABLE[at]), day: Number(TABLE.slice(at + 1, at + 3)) };
}

/**
 * A day of 正月 (month 1) of `year`'s lunar year, or of the 腊月 (month 12) just before its 春节 ("腊月二十三" of a 2025 春节 plan is
 * 2025-01-22). Null outside the table, or for a day the month does not have (正月 is read up to 廿九; 腊月三十 in a month of 29 days).
 */
export function lunarDay(year: number, month: 1 | 12, day: number): CivilDate | null {
  const newYear = lunarNewYear(year);
  if (!newYear || !Number.isInteger(day) || day < 1) return null;
  if (month === 1) return day <= 29 ? addDays(newYear, day - 1) : null;
  const length = TABLE[(year - FIRST_YEAR) * 4 + 3] === '9' ? 29 : 30;
  return day <= length ? addDays(newYear, day - length - 1) : null;
}
