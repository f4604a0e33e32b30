// A 数量/篇数 cell merged down over several rows: one figure for several entries (written before running Duban).
// Offices that keep their 台账 in blocks (单位 merged over a unit's rows, as 宣传报道统计表 are printed) merge 篇数 too and write the
// block's figure once. How a clerk means it: the rows are the articles, one each; the merged figure is the block's total. So
//  - the figure equals the rows it covers ("3" over three articles): each row is 1 篇, the block 3 — right, nothing to say;
//  - any other figure ("1" over two rows — one piece in two outlets? — or "5" over two rows — pieces not listed?) cannot be
//    shared out: the rows are what the office can see and check, each counts 1 (before: the first row took the whole figure
//    and each other row 1 more — "5" over two rows counted 6, silently), and the ledger says so once per merge.
// A return (填报表) is read the same way: the figure equal to its rows is 1 a row, said; any other is sent back, as before.
import { buildReport } from '../../src/core/scoring/report';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { collectReturns, readReturn } from '../../src/core/returns';
import { checkWorkbook } from '../../src/core/validation/validate';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const JUNE = { from: d('2023-06-01'), to: d('2023-06-30') };
const media = grid('媒体名录', [['媒体名称', '级别'], ['皖西日报', '市级'], ['六安发布', '市级'], ['人民网', '中央级']]);
const span = (top: number, left: number, bottom: number) => ({ top, left, bottom, right: left });

test('报送台账 in blocks: 篇数 merged over a block counts each row once, and a figure other than the rows is said', () => {
  // A: 市教体局 block, 3 rows, 篇数 "3" merged (G2:G4); B: 市文旅局, one piece in two outlets, "1" merged (G5:G6);
  // C: 金安区, two rows, "5" merged (G7:G8); D: 裕安区, two rows, 篇数 merged and blank (G9:G10)
  const rows: CellValue[][] = [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用', '篇数'],
    ['2023-06-05', '市教体局', '资助政策进万家', '皖西日报', '市级', '是', 3],
    ['2023-06-12', null, '营养餐改善计划惠及三万学生', '六安发布', '市级', '是', null],
    ['2023-06-19', null, '低保家庭子女入学资助全覆盖', '人民网', '中央级', '是', null],
    ['2023-06-08', '市文旅局', '非遗展演进社区', '皖西日报', '市级', '是', '1篇'],
    ['2023-06-09', null, '非遗展演进社区', '六安发布', '市级', '是', null],
    ['2023-06-10', '金安区人民政府', '金安区开展防汛演练', '皖西日报', '市级', '是', 5],
    ['2023-06-11', null, '金安区城乡低保提标', '六安发布', '市级', '是', null],
    ['2023-06-13', '裕安区人民政府', '裕安区老年食堂开张', '皖西日报', '市级', '是', null],
    ['2023-06-14', null, '裕安区医保宣传进村', '六安发布', '市级', '是', null],
  ];
  const merges = [span(1, 1, 3), span(1, 6, 3), span(4, 1, 5), span(4, 6, 5), span(6, 1, 7), span(6, 6, 7), span(8, 1, 9), span(8, 6, 9)];
  const r = buildReport([taskGrid([]), registryGrid(), media, grid('报送台账', rows, merges)], { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: JUNE });
  expect(r.ledger.entries.map((e) => [e.row, e.unit, e.count])).toEqual([
    [2, '市教体局', 1], [3, '市教体局', 1], [4, '市教体局', 1],
    [5, '市文旅局', 1], [6, '市文旅局', 1],
    [7, '金安区人民政府', 1], [8, '金安区人民政府', 1],
    [9, '裕安区人民政府', 1], [10, '裕安区人民政府', 1],
  ]);
  expect(r.issues.filter((i) => i.sheet === '报送台账').map((i) => [i.code, i.cell, i.message])).toEqual([
    ['LEDGER_MERGED_COUNT', 'G5', '篇数“1篇”合并了 2 行（G5:G6），与行数不一致，读不出每行的篇数：按每行 1 篇计（共 2 篇），请取消合并，逐行填写。'],
    ['LEDGER_MERGED_COUNT', 'G7', '篇数“5”合并了 2 行（G7:G8），与行数不一致，读不出每行的篇数：按每行 1 篇计（共 2 篇），请取消合并，逐行填写。'],
  ]);
});

test('a return\'s 数量 merged over rows: the figure equal to the rows is one a row (said); another figure is sent back', () => {
  const master = [taskGrid([[2, '开设民生工程专栏。', '市教体局', '', '2023年12月31日', '每月不少于2篇']]), registryGrid(), media];
  const check = checkWorkbook(master, { today: d('2023-07-03'), asOf: d('2023-07-03') });
  const sheet: Grid = grid('报送登记', [
    ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
    ['2023-06-05', '资助政策进万家', '皖西日报', '市级', '是', 2, 2],
    ['2023-06-06', '营养餐改善计划惠及三万学生', '六安发布', '市级', '是', 2, null],
    ['2023-06-07', '低保家庭子女入学资助全覆盖', '人民网', '中央级', '是', 2, 3],
    ['2023-06-08', '暑期安全教育', '皖西日报', '市级', '是', 2, null],
  ], [span(1, 6, 2), span(3, 6, 4)]);
  const data = readReturn([sheet], '市教体局-填报表-2023-06-01至2023-06-30.xlsx');
  const r = collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: [{ data, received: d('2023-07-03') }], submissions: [],
  });
  expect(r.added.map((a) => [a.title, a.count])).toEqual([['资助政策进万家', 1], ['营养餐改善计划惠及三万学生', 1]]);
  expect(r.notes.filter((n) => n.row > 0).map((n) => [n.row, n.reason])).toEqual([
    [2, 'G2:G3（数量）合并了 2 行，填的是 2：按每行 1 篇计'],
    [3, 'G2:G3（数量）合并了 2 行，填的是 2：按每行 1 篇计'],
  ]);
  expect(r.rejected.map((n) => [n.row, n.reason])).toEqual([
    [4, 'G4:G5（数量）合并了 2 行，填的是 3，与行数不一致，读不出每行的数量：请取消合并，逐行填写'],
    [5, 'G4:G5（数量）合并了 2 行，填的是 3，与行数不一致，读不出每行的数量：请取消合并，逐行填写'],
  ]);
});

test('报送台账 headed with the words units write on their pieces: 供稿单位, 新闻标题, 刊载媒体 (唐山科协 投稿采用情况统计, 简报 供稿单位)', () => {
  const ledger = grid('报送台账', [
    ['日期', '供稿单位', '新闻标题', '刊载媒体', '级别', '是否采用'],
    ['2023-06-05', '市教体局', '资助政策进万家', '皖西日报', '市级', '是'],
    ['2023-06-06', '市文旅局', '非遗展演进社区', '人民网', '中央级', '是'],
  ]);
  const r = buildReport([taskGrid([]), registryGrid(), media, ledger], { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: JUNE });
  expect(r.ledger.entries.map((e) => [e.unit, e.title, e.media, e.level, e.adopted])).toEqual([
    ['市教体局', '资助政策进万家', '皖西日报', '市级', true], ['市文旅局', '非遗展演进社区', '人民网', '中央级', true],
  ]);
});

test('报送台账 headed 报送时间 (as 信息报送登记 are printed) is the ledger when it has a title column — before, it was read as a task table', () => {
  const ledger = grid('信息报送台账', [
    ['报送时间', '报送单位', '信息标题', '采用情况'],
    ['2023-06-05', '市教体局', '资助政策进万家', '被皖西日报采用'],
    ['2023-06-06', '市文旅局', '非遗展演进社区', '否'],
  ]);
  const adjustments = grid('加减分', [['单位', '日期', '分值', '事由'], ['市教体局', '2023-06-20', 2, '信息被市领导批示']]);
  const r = buildReport([taskGrid([[1, '开设专栏。', '市教体局', '', '2023年12月31日', '每月不少于2篇']]), registryGrid(), media, adjustments, ledger],
    { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: JUNE });
  expect(r.ledger.sheet).toBe('信息报送台账');
  expect(r.ledger.entries.map((e) => [e.unit, e.media, e.adopted])).toEqual([['市教体局', '皖西日报', true], ['市文旅局', '', false]]);
  expect(r.issues.filter((i) => i.sheet === '信息报送台账')).toEqual([]);
  // an allocation table 单位 | 任务数 | 报送时间 has no title: no ledger
  const allocation = grid('分配表', [['单位', '任务数', '报送时间'], ['市教体局', 3, '每月']]);
  expect(buildReport([taskGrid([]), registryGrid(), allocation], { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: JUNE }).ledger.sheet).toBeNull();
});
