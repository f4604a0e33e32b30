// The months, quarters and years of a scored window, for rules that apply period by period.
import { CivilDate, addDays, compareDates, dayOfWeek, endOfMonth, fromEpochDays, toEpochDays } from '../dates/civil-date';
import { AssessmentCadence, Cadence } from './rule-model';
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

/**
 * The first month of the 考核年度 a rule counts years in (评分规则 考核年度): 1 for January–December; 8 for a year from 1 August to
 * 31 July (合肥市关工委 「本评比年度（2015年8月至2016年7月）」), 12 for 1 December to 30 November (郑州轻工业学院分工会).
 */
export type YearStart = number;

/** The year a date's 考核年度 ends in (its name): 2016 for 2016-06-06 and for 2015-08-01 when the year starts in August. */
export const assessmentYearOf = (date: CivilDate, yearStart: YearStart = 1): number => (yearStart > 1 && date.month >= yearStart ? date.year + 1 : date.year);

/** The first day of the 考核年度 ending in `year`. */
export const assessmentYearFrom = (year: number, yearStart: YearStart = 1): CivilDate => ({ year: yearStart > 1 ? year - 1 : year, month: yearStart, day: 1 });

/** The last day of the 考核年度 ending in `year`. */
export const assessmentYearTo = (year: number, yearStart: YearStart = 1): CivilDate =>
  yearStart > 1 ? endOfMonth(year, yearStart - 1) : { year, month: 12, day: 31 };

/**
 * Whether a period is a whole 考核年度 (1 January – 31 December, or the rule's own year such as August – July): the span
 * 等次 are judged on. The office's 分数线 are a year's (a month scores a fraction of a year's adoptions), so a shorter
 * period's 通报 grades nobody; no real monthly or quarterly 通报 read prints a 等次.
 */
export function isAssessmentYear(period: { from: CivilDate; to: CivilDate }, yearStart: YearStart = 1): boolean {
  const year = assessmentYearOf(period.to, yearStart);
  const [from, to] = [assessmentYearFrom(year, yearStart), assessmentYearTo(year, yearStart)];
  return dayOf(period.from) === dayOf(from) && dayOf(period.to) === dayOf(to);
}

/**
 * Whether a period is one whole period of the rule's 考核周期 (评分规则 “考核周期 | 每季度”): a whole calendar month, quarter or half year, or a
 * whole 考核年度 when the rule says nothing. 等次 are given only for such a period, and a workbook's 评分规则 is chosen by it.
 */
export function isAssessmentPeriod(
  period: { from: CivilDate; to: CivilDate },
  rule: { readonly yearStart?: YearStart; readonly assessmentCadence?: AssessmentCadence | null } = {},
): boolean {
  const cadence = rule.assessmentCadence ?? 'year';
  if (cadence === 'year') return isAssessmentYear(period, rule.yearStart ?? 1);
  const months = cadence === 'month' ? 1 : cadence === 'quarter' ? 3 : 6;
  const { from, to } = period;
  return from.day === 1 && (from.month - 1) % months === 0 && to.year === from.year && to.month === from.month + months - 1 && dayOf(to) === dayOf(endOfMonth(to.year, to.month));
}

/**
 * Whether a score table of the period has an 等次 column: a whole 考核周期 under rules that write 分数线 (a column of dashes, where
 * the office's own rules give no lines, says nothing).
 */
export function showsGrades(
  period: { from: CivilDate; to: CivilDate },
  rules: { readonly gradeLines: unknown; readonly model: { readonly yearStart?: YearStart; readonly assessmentCadence?: AssessmentCadence | null } },
): boolean {
  return rules.gradeLines !== null && isAssessmentPeriod(period, rules.model);
}

/** A 考核周期's period as a heading says it: 每月, 每季度, 每年. */
export const ASSESSMENT_CADENCE_LABEL: Record<AssessmentCadence, string> = { month: '每月', quarter: '每季度', half: '每半年', year: '每年' };

/** A 考核年度 as a heading says it: 2023年, or 2015年8月至2016年7月 for a year that does not start in January. */
export function assessmentYearLabel(year: number, yearStart: YearStart = 1): string {
  return yearStart > 1 ? `${year - 1}年${yearStart}月至${year}年${yearStart - 1}月` : `${year}年`;
}

/** The key of the period of a cadence that a date falls in (years counted from the rule's 考核年度 start). */
export function periodKey(date: CivilDate, cadence: Cadence, yearStart: YearStart = 1): string {
  switch (cadence) {
    case 'week': return `W${weekStart(date)}`;
    case 'month': return `${date.year}-${date.month}`;
    case 'quarter': return `${date.year}-Q${Math.ceil(date.month / 3)}`;
    case 'half': return `${date.year}-H${date.month <= 6 ? 1 : 2}`;
    case 'year': return `${assessmentYearOf(date, yearStart)}`;
    case 'window': return 'w';
  }
}

/** The epoch day of the Monday starting a date's week. */
function weekStart(date: CivilDate): number {
  return toEpochDays(date) - ((dayOfWeek(date) + 6) % 7);
}

/** Sub-periods already worked out, by cadence (and 考核年度 start), first day and last day: a report asks for the same months of every unit. */
const subPeriodsMemo = new Map<string, Map<number, readonly SubPeriod[]>>();

/** The periods of a cadence overlapping the window, clipped to it, in order (shared lists: not to be changed); years start in `yearStart`. */
export function subPeriods(cadence: Cadence, window: { from: CivilDate; to: CivilDate }, yearStart: YearStart = 1): readonly SubPeriod[] {
  const start = cadence === 'year' ? yearStart : 1;
  const memoKey = `${cadence}${start}`;
  let byWindow = subPeriodsMemo.get(memoKey);
  if (!byWindow) subPeriodsMemo.set(memoKey, (byWindow = new Map()));
  const key = dayOf(window.from) * 2 ** 23 + dayOf(window.to); // dayOf is below 2^23 up to the year 9999
  let periods = byWindow.get(key);
  if (!periods) {
    if (byWindow.size >= 10_000) byWindow.clear();
    byWindow.set(key, (periods = computeSubPeriods(cadence, window, start)));
  }
  return periods;
}

function computeSubPeriods(cadence: Cadence, window: { from: CivilDate; to: CivilDate }, yearStart: YearStart): SubPeriod[] {
  if (cadence === 'window') return [{ key: 'w', label: '本期', from: window.from, to: window.to, whole: true }];
  if (cadence === 'year' && yearStart > 1) {
    // a 考核年度 that does not start in January: 2015年8月—2016年7月 is one year, judged only when wholly inside the window
    const out: SubPeriod[] = [];
    for (let year = assessmentYearOf(window.from, yearStart); compareDates(assessmentYearFrom(year, yearStart), window.to) <= 0; year++) {
      const start = assessmentYearFrom(year, yearStart);
      const end = assessmentYearTo(year, yearStart);
      const from = compareDates(start, window.from) < 0 ? window.from : start;
      const to = compareDates(end, window.to) > 0 ? window.to : end;
      const whole = compareDates(start, window.from) >= 0 && compareDates(end, window.to) <= 0;
      out.push({ key: `${year}`, label: assessmentYearLabel(year, yearStart), from, to, whole });
    }
    return out;
  }
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
  const months = cadence === 'month' ? 1 : cadence === 'quarter' ? 3 : cadence === 'half' ? 6 : 12;
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
    const label = cadence === 'month' ? `${year}年${month}月` : cadence === 'quarter' ? `${year}年第${Math.ceil(month / 3)}季度` : cadence === 'half' ? `${year}年${month === 1 ? '上' : '下'}半年` : `${year}年`;
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
export function wholePeriodsIn(cadence: Cadence, from: CivilDate, to: CivilDate, yearStart: YearStart = 1): number {
  return subPeriods(cadence, { from, to }, yearStart).filter((p) => p.whole).length;
}
