// The shapes a deadline cell reads into: a due date, a recurrence, or the reason it has none.
import type { CivilDate } from '../dates/civil-date';

export type RecurrencePer = 'day' | 'week' | 'month' | 'quarter' | 'year';

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
};

export type Deadline =
  | { kind: 'date'; text: string; date: CivilDate; dates: CivilDate[]; nextYear: boolean; explicitYear: boolean }
  | RecurringDeadline
  | { kind: 'ongoing'; text: string }
  | { kind: 'relative'; text: string }
  | { kind: 'placeholder'; text: string }
  | { kind: 'invalid'; text: string; reason: string }
  | { kind: 'unparsed'; text: string }
  | { kind: 'none'; text: string };

export type DeadlineKind = Deadline['kind'];

