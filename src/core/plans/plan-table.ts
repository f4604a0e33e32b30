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

/** Lines written as table rows ("一、… | 1.… | 财务科 |"), two or more in a row, as tables. */
export function tablesInText(lines: readonly { index: number; text: string }[]): PlanTable[] {
  const tables: PlanTable[] = [];
  let rows: string[][] = [];
  let paragraphs: number[] = [];
  const flush = () => {
    if (rows.length >= 2) tables.push({ rows, paragraphs });
    rows = [];
    paragraphs = [];
  };
  for (const line of lines) {
    const cells = line.text.split(/\s*[|｜]\s*/);
    if (cells.length >= 3 || (cells.length === 2 && cells.every(Boolean))) {
      if (cells[cells.length - 1] === '') cells.pop();
      rows.push(cells.map((c) => c.trim()));
      paragraphs.push(line.index);
    } else flush();
  }
  flush();
  return tables;
}

/** "办公室牵头,各科室配合" in a units cell: lead and cooperating units. */
function unitsCell(text: string): { lead: string[]; coop: string[] } {
  const m = /^(.+?)牵头[,，、;；\s]*(.+?)(?:配合|协助|参与)$/.exec(text);
  return m ? { lead: unitNames(m[1]), coop: unitNames(m[2]) } : { lead: unitNames(text.replace(/(?:分别)?牵头(?:落实|负责)?$/, '')), coop: [] };
}

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
  const width = table.rows[headerRow].length;
  // a task column of headings (一、…) beside an unnamed column of items (1.…): the first is the section
  let taskCol = columns.task!;
  let sectionCol: number | undefined;
  const mapped = new Set(Object.values(columns));
  const body = table.rows.slice(headerRow + 1);
  if (!mapped.has(taskCol + 1) && body.filter((r) => /^\d{1,2}[.．、]/.test((r[taskCol + 1] ?? '').trim())).length >= body.length / 2) {
    sectionCol = taskCol;
    taskCol = taskCol + 1;
  }
  // a row one cell short, its first cell merged with the row above in the original: shifted right
  let above: readonly string[] = [];
  const rowsFull = table.rows.map((row, i) => {
    if (i <= headerRow) return row;
    const full = row.length === width - 1 || (row.length === width && row[width - 1] === '' && row.filter(Boolean).length === width - 1 && sectionCol !== undefined && /^\d{1,2}[.．、]/.test(row[0]))
      ? [above[0] ?? '', ...row.slice(0, width - 1)]
      : row;
    above = full;
    return full;
  });
  const at = (row: readonly string[], col: number | undefined) => (col === undefined ? '' : (row[col] ?? '').trim());
  const measures: PlanMeasure[] = [];
  let section: string | null = null;
  rowsFull.forEach((row, i) => {
    if (i <= headerRow) return;
    const filled = row.map((c) => c.trim()).filter(Boolean);
    if (filled.length === 0) return;
    if (new Set(filled).size === 1 && !at(row, columns.lead)) {
      section = filled[0];
      return;
    }
    if (sectionCol !== undefined) section = at(row, sectionCol) || section;
    const task = at(row, taskCol);
    const units = unitsCell(at(row, columns.lead));
    const lead = units.lead;
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
      coop: [...units.coop, ...unitNames(at(row, coopCol))].filter((u) => !lead.includes(u)), deadline,
      quota: quotaText ? { text: quotaText } : null, unsure: lead.length === 0 || task === '', source: row.join(' | '),
    });
  });
  return measures.length ? measures : null;
}
