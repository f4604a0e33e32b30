// Rows a clerk withdrew by hand (hidden, struck through) and rows a filter only hides, in returned forms: the office expects a
// hidden or struck-through article not to count (the clerk put it away and kept a trace), said so naming the row; a struck cell
// that may withdraw only itself sent back naming it; a filter is a way of looking, its hidden rows read; a hidden column of the
// form is read and said, a hidden column of the clerk's own is not read and said. Written before running Duban.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { fromSerial, formatISO } from '../../src/core/dates/civil-date';
import { cellText } from '../../src/core/sheets/grid';
import { FileWorkbook } from '../../src/workbook/file/file';
import { duban } from '../helpers/cli';
import { at, formName, lineChecker, openWorkbook, sampleWithForms, typeRows } from '../helpers/returns';
import { sheetNamed, trimEnd } from '../helpers/grids';

const STRUCK = { strike: true, name: '宋体', size: 11 };
/** Strikes one cell through (exceljs shares a read style among cells: the cell gets a copy of its own). */
const strike = (cell: ExcelJS.Cell) => (cell.style = { ...cell.style, font: STRUCK });

describe('duban collect: rows withdrawn by hand', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-withdrawn-'));
  });
  afterAll(() => dir && fs.rm(dir, { recursive: true, force: true }));

  test('hidden and struck rows are not merged and are named; a doubtful strike is sent back; a filter hides nothing from the count', async () => {
    const { master, forms, back } = await sampleWithForms(dir);

    // 市民政局: one plain row, then each way a clerk withdraws a row, and two strikes that do not say what they withdraw
    const mz = formName('市民政局');
    {
      const wb = await openWorkbook(path.join(forms, mz));
      const sub = wb.getWorksheet('报送登记')!;
      const rows: [number, ExcelJS.CellValue[]][] = [
        [2, [at('2023-06-15'), '民政局：防汛宣传进社区', '六安发布', '市级', '是', 3, 1]],
        [3, [at('2023-06-16'), '民政局：隐藏撤回的一篇', '六安发布', '市级', '是', 3, 1]],
        [4, [at('2023-06-17'), '民政局：整行划掉的一篇', '皖西日报', '市级', '是', 3, 1]],
        [5, [at('2023-06-18'), '民政局：媒体划掉的一篇', '人民网', '中央级', '是', 2, 1]],
        [6, [at('2023-06-19'), { richText: [{ text: '民政局：养老服务' }, { text: '（初稿）', font: STRUCK }] }, '六安发布', '市级', '是', 2, 1]],
        [7, [at('2023-06-20'), '民政局：只划了标题的一篇', '六安发布', '市级', '是', 2, 1]],
      ];
      typeRows(sub, rows);
      sub.getRow(3).hidden = true;
      for (let c = 1; c <= 7; c++) strike(sub.getCell(4, c));
      strike(sub.getCell('C5'));
      strike(sub.getCell('B7'));
      // 进展: task 3 (row 4) reported done, then struck through
      const progress = wb.getWorksheet('进展')!;
      progress.getCell('C4').value = '已完成';
      progress.getCell('D4').value = at('2023-06-28');
      strike(progress.getCell('C4'));
      strike(progress.getCell('D4'));
      await wb.xlsx.writeFile(path.join(back, mz));
    }

    // 金寨县人民政府: a filter on 是否采用 that shows only 是 — the 否 row is hidden by the filter, not withdrawn
    const jz = formName('金寨县人民政府');
    {
      const wb = await openWorkbook(path.join(forms, jz));
      const sub = wb.getWorksheet('报送登记')!;
      const rows: [number, ExcelJS.CellValue[]][] = [
        [2, [at('2023-06-05'), '金寨县：红色旅游惠民', '金寨县融媒体中心', '县级', '是', 2, 1]],
        [3, [at('2023-06-06'), '金寨县：未采用的一篇', '安徽日报', '省级', '否', 2, 1]],
      ];
      typeRows(sub, rows);
      sub.getRow(3).hidden = true;
      sub.autoFilter = 'A1:G3';
      // 级别 hidden to print on one page, and a scratch column of the clerk's own, hidden: the one read, the other not
      sub.getCell('H1').value = '测算';
      sub.getCell('H2').value = 0.5;
      sub.getColumn(4).hidden = true;
      sub.getColumn(8).hidden = true;
      const bytes = await wb.xlsx.writeBuffer();
      // exceljs writes no filter criteria: put in the one Excel writes when 是否采用 is filtered to 是
      const zip = await JSZip.loadAsync(bytes);
      let found = false;
      for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
        const xml = await zip.file(name)!.async('string');
        if (!xml.includes('<autoFilter')) continue;
        found = true;
        zip.file(name, xml.replace(/<autoFilter ref="([^"]+)"\s*\/>/, '<autoFilter ref="$1"><filterColumn colId="4"><filters><filter val="是"/></filters></filterColumn></autoFilter>'));
      }
      expect(found).toBe(true);
      await fs.writeFile(path.join(back, jz), await zip.generateAsync({ type: 'nodebuffer' }));
    }

    const out = path.join(dir, 'collected.xlsx');
    const res = await duban('collect', master, back, '-o', out, '--month', '2023-06');
    if (process.env.SHOW_COLLECT) console.log(res.out);
    if (process.env.KEEP_COLLECT) await fs.copyFile(out, process.env.KEEP_COLLECT);
    expect(res.err).toBe('');
    const before = await (await FileWorkbook.load(await fs.readFile(master))).readAll();
    const after = await (await FileWorkbook.load(await fs.readFile(out))).readAll();
    const asText = (rows: ExcelJS.CellValue[][] | unknown[][]) => (rows as never[][]).map((r) => r.map((v, c) => (c === 0 && typeof v === 'number' ? formatISO(fromSerial(v)!) : cellText(v))));
    const ledgerBefore = asText(sheetNamed(before, '报送台账').rows);
    const added = asText(sheetNamed(after, '报送台账').rows).slice(ledgerBefore.length).map(trimEnd).filter((r) => r.length > 0);
    expect(added.map((r) => r.slice(0, 3).join('|')).sort()).toEqual([
      '2023-06-15|市民政局|民政局：防汛宣传进社区',
      '2023-06-05|金寨县人民政府|金寨县：红色旅游惠民',
      '2023-06-06|金寨县人民政府|金寨县：未采用的一篇',
    ].sort());

    const lines = res.out.split('\n');
    const line = lineChecker(res.out);
    line(`请核实 ${mz} 第3行`, '隐藏', '民政局：隐藏撤回的一篇', '撤回', '未登记');
    line(`请核实 ${mz} 第4行`, 'A4:G4', '删除线', '民政局：整行划掉的一篇', '撤回');
    line(`退回 ${mz} 第5行`, 'C5', '人民网', '删除线');
    line(`退回 ${mz} 第6行`, 'B6', '部分文字', '删除线');
    line(`请核实 ${mz} 第7行`, 'B7', '删除线', '撤回');
    line(`请核实 ${mz} “进展”表 第4行`, '“进展”表C4', '任务 3', '完成情况', '撤回', '未写入进展');
    expect(res.out).toContain('写入进展 0 项');
    line(`请核实 ${jz}`, '筛选', '第3行', '照常读取');
    line(`请核实 ${jz}`, 'D列（级别）被隐藏', '仍按所填读取');
    line(`请核实 ${jz}`, 'H列（测算）被隐藏', '1 格内容未读取');
    expect(lines.filter((l) => l.includes(jz))).toHaveLength(3);
  });
});
