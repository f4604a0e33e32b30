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
