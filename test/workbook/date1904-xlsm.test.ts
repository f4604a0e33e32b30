// Exact output: a 1904 workbook's generated dates follow its date system, an .xlsm stays an .xlsm, non-finite numbers are error cells.
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unzipSync, zipSync, strToU8, strFromU8 } from 'fflate';
import { duban } from '../helpers/cli';
import { readPackageFacts, readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { patchGeneratedSheets } from '../../src/workbook/sheet-edit/xlsx-patch';

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-1904-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** A task sheet whose deadline 2023-05-31 (a Wednesday) is overdue on 2023-06-15, as Mac Excel would save it in the 1904 system. */
async function taskWorkbook(date1904: boolean): Promise<Buffer> {
  const wb = new Workbook();
  wb.properties.date1904 = date1904;
  const ws = wb.addWorksheet('任务分工表');
  ws.addRow(['六安市2023年宣传任务分工表']);
  ws.addRow(['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标']);
  ws.addRow([1, '开设专栏，发布暖民心行动政策。', '市委宣传部', '市发改委', new Date(Date.UTC(2023, 4, 31)), '']);
  ws.getCell('E3').numFmt = 'yyyy-mm-dd';
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** The civil dates (yyyy-mm-dd) of every date cell of a sheet, as exceljs (honouring the date system) reads them. */
async function datesIn(file: string, sheet: string): Promise<string[]> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const out: string[] = [];
  wb.getWorksheet(sheet)?.eachRow((row) => row.eachCell((cell) => {
    if (cell.value instanceof Date) out.push(cell.value.toISOString().slice(0, 10));
  }));
  return out;
}

test('a 1904 workbook: the task sheet reads 2023-05-31 and 逾期预警 shows 2023-05-31', async () => {
  const input = path.join(dir, 'mac.xlsx');
  await fs.writeFile(input, await taskWorkbook(true));
  expect((await readPackageFacts(await fs.readFile(input))).date1904).toBe(true);
  expect(await datesIn(input, '任务分工表')).toEqual(['2023-05-31']);
  const out = path.join(dir, 'mac-out.xlsx');
  const r = await duban('report', input, '-o', out, '--as-of', '2023-06-15');
  expect(r.err).toBe('');
  expect(await datesIn(out, '逾期预警')).toContain('2023-05-31');
  // and the same workbook in the 1900 system gives the same dates
  const plain = path.join(dir, 'win.xlsx');
  await fs.writeFile(plain, await taskWorkbook(false));
  const plainOut = path.join(dir, 'win-out.xlsx');
  await duban('report', plain, '-o', plainOut, '--as-of', '2023-06-15');
  expect(await datesIn(plainOut, '逾期预警')).toEqual(await datesIn(out, '逾期预警'));
});

/** The workbook turned into an .xlsm: the macro-enabled content type and a vbaProject part with its relationship. */
async function asXlsm(bytes: Buffer): Promise<Buffer> {
  const parts = unzipSync(new Uint8Array(bytes));
  const types = strFromU8(parts['[Content_Types].xml'])
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  parts['[Content_Types].xml'] = strToU8(types);
  parts['xl/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]);
  parts['xl/_rels/workbook.xml.rels'] = strToU8(strFromU8(parts['xl/_rels/workbook.xml.rels']).replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  return Buffer.from(zipSync(parts));
}

test('an .xlsm reported into an .xlsm keeps its macros and its content type; into .xlsx it is refused', async () => {
  const input = path.join(dir, 'macros.xlsm');
  await fs.writeFile(input, await asXlsm(await taskWorkbook(false)));
  const out = path.join(dir, 'macros-out.xlsm');
  const r = await duban('report', input, '-o', out, '--as-of', '2023-06-15');
  expect(r.err).toBe('');
  const parts = unzipSync(new Uint8Array(await fs.readFile(out)));
  expect(parts['xl/vbaProject.bin']).toEqual(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
  expect((await readPackageFacts(await fs.readFile(out))).macroEnabled).toBe(true);
  const refused = await duban('report', input, '-o', path.join(dir, 'macros-out.xlsx'), '--as-of', '2023-06-15');
  expect(refused.code).toBe(2);
  expect(refused.err).toMatch(/启用宏.*\.xlsm/);
  const plainAsXlsm = await duban('report', path.join(dir, 'win.xlsx'), '-o', path.join(dir, 'win.xlsm'), '--as-of', '2023-06-15');
  expect(plainAsXlsm.code).toBe(2);
  expect(plainAsXlsm.err).toMatch(/不含宏/);
});

test('a non-finite number in a generated sheet is an error cell, not Infinity', async () => {
  const bytes = await taskWorkbook(false);
  const { bytes: patched } = await patchGeneratedSheets(new Uint8Array(bytes), [{ name: '测试', rows: [[{ value: Infinity }, { value: Number.NaN }, { value: 3 }]] } as never]);
  const grid = (await readXlsxGrids(patched)).find((g) => g.name === '测试')!;
  expect(grid.rows[0]).toEqual([{ error: '#NUM!' }, { error: '#NUM!' }, 3]);
});
