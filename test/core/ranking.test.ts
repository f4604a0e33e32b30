// Who is ranked (registry units; unknown names to 待核实), ranking within categories, 较上期, 本年累计 and zero-report flags.
import { buildReport, reportJson } from '../../src/core/scoring/report';
import { previousPeriod, movementText, zeroReportMonthsOf } from '../../src/core/scoring/movement';
import { CellValue } from '../../src/core/sheets/grid';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const tasks = () =>
  taskGrid([
    [1, '每月报送民生工程信息', '金安区、裕安区', '', '2023年12月31日', '每月不少于2篇', '', ''],
    [2, '部门政策解读', '市发改委', '市文旅局', '2023年12月31日', '每月不少于1篇', '', ''],
    [3, '校园宣传栏', '市教育局', '', '2023年12月31日', '', '', ''],
  ]);
const row = (date: string, unit: string, count: number): CellValue[] => [date, unit, `${unit}稿件`, '某报', '县级', '否', '', count];
const ledger = () =>
  grid('报送台账', [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
    row('2023-05-10', '金安区人民政府', 3),
    row('2023-05-11', '裕安区', 1),
    row('2023-05-12', '市发改委', 1),
    row('2023-06-05', '金安区人民政府', 1),
    row('2023-06-06', '裕安区人民政府', 3),
    row('2023-06-07', '市发改委', 1),
    row('2023-06-08', '市交通局', 1),
    row('2023-06-09', '市教育局', 1),
  ]);
const june = { from: d('2023-06-01'), to: d('2023-06-30') };
const options = { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: june };
const settings = (...rows: CellValue[][]) => grid('设置', rows);

describe('who is ranked, and against whom', () => {
  const report = buildReport([tasks(), registryGrid(), ledger()], options);
  const unit = (name: string) => report.scores.find((s) => s.unit === name);

  it('ranks registry units only, aliases credited to their unit', () => {
    expect(report.scores.map((s) => s.unit).sort()).toEqual(['市交通运输局', '市发改委', '市文旅局', '裕安区人民政府', '金安区人民政府'].sort());
    expect(unit('裕安区人民政府')).toMatchObject({ expected: 2, actual: 3, completion: 1 });
  });

  it('lists an unknown name under 待核实 with the suggestion and the rows that used it', () => {
    expect(report.unverified).toEqual([{ name: '市教育局', suggestion: '市教体局', places: ['任务分工表 第4行', '报送台账 第9行'] }]);
    expect(reportJson(report).unverified[0].name).toBe('市教育局');
  });

  it('ranks 县区 and 市直部门 separately, each from 1, with the category in JSON', () => {
    const json = reportJson(report);
    const of = (category: string) => json.units.filter((u) => u.category === category).map((u) => [u.unit, u.rank]);
    // 裕安区 3 of 2 (40) over 金安区 1 of 2 (20); 市发改委 1 of 1 (40) over 市文旅局 0 of 1 (0) and 市交通运输局,
    // whose completion does not apply (no quota): neither full marks nor a lead over a unit that reported
    expect(of('县区')).toEqual([['裕安区人民政府', 1], ['金安区人民政府', 2]]);
    expect(of('市直部门')).toEqual([['市发改委', 1], ['市文旅局', 2], ['市交通运输局', 2]]);
    expect(json.units.find((u) => u.unit === '市交通运输局')!.notApplicable[0]).toEqual({ component: 'submission', reason: '本期无报送指标' });
  });

  it('gives 较上期 against May: ↑1 / ↓1 / 持平', () => {
    expect(report.previousPeriod).toEqual({ from: d('2023-05-01'), to: d('2023-05-31') });
    const move = (u: string) => report.movement.get(u);
    // May: 金安区 3 of 2 over 裕安区 1 of 2; 市发改委 1 of 1 and 市交通运输局 (in the ledger, no quota) tie, 市文旅局 third
    expect([move('裕安区人民政府'), move('金安区人民政府'), move('市发改委'), move('市交通运输局'), move('市文旅局')]).toEqual(['↑1', '↓1', '持平', '持平', '持平']);
  });

  it('gives 新增 to a unit not ranked last period', () => {
    const r = buildReport([tasks(), registryGrid(), ledger()], { ...options, period: { from: d('2023-02-01'), to: d('2023-02-28') } });
    const withNew = buildReport(
      [taskGrid([[1, '新任务', '甲镇', '', '2023年12月31日', '每月不少于1篇', '', '']]), registryGrid(), ledger()],
      { ...options, period: { from: d('2023-02-01'), to: d('2023-02-28') } },
    );
    expect(r.movement.get('甲镇')).toBeUndefined();
    // January: nobody reported anything, every unit tied at 0 — no order to move from
    expect(withNew.movement.get('甲镇')).toBeNull();
    expect(movementText(2, undefined, true)).toBe('新增');
  });

  it('gives no 较上期 (—) to a category whose units all tied last period, never ↓ for all but the first', () => {
    // May has no entries of 市直部门's tasks but 市发改委's; July against June: June has entries for every category
    const sparse = grid('报送台账', [
      ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
      row('2023-07-05', '金安区人民政府', 2),
      row('2023-07-06', '市发改委', 1),
    ]);
    const july = buildReport([tasks(), registryGrid(), sparse], { ...options, asOf: d('2023-07-31'), period: { from: d('2023-07-01'), to: d('2023-07-31') } });
    // June had no entry at all: 金安区 first and 裕安区 second now, but neither moved from a ranking
    expect(july.scores.find((s) => s.unit === '裕安区人民政府')?.rank).toBe(2);
    expect([...july.movement.values()].every((m) => m === null)).toBe(true);
    // June against May (the suite's ledger): both categories were ranked in May, so the movements stand
    expect(report.movement.get('裕安区人民政府')).toBe('↑1');
  });

  it('gives 本年累计 from 1 January: 4 of 12 each for the two districts', () => {
    const ytd = (u: string) => report.yearToDate.find((s) => s.unit === u)?.total;
    expect(ytd('金安区人民政府')).toBeCloseTo((4 / 12) * 40, 2);
    expect(ytd('裕安区人民政府')).toBeCloseTo((4 / 12) * 40, 2);
  });

  it('flags units with no submission in May and June (default 2 months)', () => {
    // the ledger starts in May: 市文旅局 has sent nothing in its two months
    expect(report.zeroReport).toMatchObject({ months: 2, units: ['市文旅局'], runs: new Map([['市文旅局', 2]]), from: d('2023-05-01'), fromLedger: true });
  });
});

describe('设置 and edges', () => {
  it('排名分组 不分组 gives one list', () => {
    const r = buildReport([tasks(), registryGrid(), ledger(), settings(['排名分组', '不分组'])], options);
    expect(new Set(r.scores.map((s) => s.category))).toEqual(new Set(['全部单位']));
    // 裕安区 and 市发改委 40, 金安区 20, 市文旅局 and 市交通运输局 (no quota, not applicable) 0
    expect(r.scores.map((s) => [s.unit, s.rank])).toEqual([['裕安区人民政府', 1], ['市发改委', 1], ['金安区人民政府', 3], ['市文旅局', 4], ['市交通运输局', 4]]);
  });

  it('排名分组 naming groups of types merges them under a name', () => {
    const r = buildReport([tasks(), registryGrid(), ledger(), settings(['排名分组', '县区类：县区、镇；部门类：市直部门、党委部门'])], options);
    expect([...new Set(r.scores.map((s) => s.category))]).toEqual(['部门类', '县区类']);
  });

  it('排名分组 所属分组 reads the cell whole: “各科室、中心” is one group, never its first word (楚雄发改局 “全局科室、中心”)', () => {
    const registry = grid('单位名录', [
      ['单位名称', '别名', '类型', '所属分组'],
      ['办公室', '', '科室', '各科室、中心'], ['价格认证中心', '', '中心', '各科室、中心'],
      ['甲镇', '', '镇', '各镇'], ['乙镇', '', '镇', '各镇'], ['丙镇', '', '镇', '各镇、乡村振兴责任单位'],
    ]);
    const rules = grid('评分规则', [['项目', '对象', '类型', '分值'], ['采用', '县级', '', 1]]);
    const r = buildReport([taskGrid([]), registry, rules, settings(['排名分组', '所属分组']), grid('报送台账', [
      ['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量'],
      ['2023-06-05', '价格认证中心', '甲', '某报', '县级', '是', 1], ['2023-06-06', '甲镇', '乙', '某报', '县级', '是', 1],
    ])], options);
    const category = new Map(r.scores.map((s) => [s.unit, s.category]));
    expect(category.get('办公室')).toBe('各科室、中心');
    expect(category.get('价格认证中心')).toBe('各科室、中心');
    expect(category.get('甲镇')).toBe('各镇');
    // a unit listed in two groups, one of which others share, is ranked under what was written, and the note names it
    expect(category.get('丙镇')).toBe('各镇、乡村振兴责任单位');
    expect(r.categories.note).toContain('丙镇（各镇、乡村振兴责任单位）');
    expect(r.categories.note).not.toContain('办公室');
  });

  it('连续零报送月数 1 flags June alone', () => {
    const r = buildReport([tasks(), registryGrid(), ledger(), settings(['连续零报送月数', '1'])], options);
    // flagged for June alone, silent since the ledger began in May: its own count is 2
    expect(r.zeroReport).toMatchObject({ months: 1, units: ['市文旅局'], runs: new Map([['市文旅局', 2]]) });
    expect(zeroReportMonthsOf('三')).toBe(2);
    expect(zeroReportMonthsOf('3个月')).toBe(3);
  });

  it('without a registry: one ranking, a note saying why, every name ranked', () => {
    const r = buildReport([tasks(), ledger()], options);
    expect(r.categories.note).toContain('未设单位名录');
    expect(r.unverified).toEqual([]);
    expect(r.scores.some((s) => s.unit === '市教育局')).toBe(true);
  });

  it('January has no previous period in the plan year: no movement', () => {
    const r = buildReport([tasks(), registryGrid(), ledger()], { ...options, period: { from: d('2023-01-01'), to: d('2023-01-31') } });
    expect(r.previousPeriod).toBeNull();
    expect([...r.movement.values()].every((m) => m === null)).toBe(true);
  });

  it('a window is compared with the window of the same length before it', () => {
    expect(previousPeriod({ from: d('2023-06-11'), to: d('2023-06-20') }, 2023)).toEqual({ from: d('2023-06-01'), to: d('2023-06-10') });
    expect(previousPeriod({ from: d('2023-03-01'), to: d('2023-03-31') }, 2023)).toEqual({ from: d('2023-02-01'), to: d('2023-02-28') });
    // a quarter with the quarter before, a half-year with the half before (第二季度 较 第一季度, as 商洛 2016 compares them)
    expect(previousPeriod({ from: d('2023-04-01'), to: d('2023-06-30') }, 2023)).toEqual({ from: d('2023-01-01'), to: d('2023-03-31') });
    expect(previousPeriod({ from: d('2023-07-01'), to: d('2023-09-30') }, 2023)).toEqual({ from: d('2023-04-01'), to: d('2023-06-30') });
    expect(previousPeriod({ from: d('2023-07-01'), to: d('2023-12-31') }, 2023)).toEqual({ from: d('2023-01-01'), to: d('2023-06-30') });
    expect(previousPeriod({ from: d('2023-01-01'), to: d('2023-03-31') }, 2023)).toBeNull();
    expect(previousPeriod({ from: d('2024-01-01'), to: d('2024-02-29') }, 2023)).toEqual({ from: d('2023-11-01'), to: d('2023-12-31') });
    expect(movementText(3, 3, true)).toBe('持平');
    expect(movementText(1, 3, true)).toBe('↑2');
    expect(movementText(4, 3, true)).toBe('↓1');
  });
});

describe('a 分组 row is no unit to rank (seed 000: 区直各新闻单位 stood in the 通报 as 「一、分组」, graded 较差)', () => {
  // seed 000 measure 17: (责任单位:各镇、各街道、区直各责任单位、区民生办、区直各新闻单位); import lists each group as a
  // 分组 row, and the clerk filled the members of 各镇 only
  const registry = grid('单位名录', [
    ['单位名称', '别名', '类型', '所属分组'],
    ['各镇', '', '分组', ''],
    ['区直各新闻单位', '', '分组', ''],
    ['区民生办', '', '', ''],
    ['屯光镇', '', '镇', '各镇'],
  ]);
  const sheet = taskGrid([[17, '完善民生工程信息宣传推动机制', '各镇、区民生办、区直各新闻单位', '', '长期坚持', '每月不少于1篇', '', '']]);
  const rules = (custom: boolean) => (custom ? [grid('评分规则', [['项目', '对象', '类型', '分值'], ['报送计分', '', '', 1]])] : []);

  it.each([false, true])('ranked: the units, never a group with or without members (custom rules: %s)', (custom) => {
    const report = buildReport([sheet, registry, grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用'], ['2022-06-08', '屯光镇', '一封信', '黄山日报', '市级', '是']]), ...rules(custom)],
      { today: d('2022-06-30'), year: 2022, asOf: d('2022-06-30'), period: { from: d('2022-06-01'), to: d('2022-06-30') } });
    expect(report.scores.map((s) => s.unit).sort()).toEqual(['区民生办', '屯光镇'].sort());
    expect(report.scores.map((s) => s.category)).not.toContain('分组');
    expect(report.unverified).toEqual([]);
    // the clerk is still told the group has no members
    expect(report.check.issues.find((i) => i.code === 'UNIT_GROUP' && i.message.includes('区直各新闻单位'))?.message).toContain('无法展开');
  });
});
