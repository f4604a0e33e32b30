// Golden test on real published task tables: each table must read as the careful clerk's expected JSON says.
// The expectations were written by reading the source documents, never from Duban's output (see test/fixtures/real/README.md).
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { formatISO } from '../src/core/dates/civil-date';
import { deadlineJsonKind, parseDeadline } from '../src/core/deadlines/deadline';
import { checkJson } from '../src/core/validation/check-json';
import { FileWorkbook } from '../src/workbook/file/file';
import { REAL_DIR as DIR, REAL_EXPECTED as EXPECTED, RealExpected as Expected, checkedJson, gapFields as gapsOf, placeOf, readingOf, wantedOf } from './helpers/real-tables';

describe.each(EXPECTED)('real table %s', (name) => {
  const expected = JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Expected;
  let json: ReturnType<typeof checkJson>;

  beforeAll(async () => {
    const workbook = await FileWorkbook.load(await fs.readFile(path.join(DIR, expected.file)));
    json = checkedJson(await workbook.readAll(), expected);
  });

  test('no error-severity issue on a correctly written real table', () => {
    expect(json.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('reads as many tasks as the clerk counts', () => {
    expect(json.tasks.map(placeOf)).toEqual(expected.tasks.map(placeOf));
  });

  const gaps = expected.knownGaps ?? [];
  const gapFields = (row: number) => gapsOf(expected, row);
  const readRow = (row: number, block?: number) => {
    const g = json.tasks.find((t) => t.row === row && t.block === block);
    return g && readingOf(g);
  };
  const wanted = wantedOf;
  const without = <T extends object>(o: T, fields: Set<string>) =>
    Object.fromEntries(Object.entries(o).filter(([k]) => !fields.has(k)));

  test.each(expected.tasks.map((t) => [placeOf(t), t] as const))('row %s reads as the clerk reads it', (_place, want) => {
    const row = want.row;
    const got = readRow(row, want.block);
    expect(got).toBeDefined();
    const skip = gapFields(row);
    expect(without(got!, skip)).toEqual(without(wanted(want), skip));
  });

  // A listed gap is checked the other way round: once Duban reads the field right, this fails and the gap must be
  // taken off the list (and the README), so the row check covers the field again.
  const gapRows = gaps.flatMap((g) => g.rows.map((row) => [row, g.field, g] as const));
  if (gapRows.length > 0) {
    test.each(gapRows)('known gap, row %i %s: still read differently (see README "Known gaps")', (row, field) => {
      const want = expected.tasks.find((t) => t.row === row)!;
      expect((readRow(row) as Record<string, unknown>)[field]).not.toEqual((wanted(want) as Record<string, unknown>)[field]);
    });
  }
});

/** A real deadline phrase; the optional fields, where given, say more of what the office means (a recurrence's period, months, day). */
interface Phrase {
  text: string; year: number; kind: string; date?: string; source: string; meaning?: string;
  per?: string; months?: number[]; day?: number; nextMonth?: boolean; workdays?: boolean; ongoing?: boolean; onRestDay?: string;
}
const DETAIL = ['per', 'months', 'day', 'nextMonth', 'workdays', 'ongoing', 'onRestDay'] as const;
const FLAGS = new Set<string>(['nextMonth', 'workdays', 'ongoing']);
const PHRASES = JSON.parse(readFileSync(path.join(DIR, 'deadline-phrases.json'), 'utf8')) as Phrase[];

describe('deadline phrases from real tables', () => {
  test('the list holds at least 40 phrases, each with its source', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(40);
    for (const p of PHRASES) expect(p.source).toMatch(/\S/);
  });

  test.each(PHRASES.map((p) => [p.text, p] as const))('%s', (_text, p) => {
    const d = parseDeadline(p.text, p.year);
    const got = d.kind === 'date' ? { kind: 'date', date: formatISO(d.date) } : { kind: deadlineJsonKind(d) };
    expect(got).toEqual(p.kind === 'date' ? { kind: 'date', date: p.date } : { kind: p.kind });
    const detail = (o: object) => Object.fromEntries(DETAIL.filter((k) => k in p).map((k) => [k, (o as Record<string, unknown>)[k] ?? (FLAGS.has(k) ? false : undefined)]));
    expect(detail(d)).toEqual(detail(p));
  });
});
