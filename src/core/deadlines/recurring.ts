// Recurring deadlines (每月, 每季度第二个月, 次月7日前, 宣传月期间): their reading and their due dates in a window.
import { CivilDate, addDays, compareDates, dayOfWeek, daysInMonth } from '../dates/civil-date';
import type { WorkCalendar } from '../dates/calendar';
import type { Deadline, RecurrencePer, RecurringDeadline, RestDayRule } from './deadline-types';
import { Classified, PART_DAY } from './date-scan';


const RE_PER_DAY = /每1?个?(?:工作)?日|每1?天|逐日|按日|天天/;
const RE_PER_WEEK = /每1?个?(?:周|星期|礼拜)|按周|逐周/; // 每1周 as written (旌德's 防诈 plan), 每一周 once numerals are digits
const RE_PER_HALF_YEAR = /每半个?年/;
const RE_QUARTER_MONTH = /(?:每个?|按)季度?的?(?:第(\d{1,2})个?月|(首|头)个?月|(末|最后1?)个?月)/;
const RE_PER_QUARTER = /每1?个?季|按季|逐季/;
const RE_PER_MONTH = /每1?个?月|按月|逐月/;
const RE_PER_YEAR = /每1?个?年|按年|逐年/;
const RE_NEXT_MONTH = /次月/;
const RE_PUBLICITY = /宣传月/;
const RE_NEXT_DAY = /次月的?(\d{1,3})(个?工作日|日|号|天)?|后的?(\d{1,3})(个?工作日|日|号|天)/;
const RE_NEXT_PART = /次月(上旬|中旬|下旬|初|底|末)/;
const RE_IN_PERIOD_DAY = /(?:月|季度?|年度?)(?:的|末|底)?(\d{1,3})(?:日|号)/;
const RE_IN_PERIOD_PART = /月的?(上旬|中旬|初)/;
const RE_MONTHS_FROM = /(?:从|自)?(\d{1,2})月份?(?:起|开始|以后|之后)|(?:从|自)(\d{1,2})月/;
const RE_MONTHS_UNTIL = /(?:至|到|-|~)(\d{1,2})月/;
const RE_MONTHS_RANGE = /(\d{1,2})(?:月份?)?[-~至到](\d{1,2})月/;
const RE_MONTHS_LIST = /(?:^|[^\d第])((?:\d{1,2}(?:月份?)?(?:[、,和及与/]|以及))*\d{1,2})月/;
/** A window in each period, due at its end: "每年3月1日至6月30日" (个税汇算 → 6月30日), "每月1日至10日" (→ 10日). */
const RE_DATED_SPAN = /(\d{1,2}月)?\d{1,2}[日号][-~至到](\d{1,2}月)?(\d{1,2}[日号])/;
/**
 * The period's last day or last working day ("每月最后一个工作日前", "每季度最后一天"): due on the period's last day — on its last
 * working day, the working day before when that day rests. Its "后1个工作日" is no day after the period (RE_NEXT_DAY).
 */
const RE_LAST_DAY = /最后1?个?(工作日|天|日)/;
/** The Nth week of each month or quarter ("每月第一周", "每季度第二周前", 2016 备案 rules): due by its 7N-th day. */
const RE_PERIOD_WEEK = /每个?(月|季度?)的?第(\d)个?(?:周|星期)/;

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}

export function parseRecurring(written: string, text: string, publicityMonths?: readonly number[]): Classified {
  let s = written;
  const publicity = RE_PUBLICITY.test(s);
  const quarterMonth = RE_QUARTER_MONTH.exec(s);
  const halfYear = RE_PER_HALF_YEAR.test(s);
  const periodWeek = RE_PERIOD_WEEK.exec(s);
  let per: RecurrencePer;
  if (RE_PER_DAY.test(s)) per = 'day';
  else if (RE_PER_WEEK.test(s)) per = 'week';
  else if (quarterMonth || halfYear || periodWeek || RE_PER_MONTH.test(s)) per = 'month';
  else if (RE_PER_QUARTER.test(s)) per = 'quarter';
  else if (RE_PER_YEAR.test(s)) per = 'year';
  else if (RE_NEXT_MONTH.test(s) || publicity) per = 'month';
  else return null;

  const out: RecurringDeadline = { kind: 'recurring', text, per };
  // a yearly window due at its end; in a month, only a window of days (a span of months says which months are due)
  s = s.replace(RE_DATED_SPAN, (whole, fromMonth: string | undefined, toMonth: string | undefined, toDay: string) =>
    per === 'year' ? `${toMonth ?? fromMonth ?? ''}${toDay}` : per === 'month' && !fromMonth && !toMonth ? toDay : whole);

  // Which months.
  let months: number[] | undefined;
  if (quarterMonth) {
    const n = quarterMonth[1] !== undefined ? Number(quarterMonth[1]) : quarterMonth[2] ? 1 : 3;
    if (n < 1 || n > 3) return { kind: 'invalid', text, reason: `每季度只有3个月，没有第${n}个月` };
    months = [n, n + 3, n + 6, n + 9];
  } else if (halfYear) {
    months = [6, 12];
  } else if (periodWeek && periodWeek[1] !== '月') {
    months = [1, 4, 7, 10]; // the Nth week of a quarter falls in its first month
  } else {
    const from = RE_MONTHS_FROM.exec(s);
    const span = RE_MONTHS_RANGE.exec(s);
    if (from) {
      const start = Number(from[1] ?? from[2]);
      const until = RE_MONTHS_UNTIL.exec(s.slice(from.index + from[0].length));
      months = range(start, until ? Number(until[1]) : 12);
      if (start < 1 || start > 12) return { kind: 'invalid', text, reason: `没有${start}月` };
    } else if (span) {
      months = range(Number(span[1]), Number(span[2]));
    } else if (per === 'year' || publicity) {
      const list = RE_MONTHS_LIST.exec(s);
      if (list) months = list[1].split(/[^\d]+/).filter((x) => x !== '').map(Number);
    }
  }
  if (months) {
    const badMonth = months.find((m) => m < 1 || m > 12);
    if (badMonth !== undefined) return { kind: 'invalid', text, reason: `没有${badMonth}月` };
  }
  if (!months && publicity && publicityMonths && publicityMonths.length > 0) months = [...publicityMonths];
  if (months && months.length > 0) out.months = [...new Set(months)].sort((a, b) => a - b);

  // Which day.
  const lastDay = per !== 'day' && per !== 'week' ? RE_LAST_DAY.exec(s) : null;
  if (lastDay) {
    // the month's end (no day); its last working day is that end, or the working day before it (onWorkday 'previous')
    if (lastDay[1] === '工作日') out.onRestDay = 'previous';
  } else if (per !== 'day' && per !== 'week') {
    const nextPart = RE_NEXT_PART.exec(s);
    const nextDay = RE_NEXT_DAY.exec(s);
    const inDay = RE_IN_PERIOD_DAY.exec(s);
    const inPart = RE_IN_PERIOD_PART.exec(s);
    let day: number | 'end' | undefined;
    if (nextPart) {
      out.nextMonth = true;
      day = PART_DAY[nextPart[1]];
    } else if (nextDay) {
      out.nextMonth = true;
      day = Number(nextDay[1] ?? nextDay[3]);
      if ((nextDay[2] ?? nextDay[4] ?? '').endsWith('工作日')) out.workdays = true;
    } else if (inDay) {
      day = Number(inDay[1]);
    } else if (inPart) {
      day = PART_DAY[inPart[1]];
    } else if (periodWeek) {
      const week = Number(periodWeek[2]);
      if (week < 1 || week > 5) return { kind: 'invalid', text, reason: `没有第${week}周` };
      day = Math.min(7 * week, 31);
    }
    if (typeof day === 'number') {
      if (day < 1 || day > (out.workdays ? 23 : 31)) return { kind: 'invalid', text, reason: `没有${day}日` };
      out.day = day;
    }
  }
  if (publicity) out.publicity = true;
  return out;
}

/**
 * For recurring deadlines: the due dates that fall inside [from, to], ascending. A period is due
 * on its last day (weeks run Monday–Sunday, so on Sundays), on `day` of its last month when
 * given, or in the month after with nextMonth. With `workdays` and a calendar, `day` counts
 * working days of that month; without a calendar it is read as a calendar day.
 */
export function recurringDueDates(
  d: Extract<Deadline, { kind: 'recurring' }>,
  from: CivilDate,
  to: CivilDate,
  calendar?: WorkCalendar,
): CivilDate[] {
  if (compareDates(from, to) > 0) return [];
  const inWindow = (x: CivilDate) => compareDates(x, from) >= 0 && compareDates(x, to) <= 0;
  const months = d.months && d.months.length > 0 ? d.months : undefined;
  const out: CivilDate[] = [];

  if (d.per === 'day' || d.per === 'week') {
    let x = d.per === 'day' ? from : addDays(from, (7 - dayOfWeek(from)) % 7);
    const step = d.per === 'day' ? 1 : 7;
    for (; compareDates(x, to) <= 0; x = addDays(x, step)) if (!months || months.includes(x.month)) out.push(x);
    return out;
  }

  const periodEnds = (month: number): boolean => {
    if (d.per === 'month') return !months || months.includes(month);
    if (d.per === 'quarter') return month % 3 === 0 && (!months || months.includes(month));
    return months ? months.includes(month) : month === 12;
  };
  // Start a month early: 次月7日前 of December falls in January.
  let year = from.month === 1 ? from.year - 1 : from.year;
  let month = from.month === 1 ? 12 : from.month - 1;
  while (year < to.year || (year === to.year && month <= to.month)) {
    if (periodEnds(month)) {
      const dueYear = d.nextMonth && month === 12 ? year + 1 : year;
      const dueMonth = d.nextMonth ? (month % 12) + 1 : month;
      const due = dueDay(dueYear, dueMonth, d, calendar);
      if (due && inWindow(due)) out.push(due);
    }
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
  return out;
}

/**
 * A due day moved off a rest day as the cell says (遇节假日顺延/提前). As written without a calendar, or in a year the
 * calendar lacks (its rest days would be a guess; validation says CALENDAR_NOT_COVERED).
 */
export function onWorkday(date: CivilDate, rule: RestDayRule | undefined, calendar?: WorkCalendar): CivilDate {
  if (!rule || !calendar || !calendar.covers(date.year) || calendar.isWorkday(date)) return date;
  return rule === 'next' ? calendar.nextWorkday(date) : calendar.previousWorkday(date);
}

function dueDay(year: number, month: number, d: RecurringDeadline, calendar?: WorkCalendar): CivilDate | null {
  const due = writtenDueDay(year, month, d, calendar);
  return due && onWorkday(due, d.onRestDay, calendar);
}

function writtenDueDay(year: number, month: number, d: RecurringDeadline, calendar?: WorkCalendar): CivilDate | null {
  if (year < 1 || year > 9999) return null;
  const last = daysInMonth(year, month);
  if (d.day === undefined) return { year, month, day: last };
  if (d.workdays && calendar) {
    const due = calendar.addWorkdays(addDays({ year, month, day: 1 }, -1), d.day);
    return due.month === month ? due : { year, month, day: last };
  }
  return { year, month, day: Math.min(d.day, last) };
}
