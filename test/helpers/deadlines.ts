// Helpers for the deadline tests: the plan year, the campaign's publicity months and checks of each deadline kind.
import { CivilDate, formatISO } from '../../src/core/dates/civil-date';
import { Deadline, RecurringDeadline, parseDeadline } from '../../src/core/deadlines/deadline';

export const Y = 2023;
export const PUBLICITY = [5, 10];

export function parse(text: string, publicityMonths?: readonly number[]): Deadline {
  return parseDeadline(text, Y, publicityMonths);
}

export function iso(d: CivilDate): string {
  return formatISO(d);
}

export function civil(isoText: string): CivilDate {
  const [year, month, day] = isoText.split('-').map(Number);
  return { year, month, day };
}

/** Checks a 'date' deadline: its due date and, when given, all dates and the year flags. */
export function expectDate(
  text: string,
  due: string,
  opts: { dates?: string[]; nextYear?: boolean; explicitYear?: boolean; planYear?: number } = {},
): void {
  const d = parseDeadline(text, opts.planYear ?? Y, PUBLICITY);
  expect(d.kind).toBe('date');
  if (d.kind !== 'date') return;
  expect(d.text).toBe(text.trim());
  expect(iso(d.date)).toBe(due);
  expect(d.dates.map(iso)).toEqual(opts.dates ?? [due]);
  expect(d.nextYear).toBe(opts.nextYear ?? false);
  expect(d.explicitYear).toBe(opts.explicitYear ?? false);
}

/** Checks a 'recurring' deadline against its fields (absent fields must be absent). */
export function expectRecurring(text: string, want: Omit<RecurringDeadline, 'kind' | 'text'>, publicityMonths?: readonly number[]): void {
  const d = parseDeadline(text, Y, publicityMonths);
  expect(d).toEqual({ kind: 'recurring', text: text.trim(), ...want });
}

export function expectKind(text: string, kind: Deadline['kind']): void {
  expect(parseDeadline(text, Y, PUBLICITY)).toEqual({ kind, text: text.trim() });
}

export function expectInvalid(text: string, reason: string): void {
  expect(parseDeadline(text, Y, PUBLICITY)).toEqual({ kind: 'invalid', text: text.trim(), reason });
}
