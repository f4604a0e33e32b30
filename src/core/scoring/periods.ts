// The months, quarters and years of a scored window, for rules that apply period by period.
import { CivilDate, addDays, compareDates, dayOfWeek, endOfMonth, fromEpochDays, toEpochDays } from '../dates/civil-date';
import { Cadence } from './rule-model';
import { LedgerEntry } from '../sheets/ledger-sheet';

export interface SubPeriod {
  readonly key: string;
  /** 2023年6月, 2023年第2季度, 2023年, 本期. */
  readonly label: string;
  readonly from: CivilDate;
  readonly to: CivilDate;
  /** Whether the whole period lies inside the window (a period not yet over is not judged). */
  readonly whole: boolean;
}

/** A civil date as one comparable integer (cheaper than compareDates in the per-row loops). */
export const dayOf = (d: CivilDate) => d.year * 512 + d.month * 32 + d.day;

/** Day numbers (dayOf) of a list of ledger rows, computed once per list: a unit's rows are read again for every period of a report. */
const daysCache = new WeakMap<readonly LedgerEntry[], Int32Array>();
export function entryDays(entries: readonly LedgerEntry[]): Int32Array {
  let days = daysCache.get(entries);
  if (!days) {
    days = new Int32Array(entries.length);
    for (let i = 0; i < entries.length; i++) days[i] = dayOf(entries[i].date);
    daysCache.set(entries, days);
  }
  return days;
}

/** The key of the period of a cadence that a date falls in. */
export function periodKey(date: CivilDate, cadence: Cadence): string {
  switch (cadence) {
    case 'week': return `W${weekStart(date)}`;
    case 'month': return `${date.year}-${date.month}`;
    case 'quarter': return `${date.year}-Q${Math.ceil(date.month / 3)}`;
    case 'year': return `${date.year}`;
    case 'window': return 'w';
  }
}

/** The epoch day of the Monday starting a date's week. */
function weekStart(date: CivilDate): number {
  return toEpochDays(date) - ((dayOfWeek(date) + 6) % 7);
}

/** Sub-periods already worked out, by cadence, first day and last day: a report asks for the same months of every unit. */
const subPeriodsMemo = new Map<Cadence, Map<number, readonly SubPeriod[]>>();

/** The periods of a cadence overlapping the window, clipped to it, in order (shared lists: not to be changed). */
export function subPeriods(cadence: Cadence, window: { from: CivilDate; to: CivilDate }): readonly SubPeriod[] {
  let byWindow = subPeriodsMemo.get(cadence);
  if (!byWindow) subPeriodsMemo.set(cadence, (byWindow = new Map()));
  const key = dayOf(window.from) * 2 ** 23 + dayOf(window.to); // dayOf is below 2^23 up to the year 9999
  let periods = byWindow.get(key);
  if (!periods) {
    if (byWindow.size >= 10_000) byWindow.clear();
    byWindow.set(key, (periods = computeSubPeriods(cadence, window)));
  }
  return periods;
}

function computeSubPeriods(cadence: Cadence, window: { from: CivilDate; to: CivilDate }): SubPeriod[] {
  if (cadence === 'window') return [{ key: 'w', label: '本期', from: window.from, to: window.to, whole: true }];
  if (cadence === 'week') {
    const out: SubPeriod[] = [];
    for (let monday = weekStart(window.from); monday <= toEpochDays(window.to); monday += 7) {
      const start = fromEpochDays(monday);
      const end = addDays(start, 6);
      const from = compareDates(start, window.from) < 0 ? window.from : start;
      const to = compareDates(end, window.to) > 0 ? window.to : end;
      const whole = compareDates(start, window.from) >= 0 && compareDates(end, window.to) <= 0;
      out.push({ key: `W${monday}`, label: `${start.month}月${start.day}日起一周`, from, to, whole });
    }
    return out;
  }
  const months = cadence === 'month' ? 1 : cadence === 'quarter' ? 3 : 12;
  const out: SubPeriod[] = [];
  let year = window.from.year;
  let month = Math.floor((window.from.month - 1) / months) * months + 1;
  for (;;) {
    const start = { year, month, day: 1 };
    if (compareDates(start, window.to) > 0) break;
    const lastMonth = month + months - 1;
    const end = endOfMonth(year, lastMonth);
    const from = compareDates(start, window.from) < 0 ? window.from : start;
    const to = compareDates(end, window.to) > 0 ? window.to : end;
    const whole = compareDates(start, window.from) >= 0 && compareDates(end, window.to) <= 0;
    const label = cadence === 'month' ? `${year}年${month}月` : cadence === 'quarter' ? `${year}年第${Math.ceil(month / 3)}季度` : `${year}年`;
    out.push({ key: periodKey(start, cadence), label, from, to, whole });
    month += months;
    if (month > 12) {
      month -= 12;
      year++;
    }
  }
  return out;
}

/** Whole periods of a cadence in a span (a quota "每月8篇" asks 8 × this many). */
export function wholePeriodsIn(cadence: Cadence, from: CivilDate, to: CivilDate): number {
  return subPeriods(cadence, { from, to }).filter((p) => p.whole).length;
}
