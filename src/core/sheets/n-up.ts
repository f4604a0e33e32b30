// Tables printed n-up (单位 | 目标分数 | 单位 | 目标分数: one table's rows set side by side to save paper): the one rule that tells them.

/**
 * Where the blocks of a header printed n-up stand: the first block starts at column `start` and is `width` columns wide,
 * `count` blocks stand side by side; columns after the last block (a shared 备注) belong to every block.
 */
export interface Blocks {
  readonly start: number;
  readonly width: number;
  readonly count: number;
}

/** The widest block a table printed n-up has (a page holds two or three narrow tables, not wide ones); bounds the search on a hostile 16,384-column row. */
const MAX_BLOCK = 16;

/** What the rule needs to know of a header cell's role: none, a unit column, or another column. */
export type BlockRole = 'unit' | 'other' | null;

/**
 * The blocks of a header row whose cells repeat as a whole block (A B | A B, A B C | A B C, with an empty spacer column
 * or not): the table printed two-up or three-up, each block the same table continued. `keys` are the header texts as
 * compared (normalized), `roles` what each cell names. A block must name a unit column and another column, so that it
 * is a table on its own: 牵头单位 | 配合单位 is one table with two unit columns, and a title merged across the header
 * (the same text in every cell) names one column. Null when the header does not repeat.
 */
export function repeatedBlocks(keys: readonly string[], roles: readonly BlockRole[]): Blocks | null {
  const start = keys.findIndex((k) => k !== '');
  if (start < 0) return null;
  const key = (c: number) => keys[c] ?? '';
  // blocks end with the row's last header text (a spacer may follow it); a printed page holds no block wider than MAX_BLOCK
  let end = keys.length;
  while (end > start && key(end - 1) === '') end--;
  for (let width = 2; width <= MAX_BLOCK && start + 2 * width <= end + 1; width++) {
    const block = Array.from({ length: width }, (_, i) => start + i);
    if (block.filter((c) => key(c) !== '').length < 2) continue;
    const blockRoles = block.map((c) => roles[c] ?? null);
    if (!blockRoles.includes('unit') || !blockRoles.includes('other')) continue;
    let count = 1;
    while (block.every((c) => key(c + count * width) === key(c))) count++;
    // the last block's spacer may lie beyond the row's end; a spacer alone is no block
    if (count >= 2) return { start, width, count };
  }
  return null;
}

/** The columns of the first block and those after the last (a shared 备注): the columns a header printed n-up is read by. */
export function firstBlockColumns(blocks: Blocks, width: number): number[] {
  const end = blocks.start + blocks.width * blocks.count;
  const out: number[] = [];
  for (let c = 0; c < width; c++) if (c < blocks.start + blocks.width || c >= end) out.push(c);
  return out;
}

/** The column of block `b` (0-based) that stands where `col` stands in the first block; a column after the blocks stays. */
export function columnInBlock(blocks: Blocks, col: number, b: number): number {
  const end = blocks.start + blocks.width * blocks.count;
  return col >= end ? col : col + b * blocks.width;
}
