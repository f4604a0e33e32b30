// Columns a clerk added to 报送登记 (版面, 类型, 批示, 链接, 字数): where the office's 报送台账 has a column of that kind (the
// ledger's own header words, as its scoring rules read them), the value goes there; else it is listed with why. Written before running.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { cellText } from '../../src/core/sheets/grid';
import { FileWorkbook } from '../../src/workbook/file/file';
import { duban } from '../helpers/cli';
import { at, formName, lineChecker, openWorkbook, sampleWithForms, typeRows } from '../helpers/returns';
import { sheetNamed } from '../helpers/grids';


test('duban collect: an added column fills the ledger column of its kind, or is listed saying the ledger has none', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-added-'));
  try {
    // the office's ledger scores 版面, 批示 and 字数 (its 考核办法): three columns after 数量
    const { master, forms, back } = await sampleWithForms(dir, async (file) => {
      const wb = await openWorkbook(file);
      const header = wb.getWorksheet('报送台账')!.getRow(1);
      const last = header.cellCount;
      ['版面', '领导批示', '字数'].forEach((h, i) => (header.getCell(last + 1 + i).value = h));
      await wb.xlsx.writeFile(file);
    });
    const mz = formName('市民政局');
    {
      const wb = await openWorkbook(path.join(forms, mz));
      const sub = wb.getWorksheet('报送登记')!;
      ['版面', '类型', '批示', '链接', '字数'].forEach((h, i) => (sub.getCell(1, 8 + i).value = h));
      const rows: [number, ExcelJS.CellValue[]][] = [
        [2, [at('2023-06-15'), '民政局：防汛宣传进社区', '皖西日报', '市级', '是', 3, 1, '头版', '消息', '市委书记批示', 'https://www.wxrb.com/a/1', '约1,200字']],
        [3, [at('2023-06-16'), '民政局：低保提标政策解读', '六安发布', '市级', '是', 2, 1, null, null, null, null, '一千多']],
      ];
      typeRows(sub, rows);
      await wb.xlsx.writeFile(path.join(back, mz));
    }
    const out = path.join(dir, 'collected.xlsx');
    const res = await duban('collect', master, back, '-o', out, '--month', '2023-06');
    if (process.env.SHOW_COLLECT) console.log(res.out);
    expect(res.err).toBe('');
    const ledger = sheetNamed(await (await FileWorkbook.load(await fs.readFile(out))).readAll(), '报送台账');
    const header = ledger.rows[0].map((v) => cellText(v));
    const col = (h: string) => header.indexOf(h);
    const rowOf = (title: string) => ledger.rows.find((r) => cellText(r[col('标题')]) === title)!;
    const first = rowOf('民政局：防汛宣传进社区');
    expect([first[col('版面')], first[col('领导批示')], first[col('字数')]]).toEqual(['头版', '市委书记批示', 1200]);
    const second = rowOf('民政局：低保提标政策解读');
    expect([second[col('版面')], second[col('领导批示')], second[col('字数')]].map((v) => cellText(v))).toEqual(['', '', '']);

    const lines = res.out.split('\n');
    const line = lineChecker(res.out);
    line(`请核实 ${mz} 第2行`, 'I2', '类型', '消息', '没有类型列');
    line(`请核实 ${mz} 第2行`, 'K2', '链接', 'https://www.wxrb.com/a/1', '没有链接列');
    line(`请核实 ${mz} 第2行`, 'J2', '市委书记批示', '已写入', '核实');
    line(`请核实 ${mz} 第3行`, 'L3', '一千多', '不是字数');
    expect(lines.filter((l) => l.includes(mz) && l.includes('版面'))).toHaveLength(0);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
