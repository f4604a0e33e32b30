// Seed 003 (XX街道…大宣传工作格局的实施方案) through `bulletin` before anything is recorded: no sentence says what the ledger cannot show.
import { buildReport } from '../../src/core/scoring/report';
import { bulletinContent, campaignName } from '../../src/core/bulletin/content';
import { d, grid, registryGrid } from '../helpers/grids';

// the task sheet import writes from seed 003: its title, and a 工作措施 row (the plan names no unit)
const tasks = grid('任务分工表', [
  ['XX街道关于进一步加强和完善大宣传工作格局的任务分工表'],
  ['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限'],
  [1, '加强信息员队伍建设', '', '', ''],
]);
const ledger = grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用']]);

test('an empty period is not 「各单位均按要求报送」, and the title has one 关于', () => {
  const grids = [tasks, registryGrid(), ledger];
  const report = buildReport(grids, { today: d('2023-10-08'), year: 2023, asOf: d('2023-09-30'), period: { from: d('2023-09-01'), to: d('2023-09-30') } });
  const content = bulletinContent(report, campaignName(grids, report), d('2023-10-08'));
  const text = content.sections.flatMap((s) => s.paragraphs).join('\n');
  expect(text).toContain('报送台账中没有该期间的报送记录');
  expect(text).not.toContain('均按要求报送');
  expect(content.sections[1].paragraphs).toEqual(['报送台账中没有本期的报送记录，无法核对各单位的报送情况。']);
  expect(content.title).toBe('关于2023年9月份XX街道进一步加强和完善大宣传工作格局宣传工作情况的通报');
});

test('a category named …单位 that scored nothing is not 「其他单位本期各单位均未得分」 (seed 000: 区融媒体中心 has no 类型)', () => {
  const grids = [
    grid('任务分工表', [['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限'], [2, '继续开设民生工程专栏', '屯光镇、区融媒体中心', '', '长期坚持']]),
    grid('单位名录', [['单位名称', '别名', '类型', '所属分组'], ['屯光镇', '', '镇', '各镇'], ['区融媒体中心', '', '', '']]),
    grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用'], ['2022-06-08', '屯光镇', '屯光镇发放一封信', '黄山日报', '市级', '是']]),
  ];
  const report = buildReport(grids, { today: d('2022-07-05'), year: 2022, asOf: d('2022-06-30'), period: { from: d('2022-06-01'), to: d('2022-06-30') } });
  const overview = bulletinContent(report, '屯溪区民生工程', d('2022-07-05')).sections[0].paragraphs.join('');
  expect(overview).toContain('其他单位本期均未得分');
  expect(overview).not.toContain('其他单位本期各单位');
});
