// Round trip of returns (issue 13 item 6): forms for the sample's units, returns filled the way units fill them and a folder of
// Word submissions, then `duban collect`; ledger, task statuses, 收集情况 and 未报送 are compared with a result written by hand.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { parseSubmissionName } from '../../src/core/returns';
import { fromSerial, formatISO } from '../../src/core/dates/civil-date';
import { Grid, cellText } from '../../src/core/sheets/grid';
import { sheetNamed, trimEnd } from '../helpers/grids';
import { FileWorkbook } from '../../src/workbook/file/file';
import { duban } from '../helpers/cli';

type Cell = string | number | Date | null;

/** A date as Excel stores one typed into a date cell (exceljs writes a Date as a serial). */
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** Fills a copy of a unit's form: 报送登记 rows from row 2, 进展 by task number (完成情况, 完成日期). */
async function fill(form: string, target: string, rows: Cell[][], progress: [number, string, Cell][] = []): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(form);
  const sub = wb.getWorksheet('报送登记')!;
  rows.forEach((r, i) => r.forEach((v, c) => (sub.getCell(i + 2, c + 1).value = v)));
  const pr = wb.getWorksheet('进展')!;
  for (const [seq, status, done] of progress) {
    let at = 0;
    pr.eachRow((row, n) => { if (cellText(row.getCell(1).value as string | number) === String(seq)) at = n; });
    expect(at).toBeGreaterThan(0);
    pr.getCell(at, 3).value = status;
    pr.getCell(at, 4).value = done;
  }
  await wb.xlsx.writeFile(target);
}

/** A Word submission whose first line is a heading (the title the office registers). */
async function word(file: string, title: string): Promise<void> {
  const doc = new Document({ sections: [{ children: [new Paragraph({ text: title, heading: HeadingLevel.HEADING_1 }), new Paragraph('正文内容。')] }] });
  await fs.writeFile(file, await Packer.toBuffer(doc));
}

/** When the office saved the file from the chat (a download time, later than the unit sent it): never the received date when the clerk recorded one. */
const downloadedOn = (file: string, iso: string) => fs.utimes(file, day(iso), day(iso));

async function sheets(file: string): Promise<Grid[]> {
  return (await FileWorkbook.load(await fs.readFile(file))).readAll();
}

const sheet = sheetNamed;
/** A sheet's rows as text, serials in date columns (A of the ledger, H of the tasks) as ISO dates. */
const text = (g: Grid, dateCols: number[] = []) =>
  g.rows.map((r) => r.map((v, c) => (dateCols.includes(c) && typeof v === 'number' ? formatISO(fromSerial(v)!) : cellText(v))));

describe('duban forms and collect: a round trip against a result written by hand', () => {
  let dir: string;
  const master = () => path.join(dir, 'master.xlsx');
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-collect-'));
    expect((await duban('init', master(), '--sample')).code).toBe(0);
  });
  afterAll(() => dir && fs.rm(dir, { recursive: true, force: true }));

  test('file names of Word submissions give unit and date in their usual variants', () => {
    const may = (d: number) => ({ year: 2023, month: 5, day: d });
    expect(parseSubmissionName('市民政局-2023年5月8日工作信息.docx')).toEqual({ unitText: '市民政局', date: may(8) });
    expect(parseSubmissionName('金寨县_2023.5.9_工作信息.docx')).toEqual({ unitText: '金寨县', date: may(9) });
    expect(parseSubmissionName('市财政局 20230508 信息.docx')).toEqual({ unitText: '市财政局', date: may(8) });
    // the date first, the unit after it
    expect(parseSubmissionName('20230510 市城市管理局 工作信息.docx')).toEqual({ unitText: '市城市管理局', date: may(10) });
    expect(parseSubmissionName('2023年5月11日_市人社局_工作信息.docx')).toEqual({ unitText: '市人社局', date: may(11) });
    expect(parseSubmissionName('20230512工作信息.docx')).toBeNull();
    expect(parseSubmissionName('工作信息.docx')).toBeNull();
    expect(parseSubmissionName('市民政局-2023年2月30日.docx')).toBeNull();
    // brackets around the unit; a date without a year, read in the year of the period being collected (and said so)
    expect(parseSubmissionName('【市民政局】2023年5月8日工作信息.docx')).toEqual({ unitText: '市民政局', date: may(8) });
    expect(parseSubmissionName('市民政局-5月8日工作信息.docx')).toBeNull();
    expect(parseSubmissionName('市民政局-5月8日工作信息.docx', { from: may(1), to: may(31) })).toEqual({ unitText: '市民政局', date: may(8), yearFromPeriod: true });
    expect(parseSubmissionName('市民政局-12月28日工作信息.docx', { from: { year: 2023, month: 12, day: 1 }, to: { year: 2024, month: 1, day: 31 } })?.date).toEqual({ year: 2023, month: 12, day: 28 });
    expect(parseSubmissionName('市民政局-1月3日工作信息.docx', { from: { year: 2023, month: 12, day: 1 }, to: { year: 2024, month: 1, day: 31 } })?.date).toEqual({ year: 2024, month: 1, day: 3 });
  });

  test('forms, returns and Word submissions collect into the ledger, tasks, 收集情况 and 未报送 as written by hand', async () => {
    // forms: one per responsible unit the registry knows (市教育局, a misspelling, gets none; 市民生办 is responsible for nothing)
    const forms = path.join(dir, 'forms');
    const made = await duban('forms', master(), '-o', forms, '--month', '2023-05');
    expect(made.code).toBe(0);
    const UNITS = [
      '市委宣传部', '市发改委', '市教体局', '市人社局', '市卫健委', '市民政局', '市商务局', '市城管局',
      '金安区人民政府', '裕安区人民政府', '叶集区人民政府', '霍邱县人民政府', '舒城县人民政府', '金寨县人民政府', '霍山县人民政府', '市开发区管委',
      '皖西日报社', '市广电台', '市交通运输局', '市文旅局', '市住建局', '市自然资源局', '市数管局', '市财政局',
      '市总工会', '团市委', '市妇联', '六安银保监分局', '人行六安中心支行', '中国电信六安分公司', '中国移动六安分公司', '中国联通六安分公司',
    ];
    const formName = (unit: string) => `${unit}-填报表-2023-05-01至2023-05-31.xlsx`;
    expect((await fs.readdir(forms)).sort()).toEqual(UNITS.map(formName).sort());
    const formOf = (unit: string) => path.join(forms, formName(unit));

    const back = path.join(dir, 'back');
    await fs.mkdir(back);
    // 市民政局, received 6月5日 (on time): the file renamed; a row, its duplicate, 2023.5.12 typed as text, an impossible date,
    // the title typed in the date column, another unit's task number; progress on task 3 (it leads, as a 领导小组 member) and 4 (it cooperates)
    const minzheng = path.join(back, '民政局5月报表（终稿）.xlsx');
    await fill(formOf('市民政局'), minzheng, [
      [day('2023-05-05'), '市民政局开展低保政策宣传', '六安发布', '市级', '是', 3, 1],
      ['2023.5.12', '民政惠民政策进社区', null, null, '否', null, null],
      [day('2023-05-05'), '市民政局开展低保政策宣传', '六安发布', '市级', '是', 3, 1],
      ['2023-02-30', '日期不可能的一行', null, null, '否', null, 1],
      ['市民政局：社会救助政策解读', day('2023-05-14'), '皖西日报', '市级', '是', null, 1],
      [day('2023-05-20'), '市民政局：养老服务进社区', '皖西日报', '市级', '是', 6, 1],
    ], [[3, '推进中', null], [4, '已完成', day('2023-05-28')]]);
    await downloadedOn(minzheng, '2023-06-20');
    // 金寨县人民政府, received 6月10日 (late): a row the master already has, a new row twice, an outlet not in 媒体名录, last month's row
    const jinzhai = path.join(back, formName('金寨县人民政府'));
    await fill(formOf('金寨县人民政府'), jinzhai, [
      [day('2023-05-07'), '金寨县：医疗服务提升纪实', '六安发布', '市级', '是', 1, 1],
      [day('2023-05-15'), '金寨县：红色旅游惠民', '金寨县融媒体中心', '县级', '是', 2, 1],
      [day('2023-05-15'), '金寨县：红色旅游惠民', '金寨县融媒体中心', '县级', '是', 2, 1],
      [day('2023-05-17'), '金寨县：朋友圈转发暖民心海报', '朋友圈', null, '否', null, 1],
      [day('2023-04-28'), '金寨县：四月的一篇', '六安发布', '市级', '是', 2, 1],
    ]);
    await downloadedOn(jinzhai, '2023-06-01');
    // 舒城县人民政府 sends 霍邱县's form under its own name: whose rows these are cannot be known, so the file is refused whole
    const shucheng = path.join(back, formName('舒城县人民政府'));
    await fill(formOf('霍邱县人民政府'), shucheng, [[day('2023-05-18'), '舒城县：惠民资金发放', '皖西日报', '市级', '是', 2, 1]]);
    await downloadedOn(shucheng, '2023-06-03');
    // 市发改委, on time: one row (level from 媒体名录), the task it leads done
    const fagai = path.join(back, formName('市发改委'));
    await fill(formOf('市发改委'), fagai, [[day('2023-05-20'), '市发改委：暖民心行动标识征集启动', '安徽省民生工程网站', null, '是', 4, 1]], [[4, '已完成', day('2023-05-25')]]);
    await downloadedOn(fagai, '2023-06-06');
    // 市商务局 returns its form empty, on time
    const shangwu = path.join(back, formName('市商务局'));
    await fill(formOf('市商务局'), shangwu, []);
    await downloadedOn(shangwu, '2023-06-07');
    // the clerk's 收件日期 list in the folder: 市民政局 on time (downloaded late), 金寨县 late (its file dated before the due date)
    await fs.writeFile(path.join(back, '收件日期.txt'), [
      '民政局5月报表（终稿）.xlsx,2023-06-05', `${formName('金寨县人民政府')},2023年6月10日`, `${formName('舒城县人民政府')} 2023/6/3`,
      `${formName('市发改委')}\t2023.6.6`, `${formName('市商务局')},2023-06-07`, '市财政局-填报表.xlsx,2023-06-08',
    ].join('\n'));

    // Word submissions, named as units name them
    const words = path.join(dir, 'words');
    await fs.mkdir(words);
    await word(path.join(words, '市民政局-2023年5月8日工作信息.docx'), '市民政局召开暖民心行动推进会');
    await word(path.join(words, '金寨县_2023.5.9_工作信息.docx'), '金寨县开展就业帮扶专场招聘');
    await word(path.join(words, '20230510 市城市管理局 工作信息.docx'), '市城管局推进背街小巷改造');
    await word(path.join(words, '城关镇-2023年5月11日工作信息.docx'), '城关镇民生工程宣传进村入户');
    await word(path.join(words, '工作信息.docx'), '没有单位和日期的稿件');

    const before = await sheets(master());
    const out = path.join(dir, 'collected.xlsx');
    const res = await duban('collect', master(), back, words, '-o', out, '--month', '2023-05');
    expect(res.err).toBe('');
    expect(res.code).toBe(0);
    // a listed file that never came is said so
    expect(res.out).toContain('  请核实 收件日期清单中的“市财政局-填报表.xlsx”在所给的文件和文件夹中没有，其日期未使用');
    const after = await sheets(out);

    // every row of the master still there, unchanged: the ledger gains rows (the sample's 报送台账 has a 来源 column), the task sheet three cells
    const ledgerBefore = text(sheet(before, '报送台账'), [0]);
    const ledgerAfter = text(sheet(after, '报送台账'), [0]);
    expect(ledgerAfter[0]).toEqual(ledgerBefore[0]);
    expect(ledgerAfter[0][8]).toBe('来源');
    ledgerBefore.slice(1).forEach((row, i) => expect(trimEnd(ledgerAfter[i + 1])).toEqual(trimEnd(row)));
    const tasksBefore = text(sheet(before, '任务分工表'), [7]);
    const tasksAfter = text(sheet(after, '任务分工表'), [7]);
    const seqRow = (seq: number) => tasksAfter.findIndex((r) => r[0] === String(seq));
    const changed: string[] = [];
    tasksAfter.forEach((row, r) => row.forEach((v, c) => { if (v !== (tasksBefore[r]?.[c] ?? '')) changed.push(`${r}:${c}=${v}`); }));
    // task statuses: the lead units' reports; task 3 has 22 leads (the 14 领导小组 members, 7 县区 governments, 市开发区管委 in
    // liuan-units.csv), so 市民政局's word is its own line under "0/22 已完成"; task 4 by 市发改委; 市民政局's word on task 4 only listed
    expect(changed.sort()).toEqual([`${seqRow(3)}:6=0/22 已完成\n市民政局：推进中`, `${seqRow(4)}:6=已完成`, `${seqRow(4)}:7=2023-05-25`].sort());
    for (const name of ['单位名录', '媒体名录', '抽查结果', '评分规则', '设置', '节假日']) expect(text(sheet(after, name))).toEqual(text(sheet(before, name)));

    // the ledger rows added: 日期, 单位, 标题, 媒体, 级别, 是否采用, 任务序号, 数量, 来源
    const added = ledgerAfter.slice(ledgerBefore.length).map(trimEnd).filter((r) => r.length > 0);
    const mz = '民政局5月报表（终稿）.xlsx';
    const jz = formName('金寨县人民政府');
    expect(added.map((r) => r.join('|')).sort()).toEqual([
      ['2023-05-05', '市民政局', '市民政局开展低保政策宣传', '六安发布', '市级', '是', '3', '1', mz],
      ['2023-05-12', '市民政局', '民政惠民政策进社区', '', '', '否', '', '1', mz],
      ['2023-05-15', '金寨县人民政府', '金寨县：红色旅游惠民', '金寨县融媒体中心', '县级', '是', '2', '1', jz],
      ['2023-05-17', '金寨县人民政府', '金寨县：朋友圈转发暖民心海报', '朋友圈', '', '否', '', '1', jz],
      ['2023-05-20', '市发改委', '市发改委：暖民心行动标识征集启动', '安徽省民生工程网站', '省级', '是', '4', '1', formName('市发改委')],
      ['2023-05-08', '市民政局', '市民政局召开暖民心行动推进会', '', '', '否', '', '1', '市民政局-2023年5月8日工作信息.docx'],
      ['2023-05-09', '金寨县人民政府', '金寨县开展就业帮扶专场招聘', '', '', '否', '', '1', '金寨县_2023.5.9_工作信息.docx'],
      ['2023-05-10', '市城管局', '市城管局推进背街小巷改造', '', '', '否', '', '1', '20230510 市城市管理局 工作信息.docx'],
    ].map((r) => r.join('|')).sort());
    // task numbers are numbers, as in the clerk's own rows (Excel's SUMIFS and filters treat "3" and 3 apart)
    const ledgerGrid = sheet(after, '报送台账');
    expect(ledgerGrid.rows.slice(ledgerBefore.length).filter((r) => r[6] !== null && r[6] !== '').every((r) => typeof r[6] === 'number')).toBe(true);

    // 收集情况: 单位, 填报表, 按时/逾期, 收到日期（依据）, 新增, 重复, 退回, 本期应报, 本期实报, 文件 (May: 应报 2 for the units task 2's monthly quota names — its leads and
    // the 县区 of 「市（县区）属各媒体平台」; the departments cooperating on it owe none, round 11)
    const summary = text(sheet(after, '收集情况'));
    // ten columns; a blank 来源 may be an empty cell or no cell, as the writer chose
    const unitRow = (unit: string) => Array.from({ length: 10 }, (_, c) => summary.find((r) => r[0] === unit)![c] ?? '');
    expect(summary[2].slice(0, 10)).toEqual(['单位', '填报表', '按时/逾期', '收到日期（依据）', '新增行数', '重复', '退回行数', '本期应报', '本期实报', '文件']);
    const listed = (iso: string) => `${iso}（登记的收件日期）`;
    expect(unitRow('市民政局')).toEqual(['市民政局', '已返回', '按时', listed('2023-06-05'), '3', '1', '3', '0', '3', `${mz}；市民政局-2023年5月8日工作信息.docx`]);
    expect(unitRow('金寨县人民政府')).toEqual(['金寨县人民政府', '已返回', '逾期', listed('2023-06-10'), '3', '2', '1', '2', '6', `${jz}；金寨县_2023.5.9_工作信息.docx`]);
    expect(unitRow('市发改委')).toEqual(['市发改委', '已返回', '按时', listed('2023-06-06'), '1', '0', '0', '0', '1', formName('市发改委')]);
    expect(unitRow('市商务局')).toEqual(['市商务局', '已返回', '按时', listed('2023-06-07'), '0', '0', '0', '0', '0', formName('市商务局')]);
    // a Word submission is no returned form
    expect(unitRow('市城管局')).toEqual(['市城管局', '未返回', '', '', '1', '0', '0', '0', '3', '20230510 市城市管理局 工作信息.docx']);
    expect(unitRow('舒城县人民政府')).toEqual(['舒城县人民政府', '未返回', '', '', '0', '0', '0', '2', '3', '']);
    expect(unitRow('霍邱县人民政府')).toEqual(['霍邱县人民政府', '未返回', '', '', '0', '0', '0', '2', '2', '']);
    // its one quota (task 3, 「每季度第二个月开展暖民心集中宣传月活动」) is an activity, no 应报 of pieces: blank, as a unit without a quota
    expect(unitRow('市财政局')).toEqual(['市财政局', '未返回', '', '', '0', '0', '0', '', '0', '']);
    expect(summary.filter((r) => r[1] === '已返回').map((r) => r[0]).sort()).toEqual(['市发改委', '市商务局', '市民政局', '金寨县人民政府'].sort());
    expect(summary.filter((r) => r[1] === '未返回')).toHaveLength(UNITS.length - 4);

    // rejected rows and files, each with its reason
    const section = (title: string) => {
      const at = summary.findIndex((r) => r[0] === title);
      if (at < 0) return [];
      const end = summary.findIndex((r, i) => i > at + 1 && r.every((v) => v === ''));
      return summary.slice(at + 2, end < 0 ? undefined : end).map(trimEnd);
    };
    expect(section('退回的文件和行').map((r) => r.join('|')).sort()).toEqual([
      [mz, '5', '市民政局', '日期“2023-02-30”无法识别'],
      [mz, '6', '市民政局', '日期“市民政局：社会救助政策解读”无法识别'],
      [mz, '7', '市民政局', '任务序号 6 不是本单位牵头或配合的任务'],
      [jz, '6', '金寨县人民政府', '日期 2023-04-28 不在填报期间（2023-05-01至2023-05-31）内'],
      [formName('舒城县人民政府'), '整个文件', '舒城县人民政府', '文件名是“舒城县人民政府”的，表内标记却是“霍邱县人民政府”的填报表，无法确定是哪个单位的，整个文件未收入；请核实后让报送单位用本单位的填报表重报'],
      ['城关镇-2023年5月11日工作信息.docx', '整个文件', '城关镇', '文件名中的单位“城关镇”不在单位名录中'],
      ['工作信息.docx', '整个文件', '', '文件名和正文中都读不出报送单位（文件名应如“市民政局-2023年5月8日工作信息.docx”，或在正文写“报送单位：……”，或在文末落款写单位和日期）'],
    ].map((r) => r.join('|')).sort());
    expect(section('重复的行（只计一次）').map((r) => r.slice(0, 3).join('|')).sort()).toEqual([`${mz}|4|市民政局`, `${jz}|2|金寨县人民政府`, `${jz}|4|金寨县人民政府`].sort());
    expect(section('请核实').map((r) => r.slice(0, 3).join('|'))).toEqual(['收件日期.txt|整个文件|', `${jz}|5|金寨县人民政府`]);
    expect(section('已写入的进展').map((r) => r.join('|')).sort()).toEqual([`${mz}|市民政局|3|推进中`, `${formName('市发改委')}|市发改委|4|已完成|2023-05-25`].sort());
    expect(section('未写入的进展').map((r) => r.slice(0, 4).join('|'))).toEqual([`${mz}|市民政局|4|已完成`]);

    // 需催办: only units owing something (the sample's 设置 asks no form back): a shortfall against 应报 2. Units that met or
    // passed it are never urged — 金寨县 (6), 舒城县 (3, no form), 霍邱县 (2) — nor units with nothing due in May: task 2's
    // 「市（县区）属各媒体平台…每月至少完成两次…专题报道」 asks its leads and the 县区, not the departments cooperating on it
    // (round 11: 市商务局, which returned its form with nothing, and 市发改委 (1) owed 2 before); 市委宣传部, a lead, sent nothing
    const owing = section('需催办（有应报未报的）');
    expect(summary[summary.findIndex((r) => r[0] === '需催办（有应报未报的）') + 1].slice(0, 4)).toEqual(['单位', '本期应报', '本期实报', '所欠']);
    const owed = new Map(owing.map((r) => [r[0], r[3]]));
    expect(owed.get('市委宣传部')).toBe('本期应报 2 篇，已报 0 篇，尚差 2 篇');
    for (const u of ['市商务局', '市发改委', '市民政局', '金寨县人民政府', '市城管局', '舒城县人民政府', '霍邱县人民政府', '市财政局']) expect(owed.has(u)).toBe(false);
    for (const [, reason] of owed) expect(reason).toMatch(/^本期应报 \d+ 篇，已报 \d+ 篇，尚差 \d+ 篇$/);
    expect(res.out).toContain(`需催办（${owing.length}）：`);
    expect(res.out).not.toMatch(/【催办】舒城县人民政府|【催办】霍邱县人民政府|【催办】市财政局|【催办】市商务局/);
    expect(res.out).toContain('【催办】市委宣传部：\n  截至目前，贵单位2023年5月1日至2023年5月31日应报送信息 2 篇，已报 0 篇，尚差 2 篇。');
    expect(res.out).toContain('新增 8 行，重复 3 行，退回 7 项，写入进展 2 项');

    // `duban report` counts the new rows (May): 市民政局 +3, 金寨县 +3, 市发改委 +1, 市城管局 +1
    const actual = async (file: string) => {
      const r = await duban('report', file, '-o', path.join(dir, `r-${path.basename(file)}`), '--month', '2023-05', '--json');
      return Object.fromEntries((JSON.parse(r.out).units as { unit: string; actual: number }[]).map((u) => [u.unit, u.actual]));
    };
    const [a0, a1] = [await actual(master()), await actual(out)];
    expect(Object.fromEntries(['市民政局', '金寨县人民政府', '市发改委', '市城管局', '舒城县人民政府'].map((u) => [u, a1[u] - a0[u]])))
      .toEqual({ 市民政局: 3, 金寨县人民政府: 3, 市发改委: 1, 市城管局: 1, 舒城县人民政府: 0 });

    // collecting the same returns into the result changes nothing: same ledger, same tasks, nothing added
    const again = path.join(dir, 'again.xlsx');
    const res2 = await duban('collect', out, back, words, '-o', again, '--month', '2023-05');
    expect(res2.code).toBe(0);
    expect(res2.out).toContain('新增 0 行');
    const twice = await sheets(again);
    expect(text(sheet(twice, '报送台账'), [0])).toEqual(ledgerAfter);
    expect(text(sheet(twice, '任务分工表'), [7])).toEqual(tasksAfter);
    expect(twice.filter((g) => g.name.startsWith('收集情况')).map((g) => g.name)).toEqual(['收集情况']);
  });
});
