// Quotas (量化指标) such as "每月不少于2篇": parsing, expected counts over a date window, Chinese rendering.
import { CivilDate, compareDates, daysInMonth, isValidCivil, toEpochDays } from '../dates/civil-date';
import { NUMBER_CHARS, asciiDigits, parseChineseInteger } from '../dates/numerals';
import { CATEGORY_TAIL, CategoryQuota, splitCategoryQuotas } from './by-category';

export type QuotaPer = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'once';

/** Units a quota is counted in; the first six are the ones the plans use most. */
export const QUOTA_UNITS: readonly string[] = Object.freeze([
  '篇', '次', '期', '场', '条', '份', '个', '项', '批', '幅', '块', '件', '部', '张', '则', '轮', '人次',
]);

/** The Anhui 民生工程 集中宣传月 (May and October), used when the workbook names none. */
export const DEFAULT_PUBLICITY_MONTHS: readonly number[] = Object.freeze([5, 10]);

export interface Quota {
  min: number;
  unit: string;
  per: QuotaPer;
  /** Only periods in (for per month: the months themselves; otherwise: periods ending in) these months count. */
  months?: number[];
  /** True when `months` are the publicity months (宣传月期间), not months the text names. */
  publicity?: boolean;
  /** Different rules for different categories of units; the fields above are the first category's. */
  byCategory?: readonly CategoryQuota[];
}

export interface QuotaContext {
  publicityMonths?: readonly number[];
}

// ---------------------------------------------------------------------------------------------
// Parsing

const N = `[${NUMBER_CHARS}]`;

/** Traditional forms that occur in the source documents, to simplified. */
const TRADITIONAL: Record<string, string> = {
  場: '场', 條: '条', 個: '个', 項: '项', 塊: '块', 張: '张', 則: '则', 輪: '轮', 週: '周', 於: '于',
  兩: '两', 萬: '万', 傳: '传', 間: '间', 內: '内', 達: '达', 開: '开', 號: '号', 後: '后', 從: '从',
  與: '与', 應: '应', 禮: '礼', 雙: '双', 報: '报', 數: '数',
};
const TRADITIONAL_RE = new RegExp(`[${Object.keys(TRADITIONAL).join('')}]`, 'g');

function normalize(text: string): string {
  return asciiDigits(text)
    .replace(TRADITIONAL_RE, (ch) => TRADITIONAL[ch])
    .replace(/[\s\u3000]+/g, '')
    .replace(/[－—–～〜~]/g, '-')
    .replace(/，/g, ',')
    .replace(/／/g, '/')
    .replace(/≥|>=|＞＝/g, '不少于');
}

const UNITS_LONGEST_FIRST = [...QUOTA_UNITS].sort((a, b) => b.length - a.length);
const NUMBER_RUN = new RegExp(`${N}+`, 'g');
const RANGE_TAIL = new RegExp(`(?:-|[至到](?!少))(${N}+)`, 'y'); // 3-5篇, 3至5篇: the second number
/** After "个": a period or duration, not a count (2个宣传月, 第二个月, 3个工作日). */
const GE_NOT_UNIT = /[月季星周年天日工小半宣]/;
/** Words after a unit that make it no count: 一次性, 一条龙, 一件事. */
const UNIT_EXCLUSIONS: Record<string, RegExp> = { 次: /性/y, 条: /龙/y, 件: /事/y };
const MINIMUM_BEFORE = /(?:不少于|不得少于|不应少于|不能少于|不低于|不小于|至少|最少|最低|达到|多于|大于|超过|各)[^,。;；：:]{0,6}$/;
const MAXIMUM_BEFORE = /(?:不超过|不多于|不高于|不大于|最多|至多)[^,。;；：:]{0,6}$/;
const ABOVE_AFTER = /(?:及以上|或以上|以上)/y;
/**
 * "承担2项以上的单位" (新渡镇 2016): a count with 以上的 before a category of units says who the rule is for, not a rule of its
 * own ("每月报送2条以上的信息" is the rule itself).
 */
const QUALIFIER_AFTER = new RegExp(`(?:及以上|或以上|以上)的${CATEGORY_TAIL}`, 'y');
const BELOW_AFTER = /(?:及以下|以下|以内|之内)/y;
/** What a unit-less number must follow directly to be a count. */
const BARE_BEFORE = /(?:不少于|不得少于|不应少于|不能少于|不低于|不小于|至少|最少|最低|达到)$/;
/** What may follow a unit-less number for it to be a count: the end, punctuation or 以上. */
const BARE_END = /(?:$|[,。;；、.!！)）]|以上|及以上)/y;

interface Count {
  value: number;
  unit: string;
  strong: boolean; // written with 不少于, 至少, 各 or 以上
  /** Written after 其中 (since the count before it): a part of that count ("全年20条，其中省级2条"), not a rule of its own. */
  part: boolean;
  /** Written as a requirement (不少于, 以上, or ending its clause), not a number naming the subject. */
  rule: boolean;
}

/** Words that make the counts after them, to the sentence's end, parts of the one before: 其中省级2条, 含省级2条. */
const PART_OF = /其中|内含|包括|含/;
const SENTENCE_BREAK = /[；;。]/g;
/** What follows a count that is a rule of its own: the end, punctuation, 以上 (not a noun: "20项民生实事每月1篇"). */
const RULE_END = /(?:$|[,。;；、.!！()（）]|以上|及以上|或以上)/y;

function stickyTest(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** A decimal point between digits (after normalize: ASCII digits). */
const DECIMAL_POINT = /[.．]/;

/**
 * The count of a quota text: the first number written as a minimum, else the first number with a unit; null when the
 * text sets two counts of its own ("每月上报不少于6条总任务数120条", "市级报刊100条，省级报刊35条", "党政办10条、整治办5条"):
 * one quota cannot say both, and taking the first would drop the other without a word.
 */
function findCount(t: string): Count | null {
  if (EACH_KIND.test(t)) return null;
  const counts = readCounts(t);
  if (ownRules(counts).length > 1) return null;
  return counts.find((c) => c.strong) ?? counts[0] ?? null;
}

/**
 * Two kinds of pieces, each with the count ("每周上报政务信息及微信公众号素材各不少于1条", 慈溪 2020): two rules of one number, which a
 * single count of the unit's pieces cannot check (1 a week would pass with one kind missing). 各 after units or months is each of them.
 */
const PIECE_KIND = '(?:信息|素材|稿件|简报|专报|报道|文章|调研报告|调研文章|视频|图片|短视频)';
const EACH_KIND = new RegExp(`${PIECE_KIND}(?:及|和|与|、|以及)[^，,。；;各]{0,16}?${PIECE_KIND}各`);

/** The counts that are rules of their own: not a part after 其中, not a number naming the subject. */
const ownRules = (counts: readonly Count[]) => counts.filter((c) => c.rule && !c.part);

/**
 * The counts of a quota text that sets several of its own ("信息考核数量每月上报不少于6条总任务数120条" → 6条, 120条), for the
 * message that says why it is not understood; [] when it sets one or none.
 */
export function quotaSeveralCounts(text: string): string[] {
  if (typeof text !== 'string') return [];
  const rules = ownRules(readCounts(normalize(text)));
  return rules.length > 1 ? rules.map((c) => `${c.value}${c.unit}`) : [];
}

/**
 * The counts a quota text gives after 其中/含 as parts of its total ("全年…不少于100条，其中向县政府网站…不少于70条" → 70条): the total is
 * checked, the parts are not, and the check says so. [] when there are none.
 */
export function quotaParts(text: string): string[] {
  if (typeof text !== 'string' || !PART_OF.test(text)) return [];
  const counts = readCounts(normalize(text));
  const total = counts.find((c) => !c.part);
  // "达到15条（含15条）以上": 含 the total itself says it is inclusive, no part
  return counts.filter((c) => c.part && !(total && c.value === total.value && c.unit === total.unit)).map((c) => `${c.value}${c.unit}`);
}

/** Every count written in a (normalized) quota text, in order. */
function readCounts(t: string): Count[] {
  const counts: Count[] = [];
  let previousEnd = 0;
  let inPart = false;
  /** Whether a count starting at `start` is a part: after 其中 in its sentence, once a count came before. */
  const isPart = (start: number): boolean => {
    if (counts.length === 0) return false;
    const between = t.slice(previousEnd, start);
    let last = -1;
    SENTENCE_BREAK.lastIndex = 0;
    for (let m = SENTENCE_BREAK.exec(between); m; m = SENTENCE_BREAK.exec(between)) last = m.index;
    inPart = last >= 0 ? PART_OF.test(between.slice(last + 1)) : inPart || PART_OF.test(between);
    return inPart;
  };
  NUMBER_RUN.lastIndex = 0;
  for (let m = NUMBER_RUN.exec(t); m; m = NUMBER_RUN.exec(t)) {
    const start = m.index;
    let end = start + m[0].length;
    if (t[start - 1] === '第') continue; // an ordinal
    // part of a fractional number (1.5篇): neither its whole part nor the digits after its point are a count
    if ((DECIMAL_POINT.test(t.charAt(start - 1)) && /[0-9]/.test(t.charAt(start - 2))) || (DECIMAL_POINT.test(t.charAt(start + m[0].length)) && /[0-9]/.test(t.charAt(start + m[0].length + 1)))) continue;
    const value = parseChineseInteger(m[0]);
    if (value === null || value > 1e6) continue;
    const range = stickyTest(RANGE_TAIL, t, end);
    if (range) {
      end += range[0].length; // 3-5篇 counts as at least 3
      NUMBER_RUN.lastIndex = end;
    }
    const before = t.slice(Math.max(0, start - 12), start);
    if (MAXIMUM_BEFORE.test(before) || stickyTest(BELOW_AFTER, t, end)) continue; // an upper bound
    let unit = UNITS_LONGEST_FIRST.find((u) => t.startsWith(u, end));
    if (unit) {
      const next = end + unit.length;
      const exclusion = UNIT_EXCLUSIONS[unit];
      if ((unit === '个' && GE_NOT_UNIT.test(t.charAt(next))) || (exclusion && stickyTest(exclusion, t, next))) {
        unit = undefined;
      } else if (stickyTest(BELOW_AFTER, t, next) || (stickyTest(QUALIFIER_AFTER, t, next) && !MINIMUM_BEFORE.test(before))) {
        continue;
      } else {
        const strong = MINIMUM_BEFORE.test(before) || !!stickyTest(ABOVE_AFTER, t, next);
        const part = isPart(start);
        counts.push({ value, unit, strong, part, rule: strong || !!stickyTest(RULE_END, t, next) });
        previousEnd = next;
        continue;
      }
    }
    // No unit: a count only right after 不少于 and the like, ending a phrase ("每月不少于2").
    if (BARE_BEFORE.test(before) && stickyTest(BARE_END, t, end)) {
      counts.push({ value, unit: '次', strong: true, part: isPart(start), rule: true });
      previousEnd = end;
    }
  }
  return counts;
}

const PER_ORDER: readonly QuotaPer[] = ['day', 'week', 'month', 'quarter', 'year'];
const finer = (a: QuotaPer | null, b: QuotaPer): QuotaPer =>
  a === null || PER_ORDER.indexOf(b) < PER_ORDER.indexOf(a) ? b : a;

const QUARTER_MONTH = new RegExp(`每个?季度?的?第(${N}{1,2})个?月份?`);
const HALF_YEAR = /(?:^|[^上下前后])半年(?!度?内)度?/; // 每半年, 半年一次; not 上半年, 半年内
// 每旬 (each ten days: 上旬, 中旬, 下旬) is no period a quota counts in either: refused, never one in all (phrases2, round 10)
const UNSUPPORTED_INTERVAL = /每隔|每半个?月|隔周|隔月|双周|双月|半月|每个?旬|按旬|逐旬/;
const EVERY = new RegExp(`每(${N}{0,3})个?(工作日|天|日|周|星期|礼拜|月份|月度|月|季度|季|年度|年)`, 'g');
const EVERY_PER: Record<string, QuotaPer> = {
  工作日: 'day', 天: 'day', 日: 'day', 周: 'week', 星期: 'week', 礼拜: 'week',
  月份: 'month', 月度: 'month', 月: 'month', 季度: 'quarter', 季: 'quarter', 年度: 'year', 年: 'year',
};
const OTHER_PER: ReadonlyArray<[RegExp, QuotaPer]> = [
  [/日均|逐日|天天|日更|\/[日天]/, 'day'],
  [/周均|逐周|按周|\/周/, 'week'],
  [/月均|逐月|按月|各月|月月|\/月/, 'month'],
  [/季均|逐季|按季|\/季/, 'quarter'],
];
const YEAR_WORDS = /全年|年度内|年内|本年度|今年|本年|年均|一年内|\/年|[0-9]{4}年度|年度(?:任务|目标)/; // 2篇/年, 2022年度任务120篇, 政务信息年度任务8篇
const MONTH_RANGE_FULL = new RegExp(`(${N}{1,3})月?份?[-至到](${N}{1,3})月份?`, 'g');
const MONTH_NAMED = new RegExp(`(${N}{1,3})月(份)?`, 'g');
/** After "5月": a day or part of the month (a deadline, not a month of activity). */
const MONTH_DEADLINE_AFTER = new RegExp(`(?:底|末|初|中|上旬|下旬|前|之前|以前|${N}|日|号)`, 'y');
const MONTH_FROM_AFTER = /(?:起|开始|以来|以后|之后|后)/y;
/** 各1次, 各开展一次: a count for each of the months named. */
const EACH_COUNT = new RegExp(`各(?:开展|完成|组织|举办|报送|发布|推出)?${N}`);
const MONTH_LIST_BEFORE = new RegExp(`(${N}{1,3})[、,和及与]$`);

interface Months {
  list: Set<number>;
  ranged: Set<number>;
  from: number | null;
}

const monthValue = (s: string): number | null => {
  const v = parseChineseInteger(s);
  return v !== null && v >= 1 && v <= 12 ? v : null;
};

function namedMonths(t: string): Months {
  const result: Months = { list: new Set(), ranged: new Set(), from: null };
  const rest = t.replace(MONTH_RANGE_FULL, (whole, a: string, b: string) => {
    const lo = monthValue(a);
    const hi = monthValue(b);
    if (lo === null || hi === null || lo > hi) return whole;
    for (let m = lo; m <= hi; m++) result.ranged.add(m);
    return '§';
  });
  MONTH_NAMED.lastIndex = 0;
  for (let m = MONTH_NAMED.exec(rest); m; m = MONTH_NAMED.exec(rest)) {
    const value = monthValue(m[1]);
    if (value === null || rest[m.index - 1] === '第') continue;
    const end = m.index + m[0].length;
    if (stickyTest(MONTH_DEADLINE_AFTER, rest, end)) continue;
    if (stickyTest(MONTH_FROM_AFTER, rest, end) || /[从自]/.test(rest.charAt(m.index - 1))) {
      result.from = result.from ?? value;
      continue;
    }
    result.list.add(value);
    // 5、10月: numbers listed before the one written with 月
    let j = m.index;
    for (let guard = 0; guard < 12; guard++) {
      const prev = MONTH_LIST_BEFORE.exec(rest.slice(Math.max(0, j - 5), j));
      const v = prev ? monthValue(prev[1]) : null;
      if (!prev || v === null) break;
      result.list.add(v);
      j -= prev[0].length;
    }
  }
  return result;
}

function sanitizeMonths(months: readonly number[] | undefined): number[] {
  if (!Array.isArray(months)) return [];
  return [...new Set(months.filter((m) => Number.isInteger(m) && m >= 1 && m <= 12))].sort((a, b) => a - b);
}

/**
 * "确保每月都有": that each month has some, not a count's period. Beside a count written without a period of its own
 * (乡镇新闻宣传意见: "…刊出刊播24篇（条），确保每月都有社溪内容") it is a second rule, and the text is not understood rather than read as
 * 24 a month, twelve times what the office asks; beside "每月报送2条" it adds nothing.
 */
const EVERY_PERIOD_HAS = /每个?(?:月|季度?|周|年)(?:都|均)(?:要|须|需|应|能)?有(?![^,，。;；]*\d)/g;
const PERIOD_OF_ITS_OWN = /每|均|逐|按[周月季年]|各月|月月|天天|\/[日天周月季年]|全年|年度|年内|本年|今年/;

function parseUncached(text: string, context: QuotaContext | undefined): Quota | null {
  const t = normalize(text);
  if (t === '') return null;
  const count = findCount(t);
  if (!count) return null;

  let rest = t.replace(EVERY_PERIOD_HAS, '§');
  if (rest !== t && !PERIOD_OF_ITS_OWN.test(rest)) return null;
  let months: number[] | null = null;
  let publicity = false;

  const quarterMonth = QUARTER_MONTH.exec(rest);
  if (quarterMonth) {
    const n = parseChineseInteger(quarterMonth[1]);
    if (n === null || n < 1 || n > 3) return null;
    months = [n, n + 3, n + 6, n + 9];
    rest = rest.replace(QUARTER_MONTH, '§');
  } else if (HALF_YEAR.test(rest)) {
    months = [6, 12];
    rest = rest.replace(HALF_YEAR, '§');
  }
  if (UNSUPPORTED_INTERVAL.test(rest)) return null;

  let every: QuotaPer | null = null;
  EVERY.lastIndex = 0;
  for (let m = EVERY.exec(rest); m; m = EVERY.exec(rest)) {
    if (m[1] !== '') {
      const n = parseChineseInteger(m[1]);
      if (n !== 1) return null; // 每两周, 每3个月: intervals a quota cannot express
    }
    every = finer(every, EVERY_PER[m[2]]);
  }
  for (const [re, per] of OTHER_PER) if (re.test(rest)) every = finer(every, per);

  if (!months) {
    const named = namedMonths(rest);
    const periodic = every !== null || EACH_COUNT.test(rest);
    const chosen = new Set(named.list);
    if (periodic) for (const m of named.ranged) chosen.add(m);
    if (chosen.size > 0) months = [...chosen].sort((a, b) => a - b);
    else if (periodic && named.from !== null) months = Array.from({ length: 13 - named.from }, (_, i) => named.from! + i);
    else if (/宣传月/.test(rest)) {
      const configured = sanitizeMonths(context?.publicityMonths);
      months = configured.length > 0 ? configured : [...DEFAULT_PUBLICITY_MONTHS];
      publicity = true;
    }
  }

  rest = rest.replace(/[上下前后]?半年度?/g, '§'); // 上半年, 半年内: spans, not years
  let per: QuotaPer;
  if (months) per = every === 'day' || every === 'week' ? every : 'month';
  else if (every) per = every;
  else if (YEAR_WORDS.test(rest)) per = 'year';
  else per = 'once';

  const quota: Quota = { min: count.value, unit: count.unit, per };
  if (months) quota.months = Object.freeze(months) as number[];
  if (publicity) quota.publicity = true;
  return Object.freeze(quota);
}

const COUNT_WORDS = new RegExp(`每|不少于|至少|不低于|${N}+(?:${UNITS_LONGEST_FIRST.join('|')})`);

/**
 * Whether text sets out to count pieces ("每月2篇", "不少于3次", "全年100条"): a target's prose ("完成建设、安装调试,
 * 试运营。", "削减存量底册违建至30%。") does not, so it is no quota written wrong.
 */
export function namesCount(text: string): boolean {
  return typeof text === 'string' && COUNT_WORDS.test(normalize(text));
}

const MEMO_LIMIT = 5000;
const memo = new Map<string, Quota | null>();

/**
 * Parses quota text ("每月不少于2篇", "5月、10月各1次", "宣传月期间不少于2次"); null when it is not
 * understood (the caller reports QUOTA_UNPARSED). Never throws. Results are memoized per
 * (text, publicity months) and frozen: copy one before changing it.
 */
export function parseQuota(text: string, context?: QuotaContext): Quota | null {
  if (typeof text !== 'string') return null;
  let key: string;
  try {
    const months = context?.publicityMonths;
    key = `${Array.isArray(months) ? months.join(',') : ''}\u0000${text}`;
  } catch {
    return null;
  }
  const hit = memo.get(key);
  if (hit !== undefined) return hit;
  let quota: Quota | null;
  try {
    const pieces = splitCategoryQuotas(text, (rule) => parseUncached(rule, context));
    quota = pieces ? { ...pieces[0].quota, byCategory: pieces } : parseUncached(text, context);
  } catch {
    quota = null;
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(key, quota);
  return quota;
}

// ---------------------------------------------------------------------------------------------
// Expected counts

/** Number of integers x in [lo, hi] with x ≡ r (mod mod). */
function countCongruent(lo: number, hi: number, r: number, mod: number): number {
  if (hi < lo) return 0;
  return Math.floor((hi - r) / mod) - Math.floor((lo - 1 - r) / mod);
}

const leapYearsThrough = (y: number) => Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400);

/** Bit m (1..12) set for each valid month of `months`; all months when undefined. */
function monthMask(months: readonly number[] | undefined): number {
  if (months === undefined) return ALL_MONTHS;
  let mask = 0;
  if (Array.isArray(months)) {
    for (const m of months) if (Number.isInteger(m) && m >= 1 && m <= 12) mask |= 1 << m;
  }
  return mask;
}
const ALL_MONTHS = 0b1111111111110;
const has = (mask: number, month: number) => (mask & (1 << month)) !== 0;

/** Days from 0001-01-01 through `date` whose month is in `mask`. */
function daysInMonthsThrough(date: CivilDate, mask: number): number {
  let perYear = 0;
  for (let m = 1; m <= 12; m++) if (has(mask, m)) perYear += daysInMonth(2001, m); // a common year
  const before = date.year - 1;
  let total = before * perYear + (has(mask, 2) ? leapYearsThrough(before) : 0);
  for (let m = 1; m < date.month; m++) if (has(mask, m)) total += daysInMonth(date.year, m);
  if (has(mask, date.month)) total += date.day;
  return total;
}

function checkDate(date: CivilDate, name: string): void {
  if (!date || !isValidCivil(date.year, date.month, date.day)) {
    throw new RangeError(`expectedCount: ${name} is not a valid civil date`);
  }
}

/**
 * Expected count over the inclusive window [from, to] (DESIGN.md, Quotas): min × the number of
 * periods lying wholly inside the window. Weeks run Monday–Sunday, quarters Jan–Mar …, years
 * are calendar years. With `months`, per 'month' counts only those months; other periods count
 * when they end in one of them (an empty `months` counts nothing). 'once' is min for any
 * non-empty window. An empty window (to < from) is 0. Computed arithmetically: O(12), except
 * weeks limited to months, which walk the window month by month.
 * Throws RangeError for an invalid date or an unknown `per`.
 */
export function expectedCount(quota: Quota, from: CivilDate, to: CivilDate): number {
  checkDate(from, 'from');
  checkDate(to, 'to');
  if (compareDates(to, from) < 0) return 0;
  const periods = countPeriods(quota, from, to);
  return periods === 0 ? 0 : quota.min * periods;
}

const monthIndex = (d: CivilDate) => d.year * 12 + d.month - 1;

function countPeriods(quota: Quota, from: CivilDate, to: CivilDate): number {
  const mask = monthMask(quota.months);
  const all = mask === ALL_MONTHS;

  switch (quota.per) {
    case 'once':
      return 1;

    case 'day': {
      if (all) return toEpochDays(to) - toEpochDays(from) + 1;
      return daysInMonthsThrough(to, mask) - daysInMonthsThrough(from, mask) + (has(mask, from.month) ? 1 : 0);
    }

    case 'week': {
      const e0 = toEpochDays(from);
      const e1 = toEpochDays(to);
      const mondayIndex = (e: number) => (((e + 3) % 7) + 7) % 7; // 0 = Monday … 6 = Sunday
      const firstMonday = e0 + ((7 - mondayIndex(e0)) % 7);
      const lastSunday = e1 - ((mondayIndex(e1) + 1) % 7);
      const firstSunday = firstMonday + 6;
      if (lastSunday < firstSunday) return 0;
      if (all) return (lastSunday - firstSunday) / 7 + 1;
      // Sundays (week ends) in [firstSunday, lastSunday] falling in the chosen months, month by month.
      const sunday = ((firstSunday % 7) + 7) % 7;
      let count = 0;
      let year = from.year;
      let month = from.month;
      for (let start = toEpochDays({ year, month, day: 1 }); start <= lastSunday; ) {
        const length = daysInMonth(year, month);
        if (has(mask, month)) {
          count += countCongruent(Math.max(firstSunday, start), Math.min(lastSunday, start + length - 1), sunday, 7);
        }
        start += length;
        if (++month > 12) {
          month = 1;
          year++;
        }
      }
      return count;
    }

    case 'month': {
      const first = monthIndex(from) + (from.day === 1 ? 0 : 1);
      const last = monthIndex(to) - (to.day === daysInMonth(to.year, to.month) ? 0 : 1);
      let count = 0;
      if (all) return Math.max(0, last - first + 1);
      for (let m = 1; m <= 12; m++) if (has(mask, m)) count += countCongruent(first, last, m - 1, 12);
      return count;
    }

    case 'quarter': {
      const quarterIndex = (d: CivilDate) => d.year * 4 + Math.floor((d.month - 1) / 3);
      const startsQuarter = from.day === 1 && (from.month - 1) % 3 === 0;
      const endsQuarter = to.month % 3 === 0 && to.day === daysInMonth(to.year, to.month);
      const first = quarterIndex(from) + (startsQuarter ? 0 : 1);
      const last = quarterIndex(to) - (endsQuarter ? 0 : 1);
      let count = 0;
      if (all) return Math.max(0, last - first + 1);
      for (let q = 0; q < 4; q++) if (has(mask, q * 3 + 3)) count += countCongruent(first, last, q, 4);
      return count;
    }

    case 'year': {
      if (!has(mask, 12)) return 0;
      const first = from.year + (from.month === 1 && from.day === 1 ? 0 : 1);
      const last = to.year - (to.month === 12 && to.day === 31 ? 0 : 1);
      return Math.max(0, last - first + 1);
    }

    default:
      throw new RangeError(`expectedCount: unknown period ${String((quota as { per?: unknown }).per)}`);
  }
}


// ---------------------------------------------------------------------------------------------
// Rendering

const PER_WORD: Record<Exclude<QuotaPer, 'once'>, string> = {
  day: '每日', week: '每周', month: '每月', quarter: '每季度', year: '每年',
};
const SMALL_NUMERALS = ['零', '一', '二', '三'];

/** 1、2、3、7 → "1月至3月、7月": runs of three or more months as a range. */
function monthList(months: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < months.length; ) {
    let j = i;
    while (j + 1 < months.length && months[j + 1] === months[j] + 1) j++;
    if (j - i >= 2) parts.push(`${months[i]}月至${months[j]}月`);
    else for (let k = i; k <= j; k++) parts.push(`${months[k]}月`);
    i = j + 1;
  }
  return parts.join('、');
}

/** A compact Chinese rendering: "每月不少于2篇", "5月、10月各1次", "宣传月期间每月不少于2次". */
export function describeQuota(quota: Quota): string {
  const amount = `${quota.min}${quota.unit}`;
  if (quota.per === 'once') return `累计不少于${amount}`;
  const every = PER_WORD[quota.per] ?? '';
  if (quota.months === undefined) return `${every}不少于${amount}`;
  if (quota.publicity) return `宣传月期间${every}不少于${amount}`;
  const months = sanitizeMonths(quota.months);
  if (months.length === 0) return `${every}不少于${amount}（无适用月份）`;
  if (quota.per === 'month') {
    const n = months[0];
    if (months.length === 4 && n <= 3 && months.every((m, i) => m === n + 3 * i)) {
      return `每季度第${SMALL_NUMERALS[n]}个月不少于${amount}`;
    }
    if (months.length === 2 && months[0] === 6 && months[1] === 12) return `每半年不少于${amount}`;
    return `${monthList(months)}各${amount}`;
  }
  return `${monthList(months)}${every}不少于${amount}`;
}
