// A 统计表 that sums by unit (one row a unit, a table of counts with the units across, or units and counts in running text), found where the ledger was looked for: no ledger, and said so.
import { CellValue, Grid, a1, cellText, isBlank } from './grid';
import {
  HEADER_SEARCH_ROWS, SUMMARY_COUNT_HEADER, SUMMARY_RESULT_HEADER, SUMMARY_RESULT_TITLE, SUMMARY_TARGET_WORDS, SUMMARY_UNIT_HEADER, TASK_HEADERS, TaskField,
  matchHeaderRow, normalizeHeader,
} from './headers';

/** Task table words that make a header row a task table's, whatever else it counts (任务数量, 责任单位, 完成时限 …). */
const TASK_WORDS: readonly TaskField[] = ['task', 'lead', 'coop', 'deadline', 'quota', 'frequency', 'status', 'doneDate'];

/**
 * A header row of a summary by unit: a unit column (单位, 机关及各直属单位) and a count or points column (报送条数, 市政府办采用,
 * 得分), and no word of a task table (a 考核 table 责任单位 | 得分 is a task table). The unit header's column, or -1.
 */
function summaryUnitColumn(names: readonly string[], row: readonly CellValue[]): number {
  const unit = names.findIndex((h) => SUMMARY_UNIT_HEADER.test(h));
  if (unit < 0 || !names.some((h, c) => c !== unit && SUMMARY_COUNT_HEADER.test(h))) return -1;
  const task = matchHeaderRow(row, TASK_HEADERS);
  return TASK_WORDS.some((f) => task[f] !== undefined) ? -1 : unit;
}

/**
 * The sheet's summary-of-results header, if it has one: the unit header's cell. The same layout allocates targets
 * (成都 2006 目标任务: 单位 | 采用条数; 达州 2009: 单 位 | 目标分数 — task tables): a summary is one whose figures say they are
 * results (得分, 本月…, 累计…) or whose title says it counts (统计, 情况, 评分), and nothing over it or in its header says target.
 */
export function summaryHeaderCell(grid: Grid): string | null {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    const names = row.map((v) => normalizeHeader(v));
    const unit = summaryUnitColumn(names, row);
    if (unit < 0) continue;
    const above = grid.rows.slice(0, r).map((cells) => cells.map((v) => cellText(v)).join(' ')).join(' ');
    const counts = names.filter((h, c) => c !== unit && SUMMARY_COUNT_HEADER.test(h));
    if (SUMMARY_TARGET_WORDS.test(above) || counts.some((h) => SUMMARY_TARGET_WORDS.test(h))) return null;
    if (counts.some((h) => SUMMARY_RESULT_HEADER.test(h)) || SUMMARY_RESULT_TITLE.test(above)) return a1(r, unit);
    return null;
  }
  // laid out otherwise: units across the top of a table of counts, or named in running text with their counts
  return crossTableCell(grid) ?? pairListCell(grid) ?? proseCountsCell(grid);
}

/** A figure of a summary: a number, or a count written with its word ("122篇", "3 条"). */
const COUNT_TEXT = /^\d{1,6}(?:\.\d+)?\s*(篇|条|件|次|期|分)?$/u;
const isFigure = (v: CellValue) => typeof v === 'number' || COUNT_TEXT.test(cellText(v).normalize('NFKC').trim());
const isLabel = (v: CellValue) => typeof v === 'string' && v.trim() !== '' && !isFigure(v) && v.trim().length <= 30;
/** A row label that scores a cross table (得 分): a result (a table of targets may sum with 合计, but scores nothing). */
const TOTAL_LABEL = /^(得分|总分|总得分)$/u;
const lineText = (cells: readonly CellValue[]) => cells.map((v) => cellText(v)).filter((t) => t !== '').join(' ');

/**
 * A cross table of counts (枣庄市教育局's 新闻宣传情况统计表: 区(市) 媒体 | 滕州市 | 市中区 … over one row a medium, its
 * counts under each unit, then 得 分): a header row of three or more names, then rows of a label and figures only — no task
 * table has a body of figures. Said a summary when a line over it says it counts (统计, 情况) or a row label scores it (得 分), and
 * nothing over it says target. The header's first cell, or null.
 */
function crossTableCell(grid: Grid): string | null {
  const limit = Math.min(grid.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = grid.rows[r] ?? [];
    const names = row.slice(1).filter((v) => !isBlank(v));
    if (!isLabel(row[0] ?? null) || names.length < 3 || !names.every(isLabel)) continue;
    const task = matchHeaderRow(row, TASK_HEADERS);
    if (TASK_WORDS.some((f) => task[f] !== undefined)) return null;
    // the rows under it: a label and figures each (one other row — a 注： line — may close the table); stops at the second other row
    let others = 0;
    let anyFigure = false;
    let totals = false;
    const filled: number[] = [];
    for (let b = r + 1; b < grid.rows.length && others <= 1; b++) {
      const cells = grid.rows[b] ?? [];
      if (cells.every(isBlank)) continue;
      filled.push(b);
      if (!isLabel(cells[0] ?? null) || !cells.slice(1).every((v) => isBlank(v) || isFigure(v))) others++;
      else {
        anyFigure ||= cells.slice(1).some(isFigure);
        totals ||= TOTAL_LABEL.test(normalizeHeader(cells[0] ?? null));
      }
    }
    if (others > 1 || filled.length - others < 2 || !anyFigure) return null;
    const above = grid.rows.slice(0, r).map(lineText).join(' ');
    if (SUMMARY_TARGET_WORDS.test(above)) return null;
    return SUMMARY_RESULT_TITLE.test(above) || totals ? a1(r, 0) : null;
  }
  return null;
}

/**
 * Counts by unit printed as running text, pasted as pairs (合肥市关工委's 用稿情况: 肥东县关工委 | 122篇 | 肥西县关工委 | 189篇):
 * no header, each row names and figures in turn. Said a summary when the figures carry their word (122篇) or a line over
 * them says it counts (据统计…用稿情况如下), and nothing says target. The first pair's cell, or null.
 */
function pairListCell(grid: Grid): string | null {
  let first: string | null = null;
  let rows = 0;
  let worded = false;
  const above: string[] = [];
  for (let r = 0; r < grid.rows.length && rows < 3; r++) {
    const filled = (grid.rows[r] ?? []).map((v, c) => ({ v, c })).filter(({ v }) => !isBlank(v));
    if (filled.length === 0) continue;
    const pairs = filled.length % 2 === 0 && filled.every(({ v }, i) => (i % 2 === 0 ? isLabel(v) : isFigure(v)));
    if (!pairs) {
      if (first !== null) return null; // the list is broken by another row: no list of counts
      if (r >= HEADER_SEARCH_ROWS) return null;
      above.push(lineText(grid.rows[r] ?? []));
      continue;
    }
    first ??= a1(r, filled[0].c);
    rows++;
    worded ||= filled.some(({ v }, i) => i % 2 === 1 && typeof v === 'string');
  }
  const title = above.join(' ');
  if (first === null || rows < 3 || SUMMARY_TARGET_WORDS.test(title)) return null;
  return worded || SUMMARY_RESULT_TITLE.test(title) ? first : null;
}

/** One unit's figure in running text: 农业农村局12条, 商务局各4条 (after 科技和工业信息化局、文化广电和旅游局、), 温泉街道（152分）. */
const PROSE_PIECE = /([\u4e00-\u9fff]{2,24}?)(?:各\s*)?[（(]?\s*\d{1,4}(?:\.\d+)?\s*(?:条|篇|分)[）)]?/gu;
/** How a unit's name ends (局, 委, 街道, 公司 …): "被采用信息73条" names no unit. */
const UNIT_END = /(局|委|办|室|院|会|镇|乡|街道|公司|中心|所|队|站|社|馆|部|厅|处|科|团|联|校|园|区|县|市|组|行|台)$/u;
/** Words of running text that say its figures are what was done. */
const PROSE_RESULT = /采用|刊发|刊登|用稿|上稿|录用|得分|统计|通报/u;

/**
 * A 通报 pasted as text (温县's 政务信息采用情况通报: "其中，农业农村局12条，人力资源和社会保障局8条，……张羌街道各1条。"; its
 * 三季度 ranking "温泉街道（152分）、张羌街道（135.4分）…"): a cell naming three or more units with their figures, saying it
 * counts what was done (采用, 得分 …) and nothing of a target, on a sheet with no task table's header. The cell, or null.
 */
function proseCountsCell(grid: Grid): string | null {
  for (let r = 0; r < Math.min(grid.rows.length, HEADER_SEARCH_ROWS); r++) {
    const task = matchHeaderRow(grid.rows[r] ?? [], TASK_HEADERS);
    if (TASK_WORDS.some((f) => task[f] !== undefined)) return null;
  }
  let said = false;
  for (let r = 0; r < grid.rows.length; r++) {
    const cells = grid.rows[r] ?? [];
    for (let c = 0; c < cells.length; c++) {
      const text = typeof cells[c] === 'string' ? (cells[c] as string).normalize('NFKC') : '';
      if (text.length < 20) { said ||= PROSE_RESULT.test(text); continue; }
      said ||= PROSE_RESULT.test(text);
      const units = [...text.matchAll(PROSE_PIECE)].filter((m) => UNIT_END.test(m[1])).length;
      if (units >= 3 && said && !SUMMARY_TARGET_WORDS.test(text)) return a1(r, c);
    }
  }
  return null;
}

/** The first user sheet that sums by unit: its name and the unit header's cell. */
export function summaryTable(grids: readonly Grid[]): { sheet: string; cell: string } | null {
  for (const grid of grids) {
    const cell = grid.generated ? null : summaryHeaderCell(grid);
    if (cell) return { sheet: grid.name, cell };
  }
  return null;
}
