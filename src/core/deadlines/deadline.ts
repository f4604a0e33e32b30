// Reads a deadline cell (完成时限) into a due date, a recurrence, or the reason it has none.
import { compareDates, formatChinese, fromSerial, isValidCivil } from '../dates/civil-date';
import { NUMBER_CHARS, asciiDigits, parseChineseInteger } from '../dates/numerals';
import { ONGOING_PHRASES, RELATIVE_PHRASES, everyNthMonth, phaseClauses, rewritePhrase } from './deadline-phrases';
import { DateDeadline, Deadline } from './deadline-types';
import { classifyDateList, findDateInside, scanDateList } from './date-scan';
import { hasLunarDay, lunarDaysAsDates } from './lunar-days';
import { parseRecurring } from './recurring';

export * from './deadline-types';
export { onWorkday, recurringDueDates } from './recurring';

// ---------------------------------------------------------------------------------------------
// Normalisation

/** Enclosed item numbers (①…⑳, ⑴…⒇, ⒈…⒛, ❶…➓): milestone markers that NFKC would turn into digits ("①3月底前" → "13月底前"). */
const ITEM_MARKS = /[\u2460-\u249b\u24ea-\u24ff\u2776-\u2793]/g;

/** A line holding only a year ("2023年", "于2023年"): a narrow cell broken after it (Alt+Enter), not a clause of its own. */
const YEAR_LINE = /(^|[\r\n])[ \t]*((?:于|在|到|至)?\d{4}年)[ \t]*[\r\n]+(?![ \t]*(?:\d{4}|[\r\n;；]))/g;

/** NFKC (full-width digits, letters and punctuation), no white space, one kind of dash; item marks part clauses. */
function compactText(text: string): string {
  return asciiDigits(text.replace(ITEM_MARKS, ';').normalize('NFKC').trim().replace(YEAR_LINE, '$1$2').replace(/\s*[\r\n]+\s*/g, ';')) // lines of a cell are its clauses
    .replace(/^;+|[;。,、]+$/g, '') // a closing 。 or , says nothing of the date
    .replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, '')
    .replace(/[‐‑‒–—―−﹣]+/g, '-')
    .replace(/[〜∼]/g, '~')
    .replace(/元月/g, '1月'); // 元月 is January ("元月25日前")
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

// Five-year plans

/**
 * "十四五期间", "“十四五”末", "十四五时期完成": the whole cell names a five-year plan's span, due by its last day
 * (the Nth plan ends in 1955 + 5N: 十三五 2020, 十四五 2025, 十五五 2030).
 */
const FIVE_YEAR_PLAN = /^[“"‘']?十([一二三四五六七八九])五[”"’']?(?:规划)?(?:期间|时期|期内|期末|末期|末|期)?(?:前|内)?(?:全面|基本)?(?:完成|实现|建成)?$/;
const PLAN_ORDINALS = '一二三四五六七八九';

function fiveYearPlanEnd(compact: string): { year: number; month: number; day: number } | null {
  const m = FIVE_YEAR_PLAN.exec(compact);
  if (!m) return null;
  return { year: 1955 + 5 * (10 + PLAN_ORDINALS.indexOf(m[1]) + 1), month: 12, day: 31 };
}

// Ongoing and relative

/** Work with no one due day; 持续到/持续至 a date is a span that ends then ("该项工作将持续到5月底", 河北 2023). */
const RE_ONGOING = /长期|持续(?![到至])|常态|常年|经常|定期|随时|贯穿|1以贯之|一以贯之|日常|适时|全年|全程|全过程|始终/;
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

/**
 * What a cell says happens on a rest day: "次月15日前，遇节假日顺延" (税务申报), "12月31日前（遇节假日顺延）", "遇法定节假日提前".
 * Read apart from the date it qualifies, so that 节假日 does not make the date relative.
 */
const REST_DAY_RULE = /[(（]?[,，;；]?(?:如|若)?(?:遇|逢)(?:法定)?(?:节假日|假日|节日|休息日|双休日|周末)(?:的)?(?:则|时)?(?:依次|相应|自动)?(顺延|提前)[)）]?/;

function parseText(text: string, planYear: number, publicityMonths?: readonly number[]): Deadline {
  const rule = REST_DAY_RULE.exec(text);
  const qualified = rule ? (text.slice(0, rule.index) + text.slice(rule.index + rule[0].length)).trim() : '';
  if (rule && qualified !== '') {
    const read = parseText(qualified, planYear, publicityMonths);
    const onRestDay = rule[1] === '顺延' ? 'next' : 'previous';
    return read.kind === 'date' || read.kind === 'recurring' ? { ...read, text, onRestDay } : { ...read, text };
  }
  const read = parseDated(text, planYear, publicityMonths);
  // "12月底前完成并长期坚持": the date stays due, the rest goes on
  if (read.kind === 'date' && !read.ongoing && (RE_ONGOING.test(text) || ONGOING_PHRASES.test(text))) return { ...read, ongoing: true };
  return read;
}

function parseDated(text: string, planYear: number, publicityMonths?: readonly number[]): Deadline {
  const compact = compactText(text);
  if (compact === '') return { kind: 'none', text };
  if (isPlaceholder(compact)) return { kind: 'placeholder', text };
  const plan = fiveYearPlanEnd(compact);
  if (plan) return { kind: 'date', text, date: plan, dates: [plan], nextYear: false, explicitYear: true, precision: 'year' };
  // "年初一、初二", "正月十五前" (a 春节 plan's days): the plan year's dates; without a year they cannot be dated, and say so
  const lunar = lunarDaysAsDates(compact, planYear);
  if (lunar === null && hasLunarDay(compact)) return { kind: 'relative', text };
  const s = rewritePhrase(numeralsToDigits(lunar ?? compact));
  if (RELATIVE_PHRASES.test(s)) return { kind: 'relative', text };

  for (const phased of phaseClauses(s)) {
    let year = planYear; // a later clause without a year is in the year an earlier one named
    const read = phased.map((clause) => {
      const d = parseText(clause, year, publicityMonths);
      if (d.kind === 'date' && d.explicitYear) year = d.date.year;
      return d;
    });
    const dated = read.filter((d): d is DateDeadline => d.kind === 'date');
    const ongoing = read.filter((d) => d.kind === 'ongoing').length;
    // milestones: every clause a date (the last is due), or dates beside "长期坚持" clauses
    if (dated.length >= 1 && dated.length + ongoing === read.length && (dated.length >= 2 || ongoing > 0)) {
      const latest = dated.reduce((a, b) => (compareDates(b.date, a.date) > 0 ? b : a));
      const dates = dated.flatMap((d) => d.dates).filter((d, i, all) => all.findIndex((x) => compareDates(x, d) === 0) === i);
      // a milestone written as a month or a year alone ("11月前全面完成、12月…") or by its end ("6月底前…"): no day the clerk wrote
      const dayless = dated.flatMap((d) => [...(d !== latest && d.precision !== undefined ? [d.date] : []), ...(d.dayless ?? [])]);
      return {
        ...latest, text, dates, explicitYear: dated.some((d) => d.explicitYear),
        ...(ongoing > 0 || dated.some((d) => d.ongoing) ? { ongoing: true } : {}),
        ...(dayless.length > 0 ? { dayless } : {}),
      };
    }
  }

  const nth = everyNthMonth(s);
  if (nth) return { kind: 'recurring', text, per: 'month', months: nth };
  const recurring = parseRecurring(s, text, publicityMonths);
  if (recurring) return recurring;

  const atStart = scanDateList(s, 0, planYear, true);
  if (atStart) return withMonthBefore(classifyDateList(atStart, text), s);

  const dayAlone = RE_DAY_ALONE.exec(s);
  if (dayAlone) {
    const day = Number(dayAlone[1]);
    if (day < 1 || day > 31) return { kind: 'invalid', text, reason: `没有${day}日` };
  }

  if (RE_ONGOING.test(s) || ONGOING_PHRASES.test(s)) return { kind: 'ongoing', text };
  if (RE_RELATIVE.test(s)) return { kind: 'relative', text };
  const inside = findDateInside(s, planYear, text);
  if (inside) return withMonthBefore(inside, s);
  if (RE_RELATIVE_LOOSE.test(s)) return { kind: 'relative', text };
  return { kind: 'unparsed', text };
}

/**
 * "4月前更换、补充到位" (汛前准备 2012), "11月前全面完成" (杭州 2024): a month alone before 前 may mean before the month begins or by its
 * end. Read as its end, the later (no false overdue), and marked so that validation says the other reading.
 */
function withMonthBefore(d: Deadline, s: string): Deadline {
  if (d.kind !== 'date' || d.precision !== 'month') return d;
  return new RegExp(`(?:^|[^\\d])${d.date.month}月份?(?:之|以)?前`).test(s) ? { ...d, monthBefore: true } : d;
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
