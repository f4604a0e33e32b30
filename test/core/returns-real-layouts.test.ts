// Returns and ledgers laid out as offices print their own 登记表 (expectations written from the layout, before running Duban).
// The layout is that of the registration tables 六安 offices publish with their reporting rules — 六安市水利局/住建局
// 信息公开统计报送制度 (https://redemodabrasil.com/p6608331/9868419.html, https://alderwood.net/p6608291/6819471.html, mirrors of
// the 2022 notices): an 附件 line and the table's title above, a "填写单位：  登记时间：" line over the header, a 序号 column
// numbered down to the last printed row whether filled or not, a 填表说明 under it; and the sign-off lines under such tables
// (联系人：  联系电话：, 连云港 新闻发布会审批表). Here the table is a clerk's 信息报送登记表 for June, pasted over the form's
// 报送登记 sheet, with a 合计 row as clerks add. A clerk reading it sees three articles; the numbered empty rows, the 合计,
// the 填表人 line and the 填表说明 are the table's furniture — none is an article and none is lost.
import { collectReturns, readReturn } from '../../src/core/returns';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { MediaDirectory, readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkReturnRow } from '../../src/core/returns/return-rows';
import { checkWorkbook } from '../../src/core/validation/validate';
import { buildReport } from '../../src/core/scoring/report';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const JUNE = { from: d('2023-06-01'), to: d('2023-06-30') };
const master = [
  taskGrid([[2, '开设民生工程专栏，发布政策解读。', '市教体局', '', '2023年12月31日', '每月不少于2篇'], [3, '宣传低保提标。', '市教体局', '', '2023年12月31日', '']]),
  registryGrid(),
  grid('媒体名录', [['媒体名称', '级别', '别名'], ['皖西日报', '市级', ''], ['六安发布', '市级', ''], ['人民网', '中央级', '']]),
];
const check = checkWorkbook(master, { today: d('2023-07-03'), asOf: d('2023-07-03') });

/** The clerk's own 登记表 over the form's sheet: 8 printed rows, 3 filled. */
const registration = (name: string): Grid => grid(name, [
  ['附件1'],
  ['市教体局2023年6月民生工程信息报送登记表'],
  ['填写单位：市教体局', null, null, null, null, '登记时间：2023.6.30'],
  ['序号', '报送日期', '信息标题', '采用媒体', '媒体级别', '采用情况', '任务序号', '篇数'],
  [1, '2023.6.5', '市教体局：资助政策进万家', '皖西日报', '市级', '已刊发', 2, 1],
  [2, '6月12日', '市教体局：营养餐改善计划惠及三万学生', '六安发布', '市级', '√', 2, '1篇'],
  [3, 45096, '市教体局：低保家庭子女入学资助全覆盖', '人民网', '中央级', '是', 3, 1],
  [4], [5], [6], [7], [8],
  ['合计', null, null, null, null, null, null, 3],
  ['填表人：张三', null, null, '联系电话：0564-3337777'],
  ['填表说明：“信息标题”是指报送信息的标题，“篇数”按刊发篇数填写。'],
] as CellValue[][]);

function collect(sheet: Grid) {
  const data = readReturn([sheet], '市教体局-填报表-2023-06-01至2023-06-30.xlsx');
  return collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: [{ data, received: d('2023-07-03') }], submissions: [],
  });
}

test('a 登记表 of the office\'s own layout over 报送登记: three articles, the furniture neither sent back nor merged', () => {
  const r = collect(registration('报送登记'));
  expect(r.added.map((a) => [a.date, a.title, a.media, a.level, a.adopted, a.taskSeq, a.count])).toEqual([
    [d('2023-06-05'), '市教体局：资助政策进万家', '皖西日报', '市级', true, '2', 1],
    [d('2023-06-12'), '市教体局：营养餐改善计划惠及三万学生', '六安发布', '市级', true, '2', 1],
    [d('2023-06-19'), '市教体局：低保家庭子女入学资助全覆盖', '人民网', '中央级', true, '3', 1],
  ]);
  expect(r.rejected).toEqual([]);
  // said: the year the clerk left out; the 合计 and 填表人 lines are listed as not articles (as before); nothing of the numbered empty rows
  expect(r.notes.map((n) => [n.row, n.reason])).toEqual([
    [6, '日期“6月12日”没有写年份，按填报期间读作 2023-06-12'],
    [13, '“合计”是合计行，不是一篇稿件，未登记（台账按逐行登记的稿件计数）'],
    [14, '“填表人：张三”是填表人等落款，不是一篇稿件，未登记'],
    [15, '“填表说明：“信息标题”是指报送信息的标题，“篇数”按刊发篇数填写。”是填表说明，不是一篇稿件，未登记'],
  ]);
});

test('the same table as the sheet of a workbook of the unit\'s own (renamed): read by its header, said so', () => {
  const r = collect(registration('信息报送登记表'));
  expect(r.added).toHaveLength(3);
  expect(r.rejected).toEqual([]);
  expect(r.notes[0].reason).toBe('“报送登记”表被改名为“信息报送登记表”，已按表头读取');
});

test('报送台账 kept in the same layout: the three rows read, the numbered empty rows, 合计, sign-off and 填表说明 lines raise nothing', () => {
  const ledger = grid('报送台账', [
    ['附件1'],
    ['2023年民生工程信息报送台账'],
    ['填写单位：市民生办', null, null, null, '登记时间：2023.6.30'],
    ['序号', '报送日期', '报送单位', '信息标题', '采用媒体', '媒体级别', '采用情况', '篇数'],
    [1, '2023-06-05', '市教体局', '市教体局：资助政策进万家', '皖西日报', '市级', '是', 1],
    [2, '2023-06-12', '市教体局', '市教体局：营养餐改善计划惠及三万学生', '六安发布', '市级', '是', 1],
    [3, 45096, '市教体局', '市教体局：低保家庭子女入学资助全覆盖', '人民网', '中央级', '是', 1],
    [4], [5], [6],
    ['合计', null, null, null, null, null, null, 3],
    ['填表人：李四', null, null, null, '联系电话：0564-3337777'],
    ['填表说明：“采用情况”填是或否。'],
  ] as CellValue[][]);
  const r = buildReport([...master, ledger], { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: JUNE });
  expect(r.ledger.entries.map((e) => [e.row, e.title])).toEqual([
    [5, '市教体局：资助政策进万家'], [6, '市教体局：营养餐改善计划惠及三万学生'], [7, '市教体局：低保家庭子女入学资助全覆盖'],
  ]);
  expect(r.issues.filter((i) => i.sheet === '报送台账')).toEqual([]);
});

const LEDGER_HEADER = ['序号', '报送日期', '报送单位', '信息标题', '采用媒体', '媒体级别', '采用情况', '篇数'];
/** A June report over the master and a ledger of 市教体局's rows: [date, title, media, level, 采用情况]. */
const ledgerReport = (rows: [CellValue, string, string, string, string][]) => buildReport(
  [...master, grid('报送台账', [LEDGER_HEADER, ...rows.map(([date, title, media, level, adopted], i) => [i + 1, date, '市教体局', title, media, level, adopted, 1])])],
  { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: JUNE },
);

test('报送台账 dates as the office types them: a time after the day is read; a day without its year is one error saying so', () => {
  const r = ledgerReport([
    ['2023-06-15 14:30', '甲', '皖西日报', '市级', '是'],
    ['2023年6月16日上午', '乙', '皖西日报', '市级', '是'],
    ['2023.6.17', '丙', '皖西日报', '市级', '是'],
    ['6月18日', '丁', '皖西日报', '市级', '是'],
    ['6月18日', '戊', '六安发布', '市级', '是'],
  ]);
  expect(r.ledger.entries.map((e) => [e.title, e.date])).toEqual([['甲', d('2023-06-15')], ['乙', d('2023-06-16')], ['丙', d('2023-06-17')]]);
  expect(r.issues.filter((i) => i.sheet === '报送台账').map((i) => [i.code, i.cell, i.message])).toEqual([
    ['LEDGER_BAD_DATE', 'B5', '报送日期“6月18日”没有写年份，读不出是哪一年：请补上年份（或在表头上方的标题中写明年份，如“2023年信息报送登记簿”）。共 2 行：B5、B6。'],
  ]);
});

test('报送台账 采用情况 as offices write it: the words returns accept, "被某报采用" naming the outlet; a word that says neither is one warning, not a silent 未采用', () => {
  const r = ledgerReport([
    ['2023-06-05', '甲', '皖西日报', '', '是'],
    ['2023-06-06', '乙', '皖西日报', '', '已刊发'],
    ['2023-06-07', '丙', '人民网', '', '✔'],
    ['2023-06-08', '丁', '', '', '被皖西日报采用'],
    ['2023-06-09', '戊', '六安发布', '', '六安发布刊发'],
    ['2023-06-10', '己', '皖西日报', '', '未采用'],
    ['2023-06-11', '庚', '皖西日报', '', '皖西日报未采用'],
    ['2023-06-12', '辛', '皖西日报', '', '待定'],
    ['2023-06-13', '壬', '皖西日报', '', '待定'],
    ['2023-06-14', '癸', '皖西日报', '', ''],
  ]);
  expect(r.ledger.entries.map((e) => [e.title, e.adopted, e.media, e.level])).toEqual([
    ['甲', true, '皖西日报', '市级'], ['乙', true, '皖西日报', '市级'], ['丙', true, '人民网', '中央级'], ['丁', true, '皖西日报', '市级'],
    ['戊', true, '六安发布', '市级'], ['己', false, '皖西日报', '市级'], ['庚', false, '皖西日报', '市级'], ['辛', false, '皖西日报', '市级'],
    ['壬', false, '皖西日报', '市级'], ['癸', false, '皖西日报', '市级'],
  ]);
  expect(r.issues.filter((i) => i.sheet === '报送台账').map((i) => [i.code, i.cell, i.message])).toEqual([
    ['LEDGER_ADOPTED_UNCLEAR', 'G9', '是否采用“待定”无法识别，按未采用计：请填“是”或“否”。共 2 行：G9、G10。'],
  ]);
});

test('a return\'s 是否采用 naming the outlet: "被皖西日报采用" fills a blank 媒体; naming another outlet than 媒体 is sent back', () => {
  const ctx = {
    unit: '市教体局', period: JUNE, mySeqs: new Set(['2']), tasksBySeq: new Map(),
    media: new MediaDirectory([{ name: '皖西日报', level: '市级', aliases: ['皖西日报社'], points: null }, { name: '人民网', level: '中央级', aliases: [], points: null }]),
  } as const;
  const row = (media: string, adopted: string) => checkReturnRow({ date: '2023-06-15', title: '资助政策进万家', media, level: '', adopted, taskSeq: 2, count: 1 }, ctx);
  expect(row('', '被皖西日报采用')).toEqual({
    entry: expect.objectContaining({ media: '皖西日报', level: '市级', adopted: true }),
    notes: ['“是否采用”填的是“被皖西日报采用”：媒体按其中的“皖西日报”登记'],
  });
  expect(row('皖西日报社', '皖西日报刊发')).toEqual({ entry: expect.objectContaining({ media: '皖西日报社', level: '市级', adopted: true }), notes: [] });
  expect(row('皖西日报', '皖西日报未采用')).toEqual({ entry: expect.objectContaining({ adopted: false }), notes: [] });
  expect(row('皖西日报', '被人民网转载')).toEqual({ reject: '“是否采用”写的是“被人民网转载”，媒体填的是“皖西日报”，两者不一致：请核实后重新填写' });
  expect(row('皖西日报', '待定')).toEqual({ reject: '“是否采用”应填“是”或“否”（填的是“待定”）' });
});

test('a 报送单位 column a clerk keeps in its 登记表: its own name (or alias) says nothing; another unit is credited to the form\'s unit and said', () => {
  const sheet = grid('报送登记', [
    ['日期', '报送单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
    ['2023-06-05', '市教体局', '甲：资助政策进万家', '皖西日报', '市级', '是', 2, 1],
    ['2023-06-06', '市教育体育局', '乙：营养餐改善计划', '皖西日报', '市级', '是', 2, 1],
    ['2023-06-07', '金安区人民政府', '丙：联合开展资助宣传', '皖西日报', '市级', '是', 2, 1],
  ] as CellValue[][]);
  const r = collect(sheet);
  expect(r.added.map((a) => [a.title, a.unit])).toEqual([['甲：资助政策进万家', '市教体局'], ['乙：营养餐改善计划', '市教体局'], ['丙：联合开展资助宣传', '市教体局']]);
  expect(r.rejected).toEqual([]);
  expect(r.notes.map((n) => [n.row, n.reason])).toEqual([
    [4, 'B4“报送单位”列填的是“金安区人民政府”，本表是市教体局的填报表：按市教体局登记，请核实'],
  ]);
});

test('a 登记表 headed in two rows — 采用情况 over 采用媒体/媒体级别/是否采用, 序号 and 信息名称 merged down — and with the 六安 登记表\'s words (信息名称, 报送时间)', () => {
  // a variant of the layout above, not a transcription: the group header over the adoption columns is how many offices print it
  const sheet: Grid = {
    name: '报送登记',
    rows: [
      ['序号', '报送时间', '信息名称', '采用情况', null, null, '任务序号', '篇数'],
      [null, null, null, '采用媒体', '媒体级别', '是否采用', null, null],
      [1, '2023-06-05', '市教体局：资助政策进万家', '皖西日报', '市级', '是', 2, 1],
      [2, '2023-06-12', '市教体局：营养餐改善计划惠及三万学生', '六安发布', '市级', '是', 2, 1],
      [3, null, null, null, null, null, null, null],
    ],
    merges: [
      { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 2, bottom: 1, right: 2 },
      { top: 0, left: 3, bottom: 0, right: 5 }, { top: 0, left: 6, bottom: 1, right: 6 }, { top: 0, left: 7, bottom: 1, right: 7 },
    ],
  };
  const r = collect(sheet);
  expect(r.added.map((a) => [a.date, a.title, a.media, a.level, a.adopted, a.count])).toEqual([
    [d('2023-06-05'), '市教体局：资助政策进万家', '皖西日报', '市级', true, 1],
    [d('2023-06-12'), '市教体局：营养餐改善计划惠及三万学生', '六安发布', '市级', true, 1],
  ]);
  expect(r.rejected).toEqual([]);
  expect(r.notes).toEqual([]);
});

test('a unit\'s own workbook without the form\'s marker or its name in the file name: the 填写单位 line over the table names it, its 登记时间 dates the return', () => {
  const data = readReturn([registration('信息报送登记表')], '信息报送登记表.xlsx');
  const r = collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: [{ data, received: d('2023-07-09'), receivedFrom: 'mtime' }], submissions: [],
  });
  expect(r.added.map((a) => a.unit)).toEqual(['市教体局', '市教体局', '市教体局']);
  expect(r.notes.filter((n) => n.row === 0).map((n) => n.reason)).toEqual([
    '“报送登记”表被改名为“信息报送登记表”，已按表头读取',
    '文件中没有督办标记，文件名中也没有单位名称：按表上“填写单位：市教体局”认定为市教体局的填报表',
  ]);
  expect(r.units.find((u) => u.unit === '市教体局')).toMatchObject({ receivedOn: d('2023-06-30'), receivedFrom: 'form' });
});

test('a 填写单位 line naming another unit than the form\'s: whose it is cannot be told, the file is refused', () => {
  const sheet = registration('报送登记');
  sheet.rows[2] = ['填写单位：金安区人民政府'];
  const r = collect(sheet);
  expect(r.added).toEqual([]);
  expect(r.rejected.map((n) => [n.row, n.reason])).toEqual([
    [0, '“报送登记”表上写的填写单位是“金安区人民政府”，文件名却是“市教体局”：无法确定是哪个单位的，整个文件未收入'],
  ]);
});

test('报送台账 采用情况 naming another outlet than 媒体: adopted, scored by 媒体, and said once', () => {
  const r = ledgerReport([
    ['2023-06-05', '甲', '皖西日报', '', '被人民网采用'],
    ['2023-06-06', '乙', '皖西日报', '', '被皖西日报采用'],
  ]);
  expect(r.ledger.entries.map((e) => [e.title, e.adopted, e.media, e.level])).toEqual([['甲', true, '皖西日报', '市级'], ['乙', true, '皖西日报', '市级']]);
  expect(r.issues.filter((i) => i.sheet === '报送台账').map((i) => [i.code, i.cell, i.message])).toEqual([
    ['LEDGER_ADOPTED_UNCLEAR', 'G2', '是否采用“被人民网采用”与媒体“皖西日报”不一致：按媒体“皖西日报”计，请核实。'],
  ]);
});

test('报送台账 with 单位 and 日期 merged down over a unit\'s rows, as offices keep it: every row is the unit\'s and the day\'s; a row left without a unit is said', () => {
  const ledger: Grid = {
    name: '报送台账',
    rows: [
      LEDGER_HEADER,
      [1, '2023-06-05', '市教体局', '甲', '皖西日报', '', '是', 1],
      [2, null, null, '乙', '六安发布', '', '是', 1],
      [3, '2023-06-07', null, '丙', '人民网', '', '是', 1],
      [4, '2023-06-08', null, '丁', '人民网', '', '是', 1],
      [5, '2023-06-09', '', '戊', '皖西日报', '', '是', 1],
    ],
    // 单位 C2:C5 merged; 日期 B2:B3 merged
    merges: [{ top: 1, left: 2, bottom: 4, right: 2 }, { top: 1, left: 1, bottom: 2, right: 1 }],
  };
  const r = buildReport([...master, ledger], { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: JUNE });
  expect(r.ledger.entries.map((e) => [e.title, e.unit, e.date, e.count])).toEqual([
    ['甲', '市教体局', d('2023-06-05'), 1], ['乙', '市教体局', d('2023-06-05'), 1], ['丙', '市教体局', d('2023-06-07'), 1], ['丁', '市教体局', d('2023-06-08'), 1],
  ]);
  expect(r.issues.filter((i) => i.sheet === '报送台账').map((i) => [i.code, i.cell, i.message])).toEqual([
    ['LEDGER_UNKNOWN_UNIT', 'C6', '报送单位为空：这一行不计入任何单位。'],
  ]);
});
