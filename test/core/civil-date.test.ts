import { addDays, dayOfWeek, formatISO, fromSerial, isValidCivil, parseISO, toSerial } from '../../src/core/dates/civil-date';
import { parseChineseInteger } from '../../src/core/dates/numerals';
import { WorkCalendar } from '../../src/core/dates/calendar';

describe('Excel serials (1900 system)', () => {
  test.each([
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [25569, '1970-01-01'],
    [45077, '2023-05-31'],
    [45291, '2023-12-31'],
    [45453, '2024-06-10'],
    [2958465, '9999-12-31'],
  ])('serial %d is %s and back', (serial, iso) => {
    const date = fromSerial(serial)!;
    expect(formatISO(date)).toBe(iso);
    expect(toSerial(date)).toBe(serial);
  });

  test('serial 60 is the fictitious 1900-02-29', () => {
    expect(fromSerial(60)).toEqual({ year: 1900, month: 2, day: 29 });
    expect(isValidCivil(1900, 2, 29)).toBe(false);
  });

  test('fractions are times of day; out of range is null', () => {
    expect(formatISO(fromSerial(45077.75)!)).toBe('2023-05-31');
    expect(fromSerial(0)).toBeNull();
    expect(fromSerial(-3)).toBeNull();
    expect(fromSerial(3e6)).toBeNull();
    expect(fromSerial(Number.NaN)).toBeNull();
  });

  test('every day of 1999..2030 round-trips', () => {
    let date = { year: 1999, month: 1, day: 1 };
    let serial = toSerial(date);
    // the days that do not round-trip, gathered for one expect (an expect a day was most of this file's time)
    const wrong: [typeof date, number, number][] = [];
    for (let i = 0; i < 366 * 32; i++) {
      if (!Object.is(toSerial(date), serial)) wrong.push([date, toSerial(date), serial]);
      date = addDays(date, 1);
      serial++;
    }
    expect(wrong).toEqual([]);
  });
});

describe('civil dates', () => {
  test('weekday', () => {
    expect(dayOfWeek({ year: 2023, month: 10, day: 7 })).toBe(6);
    expect(dayOfWeek({ year: 2024, month: 6, day: 10 })).toBe(1);
  });
  test('parseISO rejects impossible days', () => {
    expect(parseISO('2023-02-30')).toBeNull();
    expect(parseISO('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
    expect(parseISO('2023/02/01')).toBeNull();
  });
});

describe('Chinese numerals', () => {
  test.each([
    ['两', 2], ['十', 10], ['十二', 12], ['二十一', 21], ['一百零五', 105], ['三十', 30],
    ['12', 12], ['１２', 12], ['二〇二三', 2023], ['零', 0],
  ])('%s = %d', (text, n) => expect(parseChineseInteger(text)).toBe(n));
  test.each(['', '月', '二三十', 'a1'])('%s is not a number', (text) => expect(parseChineseInteger(text)).toBeNull());
});

describe('working-day calendar', () => {
  const cal = new WorkCalendar();
  const d = (iso: string) => parseISO(iso)!;
  test('make-up working weekends (调休) are working days', () => {
    expect(cal.isWorkday(d('2023-10-07'))).toBe(true); // Saturday
    expect(cal.isWorkday(d('2023-10-08'))).toBe(true); // Sunday
    expect(cal.isWorkday(d('2024-09-29'))).toBe(true); // Sunday
    expect(cal.isWorkday(d('2026-01-04'))).toBe(true);
  });
  test('holidays are rest days', () => {
    for (let day = 29; day <= 30; day++) expect(cal.isWorkday(d(`2023-09-${day}`))).toBe(false);
    for (let day = 1; day <= 6; day++) expect(cal.isWorkday(d(`2023-10-0${day}`))).toBe(false);
    expect(cal.isWorkday(d('2024-06-10'))).toBe(false);
    expect(cal.dayName(d('2024-06-10'))).toBe('端午');
  });
  test('previous working day and WORKDAY', () => {
    expect(formatISO(cal.previousWorkday(d('2024-06-10')))).toBe('2024-06-07');
    expect(formatISO(cal.addWorkdays(d('2023-10-09'), -2))).toBe('2023-10-07');
    expect(formatISO(cal.addWorkdays(d('2023-09-28'), 1))).toBe('2023-10-07');
    expect(formatISO(cal.addWorkdays(d('2023-10-09'), 0))).toBe('2023-10-09');
  });
  test('NETWORKDAYS counts make-up days', () => {
    expect(cal.networkdays(d('2023-09-25'), d('2023-10-08'))).toBe(6);
    expect(cal.networkdays(d('2023-10-08'), d('2023-09-25'))).toBe(-6);
  });
  test('coverage is reported, and a 节假日 sheet extends it', () => {
    expect(cal.covers(2023)).toBe(true);
    expect(cal.covers(2026)).toBe(true);
    expect(cal.covers(2027)).toBe(false);
    const extended = new WorkCalendar([
      { date: d('2027-01-01'), work: false, name: '元旦' },
      { date: d('2027-02-20'), work: true, name: '春节补班' },
    ]);
    expect(extended.covers(2027)).toBe(true);
    expect(extended.isWorkday(d('2027-01-01'))).toBe(false);
    expect(extended.isWorkday(d('2027-02-20'))).toBe(true);
    expect(extended.dayName(d('2027-02-20'))).toBe('春节补班');
  });
  test('an override replaces package data', () => {
    const cal2 = new WorkCalendar([{ date: d('2023-10-07'), work: false }]);
    expect(cal2.isWorkday(d('2023-10-07'))).toBe(false);
  });
});
