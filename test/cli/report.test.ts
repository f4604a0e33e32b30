// The `duban report` command: counts against quotas, scoring caps, unknown media, regeneration, safety.
import type ExcelJS from 'exceljs';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { duban } from '../helpers/cli';

let dir: string;
const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/** A clerk's workbook: 甲镇 must send 每月不少于2篇; 12 rows Jan–Jun, one in July, many central adoptions. */
async function townWorkbook(file: string): Promise<void> {
  const wb = new Workbook();
  const tasks = wb.addWorksheet('任务分工表');
  tasks.addRow(['2024年乡镇宣传任务分工表']);
  tasks.addRow(['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标']);
  tasks.addRow([1, '加强民生工程信息宣传。', '甲镇', '', '每月', '每月不少于2篇']);
  tasks.addRow([2, '发放一封信。', '乙镇', '', '2024年3月29日', '']);
  const units = wb.addWorksheet('单位名录');
  units.addRow(['单位名称', '别名', '类型', '所属分组']);
  units.addRow(['甲镇', '甲', '镇', '各镇']);
  units.addRow(['乙镇', '', '镇', '各镇']);
  const media = wb.addWorksheet('媒体名录');
  media.addRow(['媒体名称', '级别', '别名']);
  media.addRow(['人民日报', '中央级', '']);
  media.addRow(['安徽日报', '省级', '']);
  const ledger = wb.addWorksheet('报送台账');
  ledger.addRow(['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量']);
  for (let m = 1; m <= 6; m++) {
    ledger.addRow([utc(2024, m, 3), '甲镇', `甲镇${m}月信息一`, '人民日报', '', '是', 1, 1]);
    ledger.addRow([utc(2024, m, 18), '甲镇', `甲镇${m}月信息二`, '某某自媒体', '', '是', 1, 1]);
  }
  ledger.addRow([utc(2024, 7, 2), '甲镇', '甲镇7月信息', '人民日报', '', '是', 1, 1]);
  ledger.addRow([utc(2024, 2, 5), '乙镇', '=1+1', '安徽日报', '', '是', '', 1]);
  ledger.addRow(['2024-13-01', '乙镇', '日期有误', '安徽日报', '', '否', '', 1]);
  await wb.xlsx.writeFile(file);
}

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-report-'));
  await townWorkbook(path.join(dir, 'town.xlsx'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const file = (name: string) => path.join(dir, name);

describe('duban report', () => {
  test('甲镇: expected 12, actual 12, completion 1; July does not count; central adoptions capped at 40; unknown outlet scores 0 and is reported', async () => {
    const r = await duban('report', file('town.xlsx'), '-o', file('out.xlsx'), '--from', '2024-01-01', '--to', '2024-06-30', '--as-of', '2024-06-30', '--json');
    const json = JSON.parse(r.out);
    expect(json.period).toEqual({ from: '2024-01-01', to: '2024-06-30' });
    const town = json.units.find((u: { unit: string }) => u.unit === '甲镇');
    expect(town).toMatchObject({ expected: 12, actual: 12, completion: 1, adopted: { 中央级: 6, 省级: 0, 市级: 0, 县级: 0 }, adoptionPoints: 40, overdue: 0 });
    expect(town.total).toBe(80);
    const other = json.units.find((u: { unit: string }) => u.unit === '乙镇');
    expect(other).toMatchObject({ expected: 0, actual: 1, completion: null, adoptionPoints: 5, overdue: 1 });
    // no quota: completion does not apply (issue 19: neither the full 40 nor 0): 5 adoption − 2 overdue
    expect(other.total).toBe(3);
    expect(other.notApplicable[0]).toEqual({ component: 'submission', reason: '本期无报送指标' });
    expect(json.units.map((u: { rank: number }) => u.rank)).toEqual([1, 2]);
    const unknownMedia = json.issues.filter((i: { code: string }) => i.code === 'LEDGER_UNKNOWN_MEDIA');
    // one outlet on six rows: one issue naming them all
    expect(unknownMedia).toHaveLength(1);
    expect(unknownMedia[0]).toMatchObject({ severity: 'warning', sheet: '报送台账', cell: 'D3', cells: ['D3', 'D5', 'D7', 'D9', 'D11', 'D13'] });
    expect(unknownMedia[0].message).toContain('某某自媒体');
    expect(unknownMedia[0].message).toContain('共 6 行');
    expect(json.issues.find((i: { code: string }) => i.code === 'LEDGER_BAD_DATE')).toMatchObject({ severity: 'error', cell: 'A16' });
    expect(r.code).toBe(1);
  });

  test('adding the July row to the window counts it', async () => {
    const json = JSON.parse((await duban('report', file('town.xlsx'), '-o', file('out-july.xlsx'), '--from', '2024-01-01', '--to', '2024-07-31', '--json')).out);
    expect(json.units.find((u: { unit: string }) => u.unit === '甲镇')).toMatchObject({ expected: 14, actual: 13 });
  });

  test('--month gives the whole month and names the bulletin 月度通报-YYYY-MM', async () => {
    const r = await duban('report', file('town.xlsx'), '-o', file('june.xlsx'), '--month', '2024-06');
    expect(r.out).toContain('通报期间 2024-06-01 至 2024-06-30');
    const wb = new Workbook();
    await wb.xlsx.readFile(file('june.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      '任务分工表', '单位名录', '媒体名录', '报送台账', '校验结果', '单位任务清单', '月度通报-2024-06', '得分明细', '逾期预警', '年度考核-2024',
    ]);
    const bulletin = wb.getWorksheet('月度通报-2024-06')!;
    expect(String(bulletin.getCell('A2').value)).toMatch(/^生成于 \d{4}-\d\d-\d\d \d\d:\d\d，数据截至 /);
    expect(bulletin.getRow(3).values).toContain('总分');
    expect(bulletin.getCell('B4').value).toBe('甲镇');
  });

  test('running report on its own output leaves one copy of each generated sheet and the input sheets equal in value', async () => {
    await duban('report', file('town.xlsx'), '-o', file('once.xlsx'), '--month', '2024-06');
    await duban('report', file('once.xlsx'), '-o', file('twice.xlsx'), '--month', '2024-06');
    const [input, once, twice] = await Promise.all(['town.xlsx', 'once.xlsx', 'twice.xlsx'].map(async (f) => {
      const wb = new Workbook();
      await wb.xlsx.readFile(file(f));
      return wb;
    }));
    expect(twice.worksheets.map((w) => w.name)).toEqual(once.worksheets.map((w) => w.name));
    const values = (wb: ExcelJS.Workbook, name: string) => wb.getWorksheet(name)!.getSheetValues();
    for (const sheet of input.worksheets) {
      expect(values(twice, sheet.name)).toEqual(values(input, sheet.name));
    }
  });

  test('text from the user that looks like a formula survives as text', async () => {
    const wb = new Workbook();
    await wb.xlsx.readFile(file('june.xlsx'));
    expect(wb.getWorksheet('报送台账')!.getCell('C15').value).toBe('=1+1');
  });

  test('refuses OUT equal to FILE, and a missing -o', async () => {
    const same = await duban('report', file('town.xlsx'), '-o', file('town.xlsx'));
    expect(same.code).toBe(2);
    expect(same.err).toContain('不能与输入文件相同');
    expect((await duban('report', file('town.xlsx'))).code).toBe(2);
  });

  test('leaves no temporary file behind', async () => {
    const names = await fs.readdir(dir);
    expect(names.filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
