// The generated sheets' content: 单位任务清单's order and shared cells, 校验结果's order, the common layout.
import { buildReport } from '../../src/core/scoring/report';
import { SpecCell, SheetSpec, STYLES } from '../../src/core/sheets/sheet-spec';
import { GENERATED_NAMES, issuesSheet, summarySheets, unitTasksSheet } from '../../src/core/scoring/summaries';
import { SUMMARY_HEADER_ROW, summarySheet } from '../../src/core/scoring/summary-layout';
import { TODAY, d, registryGrid, taskGrid } from '../helpers/grids';

const stamp = { generatedAt: '2023-06-30 10:00', asOf: d('2023-06-30') };
const body = (spec: SheetSpec) => spec.rows.slice(SUMMARY_HEADER_ROW).map((r) => r.map((c) => c.value));

function reportOf(rows: Parameters<typeof taskGrid>[0]) {
  return buildReport([taskGrid(rows), registryGrid()], { today: TODAY, year: 2023, asOf: d('2023-06-30') });
}

describe('单位任务清单', () => {
  const report = reportOf([
    [1, '政策解读', '市发改委', '市委宣传部、各镇', '2023年9月30日', '每季度1次', '', ''],
    [2, '典型宣传', '市委宣传部', '市发改委', '2023年5月31日', '', '已完成', ''],
    [3, '走进乡镇', '各镇', '', '2023年12月20日', '', '', ''],
  ]);
  const spec = unitTasksSheet(report, stamp);

  it('lists units in registry order, each with the tasks it leads, then those it joins, in sheet order', () => {
    expect(body(spec).map((r) => r.slice(0, 3))).toEqual([
      ['市委宣传部', '牵头', '2'],
      ['市委宣传部', '配合', '1'],
      ['市发改委', '牵头', '1'],
      ['市发改委', '配合', '2'],
      ['甲镇', '牵头', '3'],
      ['甲镇', '配合', '1'],
      ['乙镇', '牵头', '3'],
      ['乙镇', '配合', '1'],
    ]);
    expect(spec.rows[0][0].value).toBe('单位任务清单（4 个单位）');
    expect(spec.autoFilter).toBe(`A${SUMMARY_HEADER_ROW}:G${SUMMARY_HEADER_ROW + 8}`);
  });

  it('shows a task the same way under every unit, and holds equal text in equal style once', () => {
    const rows = spec.rows.slice(SUMMARY_HEADER_ROW);
    const task1 = rows.filter((r) => r[2].value === '1');
    expect(task1).toHaveLength(4);
    for (const r of task1) expect(r.slice(3).map((c) => c.value)).toEqual(['政策解读', '2023年9月30日', task1[0][5].value, '未到期']);
    expect(task1[0][5].value).toMatch(/季度/);
    // the task's cell is one object under every unit: 200 units of a group cost one cell, not 200
    expect(new Set(task1.map((r) => r[3])).size).toBe(1);
    expect(task1[0][3].style).toBe(STYLES.text);
  });
});

describe('校验结果', () => {
  it('puts errors first and links each issue to its cell', () => {
    const report = reportOf([
      [1, '政策解读', '市教育局', '', '**月**日前', '', '', ''],
      [2, '', '市委宣传部', '', '2023年6月10日', '', '', ''],
    ]);
    const spec = issuesSheet(report.issues, stamp);
    const rows = body(spec);
    expect(rows.length).toBe(report.issues.length);
    const levels = rows.map((r) => r[1]);
    expect(levels.indexOf('错误')).toBe(0);
    expect(levels.lastIndexOf('错误')).toBeLessThan(levels.indexOf('警告') === -1 ? Infinity : levels.indexOf('警告'));
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
    const unknown = rows.find((r) => r[6] === 'UNKNOWN_UNIT')!;
    expect(unknown[3]).toEqual({ text: '任务分工表!C2', link: "#'任务分工表'!C2" });
    expect(unknown[5]).toBe('市教体局');
  });
});

describe('summarySheet', () => {
  const columns = [{ header: '甲', width: 6, style: STYLES.center }, { header: '乙', width: 10, style: STYLES.plain }];

  it('takes rows from a generator, pads short rows with blanks and merges a row style into each column style', () => {
    function* rows() {
      yield ['x', 1];
      yield ['y'];
    }
    const spec = summarySheet('表', '标题', stamp, columns, rows(), { rowStyles: [undefined, STYLES.error] });
    expect(body(spec)).toEqual([['x', 1], ['y', null]]);
    const second: readonly SpecCell[] = spec.rows[SUMMARY_HEADER_ROW + 1];
    expect(second[0].style).toEqual({ ...STYLES.center, ...STYLES.error });
    expect(spec.rows[SUMMARY_HEADER_ROW][0].style).toBe(STYLES.center);
    expect(spec.autoFilter).toBe(`A${SUMMARY_HEADER_ROW}:B${SUMMARY_HEADER_ROW + 2}`);
  });

  it('has no filter without rows', () => {
    expect(summarySheet('表', '标题', stamp, columns, []).autoFilter).toBeUndefined();
  });

  it('names the six sheets of a report in order', () => {
    const report = reportOf([[1, '政策解读', '市委宣传部', '', '2023年9月29日', '', '', '']]);
    expect(summarySheets(report, stamp).map((s) => s.name)).toEqual([
      // no period given: the month of the as-of date (2023-06-30), a whole month's 通报 named by its month
      GENERATED_NAMES.issues, GENERATED_NAMES.unitTasks, '月度通报-2023-06', GENERATED_NAMES.breakdown, GENERATED_NAMES.overdue, '年度考核-2023',
    ]);
  });
});
