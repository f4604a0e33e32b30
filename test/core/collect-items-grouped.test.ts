// Rows of one return given one reason are one item (the CLI's list, the pane's preview and 收集情况 alike): 200 rows naming an outlet 媒体名录 lacks read as one line.
import { collectItemLine, collectItems, collectSheet, groupedNotes, rowRuns } from '../../src/core/returns';
import type { CollectResult } from '../../src/core/returns';

const outlet = (media: string) => `媒体“${media}”不在媒体名录中，也未填级别，采用得分按 0 计`;

test('row runs read as a clerk writes them, and a long list ends in 等', () => {
  expect(rowRuns([4, 2, 3, 8, 10, 11, 12])).toBe('2–4、8、10–12');
  expect(rowRuns([7])).toBe('7');
  // every other row of 200: the first 60 listed, then 等
  const odd = Array.from({ length: 100 }, (_, i) => 2 * i + 3);
  expect(rowRuns(odd)).toBe(`${odd.slice(0, 60).join('、')}等`);
  expect(rowRuns(Array.from({ length: 199 }, (_, i) => i + 2))).toBe('2–200');
});

test('notes of one file, unit and reason are grouped in the order first given; other notes stay as they are', () => {
  const notes = [
    { file: '市民政局-填报表.xlsx', row: 2, unit: '市民政局', reason: outlet('六安新闻网') },
    { file: '市民政局-填报表.xlsx', row: 3, unit: '市民政局', reason: outlet('新华网') },
    { file: '市民政局-填报表.xlsx', row: 4, unit: '市民政局', reason: outlet('六安新闻网') },
    { file: '市民政局-填报表.xlsx', row: 0, unit: '市民政局', reason: '文件中没有填报日期' },
    { file: '市财政局-填报表.xlsx', row: 2, unit: '市财政局', reason: outlet('六安新闻网') },
    { file: '市民政局-填报表.xlsx', row: 5, unit: '市民政局', reason: outlet('六安新闻网') },
  ];
  const grouped = groupedNotes(notes);
  expect(grouped.map((n) => [n.file, n.row, n.rows ?? null])).toEqual([
    ['市民政局-填报表.xlsx', 2, [2, 4, 5]],
    ['市民政局-填报表.xlsx', 3, null],
    ['市民政局-填报表.xlsx', 0, null],
    ['市财政局-填报表.xlsx', 2, null],
  ]);
  expect(notes).toHaveLength(6); // the result's own list is not changed
});

test('the CLI line and the 收集情况 sheet name every row of a grouped note and how many', () => {
  const notes = Array.from({ length: 150 }, (_, i) => ({ file: 'r000.xlsx', row: i + 2, unit: '裕安区马铺镇', reason: outlet(i % 3 === 0 ? '新华网' : '六安日报') }));
  const result = {
    period: { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } }, due: { year: 2023, month: 7, day: 7 },
    added: [], duplicates: [], rejected: [], notes, progressApplied: [], progressListed: [], units: [], missing: [], leadCells: [],
  } as unknown as CollectResult;
  const lines = collectItems(result).check.map(collectItemLine);
  expect(lines).toHaveLength(2);
  expect(lines[0]).toBe(`r000.xlsx 第${rowRuns(notes.filter((_, i) => i % 3 === 0).map((n) => n.row))}行（共 50 行）：${outlet('新华网')}`);
  expect(lines[0].startsWith('r000.xlsx 第2、5、8、')).toBe(true);
  expect(lines[1]).toMatch(/^r000\.xlsx 第3–4、6–7、9–10、.*、147–148、150–151行（共 100 行）：媒体“六安日报”/); // 50 runs: all listed
  const sheet = collectSheet(result, '2023-07-03 10:05');
  const texts = sheet.rows.map((r) => r.map((c) => c.value));
  const at = texts.findIndex((r) => r[0] === 'r000.xlsx');
  expect(texts[at].slice(0, 4)).toEqual(['r000.xlsx', '共 50 行', '裕安区马铺镇', `第${rowRuns(notes.filter((_, i) => i % 3 === 0).map((n) => n.row))}行：${outlet('新华网')}`]);
  expect(texts[at + 1][1]).toBe('共 100 行');
  expect(texts.filter((r) => r[0] === 'r000.xlsx')).toHaveLength(2);
});
