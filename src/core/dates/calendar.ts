// The China working-day calendar: State Council holidays and make-up working days from the
// chinese-days data package, overridable by a 节假日 sheet, and honest about years it lacks.
import holidayData from 'chinese-days/dist/chinese-days.json';
import { CivilDate, addDays, compareDates, dayOfWeek, formatISO } from './civil-date';

/** One day a 节假日 sheet declares a working day or a rest day. */
export interface DayOverride {
  readonly date: CivilDate;
  readonly work: boolean;
  readonly name?: string;
}

interface HolidayTables {
  holidays: Record<string, string>;
  workdays: Record<string, string>;
}

const PACKAGE_TABLES = holidayData as HolidayTables;

function yearsOf(keys: Iterable<string>): Set<number> {
  const years = new Set<number>();
  for (const key of keys) years.add(Number(key.slice(0, 4)));
  return years;
}

const PACKAGE_YEARS = yearsOf(Object.keys(PACKAGE_TABLES.holidays));

/** The first and last year the holiday package holds (the template and messages name them). */
export const PACKAGE_YEAR_RANGE: readonly [number, number] = [Math.min(...PACKAGE_YEARS), Math.max(...PACKAGE_YEARS)];

export class WorkCalendar {
  private readonly overrides = new Map<string, DayOverride>();
  private readonly years: Set<number>;

  constructor(overrides: readonly DayOverride[] = []) {
    for (const o of overrides) this.overrides.set(formatISO(o.date), o);
    this.years = new Set([...PACKAGE_YEARS, ...yearsOf(this.overrides.keys())]);
  }

  /** Years for which holidays are known (from the package or the 节假日 sheet). */
  coveredYears(): number[] {
    return [...this.years].sort((a, b) => a - b);
  }

  covers(year: number): boolean {
    return this.years.has(year);
  }

  /** Whether the day is a working day; an uncovered year falls back to Monday–Friday (check covers()). */
  isWorkday(date: CivilDate): boolean {
    const key = formatISO(date);
    const override = this.overrides.get(key);
    if (override) return override.work;
    if (PACKAGE_TABLES.workdays[key]) return true;
    if (PACKAGE_TABLES.holidays[key]) return false;
    const dow = dayOfWeek(date);
    return dow !== 0 && dow !== 6;
  }

  /** Name of the holiday or make-up day (e.g. 国庆节), or null for an ordinary day. */
  dayName(date: CivilDate): string | null {
    const key = formatISO(date);
    const override = this.overrides.get(key);
    if (override) return override.name ?? null;
    const raw = PACKAGE_TABLES.workdays[key] ?? PACKAGE_TABLES.holidays[key];
    return raw ? raw.split(',')[1] ?? null : null;
  }

  /** The last working day strictly before the date. */
  previousWorkday(date: CivilDate): CivilDate {
    let d = addDays(date, -1);
    while (!this.isWorkday(d)) d = addDays(d, -1);
    return d;
  }

  /** The first working day strictly after the date. */
  nextWorkday(date: CivilDate): CivilDate {
    let d = addDays(date, 1);
    while (!this.isWorkday(d)) d = addDays(d, 1);
    return d;
  }

  /** Like Excel's WORKDAY: the day `days` working days after (or before) start; 0 gives start. */
  addWorkdays(start: CivilDate, days: number): CivilDate {
    let d = start;
    const step = days >= 0 ? 1 : -1;
    for (let left = Math.abs(Math.trunc(days)); left > 0; ) {
      d = addDays(d, step);
      if (this.isWorkday(d)) left--;
    }
    return d;
  }

  /** Like Excel's NETWORKDAYS: working days from a to b, both counted; negative when b < a. */
  networkdays(a: CivilDate, b: CivilDate): number {
    const sign = compareDates(a, b) <= 0 ? 1 : -1;
    const [from, to] = sign > 0 ? [a, b] : [b, a];
    let count = 0;
    for (let d = from; compareDates(d, to) <= 0; d = addDays(d, 1)) if (this.isWorkday(d)) count++;
    return sign * count;
  }

  /** Years a span of dates touches that the calendar does not cover. */
  uncoveredYears(from: CivilDate, to: CivilDate): number[] {
    const out: number[] = [];
    for (let y = Math.min(from.year, to.year); y <= Math.max(from.year, to.year); y++) if (!this.covers(y)) out.push(y);
    return out;
  }
}

/** The calendar with the package data alone. */
export const DEFAULT_CALENDAR = new WorkCalendar();
