// A task-division table inside a plan (a 分工表 attached to the .docx) read as measures, row by row.
import { formatISO } from '../dates/civil-date';
import { parseDeadline } from '../deadlines/deadline';
import { CellRange, Grid, cellText } from '../sheets/grid';
import { classifyHeaderCell } from '../sheets/header-cells';
import { detectTaskHeader } from '../sheets/header-roles';
import { HEADING } from '../sheets/headings';
import { readTaskSheet } from '../sheets/task-sheet';
import { carryDittoColumn } from '../sheets/ditto';
import type { Blocks } from '../sheets/n-up';
import { splitUnitRoles } from '../units/unit-roles';
import { carryUnitCells, unitsBeforeRemark } from '../units/carried-units';
import { unitNames } from './plan-units';
import { findDeadline, findQuotas } from './phrases';
import { toSimplified } from '../sheets/traditional';
import type { PlanDeadline, PlanMeasure } from './read-plan';

export interface PlanTable {
  readonly rows: readonly (readonly string[])[];
  /** The paragraph (1-based among non-blank lines of the plan's text) of each row; null for a blank row. */
  readonly paragraphs: readonly (number | null)[];
  /** Merged cells of a Word table (rows and columns as in `rows`, whose covered cells repeat the merged text). */
  readonly merges?: readonly CellRange[];
}

/** Cells of a line written as a table row: "|" between cells, tabs (a Word table pasted as text), or runs of two or more spaces (a PDF copied as text). */
function cellsOf(text: string): { cells: string[]; kind: string } | null {
  if (/[|｜]/.test(text)) return { cells: text.split(/\s*[|｜]\s*/), kind: 'pipe' };
  if (/\t/.test(text)) return { cells: text.split(/[ \u3000\u00a0]*\t[ \u3000\u00a0]*/), kind: 'tab' }; // one tab a cell: two tabs hold an empty cell
  if (/ {2,}|\u3000/.test(text)) return { cells: text.split(/(?: {2,}|\u3000)[\s\u3000]*/), kind: 'spaces' };
  return null;
}

/**
 * The plan's lines for finding tables, a row pasted from a Word table keeping its leading tabs: cells merged down in the
 * original (测评类别 | 测评项目 over several items) come out as tabs before the row's first text, and trimmed away they shift
 * the row's cells left. Every other line is the paragraph as read.
 */
export function withLeadingTabs(text: string, paras: readonly { index: number; text: string }[]): { index: number; text: string }[] {
  const raw = new Map<number, string>();
  let n = 0;
  for (const line of String(text ?? '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    const trimmed = line.replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/g, '');
    if (!trimmed) continue;
    n++;
    // the tabs at both ends kept (a last cell left blank is a tab too), spaces around them taken off
    if (/^[ \u3000\u00a0\ufeff]*\t/.test(line)) raw.set(n, line.replace(/^[ \u3000\u00a0\ufeff]+|[ \u3000\u00a0]+$/g, ''));
  }
  return paras.map((p) => {
    const r = raw.get(p.index);
    return r !== undefined && r.replace(/^[\s\u3000]+|[\s\u3000]+$/g, '') === p.text ? { index: p.index, text: r } : { index: p.index, text: p.text };
  });
}

/** A line that names a column of a task table (序号, 主要任务, 牵头单位…), read by the sheet readers' header words. */
const isHeaderWord = (text: string) => text.length <= 12 && classifyHeaderCell(text) !== null;

/**
 * Lines written as table rows, two or more in a row, as tables: cells separated by "|" ("一、… | 1.… |
 * 财务科 |"), by tabs, or by runs of spaces (only under a header line naming columns); and a table copied
 * one cell a line (a run of header words, then rows each starting with its 序号).
 */
export function tablesInText(lines: readonly { index: number; text: string }[]): PlanTable[] {
  const tables: PlanTable[] = [];
  let rows: string[][] = [];
  let paragraphs: number[] = [];
  let kind: string | null = null;
  const flush = () => {
    if (rows.length >= 2) tables.push({ rows, paragraphs });
    rows = [];
    paragraphs = [];
    kind = null;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const vertical = verticalTable(lines, i);
    if (vertical) {
      flush();
      tables.push(vertical.table);
      i = vertical.next - 1;
      continue;
    }
    const split = cellsOf(line.text);
    const cells = split?.cells ?? [line.text];
    const headerLike = cells.filter((c) => isHeaderWord(c.trim())).length >= 2;
    const fits = split && (cells.length >= 3 || (cells.length === 2 && cells.every(Boolean)))
      && (split.kind !== 'spaces' || (kind === 'spaces' ? cells.length >= 2 : headerLike && cells.length >= 3));
    if (split && fits) {
      if (kind && kind !== split.kind) flush();
      kind = split.kind;
      while (cells.length > 1 && cells[cells.length - 1] === '' && split.kind === 'pipe') cells.pop();
      rows.push(cells.map((c) => c.trim()));
      paragraphs.push(line.index);
    } else if (kind && !split && HEADING.test(line.text.trim()) && continuesTable(lines, i + 1, kind)) {
      // a section row of the table ("一、加强党对教育工作的全面领导", a merged row pasted as one line): kept in it, one cell
      rows.push([line.text.trim()]);
      paragraphs.push(line.index);
    } else flush();
  }
  flush();
  return tables;
}

/** Whether the table goes on below a heading line: the next lines hold more headings, then a row of the same kind. */
function continuesTable(lines: readonly { index: number; text: string }[], at: number, kind: string): boolean {
  for (let j = at; j < lines.length; j++) {
    const next = cellsOf(lines[j].text);
    if (next) return next.kind === kind && next.cells.length >= 2;
    if (!HEADING.test(lines[j].text.trim())) return false;
  }
  return false;
}

/**
 * Columns a schedule has besides the task's (地点, 参加对象, 备注): no role of a task sheet, but cells of every row all the same
 * ("序号 时间 内容 任务与要求 地点 责任部门", 宜兴's 世界环境日 plan copied a cell a line). Never read as units.
 */
const OTHER_COLUMN = /^(?:(?:活动|会议|举办|实施)?地点|(?:参加|参与|邀请)?(?:对象|人员)|备注)$/;

/** A table copied one cell a line: at least three header words in a row, then rows each opening with its number. */
function verticalTable(lines: readonly { index: number; text: string }[], at: number): { table: PlanTable; next: number } | null {
  let width = 0;
  while (at + width < lines.length && (isHeaderWord(lines[at + width].text) || OTHER_COLUMN.test(lines[at + width].text.trim())) && cellsOf(lines[at + width].text) === null) width++;
  if (width < 3 || !/^(?:序号|编号|序)$/.test(lines[at].text.replace(/[\s\u3000]/g, '').replace('號', '号'))) return null;
  const header = lines.slice(at, at + width).map((l) => l.text.trim());
  const rows: string[][] = [header];
  const paragraphs: number[] = [lines[at].index];
  let i = at + width;
  while (i < lines.length && /^\d{1,3}$/.test(lines[i].text.trim())) {
    const row = [lines[i].text.trim()];
    paragraphs.push(lines[i].index);
    i++;
    // the row's cells: up to the next number line, a heading, or the header's width
    while (i < lines.length && row.length < width && !/^\d{1,3}$/.test(lines[i].text.trim()) && !/^(?:附件|[一二三四五六七八九十]+、)/.test(lines[i].text.trim())) {
      row.push(lines[i].text.trim());
      i++;
    }
    rows.push(row);
  }
  return rows.length >= 2 ? { table: { rows, paragraphs }, next: i } : null;
}

/**
 * Tables that are one table broken at a page (a PDF turned into Word, a copy across pages): a table whose first row
 * comes right after the last row of the one before (nothing between but blank lines or the page's number, as
 * `pageMark` tells of a paragraph) and has as many columns joins it, its rows, paragraphs and merges following on
 * (a header printed again on the new page is skipped as a repeat).
 */
export function joinedAtPageBreaks(tables: readonly PlanTable[], pageMark: (paragraph: number) => boolean = () => false): PlanTable[] {
  const out: PlanTable[] = [];
  const width = (t: PlanTable) => Math.max(0, ...t.rows.map((r) => r.length));
  const last = (t: PlanTable) => Math.max(0, ...t.paragraphs.map((p) => p ?? 0));
  const first = (t: PlanTable) => t.paragraphs.find((p) => p !== null) ?? null;
  for (const table of tables) {
    const before = out[out.length - 1];
    const start = first(table);
    const between = (from: number, to: number) => {
      for (let p = from; p < to; p++) if (!pageMark(p)) return false;
      return true;
    };
    if (before && start !== null && start > last(before) && start - last(before) <= 3 && between(last(before) + 1, start) && width(table) === width(before)) {
      const shift = before.rows.length;
      const merges = [...(before.merges ?? []), ...(table.merges ?? []).map((m) => ({ ...m, top: m.top + shift, bottom: m.bottom + shift }))];
      out[out.length - 1] = { rows: [...before.rows, ...table.rows], paragraphs: [...before.paragraphs, ...table.paragraphs], ...(merges.length ? { merges } : {}) };
    } else out.push(table);
  }
  return out;
}

/** "办公室牵头,各科室配合" in a units cell: lead and cooperating units. */
function unitsCell(text: string): { lead: string[]; coop: string[] } {
  const m = /^(.+?)牵头[,，、;；\s]*(.+?)(?:配合|协助|参与)$/.exec(text);
  return m ? { lead: unitNames(m[1]), coop: unitNames(m[2]) } : { lead: unitNames(text.replace(/(?:分别)?牵头(?:落实|负责)?$/, '')), coop: [] };
}

/** A units cell read by the sheet readers' rules; vague references (市有关单位) kept as written, in the cell's role. */
function cellUnits(text: string, role: 'lead' | 'coop'): { lead: string[]; coop: string[] } {
  if (!text) return { lead: [], coop: [] };
  const own = unitsCell(text);
  if (own.coop.length > 0) return own;
  const read = splitUnitRoles(text, role);
  return role === 'lead' ? { lead: [...read.lead, ...read.vague], coop: read.coop } : { lead: read.lead, coop: [...read.coop, ...read.vague] };
}

/** A row's cells of one block of a table printed n-up (单位 | 目标分数 | 单位 | 目标分数), and the columns after the blocks; the whole row otherwise. */
function blockCells(row: readonly string[], blocks: Blocks | undefined, block: number | undefined): readonly string[] {
  if (!blocks || block === undefined) return row;
  const from = blocks.start + (block - 1) * blocks.width;
  return [...row.slice(from, from + blocks.width), ...row.slice(blocks.start + blocks.width * blocks.count)].filter((c, i) => i < blocks.width || c !== '');
}

/** A task cell short enough to be the row's title: one clause of at most 40 characters, no sentence inside it. */
function shortTitle(task: string): string | null {
  const t = task.replace(/[。；;]$/, '');
  return t.length > 0 && t.length <= 40 && !/[。；;]/.test(t) ? t : null;
}

/** The plan's deadline from a table cell, or from the task's own words when the table has no deadline column. */
function deadlineOf(cell: string, task: string, year: number, publicityMonths: readonly number[]): PlanDeadline {
  const found = cell ? { text: cell } : findDeadline(toSimplified(task));
  if (!found) return { text: null, kind: 'none' };
  const text = cell ? cell : task.slice((found as { start: number }).start, (found as { start: number }).start + found.text.length);
  // no plan year (0): "6月底前" is still a date, its year the clerk's to set (a leap year stands in, for 2月29日)
  const parsed = parseDeadline(toSimplified(found.text), year > 0 ? year : 2000, publicityMonths);
  if (parsed.kind === 'date') return year > 0 ? { text, kind: 'date', date: formatISO(parsed.date) } : { text, kind: 'date' };
  // a table row's words without a time cell: "持续推进…", "常态化…" say how the work goes, not by when
  if (!cell && parsed.kind === 'ongoing') return { text: null, kind: 'none' };
  return { text, kind: parsed.kind === 'invalid' || parsed.kind === 'unparsed' ? 'relative' : parsed.kind };
}

/** The table's rows as a grid the task-sheet reader reads: a column of headings (一、…) beside an unnumbered item column stays apart. */
function gridOf(table: PlanTable): Grid {
  return { name: '分工表', rows: table.rows.map((r) => [...r]), merges: table.merges ?? [] };
}

/**
 * The measures of a table whose header names at least a task and a lead column (read by the
 * task-sheet reader: header roles, sections, repeated headers); null when it is no task table.
 */
export function measuresFromTable(table: PlanTable, year: number, publicityMonths: readonly number[]): PlanMeasure[] | null {
  const { header } = detectTaskHeader(gridOf(table));
  if (!header || header.row > 4) return null;
  const columns = { ...header.columns };
  const width = table.rows[header.row].length;
  // a task column of headings (一、…) beside an unnamed column of items (1.…): the first is the section
  let sectionCol: number | undefined;
  const mapped = new Set(Object.values(columns));
  const body = table.rows.slice(header.row + 1);
  const taskCol = columns.task!;
  if (columns.category !== undefined && columns.category === taskCol - 1) sectionCol = columns.category;
  else if (!mapped.has(taskCol + 1) && body.filter((r) => /^\d{1,2}[.．、]/.test((r[taskCol + 1] ?? '').trim())).length >= body.length / 2) {
    sectionCol = taskCol;
    columns.task = taskCol + 1;
    if (columns.category === undefined) columns.category = sectionCol;
  }
  // no column named 序号, but one of the unmapped columns numbers the rows 1, 2, 3… (a Word header cell such as
  // 工作任务 spanning the category and number columns names none): that column is the 序号
  if (columns.seq === undefined) {
    const taken = new Set(Object.values(columns));
    for (let c = 0; c < width; c++) {
      if (taken.has(c)) continue;
      const cells = body.map((r) => (r[c] ?? '').trim()).filter(Boolean);
      if (cells.length >= 2 && cells.length >= body.length / 2 && cells.every((t, i) => t === String(Number(cells[0]) + i))) {
        columns.seq = c;
        break;
      }
    }
  }
  // a row one cell short, its first cell merged with the row above in the original: shifted right. A full row with an
  // empty last cell is one short only under a row whose section cell is no numbered item itself (a 年度重点工作 column
  // numbered "57." keeps its rows as they are: their 说明 is merely empty)
  let above: readonly string[] = [];
  // columns left of the task other than 序号 (测评类别 | 测评项目): a blank cell was merged down from the row above
  const levels = Array.from({ length: columns.task! }, (_, c) => c).filter((c) => c !== columns.seq);
  const numbered = (text: string | undefined) => /^\d{1,2}[.．、]/.test(text ?? '');
  const rows = table.rows.map((row, i) => {
    if (i <= header.row) return [...row];
    const full = sectionCol !== undefined && (row.length === width - 1 || (row.length === width && row[width - 1] === '' && row.filter(Boolean).length === width - 1 && numbered(row[0]) && above.length > 0 && !numbered(above[sectionCol])))
      ? [above[0] ?? '', ...row.slice(0, width - 1)]
      : [...row];
    if (i > header.row + 1 && (full[columns.task!] ?? '') !== '') for (const c of levels) if ((full[c] ?? '') === '' && above[c]) full[c] = above[c];
    above = full;
    return full;
  });
  // the whole header match (more cooperating or people columns, leads named by headings), its columns as adjusted above
  const sheet = readTaskSheet({ name: '分工表', rows, merges: table.merges ?? [] }, { ...header, columns });
  const text = (v: unknown) => cellText(v as never).trim();
  const measures: PlanMeasure[] = [];
  // units given once for several rows (同上, 同第N项, 下同, 以下各项均由…牵头): each measure gets them, as check reads them
  const column = (field: 'lead' | 'coop') => carryUnitCells(sheet.rows.map((r) => ({
    row: r.row, text: text(r.values[field]), cell: r.cells[field] ?? '', seq: text(r.values.seq),
    ...(field === 'lead' && r.values.note !== undefined ? { note: text(r.values.note) } : {}),
  })), field === 'lead' ? sheet.skipped.filter((s) => s.reason === 'section' || s.reason === 'note').map((s) => ({ row: s.row, text: s.text, cell: '' })) : []);
  const carriedLead = column('lead');
  const carriedCoop = column('coop');
  // a deadline written 同上 is the row above's
  const deadlines = carryDittoColumn(sheet.rows.map((r) => ({ row: r.row, value: r.values.deadline, cell: '' })));
  for (let i = 0; i < sheet.rows.length; i++) {
    const r = sheet.rows[i];
    const task = text(r.values.task);
    const lead = cellUnits(unitsBeforeRemark(carriedLead[i].text).trim(), 'lead');
    const coop = cellUnits(unitsBeforeRemark(carriedCoop[i].text).trim(), 'coop');
    const leads = [...new Set([...lead.lead, ...coop.lead].map(toSimplified))];
    const coops = [...new Set([...lead.coop, ...coop.coop].map(toSimplified))].filter((u) => !leads.includes(u));
    if (!task && leads.length + coops.length === 0) continue;
    // a bare figure under a header naming what it counts (采用条数 120, 目标分数 150) is written with its unit
    const cellQuota = text(r.values.quota);
    const quotaText = (sheet.quotaMeasure && /^\d+(?:\.\d+)?$/.test(cellQuota) ? cellQuota + sheet.quotaMeasure : cellQuota) || findQuotas(toSimplified(task))[0]?.text || '';
    const paragraph = table.paragraphs[r.row] ?? table.paragraphs.find((p) => p !== null) ?? 0;
    const seq = text(r.values.seq);
    measures.push({
      // a short task cell names the row as a title does ("开展…活动" beside its 任务与要求 cell); a long one is its text only
      paragraph, lastParagraph: paragraph, section: r.section, title: shortTitle(task), task,
      ...(seq ? { seq } : {}),
      lead: leads, coop: coops,
      deadline: deadlineOf(text(deadlines[i].value), task, year, publicityMonths),
      quota: quotaText ? { text: quotaText } : null, unsure: leads.length === 0 || task === '', source: blockCells(rows[r.row], header.blocks, r.block).join(' | '),
    });
  }
  return measures.length ? measures : null;
}
