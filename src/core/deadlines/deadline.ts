// Reads a deadline cell (完成时限) into a due date, a recurrence, or the reason it has none.
import { CivilDate, addDays, compareDates, dayOfWeek, daysInMonth, formatChinese, fromSerial, isValidCivil } from '../dates/civil-date';
import { NUMBER_CHARS, asciiDigits, parseChineseInteger } from '../dates/numerals';
import type { WorkCalendar } from '../dates/calendar';
import { ONGOING_PHRASES, RELATIVE_PHRASES, everyNthMonth, phaseClauses, rewritePhrase } from './deadline-phrases';

export type RecurrencePer = 'day' | 'week' | 'month' | 'quarter' | 'year';

export type RecurringDeadline = {
  kind: 'recurring';
  text: string;
  per: RecurrencePer;
  /** Only these months (1..12): for 'month' the months that are due, for 'year' the month(s) of the year. */
  months?: number[];
  /** Day of the due month; absent means the month's end. */
  day?: number;
  /** Due in the month after the period (次月7日前, 每月结束后7日内). */
  nextMonth?: boolean;
  /** The months are the campaign's publicity months (宣传月). */
  publicity?: boolean;
  /** `day` counts working days (次月5个工作日内), not calendar days. */
  workdays?: boolean;
};

export type Deadline =
  | { kind: 'date'; text: string; date: CivilDate; dates: CivilDate[]; nextYear: boolean; explicitYear: boolean }
  | RecurringDeadline
  | { kind: 'ongoing'; text: string }
  | { kind: 'relative'; text: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'invalid'; text: string; reason: string }
  | { kind: 'unparsed'; text: string }
  | { kind: 'none'; text: string };

export type DeadlineKind = Deadline['kind'];

// ---------------------------------------------------------------------------------------------
// Normalisation

/** NFKC (full-width digits, letters and punctuation), no white space, one kind of dash. */
function compactText(text: string): string {
  return asciiDigits(text.normalize('NFKC'))
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/[‐‑‒–—―−﹣]+/g, '-')
    .replace(/[〜∼]/g, '~');
}

const CHINESE_NUMBER_RUN = /[零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾]+/g;

/** Chinese numerals to ASCII digits: 十二月 → 12月, 二〇二三年 → 2023年, 第二个月 → 第2个月. */
function numeralsToDigits(text: string): string {
  return text.replace(CHINESE_NUMBER_RUN, (run) => {
    const n = parseChineseInteger(run);
    return n === null ? run : String(n);
  });
}

// ---------------------------------------------------------------------------------------------
// Placeholders: a template never filled in

const PLACEHOLDER_CHARS = '*xX×✕✗○◯〇_?□■△'; // after NFKC: ＊→*, Ｘ→X, ＿→_, ？→?
const PLACEHOLDER_MARK = new RegExp(
  `(?:^|[^${NUMBER_CHARS}])[${PLACEHOLDER_CHARS}]+(?:年|月|日|号|季)`,
);
/** A blank day ("5月　日", "　月　日" once the spaces are gone) or a blank month ("　月31日"). */
const BLANK_DAY = /(?:^|[^每按逐个次当本上下])月[日号](?![常报志记])/;
const BLANK_MONTH = new RegExp(`(?:^|年)月[${NUMBER_CHARS}]`);

function isPlaceholder(compact: string): boolean {
  return PLACEHOLDER_MARK.test(compact) || BLANK_DAY.test(compact) || BLANK_MONTH.test(compact);
}

// ---------------------------------------------------------------------------------------------
// Fixed dates

interface YearContext {
  year: number;
  explicitYear: boolean;
  nextYear: boolean;
}

/** One date phrase: a day, or a month's end ('end'); `bare` when it was a month alone (5月, 5月份). */
interface DateItem extends YearContext {
  month: number;
  day: number | 'end';
  bare: boolean;
  invalid?: string;
}

interface ScanState {
  readonly s: string;
  pos: number;
  ctx: YearContext;
  /** Month of the previous item, for "5月10日、20日". */
  month?: number;
  /** Whether any item named a year (2023年, 次年, 今年). */
  yearWritten: boolean;
}

function sticky(source: string): RegExp {
  return new RegExp(source, 'y');
}

function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(s);
}

const RE_FULL_NUMERIC = sticky('(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?!\\d)(?:日|号)?');
const RE_COMPACT_NUMERIC = sticky('((?:19|20)\\d{2})(\\d{2})(\\d{2})(?!\\d)');
const RE_YEAR_MONTH_NUMERIC = sticky('(\\d{4})[-/.](\\d{1,2})(?![\\d./-])(?:月份?)?');
const RE_YEAR_DIGITS = sticky('(\\d{4})年(?:度)?');
const RE_YEAR_NEXT = sticky('(?:次年|明年|下1年|下年|来年|翌年)(?:度)?');
const RE_YEAR_THIS = sticky('(?:本年|今年|当年)(?:度)?');
const RE_YEAR_ONLY_END = sticky('(?:$|[前止,;、。]|之前|以前|完成|内)');
const RE_MONTH_LIST = sticky('(\\d{1,2})((?:(?:[、,和及与/]|以及)\\d{1,2})+)月份?');
const RE_MONTH_RANGE = sticky('(\\d{1,2})(?:月份?)?[-~至到](\\d{1,2})月份?');
const RE_MONTH = sticky('(\\d{1,2})月份?');
const RE_MONTH_DAY_SUFFIX = sticky('(\\d{1,2})(?![\\d.])(?:日|号)?');
const RE_MONTH_PART = sticky('(上旬|中旬|下旬|初|中|底|末|终)');
const RE_MONTH_DOT_DAY = sticky('(\\d{1,2})[./](\\d{1,2})(?![\\d./月])(?:日|号)?');
const RE_QUARTER = sticky('第?(\\d{1,2})季度?(?:末|底|内)?');
const RE_HALF = sticky('(上|下)半年度?(?:末|底|内)?');
const RE_YEAR_END_AFTER_PREFIX = sticky('(?:年度?|度)?(底|末|终|内|中)');
const RE_YEAR_END = sticky('全?年度?(底|末|终|内)|(年中)');
const RE_DAY_ONLY = sticky('(\\d{1,2})(?:日|号)');
const RE_PREFIX = sticky(
  '(?:截止到|截止至|截至到|截至|截止|不晚于|不迟于|原则上|力争|争取|计划|预计|务必|必须|最迟|最晚|确保|完成时限|完成时间|时限|时间|须|需|要|应|于|在|到|至|从|自|:)+',
);
const RE_ITEM_SUFFIX = sticky('(?:之前|以前|前|为止|止)');
const RE_LIST_SEP = sticky('(?:[、,;/和及与]|以及)');
const RE_RANGE_SEP = sticky('(?:[-~至到])');

const PART_DAY: Record<string, number | 'end'> = { 上旬: 10, 初: 10, 中旬: 20, 中: 20, 下旬: 'end', 底: 'end', 末: 'end', 终: 'end' };

function item(ctx: YearContext, month: number, day: number | 'end', bare = false, invalid?: string): DateItem {
  return { ...ctx, month, day, bare, ...(invalid ? { invalid } : {}) };
}

/** The date phrase(s) at st.pos (several for "5、10月"), or null; advances st.pos on success. */
function scanItem(st: ScanState, planYear: number): DateItem[] | null {
  const { s } = st;
  const start = st.pos;
  let m: RegExpExecArray | null;

  if ((m = matchAt(RE_FULL_NUMERIC, s, start)) || (m = matchAt(RE_COMPACT_NUMERIC, s, start))) {
    st.pos = start + m[0].length;
    st.ctx = { year: Number(m[1]), explicitYear: true, nextYear: false };
    st.yearWritten = true;
    return [item(st.ctx, Number(m[2]), Number(m[3]))];
  }
  if ((m = matchAt(RE_YEAR_MONTH_NUMERIC, s, start))) {
    st.pos = start + m[0].length;
    st.ctx = { year: Number(m[1]), explicitYear: true, nextYear: false };
    st.yearWritten = true;
    return [item(st.ctx, Number(m[2]), 'end')];
  }

  // An optional year: 2023年, 次年, 今年.
  let ctx = st.ctx;
  let pos = start;
  let prefixed = false;
  if ((m = matchAt(RE_YEAR_DIGITS, s, pos))) {
    ctx = { year: Number(m[1]), explicitYear: true, nextYear: false };
  } else if ((m = matchAt(RE_YEAR_NEXT, s, pos))) {
    ctx = { year: planYear + 1, explicitYear: false, nextYear: true };
  } else if ((m = matchAt(RE_YEAR_THIS, s, pos))) {
    ctx = { year: planYear, explicitYear: false, nextYear: false };
  }
  if (m) {
    pos += m[0].length;
    prefixed = true;
  }

  const body = scanBody(st, ctx, pos, prefixed);
  if (body) {
    if (prefixed) {
      st.ctx = ctx;
      st.yearWritten = true;
    }
    return body;
  }
  if (prefixed && matchAt(RE_YEAR_ONLY_END, s, pos)) {
    // A year alone (2023年, 次年): its last day.
    st.pos = pos;
    st.ctx = ctx;
    st.yearWritten = true;
    return [item(ctx, 12, 31)];
  }
  return null;
}

function scanBody(st: ScanState, ctx: YearContext, pos: number, prefixed: boolean): DateItem[] | null {
  const { s } = st;
  let m: RegExpExecArray | null;

  // 5、10月 / 5-6月: several months sharing what follows.
  let months: number[] | null = null;
  let range = false;
  if ((m = matchAt(RE_MONTH_LIST, s, pos))) {
    months = [m[1], ...m[2].split(/[、,和及与/]|以及/).filter((x) => x !== '')].map(Number);
  } else if ((m = matchAt(RE_MONTH_RANGE, s, pos))) {
    months = [Number(m[1]), Number(m[2])];
    range = true;
  } else if ((m = matchAt(RE_MONTH, s, pos))) {
    months = [Number(m[1])];
  }
  if (m && months) {
    let after = pos + m[0].length;
    let day: number | 'end' = 'end';
    let bare = true;
    const dm = matchAt(RE_MONTH_DAY_SUFFIX, s, after);
    const pm = dm ? null : matchAt(RE_MONTH_PART, s, after);
    if (dm) {
      day = Number(dm[1]);
      bare = false;
      after += dm[0].length;
    } else if (pm) {
      day = PART_DAY[pm[1]];
      bare = false;
      after += pm[0].length;
    }
    st.pos = after;
    const chosen = range ? [months[months.length - 1]] : months;
    const out = chosen.map((month) => item(ctx, month, day, bare));
    if (range) {
      const first = months[0];
      if (first < 1 || first > 12) out[0] = item(ctx, first, day, bare, `没有${first}月`);
    }
    st.month = chosen[chosen.length - 1];
    return out;
  }

  if (!prefixed && (m = matchAt(RE_MONTH_DOT_DAY, s, pos))) {
    st.pos = pos + m[0].length;
    st.month = Number(m[1]);
    return [item(ctx, Number(m[1]), Number(m[2]))];
  }
  if ((m = matchAt(RE_QUARTER, s, pos))) {
    st.pos = pos + m[0].length;
    const q = Number(m[1]);
    if (q < 1 || q > 4) return [item(ctx, 12, 'end', false, `没有第${q}季度`)];
    return [item(ctx, q * 3, 'end')];
  }
  if ((m = matchAt(RE_HALF, s, pos))) {
    st.pos = pos + m[0].length;
    return [m[1] === '上' ? item(ctx, 6, 30) : item(ctx, 12, 31)];
  }
  const yearEnd = matchAt(prefixed ? RE_YEAR_END_AFTER_PREFIX : RE_YEAR_END, s, pos);
  if (yearEnd) {
    m = yearEnd;
    st.pos = pos + m[0].length;
    const midYear = m[1] === '中' || m[2] === '年中';
    return [midYear ? item(ctx, 6, 30) : item(ctx, 12, 31)];
  }
  if (!prefixed && st.month !== undefined && (m = matchAt(RE_DAY_ONLY, s, pos))) {
    st.pos = pos + m[0].length;
    return [item(ctx, st.month, Number(m[1]))];
  }
  return null;
}

function resolveItem(it: DateItem): { date: CivilDate } | { reason: string } {
  if (it.invalid) return { reason: it.invalid };
  const { year, month } = it;
  if (!Number.isInteger(year) || year < 1 || year > 9999) return { reason: `${year}年不是有效的年份` };
  if (month < 1 || month > 12) return { reason: `没有${month}月` };
  if (it.day === 'end') return { date: { year, month, day: daysInMonth(year, month) } };
  const day = it.day;
  if (day < 1 || day > 31) return { reason: `没有${day}日` };
  if (!isValidCivil(year, month, day)) {
    return month === 2 && day === 29 ? { reason: `${year}年2月没有29日（${year}年不是闰年）` } : { reason: `${month}月没有${day}日` };
  }
  return { date: { year, month, day } };
}

interface DateListScan {
  items: DateItem[];
  range: boolean;
  rest: string;
  yearWritten: boolean;
}

/** A list of date phrases at pos (after words such as 于, 截至 when atStart). */
function scanDateList(s: string, pos: number, planYear: number, atStart: boolean): DateListScan | null {
  const st: ScanState = { s, pos, ctx: { year: planYear, explicitYear: false, nextYear: false }, yearWritten: false };
  if (atStart) {
    const p = matchAt(RE_PREFIX, s, st.pos);
    if (p) st.pos += p[0].length;
  }
  const first = scanItem(st, planYear);
  if (!first) return null;
  const items = [...first];
  let range = false;
  for (;;) {
    const suffix = matchAt(RE_ITEM_SUFFIX, s, st.pos);
    if (suffix) st.pos += suffix[0].length;
    const save = { pos: st.pos, ctx: st.ctx, month: st.month, yearWritten: st.yearWritten };
    const listSep = matchAt(RE_LIST_SEP, s, st.pos);
    const rangeSep = listSep ? null : matchAt(RE_RANGE_SEP, s, st.pos);
    const sep = listSep ?? rangeSep;
    if (!sep) break;
    st.pos += sep[0].length;
    const next = scanItem(st, planYear);
    if (!next) {
      Object.assign(st, save);
      break;
    }
    if (rangeSep) {
      // 5月1日至5月31日: one deadline, the end of the range.
      items.pop();
      range = true;
    }
    items.push(...next);
  }
  return { items, range, rest: s.slice(st.pos), yearWritten: st.yearWritten };
}

type Classified = Deadline | null;

function classifyDateList(scan: DateListScan, text: string): Deadline {
  const { items, rest } = scan;
  const resolved = items.map(resolveItem);
  const bad = resolved.find((r): r is { reason: string } => 'reason' in r);
  if (bad) return { kind: 'invalid', text, reason: bad.reason };
  if (/^(?:起|开始|以来)/.test(rest)) return { kind: 'ongoing', text }; // 6月起: from then on
  if (/^(?:之后|以后|后)/.test(rest)) return { kind: 'relative', text }; // 5月31日后
  if (!scan.range && !scan.yearWritten && items.length >= 2 && items.every((it) => it.bare)) {
    const months = [...new Set(items.map((it) => it.month))].sort((a, b) => a - b);
    return { kind: 'recurring', text, per: 'month', months };
  }
  const dates: CivilDate[] = [];
  let last = 0;
  resolved.forEach((r, i) => {
    const date = (r as { date: CivilDate }).date;
    if (!dates.some((d) => compareDates(d, date) === 0)) dates.push(date);
    if (compareDates(date, (resolved[last] as { date: CivilDate }).date) > 0) last = i;
  });
  const latest = items[last];
  return {
    kind: 'date',
    text,
    date: (resolved[last] as { date: CivilDate }).date,
    dates,
    nextYear: latest.nextYear,
    explicitYear: latest.explicitYear,
  };
}

const MID_KEYWORD = sticky('(?:次年|明年|来年|翌年|上半年|下半年|年底|年末|年终)');

/** A date phrase somewhere inside the text ("各单位于6月底前完成"). */
function findDateInside(s: string, planYear: number, text: string): Classified {
  for (let i = 1; i < s.length; i++) {
    const ch = s[i];
    const prev = s[i - 1];
    const isDigit = ch >= '0' && ch <= '9';
    if (isDigit) {
      if (/[\d./-]/.test(prev) || prev === '第') continue;
    } else if (!(matchAt(MID_KEYWORD, s, i) && !/[\d半全每常]/.test(prev))) continue;
    const scan = scanDateList(s, i, planYear, false);
    if (scan) return classifyDateList(scan, text);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Recurring

const RE_PER_DAY = /每个?(?:工作)?日|每天|逐日|按日|天天/;
const RE_PER_WEEK = /每个?(?:周|星期|礼拜)|按周|逐周/;
const RE_PER_HALF_YEAR = /每半个?年/;
const RE_QUARTER_MONTH = /(?:每个?|按)季度?的?(?:第(\d{1,2})个?月|(首|头)个?月|(末|最后1?)个?月)/;
const RE_PER_QUARTER = /每个?季|按季|逐季/;
const RE_PER_MONTH = /每1?个?月|按月|逐月/;
const RE_PER_YEAR = /每个?年|按年|逐年/;
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

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let m = from; m <= to; m++) out.push(m);
  return out;
}

function parseRecurring(s: string, text: string, publicityMonths?: readonly number[]): Classified {
  const publicity = RE_PUBLICITY.test(s);
  const quarterMonth = RE_QUARTER_MONTH.exec(s);
  const halfYear = RE_PER_HALF_YEAR.test(s);
  let per: RecurrencePer;
  if (RE_PER_DAY.test(s)) per = 'day';
  else if (RE_PER_WEEK.test(s)) per = 'week';
  else if (quarterMonth || halfYear || RE_PER_MONTH.test(s)) per = 'month';
  else if (RE_PER_QUARTER.test(s)) per = 'quarter';
  else if (RE_PER_YEAR.test(s)) per = 'year';
  else if (RE_NEXT_MONTH.test(s) || publicity) per = 'month';
  else return null;

  const out: RecurringDeadline = { kind: 'recurring', text, per };

  // Which months.
  let months: number[] | undefined;
  if (quarterMonth) {
    const n = quarterMonth[1] !== undefined ? Number(quarterMonth[1]) : quarterMonth[2] ? 1 : 3;
    if (n < 1 || n > 3) return { kind: 'invalid', text, reason: `每季度只有3个月，没有第${n}个月` };
    months = [n, n + 3, n + 6, n + 9];
  } else if (halfYear) {
    months = [6, 12];
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
  if (per !== 'day' && per !== 'week') {
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
    }
    if (typeof day === 'number') {
      if (day < 1 || day > (out.workdays ? 23 : 31)) return { kind: 'invalid', text, reason: `没有${day}日` };
      out.day = day;
    }
  }
  if (publicity) out.publicity = true;
  return out;
}

// ---------------------------------------------------------------------------------------------
// Ongoing and relative

const RE_ONGOING = /长期|持续|常态|常年|经常|定期|随时|贯穿|1以贯之|一以贯之|日常|适时|全年|全程|全过程|始终/;
const RE_RELATIVE =
  /提前|[会节事赛展]前|[会节事]后|节日|假期|之日起|日起|收到|接到|通知|会议|活动|结束|完成后|工作日|[\d半]个?(?:天|日|周|星期|月|年|小时)(?:内|以内|之内)|当[天日]|次日|第2天|届时|随后|之后|以后|批复|下达|印发|发布后|上报后|开始前|启动后|元旦|春节|清明|劳动节|端午|中秋|国庆|重阳|除夕|年前|年后/;
const RE_RELATIVE_LOOSE = /[前后内]|期间|之际/;
const RE_DAY_ALONE = /^(\d{1,3})(?:日|号)/;

// ---------------------------------------------------------------------------------------------
// Public API

/**
 * Reads a deadline cell's text. Y = planYear is the year of dates written without one;
 * publicityMonths are the campaign's 集中宣传月 (for 宣传月期间). Never throws.
 */
export function parseDeadline(text: string, planYear: number, publicityMonths?: readonly number[]): Deadline {
  const shown = (typeof text === 'string' ? text : String(text ?? '')).trim();
  try {
    return parseText(shown, planYear, publicityMonths);
  } catch {
    return { kind: 'unparsed', text: shown };
  }
}

function parseText(text: string, planYear: number, publicityMonths?: readonly number[]): Deadline {
  const compact = compactText(text);
  if (compact === '') return { kind: 'none', text };
  if (isPlaceholder(compact)) return { kind: 'placeholder', text };
  const s = rewritePhrase(numeralsToDigits(compact));
  if (RELATIVE_PHRASES.test(s)) return { kind: 'relative', text };

  const phased = phaseClauses(s);
  if (phased) {
    let year = planYear; // a later clause without a year is in the year an earlier one named
    const read = phased.map((clause) => {
      const d = parseText(clause, year, publicityMonths);
      if (d.kind === 'date' && d.explicitYear) year = d.date.year;
      return d;
    });
    const dated = read.filter((d): d is Extract<Deadline, { kind: 'date' }> => d.kind === 'date');
    if (dated.length >= 2 && dated.length === read.length) {
      const latest = dated.reduce((a, b) => (compareDates(b.date, a.date) > 0 ? b : a));
      const dates = dated.flatMap((d) => d.dates).filter((d, i, all) => all.findIndex((x) => compareDates(x, d) === 0) === i);
      return { ...latest, text, dates, explicitYear: dated.some((d) => d.explicitYear) };
    }
  }

  const nth = everyNthMonth(s);
  if (nth) return { kind: 'recurring', text, per: 'month', months: nth };
  const recurring = parseRecurring(s, text, publicityMonths);
  if (recurring) return recurring;

  const atStart = scanDateList(s, 0, planYear, true);
  if (atStart) return classifyDateList(atStart, text);

  const dayAlone = RE_DAY_ALONE.exec(s);
  if (dayAlone) {
    const day = Number(dayAlone[1]);
    if (day < 1 || day > 31) return { kind: 'invalid', text, reason: `没有${day}日` };
  }

  if (RE_ONGOING.test(s) || ONGOING_PHRASES.test(s)) return { kind: 'ongoing', text };
  if (RE_RELATIVE.test(s)) return { kind: 'relative', text };
  const inside = findDateInside(s, planYear, text);
  if (inside) return inside;
  if (RE_RELATIVE_LOOSE.test(s)) return { kind: 'relative', text };
  return { kind: 'unparsed', text };
}

/** A deadline cell holding an Excel date (a serial of the 1900 system). */
export function deadlineFromSerial(serial: number, planYear: number): Deadline {
  void planYear; // a typed date names its year: no 次年 to resolve
  const date = typeof serial === 'number' ? fromSerial(serial) : null;
  if (!date) return { kind: 'invalid', text: String(serial), reason: `${String(serial)}不是有效的Excel日期` };
  if (!isValidCivil(date.year, date.month, date.day)) {
    return { kind: 'invalid', text: formatChinese(date), reason: '1900年2月29日不存在（Excel虚构的日期）' };
  }
  return { kind: 'date', text: formatChinese(date), date, dates: [date], nextYear: false, explicitYear: true };
}

/** The deadline kinds of the JSON report: placeholders and text not understood count as invalid. */
export function deadlineJsonKind(d: Deadline): 'date' | 'recurring' | 'ongoing' | 'relative' | 'none' | 'invalid' {
  switch (d.kind) {
    case 'date':
    case 'recurring':
    case 'ongoing':
    case 'relative':
    case 'none':
      return d.kind;
    default:
      return 'invalid';
  }
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

function dueDay(year: number, month: number, d: RecurringDeadline, calendar?: WorkCalendar): CivilDate | null {
  if (year < 1 || year > 9999) return null;
  const last = daysInMonth(year, month);
  if (d.day === undefined) return { year, month, day: last };
  if (d.workdays && calendar) {
    const due = calendar.addWorkdays(addDays({ year, month, day: 1 }, -1), d.day);
    return due.month === month ? due : { year, month, day: last };
  }
  return { year, month, day: Math.min(d.day, last) };
}
