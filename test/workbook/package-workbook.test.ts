// PackageWorkbook, the browser page's workbook: read by the bounded reader, generated sheets patched into the package, exceljs only for edits after the reader accepted the file.
import * as fs from 'fs';
import * as path from 'path';
import { readSampleTexts } from '../../src/cli/io';
import { sampleWorkbook } from '../../src/taskpane/browser-workbook';
import { PaneActions } from '../../src/taskpane/actions';
import { PackageWorkbook } from '../../src/workbook/file/package-workbook';
import { XlsxReadError } from '../../src/workbook/package/read-error';
import { readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { readZipDirectory } from '../../src/workbook/zip';
import { buildReport } from '../../src/core/scoring/report';
import { summarySheets } from '../../src/core/scoring/summaries';

const HOSTILE = path.join(__dirname, '..', 'fixtures', 'bad', 'hostile');
const clock = { now: () => Date.UTC(2023, 6, 10, 2) };

async function sampleBytes(): Promise<Uint8Array> {
  return (await sampleWorkbook(await readSampleTexts())).save();
}

test('reads what the streaming reader reads, and generated sheets go into the package without exceljs', async () => {
  const bytes = await sampleBytes();
  const workbook = await PackageWorkbook.open(bytes);
  expect((await workbook.readAll()).map((g) => g.name)).toEqual((await readXlsxGrids(bytes)).map((g) => g.name));
  const actions = new PaneActions(workbook, clock);
  const outcome = await actions.generate({});
  expect(outcome.sheets).toHaveLength(6);
  expect(workbook.packaged).toBe(true);
  const sheets = await workbook.listSheets();
  expect(sheets.filter((s) => s.generated).map((s) => s.name)).toEqual(outcome.sheets);
  // listed from the workbook part alone (no sheet read again after writing): what reading every sheet would list
  expect(sheets).toEqual((await readXlsxGrids(await workbook.save())).map((g) => ({ name: g.name, generated: g.generated === true, hidden: g.hidden === true })));
  // generating again replaces them, as FileWorkbook does
  await actions.generate({});
  expect((await workbook.listSheets()).length).toBe(sheets.length);
  // the saved package is the patched one, and reads back
  expect((await readXlsxGrids(await workbook.save())).map((g) => g.name)).toEqual(sheets.map((s) => s.name));
});

test('a fix and computed columns are set at the zip level: the package stays byte for byte but for that sheet (and styles.xml for the 0.0% rate)', async () => {
  const bytes = await sampleBytes();
  const workbook = await PackageWorkbook.open(bytes);
  const actions = new PaneActions(workbook, clock);
  const view = await actions.check({});
  const unknown = view.issues.find((i) => i.code === 'UNKNOWN_UNIT' && i.suggestion === '市教体局')!;
  const outcome = await actions.fixIssue(unknown, {});
  expect(outcome.found).toBe(true);
  expect(workbook.packaged).toBe(true);
  const grid = await workbook.readSheet(unknown.sheet);
  expect(grid.rows.flat()).toContain('市教体局');
  // every other part as it was: only the task sheet's part changed
  const before = readZipDirectory(bytes);
  const after = readZipDirectory(await workbook.save());
  const changed = [...after.values()].filter((e) => before.get(e.name.toLowerCase())?.crc32 !== e.crc32).map((e) => e.name);
  expect(changed).toEqual(['xl/worksheets/sheet1.xml']);
  await expect(workbook.readSheet('没有这张表')).rejects.toThrow('没有名为“没有这张表”的工作表');
  // computed columns carry a 0.0% format: appended to styles.xml, still no exceljs
  await actions.addComputedColumns({});
  expect(workbook.packaged).toBe(true);
  const task = await workbook.readSheet(unknown.sheet);
  expect(task.rows.flat()).toContain('市教体局');
  expect(task.rows.flat()).toContain('完成率');
  const third = readZipDirectory(await workbook.save());
  const changedAgain = [...third.values()].filter((e) => before.get(e.name.toLowerCase())?.crc32 !== e.crc32).map((e) => e.name).sort();
  expect(changedAgain).toEqual(['xl/styles.xml', 'xl/worksheets/sheet1.xml']);
});

test.each(['cell-zzzzzz.xlsx', 'row-2147483647.xlsx', 'billion-laughs.xlsx'])('a hostile package (%s) is refused by the reader before anything else sees it', async (name) => {
  await expect(PackageWorkbook.open(new Uint8Array(fs.readFileSync(path.join(HOSTILE, name))))).rejects.toBeInstanceOf(XlsxReadError);
});

test('the generated sheets written in one pass read back as written one by one, names and progress included', async () => {
  const bytes = await sampleBytes();
  const grids = await readXlsxGrids(bytes);
  const report = buildReport(grids, { today: { year: 2023, month: 7, day: 10 } });
  const specs = summarySheets(report, { generatedAt: '2023-07-10 10:00', asOf: report.asOf });
  const oneByOne = await PackageWorkbook.open(bytes);
  const names: string[] = [];
  for (const spec of specs) names.push(await oneByOne.writeGeneratedSheet(spec));
  const inOnePass = await PackageWorkbook.open(bytes);
  const progress: [number, number][] = [];
  expect(await inOnePass.writeGeneratedSheets(specs, { onProgress: (done, total) => void progress.push([done, total]) })).toEqual(names);
  const total = specs.reduce((n, s) => n + s.rows.length, 0);
  // at least once per sheet, never going back, ending with every row
  expect(progress.length).toBeGreaterThanOrEqual(specs.length);
  expect(progress[progress.length - 1]).toEqual([total, total]);
  expect(progress.every(([done, of], i) => of === total && (i === 0 || done >= progress[i - 1][0]))).toBe(true);
  expect(await inOnePass.listSheets()).toEqual(await oneByOne.listSheets());
  expect(await inOnePass.readAll()).toEqual(await oneByOne.readAll());
});
