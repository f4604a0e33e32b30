// Task-sheet header recognition by meaning: each header cell's words give it a role and a score; the best row near the top is the header.
import { CellRange, CellValue, Grid, a1, cellText } from './grid';
import {
  HEADER_SEARCH_ROWS, HOLIDAY_HEADERS, HOLIDAY_REQUIRED, HeaderMatch, MEDIA_HEADERS, MEDIA_REQUIRED,
  REGISTRY_HEADERS, REGISTRY_REQUIRED, RULES_HEADERS, RULES_REQUIRED, SPOTCHECK_HEADERS, SPOTCHECK_REQUIRED, TaskField,
  findHeaderRow, normalizeHeader,
} from './headers';
import { InferredColumn, holdsCounts, holdsFigures, holdsMeasures, holdsRowNumbers, inferColumns, looksLikeUnits, textiness } from './column-content';
import { headingLead } from './headings';
import { BlockRole, Blocks, firstBlockColumns, repeatedBlocks } from './n-up';
import { looksLikeLedger } from './ledger-header';
import { summaryHeaderCell } from './summary-table';
import { COUNT_MEASURE, HeaderCell, HeaderRole, MAX_HEADER_CHARS, TARGET_WORDS, UNIT_ROLES, UNKNOWN_PENALTY, classifyHeaderCell, quotaUnitOf } from './header-cells';

/** One candidate header: its last row (the table starts below it) and the role of each column. */
export interface HeaderCandidate {
  readonly row: number;
  /** First row of a two-level header (= row for one level). */
  readonly top: number;
  readonly cells: readonly (HeaderCell | null)[];
  readonly texts: readonly string[];
  readonly score: number;
  readonly columns: Partial<Record<TaskField, number>>;
  /** Required roles this row lacks ([] when it is a header). */
  readonly lacking: readonly ('task' | 'lead')[];
  /** The header repeats as a whole block (a table printed n-up): cells and texts are the first block's (n-up.ts). */
  readonly blocks?: Blocks;
}

/** The top rows with merged cells filled in (a header cell merged across or down shows in every cell it covers). */
function topRows(grid: Grid, count: number): CellValue[][] {
  const rows = grid.rows.slice(0, count).map((r) => [...r]);
  for (const m of grid.merges as readonly CellRange[]) {
    if (m.top >= count) continue;
    const v = grid.rows[m.top]?.[m.left] ?? null;
    for (let r = m.top; r <= Math.min(m.bottom, count - 1); r++)
      for (let c = m.left; c <= m.right; c++) {
        while (rows[r].length <= c) rows[r].push(null);
        rows[r][c] = v;
      }
  }
  return rows;
}

/** Whether column c repeats the header of column c-1 (one cell merged across both). */
const repeatsLeft = (texts: readonly string[], c: number) => c > 0 && texts[c] !== '' && texts[c] === texts[c - 1];

function scoreCells(cells: readonly (HeaderCell | null)[], texts: readonly string[]): number {
  let score = 0;
  cells.forEach((cell, c) => {
    if (cell) score += repeatsLeft(texts, c) ? 1 : cell.score;
    else if (texts[c] !== '') score -= UNKNOWN_PENALTY;
  });
  return score;
}

/** Columns of each field from the cells' roles (see the rules above). */
export function assignColumns(cells: readonly (HeaderCell | null)[], texts: readonly string[]): Partial<Record<TaskField, number>> {
  const columns: Partial<Record<TaskField, number>> = {};
  const byRole = new Map<HeaderRole, number[]>();
  cells.forEach((cell, c) => {
    if (!cell) return;
    const list = byRole.get(cell.role) ?? [];
    if (!repeatsLeft(texts, c)) list.push(c); // a header merged across several columns names the first of them
    byRole.set(cell.role, list);
  });
  const first = (role: HeaderRole) => byRole.get(role)?.[0];
  for (const f of ['seq', 'deadline', 'status', 'doneDate', 'note', 'leaders', 'category', 'quota'] as const) {
    const c = first(f);
    if (c !== undefined) columns[f] = c;
  }
  // a 是否完成 column says done or not; the progress prose beside it (办理进展 "已完成主体施工") does not
  const doneFlag = byRole.get('status')?.find((c) => cells[c]!.doneFlag);
  if (doneFlag !== undefined) columns.status = doneFlag;
  // frequency beside a count (频次 "每月" | 任务数 "各5条"); a frequency column alone holds the quota itself
  const quotas = byRole.get('quota') ?? [];
  const frequency = first('frequency') ?? (quotas.length >= 2 ? quotas.find((c) => /频次|频率/.test(texts[c] ?? '')) : undefined);
  if (frequency !== undefined) {
    const count = quotas.find((c) => c !== frequency);
    if (count !== undefined) {
      columns.quota = count;
      columns.frequency = frequency;
    } else if (columns.quota === undefined) columns.quota = frequency;
  }
  // task: the most specific task-like column (the rightmost on a tie); a more general one left of it is the category
  let tasks = byRole.get('task') ?? [];
  // a 督查台账's report columns right of its progress (办理进展 | 是否完成 | 存在问题 | 下步措施) tell how the task stands, beside
  // the task left of them (督办事项): never the task
  const progress = byRole.get('status')?.[0];
  if (progress !== undefined && tasks.some((c) => c < progress)) tasks = tasks.filter((c) => c < progress);
  // an indicator column (指标) beside another task column: its quota when right of it (工作任务 | 指标), its section when left
  const plain = tasks.filter((c) => !cells[c]!.indicator);
  if (plain.length > 0 && plain.length < tasks.length) {
    const last = plain[plain.length - 1];
    const after = tasks.filter((c) => cells[c]!.indicator && c > last);
    if (after.length > 0 && columns.quota === undefined) columns.quota = after[0];
    tasks = tasks.filter((c) => !after.includes(c));
  }
  if (tasks.length === 0) {
    const targets = (byRole.get('quota') ?? []).filter((c) => cells[c]!.altTask);
    if (targets.length > 0) {
      tasks = [targets[0]];
      if (columns.quota === targets[0]) delete columns.quota;
    }
  }
  if (tasks.length > 0) {
    let best = tasks[0];
    for (const c of tasks) if (cells[c]!.specific >= cells[best]!.specific) best = c;
    columns.task = best;
    // of several levels (一级事项 | 二级事项; 测评类别 | 测评项目 | 测评内容; 类别 | 考核指标 | 指标内容), the one nearest the task is its section,
    // whether a category word or a more general task word names it; a category right of the task (目标类型) is a tag
    const levels = [...(byRole.get('category') ?? []), ...tasks].filter((c) => c < best);
    if (levels.length > 0) columns.category = Math.max(...levels);
    else if (columns.category !== undefined && columns.category > best) delete columns.category;
  }
  // units: 牵头 is lead; 责任 is lead alone, cooperating beside a 牵头 column
  const responsible = byRole.get('responsible') ?? [];
  const lead = first('lead');
  const coop = first('coop');
  if (lead !== undefined) {
    columns.lead = lead;
    if (coop !== undefined) columns.coop = coop;
    else if (responsible.length > 0) columns.coop = responsible[0];
  } else if (responsible.length > 0) {
    columns.lead = responsible[0];
    if (coop !== undefined) columns.coop = coop;
    else if (responsible.length > 1) columns.coop = responsible[1];
  } else if (coop !== undefined) columns.coop = coop;
  return columns;
}

/**
 * The header candidate at row r. `mergedDown`: a cell of row r is merged down into the next row, so that row is part
 * of the header whatever it holds (公开对象 over 全社会 | 特定群体: sub-labels that name no column).
 */
function candidateAt(rows: readonly CellValue[][], r: number, mergedDown = false): HeaderCandidate {
  const values = rows[r] ?? [];
  let cells = values.map(classifyHeaderCell);
  let row = r;
  let used = values;
  // a two-level header: every filled cell of the next row names a column, and it adds or refines one
  const next = rows[r + 1];
  if (next && cells.some((c) => c)) {
    const nextCells = next.map(classifyHeaderCell);
    const nextTexts = next.map((v) => cellText(v));
    const topTexts = values.map((v) => cellText(v ?? null));
    const distinct = new Set(nextTexts.filter((t) => t !== '')).size;
    const allNamed = distinct >= 2 && next.every((v, c) => nextTexts[c] === '' || nextCells[c] !== null);
    // new names only under a top cell merged across (责任单位 over 牵头单位 | 配合单位) or an empty one
    const spread = (c: number) => topTexts[c] === '' || (topTexts[c] !== undefined && (topTexts[c] === topTexts[c - 1] || topTexts[c] === topTexts[c + 1]));
    const changed = nextCells.map((cell, i) => cell !== null && nextTexts[i] !== topTexts[i]);
    const refines = changed.some((x) => x) && changed.every((x, i) => !x || spread(i));
    if ((allNamed && refines) || mergedDown) {
      const width = Math.max(values.length, next.length);
      cells = Array.from({ length: width }, (_, c) => nextCells[c] ?? cells[c] ?? null);
      used = Array.from({ length: width }, (_, c) => (cellText(next[c] ?? null) !== '' ? next[c] : values[c] ?? null));
      row = r + 1;
    }
  }
  let texts = used.map((v) => cellText(v ?? null));
  // a table printed n-up (单位 | 目标分数 | 单位 | 目标分数) is read by its first block: the others repeat it
  const blocks = repeatedBlocks(texts.map((t) => normalizeHeader(t)), cells.map(blockRole));
  if (blocks) {
    const keep = new Set(firstBlockColumns(blocks, texts.length));
    cells = cells.map((cell, c) => (keep.has(c) ? cell : null));
    texts = texts.map((t, c) => (keep.has(c) ? t : ''));
  }
  const columns = assignColumns(cells, texts);
  const lacking: ('task' | 'lead')[] = [];
  if (columns.task === undefined) lacking.push('task');
  if (columns.lead === undefined) lacking.push('lead');
  return { row, top: r, cells, texts, score: scoreCells(cells, texts), columns, lacking, ...(blocks ? { blocks } : {}) };
}

/** What a header cell names, as the n-up rule asks it: a unit column, another column, or nothing. */
function blockRole(cell: HeaderCell | null): BlockRole {
  if (!cell) return null;
  return UNIT_ROLES.has(cell.role) ? 'unit' : 'other';
}

/**
 * The candidate without its 单位 columns that hold measurement units (元, %, 万人: an indicator table's
 * 指标 | 单位 | 目标 | 牵头部门), which name no office; 达州's 单位 | 目标分数 lists offices and stays a unit column.
 */
function withoutMeasureColumns(grid: Grid, c: HeaderCandidate): HeaderCandidate {
  const measures = new Set(c.cells.flatMap((cell, col) =>
    cell && UNIT_ROLES.has(cell.role) && normalizeHeader(c.texts[col] ?? '') === '单位' && holdsMeasures(grid, c.row, col) ? [col] : []));
  if (measures.size === 0) return c;
  const cells = c.cells.map((cell, col) => (measures.has(col) ? null : cell));
  const columns = assignColumns(cells, c.texts);
  const lacking: ('task' | 'lead')[] = [];
  if (columns.task === undefined) lacking.push('task');
  if (columns.lead === undefined) lacking.push('lead');
  // the 单位 cell still names a column (of measurement units): the row scores as a header as before, not as one with an unknown word
  return { ...c, cells, columns, lacking };
}

/**
 * A task header merged across the row numbers and the text beside them ("指 标" over 4 | 非公有经济增加值占GDP比重):
 * the text is the task and the numbers its 序号.
 */
function withTaskBesideNumbers(grid: Grid, header: TaskHeaderMatch, candidate: HeaderCandidate | null): TaskHeaderMatch {
  const t = header.columns.task;
  if (t === undefined || !candidate || candidate.row !== header.row || !repeatsLeft(candidate.texts, t + 1)) return header;
  if (Object.values(header.columns).includes(t + 1) || !holdsRowNumbers(grid, header.row, t)) return header;
  const columns = { ...header.columns, task: t + 1 };
  if (columns.seq === undefined) columns.seq = t;
  return { ...header, columns };
}

/**
 * A target column taken as the task because its header word ties (目标任务 beside 项目), while its cells are figures or one
 * phrase repeated ("186", "年终根据全省平均水平综合考核") and a column left of it, under the same header or a task-like one,
 * names one item per row (旌阳 2016: 项 目 merged over the category band and the indicator): the items are the tasks, the
 * targets their quota, the band their section. 泗洲头's 攻坚目标任务 holds prose and stays the task.
 */
function withItemsBeforeTargets(grid: Grid, header: TaskHeaderMatch, candidate: HeaderCandidate | null): TaskHeaderMatch {
  const t = header.columns.task;
  if (t === undefined || !candidate || candidate.row !== header.row || !TARGET_WORDS.test(candidate.texts[t] ?? '')) return header;
  const mapped = new Set(Object.values(header.columns));
  for (let b = t - 1; b >= 1; b--) {
    const underTask = repeatsLeft(candidate.texts, b) && candidate.cells[b - 1]?.role === 'task';
    if (!underTask || (mapped.has(b) && header.columns.category !== b)) continue;
    if (textiness(grid, header.row, b) < 0.8 || textiness(grid, header.row, t) >= 0.6) return header;
    const columns: Partial<Record<TaskField, number>> = { ...header.columns, task: b, category: b - 1 };
    if (columns.quota !== undefined) return { ...header, columns };
    return { ...header, columns: { ...columns, quota: t }, targetQuota: true };
  }
  return header;
}

/** Every row near the top read as a header, best first (a real header before any that lacks a role). */
export function headerCandidates(grid: Grid): HeaderCandidate[] {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  const rows = topRows(grid, limit + 1);
  const out: HeaderCandidate[] = [];
  const mergedDown = (r: number) => (grid.merges as readonly CellRange[]).some((m) => m.top === r && m.bottom > r);
  for (let r = 0; r < limit; r++) {
    const c = withoutMeasureColumns(grid, candidateAt(rows, r, mergedDown(r)));
    if (c.cells.filter((x) => x).length > 0) out.push(c);
  }
  return out.sort((a, b) => a.lacking.length - b.lacking.length || b.score - a.score || a.top - b.top);
}

/** A task header: the columns by field, and those whose role was read from their content (the header word was unknown). */
export interface TaskHeaderMatch extends HeaderMatch<TaskField> {
  readonly inferred?: readonly InferredColumn[];
  /** No column names tasks, but units and a quota do (单位 | 任务数 | 报送时间, an allocation table): each row's task is the table's title. */
  readonly taskFromTitle?: boolean;
  /**
   * No column names units, but the headings group the tasks by lead ("一、县示范区管委会牵头工作(8项)", a 县 list):
   * each task's lead is the unit its heading names (headings.ts).
   */
  readonly leadFromHeadings?: boolean;
  /**
   * No column names units, but a line above the header names the one unit the whole sheet is for ("安乐河镇" over its
   * 目标责任考核指标, one sheet per town): every task's lead is that unit, at that cell.
   */
  readonly leadFromTitle?: { readonly name: string; readonly cell: string };
  /**
   * People columns after the leaders column (主管领导 | 主要责任人, 牵头领导 | 项目责任人, 分管领导 | 责任人): the
   * names they hold are the task's leaders too. Absent when the header has one people column.
   */
  readonly moreLeaders?: readonly number[];
  /**
   * Unit columns beside the cooperating one (牵头责任单位 | 主体责任单位 | 配合责任单位, 青阳 2023): their units cooperate
   * too, in column order. Absent when the header has one such column.
   */
  readonly moreCoop?: readonly number[];
  /**
   * The quota column is headed as a target or one period's plan (年度目标, 三季度目标, 工作任务安排第二季度), not as a
   * 量化指标: prose there ("完成建设、安装调试,试运营。") is a milestone, not a quota written wrong. So is a target in
   * points (目标分数 150): the 评分规则 score it, no count of pieces does.
   */
  readonly targetQuota?: boolean;
  /**
   * The header repeats as a whole block: the table is printed n-up (单位 | 目标分数 | 单位 | 目标分数, 达州 2009), `columns`
   * name the first block's columns and each row is read block by block (task-sheet.ts).
   */
  readonly blocks?: Blocks;
}

/** The header marked when its quota column was read from target words (see TaskHeaderMatch.targetQuota). */
function withTargetQuota(header: TaskHeaderMatch, candidate: HeaderCandidate | null): TaskHeaderMatch {
  const c = header.columns.quota;
  if (c === undefined || !candidate || candidate.row !== header.row || !(candidate.cells[c]?.altTask || candidate.cells[c]?.points)) return header;
  return { ...header, targetQuota: true };
}

/** The header with its further people columns (see TaskHeaderMatch.moreLeaders) read from the candidate row's roles. */
function withMoreLeaders(header: TaskHeaderMatch, candidate: HeaderCandidate | null): TaskHeaderMatch {
  const first = header.columns.leaders;
  if (first === undefined || !candidate || candidate.row !== header.row) return header;
  const taken = new Set(Object.values(header.columns));
  const more = candidate.cells.flatMap((cell, c) =>
    cell?.role === 'leaders' && c > first && !taken.has(c) && !repeatsLeft(candidate.texts, c) ? [c] : []);
  return more.length > 0 ? { ...header, moreLeaders: more } : header;
}

/** The header with its further cooperating unit columns (see TaskHeaderMatch.moreCoop), and its further people columns. */
function withMoreColumns(header: TaskHeaderMatch, candidate: HeaderCandidate | null): TaskHeaderMatch {
  const withLeaders = withMoreLeaders(header, candidate);
  const { lead, coop } = header.columns;
  if (lead === undefined || coop === undefined || !candidate || candidate.row !== header.row) return withLeaders;
  const taken = new Set(Object.values(header.columns));
  const more = candidate.cells.flatMap((cell, c) =>
    (cell?.role === 'coop' || cell?.role === 'responsible') && !taken.has(c) && !repeatsLeft(candidate.texts, c) ? [c] : []);
  return more.length > 0 ? { ...withLeaders, moreCoop: more } : withLeaders;
}

/** The header row of the first of Duban's other tables a sheet holds (registry, media, spot checks, holidays, rules), or null. */
function otherTableHeaderRow(grid: Grid): number | null {
  const rows = grid.rows;
  const found = [
    findHeaderRow(rows, REGISTRY_HEADERS, REGISTRY_REQUIRED), findHeaderRow(rows, MEDIA_HEADERS, MEDIA_REQUIRED),
    findHeaderRow(rows, SPOTCHECK_HEADERS, SPOTCHECK_REQUIRED), findHeaderRow(rows, HOLIDAY_HEADERS, HOLIDAY_REQUIRED),
    findHeaderRow(rows, RULES_HEADERS, RULES_REQUIRED),
  ].filter((m) => m !== null).map((m) => m!.row);
  return found.length > 0 ? Math.min(...found) : null;
}

/** Another kind of sheet Duban reads or knows (ledger, registry, a summary by unit …): its columns are never typed as a task table's. */
function isOtherKnownSheet(grid: Grid): boolean {
  return looksLikeLedger(grid.rows) || otherTableHeaderRow(grid) !== null
    || summaryHeaderCell(grid) !== null; // a 统计表 by unit (单位 | 报送条数 | 得分): the result of counting, no tasks
}

/**
 * Whether a row that reads as a task header lies in the data of another of Duban's tables: a 单位名录 row
 * 「区卫生和计划生育局 | | 部门」 names a task word (计划) and a unit word (部门), yet it is a unit under 单位名称 | 别名 | 类型.
 */
function insideOtherTable(grid: Grid, candidate: HeaderCandidate): boolean {
  const other = otherTableHeaderRow(grid);
  return other !== null && other < candidate.top;
}

/** Rows that may be a header whose words are unknown: two or more filled cells, all short. */
function shortRows(grid: Grid): number[] {
  const out: number[] = [];
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const texts = (grid.rows[r] ?? []).map((v) => cellText(v)).filter((t) => t !== '');
    if (texts.length >= 2 && texts.every((t) => normalizeHeader(t).length <= MAX_HEADER_CHARS)) out.push(r);
  }
  return out;
}

/** Whether a heading row under the header names the lead of the tasks below it (see TaskHeaderMatch.leadFromHeadings). */
function headingsNameLeads(grid: Grid, headerRow: number): boolean {
  for (let r = headerRow + 1; r < grid.rows.length; r++) {
    const texts = [...new Set((grid.rows[r] ?? []).map((v) => cellText(v).trim()).filter((t) => t !== ''))];
    if (texts.length === 1 && headingLead(texts[0]) !== null) return true;
  }
  return false;
}

/** A title naming the office whose own plan the table is: "华容县文旅广电局 关于落实2021年县政府重点工作任务的实施方案". */
const OWN_PLAN_TITLE = /^(\S{2,20}?)\s*关于\S+(?:方案|计划|要点|清单|安排)$/;
/**
 * A target book's title naming the office that signs it: "党工委统战部门(单位)2020年度(分季)目标责任书" (杨凌 2020; the
 * template's "(单位)" is no part of the name), "XX镇2023年度目标管理责任书".
 */
const TARGET_BOOK_TITLE = /^(\S{2,20}?)(?:[（(]单位[）)])?\s*(?:19|20)\d{2}\s*年度?\S*?目标(?:管理)?责任书$/;

/**
 * A line above the header holding one unit's name and nothing else ("安乐河镇"), or a title naming the office whose own
 * plan or target book it is ("X 关于落实…的实施方案", "X2020年度目标责任书"), the nearest; null when there is none.
 */
function unitAbove(grid: Grid, headerTop: number, isUnit?: (name: string) => boolean): { name: string; cell: string } | null {
  for (let r = headerTop - 1; r >= 0; r--) {
    const row = grid.rows[r] ?? [];
    const texts = [...new Set(row.map((v) => cellText(v).trim()).filter((t) => t !== ''))];
    if (texts.length !== 1) continue;
    const own = OWN_PLAN_TITLE.exec(texts[0]) ?? TARGET_BOOK_TITLE.exec(texts[0]);
    const name = own ? own[1] : texts[0];
    if (name.length > 20 || /[\d、,，;；:：\s]/.test(name) || !looksLikeUnits(name, isUnit)) continue;
    return { name, cell: a1(r, row.findIndex((v) => cellText(v).trim() === texts[0])) };
  }
  return null;
}

/** The widest row of a grid. */
function gridWidth(grid: Grid): number {
  let width = 0;
  for (const row of grid.rows) width = Math.max(width, row.length);
  return width;
}


/**
 * Whether the quota column of a table with no task column allots a count to each unit (单位 | 任务数 "各5条", an
 * allocation): counts written with their unit, or bare numbers under a header naming what they count (采用条数 120,
 * 目标分数 150) when no other column holds figures — a summary (单位 | 报送条数 | 采用条数) reports counts, it allots none.
 */
function allocates(grid: Grid, headerRow: number, columns: Partial<Record<TaskField, number>>, texts: readonly string[], only?: ReadonlySet<number>): boolean {
  const quota = columns.quota!;
  // counts written with their unit, or bare numbers under a header naming their measure in brackets ("新种任务(亩)", 融安 2023)
  if (holdsCounts(grid, headerRow, quota, COUNT_MEASURE.test((texts[quota] ?? '').replace(/\s+/g, '')))) return true;
  if (quotaUnitOf(texts[quota] ?? '') === undefined || !holdsFigures(grid, headerRow, quota)) return false;
  const width = gridWidth(grid);
  for (let c = 0; c < width; c++) {
    if (c !== quota && c !== columns.seq && (!only || only.has(c)) && holdsFigures(grid, headerRow, c)) return false;
  }
  return true;
}

/**
 * The header when words alone did not give the task and lead columns: the closest header row (else a row of
 * short cells) with the open roles typed by the columns' content (column-content.ts). Null when no column
 * below holds unit names: then the sheet is no task table.
 */
function inferTaskHeader(grid: Grid, best: HeaderCandidate | null, isUnit?: (name: string) => boolean): TaskHeaderMatch | null {
  if (isOtherKnownSheet(grid)) return null;
  const tried = new Set<number>();
  const rows = best && best.cells.some((c) => c) ? [best.row, ...shortRows(grid)] : shortRows(grid);
  for (const r of rows) {
    if (tried.has(r)) continue;
    tried.add(r);
    const candidate = r === best?.row ? best : candidateAt(topRows(grid, Math.min(grid.rows.length, HEADER_SEARCH_ROWS) + 1), r);
    const texts = candidate.texts.length > 0 ? candidate.texts : (grid.rows[r] ?? []).map((v) => cellText(v));
    // printed n-up: the other blocks repeat the first, their columns are no further units or tasks
    const only = candidate.blocks ? new Set(firstBlockColumns(candidate.blocks, gridWidth(grid))) : undefined;
    const { columns, inferred } = inferColumns(grid, candidate.row, candidate.columns, texts, isUnit, only);
    if (columns.task !== undefined && columns.lead !== undefined && inferred.some((i) => i.field === 'lead' || i.field === 'task')) {
      return withMoreColumns({ row: candidate.row, columns, inferred }, candidate);
    }
    if (columns.task === undefined && columns.lead !== undefined && columns.quota !== undefined && allocates(grid, candidate.row, columns, texts, only)) {
      return { row: candidate.row, columns, inferred, taskFromTitle: true };
    }
    if (columns.task !== undefined && columns.lead === undefined && headingsNameLeads(grid, candidate.row)) {
      return withMoreColumns({ row: candidate.row, columns, inferred, leadFromHeadings: true }, candidate);
    }
    const titleUnit = columns.task !== undefined && columns.lead === undefined ? unitAbove(grid, candidate.top, isUnit) : null;
    if (titleUnit !== null) return withTargetQuota(withMoreColumns({ row: candidate.row, columns, inferred, leadFromTitle: titleUnit }, candidate), candidate);
  }
  return null;
}

/**
 * The task header of a sheet, or null; `best` is the closest row when there is none. Header words decide
 * first; roles they leave open are typed by the columns' content (`inferred` says which and why).
 * `isUnit` names units the registry knows.
 */
export function detectTaskHeader(grid: Grid, isUnit?: (name: string) => boolean): { header: TaskHeaderMatch | null; best: HeaderCandidate | null } {
  const { header, best, candidates } = detectHeader(grid, isUnit);
  return { header: header && withBlocks(header, candidates), best };
}

/** The header with the blocks of a table printed n-up, when its candidate row has them. */
function withBlocks(header: TaskHeaderMatch, candidates: readonly HeaderCandidate[]): TaskHeaderMatch {
  const blocks = candidates.find((c) => c.row === header.row && c.blocks)?.blocks;
  return blocks ? { ...header, blocks } : header;
}

function detectHeader(grid: Grid, isUnit?: (name: string) => boolean): { header: TaskHeaderMatch | null; best: HeaderCandidate | null; candidates: HeaderCandidate[] } {
  const candidates = headerCandidates(grid);
  const best = candidates[0] ?? null;
  if (!best || best.lacking.length > 0 || best.score <= 0) return { header: inferTaskHeader(grid, best, isUnit), best, candidates };
  if (insideOtherTable(grid, best)) return { header: null, best: null, candidates };
  // columns under a header word nobody knows ("发布形式", "办结要求"): a deadline, quota or second unit column by content
  const unknown = new Set<number>();
  best.texts.forEach((t, c) => { if (t !== '' && best.cells[c] === null && !Object.values(best.columns).includes(c)) unknown.add(c); });
  if (unknown.size === 0) return { header: withItemsBeforeTargets(grid, withTaskBesideNumbers(grid, withTargetQuota(withMoreColumns({ row: best.row, columns: best.columns }, best), best), best), best), best, candidates };
  const { columns, inferred } = inferColumns(grid, best.row, best.columns, best.texts, isUnit, unknown);
  const header = inferred.length > 0 ? { row: best.row, columns, inferred } : { row: best.row, columns: best.columns };
  return { header: withItemsBeforeTargets(grid, withTaskBesideNumbers(grid, withTargetQuota(withMoreColumns(header, best), best), best), best), best, candidates };
}
