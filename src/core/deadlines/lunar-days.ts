// Lunar days of the 春节 season in a deadline ("年初一、初二", "正月初八至十五", "腊月二十三", "除夕") written as the plan year's dates.
import { CivilDate } from '../dates/civil-date';
import { lunarDay } from '../dates/lunar-new-year';

const NUM: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** A lunar day: 初一…初十, 十一…十九, 二十…二十九 or 廿一…廿九, 三十 (a bare 十 says nothing). */
export const LUNAR_DAY = '初[一二三四五六七八九十]|十[一二三四五六七八九]|二十[一二三四五六七八九]?|廿[一二三四五六七八九]|三十';
/** The month a lunar day is of: 年 only right before 初 ("年初三"; the 年初 of a year's start has no day after it). */
export const LUNAR_MONTH = '(?:农历)?(?:大年|正月|腊月|年(?=初))';
const SEP = '(?:[、,，和及至到~～—\\-]|以及)';
/** A run of lunar days after a month ("年初一、初二", "正月初八至十五", "腊月二十八至正月初六"), or 除夕. */
// (never "年初一次性…", "年初一季度": a count or a quarter follows)
export const LUNAR_RUN = `${LUNAR_MONTH}(?:${LUNAR_DAY})(?![次季批期个周月年])(?:${SEP}${LUNAR_MONTH}?(?:${LUNAR_DAY}))*|除夕`;
/**
 * The run in a text; group 1 is what stands before it: a digit or 今/明/本/当/去/次/每/全 makes the 年 a year's ("2024年初", "今年初一季度"),
 * not 大年's. (No lookbehind: Safari before 16.4 cannot parse it.)
 */
const IN_TEXT = new RegExp(`(^|[^0-9今明本当去次每全])(${LUNAR_RUN})`, 'g');
const EACH_DAY = new RegExp(`(${LUNAR_MONTH})?(${LUNAR_DAY})`, 'g');

function dayNumber(token: string): number {
  if (token.startsWith('初')) return NUM[token[1]];
  if (token.startsWith('廿')) return 20 + NUM[token[1]];
  if (token.startsWith('二十')) return 20 + (NUM[token[2]] ?? 0);
  if (token === '三十') return 30;
  return 10 + NUM[token[1]];
}

/** Whether `text` holds a lunar day of the 春节 season. */
export function hasLunarDay(text: string): boolean {
  return new RegExp(IN_TEXT.source).test(text);
}

/**
 * `text` with each lunar day written as a date of `planYear`'s 春节 season ("年初一、初二" → "2月10日、2月11日" in 2024; a day in
 * another calendar year, 腊月 before a January 春节 may be, keeps its year), or null when it holds none or when a day cannot be
 * dated (no plan year, a year the table does not hold, a day the month does not have): the caller says so rather than guess.
 */
export function lunarDaysAsDates(text: string, planYear: number): string | null {
  if (!hasLunarDay(text)) return null;
  let failed = false;
  const write = (d: CivilDate | null): string => {
    if (!d) {
      failed = true;
      return '';
    }
    return `${d.year === planYear ? '' : `${d.year}年`}${d.month}月${d.day}日`;
  };
  const out = text.replace(IN_TEXT, (_all, before: string, run: string) => {
    // 除夕: the 腊月's last day, its 三十 or, in a month of 29 days, its 廿九
    if (run === '除夕') return before + write(lunarDay(planYear, 12, 30) ?? lunarDay(planYear, 12, 29));
    // a later day of the run keeps the month of the one before it unless it names its own ("腊月二十八至正月初六")
    let month: 1 | 12 = 1;
    return before + run.replace(EACH_DAY, (_m, named: string | undefined, day: string) => {
      if (named) month = named.endsWith('腊月') ? 12 : 1;
      return write(lunarDay(planYear, month, dayNumber(day)));
    });
  });
  return failed ? null : out;
}
