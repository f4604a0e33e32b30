// The State Council's holiday notices, as published (test/fixtures/holiday-notices, sources in its README), read into rest and working days.
import * as fs from 'fs';
import * as path from 'path';
import holidayData from 'chinese-days/dist/chinese-days.json';
import { formatISO } from '../../src/core/dates/civil-date';
import { readHolidayNotice } from '../../src/core/dates/holiday-notice';

const notice = (year: number) => fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'holiday-notices', `${year}.txt`), 'utf8');
const days = (dates: readonly { year: number; month: number; day: number }[]) => dates.map(formatISO);
/** "2026-01-01..03" → the days of the span; plain dates as they are. */
function expand(...spans: string[]): string[] {
  const out: string[] = [];
  for (const s of spans) {
    const m = /^(\d{4})-(\d{2})-(\d{2})\.\.(\d{2})$/.exec(s);
    if (!m) out.push(s);
    else for (let d = Number(m[3]); d <= Number(m[4]); d++) out.push(`${m[1]}-${m[2]}-${String(d).padStart(2, '0')}`);
  }
  return out;
}

describe('reading the notice as published', () => {
  test('2026 (full-width, weekdays in brackets): 33 rest days in 7 items and 6 working days, nothing doubted', () => {
    const n = readHolidayNotice(notice(2026));
    expect(n.year).toBe(2026);
    expect(n.problems).toEqual([]);
    expect(n.notes).toEqual([]);
    expect(n.items.map((i) => i.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节', '国庆节']);
    expect(n.items.flatMap((i) => days(i.rest))).toEqual(
      expand('2026-01-01..03', '2026-02-15..23', '2026-04-04..06', '2026-05-01..05', '2026-06-19..21', '2026-09-25..27', '2026-10-01..07'),
    );
    expect(n.items.flatMap((i) => days(i.work))).toEqual(['2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20', '2026-10-10']);
  });

  test('2024: 与周末连休 is the day alone; the 倡议 to rest on 除夕 (2月9日) is told and not a rest day', () => {
    const n = readHolidayNotice(notice(2024));
    expect(n.problems).toEqual([]);
    expect(n.items.flatMap((i) => days(i.rest))).toEqual(
      expand('2024-01-01', '2024-02-10..17', '2024-04-04..06', '2024-05-01..05', '2024-06-10', '2024-09-15..17', '2024-10-01..07'),
    );
    expect(n.items.flatMap((i) => days(i.work))).toEqual(['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12']);
    expect(n.notes).toHaveLength(1);
    expect(n.notes[0]).toContain('春节');
    expect(n.notes[0]).toContain('2024年2月9日未列为休息日');
  });

  test('2023 pasted as one line from a web page: 元旦 runs from 2022年12月31日; the signature date is not read', () => {
    const n = readHolidayNotice(notice(2023));
    expect(n.year).toBe(2023);
    expect(n.problems).toEqual([]);
    expect(days(n.items[0].rest)).toEqual(['2022-12-31', '2023-01-01', '2023-01-02']);
    expect(days(n.items[2].rest)).toEqual(['2023-04-05']);
    expect(n.items.map((i) => i.name)).toEqual(['元旦', '春节', '清明节', '劳动节', '端午节', '中秋节、国庆节']);
    expect(days(n.items[5].rest)).toEqual(expand('2023-09-29..30', '2023-10-01..06'));
  });

  test('2017: 1月2日补休 is rest; 2025 with half-width punctuation: 放假1天，不调休', () => {
    const n17 = readHolidayNotice(notice(2017));
    expect(n17.problems).toEqual([]);
    expect(days(n17.items[0].rest)).toEqual(['2017-01-01', '2017-01-02']);
    const n25 = readHolidayNotice(notice(2025));
    expect(n25.problems).toEqual([]);
    expect(days(n25.items[0].rest)).toEqual(['2025-01-01']);
    expect(days(n25.items[1].rest)).toEqual(expand('2025-01-28..31', '2025-02-01..04'));
    expect(days(n25.items[4].rest)).toEqual(expand('2025-05-31', '2025-06-01..02'));
  });

  // an independent check: the holiday package was compiled from the same notices by other people
  test.each([2017, 2023, 2024, 2025, 2026])('%i agrees day for day with the chinese-days package', (year) => {
    const n = readHolidayNotice(notice(year));
    const data = holidayData as { holidays: Record<string, string>; workdays: Record<string, string> };
    const rest = n.items.flatMap((i) => days(i.rest));
    const work = n.items.flatMap((i) => days(i.work));
    const inYear = (table: Record<string, string>) => Object.keys(table).filter((k) => k.startsWith(String(year))).sort();
    expect(rest.filter((d) => d.startsWith(String(year))).sort()).toEqual(inYear(data.holidays));
    expect(work.filter((d) => d.startsWith(String(year))).sort()).toEqual(inYear(data.workdays));
    for (const d of rest) expect(data.holidays[d]).toBeDefined();
  });
});

describe('what does not add up is told', () => {
  const one = (item: string, title = '国务院办公厅关于2027年部分节假日安排的通知\n') => readHolidayNotice(`${title}${item}`);

  test('a weekday that does not match the date (a notice read for the wrong year)', () => {
    const n = one('一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。');
    // 2027-01-01 is a Friday
    expect(n.problems).toEqual([
      '元旦：“1月1日（周四）”所写星期与日期不符（2027年1月1日是星期五），请核对年份和日期。',
      '元旦：“3日（周六）”所写星期与日期不符（2027年1月3日是星期日），请核对年份和日期。',
    ]);
    expect(days(n.items[0].rest)).toEqual(['2027-01-01', '2027-01-02', '2027-01-03']);
  });

  test('共N天 that the dates do not make', () => {
    expect(one('二、春节：2月6日至12日放假调休，共8天。').problems).toEqual(['春节：通知写“共8天”，所列日期是 7 天，请核对。']);
  });

  test('no year anywhere: nothing read, unless the year is given', () => {
    const text = '一、元旦：1月1日放假，与周末连休。';
    expect(readHolidayNotice(text).items).toEqual([]);
    expect(readHolidayNotice(text).problems[0]).toContain('没有读出通知所安排的年份');
    expect(days(readHolidayNotice(text, 2027).items[0].rest)).toEqual(['2027-01-01']);
  });

  test('a year given that is not the notice’s: read as the notice says, and told', () => {
    const n = readHolidayNotice(notice(2026), 2027);
    expect(n.year).toBe(2026);
    expect(n.problems).toEqual(['通知安排的是 2026 年，不是所指定的 2027 年；已按通知读取。']);
  });

  test('text that is not a notice, an impossible date, a range backwards, full-width digits', () => {
    expect(readHolidayNotice('关于2027年部分节假日安排的通知\n各单位：请按时报送信息。').problems[0]).toContain('没有读出放假安排');
    expect(one('五、端午节：6月31日放假，共1天。').problems).toEqual(['“6月31日”不是有效日期，未读取。', '端午节：没有读出放假日期，请核对通知原文。']);
    expect(one('三、清明节：4月6日至4日放假，共3天。').problems[0]).toBe('清明节：“4月6日至4日”起止日期不对，未读取。');
    expect(days(one('四、劳动节：５月１日至５日放假调休，共５天。').items[0].rest)).toEqual(expand('2027-05-01..05'));
    expect(readHolidayNotice('x'.repeat(30_000)).problems[0]).toContain('不像是一份节假日安排通知');
  });
});

test('another year’s notice with its year changed: the weekdays tell, once', () => {
  const text = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'holiday-notices', '2026.txt'), 'utf8').replace(/2026年/g, '2027年');
  const n = readHolidayNotice(text);
  expect(n.year).toBe(2027);
  expect(n.problems).toEqual(['通知所写的星期有 20 处（共 20 处）与 2027 年的日期不符，像是另一年的通知，请核对年份后再用。']);
});

test('a PDF copy: items numbered （一）, a line broken inside the last item, no closing paragraph', () => {
  const n = readHolidayNotice([
    '国务院办公厅关于2026年部分节假日安排的通知',
    '（一）元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。',
    '（二）国庆节：10月1日（周四）至7日（周三）放假调休，共7天。9月20日（周日）、',
    '10月10日（周六）上班。',
    '',
    '2025年11月4日',
  ].join('\n'));
  expect(n.problems).toEqual([]);
  expect(n.items.map((i) => i.name)).toEqual(['元旦', '国庆节']);
  expect(days(n.items[1].work)).toEqual(['2026-09-20', '2026-10-10']);
});
