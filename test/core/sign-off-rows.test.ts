// Lines a printed table carries under (or over) its rows — 制表、填报人、审核、联系电话 — are no tasks, alone or several in a row.
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

const HEADER = ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'];
const ROW = [1, '开展安全生产月宣传咨询日活动。', '县应急管理局', '县委宣传部', '2023年6月16日'];

test.each([
  [['制表：县政府督查室']],
  [['填报单位（盖章）：', null, '填报人：', null, '联系电话：']],
  [[null, '审核人：李明', null, '制表人：王芳', '电话：0564-3321234']],
  [['填表日期：2023年6月30日']],
])('%j under the table is a note, not a task', (line) => {
  const r = checkWorkbook([grid('任务分解表', [HEADER, ROW, [], line])], { today: TODAY, year: 2023 });
  expect(r.tasks.map((t) => t.task)).toEqual(['开展安全生产月宣传咨询日活动。']);
  expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
});

test('a task that starts with such a word but is a task stays a task ("审核把关" has no colon after the label)', () => {
  const r = checkWorkbook([grid('任务分解表', [HEADER, ROW, [2, '审核把关：严格执行三审三校制度。', '县融媒体中心', '', '长期坚持']])], { today: TODAY, year: 2023 });
  expect(r.tasks.map((t) => t.task)).toEqual(['开展安全生产月宣传咨询日活动。', '审核把关：严格执行三审三校制度。']);
});
