// 迟报扣分 read from the 收集情况 sheets (按时/逾期), each late return a deduction, inside 钟楼's 「基础得分为6分，扣完为止，加分无上限」.
import { buildReport } from '../../src/core/scoring/report';
import { rulesFromRows } from '../../src/core/scoring/rule-rows';
import { TODAY, d, grid } from '../helpers/grids';

// 钟楼区行政审批局信息工作考核评分细则 (test/fixtures/scoring/zhonglou-xzsp): 「信息报送不及时的，扣1分」「基础得分为6分，扣完为止，加分无上限」
const q2 = { from: d('2024-04-01'), to: d('2024-06-30') };
const returns = (due: string, late: readonly string[]) =>
  grid(`收集情况${due}`, [[`收集情况（报送截止 ${due}）`], [], ['单位', '填报表', '按时/逾期'], ...['审批一科', '审批二科'].map((u) => [u, '已返回', late.includes(u) ? '逾期' : '按时'])]);
const dues = ['2024-04-05', '2024-04-12', '2024-04-19', '2024-04-26', '2024-05-10', '2024-05-17', '2024-05-24'];
const workbook = () => [
  grid('单位名录', [['单位名称', '类型'], ['审批一科', '科室'], ['审批二科', '科室']]),
  grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用'], ['2024-05-06', '审批一科', '“一网通办”事项再扩容', '常州日报', '市级', '是']]),
  grid('评分规则', [
    ['项目', '对象', '类型', '分值'], ['基础分', '每季度', '', 6], ['迟报扣分', '', '', 1], ['采用', '市级', '', 15], ['下限', '基础分+扣分', '每季度', 0],
  ]),
  // 审批一科 late all seven weeks, 审批二科 twice
  ...dues.map((due, i) => returns(due, i < 2 ? ['审批一科', '审批二科'] : ['审批一科'])),
  grid('设置', [['设置项', '值'], ['计划年度', 2024]]),
];

describe('迟报扣分 with 扣完为止', () => {
  it('takes 1 per late return, no further than the 6 base points, and keeps the 加分 whole', () => {
    const report = buildReport(workbook(), { today: TODAY, asOf: q2.to, period: q2 });
    const total = (unit: string) => report.scores.find((s) => s.unit === unit)!.total;
    // by hand: 审批一科 6 − 7 → 0 (扣完为止) + 15 (市级采用，加分无上限) = 15; 审批二科 6 − 2 = 4
    expect(total('审批一科')).toBe(15);
    expect(total('审批二科')).toBe(4);
    const parts = report.scores.find((s) => s.unit === '审批一科')!.parts;
    expect(parts.filter((p) => p.component === 'late').reduce((s, p) => s + p.points, 0)).toBe(-7);
  });

  it('reads 迟报 and 漏报 as components of a 上限/下限 row', () => {
    const rows = [['下限', '迟报', '每季度', -3], ['下限', '漏报', '', -5]].map(([item, target, type, value]) => ({
      item: String(item), target: String(target), type: String(type), value, cells: { item: 'A2', target: 'B2', type: 'C2', value: 'D2' },
    }));
    const { rules, issues } = rulesFromRows(rows as never, '评分规则');
    expect(issues).toEqual([]);
    expect(rules.model.bounds.map((b) => b.components)).toEqual([['late'], ['missing']]);
  });
});
