// Schedules: "自5月10日起，每日推出一期" / "召开6场…频率为每天一场" → due dates from a start and a frequency.
import { CivilDate, addDays, daysInMonth, formatISO, isValidCivil } from '../dates/civil-date';
import { NUMBER_CHARS, asciiDigits, parseChineseInteger } from '../dates/numerals';

export type SchedulePer = 'day' | 'week' | 'month';

export interface Schedule {
  /** The start as written ("自**月**日起"). */
  readonly startText: string;
  /** Null when the start is a placeholder never filled in (DEADLINE_PLACEHOLDER). */
  readonly start: CivilDate | null;
  readonly per: SchedulePer;
  /** How many issues/sessions ("召开6场"); null when open-ended. */
  readonly count: number | null;
  /** Due dates: one per period from the start, `count` of them (open-ended: none listed). */
  readonly dates: string[];
}

const N = `[${NUMBER_CHARS}]`;
const START = new RegExp(`[自从于]((?:${N}{1,2}|[*＊xX×Ｘ]{1,2})月(?:${N}{1,3}|[*＊xX×Ｘ]{1,2})[日号])(?:起|开始)`);
const FREQUENCY = /每(日|天|周|星期|月)(?:推出|开展|召开|发布|播出|更新|举办)?[一1]?[期场次篇条]?/;
const COUNT = new RegExp(`(?:召开|举办|推出|开展|播出|共)(${N}{1,3})(?:场|期|次|篇)`);

function numberOf(text: string): number | null {
  const digits = asciiDigits(text);
  return /^\d+$/.test(digits) ? Number(digits) : parseChineseInteger(text);
}

function step(date: CivilDate, per: SchedulePer, n: number): CivilDate {
  if (per === 'day') return addDays(date, n);
  if (per === 'week') return addDays(date, 7 * n);
  const months = date.month - 1 + n;
  const year = date.year + Math.floor(months / 12);
  const month = (months % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** A schedule in `text` (simplified), with Y = planYear; null when it names no start and frequency. */
export function parseSchedule(text: string, planYear: number): Schedule | null {
  const start = START.exec(text);
  const freq = FREQUENCY.exec(text);
  if (!start || !freq) return null;
  const per: SchedulePer = freq[1] === '周' || freq[1] === '星期' ? 'week' : freq[1] === '月' ? 'month' : 'day';
  const countMatch = COUNT.exec(text);
  const count = countMatch ? numberOf(countMatch[1]) : null;
  const parts = /^(.+?)月(.+?)[日号]$/.exec(start[1])!;
  const month = numberOf(parts[1]);
  const day = numberOf(parts[2]);
  const date = month !== null && day !== null && isValidCivil(planYear, month, day) ? { year: planYear, month, day } : null;
  const dates = date && count ? Array.from({ length: Math.min(count, 366) }, (_, i) => formatISO(step(date, per, i))) : [];
  return { startText: start[0], start: date, per, count, dates };
}
