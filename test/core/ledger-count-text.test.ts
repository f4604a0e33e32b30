// A 数量 written as text: how a clerk means it and what the sheet's formulas make of it (expectations written before running Duban).
// Clerks type the count the way they say it — "3篇", "２条" (full-width, from a Chinese input method), "两条" — or paste it from
// a system that stores digits as text. The clerk means 3 and 2, and Duban's engine counts them so (round 9). But the 已报送
// column 添加计算列 writes (SUMIFS over 数量 plus COUNTIFS of the blanks) and any 求和 a clerk writes skip text as 0: on the
// sheet the unit has 0 where the report says 3, and the two disagree without a word. A formula cannot read "两条", so the
// cell is what must change: the check says so once per text written, with the number to write (a one-click fix), and the
// engine keeps counting what the clerk meant until then. A text with no figure ("若干") and a negative figure are said too
// (the engine counts 1, the formula 0 or the negative); "0篇" and blanks are read alike by both and say nothing.
import { buildReport } from '../../src/core/scoring/report';
import { CellValue } from '../../src/core/sheets/grid';
import { planComputedColumns } from '../../src/core/validation/computed-columns';
import { planFixes } from '../../src/core/validation/fixes';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const JUNE = { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-06-01'), to: d('2023-06-30') } };
const media = grid('媒体名录', [['媒体名称', '级别'], ['皖西日报', '市级'], ['六安发布', '市级']]);

test('a 数量 written as text is counted as meant and said once per text, with the number to write; the fix writes numbers', () => {
  const rows: CellValue[][] = [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '篇数'],
    ['2023-06-05', '市教体局', '资助政策进万家', '皖西日报', '市级', '是', 1, 3],
    ['2023-06-06', '市教体局', '营养餐改善计划惠及三万学生', '六安发布', '市级', '是', 1, '3篇'],
    ['2023-06-07', '市教体局', '暑期安全教育', '皖西日报', '市级', '是', 1, '２条'],
    ['2023-06-08', '市教体局', '校园食品安全检查', '皖西日报', '市级', '是', 1, null],
    ['2023-06-09', '市教体局', '教师节表彰', '六安发布', '市级', '是', 1, '若干'],
    ['2023-06-10', '市教体局', '双减成效', '皖西日报', '市级', '是', 1, '3篇'],
    ['2023-06-11', '市教体局', '作废的一条', '皖西日报', '市级', '否', 1, '0篇'],
    ['2023-06-12', '市教体局', '录错的一条', '皖西日报', '市级', '是', 1, -1],
  ];
  const grids = [taskGrid([[1, '开设民生工程专栏。', '市教体局', '', '2023年12月31日', '每月不少于2篇']]), registryGrid(), media, grid('报送台账', rows)];
  const r = buildReport(grids, JUNE);
  // the clerk's counts: 3, 3, 2, a blank is 1, 若干 is no count (1, as before), 3, 0, -1 is no count (1)
  expect(r.ledger.entries.map((e) => e.count)).toEqual([3, 3, 2, 1, 1, 3, 0, 1]);
  const said = r.issues.filter((i) => i.code === 'LEDGER_COUNT_TEXT');
  expect(said.map((i) => [i.cell, i.cells ?? null, i.suggestion ?? null, i.message])).toEqual([
    ['H3', ['H3', 'H7'], '3', '篇数“3篇”是文字，不是数字：督办按 3 篇计，表中的公式（“已报送”列、求和）却按 0 计，两处对不上：请改为数字 3（可一键修复）。共 2 行：H3、H7。'],
    ['H4', null, '2', '篇数“２条”是文字，不是数字：督办按 2 篇计，表中的公式（“已报送”列、求和）却按 0 计，两处对不上：请改为数字 2（可一键修复）。'],
    ['H6', null, null, '篇数“若干”是文字，不是数字：督办按 1 篇计，表中的公式（“已报送”列、求和）却按 0 计，两处对不上：请改为篇数（数字）。'],
    ['H9', null, null, '篇数 -1 不是篇数：督办按 1 篇计，表中的公式（“已报送”列、求和）却按 -1 计，两处对不上：请改为实际篇数。'],
  ]);
  expect(said.every((i) => i.severity === 'warning')).toBe(true);
  // the fix writes the figures as numbers in every cell of the text; 若干 and -1 are the clerk's to correct
  // (in 常规 format: a cell formatted as text keeps a typed 3 as text)
  expect(planFixes(r.issues, grids).filter((f) => f.sheet === '报送台账').map((f) => [f.cell, f.before, f.value, f.numberFormat])).toEqual([
    ['H3', '3篇', 3, 'General'], ['H7', '3篇', 3, 'General'], ['H4', '２条', 2, 'General'],
  ]);
  // the 已报送 column's cached result is the engine's (what the sheet shows once the cells are numbers): 3+3+2+1+1+3+0+1
  const plan = planComputedColumns(grids, r.check, r.ledger)!;
  const submitted = plan.cells.find((c) => c.formula.startsWith('=SUMIFS'))!;
  expect(submitted.result).toBe(14);
});

test('numbers, blanks and counts merged over a block say nothing', () => {
  const rows: CellValue[][] = [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量'],
    ['2023-06-05', '市教体局', '资助政策进万家', '皖西日报', '市级', '是', 1],
    ['2023-06-06', '市文旅局', '非遗展演进社区', '皖西日报', '市级', '是', '2篇'],
    ['2023-06-07', null, '非遗展演进社区', '六安发布', '市级', '是', null],
    ['2023-06-08', '金安区', '防汛演练', '皖西日报', '市级', '是', null],
  ];
  const merges = [{ top: 2, left: 1, bottom: 3, right: 1 }, { top: 2, left: 6, bottom: 3, right: 6 }];
  const r = buildReport([taskGrid([]), registryGrid(), media, grid('报送台账', rows, merges)], JUNE);
  expect(r.ledger.entries.map((e) => e.count)).toEqual([1, 1, 1, 1]);
  expect(r.issues.filter((i) => i.code === 'LEDGER_COUNT_TEXT')).toEqual([]);
});
