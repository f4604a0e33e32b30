// 统计表 as offices publish them: one row per unit with its counts or points, no article, no date (transcribed as printed in the
// 通报 that carried them; expectations written from the tables, before running Duban):
//  - 通州区园林绿化局办公室, 2016年9月信息报送及采用情况通报, 附件1 “2016年9月局机关科室信息报送分数统计表” (mirror:
//    https://mingkeok.com/html/n12963240..n12963240c14484346content.html): 单位 | 本月报送条数 | 全年累计报送条数 | 采用情况
//    (园林动态, 区级两办信息, 市级两办信息 — each 一句话、综合信息 | 独立信息) | 报送分数 | 采用分数 | 本月分数 | 累计分数;
//  - 霍林郭勒市人民政府办公室 霍政办字〔2018〕29号, 附件 “2018年1-2月份政务信息报送及采用情况统计表”
//    (http://121.41.188.88/home/News/view/id/1072/did/21.html): sections (一)(二), 单位 | 政务信息采用情况 (报送条数, 累计条数,
//    市本级采用 (普发, 微信公众号, 参阅), 通辽市采用, 自治区采用, …) | 得分 | 累计得分;
//  - 达州市人民政府办公室, 2010年全市政务信息工作综合评分情况 (mirror: http://www.tube444.com/news-show-227461.html):
//    一、各县、市、区 / 二、市级各部门, each 单 位 | 市政府办采用 | 省政府办采用 | 得分;
//  - 重师新闻网 2010年下半年用稿统计 (mirror: https://jeepcarus.com/kyguanwangmanbetx/info/1050/1518.htm): 序号 | 机关及各直属单位 | 数量.
// What the office expects: such a table is the result of counting, not the ledger counted — it has no dates, titles or
// outlets, so nothing in it can be checked, dated into a period or scored by level. Reading it as nothing (every unit 0 in
// the report, silently) is wrong; guessing articles from its figures is worse. Duban says once that the sheet is a summary
// by unit, not read, and what it needs instead. A workbook that has a ledger too says nothing of its summaries.
import { buildReport } from '../../src/core/scoring/report';
import { CellValue } from '../../src/core/sheets/grid';
import { readLedger } from '../../src/core/sheets/ledger-sheet';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const n = null;
const tongzhou = grid('附件1', [
  ['2016年9月局机关科室信息报送分数统计表'],
  ['单位', '本月报送条数', '全年累计报送条数', '采用情况', n, n, n, n, n, n, '报送分数', '采用分数', '本月分数', '累计分数'],
  [n, n, n, '园林动态', n, '区级两办信息', n, '市级两办信息', n, '采用条数', n, n, n, n],
  [n, n, n, '一句话、综合信息', '独立信息', '一句话、综合信息', '独立信息', '一句话、综合信息', '独立信息', n, n, n, n, n],
  ['林政资源科', n, 0, n, n, n, n, n, n, n, 0, 0, 0, 0],
  ['产业发展科', n, 12, n, n, n, n, n, n, n, 0, 0, 0, 52],
  ['森林公安处', 2, 7, 2, n, 2, n, n, n, n, 2, 6, 8, 28],
  ['工会共青团', 4, 8, 4, n, 4, n, n, n, n, 4, 12, 16, 48],
] as CellValue[][], [{ top: 1, left: 3, bottom: 1, right: 9 }]);
const huolinguole = grid('附件', [
  ['2018年1-2月份政务信息报送及采用情况统计表'],
  ['（一）各街道办事处政务信息报送及采用情况统计表'],
  ['单位', '政务信息采用情况', n, n, n, n, n, n, n, n, n, n, n, '得分', '累计得分'],
  [n, '报送条数', '累计条数', '市本级采用', n, n, '累计得分', '通辽市采用', n, '累计得分', '自治区采用', '累计得分', n, n, n],
  [n, n, n, '普发', '微信公众号', '参阅', n, '约稿', '上报', n, n, n, n, n, n],
  ['达来胡硕苏木', 2, 2, 0, 0, 0, 1, 0, 5, 0, 0, 0, 0, 5, 5],
  ['沙尔呼热街道', 12, 12, 0, 3, 0, 0, 0, 15, 0, 0, 0, 0, 15, 15],
  ['珠斯花街道', 15, 15, 0, 5, 0, 0, 0, 25, 0, 0, 0, 0, 25, 25],
] as CellValue[][]);
const dazhou = grid('Sheet1', [
  ['2010年全市政务信息工作综合评分情况'],
  ['一、各县、市、区信息采用情况'],
  ['单 位', '市政府办采用', '省政府办采用', '得分'],
  ['宣汉县政府办公室', 151, 5, 308],
  ['大竹县政府办公室', 156, 3, 290],
  ['达县政府办公室', 144, n, 264],
  ['二、市级各部门信息采用情况'],
  ['单 位', '市政府办采用', '省政府办采用', '得分'],
  ['市地税局', 55, 7, 132],
] as CellValue[][]);
const chongshi = grid('用稿统计', [
  ['重师新闻网新闻稿用稿统计表（一）'],
  ['序号', '机关及各直属单位', '数量'],
  [1, '党政办', 5], [2, '纪委', 5], [3, '组织部', 2], [4, '党委宣传部(新闻中心)', 146], [14, '财务处', 0],
] as CellValue[][]);

test('a summary by unit is no ledger: not read, and said once naming the sheet', () => {
  const none = new MediaDirectory([]);
  for (const [table, cell] of [[tongzhou, 'A2'], [huolinguole, 'A3'], [dazhou, 'A3'], [chongshi, 'B2']] as const) {
    const ledger = readLedger([table], null, none);
    expect({ sheet: table.name, read: ledger.sheet, entries: ledger.entries }).toEqual({ sheet: table.name, read: null, entries: [] });
    expect(ledger.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['LEDGER_SUMMARY_ONLY', table.name, cell]]);
    expect(ledger.issues[0].message).toMatch(new RegExp(`^“${table.name}”表是按单位汇总的统计表.*不是逐篇登记的报送台账.*未读取`, 'u'));
  }
});

test('the report of a workbook whose only 报送 sheet is a summary says so; beside a ledger a summary says nothing', () => {
  const options = { today: d('2016-10-08'), year: 2016, asOf: d('2016-09-30'), period: { from: d('2016-09-01'), to: d('2016-09-30') } };
  const alone = buildReport([taskGrid([[1, '开设专栏。', '市教体局', '', '2016年12月31日', '每月不少于2篇']]), registryGrid(), tongzhou], options);
  expect(alone.issues.filter((i) => i.code === 'LEDGER_SUMMARY_ONLY').map((i) => i.sheet)).toEqual(['附件1']);
  const ledger = grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用'], ['2016-09-05', '市教体局', '资助政策进万家', '皖西日报', '市级', '是']]);
  const both = buildReport([taskGrid([[1, '开设专栏。', '市教体局', '', '2016年12月31日', '每月不少于2篇']]), registryGrid(), ledger, tongzhou], options);
  expect(both.ledger.entries).toHaveLength(1);
  expect(both.issues.filter((i) => i.code === 'LEDGER_SUMMARY_ONLY')).toEqual([]);
  // the template's 报送台账 left empty, the office's 统计表 pasted beside it: the summary is said all the same
  const empty = grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用']]);
  const beside = buildReport([taskGrid([[1, '开设专栏。', '市教体局', '', '2016年12月31日', '每月不少于2篇']]), registryGrid(), empty, tongzhou], options);
  expect(beside.issues.filter((i) => i.code === 'LEDGER_SUMMARY_ONLY').map((i) => i.sheet)).toEqual(['附件1']);
});

test('a summary by unit is no task table either (before, 附件1 was read as 4 tasks without content); a 考核 table (责任单位 | 得分) still is', () => {
  const options = { today: d('2016-10-08'), year: 2016 };
  const check = checkWorkbook([taskGrid([[1, '开设专栏。', '林政资源科', '', '2016年12月31日', '每月不少于2篇']]), tongzhou, dazhou, chongshi], options);
  expect(check.taskSheets).toEqual(['任务分工表']);
  const kaohe = grid('考核表', [['序号', '考核内容', '分值', '责任单位', '得分'], [1, '按时报送政务信息，全年不少于12条。', 10, '林政资源科', 8]]);
  expect(checkWorkbook([kaohe], options).taskSheets).toEqual(['考核表']);
  // the same layout allocating targets is a task table, and no summary (成都 2006 目标任务, in the tables corpus): its title says so
  const targets = grid('Sheet1', [['2006年全市政务信息工作目标任务'], ['一、各区(市)县政府(采用条数)'], ['单位', '采用条数', '单位', '采用条数'], ['锦江区', 120, '青羊区', 120], ['金牛区', 120, '武侯区', 120]]);
  expect(readLedger([targets], null, new MediaDirectory([])).issues).toEqual([]);
});

// Offices often keep the 台账 one sheet a month (1月, 2月 …). Duban reads one ledger: the others were left out without a word,
// and with them every article after January. Said now, once, naming the sheets not read (a 加减分 sheet, 单位 | 日期 | 分值 |
// 事由, has no title column and is no ledger).
test('several sheets that each look like the ledger: one is read, the others are named as not read', () => {
  const month = (name: string, day: string, title: string) =>
    grid(name, [['日期', '单位', '标题', '媒体', '级别', '是否采用'], [day, '市教体局', title, '皖西日报', '市级', '是']]);
  const adjustments = grid('加减分', [['单位', '日期', '分值', '事由'], ['市教体局', '2023-03-20', 2, '信息被市领导批示']]);
  const ledger = readLedger([month('1月', '2023-01-05', '甲'), month('2月', '2023-02-06', '乙'), month('3月', '2023-03-07', '丙'), adjustments], null, new MediaDirectory([]));
  expect(ledger.sheet).toBe('1月');
  expect(ledger.entries.map((e) => e.title)).toEqual(['甲']);
  expect(ledger.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['LEDGER_SHEETS_UNREAD', '2月', 'A1']]);
  expect(ledger.issues[0].message).toBe('“2月”“3月”表也像报送台账（表头有日期、单位和标题），没有读取：督办只读一张报送台账（“1月”）。如按月分表登记，请把各表的行移到同一张报送台账中；如是副本或汇总，可不理会。');
});

// A 登记簿 printed with the date in two columns (月 | 日, as 柳州日报's 见报篇目统计表 prints it) kept as the 报送台账: the ledger
// has no period to take the year from, so without a year in its title or name it cannot be read — but it was read as a task
// table (信息标题 inferred as 任务内容) and the ledger was missing without a word. Now it is no task table, and the check says
// why the ledger is not read. (Round 10: with the year in its title it is read — ledger-split-date.test.ts.)
test('a 报送台账 with its date in 月 | 日 columns: no task table, and said that its dates cannot be read', () => {
  const ledger = grid('报送台账', [
    ['信息报送登记簿'], ['月', '日', '报送单位', '信息标题', '采用媒体', '是否采用'],
    [6, 5, '市教体局', '资助政策进万家', '皖西日报', '是'], [6, 12, '市文旅局', '非遗展演进社区', '人民网', '是'],
  ] as CellValue[][]);
  const r = buildReport([taskGrid([[1, '开设专栏。', '市教体局', '', '2023年12月31日', '每月不少于2篇']]), registryGrid(), ledger],
    { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-06-01'), to: d('2023-06-30') } });
  expect(r.ledger.sheet).toBeNull();
  expect(r.issues.filter((i) => i.sheet === '报送台账').map((i) => [i.code, i.cell, i.message])).toEqual([
    ['HEADER_NOT_FOUND', 'A2', '“报送台账”表的日期分成了“月”“日”两列，标题和表名都没有写是哪一年，读不出完整日期：请在标题中写明年份（如“2023年信息报送登记簿”），或加一列“年”，或加一列“日期”写完整日期（如 2023-06-05）。此表未作为台账读取，各单位报送数按 0 计。'],
  ]);
});
