// Section headings of a task table: how a heading row is told, and the lead unit a heading names ("一、县示范区管委会牵头工作(8项)").

/** A heading's number: "一、", "(一)", "第二部分", "A、…". */
export const HEADING = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|第[一二三四五六七八九十百\d]+(?:部分|章|节|篇|项)|[A-Z][、.．]\S)/;

/**
 * A heading that groups tasks by their lead unit, as a 县 list printed without a unit column does:
 * "一、县示范区管委会牵头工作(8项)", "二、县发改局牵头任务（12项）", "(三)县住建局牵头事项". Group 1 is the unit.
 */
const LEAD_HEADING = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）])\s*(\S{2,30}?)牵头(?:的)?(?:工作|任务|事项)\s*(?:[（(]\s*(?:共)?\s*\d+\s*(?:项|条|个)\s*[)）])?\s*[。:：]?$/;

/** The lead unit a heading names ("一、县示范区管委会牵头工作(8项)" → 县示范区管委会), or null. */
export function headingLead(text: string): string | null {
  const m = LEAD_HEADING.exec(text.trim());
  return m ? m[1] : null;
}
