// Rows of a returned form a clerk withdrew by hiding them or striking them through, and struck cells whose meaning cannot be told.
import { CellValue, Grid, a1, cellText } from '../sheets/grid';

/** A row as its marks leave it: withdrawn (listed, not merged), doubtful (sent back naming the cells), or as read. */
export type RowMark = { readonly withdrawn: string } | { readonly problem: string } | null;

/** A grid's marks indexed by row, built once per sheet. */
export interface MarksIndex {
  readonly filtered: boolean;
  readonly hidden: ReadonlySet<number>;
  readonly struck: ReadonlyMap<number, readonly { readonly col: number; readonly whole: boolean }[]>;
}

export function marksIndex(grid: Grid): MarksIndex | null {
  const marks = grid.marks;
  if (!marks || (marks.hiddenRows.length === 0 && marks.struck.length === 0)) return null;
  const struck = new Map<number, { col: number; whole: boolean }[]>();
  for (const s of marks.struck) {
    const list = struck.get(s.row) ?? [];
    list.push({ col: s.col, whole: s.whole });
    struck.set(s.row, list);
  }
  return { filtered: marks.filtered, hidden: new Set(marks.hiddenRows), struck };
}

/** Cell addresses as a clerk reads them: B5:H5 for a run along the row, else B5、D5. */
function addresses(row: number, cols: readonly number[]): string {
  const sorted = [...cols].sort((x, y) => x - y);
  const run = sorted.length > 2 && sorted.every((c, i) => i === 0 || c === sorted[i - 1] + 1);
  return run ? `${a1(row, sorted[0])}:${a1(row, sorted[sorted.length - 1])}` : sorted.map((c) => a1(row, c)).join('、');
}

/**
 * What a row's marks say. A row hidden by hand (no filter on) or whose key cell (标题; 进展's 完成情况) is struck
 * through whole is withdrawn: the clerk put it away and kept a trace. Other struck cells — part of a title, an outlet —
 * may withdraw the row or only that cell: not guessed, the row is sent back naming them. A row a filter hides is read.
 */
export interface RowMarkWords {
  /** The cell whose strike withdraws the row, and its column's name. */
  readonly key: { readonly col: number; readonly label: string };
  /** What the row is, for the office (its title; 任务 3). */
  readonly what: string;
  /** What is not done with a withdrawn row: 未登记, 未写入进展. */
  readonly left?: string;
  /** The sheet, named when it is not 报送登记 (a 进展 row's number alone would be taken for 报送登记's). */
  readonly sheet?: string;
}

export function rowMark(index: MarksIndex | null, row: number, cells: readonly CellValue[], words: RowMarkWords): RowMark {
  if (!index) return null;
  const { key, what, left = '未登记' } = words;
  const on = words.sheet ? `“${words.sheet}”表` : '';
  const named = what === '' ? '' : `（${what.slice(0, 30)}）`;
  if (index.hidden.has(row) && !index.filtered) {
    return { withdrawn: `${on}第${row + 1}行被隐藏${named}：按单位撤回处理，${left}；如仍要报送，请取消隐藏后重新报送` };
  }
  const struck = index.struck.get(row);
  if (!struck || struck.length === 0) return null;
  const cols = struck.map((s) => s.col);
  if (struck.some((s) => s.col === key.col && s.whole)) {
    return { withdrawn: `${on}${addresses(row, cols)}划了删除线（${words.sheet ? `${what} 的` : ''}${key.label}“${cellText(cells[key.col]).slice(0, 30)}”）：按单位撤回处理，${left}；如仍要报送，请取消删除线后重新报送` };
  }
  const shown = struck.slice(0, 3).map((s) => `${a1(row, s.col)}“${cellText(cells[s.col]).slice(0, 20)}”${s.whole ? '' : '（部分文字）'}`).join('、');
  return { problem: `${on}${shown}划了删除线：不能确定是撤回这一行还是只作废这些内容，${left}；请删去作废的内容、取消删除线后重新报送` };
}

/** The file's note when a filter hides rows that were read all the same, or null. */
export function filteredNote(index: MarksIndex | null, grid: Grid, headerRow: number): string | null {
  if (!index || !index.filtered) return null;
  const rows = [...index.hidden].filter((r) => r > headerRow && (grid.rows[r] ?? []).some((v) => cellText(v) !== '')).sort((x, y) => x - y);
  if (rows.length === 0) return null;
  const list = rows.slice(0, 10).map((r) => r + 1).join('、') + (rows.length > 10 ? ` 等 ${rows.length} 行` : '');
  return `“${grid.name}”表设了筛选，被筛选隐藏的第${list}行照常读取（筛选只是查看方式，不是撤回）`;
}

/** A remark that withdraws its row: 作废, 撤回, 无效, 不计, 重复报送 … (alone, or as the remark's point). */
const WITHDRAW_REMARK = /^(此条|本条|该条|这条)?\s*(已)?(作废|撤回|撤销|删除|无效|不计入?|重复(报送|登记|填报)?)(\s*[，,。;；].*)?$/u;
/** A title marked withdrawn in brackets at its start or end: （作废）…, …【已撤回】. */
const WITHDRAWN_TITLE = /^[（(【\[]\s*(已)?(作废|撤回|撤销|删除|无效|不计)\s*[）)】\]]|[（(【\[]\s*(已)?(作废|撤回|撤销|删除|无效|不计)\s*[）)】\]]$/u;

/**
 * A row the clerk withdrew in words: its title marked （作废）/（已撤回）, or a remark in a column it added that says
 * 作废/撤回/重复报送 — listed naming the cell, not merged.
 */
export function withdrawnInWords(title: { readonly cell: string; readonly text: string }, extra: readonly { readonly header: string; readonly cell: string; readonly text: string }[]): string | null {
  if (WITHDRAWN_TITLE.test(title.text)) return `${title.cell}标题“${title.text.slice(0, 30)}”注明了作废或撤回：按单位撤回处理，未登记；如仍要报送，请去掉该字样后重新报送`;
  const remark = extra.find((x) => WITHDRAW_REMARK.test(x.text.trim()));
  return remark ? `${remark.cell}“${remark.header}”列写着“${remark.text.trim().slice(0, 30)}”：按单位撤回处理，未登记；如仍要报送，请删去该字样后重新报送` : null;
}
