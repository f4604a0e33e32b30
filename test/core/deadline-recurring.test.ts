// Tests of recurring deadline cells (每月, 每季度末, 宣传月期间 …) and their due dates over a window.
import { dayOfWeek } from '../../src/core/dates/civil-date';
import { WorkCalendar } from '../../src/core/dates/calendar';
import { RecurringDeadline, parseDeadline, recurringDueDates } from '../../src/core/deadlines/deadline';
import { PUBLICITY, Y, civil, expectRecurring, iso } from '../helpers/deadlines';

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

describe('round 10 real phrases: windows and weeks inside a period', () => {
  test('每年3月1日至6月30日 (个税汇算): one window a year, due at its end', () => {
    expect(due('每年3月1日至6月30日', '2024-01-01', '2025-12-31')).toEqual(['2024-06-30', '2025-06-30']);
  });

  test('每月第一周 / 每季度第二周前 (2016 备案 rules): the 7th of each month, the 14th of each quarter\'s first month', () => {
    expect(due('每月第一周或更改内容后一周内上报备案', '2016-01-01', '2016-03-31')).toEqual(['2016-01-07', '2016-02-07', '2016-03-07']);
    expect(due('每季度第二周前或更改内容后一周内上报备案', '2016-01-01', '2016-12-31')).toEqual([
      '2016-01-14', '2016-04-14', '2016-07-14', '2016-10-14',
    ]);
  });

  test('a dated span that is no recurrence stays one date, its end (科研基金 集中接收期 2025)', () => {
    expect(parseDeadline('2025年3月1日至3月20日16时', 2025)).toMatchObject({ kind: 'date', date: civil('2025-03-20') });
  });
});

describe('round 10: 遇节假日顺延 moves a due day off a rest day, with the holiday calendar', () => {
  const calendar = new WorkCalendar();
  test('次月15日前，遇节假日顺延 (增值税按月申报): November 2024 is due 12月16日, 15日 being a Sunday (as the 2024 tax calendar says)', () => {
    const d = recurring('次月15日前，遇节假日顺延');
    expect(d).toMatchObject({ per: 'month', nextMonth: true, day: 15, onRestDay: 'next' });
    expect(recurringDueDates(d, civil('2024-11-01'), civil('2024-12-31'), calendar).map(iso)).toEqual(['2024-11-15', '2024-12-16']);
    expect(recurringDueDates(d, civil('2024-11-01'), civil('2024-12-31')).map(iso)).toEqual(['2024-11-15', '2024-12-15']);
  });

  test('a year the holiday package lacks keeps the written day: its rest days would be a guess', () => {
    const d = recurring('次月15日前，遇节假日顺延');
    const last = calendar.coveredYears().slice(-1)[0];
    const sundayInUncovered = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
      .map((m) => civil(`${last + 1}-${String(m).padStart(2, '0')}-15`))
      .find((x) => dayOfWeek(x) === 0)!;
    const window = recurringDueDates(d, sundayInUncovered, sundayInUncovered, calendar).map(iso);
    expect(window).toEqual([iso(sundayInUncovered)]);
  });
});

describe('the period\'s last working day or last day (每月最后一个工作日前报送): its end, not the month after', () => {
  const calendar = new WorkCalendar();
  // read from the State Council's 2025 arrangement: 1月28日–2月4日 春节 (1月26日 Sunday worked), 5月31日–6月2日 端午 (31日 a Saturday)
  test('每月最后一个工作日: 2025-01-27 (the 28th begins 春节), 2025-05-30 (31日 a Saturday and 端午), other months\' last weekdays', () => {
    const d = recurring('每月最后一个工作日前报送');
    expect(d).toMatchObject({ per: 'month', onRestDay: 'previous' });
    expect(d.nextMonth).toBeUndefined();
    expect(recurringDueDates(d, civil('2025-01-01'), civil('2025-06-30'), calendar).map(iso))
      .toEqual(['2025-01-27', '2025-02-28', '2025-03-31', '2025-04-30', '2025-05-30', '2025-06-30']);
  });

  test('每季度最后一个工作日 is each quarter\'s last working day; without a calendar its last day', () => {
    const d = recurring('每季度最后一个工作日');
    expect(recurringDueDates(d, civil('2025-01-01'), civil('2025-12-31'), calendar).map(iso)).toEqual(['2025-03-31', '2025-06-30', '2025-09-30', '2025-12-31']);
    expect(recurringDueDates(d, civil('2024-01-01'), civil('2024-12-31'), calendar).map(iso)).toEqual(['2024-03-29', '2024-06-28', '2024-09-30', '2024-12-31']);
    expect(recurringDueDates(d, civil('2024-01-01'), civil('2024-06-30')).map(iso)).toEqual(['2024-03-31', '2024-06-30']);
  });

  test('每月最后一天 is the month\'s last day, not the 1st of the next', () => {
    const d = recurring('每月最后一天');
    expect(d.onRestDay).toBeUndefined();
    expect(recurringDueDates(d, civil('2025-01-01'), civil('2025-02-28')).map(iso)).toEqual(['2025-01-31', '2025-02-28']);
  });
});
