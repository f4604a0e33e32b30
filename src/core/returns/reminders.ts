// The 催办通知: a short notice to each unit that has not reported, as plain text the clerk can paste into a chat.
import { CivilDate, formatChinese } from '../dates/civil-date';
import { CollectResult, MissingUnit } from './collect';

export interface Reminder {
  readonly unit: string;
  readonly title: string;
  readonly body: string;
}

export function reminderFor(m: MissingUnit, campaign: string, period: CollectResult['period'], reply: CivilDate, office: string): Reminder {
  const span = `${formatChinese(period.from)}至${formatChinese(period.to)}`;
  const what = m.reason === '未返回填报表' ? `${span}的填报表尚未返回` : `${span}没有报送任何信息`;
  const owed = m.expected !== null && m.expected > 0 ? `本期应报 ${m.expected} 篇，已报 ${m.submitted} 篇。` : '';
  return {
    unit: m.unit,
    title: `关于催报${campaign}填报情况的通知`,
    body: `${m.unit}：\n  截至目前，贵单位${what}。${owed}请于${formatChinese(reply)}前将填报表和有关信息报送${office}。\n  特此通知。`,
  };
}

/** Every late unit's notice, and all of them as one text block for a chat. */
export function reminders(result: CollectResult, campaign: string, reply: CivilDate, office: string): { list: Reminder[]; text: string } {
  const list = result.missing.map((m) => reminderFor(m, campaign, result.period, reply, office));
  return { list, text: list.map((r) => `【催办】${r.body}`).join('\n\n') };
}
