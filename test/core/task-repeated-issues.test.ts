// One unknown unit written on many cells of a task sheet is one issue listing every cell, as the ledger's are (repeated-issues.ts).
import { checkWorkbook } from '../../src/core/validation/validate';
import { planFixes } from '../../src/core/validation/fixes';
import { TODAY, grid, registryGrid } from '../helpers/grids';

// 池州市信访局 政务公开重点任务清单 (test/fixtures/real/chizhou-xfj-zwgk): 办公室 leads rows 1, 4, 6 and 8; a 单位名录 of the city's
// departments does not hold the bureau's 科室, so each of those cells names the same unknown unit.
const items: [number, string, string][] = [
  [1, '对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。', '办公室'],
  [2, '积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。', '市教育局'],
  [3, '严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。', '市教育局、市文旅局'],
  [4, '规范做好政府信息公开工作年度报告编制发布工作。', '办公室'],
  [6, '制定并公开本部门政务公开重点任务清单。', '办公室'],
  [8, '积极参加政务公开工作培训和研讨交流,不断提升业务能力。', '办公室'],
];
const rows = [['序号', '具体要求', '责任科室', '时限要求'], ...items.map(([n, task, unit]) => [n, task, unit, n === 1 ? '年底前' : '持续推进'])];

describe('UNKNOWN_UNIT on a task sheet, one issue per name', () => {
  const result = checkWorkbook([grid('任务清单', rows), registryGrid()], { today: TODAY, year: 2023 });
  const unknown = result.issues.filter((i) => i.code === 'UNKNOWN_UNIT');
  test('办公室 on four cells is one issue at its first cell, every cell listed and counted', () => {
    const office = unknown.filter((i) => i.message.startsWith('“办公室”'));
    expect(office).toHaveLength(1);
    expect(office[0]).toMatchObject({ cell: 'C2', cells: ['C2', 'C5', 'C6', 'C7'] });
    expect(office[0].message).toContain('共 4 行：C2、C5、C6、C7。');
  });
  test('a name the registry nearly knows: one issue, and its fix mends every cell', () => {
    const edu = unknown.filter((i) => i.message.startsWith('“市教育局”'));
    expect(edu).toHaveLength(1);
    expect(edu[0].cells).toEqual(['C3', 'C4']);
    expect(edu[0].suggestion).toBe('市教体局');
    // the fix mends the name in both cells, the other unit of C4 left as written
    const fixes = planFixes(edu, [grid('任务清单', rows)]);
    expect(fixes.map((f) => [f.cell, f.value])).toEqual([['C3', '市教体局'], ['C4', '市教体局、市文旅局']]);
  });
  test('the issues stay in sheet order', () => {
    const cells = result.issues.filter((i) => i.sheet === '任务清单').map((i) => i.cell);
    const rowOf = (c: string) => Number(/\d+/.exec(c)![0]);
    expect(cells.map(rowOf)).toEqual([...cells.map(rowOf)].sort((a, b) => a - b));
  });
});
