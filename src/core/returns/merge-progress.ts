// Lead units' progress reports into the task sheet: one lead's report written as it is, several leads' kept per unit ("3/22 已完成"), cooperating units' and conflicting reports listed, not written.
import { CivilDate, formatISO } from '../dates/civil-date';
import { CompletionRule, LeadProgress, isLeadProgressText, leadProgressText, readLeadProgress, tallyLeads } from '../deadlines/lead-progress';
import { TaskRecord } from '../validation/validate';
import type { ProgressChange, ProgressReport } from './collect';

/** The cells a task with several leads gets: its per-unit 完成情况 text, and 完成日期 once the task is done. */
export interface LeadCells {
  readonly task: TaskRecord;
  readonly status: string;
  readonly doneDate: CivilDate | null;
}

type Listed = ProgressChange & { readonly reason: string };

const says = (c: { status: string; doneDate: CivilDate | null; note?: string }) => `${c.status}\u0000${c.doneDate ? formatISO(c.doneDate) : ''}\u0000${c.note ?? ''}`;
const sayText = (c: ProgressChange) => `${c.unit}：${c.status || '（未填）'}${c.doneDate ? `，${formatISO(c.doneDate)}` : ''}`;

/**
 * What the reports change: single-lead tasks as before (the lead's report, when it changes the
 * cells); several leads each on their own line, so one co-lead's 已完成 is that lead's only. A
 * unit whose two files say different things gets neither written; cooperating units are listed.
 */
export function mergeLeadProgress(
  reports: readonly ProgressReport[], rule: CompletionRule, cellTextAt?: (sheet: string, cell: string) => string,
): { applied: ProgressChange[]; listed: Listed[]; leadCells: LeadCells[] } {
  const applied: ProgressChange[] = [];
  const listed: Listed[] = [];
  const leadCells: LeadCells[] = [];
  const current = (task: TaskRecord, field: 'status' | 'doneDate') => {
    const at = task.cells[field];
    return at && cellTextAt ? cellTextAt(task.sheet, at) : null;
  };
  const byTask = new Map<TaskRecord, ProgressReport[]>();
  for (const r of reports) {
    if (!r.task.lead.includes(r.unit)) {
      const unchanged = (r.status === '' || current(r.task, 'status') === r.status) && (!r.doneDate || current(r.task, 'doneDate') === formatISO(r.doneDate));
      if (!unchanged) listed.push({ ...r, reason: `${r.unit}是配合单位，以牵头单位（${r.task.lead.join('、')}）的填报为准，未写入` });
      continue;
    }
    byTask.set(r.task, [...(byTask.get(r.task) ?? []), r]);
  }
  for (const [task, list] of byTask) {
    if (!task.cells.status) {
      for (const r of list) if (r.status !== '' || r.doneDate) listed.push({ ...r, reason: '任务分工表没有“完成情况”列，未写入' });
      continue;
    }
    // one unit, one word: a unit whose files disagree gets nothing written (several leads on a one-lead basis are treated alike)
    const byUnit = new Map<string, ProgressReport[]>();
    for (const r of list) byUnit.set(r.unit, [...(byUnit.get(r.unit) ?? []), r]);
    const agreed: ProgressReport[] = [];
    const single = task.lead.length <= 1;
    for (const [, mine] of byUnit) {
      if (new Set(mine.map((c) => says({ ...c, note: single ? '' : c.note }))).size === 1) agreed.push(mine[0]);
      else for (const c of mine) listed.push({ ...c, reason: `任务 ${task.seq} 的同一牵头单位的几份填报表进展不一致（${mine.map(sayText).join('；')}），均未写入，请核实后手工填写` });
    }
    if (single) {
      for (const r of agreed) {
        const unchanged = (r.status === '' || current(task, 'status') === r.status) && (!r.doneDate || current(task, 'doneDate') === formatISO(r.doneDate));
        if (!unchanged) applied.push(r);
      }
      continue;
    }
    const cellText = current(task, 'status') ?? '';
    const kept: LeadProgress[] = isLeadProgressText(cellText) ? readLeadProgress(cellText) : [];
    const lines = new Map(kept.map((p) => [p.unit, p]));
    const changed: ProgressReport[] = [];
    for (const r of agreed) {
      if (r.status === '' && !r.doneDate && r.note === '') continue;
      const line: LeadProgress = { unit: r.unit, status: r.status, doneDate: r.doneDate, note: r.note };
      const before = lines.get(r.unit);
      if (before && says(before) === says(line)) continue;
      lines.set(r.unit, line);
      changed.push(r);
    }
    if (changed.length === 0) continue;
    applied.push(...changed);
    const all = [...lines.values()];
    const tally = tallyLeads(task.lead, all, rule);
    leadCells.push({ task, status: leadProgressText(task.lead, all, rule), doneDate: tally.taskDone ? tally.doneDate : null });
  }
  return { applied, listed, leadCells };
}
