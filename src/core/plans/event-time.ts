// The time of a plan that is one event ("二、活动时间 / 2025年8月20日", "三、活动时间和地点 / (一)活动时间:2025年8月28日上午…"):
// when the event's parts (参观, 座谈, 意见反馈) name no time of their own, they are due when the event is.
import type { Paragraph } from './outline';
import { findDeadline } from './phrases';

/** A top heading naming the event's time: 活动时间, 活动时间和地点, 活动日期. */
const TIME_HEADING = /^(?:活动|宣传|实施)(?:时间|日期)(?:(?:和|及|与|、)地点)?\s*[:：]?\s*/;
/** A line under it giving the time: "(一)活动时间:…", "时间:…", or the date alone. */
const TIME_LINE = /^(?:(?:活动|宣传|实施)?(?:时间|日期))\s*[:：]\s*/;

/** Hours of the day ("上午9:00-12:00"): part of the day, no span of days. */
const HOURS = /(?:上午|下午|晚上|早上)?\s*\d{1,2}[:：]\d{2}(?:\s*[-—~～至到]\s*\d{1,2}[:：]\d{2})?/g;
/** A span of days: a campaign whose parts run through it (宣传周 5月7日至5月13日), each of them not due at its end. */
const SPAN = /[至到—―–－\-~～]/;

/** One day's time: a date, no span of days (its hours aside). */
function oneDay(rest: string): boolean {
  return findDeadline(rest) !== null && !SPAN.test(rest.replace(HOURS, ''));
}

/**
 * The event's time as written, when the plan is one event of one day; null when the plan has no such heading, or more than one,
 * or it holds no time, or a span of days (a 宣传周's or a campaign's parts are no steps due at its end: the clerks of the corpus
 * gave them none).
 */
export function eventTime(paras: readonly Paragraph[]): string | null {
  const headings = paras.filter((p) => p.level === 1 && TIME_HEADING.test(p.plain.slice(p.prefix)));
  if (headings.length !== 1) return null;
  const heading = headings[0];
  const own = heading.text.slice(heading.prefix).replace(TIME_HEADING, '');
  const ownPlain = heading.plain.slice(heading.prefix).replace(TIME_HEADING, '');
  if (own && findDeadline(ownPlain)) return oneDay(ownPlain) ? own : null;
  const at = paras.indexOf(heading);
  for (const p of paras.slice(at + 1)) {
    if (p.level === 1) break;
    const body = p.plain.slice(p.prefix);
    const label = TIME_LINE.exec(body);
    if (p.level > 0 && !label) continue; // "(二)活动地点:…"
    const rest = label ? body.slice(label[0].length) : body;
    if (findDeadline(rest)) return oneDay(rest) ? p.text.slice(p.prefix + (label ? label[0].length : 0)) : null;
  }
  return null;
}
