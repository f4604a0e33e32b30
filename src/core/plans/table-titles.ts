// A table inside a plan's text and what stands around it: the page numbers it breaks at, the title lines just above it.
import { detectTaskHeader } from '../sheets/header-roles';
import type { Paragraph } from './outline';
import type { PlanTable } from './plan-table';

/** A page's number between the two parts of a table broken at a page: "— 2 —", "第 2 页", "2 / 7", "- 3 -". */
export const PAGE_MARK = /^[—–\-－\s]*(?:第\s*)?\d{1,3}\s*页?(?:\s*[\/／]\s*\d{1,3}|\s*共\s*\d{1,3}\s*页)?[—–\-－\s]*$/;

/** Whether a table's first row is its task header. */
function opensWithHeader(table: PlanTable): boolean {
  return detectTaskHeader({ name: '分工表', rows: table.rows.map((r) => [...r]), merges: table.merges ?? [] }).header?.row === 0;
}

/** Title lines a table carries just above it: at most two short lines, a numbered one only right above the table. */
const MAX_TITLE_LINES = 2;
const MAX_TITLE_LENGTH = 40;

/**
 * The table with the short lines just above it as its title rows ("附件1", "XX任务分工表", a sheet's one unit
 * "安乐河镇"), as the task-sheet reader reads a sheet's titles: in a Word file they are paragraphs, not table rows.
 */
export function withTitleLines(table: PlanTable, paras: readonly Paragraph[]): PlanTable {
  const first = table.paragraphs.find((p) => p !== null);
  if (first === undefined || first === null) return table;
  const titles: Paragraph[] = [];
  const start = paras.findIndex((p) => p.index === first);
  for (let at = start - 1; at >= 0 && titles.length < MAX_TITLE_LINES; at--) {
    const p = paras[at];
    if (p.text.length > MAX_TITLE_LENGTH || /\t/.test(p.text)) break;
    // a numbered heading right above a table that opens with its header is the table's heading (the sheet reader makes it
    // the first section); the table's title may stand above it (达州 2009: the allocation's title, then "一、县(市、区)目标分数",
    // then 单位 | 目标分数 …). Above a table without its header a heading is the text's own, not the table's
    if (p.level > 0) {
      if (at === start - 1 && opensWithHeader(table)) {
        titles.unshift(p);
        continue;
      }
      break;
    }
    titles.unshift(p);
  }
  if (titles.length === 0) return table;
  const shift = titles.length;
  return {
    rows: [...titles.map((p) => [p.text]), ...table.rows],
    paragraphs: [...titles.map((p) => p.index), ...table.paragraphs],
    ...(table.merges ? { merges: table.merges.map((m) => ({ top: m.top + shift, left: m.left, bottom: m.bottom + shift, right: m.right })) } : {}),
  };
}
