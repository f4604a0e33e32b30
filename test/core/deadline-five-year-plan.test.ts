// A deadline cell naming a five-year plan's span ("十四五期间", "“十四五”末") is due on its last day.
import { parseDeadline } from '../../src/core/deadlines/deadline';

describe('five-year plans as deadlines', () => {
  test.each([
    ['十四五期间', 2025],
    ['“十四五”末', 2025],
    ['“十四五”时期', 2025],
    ['十四五期末', 2025],
    ['十四五时期完成', 2025],
    ['“十三五”期间', 2020],
    ['十五五期间', 2030],
    ['十四五规划期内', 2025],
  ])('%s is due on 31 December %d', (text, year) => {
    const d = parseDeadline(text, 2023);
    expect(d.kind).toBe('date');
    if (d.kind === 'date') {
      expect(d.date).toEqual({ year, month: 12, day: 31 });
      expect(d.explicitYear).toBe(true);
      // a span, not a day the clerk chose: said as a year-only deadline, no rest-day or calendar warning for it
      expect(d.precision).toBe('year');
      expect(d.text).toBe(text);
    }
  });

  test('a cell that says more than the span is read as before', () => {
    expect(parseDeadline('2025年底前', 2023)).toMatchObject({ kind: 'date', date: { year: 2025, month: 12, day: 31 } });
    expect(parseDeadline('十四五期间持续推进', 2023).kind).not.toBe('date');
    expect(parseDeadline('十五', 2023).kind).not.toBe('date');
  });
});
