// DUBAN.POINTS and DUBAN.PIECEPOINTS read the same 评分规则 model as the report: outlet, type, multiplier and 批示.
import { FnError, piecePointsOf, points } from '../../src/functions/impl';

const rules = [
  ['项目', '对象', '类型', '分值'],
  ['采用', '省级', '', 10],
  ['采用', '省级', '单篇', 30],
  ['采用', '《常山政务》', '', 10],
  ['系数', '', '头版头条', 2],
  ['批示', '市级领导', '', 5],
];
const media = [
  ['媒体名称', '级别', '别名', '分值'],
  ['《常山政务》', '县级', '常山政务', ''],
  ['《要情快报》', '县级', '', 5],
];

describe('the rule model in cell formulas', () => {
  test('POINTS: a level row of the office, the defaults without rules', () => {
    expect(points('省级', rules)).toBe(10);
    expect(points('省级', undefined)).toBe(5);
    expect(points('中央级', [['中央级媒体采用(每篇)', 12]])).toBe(12);
  });

  test('PIECEPOINTS: outlet row, 媒体名录 分值, typed row, multiplier and 批示', () => {
    expect(piecePointsOf('常山政务', null, null, null, rules, media)).toBe(10);
    expect(piecePointsOf('《要情快报》', null, null, null, rules, media)).toBe(5);
    expect(piecePointsOf('某省报', '省级', '单篇', null, rules, media)).toBe(30);
    expect(piecePointsOf('某省报', '省级', '头版头条', '市级领导', rules, media)).toBe(25);
    // a four-column range without a header reads as 项目 · 对象 · 类型 · 分值
    expect(piecePointsOf('某省报', '省级', '单篇', null, rules.slice(1), media)).toBe(30);
  });

  test('bad input is an error value with a Chinese message', () => {
    const bad = piecePointsOf('某报', '乡级', null, null, rules, media);
    expect(bad).toBeInstanceOf(FnError);
    expect((bad as FnError).message).toContain('不是媒体级别');
    expect(piecePointsOf(null, null, null, null, rules, media)).toBeInstanceOf(FnError);
  });
});
