// A time-limit cell typed in a narrow column: the year alone on its first line (Alt+Enter), a closing 。.
import { formatISO } from '../../src/core/dates/civil-date';
import { parseDeadline } from '../../src/core/deadlines/deadline';

const due = (text: string, year: number) => {
  const d = parseDeadline(text, year);
  return d.kind === 'date' ? formatISO(d.date) : d.kind;
};

test.each([
  // 云南省人民政府 稳增长意见 (2017), deadline-phrases.json: "2017年第3季度"
  ['2017年\n第3季度', 2017, '2017-09-30'],
  ['2022年\n10月底前', 2022, '2022-10-31'],
  ['于2023年\r\n1月15日前', 2023, '2023-01-15'],
])('the year on a line of its own goes on with the next line: %j', (text, year, date) => {
  expect(due(text, year)).toBe(date);
});

test('two years on two lines are still two milestones, the later due', () => {
  expect(due('2022年\n2023年', 2022)).toBe('2023-12-31');
});

test('a closing 。 says nothing of the date: “十一”之前。 is the day before National Day (锦州 2018, deadline-phrases.json)', () => {
  expect(due('“十一”之前。', 2018)).toBe('2018-09-30');
  expect(due('6月底前，', 2023)).toBe('2023-06-30');
});
