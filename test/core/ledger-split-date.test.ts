// A 报送台账 dated in two columns, 月 | 日, the year in its title or sheet name (expectations written from the layouts, before
// running Duban). The layout is the one 柳州日报社 asks its correspondents to keep (2010 积极通讯员评选,
// https://www.yybnet.net/liuzhou/news/201012/1194433.html: "按格式填写见报篇目统计表" — the list 月 | 日 | 报名 | 版次 | 标题 |
// 体裁 | 字数). An office that keeps its 台账 that way adds the unit beside the title (the correspondent's form has it in the
// block over the list) and writes the year once, in the title ("2010年见报篇目统计表"), or names the sheet after the year;
// a hand-kept 登记簿 writes the month once for its block, or merges it down. What the office reads: each row a piece on the
// day 月 + 日 of the title's year. Round 9 could not read it (no year) and said so; now the year is taken from the title,
// else the sheet name, and only a ledger that names no year — or several, "2023—2024年度" — is said to be unreadable.
import { buildReport } from '../../src/core/scoring/report';
import { collectWrites } from '../../src/core/returns/apply';
import { CollectResult, NewLedgerRow } from '../../src/core/returns/collect';
import { CellValue } from '../../src/core/sheets/grid';
import { readLedger } from '../../src/core/sheets/ledger-sheet';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { planComputedColumns } from '../../src/core/validation/computed-columns';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const n = null;
const media = grid('媒体名录', [['媒体名称', '级别'], ['柳州日报', '市级'], ['柳州晚报', '市级'], ['广西日报', '省级']]);
const none = new MediaDirectory([]);

// the 见报篇目统计表 list kept as the office's ledger: the month written when it changes (6 once, then 7 once)
const liuzhou = grid('报送台账', [
  ['2010年见报篇目统计表'],
  ['月', '日', '单位', '报名', '版次', '标题', '体裁', '字数'],
  [6, 3, '市教体局', '柳州日报', 2, '暑期学生安全教育全覆盖', '消息', 800],
  [n, 12, '市文旅局', '柳州晚报', 5, '一位非遗传承人的三十年', '通讯', 1500],
  [n, 20, '市教体局', '广西日报', 4, '让每个孩子都有书读', '言论', 600],
  [7, 1, '金安区', '柳州日报', 1, '防汛演练进社区', '消息', 500],
] as CellValue[][]);

test('a 月 | 日 ledger with the year in its title: each row dated in that year, the month carried down its block', () => {
  const r = buildReport([taskGrid([[1, '开设专栏。', '市教体局', '', '2010年12月31日', '每月不少于2篇']]), registryGrid(), media, liuzhou],
    { today: d('2010-07-05'), year: 2010, asOf: d('2010-06-30'), period: { from: d('2010-06-01'), to: d('2010-06-30') } });
  expect(r.ledger.sheet).toBe('报送台账');
  expect(r.ledger.entries.map((e) => [e.row, e.date, e.unit, e.media, e.level, e.title])).toEqual([
    [3, d('2010-06-03'), '市教体局', '柳州日报', '市级', '暑期学生安全教育全覆盖'],
    [4, d('2010-06-12'), '市文旅局', '柳州晚报', '市级', '一位非遗传承人的三十年'],
    [5, d('2010-06-20'), '市教体局', '广西日报', '省级', '让每个孩子都有书读'],
    [6, d('2010-07-01'), '金安区人民政府', '柳州日报', '市级', '防汛演练进社区'],
  ]);
  expect(r.issues.filter((i) => i.sheet === '报送台账')).toEqual([]);
  // June: 市教体局 two pieces, 市文旅局 one; 金安区's July piece is not June's
  const june: Record<string, number> = {};
  for (const e of r.ledger.entries.filter((x) => x.date.month === 6)) june[e.unit] = (june[e.unit] ?? 0) + e.count;
  expect(june).toEqual({ 市教体局: 2, 市文旅局: 1 });
});

test('the year from the sheet name; 日期 merged over 月 | 日; a month merged down; a 年 column', () => {
  const byName = readLedger([grid('2023年', [['月', '日', '报送单位', '信息标题', '采用媒体', '是否采用'], ['6月', '5日', '市教体局', '资助政策进万家', '皖西日报', '是']])], null, none);
  expect(byName.entries.map((e) => e.date)).toEqual([d('2023-06-05')]);
  // a printed 登记簿's two-row header: 日期 over 月 | 日, the month merged over its block
  const twoRows = grid('登记簿', [
    ['2023年信息报送登记簿'],
    ['日期', n, '报送单位', '信息标题', '是否采用'],
    ['月', '日', n, n, n],
    [6, 5, '市教体局', '资助政策进万家', '是'],
    [n, 28, '市文旅局', '非遗展演进社区', '否'],
  ] as CellValue[][], [{ top: 1, left: 0, bottom: 1, right: 1 }, { top: 3, left: 0, bottom: 4, right: 0 }]);
  const merged = readLedger([twoRows], null, none);
  expect(merged.entries.map((e) => [e.row, e.date, e.title])).toEqual([[4, d('2023-06-05'), '资助政策进万家'], [5, d('2023-06-28'), '非遗展演进社区']]);
  expect(merged.issues).toEqual([]);
  // a 年 column says each row's year (a 登记簿 kept across the new year), whatever the title
  const yearly = readLedger([grid('报送台账', [['年', '月', '日', '单位', '标题'], [2023, 12, 28, '市教体局', '岁末走访'], [2024, 1, 3, '市教体局', '新年第一课']])], null, none);
  expect(yearly.entries.map((e) => e.date)).toEqual([d('2023-12-28'), d('2024-01-03')]);
});

test('a day that is no date and a month without its day are bad dates, at the 月 cell', () => {
  const ledger = readLedger([grid('报送台账', [
    ['2023年信息报送登记簿'], ['月', '日', '报送单位', '信息标题'],
    [6, 31, '市教体局', '资助政策进万家'], [7, n, '市文旅局', '非遗展演进社区'], [n, 9, '市文旅局', '上面没有月份'],
  ] as CellValue[][])], null, none);
  expect(ledger.entries).toEqual([]);
  expect(ledger.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
    ['LEDGER_BAD_DATE', 'A3', '报送日期“6月31日”（2023年）不是有效日期。'],
    ['LEDGER_BAD_DATE', 'A4', '报送日期“7月”只有月份，没有写日：请在“日”列补上。'],
    ['LEDGER_BAD_DATE', 'A5', '报送日期“9日”没有写月份，上面也没有可沿用的月份：请在“月”列补上。'],
  ]);
});

test('no year in the title or name, or two: not read, and said which', () => {
  const noYear = readLedger([grid('报送台账', [['信息报送登记簿'], ['月', '日', '报送单位', '信息标题'], [6, 5, '市教体局', '资助政策进万家']])], null, none);
  expect(noYear.sheet).toBeNull();
  expect(noYear.issues.map((i) => [i.code, i.cell, i.message])).toEqual([
    ['HEADER_NOT_FOUND', 'A2', '“报送台账”表的日期分成了“月”“日”两列，标题和表名都没有写是哪一年，读不出完整日期：请在标题中写明年份（如“2023年信息报送登记簿”），或加一列“年”，或加一列“日期”写完整日期（如 2023-06-05）。此表未作为台账读取，各单位报送数按 0 计。'],
  ]);
  const two = readLedger([grid('报送台账', [['2023—2024年度信息报送登记簿'], ['月', '日', '报送单位', '信息标题'], [12, 5, '市教体局', '资助政策进万家']])], null, none);
  expect(two.issues.map((i) => i.message)).toEqual([
    '“报送台账”表的日期分成了“月”“日”两列，标题写了 2023、2024 2 个年份，不知每行是哪一年，读不出完整日期：请在标题中写明年份（如“2023年信息报送登记簿”），或加一列“年”，或加一列“日期”写完整日期（如 2023-06-05）。此表未作为台账读取，各单位报送数按 0 计。',
  ]);
});

test('collect writes a row\'s month and day into the 月 | 日 ledger; a row of another year than the title\'s is refused whole', () => {
  const row = (iso: string) => ({ date: d(iso), unit: '市教体局', title: '新的一篇', media: '柳州日报', level: '市级', adopted: true, taskSeq: '', count: 1, source: '市教体局.xlsx' }) as unknown as NewLedgerRow;
  const result = (rows: NewLedgerRow[]) => ({ added: rows, progressApplied: [], leadCells: [] }) as unknown as CollectResult;
  const writes = collectWrites([liuzhou], result([row('2010-06-25')]));
  const cells = new Map(writes.sheets[0].updates.map((u) => [u.cell, u.value]));
  // row 7, under the last: A 月 6, B 日 25, C 单位, D 报名 (the outlet), F 标题; 来源 added after 字数 (I)
  expect([cells.get('A7'), cells.get('B7'), cells.get('C7'), cells.get('D7'), cells.get('F7'), cells.get('I2'), cells.get('I7')])
    .toEqual([6, 25, '市教体局', '柳州日报', '新的一篇', '来源', '市教体局.xlsx']);
  const late = collectWrites([liuzhou], result([row('2011-01-04')]));
  expect(late.sheets).toEqual([]);
  expect(late.problem).toBe('报送台账“报送台账”按“月”“日”登记，年份取自标题（2010年），收集的稿件有 2011 年的，写入后会被当作 2010 年：请为新的一年另建台账，或在台账中加一列“年”');
});

test('添加计算列 plans no 已报送 column over a 月 | 日 ledger (COUNTIFS has no date column to bound the period)', () => {
  const ledger = grid('报送台账', [['2023年信息报送登记簿'], ['月', '日', '单位', '标题', '任务序号'], [6, 5, '市教体局', '资助政策进万家', 1]] as CellValue[][]);
  const grids = [taskGrid([[1, '开设专栏。', '市教体局', '', '2023年12月31日', '每月不少于2篇']]), registryGrid(), ledger];
  const r = buildReport(grids, { today: d('2023-07-03'), year: 2023, asOf: d('2023-06-30') });
  expect(r.ledger.entries).toHaveLength(1);
  const plan = planComputedColumns(grids, r.check, r.ledger)!;
  expect(plan.headers.map((h) => h.text)).toEqual(['应完成(每单位)', '督办状态']);
});

test('月份 | 日期 with the day under 日期 is a 月 | 日 ledger; a 月份 helper beside full dates is not; a day alone in 日期 is no date of 1900', () => {
  const days = readLedger([grid('2023年报送台账', [['月份', '日期', '报送单位', '信息标题'], [6, 5, '市教体局', '资助政策进万家'], [6, '12日', '市文旅局', '非遗展演进社区']])], null, none);
  expect(days.entries.map((e) => e.date)).toEqual([d('2023-06-05'), d('2023-06-12')]);
  const helper = readLedger([grid('报送台账', [['月份', '日期', '单位', '标题'], [6, '2023-06-05', '市教体局', '资助政策进万家']])], null, none);
  expect(helper.entries.map((e) => e.date)).toEqual([d('2023-06-05')]);
  // before, 5 read as the serial 5 — 1900-01-05 — and the row fell out of every period without a word
  const dayOnly = readLedger([grid('报送台账', [['日期', '单位', '标题'], [5, '市教体局', '资助政策进万家']])], null, none);
  expect(dayOnly.entries).toEqual([]);
  expect(dayOnly.issues.map((i) => [i.code, i.cell, i.message])).toEqual([['LEDGER_BAD_DATE', 'A2', '报送日期“5”不是完整日期（像是只写了日）：请写年月日（如 2023-06-05）。']]);
});

// The same offices write "6月5日" in a 日期 column and the year once, in the title: the title's year dates it (round 8 said
// "没有写年份" for each such date even when the title named the year); without a year anywhere it is said, and how to add it.
test('a 日期 written "6月5日" is in the year the title or sheet name gives; a number like 6.2 is said as a number', () => {
  const titled = readLedger([grid('报送台账', [['2023年信息报送登记簿'], ['日期', '报送单位', '信息标题'], ['6月5日', '市教体局', '资助政策进万家'], ['2023-06-12', '市文旅局', '非遗展演进社区']])], null, none);
  expect(titled.entries.map((e) => e.date)).toEqual([d('2023-06-05'), d('2023-06-12')]);
  expect(titled.issues).toEqual([]);
  const untitled = readLedger([grid('报送台账', [['日期', '报送单位', '信息标题'], ['6月5日', '市教体局', '资助政策进万家'], [6.2, '市文旅局', '非遗展演进社区']])], null, none);
  expect(untitled.issues.map((i) => i.message)).toEqual([
    '报送日期“6月5日”没有写年份，读不出是哪一年：请补上年份（或在表头上方的标题中写明年份，如“2023年信息报送登记簿”）。',
    '报送日期“6.2”是一个数，不是日期（如“6.20”输入后存成了 6.2）：请写年月日（如 2023-06-20）。',
  ]);
});

// A 登记簿 kept through a 考核年度 that starts in 8月 (the scoring corpus has them: 8月至次年7月) goes from 12月 back to 1月:
// the title's one year cannot say which year each row is (a 考核年度 is named by either of its years), so the rows are read
// as written and the crossing is said once, at the first row after it; a late entry a few months back says nothing.
test('a 月 | 日 ledger that goes back from 12月 to 1月 is said to cross a year; a late entry of an earlier month is not', () => {
  const crossing = readLedger([grid('报送台账', [
    ['2023年度信息报送登记簿'], ['月', '日', '报送单位', '信息标题'],
    [11, 28, '市教体局', '冬季校园安全'], [12, 20, '市教体局', '岁末走访'], [1, 5, '市文旅局', '新年第一场演出'],
  ] as CellValue[][])], null, none);
  expect(crossing.entries.map((e) => e.date)).toEqual([d('2023-11-28'), d('2023-12-20'), d('2023-01-05')]);
  expect(crossing.issues.map((i) => [i.code, i.severity, i.cell, i.message])).toEqual([
    ['LEDGER_YEAR_UNCLEAR', 'warning', 'A5', '台账按“月”“日”登记，月份从 12 月回到了 1 月（A5），像是跨了年：标题或表名只写了 2023 年，A5 起的行仍按 2023 年读取，可能不对。请加一列“年”写明每行的年份，或把新一年的行另建一张台账。'],
  ]);
  const late = readLedger([grid('报送台账', [['2023年信息报送登记簿'], ['月', '日', '报送单位', '信息标题'], [6, 28, '市教体局', '甲'], [7, 3, '市教体局', '乙'], [5, 30, '市文旅局', '补登的一篇']] as CellValue[][])], null, none);
  expect(late.issues).toEqual([]);
});
