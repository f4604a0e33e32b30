// More 用稿统计 as offices publish them, transcribed as printed (expectations written from the tables, before running Duban):
//  - 枣庄市教育局, 2013年11月份教育宣传工作情况通报, 附件1 “各区(市)教育局11月份度新闻和信息宣传情况统计表”
//    (http://edu.zaozhuang.gov.cn/xxgk/wjtz/201312/t20131225_218576.html): a cross table — the corner cell “区(市) 媒体”,
//    the six 区(市) across, one row a medium (人民日报 … 光明网) with its count under each, the last row “得 分”; the stored
//    copy ends inside the 注 under it (left out);
//  - 合肥市关工委, 2015—2016评比年度宣传报道工作情况通报(三) (http://www.hfsggw.cn/tzgg/14271943.html): the counts in running
//    text, two units a line — “肥东县关工委 122篇 肥西县关工委 189篇” — pasted as a clerk pastes text split on spaces (where the
//    page runs a name into its count, “市经开区关工委20篇”, the cell keeps them together);
//  - 吉林市政务服务和数字化建设管理局, 附件1 “2020年第三季度市政府网站信息采用情况排名表”
//    (http://letourdeforce.com/zt/zwzt/wzjg/pbtb/202011/t20201130_907270.html): a section row 县(市)政府, then 排名 | 单位 |
//    本季度报送 | 本季度采用 | 本季度得分 (rows 1–3; the stored copy stops inside row 4);
//  - 扎兰屯市政务服务局, 附件1 “市直各部门信息采用情况统计表” (2023年1-3月, http://xzfxzy.com/News/show/1062568.html): 排名 |
//    单位 | 扎兰屯市政府网采用条数 | …采用得分 | 呼伦贝尔市政府网采用条数 | …采用得分 | 1-3月得分 (rows 1–5; the copy stops
//    inside row 6).
// What the office reads: each is the result of counting — per unit (and per medium) — with no date, title or outlet of any
// piece: nothing in it can be dated into a period, checked against 媒体名录 or scored by the rules. It is no 报送台账, and
// no task table either (合肥's list was read as four tasks named after units, 枣庄's was passed over without a word, so the
// report ranked every unit 0 silently). Duban says once that the sheet is a summary, not read, and what it needs instead.
import { buildReport } from '../../src/core/scoring/report';
import { CellValue } from '../../src/core/sheets/grid';
import { readLedger } from '../../src/core/sheets/ledger-sheet';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, taskGrid } from '../helpers/grids';

const n = null;
const media = (name: string, ...counts: (number | null)[]) => [name, ...Array.from({ length: 6 }, (_, i) => counts[i] ?? null)];
const zaozhuang = grid('附件1', [
  ['各区(市)教育局11月份度新闻和信息宣传情况统计表'],
  ['区(市) 媒体', '滕州市', '市中区', '薛城区', '山亭区', '峄城区', '台儿庄区'],
  media('人民日报'), media('光明日报'), media('中国教育报', 1, n, 2, n, 1), media('中国教师报', n, n, n, n, 3), media('农民日报'),
  media('工人日报'), media('法制日报'), media('科技日报'), media('大众日报', n, n, n, 1), media('现代教育报', n, n, 1),
  media('山东教育报', n, n, 1, n, 2), media('联合日报', n, n, n, n, 1), media('山东工人报'), media('山东法制报'), media('齐鲁晚报'),
  media('教师报', n, n, n, n, 6), media('德育报', n, n, n, n, 3), media('枣庄日报', 29, 22, 34, 4, 11, 5), media('枣庄晚报', 6, 11, 36, 5, 10, 3),
  media('枣庄教育', 5, 8, 7, 3, 15, 2), media('人民教育'), media('中小学管理'), media('中国德育'), media('山东教育'), media('中央电视台'),
  media('中央电台'), media('中国教育电视台'), media('山东教育电视台', 1), media('山东电台'), media('山东电视台', n, n, 1),
  media('枣庄电视台', n, n, 6, n, 1), media('枣庄电台', n, n, 12, n, 12), media('人民网', 1, 3, 4, n, 7), media('新华网', n, n, n, n, 1),
  media('中国政府网'), media('中国新闻网', n, n, n, n, 4), media('光明网', 1, n, 1, 1, 5), media('得 分', 128, 132, 276, 129, 388, 28),
] as CellValue[][]);
const hefei = grid('Sheet1', [
  ['据统计：2015年8月1日至2016年6月6日，各县（市）区关工委、各开发区关工委在市关工网和《市关工通讯》上用稿情况如下：'],
  ['肥东县关工委', '122篇', '肥西县关工委', '189篇'], ['长丰县关工委', '210篇', '庐江县关工委', '674篇'], ['庐阳区关工委', '304篇', '包河区关工委', '411篇'],
  ['瑶海区关工委', '31篇', '巢湖市关工委', '247篇'], ['蜀山区关工委', '122篇'], ['市经开区关工委20篇', '新站区关工委108篇'],
  ['合巢经开区关工委114篇', '高新区关工委8篇'], ['市关工委办公室', '122篇', '其他关工委', '20篇'],
]);
const jilin = grid('附件1', [
  ['2020年第三季度市政府网站信息采用情况排名表'], ['县(市)政府'], ['排名', '单位', '本季度报送', '本季度采用', '本季度得分'],
  [1, '舒兰市', 197, 186, 4650], [2, '磐石市', 161, 148, 2825], [3, '桦甸市', 123, 123, 2625],
] as CellValue[][]);
const zhalantun = grid('附件1', [
  ['市直各部门信息采用情况统计表'],
  ['排名', '单位', '扎兰屯市政府网采用条数', '扎兰屯市政府网采用得分', '呼伦贝尔市政府网采用条数', '呼伦贝尔市政府网采用得分', '1-3月得分'],
  [1, '扎兰屯市现代农业产业园服务中心', 35, 175, 3, 30, 205], [2, '水利局', 36, 180, 0, 0, 180], [3, '市场监督管理局', 27, 135, 1, 10, 145],
  [4, '公安局', 25, 125, 1, 10, 135], [5, '民政局', 26, 130, 0, 0, 130],
] as CellValue[][]);

const TABLES = [[zaozhuang, 'A2'], [hefei, 'A2'], [jilin, 'B3'], [zhalantun, 'B2']] as const;

test('each 用稿统计 is a summary: not read as the ledger, said once at its header (or first count)', () => {
  for (const [table, cell] of TABLES) {
    const ledger = readLedger([table], null, new MediaDirectory([]));
    expect({ sheet: table.name, read: ledger.sheet, entries: ledger.entries.length }).toEqual({ sheet: table.name, read: null, entries: 0 });
    expect(ledger.issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([['LEDGER_SUMMARY_ONLY', table.name, cell]]);
    expect(ledger.issues[0].message).toMatch(/^“(附件1|Sheet1)”表是按单位汇总的统计表（各单位的条数或得分），不是逐篇登记的报送台账.*此表未读取，各单位报送数按 0 计/u);
  }
});

test('none is read as a task table, and the report says why every unit has 0', () => {
  for (const [table] of TABLES) {
    const workbook = [taskGrid([[1, '开设专栏，每月报送宣传信息。', '市教体局', '', '2016年12月31日', '每月不少于2篇']]), table];
    const check = checkWorkbook(workbook, { today: d('2016-07-01'), year: 2016 });
    expect({ table: table.name, tasks: check.taskSheets, issues: check.issues.filter((i) => i.sheet === table.name).map((i) => i.code) })
      .toEqual({ table: table.name, tasks: ['任务分工表'], issues: [] });
    const report = buildReport(workbook, { today: d('2016-07-01'), year: 2016, asOf: d('2016-06-30'), period: { from: d('2016-06-01'), to: d('2016-06-30') } });
    expect(report.issues.filter((i) => i.code === 'LEDGER_SUMMARY_ONLY').map((i) => i.sheet)).toEqual([table.name]);
  }
});

test('a table of figures that allocates targets, and a list of units with their contacts, are no summaries', () => {
  // the same cross layout giving each county its 目标任务 (the title says so): a task table's business, not a summary
  const targets = grid('Sheet1', [['2014年各区(市)新闻宣传目标任务分解表'], ['区(市) 媒体', '滕州市', '市中区', '薛城区'], ['枣庄日报', 30, 20, 30], ['枣庄晚报', 10, 10, 10]] as CellValue[][]);
  expect(readLedger([targets], null, new MediaDirectory([])).issues).toEqual([]);
  // a contact list is pairs of names and numbers too — but the numbers are no counts (a phone number) and nothing says it counts
  const contacts = grid('联系人', [['肥东县关工委', '0551-67712345'], ['肥西县关工委', '0551-68812345'], ['长丰县关工委', '0551-66612345']]);
  expect(readLedger([contacts], null, new MediaDirectory([])).issues).toEqual([]);
});

test('a table of monthly targets by unit summed with 合计 and no title is no summary (nothing says it counts what was done)', () => {
  const targets = grid('Sheet1', [['单位', '1月', '2月', '3月'], ['市教体局', 2, 2, 2], ['市文旅局', 1, 1, 1], ['合计', 3, 3, 3]] as CellValue[][]);
  expect(readLedger([targets], null, new MediaDirectory([])).issues).toEqual([]);
});

// The unit column headed by the kind of unit, as 通报 tables are: 重师新闻网 用稿统计表(二) (https://jeepcarus.com/kyguanwangmanbetx/
// info/1050/1518.htm, the second table of the page whose first is in ledger-summary-tables: 序号 | 学院 | 数量; row 1 only, the
// stored copy stops inside row 2), and a 县（市、区） header (constructed, figures made up: no stored 通报 table headed so was found;
// 县（市、区） is how their 主送 lines name the counties).
test('a summary whose unit column is headed 学院 or 县（市、区） is one too', () => {
  const colleges = grid('用稿统计', [['重师新闻网新闻稿用稿统计表（二）'], ['序号', '学院', '数量'], [1, '政治学院', 7]] as CellValue[][]);
  const counties = grid('附件', [['2023年上半年各县（市、区）政务信息报送采用情况统计表'], ['县（市、区）', '报送条数', '采用条数', '得分'], ['金安区', 52, 18, 64], ['裕安区', 47, 15, 55]] as CellValue[][]);
  for (const [table, cell] of [[colleges, 'B2'], [counties, 'A2']] as const) {
    expect(readLedger([table], null, new MediaDirectory([])).issues.map((i) => [i.code, i.cell])).toEqual([['LEDGER_SUMMARY_ONLY', cell]]);
  }
});
