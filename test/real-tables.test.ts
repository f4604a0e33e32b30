// Golden test on real published task tables: each table must read as the careful clerk's expected JSON says.
// The expectations were written by reading the source documents, never from Duban's output (see test/fixtures/real/README.md).
import { promises as fs, readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { formatISO, parseISO } from '../src/core/dates/civil-date';
import { deadlineJsonKind, parseDeadline } from '../src/core/deadlines/deadline';
import { checkJson } from '../src/core/validation/check-json';
import { checkWorkbook } from '../src/core/validation/validate';
import { FileWorkbook } from '../src/workbook/file/file';

const DIR = path.join(__dirname, 'fixtures', 'real');
const TODAY = parseISO('2026-11-21')!;

interface ExpectedDeadline { kind: string; date?: string }
interface ExpectedTask {
  row: number; section: string | null; task: string;
  lead: string[]; coop: string[]; leaders: string[]; deadline: ExpectedDeadline;
}
interface Expected { file: string; year: number; asOf: string; tasks: ExpectedTask[] }

const squash = (s: string | null | undefined): string | null => (s == null ? null : s.replace(/\s+/g, ''));

const EXPECTED = readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).sort();

describe.each(EXPECTED)('real table %s', (name) => {
  const expected = JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Expected;
  let json: ReturnType<typeof checkJson>;

  beforeAll(async () => {
    const workbook = await FileWorkbook.load(await fs.readFile(path.join(DIR, expected.file)));
    const result = checkWorkbook(await workbook.readAll(), {
      today: TODAY, year: expected.year, asOf: parseISO(expected.asOf)!,
    });
    json = checkJson(result, expected.file);
  });

  test('no error-severity issue on a correctly written real table', () => {
    expect(json.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });

  test('reads as many tasks as the clerk counts', () => {
    expect(json.tasks.map((t) => t.row)).toEqual(expected.tasks.map((t) => t.row));
  });

  test.each(expected.tasks.map((t) => [t.row, t] as const))('row %i reads as the clerk reads it', (row, want) => {
    const got = json.tasks.find((t) => t.row === row);
    expect(got).toBeDefined();
    const g = got as (typeof json.tasks)[number] & { leaders?: string[] };
    expect({
      task: squash(g.task), section: squash(g.section), lead: g.lead, coop: g.coop, leaders: g.leaders,
      deadline: g.deadline.kind === 'date' ? { kind: g.deadline.kind, date: g.deadline.date } : { kind: g.deadline.kind },
    }).toEqual({
      task: squash(want.task), section: squash(want.section), lead: want.lead, coop: want.coop, leaders: want.leaders,
      deadline: want.deadline.kind === 'date' ? { kind: 'date', date: want.deadline.date } : { kind: want.deadline.kind },
    });
  });
});

interface Phrase { text: string; year: number; kind: string; date?: string; source: string }
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
  });
});
