// 「在省级以上刊物刊载文章的…400元/篇」 (罗湖 2014): an 采用 row for a level and every level above it; types by 阅读量 (泽园书院 2019).
import { rulesFromRows } from '../../src/core/scoring/rule-rows';
import { READS_TOKEN, hasType } from '../../src/core/scoring/rule-model';

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

describe('类型 by 阅读量 (泽园书院: 「阅读量达到2000，奖励100元/篇；阅读量达到3000，奖励200元/篇」)', () => {
  it('reads 达到/以上 as at least and 超过 as more, from the ledger’s 阅读量 token', () => {
    const piece = (reads: number) => [`${READS_TOKEN}${reads}`];
    expect(hasType(piece(2000), '阅读量2000以上')).toBe(true);
    expect(hasType(piece(2000), '阅读量达到2000')).toBe(true);
    expect(hasType(piece(1999), '阅读量达到2000')).toBe(false);
    expect(hasType(piece(2000), '阅读量超过2000')).toBe(false);
    expect(hasType(piece(2001), '阅读量超过2000')).toBe(true);
    // a piece without a 阅读量 is of no such type
    expect(hasType(['信息'], '阅读量2000以上')).toBe(false);
  });
});
