// Tests of deadline cells (完成时限): fixed dates, recurrences, ongoing, relative, placeholders, invalid dates.

import { readFileSync } from 'fs';
import { join } from 'path';
import fc from 'fast-check';
import { CivilDate, dayOfWeek, formatISO } from '../../src/core/dates/civil-date';
import { WorkCalendar } from '../../src/core/dates/calendar';
import {
  Deadline,
  RecurringDeadline,
  deadlineFromSerial,
  deadlineJsonKind,
  parseDeadline,
  recurringDueDates,
} from '../../src/core/deadlines/deadline';

const Y = 2023;
const PUBLICITY = [5, 10];

function parse(text: string, publicityMonths?: readonly number[]): Deadline {
  return parseDeadline(text, Y, publicityMonths);
}

function iso(d: CivilDate): string {
  return formatISO(d);
}

function civil(isoText: string): CivilDate {
  const [year, month, day] = isoText.split('-').map(Number);
  return { year, month, day };
}

/** Checks a 'date' deadline: its due date and, when given, all dates and the year flags. */
function expectDate(
  text: string,
  due: string,
  opts: { dates?: string[]; nextYear?: boolean; explicitYear?: boolean; planYear?: number } = {},
): void {
  const d = parseDeadline(text, opts.planYear ?? Y, PUBLICITY);
  expect(d.kind).toBe('date');
  if (d.kind !== 'date') return;
  expect(d.text).toBe(text.trim());
  expect(iso(d.date)).toBe(due);
  expect(d.dates.map(iso)).toEqual(opts.dates ?? [due]);
  expect(d.nextYear).toBe(opts.nextYear ?? false);
  expect(d.explicitYear).toBe(opts.explicitYear ?? false);
}

/** Checks a 'recurring' deadline against its fields (absent fields must be absent). */
function expectRecurring(text: string, want: Omit<RecurringDeadline, 'kind' | 'text'>, publicityMonths?: readonly number[]): void {
  const d = parseDeadline(text, Y, publicityMonths);
  expect(d).toEqual({ kind: 'recurring', text: text.trim(), ...want });
}

function expectKind(text: string, kind: Deadline['kind']): void {
  expect(parseDeadline(text, Y, PUBLICITY)).toEqual({ kind, text: text.trim() });
}

function expectInvalid(text: string, reason: string): void {
  expect(parseDeadline(text, Y, PUBLICITY)).toEqual({ kind: 'invalid', text: text.trim(), reason });
}

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
    want: { kind: 'date', text: '5月底前', date: civil('2023-05-31'), dates: [civil('2023-05-31')], nextYear: false, explicitYear: false },
  },
  '7': {
    text: '5月底前',
    want: { kind: 'date', text: '5月底前', date: civil('2023-05-31'), dates: [civil('2023-05-31')], nextYear: false, explicitYear: false },
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

// ---------------------------------------------------------------------------------------------
// Recurring

describe('recurring: per day and week', () => {
  test.each(['每日', '每天', '每个工作日', '按日', '每日一期', '每天更新'])('%s is daily', (text) => expectRecurring(text, { per: 'day' }));
  test.each(['每周', '每星期', '按周', '每周五前', '每周一报', '每个星期'])('%s is weekly', (text) => expectRecurring(text, { per: 'week' }));
});

describe('recurring: per month', () => {
  test.each(['每月', '按月', '每个月', '每一个月', '逐月', '每月至少完成两次', '每月不得少于1篇', '按月通报'])('%s', (text) =>
    expectRecurring(text, { per: 'month' }),
  );

  test.each([
    ['每月5日前', { day: 5 }],
    ['每月5号前', { day: 5 }],
    ['每月的10日前', { day: 10 }],
    ['每月25日前报送', { day: 25 }],
    ['每月上旬', { day: 10 }],
    ['每月中旬', { day: 20 }],
    ['每月底前', {}],
    ['每月末', {}],
    ['每月五日前', { day: 5 }],
  ])('%s', (text, extra) => expectRecurring(text, { per: 'month', ...extra }));

  test.each([
    ['次月7日前', 7],
    ['次月5日前报送', 5],
    ['每月结束后7日内', 7],
    ['每月结束后10日内报送', 10],
    ['次月七日前', 7],
    ['每月终了后5日内', 5],
  ])('%s is due on day %d of the next month', (text, day) => expectRecurring(text, { per: 'month', day, nextMonth: true }));

  test('次月底 / 次月上旬', () => {
    expectRecurring('次月底前', { per: 'month', nextMonth: true });
    expectRecurring('次月上旬', { per: 'month', nextMonth: true, day: 10 });
  });

  test('working days after the month end', () => {
    expectRecurring('次月5个工作日内', { per: 'month', day: 5, nextMonth: true, workdays: true });
    expectRecurring('每月结束后3个工作日内', { per: 'month', day: 3, nextMonth: true, workdays: true });
  });
});

describe('recurring: chosen months', () => {
  test.each([
    ['5月、10月', [5, 10]],
    ['5月和10月', [5, 10]],
    ['5月及10月', [5, 10]],
    ['5、10月', [5, 10]],
    ['5月份、10月份', [5, 10]],
    ['五月、十月', [5, 10]],
    ['3月、6月、9月、12月', [3, 6, 9, 12]],
    ['10月、5月', [5, 10]],
    ['5月、10月前', [5, 10]],
  ])('%s → months %j', (text, months) => expectRecurring(text, { per: 'month', months }));

  test.each([
    ['每季度第二个月', [2, 5, 8, 11]],
    ['每季度第2个月', [2, 5, 8, 11]],
    ['每季度的第二个月', [2, 5, 8, 11]],
    ['每季度第一个月', [1, 4, 7, 10]],
    ['每季度首月', [1, 4, 7, 10]],
    ['每季度第三个月', [3, 6, 9, 12]],
    ['每季度最后一个月', [3, 6, 9, 12]],
    ['按季度第二个月', [2, 5, 8, 11]],
    ['每半年', [6, 12]],
    ['每半年一次', [6, 12]],
  ])('%s → months %j', (text, months) => expectRecurring(text, { per: 'month', months }));

  test.each([
    ['从6月份开始每月', [6, 7, 8, 9, 10, 11, 12]],
    ['6月起每月', [6, 7, 8, 9, 10, 11, 12]],
    ['自6月起每月', [6, 7, 8, 9, 10, 11, 12]],
    ['6月份以后每月', [6, 7, 8, 9, 10, 11, 12]],
    ['从十月开始每月', [10, 11, 12]],
    ['6月起至10月每月', [6, 7, 8, 9, 10]],
    ['6-10月每月', [6, 7, 8, 9, 10]],
    ['5月至9月每月', [5, 6, 7, 8, 9]],
  ])('%s → months %j', (text, months) => expectRecurring(text, { per: 'month', months }));

  test('a start month with a day', () => {
    expectRecurring('6月起每月5日前', { per: 'month', months: [6, 7, 8, 9, 10, 11, 12], day: 5 });
  });
});

describe('recurring: per quarter and year', () => {
  test.each(['每季度', '按季度', '每季', '按季', '每个季度', '每季度末', '每季度一次', '每季度不少于1篇'])('%s is quarterly', (text) =>
    expectRecurring(text, { per: 'quarter' }),
  );

  test('quarterly with a day in the next month', () => {
    expectRecurring('每季度结束后10日内', { per: 'quarter', day: 10, nextMonth: true });
    expectRecurring('每季度次月10日前', { per: 'quarter', day: 10, nextMonth: true });
  });

  test.each(['每年', '每年度', '按年度', '逐年', '每年一次'])('%s is yearly', (text) => expectRecurring(text, { per: 'year' }));

  test('yearly in named months', () => {
    expectRecurring('每年5月', { per: 'year', months: [5] });
    expectRecurring('每年5月31日前', { per: 'year', months: [5], day: 31 });
    expectRecurring('每年5月、10月', { per: 'year', months: [5, 10] });
  });
});

describe('recurring: publicity months (宣传月)', () => {
  test.each(['宣传月期间', '集中宣传月', '2个宣传月期间', '两个宣传月期间', '集中宣传月期间', '宣传月'])('%s takes the configured months', (text) => {
    expectRecurring(text, { per: 'month', months: [5, 10], publicity: true }, PUBLICITY);
    expectRecurring(text, { per: 'month', months: [4, 9], publicity: true }, [9, 4]);
    expectRecurring(text, { per: 'month', publicity: true });
  });

  test('months written in the cell win over the settings', () => {
    expectRecurring('5月、10月宣传月期间', { per: 'month', months: [5, 10], publicity: true }, [4, 9]);
  });

  test('宣传月 with a report after it', () => {
    expectRecurring('宣传月结束后7日内', { per: 'month', months: [5, 10], publicity: true, day: 7, nextMonth: true }, PUBLICITY);
  });

  test('宣传月期间每周', () => {
    expectRecurring('宣传月期间每周', { per: 'week', months: [5, 10], publicity: true }, PUBLICITY);
  });
});

// ---------------------------------------------------------------------------------------------
// Ongoing, relative, placeholder, invalid, unparsed, none

describe('ongoing', () => {
  test.each([
    '长期', '长期坚持', '持续推进', '持续开展', '全年', '常态化', '常年', '长期性', '经常性', '不定期',
    '随时', '贯穿全年', '常态化开展', '长期坚持，适时调整', '全年度', '定期开展', '一以贯之', '6月起', '从6月份开始', '自7月起',
  ])('%s', (text) => expectKind(text, 'ongoing'));
});

describe('before a fixed-date holiday: the day before it (issue 10, real tables write “十一”之前)', () => {
  test.each([
    ['国庆节前', '2023-09-30'], ['“十一”之前', '2023-09-30'], ['元旦前', '2023-12-31'],
  ])('%s → %s', (text, iso) => {
    const d = parseDeadline(text, Y, PUBLICITY);
    expect(d.kind === 'date' ? formatISO(d.date) : d.kind).toBe(iso);
  });
});

describe('relative to an event', () => {
  test.each([
    '提前两个工作日', '提前2个工作日', '会前3天', '会前三天', '活动结束后', '结束后3日内', '收到通知后5个工作日内', '节前', '事后',
    '事前', '会后', '活动结束后3日内', '每次活动结束后3日内', '春节前', '另行通知', '一年内', '半年内', '3天内', '一周内',
    '五一前', '当天', '次日', '届时', '5月31日后', '5月31日之后', '上级通知后', '开展前', '活动期间',
  ])('%s', (text) => expectKind(text, 'relative'));
});

describe('placeholders', () => {
  test.each([
    '**月**日', '**月**日前', '＊＊月＊＊日', 'X月X日', 'x月x日', 'xx月', 'XX月XX日', 'XX月XX日前', '×月×日', '　月　日', '月日', '○月○日',
    '〇月〇日', '2023年X月X日', '2023年**月', '__月__日', '＿＿月＿＿日', '?月?日', '年月日', '2023年月日', '5月　日', '　月31日', 'X月底前',
    'X季度', '每月**日前', '**月**日前每月报送',
  ])('%j', (text) => expectKind(text, 'placeholder'));
});

describe('dates that do not exist', () => {
  test.each([
    ['2月30日', '2月没有30日'],
    ['2月31日', '2月没有31日'],
    ['4月31日', '4月没有31日'],
    ['6月31日前', '6月没有31日'],
    ['9月31日', '9月没有31日'],
    ['11月31日', '11月没有31日'],
    ['2月29日', '2023年2月没有29日（2023年不是闰年）'],
    ['2023-02-29', '2023年2月没有29日（2023年不是闰年）'],
    ['20230229', '2023年2月没有29日（2023年不是闰年）'],
    ['13月', '没有13月'],
    ['13月底前', '没有13月'],
    ['2023年13月', '没有13月'],
    ['2023-13-01', '没有13月'],
    ['0月', '没有0月'],
    ['5月0日', '没有0日'],
    ['32日', '没有32日'],
    ['5月32日', '没有32日'],
    ['2023/4/31', '4月没有31日'],
    ['4.31', '4月没有31日'],
    ['十三月', '没有13月'],
    ['二月三十日', '2月没有30日'],
    ['第五季度', '没有第5季度'],
    ['5月、13月', '没有13月'],
    ['7月上旬、次年2月30日', '2月没有30日'],
    ['每月32日前', '没有32日'],
    ['每季度第四个月', '每季度只有3个月，没有第4个月'],
    ['13月起每月', '没有13月'],
  ])('%s: %s', (text, reason) => expectInvalid(text, reason));
});

describe('unparsed', () => {
  test.each(['尽快', '看情况', 'abc', '待定', '按要求', '根据工作安排', '12345678', '???', '-'])('%s', (text) =>
    expectKind(text, 'unparsed'),
  );

  test('a day of the month alone cannot be placed', () => expectKind('15日', 'unparsed'));
});

describe('empty cells', () => {
  test.each(['', ' ', '   ', '\u3000', '\n\t', '\u200b'])('%j is none', (text) => {
    expect(parse(text).kind).toBe('none');
  });
});

// ---------------------------------------------------------------------------------------------
// Precedence

describe('precedence', () => {
  test('a placeholder wins over everything', () => {
    expectKind('**月**日前每月报送', 'placeholder');
    expectKind('XX月XX日，长期坚持', 'placeholder');
  });

  test('每… wins over a fixed date', () => {
    expectRecurring('5月底前，每月报送', { per: 'month' });
    expectRecurring('6月30日前完成，次月7日前报送', { per: 'month', day: 7, nextMonth: true });
  });

  test('a fixed date at the start wins over ongoing words', () => {
    expectDate('6月底前启动，长期坚持', '2023-06-30');
  });

  test('全年 is ongoing but 全年底 is a date', () => {
    expectKind('全年', 'ongoing');
    expectDate('全年底', '2023-12-31');
  });

  test('年内 is a date but 一年内 is relative', () => {
    expectDate('年内', '2023-12-31');
    expectKind('一年内', 'relative');
  });

  test('每次 is per event, not a recurrence', () => {
    expectKind('每次活动结束后3日内', 'relative');
  });

  test('2023 years and the plan year', () => {
    expectDate('5月31日', '2025-05-31', { planYear: 2025 });
    expectDate('次年1月上旬', '2026-01-10', { planYear: 2025, nextYear: true });
    expectDate('2024年6月10日', '2024-06-10', { explicitYear: true });
  });
});

// ---------------------------------------------------------------------------------------------
// Excel date cells and the JSON kind

describe('deadlineFromSerial', () => {
  test.each([
    [45077, '2023-05-31', '2023年5月31日'],
    [45107, '2023-06-30', '2023年6月30日'],
    [45291, '2023-12-31', '2023年12月31日'],
    [45453, '2024-06-10', '2024年6月10日'],
    [45077.75, '2023-05-31', '2023年5月31日'],
  ])('%d is %s', (serial, due, text) => {
    expect(deadlineFromSerial(serial, Y)).toEqual({
      kind: 'date', text, date: civil(due), dates: [civil(due)], nextYear: false, explicitYear: true,
    });
  });

  test.each([0, -1, 3e6, Number.NaN, Number.POSITIVE_INFINITY])('%d is invalid', (serial) => {
    const d = deadlineFromSerial(serial, Y);
    expect(d.kind).toBe('invalid');
    if (d.kind === 'invalid') expect(d.reason).toContain('不是有效的Excel日期');
  });

  test("60 is Excel's fictitious 1900-02-29", () => {
    expect(deadlineFromSerial(60, Y)).toEqual({ kind: 'invalid', text: '1900年2月29日', reason: '1900年2月29日不存在（Excel虚构的日期）' });
  });
});

describe('deadlineJsonKind', () => {
  test.each([
    ['5月31日', 'date'],
    ['每月', 'recurring'],
    ['长期坚持', 'ongoing'],
    ['会前3天', 'relative'],
    ['', 'none'],
    ['**月**日', 'invalid'],
    ['2月30日', 'invalid'],
    ['尽快', 'invalid'],
  ] as const)('%j → %s', (text, kind) => {
    expect(deadlineJsonKind(parse(text))).toBe(kind);
  });
});

// ---------------------------------------------------------------------------------------------
// Due dates of recurrences

function recurring(text: string, publicityMonths?: readonly number[]): RecurringDeadline {
  const d = parseDeadline(text, Y, publicityMonths);
  if (d.kind !== 'recurring') throw new Error(`${text} is ${d.kind}`);
  return d;
}

function due(text: string, from: string, to: string, publicityMonths?: readonly number[]): string[] {
  return recurringDueDates(recurring(text, publicityMonths), civil(from), civil(to)).map(iso);
}

describe('recurringDueDates', () => {
  test('每月 over the first half of 2023: the six month ends', () => {
    expect(due('每月', '2023-01-01', '2023-06-30')).toEqual([
      '2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30', '2023-05-31', '2023-06-30',
    ]);
  });

  test('每月 counts a month once its end is inside the window', () => {
    expect(due('每月', '2023-01-15', '2023-03-30')).toEqual(['2023-01-31', '2023-02-28']);
    expect(due('每月', '2024-02-01', '2024-02-29')).toEqual(['2024-02-29']);
  });

  test('次月7日前: the 7th of the following month (December 2022 is due on 2023-01-07)', () => {
    expect(due('次月7日前', '2023-01-01', '2023-06-30')).toEqual([
      '2023-01-07', '2023-02-07', '2023-03-07', '2023-04-07', '2023-05-07', '2023-06-07',
    ]);
    expect(due('每月结束后7日内', '2023-11-01', '2024-01-31')).toEqual(['2023-11-07', '2023-12-07', '2024-01-07']);
  });

  test('每季度第二个月: the ends of February and May', () => {
    expect(due('每季度第二个月', '2023-01-01', '2023-06-30')).toEqual(['2023-02-28', '2023-05-31']);
    expect(due('每季度第二个月', '2023-01-01', '2023-12-31')).toEqual(['2023-02-28', '2023-05-31', '2023-08-31', '2023-11-30']);
  });

  test('每周: Sundays (weeks run Monday–Sunday)', () => {
    const sundays = due('每周', '2023-01-01', '2023-01-31');
    expect(sundays).toEqual(['2023-01-01', '2023-01-08', '2023-01-15', '2023-01-22', '2023-01-29']);
    expect(due('每周', '2023-01-02', '2023-01-14')).toEqual(['2023-01-08']);
    const year = recurringDueDates(recurring('每周'), civil('2023-01-01'), civil('2023-12-31'));
    expect(year).toHaveLength(53);
    expect(year.every((d) => dayOfWeek(d) === 0)).toBe(true);
  });

  test('每日: every day', () => {
    expect(due('每日', '2023-02-27', '2023-03-02')).toEqual(['2023-02-27', '2023-02-28', '2023-03-01', '2023-03-02']);
  });

  test('每月5日前', () => {
    expect(due('每月5日前', '2023-01-01', '2023-03-31')).toEqual(['2023-01-05', '2023-02-05', '2023-03-05']);
  });

  test('每月31日 is clamped to short months', () => {
    expect(due('每月31日前', '2023-01-01', '2023-04-30')).toEqual(['2023-01-31', '2023-02-28', '2023-03-31', '2023-04-30']);
  });

  test('chosen months', () => {
    expect(due('5月、10月', '2023-01-01', '2023-12-31')).toEqual(['2023-05-31', '2023-10-31']);
    expect(due('宣传月期间', '2023-01-01', '2023-12-31', PUBLICITY)).toEqual(['2023-05-31', '2023-10-31']);
    expect(due('从6月份开始每月', '2023-01-01', '2023-08-31')).toEqual(['2023-06-30', '2023-07-31', '2023-08-31']);
    expect(due('每半年', '2023-01-01', '2023-12-31')).toEqual(['2023-06-30', '2023-12-31']);
  });

  test('publicity months without settings are every month', () => {
    expect(due('宣传月期间', '2023-01-01', '2023-03-31')).toEqual(['2023-01-31', '2023-02-28', '2023-03-31']);
  });

  test('每季度: quarter ends', () => {
    expect(due('每季度', '2023-01-01', '2023-12-31')).toEqual(['2023-03-31', '2023-06-30', '2023-09-30', '2023-12-31']);
    expect(due('每季度', '2023-04-01', '2023-09-29')).toEqual(['2023-06-30']);
    expect(due('每季度结束后10日内', '2023-01-01', '2024-01-31')).toEqual(['2023-01-10', '2023-04-10', '2023-07-10', '2023-10-10', '2024-01-10']);
  });

  test('每年: year ends, or the named month', () => {
    expect(due('每年', '2022-06-01', '2024-06-30')).toEqual(['2022-12-31', '2023-12-31']);
    expect(due('每年5月31日前', '2023-01-01', '2024-12-31')).toEqual(['2023-05-31', '2024-05-31']);
  });

  test('weekly within the publicity months', () => {
    expect(due('宣传月期间每周', '2023-04-01', '2023-06-30', PUBLICITY)).toEqual([
      '2023-05-07', '2023-05-14', '2023-05-21', '2023-05-28',
    ]);
  });

  test('working days with a calendar: the 5th working day of October 2023 is the 11th (10-01..06 off, 07 and 08 made up)', () => {
    const d = recurring('次月5个工作日内');
    const calendar = new WorkCalendar();
    expect(recurringDueDates(d, civil('2023-10-01'), civil('2023-10-31'), calendar).map(iso)).toEqual(['2023-10-11']);
    expect(recurringDueDates(d, civil('2023-10-01'), civil('2023-10-31')).map(iso)).toEqual(['2023-10-05']);
  });

  test('an empty or reversed window has no due dates', () => {
    expect(due('每月', '2023-06-30', '2023-01-01')).toEqual([]);
    expect(due('每月', '2023-06-01', '2023-06-29')).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Robustness

describe('robustness', () => {
  test('never throws, always answers a known kind with the trimmed text', () => {
    const kinds = ['date', 'recurring', 'ongoing', 'relative', 'placeholder', 'invalid', 'unparsed', 'none'];
    const pieces = fc.constantFrom(
      '月', '日', '号', '年', '季度', '上旬', '底', '前', '后', '每', '次', '、', '-', '.', '/', '*', 'X', '〇', '十', '二', '两',
      '5', '12', '31', '2023', '０', ' ', '\u3000', '宣传月', '长期', '起', '至', '第', '个',
    );
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.array(pieces, { maxLength: 12 }).map((a) => a.join(''))), fc.integer({ min: -5, max: 10000 }), (text, year) => {
        const d = parseDeadline(text, year);
        expect(kinds).toContain(d.kind);
        expect(d.text).toBe(text.trim());
      }),
      { numRuns: 3000 },
    );
  });

  test('a date it returns is a real date and a recurrence has sane fields', () => {
    const pieces = fc.constantFrom('月', '日', '年', '季度', '上旬', '中旬', '底', '、', '次年', '每', '第', '个', '1', '2', '9', '10', '12', '29', '30', '31', '2024');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 8 }).map((a) => a.join('')), (text) => {
        const d = parseDeadline(text, Y, PUBLICITY);
        if (d.kind === 'date') {
          for (const x of [d.date, ...d.dates]) expect(formatISO(x)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          expect(d.dates.length).toBeGreaterThan(0);
        }
        if (d.kind === 'recurring') {
          for (const m of d.months ?? []) expect(m >= 1 && m <= 12).toBe(true);
          if (d.day !== undefined) expect(d.day >= 1 && d.day <= 31).toBe(true);
        }
      }),
      { numRuns: 3000 },
    );
  });

  test('long and hostile cells are fast', () => {
    const inputs = [
      '5'.repeat(30000),
      '5月、'.repeat(5000),
      '月'.repeat(30000),
      '*'.repeat(30000),
      '12345-'.repeat(5000),
      '各单位'.repeat(5000) + '6月底前',
      '一二三四五六七八九十'.repeat(3000),
      '每季度第'.repeat(5000),
      'x'.repeat(30000) + '月',
    ];
    for (const text of inputs) parseDeadline(text, Y, PUBLICITY);
  });

  test('a non-string from a careless caller is read as text', () => {
    expect(parseDeadline(undefined as unknown as string, Y).kind).toBe('none');
    expect(parseDeadline(45077 as unknown as string, Y).kind).toBe('unparsed');
  });
});
