// Tests of quota parsing (量化指标), expected counts over a window and the Chinese rendering.
import fc from 'fast-check';
import { CivilDate, addDays, compareDates, dayOfWeek, endOfMonth, parseISO } from '../../src/core/dates/civil-date';
import {
  DEFAULT_PUBLICITY_MONTHS, QUOTA_UNITS, Quota, QuotaPer, describeQuota, expectedCount, parseQuota,
} from '../../src/core/quotas/quota';

const d = (iso: string): CivilDate => parseISO(iso)!;
const q = (min: number, unit: string, per: QuotaPer, months?: number[]): Quota =>
  months ? { min, unit, per, months } : { min, unit, per };

describe('QUOTA_UNITS and defaults', () => {
  test('holds the units the plans use', () => {
    for (const u of ['篇', '次', '期', '场', '条', '份', '个', '项', '批', '幅', '块']) expect(QUOTA_UNITS).toContain(u);
  });
  test('the Anhui publicity months are May and October', () => {
    expect(DEFAULT_PUBLICITY_MONTHS).toEqual([5, 10]);
  });
});

describe('parseQuota: the phrases of the plans', () => {
  test.each<[string, Quota]>([
    ['每月不少于2篇', q(2, '篇', 'month')],
    ['每月不得少于1篇', q(1, '篇', 'month')],
    ['每月至少完成两次', q(2, '次', 'month')],
    ['每季度1次', q(1, '次', 'quarter')],
    ['每季度不少于1篇', q(1, '篇', 'quarter')],
    ['年度内至少1篇', q(1, '篇', 'year')],
    ['全年不少于12篇', q(12, '篇', 'year')],
    ['每日一期', q(1, '期', 'day')],
    ['每周1条', q(1, '条', 'week')],
    ['5月、10月各1次', q(1, '次', 'month', [5, 10])],
    ['每个项目每月不得少于1篇', q(1, '篇', 'month')],
    ['各镇、街道每月不得少于2篇', q(2, '篇', 'month')],
    ['每半年1次', q(1, '次', 'month', [6, 12])],
    ['完成1次', q(1, '次', 'once')],
    ['开展一次', q(1, '次', 'once')],
    ['每月2篇', q(2, '篇', 'month')],
    ['不少于3场', q(3, '场', 'once')],
    ['每季度第二个月开展1次', q(1, '次', 'month', [2, 5, 8, 11])],
    ['每月10篇以上', q(10, '篇', 'month')],
  ])('%s', (text, expected) => {
    expect(parseQuota(text)).toEqual(expected);
  });

  test('宣传月期间 takes the publicity months of the context, else May and October', () => {
    expect(parseQuota('宣传月期间不少于2次', { publicityMonths: [4, 9] }))
      .toEqual({ min: 2, unit: '次', per: 'month', months: [4, 9], publicity: true });
    expect(parseQuota('宣传月期间不少于2次'))
      .toEqual({ min: 2, unit: '次', per: 'month', months: [5, 10], publicity: true });
    expect(parseQuota('宣传月期间不少于2次', {}))
      .toEqual({ min: 2, unit: '次', per: 'month', months: [5, 10], publicity: true });
  });

  test('2个宣传月期间…不少于2次, as written in seed 000 item 9', () => {
    const expected = { min: 2, unit: '次', per: 'month', months: [5, 10], publicity: true };
    expect(parseQuota('2个宣传月期间…不少于2次')).toEqual(expected);
    expect(parseQuota('区民生办在2个宣传月期间，安排朋友圈推荐广告投放不少于2次')).toEqual(expected);
    expect(parseQuota('2个宣传月期间不少于2次', { publicityMonths: [3, 11] })).toEqual({ ...expected, months: [3, 11] });
  });

  test('months the text names win over the publicity months (seed 000 item 13)', () => {
    expect(parseQuota('在5月、10月宣传月期间各开展一次', { publicityMonths: [4, 9] }))
      .toEqual(q(1, '次', 'month', [5, 10]));
  });

  test('context publicity months are cleaned: sorted, deduplicated, invalid ones dropped, empty → default', () => {
    expect(parseQuota('宣传月期间不少于2次', { publicityMonths: [10, 5, 5, 13, 0, 2.5] })!.months).toEqual([5, 10]);
    expect(parseQuota('宣传月期间不少于2次', { publicityMonths: [] })!.months).toEqual([5, 10]);
    expect(parseQuota('宣传月期间每周1条', { publicityMonths: [6] }))
      .toEqual({ min: 1, unit: '条', per: 'week', months: [6], publicity: true });
  });

  test('the 量化指标 column of the 六安 2023 sample', () => {
    expect(parseQuota('每季度不少于1篇')).toEqual(q(1, '篇', 'quarter'));
    expect(parseQuota('每月至少完成两次')).toEqual(q(2, '次', 'month'));
    expect(parseQuota('每季度1次')).toEqual(q(1, '次', 'quarter'));
    expect(parseQuota('宣传月期间不少于2次')!.per).toBe('month');
  });

  test('phrases of the seed documents', () => {
    expect(parseQuota('每日推出一期')).toEqual(q(1, '期', 'day'));
    expect(parseQuota('频率为每天一场')).toEqual(q(1, '场', 'day'));
    expect(parseQuota('頻率為每天一場')).toEqual(q(1, '场', 'day')); // traditional characters
    expect(parseQuota('不得少於2次')).toEqual(q(2, '次', 'once'));
    expect(parseQuota('制作黑板报1期以上')).toEqual(q(1, '期', 'once'));
    expect(parseQuota('制作民生工程公益广告牌1块以上')).toEqual(q(1, '块', 'once'));
    expect(parseQuota('至少悬挂一条宣传横幅')).toEqual(q(1, '条', 'once'));
    expect(parseQuota('每月至少完成两次暖民心行动专题报道')).toEqual(q(2, '次', 'month'));
  });

  test('Chinese numerals and full-width digits', () => {
    expect(parseQuota('全年不少于十二篇')).toEqual(q(12, '篇', 'year'));
    expect(parseQuota('每月不少于两篇')).toEqual(q(2, '篇', 'month'));
    expect(parseQuota('每月不少于２篇')).toEqual(q(2, '篇', 'month'));
    expect(parseQuota('每月不少于１２篇')).toEqual(q(12, '篇', 'month'));
    expect(parseQuota('十月、十二月各一次')).toEqual(q(1, '次', 'month', [10, 12]));
    expect(parseQuota('每季度第三个月开展1次')!.months).toEqual([3, 6, 9, 12]);
  });

  test('a missing unit is 次', () => {
    expect(parseQuota('每月不少于2')).toEqual(q(2, '次', 'month'));
    expect(parseQuota('每季度至少3')).toEqual(q(3, '次', 'quarter'));
  });

  test('text with no number or no recognisable structure is null', () => {
    for (const text of ['加强宣传', '按要求', '', '   ', '长期坚持', '每天早、中、晚定期播放', '每月', '知晓率90%以上', '第1次']) {
      expect(parseQuota(text)).toBeNull();
    }
  });

  test('upper bounds are no minimum quota', () => {
    expect(parseQuota('每月不超过2篇')).toBeNull();
    expect(parseQuota('每月2篇以内')).toBeNull();
  });

  test('a fractional count is no quota, not the digits after its point (每月1.5篇 is not 5 a month)', () => {
    for (const text of ['每月1.5篇', '每季度0.5篇', '每月不少于2.5次', '全年不少于1．5篇']) expect(parseQuota(text)).toBeNull();
    // a decimal elsewhere leaves the count alone
    expect(parseQuota('每月不少于2篇，采用率不低于95.5%')).toEqual(q(2, '篇', 'month'));
  });

  // Quota phrases met while reading real 信息报送/宣传报道 documents (round 7b, test/fixtures/real/README.md), each read as a clerk reads it
  test.each<[string, Quota | null, string]>([
    ['每月报送有效信息或新闻稿件不得少于4条(篇)', q(4, '条', 'month'), '镇委信息宣传指导意见 https://m.wnwk.com/doc/1397876.html'],
    ['每季度要刊发稿件3-6篇', q(3, '篇', 'quarter'), '加强宣传报道工作通知(区人口计生) http://m.jiamaocode.com/article/bjhc/tzfw/201204/732216.html'],
    ['每年要有1-2篇结合实际工作的调研报告', q(1, '篇', 'year'), 'same'],
    ['每月登稿不少于两篇', q(2, '篇', 'month'), '桐城市新渡镇 2017 http://www.itongcheng.cc/news/xiangzhen/27231.html'],
    ['每人每月向外投稿、报送信息不得少于6 条(篇)', q(6, '条', 'month'), '镇办公室信息报送、新闻宣传工作制度 https://ailagua.com/fanwendaquan/gongwenfanwen/6207.html'],
    ['每周1期', q(1, '期', 'week'), '商丘市发改委 重点工作宣传报道工作方案 2018 http://henan.kjzch.com/shangqiu/2018-08-13/725568.html'],
    ['每 2 周计划 1 期', null, 'same (an interval of two weeks: QUOTA_UNPARSED, never a wrong quota)'],
    ['力争全年向外报送信息不少于100条', q(100, '条', 'year'), 'XX县发展和改革局2022年信息宣传工作方案 https://m.yzwku.com/doc/18550.html'],
    ['每月向外报送信息不少于10条', q(10, '条', 'month'), 'same'],
    ['每月报道涉及示范区建设的信息不得少于5条', q(5, '条', 'month'), '楚雄州 山区水利示范区建设宣传 http://ask.fsou.com/html/text/lar/170811/17081116_3.html'],
    ['每季度组织一次记者下基层活动', q(1, '次', 'quarter'), 'same'],
  ])('real phrase %j', (text, want, _source) => {
    const got = parseQuota(text);
    expect(got && { min: got.min, unit: got.unit, per: got.per, ...(got.months ? { months: got.months } : {}) }).toEqual(want);
  });
  test('real phrase: 新渡镇 2016 quotas by how many tasks a unit carries (http://www.itongcheng.cc/news/xiangzhen/20714.html)', () => {
    const got = parseQuota('承担1项民生任务的单位每季度不少于报送信息1篇,承担2项以上的单位每月不少于报送1篇,各村每季度不少于1篇')!;
    expect(got.byCategory!.map((c) => [c.category, c.quota.min, c.quota.per])).toEqual([
      ['承担1项民生任务的单位', 1, 'quarter'], ['承担2项以上的单位', 1, 'month'], ['各村', 1, 'quarter'],
    ]);
  });

  test('intervals a quota cannot express are null, not a wrong quota', () => {
    for (const text of ['每两周1次', '每2个月1次', '每隔一周1次', '每半月1次', '每3天1期', '每旬1条', '每旬报送信息不少于1篇', '按旬报送1期']) {
      expect(parseQuota(text)).toBeNull();
    }
    expect(parseQuota('每一周1条')).toEqual(q(1, '条', 'week'));
  });

  test('spaces, other units, ranges and 以上', () => {
    expect(parseQuota(' 每月 不少于 2 篇 ')).toEqual(q(2, '篇', 'month'));
    expect(parseQuota('每月3-5篇')).toEqual(q(3, '篇', 'month'));
    expect(parseQuota('每月3至5篇')).toEqual(q(3, '篇', 'month'));
    expect(parseQuota('每季度至少1批')).toEqual(q(1, '批', 'quarter'));
    expect(parseQuota('每周不少于2幅')).toEqual(q(2, '幅', 'week'));
    expect(parseQuota('全年开展100人次')).toEqual(q(100, '人次', 'year'));
    expect(parseQuota('≥2篇/月')).toEqual(q(2, '篇', 'month'));
    expect(parseQuota('月均2篇')).toEqual(q(2, '篇', 'month'));
    expect(parseQuota('1次／季度')).toEqual(q(1, '次', 'quarter'));
    expect(parseQuota('不少于4篇/年')).toEqual(q(4, '篇', 'year'));
  });

  test('the count is the number written as a minimum; periods and ordinals are not counts', () => {
    expect(parseQuota('每个季度的第一个月开展1次')).toEqual(q(1, '次', 'month', [1, 4, 7, 10]));
    expect(parseQuota('3个工作日内完成1次')).toEqual(q(1, '次', 'once'));
    expect(parseQuota('一次性发放不少于2批')).toEqual(q(2, '批', 'once'));
    expect(parseQuota('20项民生实事每月不少于1篇')).toEqual(q(1, '篇', 'month'));
  });

  test('months written in the text', () => {
    expect(parseQuota('5、10月各1次')).toEqual(q(1, '次', 'month', [5, 10]));
    expect(parseQuota('5月和10月各开展1次')).toEqual(q(1, '次', 'month', [5, 10]));
    expect(parseQuota('5月份开展1次')).toEqual(q(1, '次', 'month', [5]));
    expect(parseQuota('5月至10月每月1篇')).toEqual(q(1, '篇', 'month', [5, 6, 7, 8, 9, 10]));
    expect(parseQuota('从6月份开始每月开展1次')).toEqual(q(1, '次', 'month', [6, 7, 8, 9, 10, 11, 12]));
    expect(parseQuota('5月、10月每周1条')).toEqual(q(1, '条', 'week', [5, 10]));
    expect(parseQuota('每年5月开展1次')).toEqual(q(1, '次', 'month', [5]));
  });

  test('a month with a day or 底/前 is a deadline, not a month of activity', () => {
    expect(parseQuota('5月底前完成1次')).toEqual(q(1, '次', 'once'));
    expect(parseQuota('5月31日前完成1次')).toEqual(q(1, '次', 'once'));
    expect(parseQuota('每月5日前报送1篇')).toEqual(q(1, '篇', 'month'));
    expect(parseQuota('5月至10月完成1次')).toEqual(q(1, '次', 'once')); // once within a span
    expect(parseQuota('6月起完成1次')).toEqual(q(1, '次', 'once'));
    expect(parseQuota('各镇5月至10月完成1次')).toEqual(q(1, '次', 'once'));
    expect(parseQuota('5月至10月各1次')).toEqual(q(1, '次', 'month', [5, 6, 7, 8, 9, 10]));
  });

  test('half years: 每半年 is June and December; 上半年 is a span, not a half-year period', () => {
    expect(parseQuota('半年一次')).toEqual(q(1, '次', 'month', [6, 12]));
    expect(parseQuota('上半年完成1次')).toEqual(q(1, '次', 'once'));
    expect(parseQuota('半年内完成1次')).toEqual(q(1, '次', 'once'));
  });

  test('a finer 每-period wins over a year word', () => {
    expect(parseQuota('全年每月不少于2篇')).toEqual(q(2, '篇', 'month'));
    expect(parseQuota('年度内每周1条')).toEqual(q(1, '条', 'week'));
  });

  test('memoized per (text, context), frozen', () => {
    const a = parseQuota('每月不少于2篇');
    expect(parseQuota('每月不少于2篇')).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    const x = parseQuota('宣传月期间不少于2次', { publicityMonths: [4, 9] });
    const y = parseQuota('宣传月期间不少于2次', { publicityMonths: [3, 8] });
    expect(x!.months).toEqual([4, 9]);
    expect(y!.months).toEqual([3, 8]);
    expect(parseQuota('宣传月期间不少于2次', { publicityMonths: [4, 9] })).toBe(x);
    expect(Object.isFrozen(x!.months)).toBe(true);
  });

  test('never throws, whatever it is given', () => {
    const odd: unknown[] = [undefined, null, 42, {}, [], '\u0000', '𠀀'.repeat(50), '每'.repeat(1000)];
    for (const value of odd) expect(() => parseQuota(value as string)).not.toThrow();
    expect(parseQuota(42 as unknown as string)).toBeNull();
    expect(() => parseQuota('宣传月期间2次', { publicityMonths: 'x' as unknown as number[] })).not.toThrow();
    fc.assert(fc.property(fc.string({ maxLength: 60 }), (s) => {
      const r = parseQuota(s);
      return r === null || (Number.isInteger(r.min) && r.min >= 0 && typeof r.unit === 'string');
    }), { numRuns: 500 });
    const alphabet = fc.constantFrom(...'每月季度周日年第个次篇不少于至各、,5十两半宣传月期间以上-'.split(''));
    fc.assert(fc.property(fc.array(alphabet, { maxLength: 40 }), (chars) => {
      parseQuota(chars.join(''));
    }), { numRuns: 1000 });
  });

  test('no catastrophic backtracking on long pathological text', () => {
    const inputs = [
      '1、'.repeat(20000) + '月',
      '5月'.repeat(20000),
      '每'.repeat(40000) + '月',
      '1'.repeat(40000) + '篇',
      '不少于'.repeat(10000) + '2',
      '每季度第'.repeat(10000),
      '5-'.repeat(20000) + '月',
      '半年'.repeat(20000),
    ];
    for (const text of inputs) parseQuota(text);
  });
});

describe('expectedCount', () => {
  test.each<[string, Quota, string, string, number]>([
    ['months, whole half year', q(2, '篇', 'month'), '2024-01-01', '2024-06-30', 12],
    ['January not whole', q(2, '篇', 'month'), '2024-01-15', '2024-06-30', 10],
    ['June not whole', q(2, '篇', 'month'), '2024-01-01', '2024-06-29', 10],
    ['quarters', q(1, '次', 'quarter'), '2023-01-01', '2023-06-30', 2],
    ['publicity months', q(2, '次', 'month', [5, 10]), '2023-01-01', '2023-06-30', 2],
    ['days of a leap February', q(1, '期', 'day'), '2024-02-01', '2024-02-29', 29],
    ['weeks Monday–Sunday', q(1, '条', 'week'), '2024-01-01', '2024-01-31', 4],
    ['a whole year', q(1, '篇', 'year'), '2023-01-01', '2023-12-31', 1],
    ['half a year', q(1, '篇', 'year'), '2023-01-01', '2023-06-30', 0],
  ])('%s', (_name, quota, from, to, expected) => {
    expect(expectedCount(quota, d(from), d(to))).toBe(expected);
  });

  test('an empty window (to before from) is 0, also for once', () => {
    for (const per of ['day', 'week', 'month', 'quarter', 'year', 'once'] as QuotaPer[]) {
      expect(expectedCount(q(3, '次', per), d('2023-06-30'), d('2023-06-29'))).toBe(0);
    }
  });

  test('a one-day window', () => {
    expect(expectedCount(q(1, '期', 'day'), d('2023-06-30'), d('2023-06-30'))).toBe(1);
    expect(expectedCount(q(1, '篇', 'month'), d('2023-06-30'), d('2023-06-30'))).toBe(0);
    expect(expectedCount(q(1, '条', 'week'), d('2023-06-30'), d('2023-06-30'))).toBe(0);
  });

  test('once: min for any non-empty window', () => {
    expect(expectedCount(q(3, '场', 'once'), d('2023-06-01'), d('2023-06-01'))).toBe(3);
    expect(expectedCount(q(3, '场', 'once'), d('2023-01-01'), d('2025-12-31'))).toBe(3);
  });

  test('days, with and without months', () => {
    expect(expectedCount(q(1, '期', 'day'), d('2023-01-01'), d('2023-12-31'))).toBe(365);
    expect(expectedCount(q(2, '期', 'day'), d('2024-01-01'), d('2024-12-31'))).toBe(732);
    expect(expectedCount(q(1, '期', 'day', [5, 10]), d('2023-01-01'), d('2023-12-31'))).toBe(62);
    expect(expectedCount(q(1, '期', 'day', [2]), d('2024-02-10'), d('2025-03-01'))).toBe(20 + 28);
  });

  test('weeks: only whole Monday–Sunday weeks', () => {
    expect(expectedCount(q(1, '条', 'week'), d('2024-01-02'), d('2024-01-31'))).toBe(3);
    expect(expectedCount(q(1, '条', 'week'), d('2024-01-01'), d('2024-01-07'))).toBe(1);
    expect(expectedCount(q(1, '条', 'week'), d('2024-01-01'), d('2024-01-06'))).toBe(0);
    expect(expectedCount(q(1, '条', 'week'), d('2023-01-01'), d('2023-12-31'))).toBe(52); // Sun..Sun
    // weeks ending in May 2023: Sundays 7, 14, 21, 28 (the week of May 29 ends June 4)
    expect(expectedCount(q(1, '条', 'week', [5]), d('2023-01-01'), d('2023-12-31'))).toBe(4);
    expect(expectedCount(q(1, '条', 'week', [5]), d('2023-05-02'), d('2023-05-31'))).toBe(3);
  });

  test('months with a months filter', () => {
    expect(expectedCount(q(1, '次', 'month', [6, 12]), d('2023-01-01'), d('2023-12-31'))).toBe(2);
    expect(expectedCount(q(1, '次', 'month', [6, 12]), d('2023-01-01'), d('2023-12-30'))).toBe(1);
    expect(expectedCount(q(1, '次', 'month', [2, 5, 8, 11]), d('2023-01-01'), d('2024-12-31'))).toBe(8);
    expect(expectedCount(q(1, '次', 'month', []), d('2023-01-01'), d('2024-12-31'))).toBe(0);
    expect(expectedCount(q(2, '篇', 'month'), d('2022-12-01'), d('2023-01-31'))).toBe(4); // across years
  });

  test('quarters and years with a months filter count periods ending in those months', () => {
    expect(expectedCount(q(1, '次', 'quarter', [6, 12]), d('2023-01-01'), d('2023-12-31'))).toBe(2);
    expect(expectedCount(q(1, '次', 'quarter', [5]), d('2023-01-01'), d('2023-12-31'))).toBe(0);
    expect(expectedCount(q(1, '次', 'year', [12]), d('2021-01-01'), d('2023-12-31'))).toBe(3);
    expect(expectedCount(q(1, '次', 'year', [5, 10]), d('2021-01-01'), d('2023-12-31'))).toBe(0);
  });

  test('quarters and years need whole periods', () => {
    expect(expectedCount(q(1, '次', 'quarter'), d('2023-01-02'), d('2023-12-31'))).toBe(3);
    expect(expectedCount(q(1, '次', 'quarter'), d('2023-01-01'), d('2023-12-30'))).toBe(3);
    expect(expectedCount(q(1, '次', 'quarter'), d('2023-02-01'), d('2023-04-30'))).toBe(0);
    expect(expectedCount(q(1, '篇', 'year'), d('2022-07-01'), d('2024-06-30'))).toBe(1);
  });

  test('invalid dates are a RangeError', () => {
    expect(() => expectedCount(q(1, '次', 'month'), { year: 2023, month: 2, day: 30 }, d('2023-12-31'))).toThrow(RangeError);
    expect(() => expectedCount({ min: 1, unit: '次', per: 'fortnight' as QuotaPer }, d('2023-01-01'), d('2023-12-31')))
      .toThrow(RangeError);
  });

  test('parse then count, end to end', () => {
    const from = d('2023-01-01');
    const to = d('2023-12-31');
    expect(expectedCount(parseQuota('每月不少于2篇')!, from, to)).toBe(24);
    expect(expectedCount(parseQuota('宣传月期间不少于2次')!, from, to)).toBe(4);
    expect(expectedCount(parseQuota('每季度第二个月开展1次')!, from, d('2023-06-30'))).toBe(2);
    expect(expectedCount(parseQuota('每半年1次')!, from, to)).toBe(2);
    expect(expectedCount(parseQuota('每日一期')!, from, to)).toBe(365);
  });

  /** The definition, day by day: a period counts when its last day is in the window and its first day ≥ from. */
  function bruteForce(quota: Quota, from: CivilDate, to: CivilDate): number {
    if (compareDates(to, from) < 0) return 0;
    if (quota.per === 'once') return quota.min;
    let count = 0;
    for (let day = from; compareDates(day, to) <= 0; day = addDays(day, 1)) {
      let first: CivilDate | null = null;
      switch (quota.per) {
        case 'day': first = day; break;
        case 'week': if (dayOfWeek(day) === 0) first = addDays(day, -6); break;
        case 'month': if (day.day === endOfMonth(day.year, day.month).day) first = { ...day, day: 1 }; break;
        case 'quarter':
          if (day.month % 3 === 0 && day.day === endOfMonth(day.year, day.month).day) first = { year: day.year, month: day.month - 2, day: 1 };
          break;
        case 'year': if (day.month === 12 && day.day === 31) first = { year: day.year, month: 1, day: 1 }; break;
      }
      if (first && compareDates(first, from) >= 0 && (!quota.months || quota.months.includes(day.month))) count++;
    }
    return count * quota.min;
  }

  test('agrees with the day-by-day definition on random windows', () => {
    const date = fc.integer({ min: 0, max: 3 * 366 }).map((n) => addDays({ year: 2022, month: 11, day: 3 }, n));
    const per = fc.constantFrom<QuotaPer>('day', 'week', 'month', 'quarter', 'year', 'once');
    const months = fc.option(fc.uniqueArray(fc.integer({ min: 1, max: 12 }), { maxLength: 4 }), { nil: undefined });
    fc.assert(fc.property(per, fc.integer({ min: 0, max: 5 }), months, date, date, (p, min, ms, from, to) => {
      const quota = q(min, '次', p, ms);
      expect(expectedCount(quota, from, to)).toBe(bruteForce(quota, from, to));
    }), { numRuns: 1500 });
  });

  test('6 kinds of quota over a year and over ten years (speed is measured by npm run bench)', () => {
    const quotas = [
      q(2, '篇', 'month'), q(1, '次', 'quarter'), q(1, '期', 'day', [5, 10]), q(1, '条', 'week', [5, 10]),
      q(1, '篇', 'year'), q(1, '次', 'month', [2, 5, 8, 11]),
    ];
    const [from1, from10, to] = [d('2023-01-01'), d('2014-01-01'), d('2023-12-31')];
    let total = 0;
    for (let i = 0; i < 3; i++) {
      for (const quota of quotas) {
        total += expectedCount(quota, from1, to);
        total += expectedCount(quota, from10, to);
      }
    }
    expect(total).toBeGreaterThan(0);
  });
});

describe('describeQuota', () => {
  test.each<[Quota, string]>([
    [q(2, '篇', 'month'), '每月不少于2篇'],
    [q(1, '次', 'month', [5, 10]), '5月、10月各1次'],
    [{ min: 2, unit: '次', per: 'month', months: [5, 10], publicity: true }, '宣传月期间每月不少于2次'],
    [q(1, '期', 'day'), '每日不少于1期'],
    [q(1, '条', 'week'), '每周不少于1条'],
    [q(1, '次', 'quarter'), '每季度不少于1次'],
    [q(12, '篇', 'year'), '每年不少于12篇'],
    [q(3, '场', 'once'), '累计不少于3场'],
    [q(1, '次', 'month', [2, 5, 8, 11]), '每季度第二个月不少于1次'],
    [q(1, '次', 'month', [6, 12]), '每半年不少于1次'],
    [q(1, '篇', 'month', [6, 7, 8, 9, 10, 11, 12]), '6月至12月各1篇'],
    [q(1, '条', 'week', [5, 10]), '5月、10月每周不少于1条'],
    [q(1, '条', 'month', []), '每月不少于1条（无适用月份）'],
  ])('%j → %s', (quota, text) => {
    expect(describeQuota(quota)).toBe(text);
  });

  test('describes what it parsed', () => {
    expect(describeQuota(parseQuota('宣传月期间不少于2次')!)).toBe('宣传月期间每月不少于2次');
    expect(describeQuota(parseQuota('5月、10月各1次')!)).toBe('5月、10月各1次');
    expect(describeQuota(parseQuota('每月至少完成两次')!)).toBe('每月不少于2次');
    expect(describeQuota(parseQuota('每季度第二个月开展1次')!)).toBe('每季度第二个月不少于1次');
  });
});

describe('round 10 real phrases: who the rule is for, and a second rule beside the count', () => {
  test('承担2项以上的单位每月不少于报送1篇 (新渡镇 2016): "2项以上的单位" says which units, the rule is 1 a month', () => {
    expect(parseQuota('承担2项以上的单位每月不少于报送1篇')).toMatchObject({ min: 1, unit: '篇', per: 'month' });
    expect(parseQuota('原则上承担1项民生任务的单位每季度不少于报送信息1篇')).toMatchObject({ min: 1, unit: '篇', per: 'quarter' });
  });

  test('a count written with 以上 that ends its clause is still the rule (恩施 2012)', () => {
    expect(parseQuota('各县市人民政府每月向州政府报送政务信息20条以上。')).toMatchObject({ min: 20, unit: '条', per: 'month' });
  });

  test('…刊出刊播24篇（条），确保每月都有社溪内容: 24 is no monthly count, so it is not understood rather than 24 a month', () => {
    expect(parseQuota('在《xx通讯》、xx电台等县一级刊台刊出刊播24篇（条），确保每月都有社溪内容')).toBeNull();
    expect(parseQuota('在《xx时报》、《xx日报》等刊物刊载3篇以上')).toMatchObject({ min: 3, unit: '篇', per: 'once' });
  });
});

describe('round 10: the rules above do not reach the plain readings', () => {
  test('以上的 before the pieces themselves is still the rule; 每月都有 beside a count with its own 每月 adds nothing', () => {
    expect(parseQuota('每月报送2条以上的信息')).toMatchObject({ min: 2, unit: '条', per: 'month' });
    expect(parseQuota('每月报送2条，确保每月都有信息')).toMatchObject({ min: 2, unit: '条', per: 'month' });
    expect(parseQuota('全年刊播24篇，确保每月都有')).toMatchObject({ min: 24, unit: '篇', per: 'year' });
  });
});
