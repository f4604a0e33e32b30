// 一票否决 (取消评先资格) written in 加减分: the unit keeps its total and rank but is never rated 优秀, nor counted against 优秀比例.
import { buildReport } from '../../src/core/scoring/report';
import { formatBulletin } from '../../src/core/scoring/report-text';
import { bulletinContent } from '../../src/core/bulletin/content';
import { TODAY, d, grid } from '../helpers/grids';

// 池州市政府办公室 「对发生迟报、漏报、瞒报、误报紧急重要信息的，取消评优资格」 (http://www.fymate.net/html/text/lar/169435/16943580_3.html);
// 黑龙江 「对重大负反馈信息发生漏报、迟报、误报的，取消单位评先资格」 (http://www.fymate.net/html/text/lar/167897/16789720_4.html)
const year = { from: d('2024-01-01'), to: d('2024-12-31') };
const workbook = (rules: (string | number)[][]) => [
  grid('单位名录', [['单位名称', '类型'], ['甲局', '部门'], ['乙局', '部门'], ['丙局', '部门']]),
  grid('报送台账', [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用'],
    ['2024-03-01', '甲局', '一', '市报', '市级', '是'], ['2024-04-01', '甲局', '二', '市报', '市级', '是'], ['2024-05-01', '甲局', '三', '市报', '市级', '是'], ['2024-06-01', '甲局', '四', '市报', '市级', '是'],
    ['2024-03-02', '乙局', '五', '市报', '市级', '是'], ['2024-04-02', '乙局', '六', '市报', '市级', '是'], ['2024-05-02', '乙局', '七', '市报', '市级', '是'],
    ['2024-03-03', '丙局', '八', '市报', '市级', '是'],
  ]),
  grid('评分规则', [['项目', '对象', '类型', '分值'], ['采用', '市级', '', 10], ...rules]),
  grid('加减分', [['单位', '日期', '分值', '事由'], ['甲局', '2024-06-15', 0, '防汛紧急信息迟报被省政府办公厅通报，取消评优资格']]),
  grid('设置', [['设置项', '值'], ['计划年度', 2024]]),
];
const rows = (r: ReturnType<typeof buildReport>) => r.scores.map((s) => [s.unit, s.total, s.rank, s.grade]);

describe('一票否决 in 加减分', () => {
  it('keeps the total and the rank, takes the 等次 below 优秀, and says why', () => {
    const report = buildReport(workbook([['优秀/良好/一般分数线', '', '', '30/20/10']]), { today: TODAY, asOf: year.to, period: year });
    expect(rows(report)).toEqual([['甲局', 40, 1, '良好'], ['乙局', 30, 2, '优秀'], ['丙局', 10, 3, '一般']]);
    expect(report.scores[0].flags).toContain('取消评先评优资格（一票否决）：防汛紧急信息迟报被省政府办公厅通报，取消评优资格');
    expect(formatBulletin(report)).toMatch(/甲局.*良好/);
  });

  it('is not praised among the 排名前列 in the 通报\'s 基本情况', () => {
    // the first half year: every unit but 丙局 (silent since March, named under 存在问题) reported in May or June
    const half = { from: d('2024-01-01'), to: d('2024-06-30') };
    const report = buildReport(workbook([['优秀/良好/一般分数线', '', '', '30/20/10']]), { today: TODAY, asOf: half.to, period: half });
    expect(report.scores.map((s) => s.unit)).toEqual(['甲局', '乙局', '丙局']);
    const text = JSON.stringify(bulletinContent(report, '宣传报道', half.to).sections[0]);
    expect(text).toMatch(/排名前列的是乙局/);
    expect(text).not.toMatch(/排名前列[^。；]*甲局/);
    // the attached table ranks 甲局 first: the text says why it is not among the 前列
    expect(text).toContain('甲局虽本期得分排名靠前，但因“防汛紧急信息迟报被省政府办公厅通报，取消评优资格”实行一票否决，不列为前列');
  });

  it('leaves the 优秀 place it would have taken under 优秀比例 to the next unit', () => {
    const report = buildReport(workbook([['优秀/良好/一般分数线', '', '', '30/20/10'], ['优秀比例', '', '', '34%']]), { today: TODAY, asOf: year.to, period: year });
    // one 优秀 of three (34%): 甲局 is vetoed, so 乙局 (30, at the 优秀 line) takes it
    expect(rows(report)).toEqual([['甲局', 40, 1, '良好'], ['乙局', 30, 2, '优秀'], ['丙局', 10, 3, '一般']]);
  });

  it('does nothing for a 事由 that is only a deduction', () => {
    const sheets = workbook([['优秀/良好/一般分数线', '', '', '30/20/10']]).map((g) => (g.name === '加减分' ? grid('加减分', [['单位', '日期', '分值', '事由'], ['甲局', '2024-07-15', -5, '信息迟报扣5分']]) : g));
    const report = buildReport(sheets, { today: TODAY, asOf: year.to, period: year });
    expect(rows(report)[0]).toEqual(['甲局', 35, 1, '优秀']);
    expect(report.scores[0].flags.some((f) => /一票否决/.test(f))).toBe(false);
  });
});
