// Deductions taken only once a count is reached (「凡一年内3次未按时上报…每次扣减该单位信息得分10分」): which times cost what, and why.
import { CivilDate, formatISO } from '../dates/civil-date';
import { CountThreshold } from './rule-model';
import { YearStart, assessmentYearFrom, assessmentYearOf, dayOf } from './periods';

/** One late return of the window: its points (0 below the count) and the words that say which time it was. */
export interface CountedTime {
  readonly date: CivilDate;
  /** How many times it costs: 0 below the count, the count itself when reached under 'all' (the earlier ones go with it), else 1. */
  readonly times: number;
  readonly detail: string;
}

/** 「一年内3次」: the threshold's words for a part or a flag. */
export const thresholdText = (t: CountThreshold): string => (t.from === 'all' ? `一年内满${t.count}次起扣，前${t.count - 1}次一并扣` : `第${t.count}次起扣`);

/**
 * Each late return (its due date) within the window, numbered within its 考核年度 (「一年内」), with how many times it costs: nothing before the
 * count, every time so far when the count is reached under 'all', one each after. Without a threshold every one costs once.
 */
export function countedTimes(dates: readonly CivilDate[], window: { from: CivilDate; to: CivilDate }, threshold: CountThreshold | null, yearStart: YearStart): CountedTime[] {
  const sorted = [...dates].sort((a, b) => dayOf(a) - dayOf(b));
  const from = dayOf(window.from);
  const to = dayOf(window.to);
  const out: CountedTime[] = [];
  const seen = new Map<number, number>();
  for (const date of sorted) {
    const year = assessmentYearOf(date, yearStart);
    const nth = (seen.get(year) ?? 0) + 1;
    seen.set(year, nth);
    const day = dayOf(date);
    if (day < from || day > to) continue;
    const due = `${formatISO(date)}截止的报送逾期返回`;
    if (!threshold) {
      out.push({ date, times: 1, detail: due });
      continue;
    }
    const yearFrom = assessmentYearFrom(year, yearStart);
    const said = `${due}（${yearFrom.month === 1 ? `${yearFrom.year}年` : '本考核年度'}第${nth}次，${thresholdText(threshold)}）`;
    const times = nth < threshold.count ? 0 : nth === threshold.count && threshold.from === 'all' ? threshold.count : 1;
    out.push({ date, times, detail: said });
  }
  return out;
}

/** How many overdue 约稿 cost points: none below the count, all of them once reached ('all'), those from the count on ('nth'). */
export function countedAssignments(overdue: number, threshold: CountThreshold | null): number {
  if (!threshold) return overdue;
  if (overdue < threshold.count) return 0;
  return threshold.from === 'all' ? overdue : overdue - threshold.count + 1;
}
