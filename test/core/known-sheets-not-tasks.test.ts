// Duban's own other tables are never read as task sheets, even where a row of them reads like a task header
// (found while transcribing 西宁市城中区's 2017 通报 in round 10: its 单位名录 with a 类型 column, its 设置).
import { detectTaskHeader } from '../../src/core/sheets/header-roles';
import { checkWorkbook } from '../../src/core/validation';
import { TODAY, grid, taskGrid } from '../helpers/grids';

// the units of 城中区's table, in its order; 区卫生和计划生育局 holds 计划 (a task word) beside 部门 (a unit word) in 类型
const units = ['南川东路办事处', '仓门街办事处', '总寨镇', '南川西路办事处', '礼让街办事处', '南滩办事处', '人民街办事处', '饮马街办事处',
  '区统计局', '区财政局', '区政府办公室', '区卫生和计划生育局', '区发展改革和经济商务局', '区民政局', '区司法局'];
const registry = grid('单位名录', [['单位名称', '别名', '类型'], ...units.map((u, i) => [u, '', i < 8 ? '街道' : '部门'])]);
const tasks = taskGrid([[1, '区政府门户网站内容保障', '区政府办公室', '', '2017年12月29日', '', '', '']]);

test('a 单位名录 row 「区卫生和计划生育局 | | 部门」 is a unit of the registry, not the header of a task table below it', () => {
  expect(detectTaskHeader(registry).header).toBeNull();
  const r = checkWorkbook([tasks, registry], { today: TODAY });
  expect(r.issues.filter((i) => i.sheet === '单位名录')).toEqual([]);
  expect(r.tasks.map((t) => t.sheet)).toEqual(['任务分工表']);
});

test('设置\'s key | value rows (发文机关, 主送, 活动名称) are no task sheet: no unit is checked there', () => {
  const settings = grid('设置', [['项目', '值'], ['统计截止日', '2017-04-30'], ['发文机关', '城中区人民政府办公室'],
    ['主送', '各镇人民政府、各街道办事处，区政府各部门'], ['活动名称', '城中区政府门户网站内容保障']]);
  const r = checkWorkbook([tasks, registry, settings], { today: TODAY });
  expect(r.issues.filter((i) => i.sheet === '设置')).toEqual([]);
  expect(r.tasks.map((t) => t.sheet)).toEqual(['任务分工表']);
});

test('a task sheet itself is still read: only a header found below another table\'s header is refused', () => {
  // the rule only refuses a header found below another table's header: a task sheet itself is untouched
  const { header } = detectTaskHeader(tasks);
  expect(header?.row).toBe(0);
});
