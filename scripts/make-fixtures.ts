// Builds the messy fixture workbooks under test/fixtures with exceljs directly, as a clerk's Excel would
// save them (titles, merged sections, repeated headers, jammed units, holidays). Run: npm run fixtures
import ExcelJS from 'exceljs';
import * as path from 'path';
import { FileWorkbook } from '../src/workbook/file/file';
import { sampleSheets } from '../src/core/sheets/sample';
import { readSampleTexts } from '../src/cli/io';

const DIR = path.resolve(__dirname, '..', 'test', 'fixtures');
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

function registrySheet(wb: ExcelJS.Workbook, rows: string[][]): void {
  const ws = wb.addWorksheet('单位名录');
  ws.addRow(['单位名称', '别名', '类型', '所属分组']);
  for (const r of rows) ws.addRow(r);
}

/** Title rows, merged section bands, a repeated header, merged lead cells, every deadline form. */
async function messy(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('2024分工');
  ws.addRow(['屯溪区2024年民生工程宣传任务分工表']);
  ws.mergeCells('A1:G1');
  ws.addRow(['（2024年3月修订）']);
  ws.addRow([]);
  ws.addRow(['编号', '具体措施', '责任单位', '配合单位（部门）', '完成时间', '频次', '完成情况']);
  ws.addRow(['一、夯实宣传阵地']);
  ws.mergeCells('A5:G5');
  ws.addRow([1, '巩固基层宣传阵地建设，摆放民生工程政策解读展板。', '各镇', '区民生办', '2024年6月10日', '每月不少于2篇', '']); // 6: 端午节
  ws.addRow([2, '继续开设民生工程专栏。', '区委宣传部区融媒体中心', '区民生办、区民生办', '2024-09-29', '每月至少完成两次', '']); // 7: make-up Sunday; jammed; duplicate coop
  ws.addRow([3, '开展民生工程宣传月活动。', '区民生办', '区民生办、各街道', '**月**日前', '5月、10月各1次', '']); // 8
  ws.addRow([4, '发放民生工程政策宣传一封信。', '区民生办', '', '2月30日', '不少于3场', '']); // 9
  ws.addRow(['（二）创新宣传方式']); // 10: text-only section row
  ws.addRow([5, '强化主流媒体宣传。', '区财政局', '区融媒体中心', utc(2024, 5, 31), '', '已完成']); // 11: Excel date
  ws.addRow([6, '加强网络媒体宣传。', '区教育局', '', '尽快', '加强宣传', '']); // 12: unknown unit, unparsed
  ws.addRow([6, '强化短视频宣传力度。', '区融媒体中心', '', '会前3天', '', '']); // 13: duplicate seq, relative
  ws.addRow([]);
  ws.addRow(['编号', '具体措施', '责任单位', '配合单位（部门）', '完成时间', '频次', '完成情况']); // 15: page-break header
  ws.addRow([7, '加强民生工程信息宣传。', '区人社局', '', '次年1月上旬', '每个项目每月不得少于1篇', '']); // 16
  ws.addRow([8, '其他形式宣传。', '', '', '2023年12月31日', '', '']); // 17: same unit merged from 16? no: missing lead
  ws.addRow([9, '加强日常宣传力度。', '区文旅局', '区人社局', '年底前', '', '']); // 18
  ws.addRow([10, '拓展基层宣传深度。', null, '', '5月底前', '', '未完成']); // 19: lead merged from 18
  ws.mergeCells('C18:C19');
  ws.addRow([11, '', '区民生办', '', '长期坚持', '', '']); // 20: empty task
  ws.addRow([12, '提高信息宣传精度。', '区民生办', '', '每月', '', '']); // 21
  ws.getCell('F21').value = { error: '#REF!' } as ExcelJS.CellErrorValue;
  ws.addRow(['注：本表由区民生办负责解释。']); // 22: note row
  registrySheet(wb, [
    ['区民生办', '区民生工作领导小组办公室', '区直部门', '区直各责任单位'],
    ['区委宣传部', '', '党委部门', '区直各责任单位'],
    ['区融媒体中心', '融媒体中心', '媒体单位', ''],
    ['区财政局', '', '区直部门', '区直各责任单位'],
    ['区教体局', '区教育体育局', '区直部门', '区直各责任单位'],
    ['区人社局', '区人力资源社会保障局', '区直部门', '区直各责任单位'],
    ['区文旅局', '区文化和旅游局', '区直部门', '区直各责任单位'],
    ['屯光镇', '', '镇', '各镇'],
    ['奕棋镇', '', '镇', '各镇'],
    ['阳湖镇', '', '镇', '各镇'],
    ['昱中街道', '', '街道', '各街道'],
    ['老街街道', '', '街道', '各街道'],
  ]);
  await wb.xlsx.writeFile(path.join(DIR, 'messy.xlsx'));
}

/** The 2023–2026 holidays and make-up working days, a year without data, and a 节假日 sheet. */
async function holidays(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('任务分工表');
  ws.addRow(['序号', '工作任务', '牵头单位', '配合单位', '截止时间']);
  const rows: [string, string][] = [
    ['国庆调休上班（周六）', '2023-10-07'],
    ['国庆假期', '2023-10-02'],
    ['中秋国庆前夕（周五）', '2023-09-28'],
    ['春节调休上班（周日）', '2024-02-04'],
    ['端午节', '2024-06-10'],
    ['国庆调休上班（周日）', '2024-09-29'],
    ['劳动节调休上班（周日）', '2025-04-27'],
    ['国庆调休上班（周六）', '2025-10-11'],
    ['春节调休上班（周六）', '2026-02-14'],
    ['国庆调休上班（周六）', '2026-10-10'],
    ['普通周六', '2026-06-13'],
    ['没有节假日数据的年份', '2028-03-01'],
    ['节假日表补充的休息日', '2027-01-01'],
    ['节假日表补充的调休上班日（周日）', '2027-02-07'],
  ];
  rows.forEach(([task, date], i) => ws.addRow([i + 1, task, '市民生办 市委宣传部', '市发改委，市民政局', date]));
  const hs = wb.addWorksheet('节假日');
  hs.addRow(['日期', '类型', '名称']);
  hs.addRow([utc(2027, 1, 1), '休息日', '元旦']);
  hs.addRow([utc(2027, 2, 7), '工作日', '春节调休上班']);
  await wb.xlsx.writeFile(path.join(DIR, 'holidays.xlsx'));
}

/** A workbook with no task-division sheet at all. */
async function noHeader(): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['会议纪要']);
  ws.addRow(['时间', '地点', '参会人员']);
  await wb.xlsx.writeFile(path.join(DIR, 'no-header.xlsx'));
}

/** The built-in sample, as `duban init --sample` writes it. */
async function sample(): Promise<void> {
  const wb = FileWorkbook.create();
  await wb.addSheets(sampleSheets(await readSampleTexts()));
  const { promises: fs } = await import('fs');
  await fs.writeFile(path.join(DIR, 'sample.xlsx'), await wb.save());
}

async function main(): Promise<void> {
  await Promise.all([messy(), holidays(), noHeader(), sample()]);
  console.log(`fixtures written to ${DIR}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
