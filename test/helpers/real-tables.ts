// The real task tables (test/fixtures/real): their clerk-written expectations, the check run as they are read, and the
// fields a reading is compared on — one home for every test that reads them (as published, laid out otherwise, re-saved, as Word).
import { readdirSync } from 'fs';
import * as path from 'path';
import { parseISO } from '../../src/core/dates/civil-date';
import { Grid } from '../../src/core/sheets/grid';
import { checkJson } from '../../src/core/validation/check-json';
import { checkWorkbook } from '../../src/core/validation/validate';

export const REAL_DIR = path.join(__dirname, '..', 'fixtures', 'real');
export const REAL_TODAY = parseISO('2026-11-21')!;

export interface ExpectedDeadline { kind: string; date?: string }
export interface ExpectedTask {
  /** `block`: in a table printed n-up, the block the task stands in (1 the leftmost); two tasks then share a row. */
  row: number; block?: number; section: string | null; task: string;
  lead: string[]; coop: string[]; leaders: string[]; deadline: ExpectedDeadline;
}
/** A reading Duban does not give yet: the field is left out of the row check (listed in the README's "Known gaps"). */
export interface KnownGap { rows: number[]; field: 'leaders' | 'lead' | 'coop' | 'deadline' | 'task' | 'section'; duban: string; right: string }
export interface RealExpected { file: string; year: number; asOf: string; tasks: ExpectedTask[]; knownGaps?: KnownGap[] }

/** Where a task stands: its row, and its block in a table printed n-up ("5" or "5/2"). */
export const placeOf = (t: { row: number; block?: number }): string => (t.block === undefined ? String(t.row) : `${t.row}/${t.block}`);

/** The expected files, sorted. */
export const REAL_EXPECTED = readdirSync(REAL_DIR).filter((f) => f.endsWith('.expected.json')).sort();

export const squash = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\s+/g, ''));

/** The check's JSON of a table's sheets, with the expectation's year and date. */
export function checkedJson(grids: Grid[], expected: RealExpected): ReturnType<typeof checkJson> {
  return checkJson(checkWorkbook(grids, { today: REAL_TODAY, year: expected.year, asOf: parseISO(expected.asOf)! }), expected.file);
}

type CheckedTask = ReturnType<typeof checkJson>['tasks'][number] & { leaders?: string[] };

/** What a reading is compared on: task and section without spaces, units, leaders, the deadline's kind and date. */
export function readingOf(g: CheckedTask) {
  return {
    task: squash(g.task), section: squash(g.section), lead: g.lead, coop: g.coop, leaders: g.leaders,
    deadline: g.deadline.kind === 'date' ? { kind: g.deadline.kind, date: g.deadline.date } : { kind: g.deadline.kind },
  };
}

/** The same fields of the clerk's expectation. */
export function wantedOf(want: ExpectedTask) {
  return {
    task: squash(want.task), section: squash(want.section), lead: want.lead, coop: want.coop, leaders: want.leaders,
    deadline: want.deadline.kind === 'date' ? { kind: 'date', date: want.deadline.date } : { kind: want.deadline.kind },
  };
}

/** The fields a known gap leaves out of the row's check. */
export const gapFields = (expected: RealExpected, row: number): Set<string> =>
  new Set((expected.knownGaps ?? []).filter((g) => g.rows.includes(row)).map((g) => g.field));
