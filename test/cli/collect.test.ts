// Round trip of returns: forms out for the sample's units, three filled as units fill them, a Word submission, then collect.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { Document, Packer, Paragraph } from 'docx';
import { run } from '../../src/cli/main';
import { FileWorkbook } from '../../src/workbook/file';
import { parseSubmissionName } from '../../src/core/returns';

const io = () => {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void err.push(t) }, out, err };
};

async function fill(file: string, rows: (string | number | null)[][], progress: [string, string, string][] = [], renameTo?: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('报送登记')!;
  rows.forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 2, c + 1).value = v)));
  const ps = wb.getWorksheet('进展')!;
  for (const [seq, status, date] of progress) {
    for (let r = 2; r <= ps.rowCount; r++) {
      if (String(ps.getCell(r, 1).value) === seq) {
        ps.getCell(r, 3).value = status;
        ps.getCell(r, 4).value = date;
      }
    }
  }
  const target = renameTo ? path.join(path.dirname(file), renameTo) : file;
  await wb.xlsx.writeFile(target);
  if (renameTo) await fs.unlink(file);
  return target;
}

async function ledgerRows(file: string): Promise<string[][]> {
  const wb = await FileWorkbook.load(await fs.readFile(file));
  const grid = (await wb.readAll()).find((g) => g.name === '报送台账')!;
  return grid.rows.map((r) => r.map((v) => (v === null ? '' : String(v))));
}

describe('duban forms and collect', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-collect-'));
    const init = io();
    expect(await run(['init', path.join(dir, 's.xlsx'), '--sample'], init.io)).toBe(0);
  });

  test('file names of Word submissions give unit and date in their usual variants', () => {
    expect(parseSubmissionName('市民政局-2023年5月8日工作信息.docx')).toEqual({ unitText: '市民政局', date: { year: 2023, month: 5, day: 8 } });
    expect(parseSubmissionName('金寨县_2023.5.9_工作信息.docx')).toEqual({ unitText: '金寨县', date: { year: 2023, month: 5, day: 9 } });
    expect(parseSubmissionName('市财政局 20230508 信息.docx')).toEqual({ unitText: '市财政局', date: { year: 2023, month: 5, day: 8 } });
    expect(parseSubmissionName('工作信息.docx')).toBeNull();
    expect(parseSubmissionName('市民政局-2023年2月30日.docx')).toBeNull();
  });

  test('forms for every unit, three filled, a Word submission, then collect: rows added with 来源, duplicate once, bad rows with reasons', async () => {
    const c = io();
    expect(await run(['forms', path.join(dir, 's.xlsx'), '-o', path.join(dir, 'forms'), '--month', '2023-06'], c.io)).toBe(0);
    const forms = await fs.readdir(path.join(dir, 'forms'));
    expect(forms.length).toBeGreaterThan(10);
    // 市教育局 is a misspelling of 市教体局 that check reports: no form of its own
    expect(forms.some((f) => f.startsWith('市教育局-'))).toBe(false);
    expect(forms.some((f) => f.startsWith('市教体局-'))).toBe(true);
    const formOf = (unit: string) => path.join(dir, 'forms', forms.find((f) => f.startsWith(`${unit}-`))!);
    const returns = path.join(dir, 'returns');
    await fs.mkdir(returns);
    for (const unit of ['市民政局', '市财政局', '金寨县人民政府']) await fs.copyFile(formOf(unit), path.join(returns, path.basename(formOf(unit))));
    const inReturns = (unit: string) => path.join(returns, path.basename(formOf(unit)));
    // 市民政局: two good rows, one duplicate of the first, one impossible date, one title typed in the media column
    await fill(inReturns('市民政局'), [
      ['2023-06-05', '市民政局开展低保政策宣传', '六安日报', '市级', '是', null, 1],
      ['2023-06-12', '民政惠民政策进社区', null, null, '否', null, 1],
      ['2023-06-05', '市民政局开展低保政策宣传', '六安日报', '市级', '是', null, 1],
      ['2023-06-31', '日期不对的一行', null, null, '否', null, 1],
      ['2023-06-20', null, '标题误填在媒体列', null, '否', null, 1],
    ]);
    // 市财政局: renamed file, one good row
    await fill(inReturns('市财政局'), [['2023-06-08', '财政资金保障民生工程', '安徽日报', '省级', '是', null, 1]], [], '财政局返回的表.xlsx');
    // 金寨县人民政府 sent nothing new (empty form returned)
    const word = path.join(returns, '市民政局-2023年6月9日工作信息.docx');
    const doc = new Document({ sections: [{ children: [new Paragraph('民政局六月份民生工程宣传工作信息'), new Paragraph('正文……')] }] });
    await fs.writeFile(word, await Packer.toBuffer(doc));
    await fs.writeFile(path.join(returns, '无单位名的文件.docx'), await Packer.toBuffer(doc));
    // an alias (金寨县 for 金寨县人民政府) and another way of writing the date
    const jinzhai = new Document({ sections: [{ children: [new Paragraph(''), new Paragraph('金寨县民生工程宣传周活动启动')] }] });
    await fs.writeFile(path.join(returns, '金寨县_2023.6.9_工作信息.docx'), await Packer.toBuffer(jinzhai));
    const actualOf = async (file: string) => {
      const rep = io();
      await run(['report', file, '-o', path.join(dir, `r-${path.basename(file)}`), '--month', '2023-06', '--json'], rep.io);
      const units = (JSON.parse(rep.out.join('')) as { units: { unit: string; actual: number }[] }).units;
      return Object.fromEntries(units.map((u) => [u.unit, u.actual]));
    };
    const actualBefore = await actualOf(path.join(dir, 's.xlsx'));

    const before = await ledgerRows(path.join(dir, 's.xlsx'));
    const out = path.join(dir, 'out.xlsx');
    const r = io();
    expect(await run(['collect', path.join(dir, 's.xlsx'), returns, '-o', out, '--month', '2023-06', '--notice', path.join(dir, '催办通知.docx')], r.io)).toBe(0);
    const text = r.out.join('\n');
    expect(text).toContain('新增 5 行');
    expect(text).toContain('重复 1 行');
    expect(text).toContain('日期“2023-06-31”无法识别');
    expect(text).toContain('缺少标题');
    expect(text).toContain('无单位名的文件.docx');
    const after = await ledgerRows(out);
    // nothing of the master lost: every earlier row is still there, in place
    before.forEach((row, i) => expect(after[i].slice(0, row.length)).toEqual(row));
    const added = after.slice(before.length).filter((row) => row.some((v) => v !== ''));
    expect(added.map((row) => row[1])).toEqual(['市民政局', '市民政局', '市财政局', '市民政局', '金寨县人民政府']);
    expect(added.map((row) => row[row.length - 1])).toEqual([
      path.basename(inReturns('市民政局')), path.basename(inReturns('市民政局')), '财政局返回的表.xlsx', '市民政局-2023年6月9日工作信息.docx', '金寨县_2023.6.9_工作信息.docx',
    ]);
    expect(added[3][2]).toBe('民政局六月份民生工程宣传工作信息');
    expect(added[4][2]).toBe('金寨县民生工程宣传周活动启动');
    // duban report counts the collected rows: 市民政局 +3, 市财政局 +1, 金寨县人民政府 +1 in June
    const actualAfter = await actualOf(out);
    expect(actualAfter['市民政局'] - actualBefore['市民政局']).toBe(3);
    expect(actualAfter['市财政局'] - actualBefore['市财政局']).toBe(1);
    expect(actualAfter['金寨县人民政府'] - actualBefore['金寨县人民政府']).toBe(1);
    // who has not reported: 金寨县 returned an empty form, most units returned nothing
    expect(text).toMatch(/未报送（\d+）：.*市委宣传部（未返回填报表）/);
    await expect(fs.stat(path.join(dir, '催办通知.docx'))).resolves.toBeTruthy();
    const wb = await FileWorkbook.load(await fs.readFile(out));
    expect((await wb.listSheets()).map((s) => s.name)).toContain('收集情况');

    // collecting the same returns into the result changes nothing in the ledger
    const again = path.join(dir, 'out2.xlsx');
    const r2 = io();
    expect(await run(['collect', out, returns, '-o', again, '--month', '2023-06'], r2.io)).toBe(0);
    expect(r2.out.join('\n')).toContain('新增 0 行');
    expect(await ledgerRows(again)).toEqual(after);
  }, 120_000);
});
