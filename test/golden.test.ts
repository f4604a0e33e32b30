// Golden tests: each fixture workbook's `check` JSON equals the committed expected JSON beside it.
// Set UPDATE_GOLDEN=1 to rewrite the expected files after a deliberate change (and review the diff).
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseISO } from '../src/core/dates/civil-date';
import { checkJson } from '../src/core/validation/check-json';
import { CheckOptions, checkWorkbook } from '../src/core/validation/validate';
import { FileWorkbook } from '../src/workbook/file/file';

const DIR = path.join(__dirname, 'fixtures');
const TODAY = parseISO('2026-11-21')!;

const CASES: { file: string; options: Omit<CheckOptions, 'today'> }[] = [
  { file: 'sample.xlsx', options: {} },
  { file: 'messy.xlsx', options: { asOf: parseISO('2024-07-01')! } },
  { file: 'holidays.xlsx', options: { year: 2024, asOf: parseISO('2023-01-01')! } },
  { file: 'no-header.xlsx', options: {} },
];

describe.each(CASES)('golden: $file', ({ file, options }) => {
  test('check output equals the committed expected JSON', async () => {
    const workbook = await FileWorkbook.load(await fs.readFile(path.join(DIR, file)));
    const actual = checkJson(checkWorkbook(await workbook.readAll(), { today: TODAY, ...options }), file);
    const expectedPath = path.join(DIR, file.replace(/\.xlsx$/, '.expected.json'));
    if (process.env.UPDATE_GOLDEN) {
      await fs.writeFile(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    }
    const expected = JSON.parse(await fs.readFile(expectedPath, 'utf8'));
    expect(actual).toEqual(expected);
  });
});
