// Every real task table saved again by another spreadsheet program (LibreOffice writes its own shared strings, styles,
// merges and number formats, as WPS does): the check must read it as the clerk's expectation says, as for the original.
import { promises as fs, mkdtempSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileWorkbook } from '../src/workbook/file/file';
import { describeWith, runLibreOffice } from './helpers/system';
import { REAL_DIR, REAL_EXPECTED, RealExpected, checkedJson, gapFields, placeOf, readingOf, wantedOf } from './helpers/real-tables';

const withCalc = describeWith('另一款表格软件（LibreOffice）另存的真实分工表测试', ['libreoffice-calc-nogui']);

withCalc('real tables re-saved by LibreOffice Calc', () => {
  const expectations = REAL_EXPECTED.map((name) => JSON.parse(readFileSync(path.join(REAL_DIR, name), 'utf8')) as RealExpected);
  let dir: string;
  beforeAll(() => {
    // one LibreOffice run converts them all (a start per file would cost seconds each)
    dir = mkdtempSync(path.join(os.tmpdir(), 'duban-resaved-'));
    runLibreOffice(dir, ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', path.join(dir, 'out'), ...expectations.map((e) => path.join(REAL_DIR, e.file))]);
  }, 600_000);

  test.each(expectations.map((e) => [e.file, e] as const))('%s reads as the clerk reads it', async (_file, expected) => {
    const saved = await fs.readFile(path.join(dir, 'out', expected.file));
    expect(saved.equals(await fs.readFile(path.join(REAL_DIR, expected.file)))).toBe(false);
    const json = checkedJson(await (await FileWorkbook.load(saved)).readAll(), expected);
    expect(json.issues.filter((i) => i.severity === 'error').map((i) => `${i.cell} ${i.message}`)).toEqual([]);
    expect(json.tasks.map(placeOf)).toEqual(expected.tasks.map(placeOf));
    // every task as the clerk reads it, compared in one expect
    const read: object[] = [];
    const wanted: object[] = [];
    for (const want of expected.tasks) {
      const skip = gapFields(expected, want.row);
      const keep = (o: object) => Object.fromEntries(Object.entries(o).filter(([k]) => !skip.has(k)));
      read.push({ row: want.row, ...keep(readingOf(json.tasks.find((t) => t.row === want.row && t.block === want.block)!)) });
      wanted.push({ row: want.row, ...keep(wantedOf(want)) });
    }
    expect(read).toEqual(wanted);
  });
});
