// buildReport: the check and the ledger's issues in sheet order; reportFromCheck gives what buildReport gives.
import { buildReport, reportFromCheck } from '../../src/core/scoring/report';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const ledger = () =>
  grid('报送台账', [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用'],
    ['2023年2月30日', '市委宣传部', '稿件一', '人民日报', '中央', '是'],
    ['2023-03-01', '市教育局', '稿件二', '安徽日报', '省级', '是'],
  ]);
const tasks = () => taskGrid([[1, '政策解读', '市教育局', '', '**月**日前', '', '', '']]);
const options = { today: TODAY, year: 2023, asOf: d('2023-06-30') };
const sheetsOf = (issues: { sheet: string }[]) => [...new Set(issues.map((i) => i.sheet))];

describe('issues of a report', () => {
  it('follow the order of the sheets: task sheet first when it comes first', () => {
    const report = buildReport([tasks(), registryGrid(), ledger()], options);
    expect(sheetsOf(report.issues)).toEqual(['任务分工表', '报送台账']);
    expect(report.issues.length).toBe(report.check.issues.length + report.ledger.issues.length);
  });

  it('and the ledger first when it comes first', () => {
    const report = buildReport([ledger(), tasks(), registryGrid()], options);
    expect(sheetsOf(report.issues)).toEqual(['报送台账', '任务分工表']);
    const n = report.ledger.issues.length;
    expect(n).toBeGreaterThan(0);
    expect(report.issues.slice(0, n)).toEqual(report.ledger.issues);
  });

  it('between the sheets around the ledger, each sheet keeping its own order', () => {
    const second = taskGrid([[1, '典型宣传', '市发该委', '', '2023年6月10日', '', '', '']], '任务分工表二');
    const report = buildReport([tasks(), ledger(), second, registryGrid()], { ...options, sheet: undefined });
    expect(sheetsOf(report.issues)).toEqual(['任务分工表', '报送台账', '任务分工表二']);
    const cellsOf = (sheet: string) => report.issues.filter((i) => i.sheet === sheet).map((i) => i.cell);
    expect(cellsOf('任务分工表二')).toEqual(report.check.issues.filter((i) => i.sheet === '任务分工表二').map((i) => i.cell));
  });
});

it('reportFromCheck on a check gives what buildReport gives', () => {
  const grids = [tasks(), registryGrid(), ledger()];
  const whole = buildReport(grids, options);
  const fromCheck = reportFromCheck(grids, checkWorkbook(grids, options), options);
  expect(fromCheck.issues).toEqual(whole.issues);
  expect(fromCheck.scores).toEqual(whole.scores);
  expect(fromCheck.period).toEqual(whole.period);
});
