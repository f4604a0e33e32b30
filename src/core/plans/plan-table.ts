// A task-division table inside a plan (a 分工表 attached to the .docx) read as measures, row by row.
import { formatISO } from '../dates/civil-date';
import { parseDeadline } from '../deadlines/deadline';
import { TASK_HEADERS, matchHeaderRow, normalizeHeader } from '../sheets/headers';
import { unitNames } from './plan-units';
import { findQuotas } from './phrases';
import type { PlanDeadline, PlanMeasure } from './read-plan';

export interface PlanTable {
  readonly rows: readonly (readonly string[])[];
  /** The paragraph (1-based among non-blank lines of the plan's text) of each row; null for a blank row. */
  readonly paragraphs: readonly (number | null)[];
}

/** 责任单位 beside a 牵头 column: the cooperating units (DESIGN, header roles). */
const RESPONSIBLE = new Set(['责任单位', '责任部门'].map((h) => normalizeHeader(h)));

/** The measures of a table whose header names at least a task and a lead column; null when it is no task table. */
export function measuresFromTable(table: PlanTable, year: number, publicityMonths: readonly number[]): PlanMeasure[] | null {
  const headerRow = table.rows.findIndex((row, i) => i < 5 && (() => {
    const m = matchHeaderRow(row, TASK_HEADERS);
    return m.task !== undefined && m.lead !== undefined;
  })());
  if (headerRow < 0) return null;
  const columns = matchHeaderRow(table.rows[headerRow], TASK_HEADERS);
  let coopCol = columns.coop;
  if (coopCol === undefined) {
    const responsible = table.rows[headerRow].findIndex((h, i) => i !== columns.lead && RESPONSIBLE.has(normalizeHeader(h)));
    if (responsible >= 0) coopCol = responsible;
  }
  const at = (row: readonly string[], col: number | undefined) => (col === undefined ? '' : (row[col] ?? '').trim());
  const measures: PlanMeasure[] = [];
  let section: string | null = null;
  table.rows.forEach((row, i) => {
    if (i <= headerRow) return;
    const filled = row.map((c) => c.trim()).filter(Boolean);
    if (filled.length === 0) return;
    if (new Set(filled).size === 1 && !at(row, columns.lead)) {
      section = filled[0];
      return;
    }
    const task = at(row, columns.task);
    const lead = unitNames(at(row, columns.lead));
    const deadlineText = at(row, columns.deadline);
    const parsed = deadlineText ? parseDeadline(deadlineText, year, publicityMonths) : null;
    const deadline: PlanDeadline = !parsed
      ? { text: null, kind: 'none' }
      : parsed.kind === 'date' ? { text: deadlineText, kind: 'date', date: formatISO(parsed.date) }
        : { text: deadlineText, kind: parsed.kind === 'invalid' || parsed.kind === 'unparsed' ? 'relative' : parsed.kind };
    const quotaText = at(row, columns.quota) || findQuotas(task)[0]?.text || '';
    const paragraph = table.paragraphs[i] ?? table.paragraphs.find((p) => p !== null) ?? 0;
    measures.push({
      paragraph, lastParagraph: paragraph, section, title: null, task, lead,
      coop: unitNames(at(row, coopCol)).filter((u) => !lead.includes(u)), deadline,
      quota: quotaText ? { text: quotaText } : null, unsure: lead.length === 0 || task === '', source: row.join(' | '),
    });
  });
  return measures.length ? measures : null;
}
