// What a collect asks the clerk to look at, item by item (退回, 重复, 请核实): the one list the CLI prints and the pane's preview shows.
import { CollectResult } from './collect';

export type CollectItemKind = 'rejected' | 'duplicate' | 'check';

export interface CollectItem {
  readonly kind: CollectItemKind;
  readonly file: string;
  /** 1-based row in the return's sheet; 0 for the file as a whole. */
  readonly row: number;
  readonly unit: string;
  readonly reason: string;
}

/** The word each kind is listed under. */
export const COLLECT_ITEM_LABEL: Readonly<Record<CollectItemKind, string>> = { rejected: '退回', duplicate: '重复', check: '请核实' };

/** Where an item is: the file, and its row when it is one row. */
export const collectItemPlace = (item: Pick<CollectItem, 'file' | 'row'>): string => `${item.file}${item.row > 0 ? ` 第${item.row}行` : ''}`;

/** One line of an item: "文件 第3行：原因". */
export const collectItemLine = (item: CollectItem): string => `${collectItemPlace(item)}：${item.reason}`;

/**
 * Every item of a collect by kind. 请核实 holds the notes (a media level corrected by 媒体名录, an outlet
 * not in it, a Word file from another month, a year taken from the period …) and each progress report
 * that was listed and not written (a cooperating unit's, lead units that disagree).
 */
export function collectItems(result: CollectResult): Readonly<Record<CollectItemKind, readonly CollectItem[]>> {
  return {
    rejected: result.rejected.map((n) => ({ kind: 'rejected', ...n })),
    duplicate: result.duplicates.map((n) => ({ kind: 'duplicate', ...n })),
    check: [
      ...result.notes.map((n) => ({ kind: 'check' as const, ...n })),
      ...result.progressListed.map((p) => ({
        kind: 'check' as const, file: p.file, row: 0, unit: p.unit,
        reason: `任务 ${p.task.seq} 的进展“${p.status || '（未填）'}”未写入：${p.reason}`,
      })),
    ],
  };
}
