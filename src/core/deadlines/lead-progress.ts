// Progress of a task with several lead units, kept per unit in its 完成情况 cell ("3/22 已完成" then one line per unit that reported), and whether the task is done by 设置's rule.
import { CivilDate, compareDates, formatISO, parseISO } from '../dates/civil-date';
import { isDoneText } from './task-status';

/** One lead unit's reported progress. */
export interface LeadProgress {
  readonly unit: string;
  readonly status: string;
  readonly doneDate: CivilDate | null;
  readonly note: string;
}

/** When a task with several leads is done: every lead done (default), or one of them (设置 任务完成标准 | 牵头单位之一). */
export type CompletionRule = 'all' | 'any';

/** 设置's 任务完成标准 text as a rule: 之一/任一/任何一个 → any; anything else (全部牵头单位, blank) → all. */
export function completionRuleOf(text: string | undefined): CompletionRule {
  return text && /之一|任一|任何一个|其中一个|一个牵头/.test(text) ? 'any' : 'all';
}

/** The first line of a per-unit progress cell: "3/22 已完成". */
const SUMMARY = /^\s*(\d+)\s*[/／]\s*(\d+)\s*(?:个单位)?已完成/u;
/** A unit's line: "霍邱县：已完成 2023-06-05 说明". */
const LINE = /^\s*([^：:]{1,60})[：:]\s*(\S*)(?:\s+(\d{4}-\d{2}-\d{2}))?(?:\s+(.*))?$/u;

/** Whether a 完成情况 text is a per-unit progress record (begins "n/m 已完成"). */
export function isLeadProgressText(text: string): boolean {
  return SUMMARY.test(text);
}

/** The unit lines of a per-unit progress cell; [] when the text is not one. */
export function readLeadProgress(text: string): LeadProgress[] {
  const lines = text.split(/\r?\n/);
  if (!SUMMARY.test(lines[0] ?? '')) return [];
  const out: LeadProgress[] = [];
  for (const line of lines.slice(1)) {
    const m = LINE.exec(line);
    if (!m) continue;
    out.push({ unit: m[1].trim(), status: m[2], doneDate: m[3] ? parseISO(m[3]) : null, note: (m[4] ?? '').trim() });
  }
  return out;
}

/** Whether one unit's report says it is done. */
export function leadDone(p: LeadProgress): boolean {
  return isDoneText(p.status) || (p.status === '' && p.doneDate !== null);
}

export interface LeadTally {
  /** Leads that reported done, in the task's order of leads. */
  readonly done: string[];
  /** Leads that have not (the units an overdue task counts against). */
  readonly owing: string[];
  /** Whether the task is done under the rule. */
  readonly taskDone: boolean;
  /** The task's done date when done: the last lead's under 'all', the first's under 'any'. */
  readonly doneDate: CivilDate | null;
}

/** How far the leads are, by unit. */
export function tallyLeads(leads: readonly string[], progress: readonly LeadProgress[], rule: CompletionRule): LeadTally {
  const byUnit = new Map(progress.map((p) => [p.unit, p]));
  const done = leads.filter((u) => {
    const p = byUnit.get(u);
    return p !== undefined && leadDone(p);
  });
  const owing = leads.filter((u) => !done.includes(u));
  const taskDone = leads.length > 0 && (rule === 'any' ? done.length > 0 : owing.length === 0);
  const dates = done.map((u) => byUnit.get(u)!.doneDate).filter((d): d is CivilDate => d !== null).sort(compareDates);
  const doneDate = !taskDone || dates.length === 0 ? null : rule === 'any' ? dates[0] : dates.length === done.length ? dates[dates.length - 1] : null;
  return { done, owing: taskDone ? [] : owing, taskDone, doneDate };
}

/** The 完成情况 cell's text: "3/22 已完成" then each reporting unit's line, in the task's order of leads. */
export function leadProgressText(leads: readonly string[], progress: readonly LeadProgress[], rule: CompletionRule): string {
  const tally = tallyLeads(leads, progress, rule);
  const order = new Map(leads.map((u, i) => [u, i]));
  const lines = [...progress]
    .sort((a, b) => (order.get(a.unit) ?? leads.length) - (order.get(b.unit) ?? leads.length))
    .map((p) => `${p.unit}：${p.status || (p.doneDate ? '已完成' : '')}${p.doneDate ? ` ${formatISO(p.doneDate)}` : ''}${p.note ? ` ${p.note.replace(/\s+/g, ' ')}` : ''}`);
  return [`${tally.done.length}/${leads.length} 已完成`, ...lines].join('\n');
}
