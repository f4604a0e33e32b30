// Returned forms filled as real clerks fill them (issue r6): dates typed as text or numbers, 是否采用 as √/是 /已采用, 级别 as 省/中央,
// 媒体 in 《》, titles broken over lines, 数量 as "1篇"/"一", rows below the table, a 合计 and a 填表人 line, an inserted row,
// a column the clerk added, a renamed sheet and header, 填报日期 blank or as text. Each expectation was written from how a careful
// clerk reads the row, before running Duban.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { fromSerial, formatISO } from '../../src/core/dates/civil-date';
import { Grid, cellText } from '../../src/core/sheets/grid';
import { sheetNamed, trimEnd } from '../helpers/grids';
import { FileWorkbook } from '../../src/workbook/file/file';
import { duban } from '../helpers/cli';
import { sampleForms } from '../helpers/returns';
import { runLibreOffice, testWith } from '../helpers/system';

const withLibreOffice = testWith('另一款表格软件（LibreOffice）另存的填报表', ['libreoffice-calc-nogui']);

type Cell = ExcelJS.CellValue;

const formName = (unit: string) => `${unit}-填报表-2023-06-01至2023-06-30.xlsx`;

interface Filling {
  /** 报送登记 rows by sheet row (1-based). */
  rows: [number, Cell[]][];
  /** A column the clerk inserts before this 1-based column, with its header (rows are given in the layout after it). */
  insertColumn?: { at: number; header: string };
  /** A row inserted in the middle, after rows were filled (moves the rows below it down). */
  insertRowAt?: { at: number; values: Cell[] };
  renameSheet?: string;
  renameHeader?: { column: number; header: string };
  filledOn?: Cell;
  /** A sheet the clerk added. */
  extraSheet?: { name: string; rows: Cell[][] };
  /** A range the clerk merged, after the rows are typed. */
  merge?: string;
  /** 进展 rows by sheet row: 完成情况 and 完成日期. */
  progress?: [number, string, Cell][];
}

/** Fills a copy of a unit's form the way its clerk did. */
async function fill(form: string, target: string, f: Filling): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(form);
  const sub = wb.getWorksheet('报送登记')!;
  // the column is added first, then rows are typed in the layout the clerk sees; a row is inserted later, moving those below it
  if (f.insertColumn) sub.spliceColumns(f.insertColumn.at, 0, [f.insertColumn.header]);
  for (const [r, values] of f.rows) values.forEach((v, c) => (sub.getCell(r, c + 1).value = v));
  if (f.merge) sub.mergeCells(f.merge);
  if (f.insertRowAt) sub.spliceRows(f.insertRowAt.at, 0, f.insertRowAt.values);
  if (f.renameHeader) sub.getCell(1, f.renameHeader.column).value = f.renameHeader.header;
  if (f.renameSheet) sub.name = f.renameSheet;
  for (const [r, status, done] of f.progress ?? []) {
    wb.getWorksheet('进展')!.getCell(r, 3).value = status;
    wb.getWorksheet('进展')!.getCell(r, 4).value = done;
  }
  if (f.extraSheet) wb.addWorksheet(f.extraSheet.name).addRows(f.extraSheet.rows);
  if (f.filledOn !== undefined) wb.getWorksheet('填报说明')!.getCell('A5').value = f.filledOn;
  await wb.xlsx.writeFile(target);
}

const at = (iso: string, time = '00:00') => new Date(`${iso}T${time}:00Z`);
const sheet = sheetNamed;

describe('duban collect: returns filled as clerks fill them', () => {
  let dir: string;
  // the sample and its June forms, made once: both tests only read them (each collects into a file of its own)
  let master: string;
  let forms: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-as-filled-'));
    master = path.join(dir, 'master.xlsx');
    expect((await duban('init', master, '--sample')).code).toBe(0);
    forms = path.join(dir, 'forms');
    await sampleForms(forms);
  });
  afterAll(() => dir && fs.rm(dir, { recursive: true, force: true }));

  test('each row merged as a careful clerk reads it, or refused or listed with a reason naming the cell', async () => {
    const formOf = (unit: string) => path.join(forms, formName(unit));
    const back = path.join(dir, 'back');
    await fs.mkdir(back);

    // 市民政局 (tasks 1, 2, 4 with, 3 leads), file renamed by its clerk, 填报日期 left blank
    const mz = '民政局6月信息报送.xlsx';
    await fill(formOf('市民政局'), path.join(back, mz), {
      rows: [
        [2, ['6.15', '  民政局开展防汛救灾政策宣传', '六安发布', '市级', '√', 3, 1]],
        [3, ['2023.6.15', '民政局：养老服务\n进社区', '《皖西日报》', '市级媒体', '是 ', 3, '1篇']],
        [4, ['6月16日', '低保提标政策解读', '人民网', '中央', '已采用', 2, '一']],
        [5, ['2023/6/17', '民政局：临时救助进万家', '人民网安徽频道', '省', '否', null, null]],
        [6, ['20230618', '民政局：婚姻登记便民服务', '中安在线', '省级', null, 2, 1]],
        [7, [at('2023-06-19', '14:30'), '民政局：防溺水宣传进社区', '六安发布', '市级', '是', 2, 2]],
        [8, [6.2, '民政局：数字写的日期', '六安发布', '市级', '是', 2, 1]],
        [9, [20230621, '民政局：八位数字日期', '皖西日报', '市级', '否', null, 1]],
        // below the 200 rows of the table
        [205, ['2023-06-25', '民政局：表格下方补登的一篇', '六安发布', '市级', '是', 2, 1]],
        [206, ['合计', null, null, null, null, null, 11]],
        [208, ['填表人：张三', null, '联系电话：0564-3370000']],
      ],
      // task 3 (row 4 of 进展), which it leads: done on a day typed without a year
      progress: [[4, '已完成', '6月28日']],
    });
    // 金寨县人民政府: the sheet renamed, a 备注 column added at the end, a row inserted in the middle, 填报日期 as text
    const jz = formName('金寨县人民政府');
    await fill(formOf('金寨县人民政府'), path.join(back, jz), {
      rows: [
        [2, [at('2023-06-05'), '金寨县：红色旅游惠民', '金寨县融媒体中心', '县级', '是', 2, 1]],
        [3, [at('2023-06-07'), '金寨县：就业帮扶专场招聘', '安徽日报', '省级', '是', 2, 1, '被学习强国转载']],
        // one article, two outlets in one cell (row 5 once a row is inserted above)
        [4, [at('2023-06-08'), '金寨县：大别山映山红', '人民网、安徽日报', null, '是', 2, 1]],
      ],
      insertColumn: { at: 8, header: '备注' },
      insertRowAt: { at: 3, values: [at('2023-06-06'), '金寨县：插入的一行', '六安发布', '市级', '是', 2, 1] },
      renameSheet: '6月报送情况',
      filledOn: '2023年7月3日',
    });
    // 霍山县人民政府: a 作者 column inserted after 标题, 日期 headed 发布日期, 填报日期 as "7.5"
    const hs = formName('霍山县人民政府');
    await fill(formOf('霍山县人民政府'), path.join(back, hs), {
      rows: [
        [2, [at('2023-06-12'), '霍山县：石斛产业助农增收', '王五', '霍山县融媒体中心', '县级', '是', 2, 1]],
        // a title with part of it in bold, the outlet pasted as a link, the date a formula
        [3, [{ formula: 'DATE(2023,6,14)', result: at('2023-06-14') }, { richText: [{ text: '霍山县：', font: { bold: true } }, { text: '竹编非遗进校园' }] }, null,
          { text: '安徽日报', hyperlink: 'https://epaper.anhuinews.com/' }, '省级', '是', 2, 1]],
      ],
      insertColumn: { at: 3, header: '作者' },
      renameHeader: { column: 1, header: '发布日期' },
      filledOn: '7.5',
      // a second table of its own on another sheet: not read, and said so
      extraSheet: { name: 'Sheet1', rows: [['日期', '题目'], ['2023-06-13', '霍山县：黄芽茶开采']] },
    });
    // 霍邱县人民政府: a 序号 column added in front, a date with the time typed after it, last month's 5.28, 已刊发/已录用
    const hq = formName('霍邱县人民政府');
    await fill(formOf('霍邱县人民政府'), path.join(back, hq), {
      insertColumn: { at: 1, header: '序号' },
      rows: [
        [2, [1, '2023-06-20 15:30', '霍邱县：稻虾共养助农增收', '新华社', '中央', '已刊发', 2, 1]],
        [3, [2, '5.28', '霍邱县：五月的一篇', '皖西日报', '市级', '是', 2, 1]],
        [4, [3, '2023年6月21日上午', '霍邱县：城西湖生态保护', '《安徽日报》', '省级媒体', '已录用', 2, '2篇']],
        // one date merged down over two articles; 同上 for the outlet and level
        [5, [4, '2023-06-26', '霍邱县：临淮岗水利风光', '六安发布', '市级', '是', 2, 1]],
        [6, [5, null, '霍邱县：水产养殖技术下乡', '同上', '同上', '是', 2, 1]],
      ],
      merge: 'B5:B6',
    });
    await fs.writeFile(path.join(back, '收件日期.txt'), [`${mz},2023-07-04`].join('\n'));

    const out = path.join(dir, 'collected.xlsx');
    const res = await duban('collect', master, back, '-o', out, '--month', '2023-06');
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    const before = await (await FileWorkbook.load(await fs.readFile(master))).readAll();
    const after = await (await FileWorkbook.load(await fs.readFile(out))).readAll();
    // to look at what the office gets: SHOW_COLLECT=1 prints the list, KEEP_COLLECT=path keeps the workbook
    if (process.env.SHOW_COLLECT) console.log(res.out);
    if (process.env.KEEP_COLLECT) await fs.copyFile(out, process.env.KEEP_COLLECT);
    const asText = (g: Grid) => g.rows.map((r) => r.map((v, c) => (c === 0 && typeof v === 'number' ? formatISO(fromSerial(v)!) : cellText(v))));
    const ledgerBefore = asText(sheet(before, '报送台账'));
    const added = asText(sheet(after, '报送台账')).slice(ledgerBefore.length).map(trimEnd).filter((r) => r.length > 0);
    // 日期, 单位, 标题, 媒体, 级别, 是否采用, 任务序号, 数量, 来源
    expect(added.map((r) => r.join('|')).sort()).toEqual([
      ['2023-06-15', '市民政局', '民政局开展防汛救灾政策宣传', '六安发布', '市级', '是', '3', '1', mz],
      ['2023-06-15', '市民政局', '民政局：养老服务进社区', '皖西日报', '市级', '是', '3', '1', mz],
      ['2023-06-16', '市民政局', '低保提标政策解读', '人民网', '中央级', '是', '2', '1', mz],
      ['2023-06-17', '市民政局', '民政局：临时救助进万家', '人民网安徽频道', '省级', '否', '', '1', mz],
      ['2023-06-18', '市民政局', '民政局：婚姻登记便民服务', '中安在线', '省级', '是', '2', '1', mz],
      ['2023-06-19', '市民政局', '民政局：防溺水宣传进社区', '六安发布', '市级', '是', '2', '2', mz],
      ['2023-06-21', '市民政局', '民政局：八位数字日期', '皖西日报', '市级', '否', '', '1', mz],
      ['2023-06-25', '市民政局', '民政局：表格下方补登的一篇', '六安发布', '市级', '是', '2', '1', mz],
      ['2023-06-05', '金寨县人民政府', '金寨县：红色旅游惠民', '金寨县融媒体中心', '县级', '是', '2', '1', jz],
      ['2023-06-06', '金寨县人民政府', '金寨县：插入的一行', '六安发布', '市级', '是', '2', '1', jz],
      ['2023-06-07', '金寨县人民政府', '金寨县：就业帮扶专场招聘', '安徽日报', '省级', '是', '2', '1', jz],
      ['2023-06-20', '霍邱县人民政府', '霍邱县：稻虾共养助农增收', '新华社', '中央级', '是', '2', '1', hq],
      ['2023-06-21', '霍邱县人民政府', '霍邱县：城西湖生态保护', '安徽日报', '省级', '是', '2', '2', hq],
      ['2023-06-26', '霍邱县人民政府', '霍邱县：临淮岗水利风光', '六安发布', '市级', '是', '2', '1', hq],
      ['2023-06-26', '霍邱县人民政府', '霍邱县：水产养殖技术下乡', '六安发布', '市级', '是', '2', '1', hq],
      ['2023-06-14', '霍山县人民政府', '霍山县：竹编非遗进校园', '安徽日报', '省级', '是', '2', '1', hs],
      ['2023-06-08', '金寨县人民政府', '金寨县：大别山映山红', '人民网', '中央级', '是', '2', '1', jz],
      ['2023-06-08', '金寨县人民政府', '金寨县：大别山映山红', '安徽日报', '省级', '是', '2', '1', jz],
      ['2023-06-12', '霍山县人民政府', '霍山县：石斛产业助农增收', '霍山县融媒体中心', '县级', '是', '2', '1', hs],
    ].map((r) => r.join('|')).sort());

    const lines = res.out.split('\n');
    const line = (start: string, ...parts: string[]) => {
      const found = lines.filter((l) => l.startsWith(`  ${start}`) && parts.every((p) => l.includes(p)));
      expect({ start, parts, found: found.length }).toEqual({ start, parts, found: 1 });
    };
    // a number in the date column: 6.2 may be 6月2日 or 6月20日 — refused, naming what was typed
    line(`退回 ${mz} 第8行`, '日期', '6.2', '不是日期');
    // the 合计 and 填表人 lines are no articles: listed, not refused (nothing to send back), not merged
    line(`请核实 ${mz} 第206行`, '合计');
    line(`请核实 ${mz} 第208行`, '填表人');
    // a date without a year: read in the period's year, said so — once for the rows that share it (round 12: the row's own
    // reading is its ledger row); a 进展 row is named with its sheet, so that 第4行 is not looked for in 报送登记
    line(`请核实 ${mz} 第2、4行（共 2 行）`, '日期没有写年份', '按填报期间读作 2023 年的日期');
    line(`请核实 ${mz} “进展”表 第4行`, '任务 3 的完成日期', '6月28日', '2023-06-28');
    expect(res.out).toContain('写入进展 1 项');
    // 是否采用 blank with a media named: taken as adopted, said so
    line(`请核实 ${mz} 第6行`, '是否采用', '未填');
    // an outlet not in 媒体名录: the level the unit wrote, to be checked
    line(`请核实 ${mz} 第5行`, '人民网安徽频道', '不在媒体名录');
    // the column the clerk added: its text is not lost without a word
    line(`请核实 ${jz}`, '备注', '被学习强国转载');
    // the renamed sheet is read, and said so
    line(`请核实 ${jz}`, '6月报送情况');
    line(`请核实 ${jz} 第5行`, '人民网、安徽日报', '2 个媒体');
    expect(res.out).not.toMatch(/退回 .*金寨县/);
    expect(res.out).not.toMatch(/退回 .*霍山县/);
    // 5.28 in a June return is last month's (not next year's): refused as outside the period; the 序号 column says nothing
    line(`退回 ${hq} 第3行`, '日期 2023-05-28 不在填报期间');
    expect(lines.filter((l) => l.includes(hq))).toHaveLength(1);
    line(`请核实 ${hs} 第2行`, 'C2', '作者', '王五');
    line(`请核实 ${hs}：`, '另有“Sheet1”表（2 行有内容）', '未读取');

    // 收集情况: 收到日期（依据） from the clerk's list, the 填报日期 typed as text
    const summary = asText(sheet(after, '收集情况'));
    const row = (unit: string) => summary.find((r) => r[0] === unit)!;
    expect(row('市民政局')[3]).toContain('2023-07-04');
    expect(row('金寨县人民政府')[3]).toContain('2023-07-03');
    expect(row('霍山县人民政府')[3]).toContain('2023-07-05');
    expect(row('市民政局').slice(4, 7)).toEqual(['8', '0', '1']);
  });

  // WPS and LibreOffice write their own .xlsx (their own shared strings, styles, sheet order and hidden-sheet markup), not
  // exceljs's: a return filled in and saved by another program, renamed, must be read by its marker the same way
  withLibreOffice('a return saved again by another spreadsheet program is read the same way', async () => {
    const work = await fs.mkdtemp(path.join(dir, 'lo-'));
    const filled = path.join(work, '民政局6月（另存）.xlsx');
    await fill(path.join(forms, formName('市民政局')), filled, {
      rows: [
        [2, [at('2023-06-15'), '民政局：防汛宣传进社区', '六安发布', '市级', '是', 3, 1]],
        [3, ['6月16日', '民政局：低保提标', '人民网', '中央', '√', 2, '1篇']],
      ],
      filledOn: at('2023-07-03'),
    });
    const back = path.join(work, 'back');
    runLibreOffice(work, ['--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', back, filled]);
    const out = path.join(work, 'collected.xlsx');
    const res = await duban('collect', master, back, '-o', out, '--month', '2023-06');
    expect(res.code).toBe(0);
    expect(res.out).toContain('收集完成：1 个文件，新增 2 行，重复 0 行，退回 0 项');
    const ledger = (await (await FileWorkbook.load(await fs.readFile(out))).readAll()).find((g) => g.name === '报送台账')!;
    const rows = ledger.rows.map((r) => r.map((v, c) => (c === 0 && typeof v === 'number' ? formatISO(fromSerial(v)!) : cellText(v))).slice(0, 8).join('|'));
    expect(rows).toContain('2023-06-15|市民政局|民政局：防汛宣传进社区|六安发布|市级|是|3|1');
    expect(rows).toContain('2023-06-16|市民政局|民政局：低保提标|人民网|中央级|是|2|1');
    const summary = (await (await FileWorkbook.load(await fs.readFile(out))).readAll()).find((g) => g.name === '收集情况')!;
    expect(summary.rows.find((r) => r[0] === '市民政局')!.map((v) => cellText(v)).join('|')).toContain('2023-07-03（填报表所填的填报日期）');
  });
});
