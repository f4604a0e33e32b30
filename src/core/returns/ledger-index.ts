// What a collect compares the returns against, built from the master alone: the ledger's rows keyed as the same article, and each unit's tasks over the period.
import { CivilDate } from '../dates/civil-date';
import { memoize } from '../memo';
import { LedgerEntry } from '../sheets/ledger-sheet';
import { normalizeUnitName } from '../units/units';
import { TaskRecord } from '../validation/validate';
import { UnitQuotaContext, UnitTask, taskNamedCategories, tasksOfUnit } from './form';
import { normalizeReturnedText } from './returned-text';

/** Where a row was first seen: the ledger (null), or a file and row of this batch (so a repeat names it). */
export type FirstSeen = { readonly file: string; readonly row: number } | null;

/** The key two rows share when they are the same article. */
export type RowKey = (unit: string, date: CivilDate, title: string, media: string) => string;

/**
 * What makes two ledger rows the same article: unit, date, title and outlet, each as compared (one collect keys its
 * 100k ledger rows and 60k returned ones). Units and outlets repeat, so their normal forms are looked up once per name.
 */
export function rowKeys(): RowKey {
  const unitKey = memoize(normalizeUnitName);
  const mediaKey = memoize((media: string) => normalizeUnitName(normalizeReturnedText(media)));
  return (unit, date, title, media) =>
    `${unitKey(unit)}|${date.year * 10000 + date.month * 100 + date.day}|${normalizeReturnedText(title).replace(/\s+/g, '')}|${mediaKey(media)}`;
}

/**
 * The master's side of a collect, ready before the returns are: `duban collect` builds it while its other thread still
 * reads them. Its table of rows is handed to one collect, which adds the batch's rows to it (a second collect given the
 * same index keys the ledger again).
 */
export class LedgerIndex {
  readonly keyOf: RowKey = rowKeys();
  /** Each unit's tasks and what it owes over the period: read for its form's rows and again for its status. */
  readonly tasksOf: (unit: string) => UnitTask[];
  private rows: Map<string, FirstSeen> | null;

  constructor(private readonly ledger: readonly LedgerEntry[], tasks: readonly TaskRecord[], period: { readonly from: CivilDate; readonly to: CivilDate }, quotaContext?: UnitQuotaContext) {
    // each unit's tasks found once (a unit is named on a few of a thousand tasks), in the table's order
    const named = new Map<string, TaskRecord[]>();
    for (const task of tasks) {
      for (const unit of new Set([...task.lead, ...task.coop])) {
        const list = named.get(unit);
        if (list) list.push(task);
        else named.set(unit, [task]);
      }
    }
    const context: UnitQuotaContext = { ...quotaContext, namedOf: memoize((task: TaskRecord) => taskNamedCategories(task, quotaContext ?? {})) };
    this.tasksOf = memoize((unit: string) => tasksOfUnit(unit, named.get(unit) ?? [], period, context));
    this.rows = this.keyed();
  }

  private keyed(): Map<string, FirstSeen> {
    const rows = new Map<string, FirstSeen>();
    for (const e of this.ledger) rows.set(this.keyOf(e.unit, e.date, e.title, e.media), null);
    return rows;
  }

  /** The ledger's rows by key, for one collect to add its batch to. */
  takeRows(): Map<string, FirstSeen> {
    const rows = this.rows ?? this.keyed();
    this.rows = null;
    return rows;
  }
}
