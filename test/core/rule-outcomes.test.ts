// What a rule says of its outcome (round 9): 奖励办法 in 元 say 元 everywhere and rank only when the rule ranks; a rule’s minimum names every unit below it.
import { buildReport, reportJson } from '../../src/core/scoring/report';
import { breakdownSheet, explainUnit } from '../../src/core/scoring/breakdown';
import { formatBulletin } from '../../src/core/scoring/report-text';
import { bulletinSheet, summarySheets } from '../../src/core/scoring/summaries';
import { yearStartOf } from '../../src/core/scoring/rule-rows';
import { previousPeriod } from '../../src/core/scoring/movement';
import { bulletinContent } from '../../src/core/bulletin/content';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const LEDGER_HEADER = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量', '类型'];
const ledger = (...rows: CellValue[][]) => grid('报送台账', [LEDGER_HEADER, ...rows]);
const rules = (...rows: CellValue[][]) => grid('评分规则', [['项目', '对象', '类型', '分值', '说明'], ...rows]);
const quarter = { from: d('2023-04-01'), to: d('2023-06-30') };
const report = (...grids: Grid[]) =>
  buildReport([taskGrid([]), registryGrid(), ...grids, grid('设置', [['设置项', '值'], ['排名分组', '不分组']])], { today: TODAY, year: 2023, asOf: quarter.to, period: quarter });
const unit = (r: ReturnType<typeof report>, name: string) => r.scores.find((s) => s.unit === name)!;
const stamp = { generatedAt: '2023-07-01 09:00', asOf: quarter.to };

/**
 * A real 奖励办法 that ranks nobody (乡镇加强新闻宣传工作实施意见, zwpjw.cn/n40138c13.aspx): “在《xx日报》等市级刊台刊播综合类每篇(条)
 * 300元，在《xx时报》等省级刊台刊播综合类每篇(条)400元，在《xx通讯》、xx电台等县一级刊台刊出刊播每篇(条)综合类100元，简讯类50元；
 * …每季度由办公室统计一次，发放奖金。” Each unit is paid what it earned: no 排名, no 名次, no 较上期.
 */
describe('a 奖励办法 with no ranking clause: units listed in order (序号) with their 奖励, never ranked', () => {
  const paid = (unitName: string, level: string, type: string, day = '2023-05-08'): CellValue[] => [day, unitName, `${unitName}${type}`, `${level}报刊`, level, '是', 1, type];
  const rows = [
    paid('市文旅局', '省级', '综合类'), paid('市文旅局', '县级', '简讯类'), paid('市发改委', '市级', '综合类'),
    paid('市教体局', '县级', '综合类'), paid('市教体局', '县级', '简讯类', '2023-06-02'),
  ];
  const written = [
    ['采用', '市级', '综合类', 300], ['采用', '省级', '综合类', 400], ['采用', '县级', '综合类', 100], ['采用', '县级', '简讯类', 50], ['计分单位', '元', '', ''],
  ];
  const r = report(ledger(...rows), rules(...written));

  it('scores each unit by the rule (市文旅局 400 + 50, 市发改委 300, 市教体局 100 + 50) without an issue', () => {
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    expect(['市文旅局', '市发改委', '市教体局'].map((u) => unit(r, u).total)).toEqual([450, 300, 150]);
  });

  it('the 通报 sheet and the terminal number units (序号) in the registry’s order and give no 排名 or 较上期', () => {
    const sheet = bulletinSheet(r, stamp);
    const header = sheet.rows.find((row) => row.some((c) => c.value === '单位'))!.map((c) => c.value);
    expect(header[0]).toBe('序号');
    expect(header).not.toContain('排名');
    expect(header).not.toContain('较上期');
    expect(r.scores.map((s) => s.unit)).toEqual(['市委宣传部', '市发改委', '市教体局', '市交通运输局', '市文旅局', '金安区人民政府', '裕安区人民政府', '甲镇', '乙镇']);
    const text = formatBulletin(r);
    expect(text).toMatch(/^序号\s+单位/m);
    expect(text).not.toMatch(/排名|较上期/);
  });

  it('the 通报 names who was rewarded (not 排名前列) and its attachment is 奖励情况; 得分明细, --explain and --json have no rank', () => {
    const content = bulletinContent(r, '宣传报道', quarter.to);
    const overview = content.sections[0].paragraphs.join('');
    expect(overview).toContain('从奖励情况看，获得奖励的有市发改委（300元）、市教体局（150元）、市文旅局（450元）。');
    expect(overview).not.toContain('前列');
    expect(content.attachments[0].title).toBe('2023年第二季度各单位宣传工作奖励情况');
    expect(content.attachments[0].header[0]).toBe('序号');
    expect(breakdownSheet(r, stamp).rows.find((row) => row.some((c) => c.value === '单位'))![0].value).toBe('序号');
    expect(explainUnit(r, '市文旅局')!.split('\n')[0]).not.toContain('排名');
    const json = reportJson(r);
    expect(json.ranked).toBe(false);
    expect(json.units.every((u) => u.rank === null && u.movement === null)).toBe(true);
    // authors are paid, not placed
    const withAuthors = reportJson(report(grid('报送台账', [[...LEDGER_HEADER, '作者'], [...paid('市文旅局', '省级', '综合类'), '王芳']]), rules(...written)));
    expect(withAuthors.people.map((p) => [p.name, p.points, p.rank])).toEqual([['王芳', 400, null]]);
  });

  it('a rule that ranks says so in 评分规则 (排名 | 按奖励合计): ranked again, the top first', () => {
    const ranked = report(ledger(...rows), rules(...written, ['排名', '按奖励合计', '', '']));
    expect(ranked.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    expect(ranked.scores.slice(0, 3).map((s) => [s.unit, s.rank])).toEqual([['市文旅局', 1], ['市发改委', 2], ['市教体局', 3]]);
    expect(bulletinContent(ranked, '宣传报道', quarter.to).sections[0].paragraphs.join('')).toContain('排名前列的是市文旅局（450元）');
  });

  it('排名 | 不排名 stops the ranking of a 考核办法 too, and leaves today’s default scoring in force; a word it cannot read is an issue', () => {
    const plain = report(ledger(...rows), rules(['排名', '不排名', '', '']));
    expect(plain.rules.custom).toBe(false);
    expect(plain.rules.model.ranked).toBe(false);
    expect(bulletinSheet(plain, stamp).rows.find((row) => row.some((c) => c.value === '单位'))![0].value).toBe('序号');
    const wrong = report(ledger(...rows), rules(...written, ['排名', '看情况', '', ''], ['排名', '不分组', '', '']));
    // “不分组” is 设置 排名分组's word (one list, ranked), never read as 不排名
    expect(wrong.issues.filter((i) => i.sheet === '评分规则').map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'B7'], ['RULE_BAD_VALUE', 'B8']]);
  });
});

/**
 * A ladder by place paid in 元 (县民政局办公室信息调研工作意见, shouyouha.com/162716.html: “年度信息工作在全市评比中获得三名的…第一名每人
 * 奖800元，第二名每人奖600元，第三名每人奖400元”), and a 折算 of money: the labels say 元 and 计奖, never 分.
 */
describe('名次计分 and 折算 in a rule paid in 元 say 元', () => {
  const submitted = (unitName: string, count: number): CellValue[] => ['2023-05-05', unitName, `${unitName}信息`, '', '', '否', count];
  const rows = [submitted('市发改委', 6), submitted('市教体局', 4), submitted('市交通运输局', 2)];

  it('第1名800元，每名减200元: 800 / 600 / 400, the detail and label in 元', () => {
    // paying by place ranks, with or without a 排名 row
    const r = report(ledger(...rows), rules(['名次计分', '报送', '每名减200元', 800], ['计分单位', '元', '', '']));
    expect(r.scores.slice(0, 3).map((s) => s.rank)).toEqual([1, 2, 3]);
    expect(bulletinSheet(r, stamp).rows.find((row) => row.some((c) => c.value === '单位'))![0].value).toBe('排名');
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    expect(['市发改委', '市教体局', '市交通运输局'].map((u) => unit(r, u).total)).toEqual([800, 600, 400]);
    expect(unit(r, '市教体局').parts[0]).toMatchObject({ label: '报送条数名次计奖', detail: '报送条数4，第2名；第1名800元，每名减200元', points: 600 });
    expect(unit(r, '市文旅局').parts[0].detail).toBe('报送条数0，不参加排名，不计奖；第1名800元，每名减200元');
    const text = [formatBulletin(r), explainUnit(r, '市教体局')!].join('\n');
    expect(text).not.toMatch(/\d分|名次计分/);
  });

  it('折算 of money: 按比例折算（最高奖励…元折算为…元）, the detail in 元', () => {
    const r = report(ledger(...rows), rules(['报送计分', '', '', 50], ['折算', '最高分', '', 1000], ['计分单位', '元', '', '']));
    expect(unit(r, '市教体局').total).toBeCloseTo(666.67, 2);
    const part = unit(r, '市教体局').parts.find((p) => p.component === 'scale')!;
    expect(part.label).toBe('按比例折算（最高奖励300元折算为1000元：市发改委）');
    expect(part.detail).toBe('原始奖励200 × 1000 ÷ 最高奖励300 = 666.67元');
  });
});

/**
 * A rule's minimum names every unit below it (怀远县人民政府办公室 2024年3月份通报, ahhy.gov.cn/zfxxgk/public/29621/51614122.html:
 * 「县直单位（最低标准：20）」…「低于最低标准的有：县农业农村局、文化和旅游局、退役军人局、魏庄镇、常坟镇、兰桥镇」 — a unit one
 * short of 20 is named like one with none).
 */
describe('the office’s 报送指标 is its minimum: the 通报 and its sheet name every unit below it', () => {
  const sent = (unitName: string, count: number): CellValue[] => ['2023-06-12', unitName, `${unitName}政务公开信息`, '', '', '否', count];
  const june = { from: d('2023-06-01'), to: d('2023-06-30') };
  const build = (...rows: CellValue[][]) =>
    buildReport([taskGrid([]), registryGrid(), ledger(...rows), rules(['报送指标', '市直部门', '每月', 20], ['报送计分', '', '', 1])], { today: TODAY, year: 2023, asOf: june.to, period: june });
  const r = build(sent('市发改委', 25), sent('市教体局', 19), sent('市文旅局', 20));

  it('存在问题 names 市教体局 at 19 of 20 (95%) beside 市交通运输局 with none; 市文旅局 at exactly 20 is not named', () => {
    const problems = bulletinContent(r, '政务公开', june.to).sections.find((s) => s.heading.endsWith('存在问题'))!.paragraphs.join('');
    // 市交通运输局 sent nothing: named among the units silent for months (May had no piece either)
    expect(problems).toMatch(/市交通运输局[^。]*未报送信息/);
    expect(problems).toContain('低于报送指标（最低标准）的有：市教体局（应报20篇，实报19篇）。');
    expect(problems).not.toContain('市文旅局');
  });

  it('the 通报 sheet says who is below the minimum under the table, with what each sent', () => {
    const notes = bulletinSheet(r, { generatedAt: '2023-07-01 09:00', asOf: june.to }).rows.map((row) => String(row[0]?.value ?? ''));
    expect(notes).toContain('低于报送指标（最低标准）：市教体局（19/20）、市交通运输局（0/20）');
  });
});

/**
 * A 考核年度 that does not start in January: 合肥市关工委 (hfsggw.cn/tzgg/14271943.html) 「本评比年度（2015年8月至2016年7月）前十个月」;
 * 郑州轻工业学院分工会 「考核年度为上年12月1日至本年11月30日」. 每年 quotas, 本年累计 and 年度考核 count that year, not January–December.
 */
describe('考核年度 | 8月1日至次年7月31日: the year’s totals are cut where the rule’s year starts', () => {
  const piece = (date: string, unitName: string, count = 1): CellValue[] => [date, unitName, `${unitName}${date}稿件`, '市关工通讯', '市级', '是', count];
  const rows = [piece('2015-07-20', '甲镇', 3), piece('2015-09-10', '甲镇'), piece('2016-03-02', '甲镇'), piece('2016-06-06', '甲镇'), piece('2016-06-08', '乙镇')];
  const written = [['考核年度', '8月1日至次年7月31日', '', ''], ['采用', '市级', '', 2], ['报送指标', '镇', '每年', 4], ['缺报扣分', '', '每年', 1]];
  const build = (period: { from: ReturnType<typeof d>; to: ReturnType<typeof d> }, extra: CellValue[][] = []) =>
    buildReport([taskGrid([]), registryGrid(), ledger(...rows), rules(...written, ...extra)], { today: TODAY, year: 2016, asOf: period.to, period });

  it('reads the row as the 考核年度’s first month, however the office writes it; a span that is not one year from the 1st is an issue', () => {
    expect(build({ from: d('2016-06-01'), to: d('2016-06-30') }).rules.model.yearStart).toBe(8);
    expect(['上年12月1日至本年11月30日', '8月—次年7月', '每年8月起', '1月至12月'].map((t) => yearStartOf(t))).toEqual([12, 8, 8, 1]);
    expect(['8月1日至次年6月30日', '8月15日起', '暑假后'].map((t) => yearStartOf(t))).toEqual([null, null, null]);
    const wrong = buildReport([taskGrid([]), registryGrid(), ledger(...rows), rules(['考核年度', '8月15日至次年8月14日', '', ''], ['采用', '市级', '', 2])],
      { today: TODAY, year: 2016, asOf: d('2016-06-30'), period: { from: d('2016-06-01'), to: d('2016-06-30') } });
    expect(wrong.issues.filter((i) => i.sheet === '评分规则').map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'B2']]);
  });

  it('the June 2016 通报’s 累计 runs from 1 August 2015: 甲镇 3 pieces (September, March, June), not July 2015’s 3', () => {
    const r = build({ from: d('2016-06-01'), to: d('2016-06-30') });
    const ytd = r.yearToDate.find((s) => s.unit === '甲镇')!;
    expect([ytd.actual, ytd.total]).toEqual([3, 6]);
    const notes = bulletinSheet(r, { generatedAt: '2016-07-01 09:00', asOf: d('2016-06-30') }).rows.map((row) => String(row[0]?.value ?? '')).join('\n');
    expect(notes).toContain('累计报送为2015年8月至2016年6月合计');
  });

  it('较上期 runs within the 考核年度: January compares with December, August (its first month) with nothing', () => {
    expect(previousPeriod({ from: d('2016-01-01'), to: d('2016-01-31') }, 2016, 8)).toEqual({ from: d('2015-12-01'), to: d('2015-12-31') });
    expect(previousPeriod({ from: d('2015-08-01'), to: d('2015-08-31') }, 2016, 8)).toBeNull();
    expect(previousPeriod({ from: d('2016-01-01'), to: d('2016-01-31') }, 2016)).toBeNull();
    expect(build({ from: d('2016-01-01'), to: d('2016-01-31') }).previousPeriod).toEqual({ from: d('2015-12-01'), to: d('2015-12-31') });
  });

  it('a 每年 quota is judged over the whole 考核年度 (4 due, 甲镇 3 short 1, 乙镇 1 short 3); the 年度考核 sheet is titled with its months', () => {
    const year = { from: d('2015-08-01'), to: d('2016-07-31') };
    const r = build(year);
    const missing = (u: string) => r.scores.find((s) => s.unit === u)!.parts.filter((p) => p.component === 'missing').reduce((n, p) => n + p.points, 0);
    expect([missing('甲镇'), missing('乙镇')]).toEqual([-1, -3]);
    // under calendar years no 每年 period lies wholly inside August–July: nothing would be judged
    const calendar = buildReport([taskGrid([]), registryGrid(), ledger(...rows), rules(...written.slice(1))], { today: TODAY, year: 2016, asOf: year.to, period: year });
    expect(calendar.scores.find((s) => s.unit === '甲镇')!.parts.filter((p) => p.component === 'missing')).toEqual([]);
    const annual = summarySheets(r, { generatedAt: '2016-08-01 09:00', asOf: year.to }).find((s) => s.name.startsWith('年度考核'))!;
    expect(JSON.stringify(annual.rows.slice(0, 2))).toContain('2015年8月至2016年7月宣传工作考核');
  });
});

/**
 * 按完成比例得分 (绍兴县工商局 2012, meizhang.com/zhidu/kaohebanfa/630917.html): 「市场科50分、…人教科10分」 are targets, and
 * 「未完成基本分按完成比例得分，完成基本分得100分」 — written “目标分 | 市场科 | 每年 | 50” and “折算 | 目标分 | | 100”.
 */
describe('折算 | 目标分: each unit’s points as a share of its own target, full marks once reached', () => {
  const piece = (unitName: string, level: string, day: string): CellValue[] => [day, unitName, `${unitName}${day}`, `${level}刊物`, level, '是', 1];
  const year = { from: d('2023-01-01'), to: d('2023-12-31') };
  const r = buildReport([taskGrid([]), registryGrid(), ledger(piece('市发改委', '省级', '2023-03-01'), piece('市发改委', '市级', '2023-05-01'), piece('市教体局', '省级', '2023-06-01')),
    rules(['采用', '省级', '', 12], ['采用', '市级', '', 6], ['目标分', '市发改委', '每年', 50], ['目标分', '市教体局', '每年', 10], ['折算', '目标分', '', 100])],
  { today: TODAY, year: 2023, asOf: year.to, period: year });
  const of = (name: string) => r.scores.find((s) => s.unit === name)!;

  it('18 of 50 is 36; 12 over a target of 10 is 100; the part says how, and the parts add up', () => {
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    expect([of('市发改委').total, of('市教体局').total]).toEqual([36, 100]);
    expect(of('市发改委').parts.find((p) => p.component === 'scale')).toMatchObject({
      label: '按完成比例折算（目标50分，完成目标计100分）', detail: '完成18分 ÷ 目标50分 × 100 = 36', points: 18,
    });
    expect(of('市教体局').parts.find((p) => p.component === 'scale')!.detail).toBe('完成12分，达到目标10分，计100分');
    expect(of('市发改委').parts.reduce((s, p) => s + p.points, 0)).toBeCloseTo(36, 2);
  });

  it('a unit with no target is not scaled: 不适用 with its reason, never full marks or zero', () => {
    expect(of('市文旅局').total).toBe(0);
    expect(of('市文旅局').notApplicable).toEqual([{ component: 'scale', reason: '本期没有目标分，不按完成比例折算' }]);
  });
});

/**
 * 合作分配 减半 (致公党某市委宣传工作考核办法, m.120pk.cn/wen/165/328747.html: 「…独立成篇的稿件，每篇40分…与其它单位合并撰写的得分相应减半」):
 * a piece written by several units gives each of them half, however many they are — not a third each as 平分 would.
 */
describe('合作分配 减半: a piece written with other units counts half for each of them', () => {
  const row = (unitCell: string, author: string): CellValue[] => ['2023-05-10', unitCell, `${unitCell}稿件`, '省报', '省级', '是', 1, '', author];
  const build = (credit: string) => buildReport([taskGrid([]), registryGrid(),
    grid('报送台账', [[...LEDGER_HEADER, '作者'], row('市发改委、市教体局、市文旅局', '周敏、吴昊、郑洁'), row('市交通运输局', '钱程')]),
    rules(['采用', '省级', '', 40], ['合作分配', credit, '', ''])], { today: TODAY, year: 2023, asOf: quarter.to, period: quarter });

  it('三个单位合写的一篇各计20分（平分则各13.33）；独立成篇的照计40分；作者各计本单位的一半', () => {
    const r = build('减半');
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    const total = (u: string) => r.scores.find((s) => s.unit === u)!.total;
    expect(['市发改委', '市教体局', '市文旅局', '市交通运输局'].map(total)).toEqual([20, 20, 20, 40]);
    expect(r.scores.find((s) => s.unit === '市教体局')!.parts[0].label).toContain('（合报，3个单位各计一半）');
    expect(r.people.map((p) => [p.name, p.points]).sort()).toEqual([['吴昊', 20], ['周敏', 20], ['郑洁', 20], ['钱程', 40]].sort());
    expect(build('平分').scores.find((s) => s.unit === '市发改委')!.total).toBeCloseTo(13.33, 2);
  });
});

describe('a 评分规则 is never read as a task sheet, whatever its 说明 says', () => {
  it('“目标分 | | 每季度 | 10 | 各单位每季度须达到10分” once made the rows below it tasks, and “市级每篇5分” an unknown unit', () => {
    const written = grid('评分规则', [['项目', '对象', '类型', '分值', '说明'], ['采用', '省级', '', 10, '省级每篇10分'],
      ['目标分', '', '每季度', 10, '各单位每季度须达到10分'], ['采用', '市级', '', 5, '市级每篇5分']]);
    const r = buildReport([taskGrid([['1', '做好宣传报道', '市发改委', '', '2023年6月30日前', '', '', '']]), registryGrid(), written],
      { today: TODAY, year: 2023, asOf: d('2023-06-30') });
    expect(r.check.taskSheets).toEqual(['任务分工表']);
    expect(r.check.tasks).toHaveLength(1);
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
  });
});
