// The machine-readable form of a check (the `duban check --json` object).
import { formatISO } from '../dates/civil-date';
import { deadlineJsonKind } from '../deadlines/deadline';
import { Issue, Severity, countBySeverity } from './issues';
import { Quota } from '../quotas/quota';
import { TaskStatus } from '../deadlines/task-status';
import { CheckResult } from './validate';
import { columnLetters } from '../sheets/grid';
import { TaskField } from '../sheets/headers';
import { inferenceReason } from './messages';

/** The header a task sheet was read with: 1-based row, column letter of each role, and the roles read from content. */
export interface HeaderJson {
  sheet: string;
  row: number;
  columns: Partial<Record<TaskField, string>>;
  /** Further people columns whose names join the leaders column's (主管领导 | 主要责任人). */
  moreLeaders?: string[];
  /** Further unit columns whose units cooperate too (牵头责任单位 | 主体责任单位 | 配合责任单位). */
  moreCoop?: string[];
  inferred: { field: TaskField; column: string; header: string; basis: string; reason: string }[];
}

export interface CheckJson {
  file: string;
  planYear: number;
  asOf: string;
  /** The first task sheet's header (null when none was found); `headers` when there are several. */
  header: HeaderJson | null;
  headers?: HeaderJson[];
  tasks: {
    sheet: string;
    row: number;
    /** In a table printed n-up (单位 | 目标分数 | 单位 | 目标分数), the block the task was read in, 1 the leftmost. */
    block?: number;
    seq: string;
    section: string | null;
    task: string;
    lead: string[];
    coop: string[];
    leaders: string[];
    /** milestones: every date the cell names, the last being due; precision: only a month or a year was written;
     *  ongoing: the work goes on after the date ("…并长期坚持"). */
    deadline: {
      kind: ReturnType<typeof deadlineJsonKind>; date?: string; text: string;
      milestones?: string[]; precision?: 'month' | 'year'; ongoing?: boolean;
    };
    quota: QuotaJson | null;
    status: TaskStatus;
  }[];
  /** Rows under the header not read as tasks, each with its reason: nothing is dropped without a word. */
  skipped: { sheet: string; row: number; reason: string; text: string }[];
  issues: Issue[];
  counts: Record<Severity, number>;
}

export interface QuotaJson {
  min: number;
  unit: string;
  per: Quota['per'];
  months?: number[];
  /** Quotas that differ by category of units: each category's own rule. */
  byCategory?: { category: string; names: string[]; perProject: boolean; quota: QuotaJson }[];
}

export function quotaJson(q: Quota | null): QuotaJson | null {
  if (!q) return null;
  const base: QuotaJson = { min: q.min, unit: q.unit, per: q.per, ...(q.months ? { months: [...q.months] } : {}) };
  if (!q.byCategory) return base;
  const byCategory = q.byCategory.map((c) => ({ category: c.category, names: [...c.names], perProject: c.perProject, quota: quotaJson(c.quota)! }));
  return { ...base, byCategory };
}

export function issueJson(i: Issue): Issue {
  return {
    severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell, message: i.message,
    ...(i.suggestion !== undefined ? { suggestion: i.suggestion } : {}),
    ...(i.cells ? { cells: i.cells } : {}),
  };
}

function headerJson(h: CheckResult['headers'][number]): HeaderJson {
  const columns: Partial<Record<TaskField, string>> = {};
  for (const [f, c] of Object.entries(h.header.columns) as [TaskField, number][]) columns[f] = columnLetters(c);
  return {
    sheet: h.sheet, row: h.header.row + 1, columns,
    ...(h.header.moreLeaders ? { moreLeaders: h.header.moreLeaders.map(columnLetters) } : {}),
    ...(h.header.moreCoop ? { moreCoop: h.header.moreCoop.map(columnLetters) } : {}),
    inferred: (h.header.inferred ?? []).map((i) => ({ field: i.field, column: columnLetters(i.col), header: i.header, basis: i.basis, reason: inferenceReason(i) })),
  };
}

export function checkJson(result: CheckResult, file: string): CheckJson {
  const headers = result.headers.map(headerJson);
  return {
    file,
    planYear: result.planYear,
    asOf: formatISO(result.asOf),
    header: headers[0] ?? null,
    ...(headers.length > 1 ? { headers } : {}),
    tasks: result.tasks.map((t) => ({
      sheet: t.sheet,
      row: t.row,
      ...(t.block !== undefined ? { block: t.block } : {}),
      seq: t.seq,
      section: t.section,
      task: t.task,
      lead: t.lead,
      coop: t.coop,
      leaders: t.leaders,
      deadline: {
        kind: deadlineJsonKind(t.deadline),
        ...(t.deadline.kind === 'date' ? { date: formatISO(t.deadline.date) } : {}),
        text: t.deadline.text,
        ...(t.deadline.kind === 'date' && t.deadline.dates.length > 1 ? { milestones: t.deadline.dates.map(formatISO) } : {}),
        ...(t.deadline.kind === 'date' && t.deadline.precision ? { precision: t.deadline.precision } : {}),
        ...(t.deadline.kind === 'date' && t.deadline.ongoing ? { ongoing: true } : {}),
        ...((t.deadline.kind === 'date' || t.deadline.kind === 'recurring') && t.deadline.onRestDay ? { onRestDay: t.deadline.onRestDay } : {}),
      },
      quota: quotaJson(t.quota),
      status: t.status,
    })),
    skipped: result.skipped.map((k) => ({ sheet: k.sheet, row: k.row, reason: k.reason, text: k.text })),
    issues: result.issues.map(issueJson),
    counts: countBySeverity(result.issues),
  };
}
