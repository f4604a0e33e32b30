// Deductions that wait for a count (两翼: 「凡一年内3次未按时上报或2次不报送约稿信息的单位，除每次扣减该单位信息得分10分外…」), the
// part of a rule Duban cannot compute said in Chinese (姚江's doubling), and 畜牧局's 3:2 shares and 批示加倍 read.
import { buildReport } from '../../src/core/scoring/report';
import { countThresholdOf, rulesFromRows } from '../../src/core/scoring/rule-rows';
import { orderedShares } from '../../src/core/scoring/credit-shares';
import { TODAY, d, grid } from '../helpers/grids';

const year = { from: d('2011-01-01'), to: d('2011-12-31') };
const returns = (due: string, late: readonly string[]) =>
  grid(`收集情况${due}`, [[`收集情况（报送截止 ${due}）`], [], ['单位', '填报表', '按时/逾期'], ...['黔江区', '云阳县', '石柱县'].map((u) => [u, '已返回', late.includes(u) ? '逾期' : '按时'])]);
const workbook = (lateRow: (string | number)[]) => [
  grid('单位名录', [['单位名称', '类型'], ['黔江区', '区县'], ['云阳县', '区县'], ['石柱县', '区县']]),
  grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用', '类型'], ['2011-04-06', '石柱县', '石柱县黄连产业带动农户增收', '两翼农户万元增收专报', '市级', '是', '动态']]),
  grid('评分规则', [['项目', '对象', '类型', '分值'], ['采用', '两翼农户万元增收专报', '动态', 3], lateRow]),
  // 黔江区 late three times in 2011 (March, June, September), 云阳县 twice, 石柱县 never
  returns('2011-03-10', ['黔江区', '云阳县']), returns('2011-06-09', ['黔江区']), returns('2011-09-08', ['黔江区', '云阳县']),
  grid('设置', [['设置项', '值'], ['计划年度', 2011]]),
];
const late = (report: ReturnType<typeof buildReport>, unit: string) =>
  report.scores.find((s) => s.unit === unit)!.parts.filter((p) => p.component === 'late').reduce((s, p) => s + p.points, 0);

describe('迟报扣分 with a count before it applies', () => {
  it('一年内3次: nothing for two, all three (−30) once the third comes; the year total adds up', () => {
    const report = buildReport(workbook(['迟报扣分', '一年内3次', '', 10]), { today: TODAY, asOf: year.to, period: year });
    expect(report.issues.filter((i) => i.code.startsWith('RULE'))).toEqual([]);
    // by hand from C7: 黔江区 3 times → −10 × 3 = −30; 云阳县 twice → below the count, 0; 石柱县 3 (one 动态)
    expect(late(report, '黔江区')).toBe(-30);
    expect(late(report, '云阳县')).toBe(0);
    expect(report.scores.find((s) => s.unit === '石柱县')!.total).toBe(3);
    expect(report.scores.find((s) => s.unit === '云阳县')!.flags.join('；')).toContain('2011年第2次，一年内满3次起扣，前2次一并扣），未到次数不扣分');
    const part = report.scores.find((s) => s.unit === '黔江区')!.parts.find((p) => p.component === 'late')!;
    expect(part.count).toBe(3);
  });

  it('the third month carries the deduction: June alone takes nothing, September takes all three', () => {
    const june = buildReport(workbook(['迟报扣分', '一年内3次', '', 10]), { today: TODAY, asOf: year.to, period: { from: d('2011-06-01'), to: d('2011-06-30') } });
    expect(late(june, '黔江区')).toBe(0);
    const sept = buildReport(workbook(['迟报扣分', '一年内3次', '', 10]), { today: TODAY, asOf: year.to, period: { from: d('2011-09-01'), to: d('2011-09-30') } });
    expect(late(sept, '黔江区')).toBe(-30);
  });

  it('第3次起: only the third and later cost', () => {
    const report = buildReport(workbook(['迟报扣分', '第3次起', '', 10]), { today: TODAY, asOf: year.to, period: year });
    expect(late(report, '黔江区')).toBe(-10);
    expect(late(report, '云阳县')).toBe(0);
  });

  it('without a count every late return costs, as before', () => {
    const report = buildReport(workbook(['迟报扣分', '', '', 10]), { today: TODAY, asOf: year.to, period: year });
    expect(late(report, '黔江区')).toBe(-30);
    expect(late(report, '云阳县')).toBe(-20);
  });
});

const row = (item: string, target: string, type: string, value: string | number) =>
  ({ item, target, type, value, cells: { item: 'A2', target: 'B2', type: 'C2', value: 'D2' } });

describe('批示 加倍 (畜牧局: 「被领导批示的稿件加倍」)', () => {
  it('adds the piece\'s own points at that outlet once more', () => {
    const { rules, issues } = rulesFromRows([row('批示', '市领导', '加倍', 2)], '评分规则');
    expect(issues).toEqual([]);
    expect(rules.model.instructions).toEqual([{ leader: '市领导', type: null, points: 0, repeat: null, factor: 2 }]);
    expect(rulesFromRows([row('批示', '', '加倍', 2)], '评分规则').issues.map((i) => i.code)).toEqual(['RULE_BAD_VALUE']);
  });
});

describe('count words and what Duban cannot compute', () => {
  it('reads the count as offices write it', () => {
    expect(countThresholdOf('一年内3次')).toEqual({ count: 3, from: 'all' });
    expect(countThresholdOf('累计两次及以上')).toEqual({ count: 2, from: 'all' });
    expect(countThresholdOf('第3次起')).toEqual({ count: 3, from: 'nth' });
    expect(countThresholdOf('从第三次开始')).toEqual({ count: 3, from: 'nth' });
    expect(countThresholdOf('每次')).toBeNull();
    const { rules, issues } = rulesFromRows([row('约稿未完成', '一年内2次', '', 10)], '评分规则');
    expect(issues).toEqual([]);
    expect(rules.model.assignmentThreshold).toEqual({ count: 2, from: 'all' });
    expect(rulesFromRows([row('迟报扣分', '多次以上', '', 10)], '评分规则').issues.map((i) => i.code)).toEqual(['RULE_BAD_VALUE']);
  });

  it('reads 姚江\'s doubling on a flat 缺报扣分; says in Chinese that a per-piece 递增 is not computed, and what it does instead; reads 3:2', () => {
    const doubling = rulesFromRows([row('缺报扣分', '未完成指标，按累计次数加倍递增', '每月', 1)], '评分规则');
    expect(doubling.issues).toEqual([]);
    expect(doubling.rules.model.missing).toEqual([{ unit: null, cadence: 'month', points: -1, conditional: false, flat: true, doubling: true }]);
    const perPiece = rulesFromRows([row('缺报扣分', '按次数递增', '每月', 1)], '评分规则');
    expect(perPiece.issues.map((i) => [i.code, i.severity])).toEqual([['RULE_NOT_COMPUTED', 'warning']]);
    expect(perPiece.issues[0].message).toContain('督办不能计算：每缺1篇的扣分按次数递增');
    expect(perPiece.rules.model.missing).toHaveLength(1);
    // 「多人合写的，只计前两名作者，按3:2分配」 (test/fixtures/scoring/xumuju-xxgz, computed by hand, now scored by the corpus test)
    const ratio = rulesFromRows([row('合作分配', '前两名3:2', '', '')], '评分规则');
    expect(ratio.issues).toEqual([]);
    expect([ratio.rules.model.sharedCredit, ratio.rules.model.creditWeights]).toEqual(['ordered', [3, 2]]);
    expect(rulesFromRows([row('合作分配', '第一作者60%、第二作者40%', '', '')], '评分规则').rules.model.creditWeights).toEqual([60, 40]);
    expect(rulesFromRows([row('合作分配', '按比例', '', '')], '评分规则').issues.map((i) => i.code)).toEqual(['RULE_BAD_VALUE']);
    expect(orderedShares(3, [3, 2])).toEqual([0.6, 0.4, 0]);
    expect(orderedShares(1, [3, 2])).toEqual([1]);
  });
});

describe('缺报扣分 doubling with each missed month (姚江: 「未完成月度任务累计两次及以上，分别扣除月度考核分2分、4分、8分，按累计次数加倍递增」)', () => {
  // 甲办 owes 1 a month and sends in February and May only: January, March, April and June are missed
  const months = (m: number) => `2021-${String(m).padStart(2, '0')}-10`;
  const workbook = () => [
    grid('单位名录', [['单位名称', '类型'], ['甲办', '镇机关'], ['乙办', '镇机关']]),
    grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用'], ...[2, 5].map((m) => [months(m), '甲办', `甲办${m}月信息`, '', '', '否']),
      ...[1, 2, 3, 4, 5, 6].map((m) => [months(m), '乙办', `乙办${m}月信息`, '', '', '否'])]),
    grid('评分规则', [['项目', '对象', '类型', '分值'], ['报送指标', '', '每月', 1], ['缺报扣分', '未完成指标，按累计次数加倍递增', '每月', 1]]),
    grid('设置', [['设置项', '值'], ['计划年度', 2021]]),
  ];
  const missing = (report: ReturnType<typeof buildReport>, unit: string) => report.scores.find((s) => s.unit === unit)!.parts.filter((p) => p.component === 'missing');
  it('takes 1, 2, 4, 8 for the 1st to 4th missed month of the year, counting months before the period', () => {
    const half = buildReport(workbook(), { today: TODAY, asOf: d('2021-06-30'), period: { from: d('2021-01-01'), to: d('2021-06-30') } });
    // by hand: Jan −1, Mar −2, Apr −4, Jun −8 = −15; 乙办 sent every month: nothing
    expect(missing(half, '甲办').reduce((s, p) => s + p.points, 0)).toBe(-15);
    expect(missing(half, '乙办')).toEqual([]);
    // the second quarter alone: March (before it) is the 2nd, so April is the 3rd (−4) and June the 4th (−8)
    const q2 = buildReport(workbook(), { today: TODAY, asOf: d('2021-06-30'), period: { from: d('2021-04-01'), to: d('2021-06-30') } });
    expect(missing(q2, '甲办').reduce((s, p) => s + p.points, 0)).toBe(-12);
    expect(JSON.stringify(missing(q2, '甲办'))).toContain('考核年度内第3次，扣4分');
  });
});
