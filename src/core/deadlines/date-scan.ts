// Fixed dates in a deadline cell: the date-phrase scanner (2023年5月31日, 5月底前, 三季度, 年底, lists and ranges).
import { CivilDate, compareDates, daysInMonth, isValidCivil } from '../dates/civil-date';
import type { Deadline } from './deadline-types';

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
  /** A year alone (2023年): due on its last day. */
  yearOnly?: boolean;
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

export function sticky(source: string): RegExp {
  return new RegExp(source, 'y');
}

export function matchAt(re: RegExp, s: string, pos: number): RegExpExecArray | null {
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
/** Quarters listed before one 季度: "第一、二、三、四季度", "三、四季度" (digits by now). */
const RE_QUARTER_LIST = sticky('第?([1-4])((?:(?:[、,和及与]|以及)第?[1-4])+)季度?(?:末|底|内)?');
/** Quarters run together, "第二三季度" (杨凌 2020: the second and third): after the numerals became digits, "23". */
const RUN_OF_QUARTERS = /^(?:1?2?3?4?)$/;
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

export const PART_DAY: Record<string, number | 'end'> = { 上旬: 10, 初: 10, 中旬: 20, 中: 20, 下旬: 'end', 底: 'end', 末: 'end', 终: 'end' };

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
    return [item(st.ctx, Number(m[2]), 'end', true)];
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
    return [{ ...item(ctx, 12, 31), yearOnly: true }];
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
  if ((m = matchAt(RE_QUARTER_LIST, s, pos))) {
    // each quarter named is a milestone, the last one due
    st.pos = pos + m[0].length;
    const quarters = [m[1], ...m[2].split(/[、,和及与第]|以及/).filter((x) => x !== '')].map(Number);
    return quarters.map((q) => item(ctx, q * 3, 'end'));
  }
  if ((m = matchAt(RE_QUARTER, s, pos))) {
    st.pos = pos + m[0].length;
    const q = Number(m[1]);
    if (q > 4 && RUN_OF_QUARTERS.test(m[1])) return Array.from(m[1], (d) => item(ctx, Number(d) * 3, 'end'));
    if (q < 1 || q > 4) return [item(ctx, 12, 'end', false, `没有第${q}季度`)];
    return [item(ctx, q * 3, 'end')];
  }
  if ((m = matchAt(RE_HALF, s, pos))) {
    st.pos = pos + m[0].length;
    return [m[1] === '上' ? item(ctx, 6, 'end') : item(ctx, 12, 'end')];
  }
  const yearEnd = matchAt(prefixed ? RE_YEAR_END_AFTER_PREFIX : RE_YEAR_END, s, pos);
  if (yearEnd) {
    m = yearEnd;
    st.pos = pos + m[0].length;
    const midYear = m[1] === '中' || m[2] === '年中';
    return [midYear ? item(ctx, 6, 'end') : item(ctx, 12, 'end')];
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
export function scanDateList(s: string, pos: number, planYear: number, atStart: boolean): DateListScan | null {
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

export type Classified = Deadline | null;

export function classifyDateList(scan: DateListScan, text: string): Deadline {
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
  const precision = latest.yearOnly ? 'year' : latest.bare ? 'month' : undefined;
  // a month's, quarter's or year's end (6月底前, 第三季度末, 年底前) is no day the clerk wrote: a rest day there is not theirs to move
  const dayless = resolved.filter((r, i) => items[i].day === 'end' && !items[i].bare && !items[i].yearOnly).map((r) => (r as { date: CivilDate }).date);
  return {
    kind: 'date',
    text,
    date: (resolved[last] as { date: CivilDate }).date,
    dates,
    nextYear: latest.nextYear,
    explicitYear: latest.explicitYear,
    ...(precision ? { precision } : {}),
    ...(dayless.length > 0 ? { dayless } : {}),
  };
}

const MID_KEYWORD = sticky('(?:次年|明年|来年|翌年|上半年|下半年|年底|年末|年终)');

/** A date phrase somewhere inside the text ("各单位于6月底前完成"). */
export function findDateInside(s: string, planYear: number, text: string): Classified {
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
