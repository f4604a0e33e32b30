// The 评分规则 sheet as a clerk writes it: rows read into the model, rows written wrong named by cell, and each kind of clause scored.
import { buildReport } from '../../src/core/scoring/report';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { REGISTRY, TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';
import { rulesSheet } from '../../src/core/sheets/template';

const LEDGER_HEADER = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量', '类型', '版面', '批示', '作者', '稿件编号'];
const ledger = (...rows: CellValue[][]) => grid('报送台账', [LEDGER_HEADER, ...rows]);
const rules = (...rows: CellValue[][]) => grid('评分规则', [['项目', '对象', '类型', '分值', '说明'], ...rows]);
const june = { from: d('2023-06-01'), to: d('2023-06-30') };
const report = (...grids: Grid[]) => buildReport([taskGrid([]), registryGrid(), ...grids], { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: june });
const unit = (r: ReturnType<typeof report>, name: string) => r.scores.find((s) => s.unit === name)!;

describe('a rule written wrong is an issue naming its cell, never a silent default', () => {
  const r = report(
    ledger(['2023-06-05', '金安区人民政府', '甲', '某报', '省级', '是', 1]),
    rules(['采用', '省级', '', '十分'], ['加分项', '', '', 3], ['基础分', '', '', 10], ['同稿多用', '看情况', '', ''], ['上限', '稿费', '每月', 40], ['# 采用', '市级', '', 5]),
  );
  const issues = r.issues.filter((i) => i.sheet === '评分规则');

  it('names the cell and what was expected', () => {
    expect(issues.map((i) => [i.code, i.cell])).toEqual([
      ['RULE_BAD_VALUE', 'D2'], ['RULE_UNKNOWN_ITEM', 'A3'], ['RULE_BAD_VALUE', 'C4'], ['RULE_BAD_VALUE', 'B5'], ['RULE_BAD_VALUE', 'B6'],
    ]);
    expect(issues[0].message).toContain('“十分”无法识别，应为一个数');
    expect(issues[1].message).toContain('“加分项”无法识别');
    expect(issues[2].message).toContain('周期');
    expect(issues.every((i) => i.severity === 'error')).toBe(true);
  });

  it('scores none of the wrong rows (and no default level points: the rules are the office’s)', () => {
    expect(unit(r, '金安区人民政府').total).toBe(0);
  });
});

describe('a 对象 that names no registry unit, 类型 or 分组 is an issue: the row would apply to nobody', () => {
  it('names the cell; units, types and groups as the registry has them pass', () => {
    const r = report(ledger(['2023-06-05', '甲镇', '甲', '', '', '否', 1]), rules(
      ['报送指标', '镇', '每月', 2], ['报送指标', '金安区人民政府', '每月', 3], ['目标分', '各县区人民政府', '每月', 10],
      ['基础分', '乡政府完成指标', '每月', 10], ['缺报扣分', '所有单位', '每月', 1],
    ));
    const issues = r.issues.filter((i) => i.sheet === '评分规则');
    expect(issues.map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'B5']]);
    expect(issues[0].message).toContain('“乡政府”');
  });
});

describe('clauses of real rules', () => {
  it('同稿多用 取最高 keeps a piece’s best outlet; 累加 counts each; a 批示 counts once per piece', () => {
    const rows = [
      ['2023-06-05', '金安区人民政府', '稻虾共作', '县报', '县级', '是', 1, '', '', '市级领导', '', 'A-1'],
      ['2023-06-06', '金安区人民政府', '稻虾共作', '省报', '省级', '是', 1, '', '', '市级领导', '', 'A-1'],
    ];
    const base = [['采用', '县级', '', 2], ['采用', '省级', '', 10], ['批示', '市级领导', '', 5]];
    expect(unit(report(ledger(...rows), rules(...base, ['同稿多用', '取最高', '', ''])), '金安区人民政府').total).toBe(15);
    expect(unit(report(ledger(...rows), rules(...base, ['同稿多用', '累加', '', ''])), '金安区人民政府').total).toBe(17);
  });

  it('several leaders of one level on a piece: once (default), 其余批示 at their own points, or 每次 in full; rows repeating the cell add nothing', () => {
    const rows = [
      ['2023-06-05', '金安区人民政府', '稻虾共作', '县报', '县级', '是', 1, '', '', '市领导；市领导；市领导', '', 'A-1'],
      ['2023-06-06', '金安区人民政府', '稻虾共作', '省报', '省级', '是', 1, '', '', '市领导；市领导；市领导', '', 'A-1'],
      ['2023-06-08', '金安区人民政府', '茶叶', '县报', '县级', '是', 1, '', '', '市领导；秘书长', '', 'A-2'],
    ];
    const base = [['采用', '', '', 0], ['批示', '市领导', '', 10], ['批示', '秘书长', '', 5]];
    const total = (...extra: CellValue[][]) => {
      const r = report(ledger(...rows), rules(...base, ...extra));
      expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
      return unit(r, '金安区人民政府');
    };
    expect(total().total).toBe(10 + 10 + 5);
    const rest = total(['批示', '市领导', '其余批示', 5]);
    expect(rest.total).toBe(10 + 5 + 5 + 10 + 5);
    expect(rest.parts.map((p) => [p.label, p.points])).toContainEqual(['市领导其余批示', 10]);
    expect(total(['批示', '秘书长', '其余每条', 3], ['批示', '市领导', '第二条起', 4]).total).toBe(10 + 4 + 4 + 10 + 5);
    expect(total(['批示', '市领导', '每次', 10]).total).toBe(30 + 10 + 5);
    const each = report(ledger(...rows), rules(['采用', '', '', 0], ['批示', '市领导', '每次', 20]));
    expect(unit(each, '金安区人民政府').parts.filter((p) => p.component === 'instruction').map((p) => [p.label, p.points, p.count])).toEqual([['市领导批示', 80, 4]]);
  });

  it('a leader written by office (市政府副秘书长) matches a rule named by office (秘书长), not the level’s 市领导', () => {
    const r = report(
      ledger(['2023-06-05', '金安区人民政府', '甲', '县报', '县级', '是', 1, '', '', '市委秘书长；市政府副秘书长；副市长', '', 'B-1']),
      rules(['采用', '', '', 0], ['批示', '市领导', '', 10], ['批示', '秘书长', '', 5], ['批示', '秘书长', '其余批示', 3]),
    );
    expect(unit(r, '金安区人民政府').parts.map((p) => [p.label, p.points])).toEqual([['其他媒体', 0], ['秘书长批示', 5], ['秘书长其余批示', 3], ['市领导批示', 10]]);
  });

  it('a 其余批示 row without the first 批示 row of its leader is an issue naming its cell', () => {
    const r = report(ledger(['2023-06-05', '金安区人民政府', '甲', '某报', '省级', '是', 1]), rules(['批示', '省领导', '其余批示', 5]));
    expect(r.issues.filter((i) => i.sheet === '评分规则').map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'B2']]);
  });

  it('type rows, multipliers and outlet points from 媒体名录', () => {
    const media = grid('媒体名录', [['媒体名称', '级别', '别名', '分值'], ['《常山政务》', '县级', '常山政务', 10]]);
    const r = report(media, ledger(
      ['2023-06-05', '裕安区人民政府', '甲', '常山政务', '县级', '是', 1],
      ['2023-06-06', '裕安区人民政府', '乙', '省报', '省级', '是', 1, '单篇'],
      ['2023-06-07', '裕安区人民政府', '丙', '省报', '省级', '是', 1, '', '头版头条'],
    ), rules(['采用', '省级', '', 6], ['采用', '省级', '单篇', 30], ['系数', '', '头版头条', 2]));
    expect(unit(r, '裕安区人民政府').parts.map((p) => [p.label, p.points])).toEqual([['《常山政务》', 10], ['省级·单篇', 30], ['省级·头版头条×2', 12]]);
  });

  it('字数 thresholds as the rule words them: “1000字以上” counts 1000 words, “超过1000字” only more; two rows multiply (超过2000字×4)', () => {
    const words = grid('报送台账', [[...LEDGER_HEADER, '字数'],
      ['2023-06-05', '裕安区人民政府', '甲', '市报', '市级', '是', 1, '', '', '', '', '', 1000],
      ['2023-06-06', '裕安区人民政府', '乙', '市报', '市级', '是', 1, '', '', '', '', '', 1001],
      ['2023-06-07', '裕安区人民政府', '丙', '市报', '市级', '是', 1, '', '', '', '', '', 2500],
      ['2023-06-05', '金安区人民政府', '甲', '市报', '市级', '是', 1, '', '', '', '', '', 1000],
    ]);
    const over = report(words, rules(['采用', '市级', '', 4], ['系数', '市级', '超过1000字', 2], ['系数', '市级', '超过2000字', 2]));
    expect(unit(over, '裕安区人民政府').parts.map((p) => p.points)).toEqual([4, 8, 16]);
    const atLeast = report(words, rules(['采用', '市级', '', 4], ['系数', '市级', '1000字以上', 2]));
    expect(unit(atLeast, '金安区人民政府').total).toBe(8);
  });

  it('a row may name several outlets paid alike (人民日报、光明日报 | 头版头条、报眼), each matched as its own name or alias', () => {
    const media = grid('媒体名录', [['媒体名称', '级别', '别名', '分值'], ['人民日报', '中央级', '', 1000], ['光明日报', '中央级', '光明', 1000], ['大众日报', '省级', '', 500]]);
    const r = report(media, ledger(
      ['2023-06-05', '裕安区人民政府', '甲', '光明', '中央级', '是', 1, '', '报眼'],
      ['2023-06-06', '裕安区人民政府', '乙', '人民日报', '中央级', '是', 1, '', '头版'],
      ['2023-06-07', '裕安区人民政府', '丙', '大众日报', '省级', '是', 1, '', '头版头条'],
    ), rules(['采用', '人民日报、光明日报', '头版头条、报眼', 2000]));
    expect(unit(r, '裕安区人民政府').parts.map((p) => [p.label, p.points])).toEqual([['光明日报·头版头条、报眼', 2000], ['人民日报', 1000], ['大众日报', 500]]);
  });

  it('基础分 per month for meeting the quota, 缺报扣分 per missing piece, 上限 per month, and a unit with no row still scored', () => {
    const r = buildReport([taskGrid([]), registryGrid(), ledger(
      ['2023-05-05', '金安区人民政府', '甲', '', '', '否', 2],
      ['2023-06-05', '金安区人民政府', '乙', '', '', '否', 1],
    ), rules(['报送指标', '', '每月', 2], ['基础分', '每月完成指标', '', 10], ['缺报扣分', '', '每月', 3])],
    { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-05-01'), to: d('2023-06-30') } });
    // May met (10), June short by one (−3)
    expect(unit(r, '金安区人民政府').total).toBe(7);
    // a registry unit with nothing at all: both months short by two
    expect(unit(r, '裕安区人民政府').total).toBe(-12);
  });

  it('采用指标 counts adopted pieces for 基础分 but is no 缺报; 缺报扣分 | 未完成指标 takes its points once per period missed', () => {
    const r = buildReport([taskGrid([]), registryGrid(), ledger(
      // April: 2 submitted, 1 adopted (both met); May: 3 submitted, none adopted; June: 1 submitted and adopted
      ['2023-04-05', '金安区人民政府', '甲', '省报', '省级', '是', 1],
      ['2023-04-06', '金安区人民政府', '乙', '', '', '否', 1],
      ['2023-05-05', '金安区人民政府', '丙', '', '', '否', 3],
      ['2023-06-05', '金安区人民政府', '丁', '省报', '省级', '是', 1],
    ), rules(['报送指标', '', '每月', 2], ['采用指标', '', '每月', 1], ['基础分', '完成指标', '每月', 20], ['缺报扣分', '未完成指标', '每月', 30], ['采用', '', '', 0])],
    { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-04-01'), to: d('2023-06-30') } });
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    const u = unit(r, '金安区人民政府');
    // the same rules as a clerk may word them
    const worded = buildReport([taskGrid([]), registryGrid(), ledger(
      ['2023-04-05', '金安区人民政府', '甲', '省报', '省级', '是', 1], ['2023-04-06', '金安区人民政府', '乙', '', '', '否', 1],
      ['2023-05-05', '金安区人民政府', '丙', '', '', '否', 3], ['2023-06-05', '金安区人民政府', '丁', '省报', '省级', '是', 1],
    ), rules(['报送任务', '', '每月', 2], ['采用任务', '', '每月', 1], ['基础分', '完成报送和采用目标任务', '每月', 20], ['缺报扣分', '未完成报送任务', '每月', 30], ['采用', '', '', 0])],
    { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-04-01'), to: d('2023-06-30') } });
    expect(unit(worded, '金安区人民政府').total).toBe(20 - 30);
    // April +20; May: submitted enough, nothing adopted: neither +20 nor −30; June: one short of two: −30 once
    expect(u.total).toBe(20 - 30);
    expect(u.parts.find((p) => p.component === 'base')!.detail).toBe('2023年4月完成；2023年5月未完成（采用差1篇）；2023年6月未完成（报送差1篇）');
    expect(u.parts.find((p) => p.component === 'missing')).toMatchObject({ label: '未完成报送指标扣分（每月扣30分）', points: -30, count: 1 });
    // per missing piece (no 未完成 in 对象), an adoption quota missed is still no 缺报
    const r2 = report(ledger(['2023-06-05', '金安区人民政府', '甲', '', '', '否', 2]), rules(['报送指标', '', '每月', 3], ['采用指标', '', '每月', 1], ['缺报扣分', '', '每月', 5]));
    expect(unit(r2, '金安区人民政府').total).toBe(-5);
  });

  it('采用指标 by outlet or by level and above (《江西交通》3篇, 市级以上4篇), and 缺报扣分 | 采用 takes points per piece short of them', () => {
    const r = report(ledger(
      ['2023-06-05', '金安区人民政府', '甲', '《江西交通》', '', '是', 1],
      ['2023-06-06', '金安区人民政府', '乙', '江西交通', '', '是', 1],
      ['2023-06-07', '金安区人民政府', '丙', '市报', '市级', '是', 1],
      ['2023-06-08', '金安区人民政府', '丁', '市报', '市级', '是', 1],
      ['2023-06-09', '金安区人民政府', '戊', '省报', '省级', '是', 1],
      ['2023-06-10', '金安区人民政府', '己', '', '', '否', 1],
    ), rules(
      ['基础分', '', '本期', 18],
      ['采用指标', '本期', '江西交通', 3], ['采用指标', '本期', '市级以上', 4], ['采用指标', '本期', '省级及以上', 1],
      ['缺报扣分', '采用', '本期', 1],
      ['报送指标', '本期', '', 5], ['缺报扣分', '', '本期', 2],
    ));
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    const parts = unit(r, '金安区人民政府').parts.filter((p) => p.component !== 'adoption').map((p) => [p.label, p.points, p.detail]);
    // 6 pieces submitted (5 needed: no 缺报); 江西交通 2 of 3, 市级以上 3 of 4, 省级及以上 1 of 1: two short, 1 each
    expect(parts).toEqual([['基础分（本期18分）', 18, expect.any(String)], ['少采用扣分（每少1篇扣1分）', -2, '本期少2篇：本期采用江西交通3篇差1篇、本期采用市级以上4篇差1篇']]);
  });

  it('a 缺报扣分 row about publication (采用, 未完成发表任务, 未完成发稿任务, 少采用扣分) names no unit and takes from the adoption quota', () => {
    for (const [item, target] of [['缺报扣分', '采用'], ['缺报扣分', '未完成发表任务'], ['缺报扣分', '未完成发稿任务'], ['少采用扣分', '']]) {
      const r = report(ledger(['2023-06-05', '金安区人民政府', '甲', '', '', '否', 3]), rules(['采用指标', '本期', '', 1], [item, target, '本期', 2]));
      expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
      expect(unit(r, '金安区人民政府').total).toBe(-2);
    }
  });

  it('超报计分 scores each piece beyond the quota week by week: a long week does not make up a short one', () => {
    const r = buildReport([taskGrid([]), registryGrid(), ledger(
      ['2023-06-05', '金安区人民政府', '甲', '', '', '否', 5], // week of 5 June: 3 beyond
      ['2023-06-13', '金安区人民政府', '乙', '', '', '否', 1], // week of 12 June: 1 short
      ['2023-06-14', '裕安区人民政府', '丙', '', '', '否', 2],
    ), rules(['报送指标', '', '每周', 2], ['基础分', '完成指标', '每周', 1], ['超报计分', '', '每周', 1], ['超报', '', '', '一分'])],
    { today: TODAY, year: 2023, asOf: d('2023-06-18'), period: { from: d('2023-06-05'), to: d('2023-06-18') } });
    expect(r.issues.filter((i) => i.sheet === '评分规则').map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'D5']]);
    const jinan = unit(r, '金安区人民政府');
    expect(jinan.parts.find((p) => p.component === 'submission')).toMatchObject({ label: '超报计分（每超1篇1分）', points: 3, count: 3, detail: '6月5日起一周超报3篇' });
    expect(jinan.total).toBe(1 + 3);
    // exactly the quota: no 超报, and a week with nothing earns nothing
    expect(unit(r, '裕安区人民政府').total).toBe(1);
  });

  it('a 加减分 row naming 作者 counts in those people’s results too (shared like a piece), and in the unit’s as before', () => {
    const adj = grid('加减分', [['单位', '日期', '分值', '事由', '作者'],
      ['金安区人民政府', '2023-06-10', -4, '稿件失实，本条得分归零', '张三、李四'],
      ['金安区人民政府', '2023-06-11', -5, '扣减单位年度得分', ''],
      ['裕安区人民政府', '2023-06-12', 2, '完成约稿', '王五'],
      ['金安区人民政府', '2023-07-01', -9, '下月的', '张三']]);
    const r = report(ledger(['2023-06-05', '金安区人民政府', '甲', '省报', '省级', '是', 1, '', '', '', '张三、李四']), rules(['采用', '省级', '', 4]), adj);
    expect(r.issues.filter((i) => i.sheet === '加减分')).toEqual([]);
    expect(unit(r, '金安区人民政府').total).toBe(4 - 4 - 5);
    expect(r.people.map((p) => [p.name, p.points, p.rank])).toEqual([['王五', 2, 1], ['李四', 0, 2], ['张三', 0, 2]]);
  });

  it('加减分 rows show with their 事由; a bad row is an issue', () => {
    const adj = grid('加减分', [['单位', '日期', '分值', '事由'], ['金安区', '2023-06-10', -5, '信息失实'], ['裕安区人民政府', '2023-06-11', '扣五分', '被通报'], ['裕安区人民政府', '2023-07-11', 3, '下月的']]);
    const r = report(ledger(['2023-06-05', '金安区人民政府', '甲', '', '', '否', 1]), adj);
    expect(unit(r, '金安区人民政府').parts).toContainEqual(expect.objectContaining({ component: 'adjustment', label: '信息失实', points: -5 }));
    expect(r.issues.filter((i) => i.code === 'ADJUSTMENT_BAD_ROW').map((i) => i.cell)).toEqual(['C3']);
    expect(unit(r, '裕安区人民政府').total).toBe(0);
  });

  it('折算 to the top unit, and per-person results shared among co-authors', () => {
    const r = report(ledger(
      ['2023-06-05', '金安区人民政府', '甲', '省报', '省级', '是', 1, '', '', '', '张三、李四'],
      ['2023-06-06', '裕安区人民政府', '乙', '市报', '市级', '是', 1, '', '', '', '王五'],
    ), rules(['采用', '省级', '', 10], ['采用', '市级', '', 5], ['折算', '最高分', '', 20]));
    expect([unit(r, '金安区人民政府').total, unit(r, '裕安区人民政府').total]).toEqual([20, 10]);
    expect(r.people.map((p) => [p.name, p.points])).toEqual([['李四', 5], ['王五', 5], ['张三', 5]]);
  });

  it('折算 | 各组最高分: the top unit of each ranking group gets full marks; 最高分: the top of all ranked units (a name the registry does not know sets no basis)', () => {
    const rows = [
      ['2023-06-05', '金安区人民政府', '甲', '省报', '省级', '是', 1], ['2023-06-06', '裕安区人民政府', '乙', '市报', '市级', '是', 1],
      ['2023-06-07', '市发改委', '丙', '省报', '省级', '是', 2], ['2023-06-08', '市教体局', '丁', '市报', '市级', '是', 1],
      ['2023-06-09', '某不存在的局', '戊', '省报', '省级', '是', 10],
    ];
    const totals = (r: ReturnType<typeof report>) => ['金安区人民政府', '裕安区人民政府', '市发改委', '市教体局', '市委宣传部'].map((u) => [unit(r, u).total, unit(r, u).rank]);
    const perGroup = report(ledger(...rows), rules(['采用', '省级', '', 10], ['采用', '市级', '', 5], ['折算', '各组最高分', '', 100]));
    expect(perGroup.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    expect(totals(perGroup)).toEqual([[100, 1], [50, 2], [100, 1], [25, 2], [0, 1]]);
    expect(unit(perGroup, '裕安区人民政府').parts.find((p) => p.component === 'scale')).toMatchObject({ label: '折算为100分制（本组最高分10分计满分：金安区人民政府）', detail: '原始分5 × 100 ÷ 本组最高分10 = 50', points: 45 });
    const all = report(ledger(...rows), rules(['采用', '省级', '', 10], ['采用', '市级', '', 5], ['折算', '最高分', '', 100]));
    expect(totals(all)).toEqual([[50, 1], [25, 2], [100, 1], [25, 2], [0, 1]]);
    expect(all.unverified.map((u) => u.name)).toEqual(['某不存在的局']);
  });

  it('a 合报 piece credits each author once, in the unit written at the author’s place (单位“甲、乙” by 作者“张三、李四”), with a share of the whole piece', () => {
    const r = report(ledger(
      ['2023-06-05', '金安区人民政府、裕安区人民政府', '甲', '省报', '省级', '是', 1, '', '', '', '张三、李四'],
      ['2023-06-06', '裕安区人民政府', '乙', '市报', '市级', '是', 1, '', '', '', '王五'],
      // three authors for two units: 王五 belongs where his own pieces are, the others to the first unit written
      ['2023-06-07', '金安区人民政府、裕安区人民政府', '丙', '省报', '省级', '是', 1, '', '', '', '赵六、王五、钱七'],
    ), rules(['采用', '省级', '', 12], ['采用', '市级', '', 6]));
    expect([unit(r, '金安区人民政府').total, unit(r, '裕安区人民政府').total]).toEqual([12, 6 + 12]);
    expect(r.people.map((p) => [p.name, p.unit, p.points])).toEqual([
      ['王五', '裕安区人民政府', 10], ['李四', '裕安区人民政府', 6], ['张三', '金安区人民政府', 6], ['钱七', '金安区人民政府', 4], ['赵六', '金安区人民政府', 4],
    ]);
  });

  it('an outlet named alike at two levels (本市、上级市总《工运信息》) is told apart in the breakdown, not summed under one line', () => {
    const media = grid('媒体名录', [['媒体名称', '级别', '分值'], ['工运信息', '县级', 10], ['工运信息', '市级', 15]]);
    const r = report(ledger(
      ['2023-06-05', '金安区人民政府', '甲', '工运信息', '县级', '是', 1], ['2023-06-06', '金安区人民政府', '甲', '工运信息', '市级', '是', 1],
    ), rules(['同稿多用', '累加', '', '']), media);
    expect(unit(r, '金安区人民政府').parts.map((p) => [p.label, p.points, p.detail])).toEqual([['工运信息（县级）', 10, '每篇10分'], ['工运信息（市级）', 15, '每篇15分']]);
  });

  it('under the office’s rules 实报 counts pieces as their quotas do: a piece in two outlets (one 稿件编号) is one submission', () => {
    const r = report(ledger(
      ['2023-06-05', '金安区人民政府', '甲', '省报', '省级', '是', 1, '', '', '', '', 'A-1'], ['2023-06-09', '金安区人民政府', '甲', '市报', '市级', '是', 1, '', '', '', '', 'A-1'],
      ['2023-06-12', '金安区人民政府', '乙（3篇）', '', '', '否', 3],
    ), rules(['报送指标', '', '每月', 4], ['采用', '省级', '', 10]));
    expect(unit(r, '金安区人民政府')).toMatchObject({ actual: 4, expected: 4, completion: 1, adopted: { 省级: 1, 市级: 1 } });
  });

  it('a piece’s points the ledger gives (上级计分, 认定分值) are its base, × the 系数 of its 报送途径; blank: the rules’ points', () => {
    const header = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量', '上级计分', '报送途径'];
    const r = report(grid('报送台账', [header,
      ['2023-06-05', '金安区人民政府', '甲', '省政府办公厅', '省级', '是', 1, 5, '市府办转报'],
      ['2023-06-06', '金安区人民政府', '乙', '省政府办公厅', '省级', '是', 1, '4分', '直报'],
      ['2023-06-07', '金安区人民政府', '丙', '省政府办公厅', '省级', '是', 1, '', '直报'],
    ]), rules(['采用', '省级', '', 3], ['系数', '省级', '市府办转报', 2]));
    const jinan = unit(r, '金安区人民政府');
    expect(jinan.total).toBe(5 * 2 + 4 + 3);
    expect(jinan.parts.map((p) => p.label)).toContain('省政府办公厅（台账计分5）·市府办转报×2');
    // 认定分值 read the same way (a person sets a point in the rule's range)
    const judged = report(grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量', '认定分值'],
      ['2023-06-05', '裕安区人民政府', '组稿', '镇宣传栏', '县级', '是', 1, 12]]), rules(['采用', '县级', '', 5]));
    expect(unit(judged, '裕安区人民政府').total).toBe(12);
  });

  it('合作分配 第一作者: a co-written piece credits its first author alone (“两人以上合写的信息奖励第一作者”), the unit keeps it whole', () => {
    const r = report(ledger(
      ['2023-06-05', '金安区人民政府', '甲', '省报', '省级', '是', 1, '', '', '', '张三、李四'],
      ['2023-06-06', '金安区人民政府', '乙', '省报', '省级', '是', 1, '', '', '', '李四'],
    ), rules(['采用', '省级', '', 10], ['合作分配', '第一作者', '', '']), grid('加减分', [['单位', '日期', '分值', '事由', '作者'],
      ['金安区人民政府', '2023-06-20', -2, '合写稿件失实', '李四、张三']]));
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    expect(unit(r, '金安区人民政府').total).toBe(10 + 10 - 2);
    expect(r.people.map((p) => [p.name, p.pieces, p.points])).toEqual([['张三', 1, 10], ['李四', 1, 8]]);
  });

  it('分档: the points of a ladder’s pieces become the step they reach (“达到200分以上计45分；100分以下计10分”), each ladder apart', () => {
    const r = report(ledger(
      ['2023-06-05', '金安区人民政府', '甲', '农机网', '省级', '是', 150, '农机网信息'], // exactly 150: “达到150分”
      ['2023-06-06', '金安区人民政府', '乙', '省报', '省级', '是', 2, '新闻'],
      ['2023-06-07', '裕安区人民政府', '丙', '农机网', '省级', '是', 99, '农机网信息'],
    ), rules(
      ['采用', '', '农机网信息', 1], ['采用', '', '新闻', 3],
      ['分档', '农机网信息', '200分以上', 45], ['分档', '农机网信息', '150—199分', 35], ['分档', '农机网信息', '100条以下', 10],
      ['分档', '新闻', '达到10分', 20], ['分档', '新闻', '不足10分', 5],
    ));
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    const jinan = unit(r, '金安区人民政府');
    expect(jinan.total).toBe(35 + 5);
    // the ladders' pieces show under 分档计分 with their own points, then each step: the column is the steps' points
    expect(jinan.parts.filter((p) => p.component === 'tier').map((p) => [p.label, p.points, p.detail])).toEqual([
      ['农机网信息', 150, '每篇1分'], ['新闻', 6, '每篇3分'],
      ['农机网信息得分分档', 35 - 150, '150分，150—199分，计35分'], ['新闻得分分档', 5 - 6, '6分，不足10分，计5分'],
    ]);
    expect(jinan.parts.some((p) => p.component === 'adoption')).toBe(false);
    // nothing in a ladder is 0 raw points: the rule’s bottom step says what that scores
    expect(unit(r, '裕安区人民政府').total).toBe(10 + 5);
    expect(unit(r, '市发改委').total).toBe(10 + 5);
  });

  it('分档 without a bottom step scores 0 below the lowest; a ladder may be of a level; a 类型 that is no step is named by cell', () => {
    const r = report(ledger(
      ['2023-06-05', '金安区人民政府', '甲', '省报', '省级', '是', 3],
      ['2023-06-06', '金安区人民政府', '乙', '市报', '市级', '是', 4],
      ['2023-06-07', '裕安区人民政府', '丙', '省报', '省级', '是', 1],
    ), rules(['采用', '省级', '', 10], ['采用', '市级', '', 1], ['分档', '省级', '30分以上', 40], ['分档', '省级', '20', 25], ['分档', '市级', '很多', 9]));
    expect(r.issues.filter((i) => i.sheet === '评分规则').map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'C6']]);
    expect(unit(r, '金安区人民政府').total).toBe(40 + 4);
    expect(unit(r, '裕安区人民政府').parts.find((p) => p.label === '省级得分分档')).toMatchObject({ component: 'tier', points: -10, detail: '10分，不足20分，不计分' });
    expect(unit(r, '裕安区人民政府').total).toBe(0);
  });

  it('合作分配 written as neither 平分, 各计全分 nor 第一作者 is named by cell', () => {
    const r = report(ledger(['2023-06-05', '金安区人民政府', '甲', '省报', '省级', '是', 1]), rules(['采用', '省级', '', 10], ['合作分配', '看贡献', '', '']));
    expect(r.issues.filter((i) => i.sheet === '评分规则').map((i) => [i.code, i.cell, i.message.includes('第一作者')])).toEqual([['RULE_BAD_VALUE', 'B3', true]]);
  });
});

describe('the template’s example rows', () => {
  it('read without an issue once their # is taken off, as the 说明 tells a clerk to do', () => {
    const [header, ...rows] = rulesSheet().rows.map((r) => r.map((c) => c.value as CellValue));
    const examples = rows.filter((r) => String(r[0]).startsWith('#')).map((r) => [String(r[0]).replace(/^#\s*/, ''), ...r.slice(1)]);
    expect(examples.length).toBeGreaterThan(20);
    const registry = grid('单位名录', [...REGISTRY, ['丙乡', '', '乡镇', '各镇']]);
    const r = buildReport([taskGrid([]), registry, grid('评分规则', [header, ...examples])], { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: june });
    expect(r.issues.filter((i) => i.sheet === '评分规则').map((i) => `${i.cell} ${i.message}`)).toEqual([]);
  });
});

describe('today’s workbooks', () => {
  it('without new rows score as before: level points, cap 40, completion 40', () => {
    const r = report(ledger(...Array.from({ length: 5 }, (_, i) => ['2023-06-05', '金安区人民政府', `稿${i}`, '央媒', '中央级', '是', 1])));
    const s = unit(r, '金安区人民政府');
    expect(s.adoptionPoints).toBe(40);
    expect(s.parts.map((p) => [p.component, p.points])).toEqual([['adoption', 50], ['adoption', -10], ['overdue', 0]]);
    expect(s.total).toBe(40);
  });
});

describe('媒体名录 分值', () => {
  it('a 分值 that is not a number is an issue naming its cell, and the outlet scores by its level', () => {
    const media = grid('媒体名录', [['媒体名称', '级别', '别名', '分值'], ['某省报', '省级', '', '十分']]);
    const r = report(media, ledger(['2023-06-05', '金安区人民政府', '甲', '某省报', '', '是', 1]), rules(['采用', '省级', '', 6]));
    expect(r.issues.filter((i) => i.sheet === '媒体名录').map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'D2']]);
    expect(unit(r, '金安区人民政府').total).toBe(6);
  });

  it('an outlet listed at a level of the rule’s own (企业) scores by its 分值 without a warning; one with neither level nor 分值 is named as such', () => {
    const media = grid('媒体名录', [['媒体名称', '级别', '别名', '分值'], ['沈阳铁道报', '企业', '', 5], ['内部简报', '企业', '', '']]);
    const r = report(media, ledger(
      ['2023-06-05', '金安区人民政府', '甲', '沈阳铁道报', '', '是', 1],
      ['2023-06-06', '金安区人民政府', '乙', '内部简报', '', '是', 1],
      ['2023-06-07', '金安区人民政府', '丙', '某晚报', '', '是', 1],
    ), rules(['采用', '省级', '', 6]));
    const warned = r.issues.filter((i) => i.code === 'LEDGER_UNKNOWN_MEDIA');
    expect(warned.map((i) => i.cell)).toEqual(['D3', 'D4']);
    expect(warned[0].message).toContain('“内部简报”在媒体名录中的级别不是中央级、省级、市级或县级，也没有填写分值');
    expect(warned[1].message).toContain('“某晚报”不在媒体名录中');
    expect(unit(r, '金安区人民政府').total).toBe(5);
  });
});

describe('an adopted piece no rule scores says so in the breakdown, not "每篇0分" as if a rule had set it', () => {
  it('a rule of 0 points is 每篇0分; an outlet the rules give nothing is 评分规则未给此类采用计分', () => {
    const r = report(
      ledger(['2023-06-05', '金安区人民政府', '甲', '某报', '省级', '是', 1], ['2023-06-06', '金安区人民政府', '乙', '某报', '县级', '是', 1]),
      rules(['采用', '省级', '', 0]),
    );
    const adoption = unit(r, '金安区人民政府').parts.filter((p) => p.component === 'adoption');
    expect(adoption.map((p) => [p.points, p.detail])).toEqual([[0, '每篇0分'], [0, '评分规则未给此类采用计分']]);
  });
});

describe('名次计分: points by place in the ranking group (农业部 2011 “第1～5名得5分，每5名一个梯次，每下降一个梯次少计1分”)', () => {
  const submitted = (unitName: string, count: number): CellValue[] => ['2023-06-05', unitName, `${unitName}信息`, '', '', '否', count];
  const rows = [submitted('市发改委', 5), submitted('市教体局', 3), submitted('市交通运输局', 3), submitted('市文旅局', 1), submitted('市委宣传部', 2)];
  const DEPARTMENTS = ['市发改委', '市教体局', '市交通运输局', '市文旅局'];

  it('ties share the higher place, each step of N places scores the drop less, never below 0; each ranking group on its own', () => {
    const r = report(ledger(...rows), rules(['名次计分', '报送', '每2名一个梯次，每下降一个梯次少计1分', 3], ['名次计分', '报送条数', '每名减2分', 3]));
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    expect(DEPARTMENTS.map((u) => unit(r, u).parts.filter((p) => p.component === 'rank').map((p) => p.points))).toEqual([[3, 3], [3, 1], [3, 1], [2, 0]]);
    expect(DEPARTMENTS.map((u) => [unit(r, u).total, unit(r, u).rank])).toEqual([[6, 1], [4, 2], [4, 2], [2, 4]]);
    // alone in its group (党委部门): first place
    expect(unit(r, '市委宣传部').total).toBe(6);
    expect(unit(r, '市文旅局').parts[0]).toMatchObject({ label: '报送条数名次计分', detail: '报送条数1，第4名；第1—2名3分，每2名减1分', points: 2 });
  });

  it('折算 comes after: the top unit’s total with its 名次计分 is the basis', () => {
    const r = report(ledger(...rows), rules(['名次计分', '报送', '每2名减1分', 3], ['名次计分', '报送', '每名减2分', 3], ['折算', '最高分', '', 100]));
    expect(DEPARTMENTS.map((u) => unit(r, u).total)).toEqual([100, 66.67, 66.67, 33.33]);
    const parts = unit(r, '市文旅局').parts;
    expect(parts.map((p) => p.component)).toEqual(['rank', 'rank', 'scale']);
    expect(parts.reduce((sum, p) => sum + p.points, 0)).toBeCloseTo(33.33, 2);
  });

  it('a unit with nothing counted is not placed and scores 0 (a period where nobody reported gives nobody the first step)', () => {
    const r = report(ledger(...rows), rules(['名次计分', '采用', '每5名减1分', 5]));
    expect(DEPARTMENTS.map((u) => unit(r, u).total)).toEqual([0, 0, 0, 0]);
    expect(unit(r, '市发改委').parts).toEqual([expect.objectContaining({ component: 'rank', points: 0, detail: '采用条数0，不参加排名，不计分；第1—5名5分，每5名减1分' })]);
  });

  it('得分: placed by the points before 名次计分 (“按得分排名，第一名10分，每名减0.5分”)', () => {
    const adopted = (unitName: string, level: string): CellValue[] => ['2023-06-06', unitName, `${unitName}稿件`, '某报', level, '是', 1];
    const r = report(ledger(adopted('市发改委', '省级'), adopted('市教体局', '市级'), adopted('市交通运输局', '市级'), adopted('市文旅局', '县级')),
      rules(['采用', '省级', '', 6], ['采用', '市级', '', 4], ['采用', '县级', '', 2], ['名次计分', '得分', '每名减0.5分', 10]));
    expect(r.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
    expect(DEPARTMENTS.map((u) => unit(r, u).total)).toEqual([6 + 10, 4 + 9.5, 4 + 9.5, 2 + 8.5]);
  });

  it('a 对象 or 类型 it cannot read is an issue on that cell', () => {
    const r = report(ledger(...rows), rules(['名次计分', '稿费', '每5名减1分', 5], ['名次计分', '采用', '逐名递减', 5], ['名次计分', '采用', '每5名减1分', '']));
    expect(r.issues.filter((i) => i.sheet === '评分规则').map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'B2'], ['RULE_BAD_VALUE', 'C3'], ['RULE_BAD_VALUE', 'D4']]);
  });
});
