// The pane's collect against the CLI's (issue 21 item 6): the preview lists every 请核实 item the CLI prints (from one list in
// core), and 确认写入 generates the workbook's generated sheets again from the new rows, naming a 通报 of another period it cannot.
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { unzipSync } from 'fflate';
import { readSampleTexts } from '../../src/cli/io';
import { collectItemLine, collectItems, collectSheet } from '../../src/core/returns';
import { sampleSheets } from '../../src/core/sheets/sample';
import { cellText } from '../../src/core/sheets/grid';
import { PaneActions } from '../../src/taskpane/actions';
import { FileWorkbook } from '../../src/workbook/file/file';

/** 2023-07-03 10:05 in China. */
const CLOCK = { now: () => Date.UTC(2023, 6, 3, 2, 5) };
const HALF_YEAR = { from: { year: 2023, month: 1, day: 1 }, to: { year: 2023, month: 6, day: 30 } };
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

async function word(title: string): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), new Paragraph('正文。')] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function filled(form: Uint8Array, rows: (string | number | Date | null)[][]): Promise<Uint8Array> {
  const wb = new Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('报送登记')!;
  rows.forEach((r, i) => r.forEach((v, c) => (sheet.getCell(i + 2, c + 1).value = v)));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe('收集填报 in the pane: what the CLI knows, and sheets that do not go stale', () => {
  let port: FileWorkbook;
  let actions: PaneActions;

  beforeAll(async () => {
    port = FileWorkbook.create();
    await port.addSheets(sampleSheets(await readSampleTexts()));
    actions = new PaneActions(port, CLOCK);
  });

  test('the default period is the month of the as-of date (设置 统计截止日 2023-06-30), as in the CLI', async () => {
    const view = await actions.check({});
    expect(view.period).toEqual({ from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } });
  });

  test('the preview lists the 请核实 items: a level the 媒体名录 corrects, an outlet it lacks, a Word file of another month', async () => {
    // a 通报 of the half year and the month's sheets, generated before the collect
    await actions.generate({ period: HALF_YEAR });
    await actions.generate({});
    const forms = unzipSync((await actions.formsZip({})).bytes);
    const name = Object.keys(forms).find((n) => n.startsWith('市民政局-'))!;
    expect(name).toBe('市民政局-填报表-2023-06-01至2023-06-30.xlsx');
    const form = await filled(forms[name], [
      // media.csv lists 安徽日报 as 省级: the unit's 市级 is corrected; 金寨融媒 is in no directory
      [day('2023-06-05'), '市民政局开展低保政策宣传', '安徽日报', '市级', '是', 3, 1],
      [day('2023-06-06'), '市民政局走进社区讲政策', '金寨融媒', '县级', '是', 3, 1],
    ]);
    const preview = await actions.collectPreview({}, [
      { name, bytes: form, received: { year: 2023, month: 7, day: 3 } },
      { name: '霍山县-2023年5月28日工作信息.docx', bytes: await word('霍山县开展老年助餐服务宣传'), received: null },
      { name: '金寨县-6月9日工作信息.docx', bytes: await word('金寨县举办就业帮扶专场招聘会'), received: null },
    ]);
    const check = collectItems(preview.result).check.map(collectItemLine);
    expect(check).toEqual(expect.arrayContaining([
      expect.stringMatching(/^市民政局-填报表-2023-06-01至2023-06-30\.xlsx 第2行：.*安徽日报.*省级.*市级/),
      expect.stringMatching(/^市民政局-填报表-2023-06-01至2023-06-30\.xlsx 第3行：.*金寨融媒.*不在媒体名录中/),
      expect.stringMatching(/^霍山县-2023年5月28日工作信息\.docx：.*2023-05-28 不在本期/),
      expect.stringMatching(/^金寨县-6月9日工作信息\.docx：文件名中没有年份，按本期记为 2023-06-09/),
    ]));
    expect(check).toHaveLength(4);
    expect(preview.notice).not.toBeNull();
    // 收集情况 prints landscape, one page wide, its title merged across the table and rows 1–3 repeated (it printed over 6 pages)
    const sheet = collectSheet(preview.result, '2023-07-03 10:05');
    expect(sheet.print).toEqual({ orientation: 'landscape', titleRows: 3 });
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 9 });

    // 确认写入: the month's generated sheets are written again; the half year's 通报 is named, not silently stale
    const before = cellText((await port.readSheet('月度通报-2023-06')).rows[1][0]);
    const done = await actions.collectApply(preview, {});
    expect(done.sheet).toBe('收集情况');
    expect(done.refreshed).toEqual(['校验结果', '单位任务清单', '月度通报-2023-06', '得分明细', '逾期预警', '年度考核-2023']);
    expect(done.stale).toEqual(['通报-20230101-20230630']);
    // the refreshed 通报 counts the new rows: 市民政局's 实报 for June went up by the two rows written
    const bulletin = await port.readSheet('月度通报-2023-06');
    expect(cellText(bulletin.rows[1][0])).toBe(before); // same clock, same stamp
    const header = bulletin.rows[2].map((v) => cellText(v));
    const row = bulletin.rows.find((r) => cellText(r[header.indexOf('单位')]) === '市民政局')!;
    const ledger = (await port.readSheet('报送台账')).rows;
    const juneRows = ledger.filter((r) => cellText(r[1]) === '市民政局' && typeof r[0] === 'number' && r[0] >= 45078 && r[0] <= 45107);
    expect(juneRows.length).toBeGreaterThanOrEqual(2);
    expect(row[header.indexOf('实报')]).toBe(juneRows.reduce((n, r) => n + (typeof r[7] === 'number' ? r[7] : 1), 0));
  });
});
