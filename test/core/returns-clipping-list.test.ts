// A unit's return in the layout of a 见报篇目统计表 (expectations written from the layout, before running Duban). The layout
// is the one 柳州日报社 asks its correspondents to fill (2010 积极通讯员评选, https://www.yybnet.net/liuzhou/news/201012/1194433.html:
// "按格式填写见报篇目统计表" — 姓名 | 单位地址、邮编及电话 | 见报总数 | 重点稿 | 非重点稿 over the list 月 | 日 | 报名 | 版次 | 标题 |
// 体裁 | 字数). A unit's clerk keeps its clippings that way and pastes the list over the form's 报送登记 sheet. What the office
// reads: each row a piece that appeared (见报) in the paper named under 报名, on the day 月 + 日 of the period's year (said, as
// for "6月12日"), 版次 the page, 体裁 the kind of piece, 字数 its length; the block over the list is no row.
import { collectReturns, readReturn } from '../../src/core/returns';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const JUNE = { from: d('2023-06-01'), to: d('2023-06-30') };
const master = [
  taskGrid([[2, '开设民生工程专栏，发布政策解读。', '市教体局', '', '2023年12月31日', '每月不少于2篇']]),
  registryGrid(),
  grid('媒体名录', [['媒体名称', '级别'], ['柳州日报', '市级'], ['柳州晚报', '市级']]),
];
const check = checkWorkbook(master, { today: d('2023-07-03'), asOf: d('2023-07-03') });

const clippings: Grid = grid('报送登记', [
  ['姓名', '单位地址、邮编及电话', null, '见报总数', '重点稿', '非重点稿'],
  ['张三', '市教体局 545001 2825867', null, 3, 1, 2],
  ['月', '日', '报名', '版次', '标题', '体裁', '字数'],
  [6, 3, '柳州日报', 2, '市教体局：暑期学生安全教育全覆盖', '消息', 800],
  [6, 12, '柳州晚报', 5, '一位乡村教师的三十年', '通讯', 1500],
  [6, 20, '柳州日报', 1, '让每个孩子都有书读', '言论', 600],
] as CellValue[][]);

test('a 见报篇目 list over 报送登记: the day from 月 and 日 in the period\'s year, the paper from 报名; the block over it is no row', () => {
  const data = readReturn([clippings], '市教体局-填报表-2023-06-01至2023-06-30.xlsx');
  const r = collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: [{ data, received: d('2023-07-03') }], submissions: [],
  });
  expect(r.rejected).toEqual([]);
  expect(r.added.map((a) => [a.date, a.title, a.media, a.level, a.adopted, a.count])).toEqual([
    [d('2023-06-03'), '市教体局：暑期学生安全教育全覆盖', '柳州日报', '市级', true, 1],
    [d('2023-06-12'), '一位乡村教师的三十年', '柳州晚报', '市级', true, 1],
    [d('2023-06-20'), '让每个孩子都有书读', '柳州日报', '市级', true, 1],
  ]);
  // said for each row: the year is the period's
  expect(r.notes.filter((n) => /没有写年份/u.test(n.reason)).map((n) => n.row)).toEqual([4, 5, 6]);
});

test('月 and 日 filled in part: a row without its day is sent back, not dated by guess', () => {
  const partial = grid('报送登记', [['月', '日', '报名', '标题'], [6, null, '柳州日报', '市教体局：营养餐惠及三万学生'], [6, 31, '柳州日报', '不存在的一天']] as CellValue[][]);
  const data = readReturn([partial], '市教体局-填报表-2023-06-01至2023-06-30.xlsx');
  const r = collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: [{ data, received: d('2023-07-03') }], submissions: [],
  });
  expect(r.added).toEqual([]);
  expect(r.rejected.map((x) => x.row)).toEqual([2, 3]);
  expect(r.rejected[0].reason).toMatch(/日/u);
});

// Round 10: a clerk's own 登记簿 headed 月份 | 日期, the day under 日期 (5, "12日"; a month written "6月"), pasted over 报送登记: the date from the two in the
// period's year, as 月 | 日 — before, 5 under 日期 was refused as a number that lost its digits.
test('月份 | 日期 with the day under 日期 reads as 月 | 日', () => {
  const sheet = grid('报送登记', [['月份', '日期', '媒体', '标题'], [6, 5, '柳州日报', '暑期学生安全教育全覆盖'], ['6月', '12日', '柳州晚报', '一位乡村教师的三十年']] as CellValue[][]);
  const data = readReturn([sheet], '市教体局-填报表-2023-06-01至2023-06-30.xlsx');
  const r = collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: [{ data, received: d('2023-07-03') }], submissions: [],
  });
  expect(r.rejected).toEqual([]);
  expect(r.added.map((a) => [a.date, a.title])).toEqual([[d('2023-06-05'), '暑期学生安全教育全覆盖'], [d('2023-06-12'), '一位乡村教师的三十年']]);
});
