// What a collect asks the clerk to look at, item by item (退回, 重复, 请核实), rows of one reason together: the one list the CLI prints and the pane's preview shows.
import { CollectResult, duplicateNoteShared } from './collect';
import { extraCellNoteShared } from './extra-columns';
import { yearlessNoteShared } from './returned-dates';

export type CollectItemKind = 'rejected' | 'duplicate' | 'check';

export interface CollectItem {
  readonly kind: CollectItemKind;
  readonly file: string;
  /** 1-based row in the return's sheet; 0 for the file as a whole. */
  readonly row: number;
  readonly unit: string;
  readonly reason: string;
  /** The sheet the rows are on when it is not 报送登记 (进展). */
  readonly sheet?: string;
  /** Every row of the file given the same reason, when there are several (`row` is the first): one item, not one per row. */
  readonly rows?: readonly number[];
}

/** Row numbers listed in one item before the rest are only counted: the ledger's 来源 column finds them all. */
const ROWS_LISTED = 60;

/** Rows as a clerk reads them: runs joined (2–4、8、10–12), at most ROWS_LISTED runs and then 等. */
export function rowRuns(rows: readonly number[]): string {
  const sorted = [...rows].sort((a, b) => a - b);
  const runs: string[] = [];
  let i = 0;
  while (i < sorted.length && runs.length < ROWS_LISTED) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] <= sorted[j] + 1) j++;
    runs.push(sorted[j] > sorted[i] ? `${sorted[i]}–${sorted[j]}` : `${sorted[i]}`);
    i = j + 1;
  }
  return `${runs.join('、')}${i < sorted.length ? '等' : ''}`;
}

/** A row's note in the words said once for several rows (its own values left out), or null when it has none. */
const sharedWording = (reason: string): string | null => yearlessNoteShared(reason) ?? extraCellNoteShared(reason) ?? duplicateNoteShared(reason);

/**
 * Notes of rows with the same file, unit and reason as one item, in the order first given: a return whose 200 rows
 * name an outlet 媒体名录 lacks is one line to read, not 200. Notes that differ only in each row's own value (a date
 * without its year, an added column's text) are one item too, in their shared words. A note of the file as a whole
 * stays on its own.
 */
export function groupedNotes<T extends Omit<CollectItem, 'kind' | 'rows'>>(list: readonly T[]): (T & { rows?: readonly number[] })[] {
  const groups: { note: T; rows: number[]; shared: string | null; alike: boolean }[] = [];
  const at = new Map<string, { note: T; rows: number[]; shared: string | null; alike: boolean }>();
  for (const n of list) {
    const shared = n.row > 0 ? sharedWording(n.reason) : null;
    const key = n.row > 0 ? `${n.file}\u0000${n.sheet ?? ''}\u0000${n.unit}\u0000${shared ?? n.reason}` : null;
    const group = key === null ? undefined : at.get(key);
    if (group) {
      group.rows.push(n.row);
      group.alike &&= group.note.reason === n.reason;
    } else {
      const fresh = { note: n, rows: [n.row], shared, alike: true };
      groups.push(fresh);
      if (key !== null) at.set(key, fresh);
    }
  }
  return groups.map(({ note, rows, shared, alike }) => (rows.length > 1 ? { ...note, ...(alike || shared === null ? {} : { reason: shared }), rows } : note));
}

/** The word each kind is listed under. */
export const COLLECT_ITEM_LABEL: Readonly<Record<CollectItemKind, string>> = { rejected: '退回', duplicate: '重复', check: '请核实' };

/** Where an item is: the file, and its row or rows. */
export const collectItemPlace = (item: Pick<CollectItem, 'file' | 'row' | 'rows' | 'sheet'>): string =>
  `${item.file}${item.row > 0 && item.sheet ? ` “${item.sheet}”表` : ''}${item.rows ? ` 第${rowRuns(item.rows)}行（共 ${item.rows.length} 行）` : item.row > 0 ? ` 第${item.row}行` : ''}`;

/** One line of an item: "文件 第3行：原因". */
export const collectItemLine = (item: CollectItem): string => `${collectItemPlace(item)}：${item.reason}`;

/**
 * Every item of a collect by kind. 请核实 holds the notes (a media level corrected by 媒体名录, an outlet
 * not in it, a Word file from another month, a year taken from the period …) and each progress report
 * that was listed and not written (a cooperating unit's, lead units that disagree).
 */
export function collectItems(result: CollectResult): Readonly<Record<CollectItemKind, readonly CollectItem[]>> {
  return {
    rejected: groupedNotes(result.rejected).map((n) => ({ kind: 'rejected', ...n })),
    duplicate: groupedNotes(result.duplicates).map((n) => ({ kind: 'duplicate', ...n })),
    check: [
      ...groupedNotes(result.notes).map((n) => ({ kind: 'check' as const, ...n })),
      ...result.progressListed.map((p) => ({
        kind: 'check' as const, file: p.file, row: 0, unit: p.unit,
        reason: `任务 ${p.task.seq} 的进展“${p.status || '（未填）'}”未写入：${p.reason}`,
      })),
    ],
  };
}
