// A holiday notice written into 节假日: a new sheet when the workbook has none, else the missing days appended and the clerk's own rows kept.
import * as fs from 'fs';
import * as path from 'path';
import { WorkCalendar, civil, toSerial } from '../../src/core/dates';
import { readHolidayNotice } from '../../src/core/dates/holiday-notice';
import { Grid } from '../../src/core/sheets/grid';
import { holidayNoticeLines, holidayWrites } from '../../src/core/sheets/holiday-rows';
import { readHolidayOverrides } from '../../src/core/sheets/holiday-sheet';

const notice2024 = readHolidayNotice(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'holiday-notices', '2024.txt'), 'utf8'));
const grid = (name: string, rows: Grid['rows']): Grid => ({ name, rows, merges: [] });

test('no 节假日 sheet: a new one holds every day of the notice, and the workbook then reads them', () => {
  const w = holidayWrites([grid('任务分工表', [['序号', '任务']])], notice2024);
  expect(w.newSheet?.name).toBe('节假日');
  expect(w.added).toBe(36); // 28 rest days and 8 working days, counted from the notice
  const rows = w.newSheet!.rows.map((r) => r.map((c) => c.value));
  const back = readHolidayOverrides([grid('节假日', rows as Grid['rows'])]);
  expect(back).toHaveLength(36);
  expect(back[0]).toEqual({ date: civil(2024, 1, 1), work: false, name: '元旦' });
  expect(back.find((d) => d.work)).toEqual({ date: civil(2024, 2, 4), work: true, name: '春节调休上班' });
  // the title says which years are built in, from the package itself
  expect(String(rows[1][0])).toMatch(/^内置 2004–20\d\d 年国务院节假日安排/);
});

test('the clerk’s 节假日 sheet: days it has are not written again, a day it has otherwise is kept and named, the rest appended below its last row', () => {
  const sheet = grid('节假日', [
    ['日期', '类型', '名称'],
    [toSerial(civil(2024, 1, 1)), '休息日', '元旦'],
    [toSerial(civil(2024, 2, 4)), '休息日', '本地调整'], // the notice says 上班
    [null, null, null],
    ['注：本表由办公室维护', null, null],
  ]);
  const w = holidayWrites([sheet], notice2024);
  expect(w.newSheet).toBeUndefined();
  expect(w.sheet).toBe('节假日');
  expect(w.present).toBe(1);
  expect(w.conflicts).toEqual(['2024年2月4日：节假日表写为休息日，通知为工作日（春节调休上班），未改动，请核对。']);
  expect(w.added).toBe(34);
  // below the note in row 5: rows 6… (A date, B kind, C name)
  expect(w.cells.slice(0, 3)).toEqual([
    { cell: 'A6', value: toSerial(civil(2024, 2, 10)), numberFormat: 'yyyy-mm-dd' },
    { cell: 'B6', value: '休息日' },
    { cell: 'C6', value: '春节' },
  ]);
  expect(w.cells).toHaveLength(34 * 3);
  expect(holidayNoticeLines(notice2024, w).slice(-2)).toEqual([
    '已在“节假日”表末尾补入 34 天，1 天表中已有，1 天表中写法与通知不同、未改动。',
    '请核对：2024年2月4日：节假日表写为休息日，通知为工作日（春节调休上班），未改动，请核对。',
  ]);
});

test('a year the package lacks is covered once its notice is in 节假日 (constructed 2-item notice with 2027’s real weekdays)', () => {
  const n = readHolidayNotice('国务院办公厅关于2027年部分节假日安排的通知\n一、元旦：1月1日（周五）至3日（周日）放假，共3天。\n二、春节：2月6日（周六）至12日（周五）放假调休，共7天。2月20日（周六）上班。');
  expect(n.problems).toEqual([]);
  const rows = holidayWrites([], n).newSheet!.rows.map((r) => r.map((c) => c.value)) as Grid['rows'];
  const calendar = new WorkCalendar(readHolidayOverrides([grid('节假日', rows)]));
  expect(new WorkCalendar().covers(2027)).toBe(false);
  expect(calendar.covers(2027)).toBe(true);
  expect(calendar.isWorkday(civil(2027, 2, 8))).toBe(false); // a Monday of 春节
  expect(calendar.isWorkday(civil(2027, 2, 20))).toBe(true); // a Saturday worked
  expect(calendar.isWorkday(civil(2027, 3, 1))).toBe(true);
});

test('what the clerk reads: each holiday as spans, across months and years', () => {
  const n = readHolidayNotice(fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'holiday-notices', '2023.txt'), 'utf8'));
  const lines = holidayNoticeLines(n);
  expect(lines[0]).toBe('读出 2023 年节假日安排 6 项：休息日 27 天，调休上班 7 天。');
  expect(lines[1]).toBe('  元旦：2022年12月31日至2023年1月2日休息（3天）');
  expect(lines[6]).toBe('  中秋节、国庆节：9月29日至10月6日休息（8天）；10月7日至8日上班');
});
