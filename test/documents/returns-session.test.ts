// Returned files as a clerk receives them: old Office formats refused with what to do, and Word names without a year read in the period's year.
import { Document, Packer, Paragraph } from 'docx';
import { readReturnedFiles } from '../../src/documents/returns-session';
import { d } from '../helpers/grids';

test('old Word/Excel/WPS files and other files are listed with the reason and the fix, never read', async () => {
  const file = (name: string) => ({ name, bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), received: null });
  const read = await readReturnedFiles([file('市民政局-2023年5月8日工作信息.doc'), file('市民政局填报表.xls'), file('信息.wps'), file('扫描件.pdf')]);
  expect(read.unreadable.map((u) => u.reason)).toEqual([
    '是旧版 Word/WPS 文字文件（.doc/.wps），无法读取：请在 Word/WPS 中另存为 .docx 后再收集',
    '是旧版 Excel/WPS 表格文件（.xls/.et），无法读取：请在 Excel/WPS 中另存为 .xlsx 后再收集',
    '是旧版 Word/WPS 文字文件（.doc/.wps），无法读取：请在 Word/WPS 中另存为 .docx 后再收集',
    '不是 .xlsx 或 .docx 文件，未读取',
  ]);
});

test('a Word submission named without a year is read in the year of the period collected, and says so', async () => {
  const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('市民政局开展养老服务宣传')] }] })));
  const files = [{ name: '【市民政局】5月8日工作信息.docx', bytes, received: null }];
  expect((await readReturnedFiles(files)).unreadable.map((u) => u.file)).toEqual(['【市民政局】5月8日工作信息.docx']);
  const read = await readReturnedFiles(files, undefined, { from: d('2023-05-01'), to: d('2023-05-31') });
  expect(read.submissions).toEqual([{ file: '【市民政局】5月8日工作信息.docx', unitText: '市民政局', date: d('2023-05-08'), title: '市民政局开展养老服务宣传', yearFromPeriod: true }]);
});

test('a form carries the 填报日期 its unit fills in under the label in 填报说明, read back as the form\'s own date', async () => {
  const { formSheets } = await import('../../src/core/returns');
  const { FileWorkbook } = await import('../../src/workbook/file/file');
  const ExcelJS = (await import('exceljs')).default;
  const period = { from: d('2023-06-01'), to: d('2023-06-30') };
  const form = FileWorkbook.create();
  await form.addSheets(formSheets({ unit: '市民政局', campaign: '暖民心行动宣传', period, tasks: [], mediaNames: [] }));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await form.save()) as unknown as ArrayBuffer);
  const guide = wb.getWorksheet('填报说明')!;
  expect(String(guide.getCell('A4').value)).toMatch(/^填报日期/);
  expect(guide.getCell('A5').protection?.locked).toBe(false);
  guide.getCell('A5').value = new Date(Date.UTC(2023, 6, 9));
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  const read = await readReturnedFiles([{ name: '市民政局-填报表.xlsx', bytes, received: d('2023-07-01'), receivedFrom: 'mtime' }]);
  const data = read.returns[0].data;
  expect(data.guide?.unit).toBe('市民政局');
  expect(data.guide?.period).toBe('2023-06-01至2023-06-30');
  expect(data.guide?.filledOn).toBe(45116); // 2023-07-09 as an Excel serial (45000 = 2023-03-15)
});
