// The 催办通知: a short notice to each unit that has not reported, as plain text the clerk can paste into a chat.
import { WorkCalendar } from '../dates/calendar';
import { CivilDate, compareDates, formatChinese } from '../dates/civil-date';
import { CollectResult, MissingUnit } from './collect';

export interface Reminder {
  readonly unit: string;
  readonly title: string;
  /** The title's words, where a 公文 title may break between lines (never inside the campaign's name). */
  readonly titleParts: readonly string[];
  readonly body: string;
}

export function reminderFor(m: MissingUnit, campaign: string, period: CollectResult['period'], reply: CivilDate, office: string): Reminder {
  const span = `${formatChinese(period.from)}至${formatChinese(period.to)}`;
  // what this unit owes, and only that: the form (when 设置 requires it) and the submissions short of its quota
  const owed = [
    ...(m.formOwed ? [`${span}的填报表尚未返回`] : []),
    ...(m.shortfall > 0 ? [`${span}应报送信息 ${m.expected} 篇，已报 ${m.submitted} 篇，尚差 ${m.shortfall} 篇`] : []),
  ];
  const send = [...(m.formOwed ? ['填报表'] : []), ...(m.shortfall > 0 ? [`所差的 ${m.shortfall} 篇信息`] : [])].join('和');
  const titleParts = ['关于催报', campaign, '填报情况的通知'];
  return {
    unit: m.unit,
    title: titleParts.join(''),
    titleParts,
    body: `${m.unit}：\n  截至目前，贵单位${owed.join('；')}。请于${formatChinese(reply)}前将${send}报送${office}。\n  特此通知。`,
  };
}

/** Working days a late unit is given to reply once the due date has passed. */
export const LATE_REPLY_WORKDAYS = 3;

/** The date a notice asks for: the due date while it is ahead, else three working days from today (never a date already past). */
export function replyBy(due: CivilDate, today: CivilDate, calendar: WorkCalendar): CivilDate {
  return compareDates(due, today) >= 0 ? due : calendar.addWorkdays(today, LATE_REPLY_WORKDAYS);
}

/** Every late unit's notice (replies asked by replyBy), and all of them as one text block for a chat. */
export function reminders(result: CollectResult, campaign: string, office: string, today: CivilDate, calendar: WorkCalendar): { list: Reminder[]; text: string; reply: CivilDate } {
  const reply = replyBy(result.due, today, calendar);
  const list = result.missing.map((m) => reminderFor(m, campaign, result.period, reply, office));
  return { list, text: list.map((r) => `【催办】${r.body}`).join('\n\n'), reply };
}
