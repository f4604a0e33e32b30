// A time limit only inside the task's words: import takes it into 完成时限, check says it is not tracked (never silent).
import { checkWorkbook } from '../../src/core/validation/validate';
import { measuresFromTable } from '../../src/core/plans/plan-table';
import { limitInWords } from '../../src/core/validation/deadline-in-words';
import { TODAY, grid } from '../helpers/grids';

// 云南省人民政府 稳增长意见 (test/fixtures/real/yunnan-2017-wenzengzhang, https://yaoan.gov.cn/Pages_31_18539.aspx): the measure
// sets its time limit in its words, "2017年3月底前" (read from the source: the 制度 is to be built by the end of March 2017); the
// printed list has no time column. 紫阳 2024 (ziyang-2024-changwuhui-duban) writes "6月底前开工、12月底前完工的时间节点".
const YUNNAN_TASK = '建立健全省、州市、县级领导联系重点项目、交办催办督办查办等制度,2017年3月底前,各州市、各有关部门要建立完善重点项目协调推进机制。';

describe('a time limit in the task\'s words', () => {
  test.each([
    [YUNNAN_TASK, '2017年3月底前'],
    ['各乡镇要建立工作台账，6月底前完成。', '6月底前'],
    // manner words are no time limit of the task
    ['持续推进重大项目攻坚,确保有效投资增长高于经济增长。', null],
    ['完善常态化疫情防控举措。', null],
    // a recurring rule is one (潍坊 2017's "按月公开", weifang-2017-zwgk)
    ['加强财政政策信息公开,按月公开全市财政收支情况。', '按月'],
  ])('%s → %s', (task, want) => expect(limitInWords(task, 2017)).toBe(want));
});

describe('a table without a time column whose tasks set one in their words', () => {
  const rows = [
    ['序号', '工作任务', '责任单位'],
    ['1', YUNNAN_TASK, '省发展改革委'],
    ['2', '持续推进重大项目攻坚。', '省发展改革委'],
    ['3', '各州市要建立工作台账，6月底前完成。', '各州市人民政府'],
  ];
  const result = checkWorkbook([grid('分工表', rows)], { today: TODAY, year: 2017 });
  test('check reads the table as written (no deadline) and says once which tasks hold an untracked time limit', () => {
    expect(result.tasks.map((t) => t.deadline.kind)).toEqual(['none', 'none', 'none']);
    const said = result.issues.filter((i) => i.code === 'DEADLINE_MISSING');
    expect(said).toHaveLength(1);
    expect(said[0]).toMatchObject({ cell: 'B2', cells: ['B2', 'B4'], severity: 'warning' });
    expect(said[0].message).toContain('有 2 项任务');
    expect(said[0].message).toContain('“2017年3月底前”');
  });
  test('import writes that time limit into 完成时限, and no manner word (持续推进) as one', () => {
    const measures = measuresFromTable({ rows, paragraphs: rows.map((_, i) => i + 1) }, 2017, [])!;
    expect(measures.map((m) => m.deadline.kind === 'date' ? m.deadline.date : m.deadline.kind)).toEqual(['2017-03-31', 'none', '2017-06-30']);
  });
  test('a blank time cell beside such words names them', () => {
    const withColumn = checkWorkbook([grid('分工表', [['序号', '工作任务', '责任单位', '完成时限'], ['1', '各州市要建立工作台账，6月底前完成。', '各州市人民政府', '']])], { today: TODAY, year: 2017 });
    const missing = withColumn.issues.filter((i) => i.code === 'DEADLINE_MISSING');
    expect(missing.map((i) => [i.cell, i.message])).toEqual([['D2', expect.stringContaining('任务内容写有“6月底前”')]]);
  });
});
