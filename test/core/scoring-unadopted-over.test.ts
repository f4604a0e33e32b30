// 报送计分 for the pieces nobody adopted (广东安监局: 「报送信息符合要求，但未采用的信息，每条5分」), and rewards beyond an adoption
// quota counted only in the outlets it names (某镇: 「在中国网站、党政信息网、《大众》上每月录用信息不少于1条的基础上…超过部分每条30元」).
import { buildReport } from '../../src/core/scoring/report';
import { TODAY, d, grid } from '../helpers/grids';

const year = { from: d('2013-01-01'), to: d('2013-12-31') };
const head = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量', '稿件编号'];
const score = (rules: (string | number)[][], ledger: string[][], period = year, paid = true) => {
  const points = (n: number) => (paid ? n : '');
  const report = buildReport([
    grid('单位名录', [['单位名称', '类型'], ['甲局', '部门'], ['乙局', '部门']]),
    // paid: the outlets' own points (广东); unpaid: adoption earns only the reward beyond the quota (某镇)
    grid('媒体名录', [['媒体名称', '级别', '分值'], ['省府办公厅', '省级', points(30)], ['简报', '省级', points(10)], ['县报', '县级', points(2)]]),
    grid('报送台账', [head, ...ledger]),
    grid('评分规则', [['项目', '对象', '类型', '分值'], ...rules]),
  ], { today: TODAY, asOf: period.to, period });
  return { report, total: (unit: string) => report.scores.find((s) => s.unit === unit)!.total };
};

describe('报送计分 | 未采用: only pieces no outlet adopted', () => {
  const ledger = [
    ['2013-03-01', '甲局', '甲一', '', '', '否', '1', 'A1'],
    ['2013-03-02', '甲局', '甲二', '简报', '省级', '是', '1', 'A2'],
    // one piece, first sent and not taken, then adopted: it scores by its outlet only
    ['2013-04-01', '甲局', '甲三', '县报', '县级', '否', '1', 'A3'],
    ['2013-04-09', '甲局', '甲三', '省府办公厅', '省级', '是', '1', 'A3'],
    ['2013-05-01', '乙局', '乙一', '', '', '否', '1', 'B1'],
    ['2013-05-02', '乙局', '乙二', '', '', '否', '1', 'B2'],
  ];
  it('5 for each piece never adopted; an adopted piece keeps its outlet\'s points and no 5 (by hand: 甲 5+10+30, 乙 5+5)', () => {
    const { report, total } = score([['报送计分', '未采用', '', 5], ['同稿多用', '取最高', '', '']], ledger);
    expect(report.issues.filter((i) => i.code.startsWith('RULE'))).toEqual([]);
    expect(total('甲局')).toBe(45);
    expect(total('乙局')).toBe(10);
    const part = report.scores.find((s) => s.unit === '乙局')!.parts.find((p) => p.component === 'submission')!;
    expect(part.label).toContain('未采用信息');
    expect(part.count).toBe(2);
  });
  it('the words 未被采用的信息 say the same; a plain 报送计分 still pays every piece', () => {
    expect(score([['报送计分', '', '未被采用的信息', 5]], ledger).total('甲局')).toBe(45);
    // every distinct piece (A1, A2, A3) 5 each, plus 10 and 30
    expect(score([['报送计分', '', '', 5], ['同稿多用', '取最高', '', '']], ledger).total('甲局')).toBe(55);
  });
});

describe('超报计分 | 采用: adopted pieces beyond an adoption quota, month by month', () => {
  const ledger = [
    ['2013-01-05', '甲局', '甲一', '简报', '省级', '是', '1', 'A1'],
    ['2013-01-09', '甲局', '甲二', '省府办公厅', '省级', '是', '1', 'A2'],
    ['2013-01-19', '甲局', '甲三', '简报', '省级', '是', '1', 'A3'],
    // the same piece in both named outlets is one piece
    ['2013-02-03', '甲局', '甲四', '简报', '省级', '是', '1', 'A4'],
    ['2013-02-04', '甲局', '甲四', '省府办公厅', '省级', '是', '1', 'A4'],
    // an outlet the quota does not name counts for nothing
    ['2013-02-10', '甲局', '甲五', '县报', '县级', '是', '1', 'A5'],
    // submitted, not adopted: not beyond anything
    ['2013-02-11', '甲局', '甲六', '简报', '省级', '否', '1', 'A6'],
  ];
  const rules = [['计分单位', '元', '', ''], ['采用指标', '每月', '省府办公厅、简报', 1], ['超报计分', '采用', '每月', 30]];
  it('January 3 adopted → 2 beyond ×30; February 1 in the named outlets → none (by hand: 60)', () => {
    const { report, total } = score(rules, ledger, { from: d('2013-01-01'), to: d('2013-06-30') }, false);
    expect(report.issues.filter((i) => i.code.startsWith('RULE'))).toEqual([]);
    expect(total('甲局')).toBe(60);
    const part = report.scores.find((s) => s.unit === '甲局')!.parts.find((p) => /超额采用/.test(p.label))!;
    expect(part.points).toBe(60);
    expect(total('乙局')).toBe(0);
  });
  it('合作分配 | 平分，录用数量按平均数计算: a piece of two units counts half for each (by hand: 乙 1 + 0.5 in March → 0.5 beyond → 15)', () => {
    const joint = [['2013-03-04', '乙局', '乙一', '简报', '省级', '是', '1', 'B1'], ['2013-03-08', '甲局、乙局', '合写', '省府办公厅', '省级', '是', '1', 'J1']];
    const march = { from: d('2013-03-01'), to: d('2013-03-31') };
    const shared = score([...rules, ['合作分配', '平分，录用数量按平均数计算', '', '']], joint, march, false);
    expect(shared.report.issues.filter((i) => i.code.startsWith('RULE'))).toEqual([]);
    expect(shared.total('乙局')).toBe(15);
    expect(shared.total('甲局')).toBe(0);
    // without the words, each unit counts the piece whole, as before (乙 2 → 1 beyond)
    expect(score(rules, joint, march, false).total('乙局')).toBe(30);
  });
  it('a 报送指标 beside it is not what 超报计分 | 采用 counts, and plain 超报计分 leaves adoption quotas alone', () => {
    const both = [['报送指标', '每月', '', 2], ['采用指标', '每月', '省府办公厅、简报', 1], ['超报计分', '', '每月', 1]];
    // submissions beyond 2 a month: January 3 pieces → 1; February 3 distinct pieces (A4, A5, A6) → 1
    expect(score(both, ledger, { from: d('2013-01-01'), to: d('2013-02-28') }, false).total('甲局')).toBe(2);
  });
});

describe('a floor of 字数 (水产局: 「字数不少于100字」): 系数 | | 不足100字 | 0', () => {
  const ledger = [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量', '字数'],
    ['2013-03-01', '甲局', '甲一', '简报', '省级', '是', '1', '99'],
    ['2013-03-02', '甲局', '甲二', '简报', '省级', '是', '1', '100'],
    ['2013-03-03', '甲局', '甲三', '简报', '省级', '是', '1', ''],
  ];
  const total = (type: string) => buildReport([
    grid('单位名录', [['单位名称', '类型'], ['甲局', '部门']]),
    grid('媒体名录', [['媒体名称', '级别', '分值'], ['简报', '省级', 10]]),
    grid('报送台账', ledger),
    grid('评分规则', [['项目', '对象', '类型', '分值'], ['系数', '', type, 0]]),
  ], { today: TODAY, asOf: year.to, period: year }).scores[0].total;
  it('不足100字 pays nothing for 99 words, 100 words and an unwritten count pay as usual (by hand: 0 + 10 + 10)', () => {
    expect(total('不足100字')).toBe(20);
    expect(total('少于100字')).toBe(20);
  });
  it('100字以下 takes 100 itself too (by hand: 0 + 0 + 10)', () => {
    expect(total('100字以下')).toBe(10);
  });
});

describe('批示 of a department\'s leaders (广东: 「省委、省府领导…另加10分，省局领导批示的…另加5分」)', () => {
  const report = (leaders: string[]) => buildReport([
    grid('单位名录', [['单位名称', '类型'], ...leaders.map((_, i) => [`单位${i + 1}`, '部门'])]),
    grid('媒体名录', [['媒体名称', '级别', '分值'], ['简报', '省级', 10]]),
    grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用', '批示'], ...leaders.map((l, i) => ['2013-03-01', `单位${i + 1}`, `稿${i}`, '简报', '省级', '是', l])]),
    // the department's row first: a 省领导 must still not fall to it by level
    grid('评分规则', [['项目', '对象', '类型', '分值'], ['批示', '省局领导', '', 5], ['批示', '省委省府领导', '', 10]]),
  ], { today: TODAY, asOf: year.to, period: year });
  it('省领导 and 省委领导 are the province\'s (+10), 省局领导 the bureau\'s (+5), whatever the rows\' order', () => {
    const r = report(['省领导', '省委领导', '省局领导']);
    expect(r.scores.map((s) => s.total)).toEqual([20, 20, 15]);
  });
  it('a 批示 no row names (市局领导) scores nothing and says so in the unit\'s flags', () => {
    const r = report(['市局领导']);
    expect(r.scores[0].total).toBe(10);
    expect(r.scores[0].flags.join('；')).toContain('批示“市局领导”在评分规则中没有对应的“批示”行，未计分');
  });
});

describe('一票否决 in a longer wording (广东: 「报送信息失实、后果严重的，每条扣减30分，取消年度政务信息工作评先资格」)', () => {
  it('the deduction stands, the rank stands, and the unit says it lost 评先资格', () => {
    const r = buildReport([
      grid('单位名录', [['单位名称', '类型'], ['甲局', '部门']]),
      grid('媒体名录', [['媒体名称', '级别', '分值'], ['简报', '省级', 40]]),
      grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用'], ['2013-03-01', '甲局', '一', '简报', '省级', '是']]),
      grid('评分规则', [['项目', '对象', '类型', '分值'], ['排名', '按得分', '', '']]),
      grid('加减分', [['单位', '日期', '分值', '事由'], ['甲局', '2013-07-10', -30, '报送信息失实、后果严重，取消年度政务信息工作评先资格']]),
    ], { today: TODAY, asOf: year.to, period: year });
    expect([r.scores[0].total, r.scores[0].rank]).toEqual([10, 1]);
    expect(r.scores[0].flags.join('；')).toContain('取消评先评优资格（一票否决）：报送信息失实');
  });
});
