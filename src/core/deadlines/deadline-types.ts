// The shapes a deadline cell reads into: a due date, a recurrence, or the reason it has none.
import type { CivilDate } from '../dates/civil-date';

export type RecurrencePer = 'day' | 'week' | 'month' | 'quarter' | 'year';

/** What the cell says happens when the due day is a rest day: 遇节假日顺延 (the next working day), 遇节假日提前 (the one before). */
export type RestDayRule = 'next' | 'previous';

export type RecurringDeadline = {
  kind: 'recurring';
  text: string;
  per: RecurrencePer;
  /** Only these months (1..12): for 'month' the months that are due, for 'year' the month(s) of the year. */
  months?: number[];
  /** Day of the due month; absent means the month's end. */
  day?: number;
  /** Due in the month after the period (次月7日前, 每月结束后7日内). */
  nextMonth?: boolean;
  /** The months are the campaign's publicity months (宣传月). */
  publicity?: boolean;
  /** `day` counts working days (次月5个工作日内), not calendar days. */
  workdays?: boolean;
  /** 遇节假日顺延/提前: a due day on a rest day moves to a working day. */
  onRestDay?: RestDayRule;
};

/** A due date. `dates` are every milestone written (the due date is the last); `precision` says the text named only
 * a month ("6月", "2008年5月": due at its end) or a year ("2022", "2022-2023": due 31 Dec); `ongoing` that the text
 * goes on after the date ("12月底前完成并长期坚持"). */
export type DateDeadline = {
  kind: 'date'; text: string; date: CivilDate; dates: CivilDate[]; nextYear: boolean; explicitYear: boolean;
  precision?: 'month' | 'year';
  ongoing?: boolean;
  /** 遇节假日顺延/提前 ("12月15日前，遇节假日顺延"): on a rest day the date moves to a working day (effectiveDueDate). */
  onRestDay?: RestDayRule;
  /** "4月前", "11月前" with no 底/末/day: before the month or by its end? Due at its end (the later), said as DEADLINE_AMBIGUOUS. */
  monthBefore?: boolean;
  /** Dates written as a month, quarter or year end (6月底前, 第三季度末, 年底前) or milestones written as a month or a year alone: their ends, not days the clerk wrote — no rest-day check. */
  dayless?: CivilDate[];
};

export type Deadline =
  | DateDeadline
  | RecurringDeadline
  | { kind: 'ongoing'; text: string }
  | { kind: 'relative'; text: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'invalid'; text: string; reason: string }
  | { kind: 'unparsed'; text: string }
  | { kind: 'none'; text: string };

export type DeadlineKind = Deadline['kind'];

