// 一稿多用减半, 合作稿件平分 of 报送计分 as well as of adoption, and 报送计分 credited to a piece's authors — each from a real rule's words.
import { buildReport } from '../../src/core/scoring/report';
import { TODAY, d, grid } from '../helpers/grids';

const q2 = { from: d('2015-04-01'), to: d('2015-06-30') };
const report = (rules: (string | number)[][], ledger: (string | number)[][]) =>
  buildReport([
    grid('单位名录', [['单位名称', '类型'], ['甲', '部门'], ['乙', '部门']]),
    grid('媒体名录', [['媒体名称', '级别', '分值'], ['集团报', '企业', 8], ['市日报', '市级', 20]]),
    grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量', '稿件编号', '作者'], ...ledger]),
    grid('评分规则', [['项目', '对象', '类型', '分值'], ...rules]),
    grid('设置', [['设置项', '值'], ['计划年度', 2015]]),
  ], { today: TODAY, asOf: q2.to, period: q2 });
const totals = (r: ReturnType<typeof report>) => Object.fromEntries(r.scores.map((s) => [s.unit, s.total]));

describe('shares of a piece', () => {
  it('一稿多用减半 (“发生一稿多用时，作减半计分”): each outlet of a piece adopted twice at half, a piece used once in full', () => {
    const r = report([['同稿多用', '减半', '', '']], [
      ['2015-05-06', '甲', '技改项目投产', '集团报', '企业', '是', 1, 'A', ''], ['2015-05-07', '甲', '技改项目投产', '市日报', '市级', '是', 1, 'A', ''],
      ['2015-05-20', '乙', '文明单位', '市日报', '市级', '是', 1, 'B', ''],
    ]);
    // by hand: 甲 (8 + 20) ÷ 2 = 14; 乙 20
    expect(totals(r)).toEqual({ 甲: 14, 乙: 20 });
    expect(r.scores.find((s) => s.unit === '甲')!.parts.map((p) => p.label)).toContain('市日报（一稿2用，减半）');
  });

  it('取最高两个层次、同层只计一次 (畜牧局 「同一篇稿件被多次采用的，取最高层次两次累计加分，同一层级只计一次分」)', () => {
    const sheets = [
      grid('单位名录', [['单位名称', '类型'], ['办公室', '科室'], ['兽医科', '科室']]),
      grid('媒体名录', [['媒体名称', '级别', '分值'], ['畜牧', '局内', 2], ['畜牧网', '局内', 2], ['市日报', '市级', 4], ['省畜牧兽医局网站', '省级', 8]]),
      grid('报送台账', [
        ['日期', '单位', '标题', '媒体', '级别', '是否采用', '稿件编号'],
        ['2013-01-15', '办公室', '全市生猪存栏稳中有升', '畜牧', '', '是', 'XM-01'], ['2013-01-18', '办公室', '全市生猪存栏稳中有升', '市日报', '市级', '是', 'XM-01'],
        ['2013-01-25', '办公室', '全市生猪存栏稳中有升', '省畜牧兽医局网站', '省级', '是', 'XM-01'],
        ['2013-02-27', '兽医科', '春季免疫启动', '畜牧网', '', '是', 'XM-03'], ['2013-02-28', '兽医科', '春季免疫启动', '畜牧', '', '是', 'XM-03'],
      ]),
      grid('评分规则', [['项目', '对象', '类型', '分值'], ['同稿多用', '取最高两个层次', '', '']]),
      grid('设置', [['设置项', '值'], ['计划年度', 2013]]),
    ];
    const r = buildReport(sheets, { today: TODAY, asOf: d('2013-06-30'), period: { from: d('2013-01-01'), to: d('2013-06-30') } });
    // by hand (the fixture xumuju-xxgz): XM-01 省8 + 市4, 本局2 is a third level, not counted; XM-03 畜牧网、畜牧 one level: 2
    expect(Object.fromEntries(r.scores.map((s) => [s.unit, s.total]))).toEqual({ 办公室: 12, 兽医科: 2 });
  });

  it('合作稿件按平分计分: the 投稿 points of a 合报 piece are shared as its adoption points are', () => {
    const r = report([['报送计分', '', '', 2], ['合作分配', '平分', '', '']], [['2015-06-12', '甲、乙', '厂区绿化', '市日报', '市级', '是', 1, 'C', '']]);
    // by hand: (2 + 20) ÷ 2 = 11 each
    expect(totals(r)).toEqual({ 甲: 11, 乙: 11 });
  });

  it('credits 报送计分 to the piece\'s author (积分 by volunteer: 原创博文每篇5分)', () => {
    const r = report([['报送计分', '', '', 5]], [['2015-04-10', '甲', '原创博文', '', '', '否', 1, 'D', '刘洋'], ['2015-04-11', '甲', '原创博文二', '', '', '否', 1, 'E', '陈静']]);
    expect(r.people.map((p) => [p.name, p.points])).toEqual([['陈静', 5], ['刘洋', 5]]);
  });

  it('counts 投稿 points toward a 目标分 (「考核期的保底分为50分」 of a rule paying 投稿每篇2分)', () => {
    const r = report([['报送计分', '', '', 2], ['目标分', '', '每季度', 50]], [
      ['2015-04-08', '甲', '一', '', '', '否', 1, 'F', ''], ['2015-05-06', '甲', '二', '市日报', '市级', '是', 1, 'G', ''], ['2015-06-06', '甲', '三', '市日报', '市级', '是', 1, 'H', ''],
    ]);
    // by hand: 投稿 3 × 2 + 市日报 2 × 20 = 46 of 50
    expect(r.scores.find((s) => s.unit === '甲')!.targets.map((t) => [t.target, t.earned])).toEqual([[50, 46]]);
  });
});

describe('an outlet at a level of the rule\'s own, without 分值', () => {
  it('is no LEDGER_UNKNOWN_MEDIA on a row whose 认定分值 a person set, and still one on a row without', () => {
    const sheets = [
      grid('单位名录', [['单位名称', '类型'], ['甲', '部门']]),
      grid('媒体名录', [['媒体名称', '级别', '分值'], ['内部情况反映', '企业', '']]),
      grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用', '认定分值'], ['2015-05-08', '甲', '建议', '内部情况反映', '', '是', 25], ['2015-05-09', '甲', '又一建议', '内部情况反映', '', '是', '']]),
      grid('评分规则', [['项目', '对象', '类型', '分值'], ['采用', '市级', '', 15]]),
      grid('设置', [['设置项', '值'], ['计划年度', 2015]]),
    ];
    const r = buildReport(sheets, { today: TODAY, asOf: q2.to, period: q2 });
    expect(r.scores[0].total).toBe(25);
    expect(r.issues.filter((i) => i.code === 'LEDGER_UNKNOWN_MEDIA').map((i) => i.cell)).toEqual(['D3']);
  });
});
