// Reads a task-division sheet: header row, title rows (plan year), sections, repeated headers, merges.
import { CellRange, CellValue, Grid, a1, cellText, columnLetters, fillMerges, isBlank } from './grid';
import { TaskField, normalizeHeader } from './headers';
import { TaskHeaderMatch, detectTaskHeader } from './header-roles';
import { quotaUnitOf } from './header-cells';
import { HEADING, HEADING_LEVEL_ONE, NOTE_LINE, SIGN_OFF_LINE, TOTAL_CELL, headingLead, headingLeader } from './headings';
import { parseChineseInteger } from '../dates/numerals';
import { memoize } from '../memo';
import { columnInBlock } from './n-up';

/** One row of the table that is neither a section, a repeated header nor blank. */
export interface TaskRow {
  /** 0-based row in the grid. */
  readonly row: number;
  /** In a table printed n-up, the block the row was read in (1 = the leftmost); absent otherwise. */
  readonly block?: number;
  readonly section: string | null;
  /** Values by field, merges filled in. */
  readonly values: Partial<Record<TaskField, CellValue>>;
  /** A1 address of the cell holding each field's value: the top-left cell when merged. */
  readonly cells: Partial<Record<TaskField, string>>;
  /**
   * With several cooperating columns (主体责任单位 | 配合责任单位): each one's text and cell, in column order, so
   * that a finding (and its one-click fix) points at the column holding the name. `values.coop` joins them.
   */
  readonly coopParts?: readonly { readonly cell: string; readonly text: string }[];
  /**
   * With several people columns (分管领导 | 责任人 | 联系人) or cooperating columns: every one of them in column order,
   * blank ones too, so that a 同上 in one column is read down that column alone (validation/carried-cells.ts).
   */
  readonly columnCells?: { readonly leaders?: readonly ColumnCell[]; readonly coop?: readonly ColumnCell[] };
}

/** One cell of a row in one of several columns holding one field. */
export interface ColumnCell {
  readonly cell: string;
  readonly value: CellValue;
}

/** Why a row under the header is not a task: a section heading, a note, a repeat of the header (a page break). */
export type SkipReason = 'section' | 'note' | 'repeated-header' | 'total';

/** A row under the header not read as a task: nothing is dropped without a word. */
export interface SkippedRow {
  /** 0-based row in the grid. */
  readonly row: number;
  readonly reason: SkipReason;
  /** The row's text (cells joined). */
  readonly text: string;
}

export interface TaskSheet {
  readonly sheet: string;
  /** The header: columns by field, and which were read from their content. */
  readonly header: TaskHeaderMatch;
  /** Text of the rows above the header (titles such as 六安市2023年…任务分工表). */
  readonly titles: string[];
  /** The title line each row's task is read from when no column names tasks (TaskHeaderMatch.taskFromTitle). */
  readonly taskTitle?: string;
  /** Plan year named in a title row, if any. */
  readonly titleYear: number | null;
  /** Note rows of the table ("注：…"), for remarks that hold for every row. */
  readonly notes: string[];
  readonly rows: TaskRow[];
  readonly skipped: SkippedRow[];
  /** The measure the quota column's header names ("新种任务(亩)" → 亩, 采用条数 → 条, 目标分数 → 分): its bare numbers count in it. */
  readonly quotaMeasure?: string;
}

/** A line marking an attachment ("附件1", "附件:"), no title. */
const ATTACHMENT_MARK = /^附件\s*[\d一二三四五六七八九十]*\s*[:：]?$/;
/** A subtotal a heading row carries beside its text (权重 10, 分值 30, 30分). */
const SUBTOTAL = /^\d+(?:\.\d+)?\s*(?:%|分)?$/;


/** Finds the task header in a grid (by meaning, header-roles.ts); null when the sheet is not a task-division sheet. */
export function findTaskHeader(grid: Grid): TaskHeaderMatch | null {
  return detectTaskHeader(grid).header;
}

/** The sheets a clerk may pick as the task sheet: user sheets (not generated) with a task header, in order. */
export function taskSheetCandidates(grids: readonly Grid[]): string[] {
  return grids.filter((g) => !g.generated && findTaskHeader(g) !== null).map((g) => g.name);
}

/** The plan year a title names: "六安市2023年暖民心行动…" → 2023; also 二〇二三年. */
export function yearFromTitle(text: string): number | null {
  const m = /((?:19|20)\d{2})\s*年/.exec(text) ?? /((?:19|20)\d{2})(?!\d)/.exec(text);
  if (m) return Number(m[1]);
  const cn = /([二〇零一三四五六七八九]{4})年/.exec(text);
  if (cn) {
    const year = parseChineseInteger(cn[1]);
    if (year !== null && year >= 1900 && year <= 2100) return year;
  }
  return null;
}

/** Key of a cell in masterMap: a number, so that looking a cell up allocates nothing (Excel has 16,384 columns). */
const cellKey = (row: number, col: number) => row * 16384 + col;

function masterMap(merges: readonly CellRange[]): Map<number, { row: number; col: number }> {
  const map = new Map<number, { row: number; col: number }>();
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) map.set(cellKey(r, c), { row: m.top, col: m.left });
  }
  return map;
}

/** A merge in this row spanning most of the table's columns (a section band). */
function isBand(row: number, merges: readonly CellRange[], columns: number[]): boolean {
  const span = columns.length;
  return merges.some((m) => {
    if (m.top !== row || m.right === m.left) return false;
    const covered = columns.filter((c) => c >= m.left && c <= m.right).length;
    return covered >= Math.max(2, Math.ceil(span / 2));
  });
}

/**
 * Whether one text fills every mapped column (three or more): a band whose merge was lost on the way (a Word table's
 * merged row read cell by cell, an export that repeats a merged cell's text), never a task.
 */
function fillsEveryColumn(raw: readonly CellValue[], columns: readonly number[]): boolean {
  return columns.length >= 3 && columns.every((c) => !isBlank(raw[c]));
}

/**
 * Whether a row repeats the header: at least two of its filled cells, and two thirds of them, hold the header's
 * own text in the same column. Words alone are not enough ("落实重点工作任务" | "提前两个工作日" is a task).
 */
function repeatsHeader(raw: readonly CellValue[], headerTexts: readonly string[][], nonBlank: number, headerKey: (v: CellValue) => string): boolean {
  let same = 0;
  for (let c = 0; c < raw.length; c++) {
    const v = raw[c];
    if (isBlank(v) || (typeof v === 'string' && v.length > 40)) continue; // header cells are short
    const t = headerKey(v);
    if (t === '') continue;
    for (let h = 0; h < headerTexts.length; h++) {
      if (headerTexts[h][c] === t) {
        same++;
        break;
      }
    }
  }
  return same >= 2 && same * 3 >= nonBlank * 2;
}

/** A people or units cell and the further cells of its kind in a row as one list ("刘东、毛杰"); a text two cells repeat is kept once. */
export function joinedLeaders(first: CellValue, more: readonly CellValue[]): CellValue {
  const texts: string[] = [];
  for (const v of [first, ...more]) {
    const t = cellText(v).trim();
    if (t !== '' && !texts.includes(t)) texts.push(t);
  }
  return texts.length <= 1 && more.every((v) => cellText(v).trim() === '') ? first : texts.join('、');
}

/**
 * Several cooperating columns read as one: their joined text, the cell of the first filled one, and each filled one's
 * text and cell when more than one is (TaskRow.coopParts).
 */
export function coopPartsOf(all: readonly ColumnCell[]): { value: CellValue; cell?: string; parts?: { cell: string; text: string }[] } {
  const value = joinedLeaders(all[0]?.value ?? null, all.slice(1).map((c) => c.value));
  const parts: { cell: string; text: string }[] = [];
  for (const c of all) {
    const text = cellText(c.value);
    if (text.trim() !== '') parts.push({ cell: c.cell, text });
  }
  return { value, ...(parts.length > 0 ? { cell: parts[0].cell } : {}), ...(parts.length > 1 ? { parts } : {}) };
}

function rowText(raw: readonly CellValue[]): string {
  const texts = [...new Set(raw.map((v) => cellText(v).trim()).filter((t) => t !== ''))].join(' | ');
  return texts.length > 200 ? `${texts.slice(0, 200)}…` : texts;
}

/** Reads the rows of a task-division sheet whose header is already found. */
export function readTaskSheet(grid: Grid, header: TaskHeaderMatch): TaskSheet {
  const filled = fillMerges(grid);
  const masters = masterMap(grid.merges);
  // rows a merge covers: only their cells may be covered (the other rows need no lookup)
  const mergedRows = new Set<number>();
  for (const m of grid.merges) for (let r = m.top; r <= m.bottom; r++) mergedRows.add(r);
  const fields = Object.keys(header.columns) as TaskField[];
  const mappedColumns = fields.map((f) => header.columns[f]!);
  // a table printed n-up is read block by block: each block's columns stand where the first block's do, shifted
  const blocks = header.blocks;
  const blockCount = blocks?.count ?? 1;
  const inBlock = (col: number, b: number) => (blocks ? columnInBlock(blocks, col, b) : col);
  const columnsOf = Array.from({ length: blockCount }, (_, b) => mappedColumns.map((c) => inBlock(c, b)));
  const lettersOf = columnsOf.map((cols) => cols.map(columnLetters));
  const valuesShape: Partial<Record<TaskField, CellValue>> = {};
  const cellsShape: Partial<Record<TaskField, string>> = {};
  if (header.taskFromTitle) {
    valuesShape.task = null;
    cellsShape.task = '';
  }
  if (header.leadFromHeadings || header.leadFromTitle) {
    valuesShape.lead = null;
    cellsShape.lead = '';
  }
  for (const f of fields) {
    valuesShape[f] = null;
    cellsShape[f] = '';
  }
  const titles: string[] = [];
  // each line above the header with its first cell: an allocation table's own title is among them (see tableTitle)
  const titleAt: { text: string; cell: string }[] = [];
  for (let r = 0; r < header.row; r++) {
    const texts = [...new Set((grid.rows[r] ?? []).map(cellText).filter((t) => t !== ''))];
    if (texts.length > 0) {
      titles.push(texts.join(' '));
      titleAt.push({ text: texts.join(' '), cell: a1(r, (grid.rows[r] ?? []).findIndex((v) => cellText(v) !== '')) });
    }
  }
  let titleYear: number | null = null;
  for (const t of titles) {
    titleYear = yearFromTitle(t);
    if (titleYear !== null) break;
  }

  const rows: TaskRow[] = [];
  const skipped: SkippedRow[] = [];
  const notes: string[] = [];
  // the header's text in each column (both rows of a two-level header), as a repeat would show it
  const headerTexts = [header.row, header.row - 1].filter((r) => r >= 0).map((r) => (filled[r] ?? []).map((v) => normalizeHeader(v)));
  // cells repeat down the sheet (units, time limits, statuses): each text is normalised once
  const headerKey = memoize((v: CellValue) => normalizeHeader(v));
  let section: string | null = null;
  // the lead a heading names ("一、县示范区管委会牵头工作(8项)"), for a table with no unit column; kept under sub-headings
  let headingUnit: { name: string; cell: string } | null = null;
  // the leader a heading names ("一、王纲市长主抓重点工作"), for rows whose leaders cell is blank; kept under sub-headings.
  // Such a heading may stand just above the header (one table per leader, 绍兴 2021): it is then the first section, as
  // any numbered heading just above the header is.
  let headingPerson: { name: string; cell: string } | null = null;
  // the line above the header that titles the table, for an allocation whose rows name no task: the nearest, not a
  // heading just above the header (its rows' section) nor an 附件 mark or the document's title above it
  let titleLines = titleAt;
  for (let r = header.row - 1; r >= 0; r--) {
    const texts = [...new Set((grid.rows[r] ?? []).map(cellText).filter((t) => t !== ''))];
    if (texts.length === 0) continue;
    const person = texts.length === 1 ? headingLeader(texts[0]) : null;
    if (person !== null) {
      section = texts[0];
      headingPerson = { name: person, cell: a1(r, (grid.rows[r] ?? []).findIndex((v) => cellText(v) === texts[0])) };
    } else if (texts.length === 1 && HEADING.test(texts[0])) {
      // the document's part holding the table ("二、部分项目进展情况", 六安 2017 通报) is its rows' section, as a heading below the header is
      section = texts[0];
    }
    if (section !== null) titleLines = titleAt.slice(0, -1);
    break;
  }
  const tableTitle = [...titleLines].reverse().find((t) => !ATTACHMENT_MARK.test(t.text)) ?? null;
  // rows of the blocks after the first wait for the end of their run (a section or a note ends it): the printed table is
  // read down the left block, then down the right one
  const pending: TaskRow[][] = Array.from({ length: blockCount - 1 }, () => []);
  const flush = () => {
    for (const list of pending) {
      rows.push(...list);
      list.length = 0;
    }
  };
  /** The task row of block b (0-based) of row r; null for an empty block after the first. */
  function taskRowAt(r: number, raw: readonly CellValue[], b: number): TaskRow | null {
    const cols = columnsOf[b];
    // a block left empty (the last block's trailing cells, printed n-up) holds no row
    if (blocks && cols.every((c) => isBlank(raw[c]))) return null;
    // copies of one object holding every field in order: each row's fields are then written in place, not added one by one
    const values: Partial<Record<TaskField, CellValue>> = { ...valuesShape };
    const cells: Partial<Record<TaskField, string>> = { ...cellsShape };
    if (header.taskFromTitle) {
      // an allocation table (单位 | 任务数 | 报送时间): every row's task is the table's title, else the quota's header
      values.task = tableTitle?.text ?? cellText((filled[header.row] ?? [])[header.columns.quota ?? 0]);
      cells.task = tableTitle?.cell ?? a1(header.row, header.columns.quota ?? 0);
    }
    // the row's number as text once, beside each column's letters (a1 for every field of every row otherwise)
    const rowNumber = String(r + 1);
    const merged = mergedRows.has(r);
    for (let i = 0; i < fields.length; i++) {
      const f = fields[i];
      const col = cols[i];
      values[f] = raw[col] ?? null;
      const master = merged ? masters.get(cellKey(r, col)) : undefined;
      cells[f] = master ? a1(master.row, master.col) : lettersOf[b][i] + rowNumber;
    }
    if (header.leadFromHeadings && headingUnit) {
      values.lead = headingUnit.name;
      cells.lead = headingUnit.cell;
    }
    if (header.leadFromTitle) {
      values.lead = header.leadFromTitle.name;
      cells.lead = header.leadFromTitle.cell;
    }
    if (headingPerson && cellText(values.leaders ?? null).trim() === '') {
      values.leaders = headingPerson.name;
      cells.leaders = headingPerson.cell;
    }
    // further people columns (主管领导 | 主要责任人): their names follow the leaders column's, each text once
    const at = (c: number): ColumnCell => {
      const master = merged ? masters.get(cellKey(r, c)) : undefined;
      return { cell: master ? a1(master.row, master.col) : a1(r, c), value: raw[c] ?? null };
    };
    let columnCells: { leaders?: ColumnCell[]; coop?: ColumnCell[] } | undefined;
    if (header.moreLeaders) {
      values.leaders = joinedLeaders(values.leaders ?? null, header.moreLeaders.map((c) => raw[inBlock(c, b)] ?? null));
      columnCells = { leaders: [header.columns.leaders!, ...header.moreLeaders].map((c) => at(inBlock(c, b))) };
    }
    // further cooperating unit columns (主体责任单位 | 配合责任单位): their units follow, in column order
    let coopParts: { cell: string; text: string }[] | undefined;
    if (header.moreCoop) {
      const coopCols = [header.columns.coop!, ...header.moreCoop].map((c) => inBlock(c, b)).sort((x, y) => x - y);
      const all = coopCols.map(at);
      columnCells = { ...columnCells, coop: all };
      const joined = coopPartsOf(all);
      values.coop = joined.value;
      if (joined.cell !== undefined) cells.coop = joined.cell;
      coopParts = joined.parts;
    }
    // a category column beside the specific task (工作事项 | 具体举措): the category is the task's section, unless
    // the category cell runs across the task column (a 年度重点工作 with no 细化任务): then it is the task itself
    const category = header.columns.category !== undefined ? cellText(raw[inBlock(header.columns.category, b)]).trim() : '';
    const ownSection = category !== '' && category !== cellText(values.task ?? null).trim();
    const row: TaskRow = { row: r, ...(blocks ? { block: b + 1 } : {}), section: ownSection ? category : section, values, cells };
    if (!coopParts && !columnCells) return row;
    return { ...row, ...(coopParts ? { coopParts } : {}), ...(columnCells ? { columnCells } : {}) };
  }
  for (let r = header.row + 1; r < filled.length; r++) {
    const raw = filled[r] ?? [];
    // filled cells, and whether they all show one text (a section or note row), without copies
    let nonBlank = 0;
    let only: string | null = null;
    let oneText = true;
    let signOff = false;
    // the same, numbers aside: a heading row may carry its group's subtotal ("二、发展指标(2项)(权重占10%)" | 10)
    let word: string | null = null;
    let oneWord = true;
    let numbers = 0;
    for (let c = 0; c < raw.length; c++) {
      const v = raw[c];
      if (isBlank(v)) continue;
      nonBlank++;
      const t = cellText(v);
      if (t === '') continue;
      if (only === null) {
        only = t;
        signOff = SIGN_OFF_LINE.test(t);
      } else {
        if (t !== only) oneText = false;
        if (signOff && !SIGN_OFF_LINE.test(t)) signOff = false;
      }
      if (typeof v === 'number' || SUBTOTAL.test(t)) numbers++;
      else if (word === null) word = t;
      else if (t !== word) oneWord = false;
    }
    if (nonBlank === 0) continue;
    const skip = (reason: SkipReason) => {
      // a section or a note ends the run of rows read block by block; a repeated header (a page break) does not
      if (reason !== 'repeated-header') flush();
      skipped.push({ row: r, reason, text: rowText(raw) });
    };
    // a repeat of the header (a printed page break): the row reads as the header does, cell for cell
    if (nonBlank >= 2 && repeatsHeader(raw, headerTexts, nonBlank, headerKey)) {
      skip('repeated-header');
      continue;
    }
    if (signOff) {
      notes.push(rowText(raw));
      skip('note');
      continue;
    }
    if (only !== null && TOTAL_CELL.test(only.trim())) {
      skip('total');
      continue;
    }
    if (!oneText && numbers > 0 && word !== null && oneWord && HEADING.test(word)) {
      only = word;
      oneText = true;
    }
    if (only !== null && oneText) {
      if (isBand(r, grid.merges, mappedColumns) || fillsEveryColumn(raw, mappedColumns) || HEADING.test(only)) {
        section = only;
        const unit = header.leadFromHeadings ? headingLead(only) : null;
        if (unit !== null) headingUnit = { name: unit, cell: a1(r, raw.findIndex((v) => cellText(v) === only)) };
        const person = headingLeader(only);
        if (person !== null) headingPerson = { name: person, cell: a1(r, raw.findIndex((v) => cellText(v) === only)) };
        else if (HEADING_LEVEL_ONE.test(only)) headingPerson = null;
        skip('section');
        continue;
      }
      if (NOTE_LINE.test(only)) {
        notes.push(only);
        skip('note');
        continue;
      }
    }
    for (let b = 0; b < blockCount; b++) {
      const row = taskRowAt(r, raw, b);
      if (row) (b === 0 ? rows : pending[b - 1]).push(row);
    }
  }
  flush();
  // what the quota column's bare numbers count, as its header names it ("新种任务(亩)", 采用条数, 目标分数)
  const quotaMeasure = header.columns.quota !== undefined ? quotaUnitOf(cellText((grid.rows[header.row] ?? [])[header.columns.quota] ?? null)) : undefined;
  const taskTitle = header.taskFromTitle ? { taskTitle: tableTitle?.text ?? '' } : {};
  return { sheet: grid.name, header, titles, ...taskTitle, titleYear, notes, rows, skipped, ...(quotaMeasure ? { quotaMeasure } : {}) };
}
