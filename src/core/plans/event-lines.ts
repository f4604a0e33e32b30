// Lines of a plan written as an event: an activity's time field, a heading of units alone, an event's running order (议程), a field
// that may close a measure without a full stop.
import type { Paragraph } from './outline';
import { findDeadline } from './phrases';
import { isUnitsLine } from './plan-units';
import { toSimplified } from '../sheets/traditional';

/** A heading naming units ("四、活动单位", "主办单位") over nothing but lines of units: the event's organisers, no task of its own. */
export function unitsAlone(paras: readonly Paragraph[]): boolean {
  return paras.length >= 2 && paras[0].level > 0 && /单位$/.test(paras[0].plain.slice(paras[0].prefix).replace(/[。：:]$/, '')) && paras.slice(1).every((p) => isUnitsLine(p.plain));
}

/** A field line that may close a measure without a full stop: its time or a person. */
export const CLOSING_FIELD = /^(?:完成时限|完成时间|时间节点|办结时限|责任领导|牵头领导|分管领导|责任人|联系人)\s*[:：]/;

/** A heading over an event's running order: 仪式议程, 会议议程, 活动流程. */
// (a 工作流程 is the work's steps, not an event's: its items stay measures)
const AGENDA = /^(?:[^，,。；;]{0,6}议程|(?:仪式|活动|典礼|会议|大会|启动仪式|开幕式)流程)[。：:]?$/;

/** Whether the current headings put an item in an event's running order. */
export function underAgenda(headings: readonly (string | null)[]): boolean {
  return headings.some((h) => h !== null && h !== undefined && AGENDA.test(toSimplified(h).replace(/^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])\s*/, '')));
}

/** An activity's time field ("活动时间:…", "1、比赛时间:…") when it holds a time: the text after its colon. */
export function timeField(paras: readonly Paragraph[]): string | undefined {
  const field = paras.slice(1).find((p) => /^(?:\d{1,2}\s*[.．、]\s*)?[\u4e00-\u9fff]{0,4}时间\s*[:：]/.test(p.plain));
  const value = field?.text.slice(field.text.search(/[:：]/) + 1);
  return value !== undefined && findDeadline(toSimplified(value)) ? value : undefined;
}
