// Registers and tallies an office keeps in the same workbook as its 报送台账 that are no ledger of articles (round 11;
// expectations written from the layout, before running Duban):
//  - 武定县人民政府办公室, 2025年4月政府网站与政务新媒体监测情况的通报 (http://www.ynwd.gov.cn/info/1535/61066.htm): “武定县2025年4月
//    政务新媒体监测情况汇总表”, “(监测时间:2025年4月1日——2025年4月30日)”, 序号 | 主办单位 | 新媒体名称 | 发布条数 — one row an
//    account, a unit on several rows (县公安局: 武定警方, its 新浪微博, 武定交警大队); rows 1–7 (the stored copy stops inside row 8);
//  - 广德市 2023年度新闻发布工作计划表 (https://www.guangde.gov.cn/Jczwgk/show/2719658.html, 附件1): 序号 | 发布主题 | 时间 |
//    承办单位, row 1 “广德市“便民停车 让城市更有温度” | 6月 | 市城管局” (the stored copy stops inside row 2) — a plan of press
//    conferences, kept beside the 报送台账 of what was published;
//  - a 收文登记簿 as the template on m.stra.cn (https://m.stra.cn/wenku/rdddr/evGgMgg8v9) prints it: 编号 | 日期 | 起草单位 |
//    收文单位 | 收文文号 | 文件题名 | 附件 | 备注 | 收文时间 | 答复时间 | 登记人 — one row a document received (its 日期 the day
//    it was logged, 起草单位 who sent it, 文件题名 its title).
// What the office reads: the documents the office received are no articles its units reported. With the 报送台账 beside it,
// only the 报送台账 counts, and the 登记簿 raises nothing; without a 报送台账, the 登记簿's documents must not become articles
// (each would score its 起草单位). (Whether its rows are tasks — the task reader takes 文件题名 for 任务内容 and 收文单位 for the
// lead today — is the task tables' question, left to them: a 来文 register tracking 答复时间 is close to a 公文督办 table.)
import { buildReport } from '../../src/core/scoring/report';
import { checkWorkbook } from '../../src/core/validation/validate';
import { CellValue } from '../../src/core/sheets/grid';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const JUNE = { from: d('2025-06-01'), to: d('2025-06-30') };
const tasks = taskGrid([[1, '开展暑期防溺水安全宣传。', '市教体局', '', '2025年8月31日', '每月不少于2篇']]);
const media = grid('媒体名录', [['媒体名称', '级别', '别名'], ['皖西日报', '市级', '']]);
const received = grid('收文登记簿', [
  ['编号', '日期', '起草单位', '收文单位', '收文文号', '文件题名', '附件', '备注', '收文时间', '答复时间', '登记人'],
  ['2025-031', '2025-06-03', '市教体局', '市民生办', '六教体〔2025〕12号', '关于报送2025年暑期防溺水工作方案的报告', '1', '', '2025-06-03', '2025-06-05', '张三'],
  ['2025-032', '2025-06-09', '市交通运输局', '市民生办', '六交〔2025〕8号', '关于农村公路养护情况的报告', '', '', '2025-06-09', '', '张三'],
] as CellValue[][]);
const ledger = grid('报送台账', [
  ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
  ['2025-06-05', '市教体局', '市教体局开展防溺水安全教育进校园', '皖西日报', '市级', '是', 1, 1],
] as CellValue[][]);
const report = (sheets: ReturnType<typeof grid>[]) => buildReport([tasks, registryGrid(), media, ...sheets], { today: d('2025-07-03'), year: 2025, asOf: d('2025-06-30'), period: JUNE });

test('a 收文登记簿 beside the 报送台账: only the 报送台账 is read, no ledger issue from the 登记簿', () => {
  const r = report([ledger, received]);
  expect(r.ledger.entries.map((e) => [e.unit, e.title])).toEqual([['市教体局', '市教体局开展防溺水安全教育进校园']]);
  expect(r.issues.filter((i) => i.sheet === '收文登记簿' && i.code.startsWith('LEDGER_'))).toEqual([]);
  expect(r.issues.filter((i) => i.code === 'LEDGER_SHEETS_UNREAD')).toEqual([]);
});

test('a 收文登记簿 alone: its documents are no articles', () => {
  const r = report([received]);
  expect(r.ledger.entries).toEqual([]);
});

// What the office reads in 武定's table: the count of posts each account made in April — a tally by unit and account, with no
// date, title or outlet of any post. It is no 报送台账 (a post counted there cannot be dated, checked or scored) and no task
// table (发布条数 is what was done, not what is asked): said once, as the other 统计表 by unit are.
const wuding = grid('Sheet1', [
  ['武定县2025年4月政务新媒体监测情况汇总表'],
  ['（监测时间：2025年4月1日——2025年4月30日）'],
  ['序号', '主办单位', '新媒体名称', '发布条数'],
  [1, '县人民政府办公室', '武定县人民政府办公室', 37],
  [2, '县公安局', '武定警方', 72],
  [3, '县公安局', '武定警方（新浪微博）', 40],
  [4, '县公安局', '武定交警大队（新浪微博）', 34],
  [5, '县司法局', '武定法治在线', 30],
  [6, '县人力资源和社会保障局', '武定县人力资源和社会保障局', 41],
  [7, '县工信商务科技局', '武定工信科技局', 20],
] as CellValue[][]);

test('武定\'s 政务新媒体 tally by unit and account: no ledger and no task table, said once', () => {
  const workbook = [tasks, registryGrid(), media, wuding];
  const check = checkWorkbook(workbook, { today: d('2025-05-12'), year: 2025 });
  expect({ tasks: check.taskSheets, issues: check.issues.filter((i) => i.sheet === 'Sheet1').map((i) => i.code) }).toEqual({ tasks: ['任务分工表'], issues: [] });
  const r = buildReport(workbook, { today: d('2025-05-12'), year: 2025, asOf: d('2025-04-30'), period: { from: d('2025-04-01'), to: d('2025-04-30') } });
  expect(r.ledger.entries).toEqual([]);
  expect(r.issues.filter((i) => i.code === 'LEDGER_SUMMARY_ONLY').map((i) => [i.sheet, i.cell])).toEqual([['Sheet1', 'B3']]);
});

const guangde = grid('新闻发布计划', [
  ['广德市2023年度新闻发布工作计划表'],
  ['序号', '发布主题', '时间', '承办单位'],
  [1, '广德市“便民停车 让城市更有温度”', '6月', '市城管局'],
] as CellValue[][]);

test('广德\'s plan of press conferences beside the 报送台账: a plan, not articles — the ledger read is the 报送台账 alone', () => {
  const r = report([ledger, guangde]);
  expect(r.ledger.entries.map((e) => e.title)).toEqual(['市教体局开展防溺水安全教育进校园']);
  expect(r.issues.filter((i) => i.code.startsWith('LEDGER_'))).toEqual([]);
});
