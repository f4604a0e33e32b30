// 「在省级以上刊物刊载文章的，对信息员予以400元/篇的奖励」 (罗湖 2014): an 采用 row for a level and every level above it.
import { rulesFromRows } from '../../src/core/scoring/rule-rows';

const row = (item: string, target: string, type: string, value: string | number) =>
  ({ item, target, type, value, cells: { item: 'A2', target: 'B2', type: 'C2', value: 'D2' } });

describe('采用 | 省级以上', () => {
  it('scores 省级 and 中央级 alike; a row naming one level wins over it', () => {
    const { rules, issues } = rulesFromRows([row('采用', '省级以上', '', 400), row('采用', '中央级', '', 500), row('系数', '市级及以上', '头版头条', 2)], '评分规则');
    expect(issues).toEqual([]);
    const levels = rules.model.adoption.map((r) => [r.level, r.points]);
    // the explicit 中央级 row first: piece points take the first row of a level
    expect(levels).toEqual([['中央级', 500], ['中央级', 400], ['省级', 400]]);
    expect(rules.model.factors.map((f) => f.level)).toEqual(['中央级', '省级', '市级']);
    expect(rules.model.adoption.every((r) => r.outlet === null)).toBe(true);
  });
});
