// Tests of deadline cells (完成时限): the phrases of the source documents and fixed dates (helpers: test/helpers/deadlines.ts).
import { readFileSync } from 'fs';
import { join } from 'path';
import { Deadline, RecurringDeadline, parseDeadline } from '../../src/core/deadlines/deadline';
import { PUBLICITY, Y, civil, expectDate, expectKind, expectRecurring } from '../helpers/deadlines';

// ---------------------------------------------------------------------------------------------
// Source documents

describe('every deadline phrase of seeds/000 (屯溪区2022年民生工程宣传方案), Y = 2023', () => {
  test.each([
    ['5月、10月', { per: 'month', months: [5, 10] }],
    ['5月、10月宣传月期间', { per: 'month', months: [5, 10], publicity: true }],
    ['2个宣传月期间', { per: 'month', months: [5, 10], publicity: true }],
    ['集中宣传月', { per: 'month', months: [5, 10], publicity: true }],
    ['每月', { per: 'month' }],
    ['按月', { per: 'month' }],
    ['从6月份开始每月', { per: 'month', months: [6, 7, 8, 9, 10, 11, 12] }],
    ['从6月份开始,市民生办将每月开展知晓率和满意度抽查', { per: 'month', months: [6, 7, 8, 9, 10, 11, 12] }],
    ['从6月份开始，按月通报抽查情况', { per: 'month', months: [6, 7, 8, 9, 10, 11, 12] }],
    ['6月份开始，每月', { per: 'month', months: [6, 7, 8, 9, 10, 11, 12] }],
  ] as const)('%s is recurring', (text, want) => {
    expectRecurring(text, { ...want, ...('months' in want ? { months: [...want.months] } : {}) } as Omit<RecurringDeadline, 'kind' | 'text'>, PUBLICITY);
  });

  test.each([
    ['5月底前', '2023-05-31'],
    ['5月底前全部张贴到位', '2023-05-31'],
    ['下半年', '2023-12-31'],
    ['年终', '2023-12-31'],
    ['上半年', '2023-06-30'],
  ])('%s is due %s', (text, due) => expectDate(text, due));

  test('7月上旬、次年1月上旬: two reports, the later one in the next year', () => {
    expectDate('7月上旬、次年1月上旬', '2024-01-10', { dates: ['2023-07-10', '2024-01-10'], nextYear: true });
  });

  test('次年1月上旬', () => expectDate('次年1月上旬', '2024-01-10', { nextYear: true }));

  test.each(['不定期', '长期性', '经常性', '贯穿全年', '全年'])('%s is ongoing', (text) => expectKind(text, 'ongoing'));
});

/** The expected reading of each 完成时限 of samples/liuan-2023-tasks.csv, by 序号. */
const LIUAN_EXPECTED: Record<string, { text: string; want: Deadline }> = {
  '1': { text: '长期坚持', want: { kind: 'ongoing', text: '长期坚持' } },
  '2': { text: '每月', want: { kind: 'recurring', text: '每月', per: 'month' } },
  '3': { text: '次月7日前', want: { kind: 'recurring', text: '次月7日前', per: 'month', day: 7, nextMonth: true } },
  '4': {
    text: '2023年6月30日',
    want: {
      kind: 'date', text: '2023年6月30日', date: civil('2023-06-30'), dates: [civil('2023-06-30')], nextYear: false, explicitYear: true,
    },
  },
  '5': { text: '持续推进', want: { kind: 'ongoing', text: '持续推进' } },
  '6': {
    text: '5月底前',
    want: { kind: 'date', text: '5月底前', date: civil('2023-05-31'), dates: [civil('2023-05-31')], nextYear: false, explicitYear: false, dayless: [civil('2023-05-31')] },
  },
  '7': {
    text: '5月底前',
    want: { kind: 'date', text: '5月底前', date: civil('2023-05-31'), dates: [civil('2023-05-31')], nextYear: false, explicitYear: false, dayless: [civil('2023-05-31')] },
  },
  '8': {
    text: '6月上旬',
    want: { kind: 'date', text: '6月上旬', date: civil('2023-06-10'), dates: [civil('2023-06-10')], nextYear: false, explicitYear: false },
  },
  '9': {
    text: '9月30日',
    want: { kind: 'date', text: '9月30日', date: civil('2023-09-30'), dates: [civil('2023-09-30')], nextYear: false, explicitYear: false },
  },
  '10': { text: '长期', want: { kind: 'ongoing', text: '长期' } },
  '11': { text: '全年', want: { kind: 'ongoing', text: '全年' } },
  '12': { text: '持续推进', want: { kind: 'ongoing', text: '持续推进' } },
  '13': { text: '持续推进', want: { kind: 'ongoing', text: '持续推进' } },
  '14': { text: '宣传月期间', want: { kind: 'recurring', text: '宣传月期间', per: 'month', months: [5, 10], publicity: true } },
};

describe('every 完成时限 of samples/liuan-2023-tasks.csv, Y = 2023, 宣传月 5月、10月', () => {
  const csv = readFileSync(join(__dirname, '../../assets/sample/liuan-2023-tasks.csv'), 'utf8');
  const rows = csv.split(/\r?\n/).filter((line) => line.trim() !== '').map((line) => line.split(','));

  test('the sample has the columns and rows this table expects', () => {
    expect(rows[0][0]).toBe('序号');
    expect(rows[0][4]).toBe('完成时限');
    expect(rows.slice(1).map((r) => [r[0], r[4]])).toEqual(Object.entries(LIUAN_EXPECTED).map(([seq, e]) => [seq, e.text]));
  });

  test.each(Object.entries(LIUAN_EXPECTED))('task %s', (_seq, { text, want }) => {
    expect(parseDeadline(text, Y, PUBLICITY)).toEqual(want);
  });

  test('宣传月期间 without configured publicity months has no months', () => {
    expect(parseDeadline('宣传月期间', Y)).toEqual({ kind: 'recurring', text: '宣传月期间', per: 'month', publicity: true });
    expect(parseDeadline('宣传月期间', Y, [])).toEqual({ kind: 'recurring', text: '宣传月期间', per: 'month', publicity: true });
  });

  test('seeds/004 (六安 2023): 每季度第二个月 and 次月7日前', () => {
    expectRecurring('每季度第二个月', { per: 'month', months: [2, 5, 8, 11] });
    expectRecurring('每季度第二个月开展暖民心集中宣传月活动', { per: 'month', months: [2, 5, 8, 11], publicity: true }, PUBLICITY);
    expectRecurring('形成书面报告于次月7日前报送市发改委', { per: 'month', day: 7, nextMonth: true });
    expectRecurring('每月至少完成两次', { per: 'month' });
  });
});

// ---------------------------------------------------------------------------------------------
// Fixed dates

describe('full dates with a year', () => {
  test.each([
    ['2023年5月31日', '2023-05-31'],
    ['2023年6月30日', '2023-06-30'],
    ['2024年6月10日', '2024-06-10'],
    ['2023年12月1日', '2023-12-01'],
    ['2023年5月31号', '2023-05-31'],
    ['2023年05月09日', '2023-05-09'],
    ['2024年2月29日', '2024-02-29'],
    ['2023年5月底', '2023-05-31'],
    ['2023年6月底前', '2023-06-30'],
    ['2023年2月底', '2023-02-28'],
    ['2024年2月底', '2024-02-29'],
    ['2023年5月', '2023-05-31'],
    ['2023年11月份', '2023-11-30'],
    ['2023年7月上旬', '2023-07-10'],
    ['2023年底', '2023-12-31'],
    ['2023年底前', '2023-12-31'],
    ['2023年年底', '2023-12-31'],
    ['2023年末', '2023-12-31'],
    ['2023年内', '2023-12-31'],
    ['2023年度内', '2023-12-31'],
    ['2023年', '2023-12-31'],
    ['2023年上半年', '2023-06-30'],
    ['2023年下半年', '2023-12-31'],
    ['2023年第三季度', '2023-09-30'],
    ['2024年一季度', '2024-03-31'],
  ])('%s → %s', (text, due) => expectDate(text, due, { explicitYear: true }));
});

describe('numeric dates', () => {
  test.each([
    ['2023-05-31', '2023-05-31'],
    ['2023-5-31', '2023-05-31'],
    ['2023/5/31', '2023-05-31'],
    ['2023/05/31', '2023-05-31'],
    ['2023.5.31', '2023-05-31'],
    ['2023.05.31', '2023-05-31'],
    ['20230531', '2023-05-31'],
    ['19991231', '1999-12-31'],
    ['2023-05', '2023-05-31'],
    ['2023.6', '2023-06-30'],
    ['2023/02', '2023-02-28'],
    ['2023-05-31前', '2023-05-31'],
    ['2023.6.30前完成', '2023-06-30'],
  ])('%s → %s', (text, due) => expectDate(text, due, { explicitYear: true }));

  test.each([
    ['5.31', '2023-05-31'],
    ['5.31前', '2023-05-31'],
    ['6/30', '2023-06-30'],
    ['12.1日', '2023-12-01'],
  ])('month.day %s → %s', (text, due) => expectDate(text, due));
});

describe('month and day in the plan year', () => {
  test.each([
    ['5月31日', '2023-05-31'],
    ['5月31号', '2023-05-31'],
    ['9月30日', '2023-09-30'],
    ['1月1日', '2023-01-01'],
    ['12月31日', '2023-12-31'],
    ['05月09日', '2023-05-09'],
    ['5月31', '2023-05-31'],
    ['5月31日前', '2023-05-31'],
    ['5月31日之前', '2023-05-31'],
    ['5月31日以前', '2023-05-31'],
    ['5月31日止', '2023-05-31'],
    ['5月31日为止', '2023-05-31'],
    ['5月31日前完成', '2023-05-31'],
    ['5月31日前报送', '2023-05-31'],
    ['5月31日（星期三）', '2023-05-31'],
  ])('%s → %s', (text, due) => expectDate(text, due));

  test('a leap day in a leap plan year', () => expectDate('2月29日', '2024-02-29', { planYear: 2024 }));
});

describe('a month alone is due at its end', () => {
  test.each([
    ['5月底', '2023-05-31'],
    ['5月底前', '2023-05-31'],
    ['5月末', '2023-05-31'],
    ['5月终', '2023-05-31'],
    ['5月份', '2023-05-31'],
    ['5月', '2023-05-31'],
    ['5月前', '2023-05-31'],
    ['5月份前', '2023-05-31'],
    ['6月底', '2023-06-30'],
    ['2月底', '2023-02-28'],
    ['2月', '2023-02-28'],
    ['11月份', '2023-11-30'],
    ['12月', '2023-12-31'],
    ['6月底前完成', '2023-06-30'],
  ])('%s → %s', (text, due) => expectDate(text, due));

  test('February follows the plan year', () => expectDate('2月底', '2024-02-29', { planYear: 2024 }));
});

describe('上旬 / 中旬 / 下旬 (10th, 20th, month end)', () => {
  test.each([
    ['7月上旬', '2023-07-10'],
    ['7月中旬', '2023-07-20'],
    ['7月下旬', '2023-07-31'],
    ['6月上旬', '2023-06-10'],
    ['6月下旬', '2023-06-30'],
    ['2月下旬', '2023-02-28'],
    ['十月中旬', '2023-10-20'],
    ['7月初', '2023-07-10'],
    ['7月中', '2023-07-20'],
    ['7月上旬前', '2023-07-10'],
  ])('%s → %s', (text, due) => expectDate(text, due));
});

describe('the year and its halves', () => {
  test.each([
    ['年底', '2023-12-31'],
    ['年底前', '2023-12-31'],
    ['年内', '2023-12-31'],
    ['年末', '2023-12-31'],
    ['年终', '2023-12-31'],
    ['全年底', '2023-12-31'],
    ['年度内', '2023-12-31'],
    ['年底前完成', '2023-12-31'],
    ['今年年底', '2023-12-31'],
    ['本年度内', '2023-12-31'],
    ['年中', '2023-06-30'],
    ['上半年', '2023-06-30'],
    ['下半年', '2023-12-31'],
    ['上半年内', '2023-06-30'],
    ['下半年完成', '2023-12-31'],
  ])('%s → %s', (text, due) => expectDate(text, due));
});

describe('quarters (quarter end)', () => {
  test.each([
    ['一季度', '2023-03-31'],
    ['第一季度', '2023-03-31'],
    ['1季度', '2023-03-31'],
    ['一季度末', '2023-03-31'],
    ['一季度底前', '2023-03-31'],
    ['二季度', '2023-06-30'],
    ['第二季度末', '2023-06-30'],
    ['三季度', '2023-09-30'],
    ['第3季度', '2023-09-30'],
    ['四季度', '2023-12-31'],
    ['第四季度末', '2023-12-31'],
    ['一季度内', '2023-03-31'],
  ])('%s → %s', (text, due) => expectDate(text, due));
});

describe('次年 / 明年 and other year words', () => {
  test.each([
    ['次年1月上旬', '2024-01-10'],
    ['次年1月10日前', '2024-01-10'],
    ['明年1月底', '2024-01-31'],
    ['明年3月', '2024-03-31'],
    ['下一年1月', '2024-01-31'],
    ['翌年2月底', '2024-02-29'],
    ['次年一季度', '2024-03-31'],
    ['次年上半年', '2024-06-30'],
    ['次年底', '2024-12-31'],
    ['次年', '2024-12-31'],
  ])('%s → %s (nextYear)', (text, due) => expectDate(text, due, { nextYear: true }));

  test.each([
    ['今年6月底', '2023-06-30'],
    ['本年12月', '2023-12-31'],
    ['当年底', '2023-12-31'],
  ])('%s → %s (the plan year, not an explicit year)', (text, due) => expectDate(text, due));
});

describe('Chinese numerals', () => {
  test.each([
    ['十二月', '2023-12-31'],
    ['十二月底', '2023-12-31'],
    ['十月中旬', '2023-10-20'],
    ['五月三十一日', '2023-05-31'],
    ['五月底前', '2023-05-31'],
    ['六月三十日前', '2023-06-30'],
    ['十一月二十日', '2023-11-20'],
    ['二月二十八日', '2023-02-28'],
    ['七月上旬', '2023-07-10'],
  ])('%s → %s', (text, due) => expectDate(text, due));

  test.each([
    ['二〇二三年五月三十一日', '2023-05-31'],
    ['二零二三年十二月', '2023-12-31'],
    ['二〇二四年六月十日', '2024-06-10'],
  ])('%s → %s', (text, due) => expectDate(text, due, { explicitYear: true }));
});

describe('full-width characters and spaces', () => {
  test.each([
    ['5 月 31 日', '2023-05-31', false],
    ['  5月31日  ', '2023-05-31', false],
    ['５月３１日', '2023-05-31', false],
    ['５月底前', '2023-05-31', false],
    ['２０２３年５月３１日', '2023-05-31', true],
    ['２０２３－０５－３１', '2023-05-31', true],
    ['２０２３／５／３１', '2023-05-31', true],
    ['2023 年 6 月 30 日', '2023-06-30', true],
    ['2023年6月30日\n', '2023-06-30', true],
    ['\u3000年底前\u3000', '2023-12-31', false],
  ])('%j → %s', (text, due, explicitYear) => expectDate(text, due, { explicitYear }));
});

describe('trailing words after the date phrase', () => {
  test.each([
    ['5月底前全部张贴到位', '2023-05-31'],
    ['6月30日前完成', '2023-06-30'],
    ['6月30日前报送', '2023-06-30'],
    ['9月底前完成并报送市民生办', '2023-09-30'],
    ['年底前全部完成', '2023-12-31'],
    ['5月31日完成', '2023-05-31'],
    ['6月底前启动，长期坚持', '2023-06-30'],
    ['2023年6月30日前完成标识征集', '2023-06-30'],
  ])('%s → %s', (text, due) => expectDate(text, due, { explicitYear: /^2023/.test(text) }));
});

describe('words before the date phrase', () => {
  test.each([
    ['于5月底前', '2023-05-31'],
    ['截至6月30日', '2023-06-30'],
    ['截止6月30日', '2023-06-30'],
    ['截止到年底', '2023-12-31'],
    ['力争6月底前完成', '2023-06-30'],
    ['在9月30日前', '2023-09-30'],
    ['最迟11月底', '2023-11-30'],
    ['时间：6月底前', '2023-06-30'],
    ['各单位于6月底前完成', '2023-06-30'],
    ['启动阶段：5月底前', '2023-05-31'],
  ])('%s → %s', (text, due) => expectDate(text, due));
});

describe('several fixed dates in one cell', () => {
  test.each([
    ['7月上旬、次年1月上旬', '2024-01-10', ['2023-07-10', '2024-01-10'], true, false],
    ['5月底、10月底', '2023-10-31', ['2023-05-31', '2023-10-31'], false, false],
    ['6月30日、12月31日前', '2023-12-31', ['2023-06-30', '2023-12-31'], false, false],
    ['6月30日前、12月31日前', '2023-12-31', ['2023-06-30', '2023-12-31'], false, false],
    ['6月30日和12月31日', '2023-12-31', ['2023-06-30', '2023-12-31'], false, false],
    ['5月10日、20日', '2023-05-20', ['2023-05-10', '2023-05-20'], false, false],
    ['上半年、年底', '2023-12-31', ['2023-06-30', '2023-12-31'], false, false],
    ['2023年5月31日、6月30日', '2023-06-30', ['2023-05-31', '2023-06-30'], false, true],
    ['2023年5月、10月', '2023-10-31', ['2023-05-31', '2023-10-31'], false, true],
    ['5、10月底', '2023-10-31', ['2023-05-31', '2023-10-31'], false, false],
    ['12月底、次年6月底', '2024-06-30', ['2023-12-31', '2024-06-30'], true, false],
  ])('%s → %s', (text, due, dates, nextYear, explicitYear) => expectDate(text, due, { dates, nextYear, explicitYear }));

  test('the due date is the latest even when written first', () => {
    expectDate('12月底、6月底', '2023-12-31', { dates: ['2023-12-31', '2023-06-30'] });
  });
});

describe('milestones parted by semicolons, commas going on inside one', () => {
  // 郑州市2012年十大实事任务分解表 (进度安排): each milestone is a sentence whose comma does not end it
  test.each([
    ['6月底前基本完成基建任务;12月底前全部落实,实现招生。', '2023-12-31', ['2023-06-30', '2023-12-31']],
    ['6月底前,争取在市区开工10所、六县(市)开工4所;12月底前全部开工。', '2023-12-31', ['2023-06-30', '2023-12-31']],
    ['3月底前完成设计，启动招标；9月底前主体完工，12月底前投入使用', '2023-12-31', ['2023-03-31', '2023-09-30', '2023-12-31']],
  ])('%s → %s', (text, due, dates) => expectDate(text, due, { dates }));

  test('a clause with no date still leaves the cell to the comma reading', () => {
    expectDate('按要求推进;6月底前完成', '2023-06-30');
  });
});

describe('ranges are due at their end', () => {
  test.each([
    ['5月1日至5月31日', '2023-05-31'],
    ['5月1日-6月30日', '2023-06-30'],
    ['5月至6月', '2023-06-30'],
    ['5-6月', '2023-06-30'],
    ['5—6月', '2023-06-30'],
    ['6月~8月', '2023-08-31'],
    ['5月1日至31日', '2023-05-31'],
    ['3月至6月底', '2023-06-30'],
  ])('%s → %s', (text, due) => expectDate(text, due));
});
