// Test helpers: in-memory grids and workbooks as a clerk would type them.
import { CellRange, CellValue, Grid } from '../../src/core/sheets/grid';
import { parseISO } from '../../src/core/dates/civil-date';
import { SheetSpec } from '../../src/core/sheets/sheet-spec';

export function grid(name: string, rows: CellValue[][], merges: CellRange[] = []): Grid {
  return { name, rows, merges };
}

export const TASK_HEADER = ['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标', '完成情况', '完成日期'];

/** A task sheet with the standard header in row 1 and the given rows below. */
export function taskGrid(rows: CellValue[][], name = '任务分工表'): Grid {
  return grid(name, [TASK_HEADER, ...rows]);
}

export const REGISTRY: CellValue[][] = [
  ['单位名称', '别名', '类型', '所属分组'],
  ['市委宣传部', '六安市委宣传部', '党委部门', '市民生工作领导小组成员单位'],
  ['市发改委', '市发展改革委、六安市发展和改革委员会', '市直部门', '市民生工作领导小组成员单位'],
  ['市教体局', '市教育体育局', '市直部门', '市民生工作领导小组成员单位'],
  ['市交通运输局', '市交通局', '市直部门', '市民生工作领导小组成员单位'],
  ['市文旅局', '市文化和旅游局', '市直部门', '市民生工作领导小组成员单位'],
  ['金安区人民政府', '金安区', '县区', '各县区人民政府'],
  ['裕安区人民政府', '裕安区', '县区', '各县区人民政府'],
  ['甲镇', '', '镇', '各镇'],
  ['乙镇', '', '镇', '各镇'],
];

export function registryGrid(): Grid {
  return grid('单位名录', REGISTRY);
}

export const d = (iso: string) => parseISO(iso)!;
export const TODAY = d('2026-11-21');

/** The grid of that name (the test knows it is there). */
export const sheetNamed = (grids: readonly Grid[], name: string): Grid => grids.find((g) => g.name === name)!;

/** A row of texts without its trailing empty cells. */
export function trimEnd(row: readonly string[]): string[] {
  const out = [...row];
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out;
}

/** A generated sheet as the grid a reader gets back from its file: values (formulas and links aside) and merges. */
export const gridOfSpec = (spec: SheetSpec): Grid => ({
  name: spec.name,
  rows: spec.rows.map((row) => row.map((c) => (c && typeof c.value !== 'object' ? c.value : null))),
  merges: spec.merges ?? [],
});
