// Columns headed by a period (一季度 | 二季度 | 三季度 | 四季度, 1月 … 12月): a schedule laid out across the row.
import { normalizeHeader } from './headers';

/** A quarter or a month alone, or with the word for what it holds (一季度, 第二季度, 3月份, 四季度目标). */
const PERIOD_HEADER = /^(?:第?[一二三四1-4]季度|(?:[1-9]|1[0-2]|[一二三四五六七八九十]|十[一二])月份?)(?:目标|任务|计划|安排|节点)?$/;

/**
 * The columns of a header row headed by one quarter or one month each, when there are two or more of them (a single one,
 * 三季度目标 or 工作任务安排(第二季度), is one period's plan, not a schedule). Columns in `taken` (mapped to a field) are left out.
 */
export function periodColumns(texts: readonly string[], taken: ReadonlySet<number>): number[] {
  const out: number[] = [];
  texts.forEach((header, col) => {
    if (!taken.has(col) && PERIOD_HEADER.test(normalizeHeader(header))) out.push(col);
  });
  return out.length >= 2 ? out : [];
}
