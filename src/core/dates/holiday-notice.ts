// Reads the State Council's yearly notice (国务院办公厅关于YYYY年部分节假日安排的通知), as a clerk pastes it, into rest and working days.
//
// The holiday package knows the years published before it was built; a plan for the coming year
// needs the notice of late autumn. Its items follow one form since 2008: "一、元旦：1月1日（周四）至
// 3日（周六）放假调休，共3天。1月4日（周日）上班。" A range or a date before 放假/补休 is rest, the
// dates before 上班 are working days; a weekday in brackets and "共N天" are checked against the dates,
// so that a mistyped or wrongly dated paste is told, never written silently.
import { CivilDate, addDays, compareDates, dayOfWeek, formatChinese, isValidCivil } from './civil-date';

/** The statutory holidays a notice lists, in its order. */
export const NOTICE_HOLIDAYS = ['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节'] as const;

/** One item of the notice: its holiday(s), rest days and working days, in the notice's order. */
export interface NoticeItem {
  /** As written: "元旦", "中秋节、国庆节". */
  readonly name: string;
  readonly rest: readonly CivilDate[];
  readonly work: readonly CivilDate[];
}

export interface HolidayNotice {
  /** The year the notice arranges (from its title or first sentence), or the one given. */
  readonly year: number | null;
  readonly items: readonly NoticeItem[];
  /** What does not add up or could not be read, in Chinese, for the clerk to check against the notice. */
  readonly problems: readonly string[];
  /** Dates read and left out on purpose (an 倡议 to rest on 除夕), in Chinese. */
  readonly notes: readonly string[];
}

/** A notice's text is a page at most; longer input is not a notice. */
const MAX_NOTICE_CHARS = 20_000;
const WEEKDAYS = '日一二三四五六';
const NAME = `(?:${NOTICE_HOLIDAYS.join('|')})`;
/** An item's head: "一、元旦：", "六、中秋节、国庆节：", "（一）元旦：", "1.元旦：", "- 元旦 :". */
const ITEM_HEAD = new RegExp(`(?:^|[\\n。])[ \\t\\u3000]*(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|\\d{1,2}[、.．]|[-•·*])?[ \\t\\u3000]*(${NAME}(?:[、和与及]${NAME})*)[ \\t\\u3000]*[：:]`, 'g');
/** A date as a notice writes it; year and month carry from the date before. */
const DATE = /(?:(\d{4})年)?(?:(\d{1,2})月)?(\d{1,2})日(?:[（(]([^）)]{0,20})[）)])?/g;
/** What follows the items: the closing paragraph, the signature. */
const CLOSING = /节假日期间|鼓励单位和个人|国务院办公厅/;
const RANGE_JOIN = /^\s*(?:至|到|—|–|-|－|～|~)\s*$/;

/** Full-width digits as ASCII (a notice pasted from a PDF can have them). */
function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** The year a notice arranges: its title, or "现将YYYY年元旦…" / "YYYY年元旦、春节…". */
export function noticeYear(text: string): number | null {
  const m = /关于\s*(\d{4})\s*年\s*部分节假日/.exec(text) ?? /(?:现将|将)\s*(\d{4})\s*年\s*(?:元旦|春节)/.exec(text) ?? /(\d{4})\s*年\s*(?:元旦|春节)[、，,]/.exec(text);
  return m ? Number(m[1]) : null;
}

interface DateToken {
  readonly date: CivilDate;
  readonly start: number;
  readonly end: number;
  readonly note: string;
  readonly written: string;
}

/** The dates of one sentence, each with its year and month as carried; invalid ones told. */
function datesOf(sentence: string, carry: { year: number; month: number }, problems: string[]): DateToken[] {
  const out: DateToken[] = [];
  for (const m of sentence.matchAll(DATE)) {
    const year = m[1] ? Number(m[1]) : carry.year;
    const month = m[2] ? Number(m[2]) : carry.month;
    const day = Number(m[3]);
    // "12月31日至1月2日" without years: the month going back is the next year
    const explicitYear = Boolean(m[1]);
    let y = year;
    if (!explicitYear && m[2] && out.length && month < out[out.length - 1].date.month) y = out[out.length - 1].date.year + 1;
    if (month === 0) {
      problems.push(`“${m[0]}”没有写月份，未读取。`);
      continue;
    }
    if (!isValidCivil(y, month, day)) {
      problems.push(`“${m[0]}”不是有效日期，未读取。`);
      continue;
    }
    carry.year = y;
    carry.month = month;
    out.push({ date: { year: y, month, day }, start: m.index!, end: m.index! + m[0].length, note: m[4] ?? '', written: m[0] });
  }
  return out;
}

/** The weekday a bracket names (周四, 星期日), or null. */
function statedWeekday(note: string): number | null {
  const m = /(?:周|星期|礼拜)([日天一二三四五六])/.exec(note);
  if (!m) return null;
  return m[1] === '天' ? 0 : WEEKDAYS.indexOf(m[1]);
}

/** Days from a to b inclusive (a ≤ b, at most a month: a notice's longest holiday is 9 days). */
function daysFrom(a: CivilDate, b: CivilDate): CivilDate[] | null {
  if (compareDates(a, b) > 0) return null;
  const out: CivilDate[] = [];
  for (let d = a; compareDates(d, b) <= 0; d = addDays(d, 1)) {
    out.push(d);
    if (out.length > 31) return null;
  }
  return out;
}

/** The weekdays a notice states in brackets, and those that are not the date's. */
interface WeekdayCheck {
  stated: number;
  readonly wrong: string[];
}

/** Rest and working days of one item's text. */
function readItem(name: string, body: string, year: number, problems: string[], notes: string[], weekdays: WeekdayCheck): NoticeItem {
  const rest: CivilDate[] = [];
  const work: CivilDate[] = [];
  const carry = { year, month: 0 };
  for (const raw of body.split(/[。；;]/)) {
    const sentence = raw.trim();
    if (!sentence) continue;
    const tokens = datesOf(sentence, carry, problems);
    if (!tokens.length) continue;
    for (const t of tokens) {
      const stated = statedWeekday(t.note);
      if (stated === null) continue;
      weekdays.stated++;
      if (stated !== dayOfWeek(t.date)) {
        weekdays.wrong.push(`${name}：“${t.written}”所写星期与日期不符（${formatChinese(t.date)}是星期${WEEKDAYS[dayOfWeek(t.date)]}），请核对年份和日期。`);
      }
    }
    // advice, not the arrangement: "鼓励各单位……安排职工在除夕（2月9日）休息"
    if (/^(?:鼓励|提倡|倡导|建议)/.test(sentence)) {
      notes.push(`${name}：“${sentence}”是倡议，不是放假安排，${tokens.map((t) => formatChinese(t.date)).join('、')}未列为休息日。`);
      continue;
    }
    const isWork = /上班|补班/.test(sentence);
    const isRest = /放假|补休|休息|连休/.test(sentence);
    if (isWork && isRest) {
      problems.push(`${name}：“${sentence}”同时写了放假和上班，无法分清，未读取。`);
      continue;
    }
    if (!isWork && !isRest) {
      problems.push(`${name}：“${sentence}”没有写放假或上班，未读取。`);
      continue;
    }
    const days: CivilDate[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const next = tokens[i + 1];
      if (next && RANGE_JOIN.test(sentence.slice(tokens[i].end, next.start))) {
        const span = daysFrom(tokens[i].date, next.date);
        if (!span) problems.push(`${name}：“${sentence.slice(tokens[i].start, next.end)}”起止日期不对，未读取。`);
        else days.push(...span);
        i++;
      } else days.push(tokens[i].date);
    }
    if (isWork) {
      work.push(...days);
      continue;
    }
    rest.push(...days);
    const total = /共\s*(\d{1,2})\s*天/.exec(sentence) ?? /放假\s*(\d{1,2})\s*天/.exec(sentence);
    if (total && Number(total[1]) !== days.length) {
      problems.push(`${name}：通知写“共${total[1]}天”，所列日期是 ${days.length} 天，请核对。`);
    }
  }
  if (!rest.length) problems.push(`${name}：没有读出放假日期，请核对通知原文。`);
  return { name, rest, work };
}

/**
 * The notice's items. The year is the notice's own, else `year`; with neither nothing is read and
 * the problem says so. Text after the last item (节假日期间… , the signature) is not read.
 */
export function readHolidayNotice(input: string, year?: number): HolidayNotice {
  if (input.length > MAX_NOTICE_CHARS) {
    return { year: null, items: [], notes: [], problems: [`粘贴的内容有 ${input.length} 字，超过 ${MAX_NOTICE_CHARS} 字，不像是一份节假日安排通知，未读取。`] };
  }
  const text = asciiDigits(input.replace(/\r\n?/g, '\n'));
  const found = noticeYear(text) ?? year ?? null;
  if (found === null) {
    return { year: null, items: [], notes: [], problems: ['没有读出通知所安排的年份（如“关于2027年部分节假日安排的通知”），请连同标题一起粘贴，或指定年份。'] };
  }
  const heads = [...text.matchAll(ITEM_HEAD)];
  if (!heads.length) {
    return { year: found, items: [], notes: [], problems: ['没有读出放假安排（如“一、元旦：1月1日至3日放假调休，共3天。”），请粘贴通知全文。'] };
  }
  const problems: string[] = [];
  const notes: string[] = [];
  if (year !== undefined && noticeYear(text) !== null && noticeYear(text) !== year) {
    problems.push(`通知安排的是 ${found} 年，不是所指定的 ${year} 年；已按通知读取。`);
  }
  const items: NoticeItem[] = [];
  const weekdays: WeekdayCheck = { stated: 0, wrong: [] };
  heads.forEach((h, i) => {
    const bodyStart = h.index! + h[0].length;
    const next = heads[i + 1]?.index ?? text.length;
    // the last item ends where the closing paragraph or the signature starts, else at a blank line (a line
    // broken by a PDF copy inside an item still belongs to it)
    let body = text.slice(bodyStart, next);
    const closing = CLOSING.exec(body);
    if (closing) body = body.slice(0, closing.index);
    else if (i + 1 === heads.length) {
      const blank = /\n[ \t\u3000]*\n/.exec(body);
      if (blank) body = body.slice(0, blank.index);
    }
    items.push(readItem(h[1], body, found, problems, notes, weekdays));
  });
  // most weekdays wrong: the notice is another year's (or the year given is wrong), said once
  if (weekdays.wrong.length >= 3 && weekdays.wrong.length * 2 >= weekdays.stated) {
    problems.unshift(`通知所写的星期有 ${weekdays.wrong.length} 处（共 ${weekdays.stated} 处）与 ${found} 年的日期不符，像是另一年的通知，请核对年份后再用。`);
  } else problems.push(...weekdays.wrong);
  return { year: found, items, problems, notes };
}
