// Tests of deadline cells that are no fixed date (ongoing, relative, placeholders, invalid), Excel date cells, the JSON kind, and robustness.
import fc from 'fast-check';
import { formatISO } from '../../src/core/dates/civil-date';
import { deadlineFromSerial, deadlineJsonKind, parseDeadline } from '../../src/core/deadlines/deadline';
import { PUBLICITY, Y, civil, expectDate, expectInvalid, expectKind, expectRecurring, parse } from '../helpers/deadlines';

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
