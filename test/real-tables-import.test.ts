// Every real table (test/fixtures/real) copied out of Word as text — cells parted by tabs, a merged cell written once — and
// given to `duban import`'s reader: it is read from its table, never refused, and a measure the text cannot give a unit is flagged.
import { readdirSync, readFileSync } from 'fs';
import * as path from 'path';
import { readPlan } from '../src/core/plans';

const DIR = path.join(__dirname, 'fixtures', 'real');
interface TableJson { rows: (string | number | null)[][] }
interface Expected { year: number; tasks: { task: string }[] }

const IDS = readdirSync(DIR).filter((f) => f.endsWith('.expected.json')).map((f) => f.replace(/\.expected\.json$/, '')).sort();

/** The table as Word copies it: one line a row, a tab between cells, newlines inside a cell as spaces. */
function asText(table: TableJson): string {
  return table.rows.map((r) => r.map((c) => (c === null ? '' : String(c).replace(/\s*\n\s*/g, ' '))).join('\t')).join('\n');
}

describe.each(IDS)('real table %s pasted as text', (id) => {
  const table = JSON.parse(readFileSync(path.join(DIR, `${id}.table.json`), 'utf8')) as TableJson;
  const expected = JSON.parse(readFileSync(path.join(DIR, `${id}.expected.json`), 'utf8')) as Expected;
  const plan = readPlan(asText(table), { year: expected.year });

  test('is read from its table, with measures', () => {
    expect(plan.basis).toBe('table');
    expect(plan.measures.length).toBeGreaterThan(0);
  });
  test('a measure without a unit is flagged, never passed as sure', () => {
    for (const m of plan.measures) if (m.lead.length === 0) expect(m.unsure).toBe(true);
  });
});
