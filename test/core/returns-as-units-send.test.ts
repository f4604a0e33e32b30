// Returns as units really send them back (round 11): the form Duban made, filled in Excel or WPS the way clerks do — a row
// added under the 合计 line, the 填写说明 lines deleted, dates typed "2025.6.5" / "6月5日" / "二〇二五年六月五日", a whole
// article pasted into the 标题 cell, the sheet renamed, the same return sent twice under two names. Each expectation was
// written from how a careful clerk at the office reads the file, before running Duban.
import { collectReturns, formSheets, readReturn, ReturnData } from '../../src/core/returns';
import { readReturnedDate } from '../../src/core/returns/returned-dates';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, gridOfSpec, registryGrid, taskGrid } from '../helpers/grids';

const JUNE = { from: d('2025-06-01'), to: d('2025-06-30') };
const master = [
  taskGrid([[1, '开展暑期防溺水安全宣传。', '市教体局', '', '2025年8月31日', '每月不少于2篇'], [2, '宣传学生资助政策。', '市教体局', '', '2025年12月31日', '']]),
  registryGrid(),
  grid('媒体名录', [['媒体名称', '级别', '别名'], ['皖西日报', '市级', ''], ['六安发布', '市级', ''], ['安徽日报', '省级', '']]),
];
const check = checkWorkbook(master, { today: d('2025-07-03'), asOf: d('2025-07-03') });
const FILE = '市教体局-填报表-2025-06-01至2025-06-30.xlsx';

/** The form Duban made for 市教体局, as grids, with 报送登记's rows (from sheet row 2) typed by the clerk. */
function filled(rows: CellValue[][], edit: (sheets: Grid[]) => Grid[] = (s) => s): Grid[] {
  const sheets = formSheets({ unit: '市教体局', campaign: '2025年民生工程宣传', period: JUNE, tasks: check.tasks, mediaNames: ['皖西日报', '六安发布', '安徽日报'] }).map(gridOfSpec);
  const sub = sheets.find((g) => g.name === '报送登记')!;
  const header = sub.rows[0];
  return edit(sheets.map((g) => (g === sub ? { ...g, rows: [header, ...rows] } : g)));
}

const collect = (...returns: ReturnData[]) => collectReturns({
  period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
  returns: returns.map((data) => ({ data, received: d('2025-07-04') })), submissions: [],
});
const ARTICLES: CellValue[][] = [
  ['2025-06-05', '市教体局开展防溺水安全教育进校园', '皖西日报', '市级', '是', 1, 1],
  ['2025-06-12', '市教体局：资助政策暖人心', '六安发布', '市级', '是', 2, 1],
];

test('a row added under the 合计 line is an article: merged, and the 合计 that no longer adds up is said', () => {
  const r = collect(readReturn(filled([
    ...ARTICLES,
    [null, '合计', null, null, null, null, 2],
    ['2025-06-26', '市教体局发布暑期安全提醒', '安徽日报', '省级', '是', 1, 1],
  ]), FILE));
  expect(r.added.map((a) => [a.date, a.title, a.media])).toEqual([
    [d('2025-06-05'), '市教体局开展防溺水安全教育进校园', '皖西日报'],
    [d('2025-06-12'), '市教体局：资助政策暖人心', '六安发布'],
    [d('2025-06-26'), '市教体局发布暑期安全提醒', '安徽日报'],
  ]);
  expect(r.rejected).toEqual([]);
  expect(r.notes.map((n) => [n.row, n.reason])).toEqual([
    [4, '“合计”是合计行，不是一篇稿件，未登记（台账按逐行登记的稿件计数）'],
    [4, '合计写的是 2 篇，表中逐行登记的是 3 篇（合计行下面还登记了 1 行）：按逐行登记的 3 篇计（合计数不作依据）'],
  ]);
});

test('a 合计 that adds up says nothing more than before', () => {
  const r = collect(readReturn(filled([...ARTICLES, [null, '合计', null, null, null, null, 2]]), FILE));
  expect(r.added).toHaveLength(2);
  expect(r.notes.map((n) => n.reason)).toEqual(['“合计”是合计行，不是一篇稿件，未登记（台账按逐行登记的稿件计数）']);
});

test('填写说明 lines deleted from 填报说明, or the sheet deleted whole: the form is still the unit\'s, its 填报日期 still read', () => {
  const withoutLines = readReturn(filled(ARTICLES, (sheets) => sheets.map((g) => g.name !== '填报说明' ? g
    : { ...g, rows: [...g.rows.slice(0, 4), ['2025.7.2']] })), FILE);
  const a = collect(withoutLines);
  expect(a.added).toHaveLength(2);
  expect(a.rejected).toEqual([]);
  expect(a.units.find((u) => u.unit === '市教体局')!.receivedOn).toEqual(d('2025-07-02'));
  const withoutGuide = readReturn(filled(ARTICLES, (sheets) => sheets.filter((g) => g.name !== '填报说明')), FILE);
  const b = collect(withoutGuide);
  expect(b.added).toHaveLength(2);
  expect(b.rejected).toEqual([]);
});

test('dates as typed in Excel or WPS: 2025.6.5, 6月5日, 二〇二五年六月五日, 六月五日', () => {
  expect(readReturnedDate('2025.6.5', JUNE)).toEqual({ date: d('2025-06-05') });
  expect(readReturnedDate('6月5日', JUNE)).toEqual({ date: d('2025-06-05'), note: '日期“6月5日”没有写年份，按填报期间读作 2025-06-05' });
  expect(readReturnedDate('二〇二五年六月五日', JUNE)).toEqual({ date: d('2025-06-05') });
  expect(readReturnedDate('二〇二五年六月二十五日', JUNE)).toEqual({ date: d('2025-06-25') });
  expect(readReturnedDate('2025年6月5号', JUNE)).toEqual({ date: d('2025-06-05') });
  expect(readReturnedDate('六月五日', JUNE)).toEqual({ date: d('2025-06-05'), note: '日期“六月五日”没有写年份，按填报期间读作 2025-06-05' });
  // a month in words without its day is still no date
  expect(readReturnedDate('二〇二五年六月', JUNE)).toHaveProperty('reject');
});

const ARTICLE_TITLE = '市教体局开展防溺水安全教育进校园';
const ARTICLE_BODY = [
  '6月5日，市教体局联合市消防救援支队走进城北小学，开展防溺水安全教育进校园活动，全校1200余名师生参加。',
  '活动中，消防员结合典型案例，讲解了“六不”防溺水要求和遇险自救方法，并现场演示了心肺复苏。',
  '下一步，市教体局将持续开展暑期安全教育，切实筑牢学生安全防线。',
];

test('a whole article pasted into the 标题 cell: its first line is the title, said; a cell of body text alone is sent back', () => {
  const r = collect(readReturn(filled([
    ['2025-06-05', [ARTICLE_TITLE, ...ARTICLE_BODY].join('\n'), '皖西日报', '市级', '是', 1, 1],
    ['2025-06-06', ARTICLE_BODY.join('\n'), '六安发布', '市级', '是', 1, 1],
    // a title wrapped by hand inside the cell stays one title (round 6)
    ['2025-06-07', '市教体局：\n资助政策暖人心', '六安发布', '市级', '是', 2, 1],
  ]), FILE));
  expect(r.added.map((a) => a.title)).toEqual([ARTICLE_TITLE, '市教体局：资助政策暖人心']);
  const body = ARTICLE_BODY.join('').length;
  expect(r.notes.map((n) => [n.row, n.reason])).toEqual([
    [2, `标题格中粘贴了整篇稿件（标题下还有 ${body} 字正文），按第一行“${ARTICLE_TITLE}”登记为标题`],
  ]);
  expect(r.rejected.map((n) => [n.row, n.reason])).toEqual([
    [3, `标题格中是正文（“${ARTICLE_BODY[0].slice(0, 20)}……”），没有标题：请只填写稿件标题`],
  ]);
});

test('报送登记 renamed by the clerk: read by its header, said so', () => {
  const r = collect(readReturn(filled(ARTICLES, (sheets) => sheets.map((g) => (g.name === '报送登记' ? { ...g, name: '6月份信息报送' } : g))), FILE));
  expect(r.added).toHaveLength(2);
  expect(r.notes.map((n) => n.reason)).toEqual(['“报送登记”表被改名为“6月份信息报送”，已按表头读取']);
});

test('the same return sent twice under two file names: counted once, the second file named as the same form', () => {
  const first = readReturn(filled(ARTICLES), FILE);
  const again = readReturn(filled(ARTICLES), '市教体局6月信息报送（终版）.xlsx');
  const r = collect(first, again);
  expect(r.added).toHaveLength(2);
  expect(r.rejected).toEqual([]);
  expect(r.duplicates).toEqual([]);
  expect(r.notes.map((n) => [n.file, n.row, n.reason])).toEqual([
    ['市教体局6月信息报送（终版）.xlsx', 0, `与“${FILE}”内容相同（同一份填报表发了两次），只计一次`],
  ]);
});

test('a second file that adds a row to the first: the new row merged, the rows already sent named against the first file', () => {
  const first = readReturn(filled(ARTICLES), FILE);
  const more = readReturn(filled([...ARTICLES, ['2025-06-26', '市教体局发布暑期安全提醒', '安徽日报', '省级', '是', 1, 1]]), '市教体局-填报表-2025-06-01至2025-06-30(1).xlsx');
  const r = collect(first, more);
  expect(r.added.map((a) => a.title)).toEqual(['市教体局开展防溺水安全教育进校园', '市教体局：资助政策暖人心', '市教体局发布暑期安全提醒']);
  expect(r.duplicates.map((n) => [n.row, n.reason])).toEqual([
    [2, `与同批收到的“${FILE}”第 2 行相同（2025-06-05《市教体局开展防溺水安全教育进校园》，皖西日报），只计一次`],
    [3, `与同批收到的“${FILE}”第 3 行相同（2025-06-12《市教体局：资助政策暖人心》，六安发布），只计一次`],
  ]);
});

test('WPS "创建副本": the rows typed into “报送登记 (2)” while the original stays blank are read from the copy, said so', () => {
  const r = collect(readReturn(filled([], (sheets) => {
    const original = sheets.find((g) => g.name === '报送登记')!;
    const copy = { ...original, name: '报送登记 (2)', rows: [original.rows[0], ...ARTICLES] };
    const at = sheets.indexOf(original);
    return [...sheets.slice(0, at + 1), copy, ...sheets.slice(at + 1)];
  }), FILE));
  expect(r.added.map((a) => a.title)).toEqual(['市教体局开展防溺水安全教育进校园', '市教体局：资助政策暖人心']);
  expect(r.rejected).toEqual([]);
  expect(r.notes.map((n) => n.reason)).toEqual(['“报送登记”表是空的，稿件登记在“报送登记 (2)”表中：已按“报送登记 (2)”读取']);
});

test('the table copied into a workbook of the unit\'s own (one sheet, no 填报说明): whose it is comes from the file name', () => {
  const sheets = filled(ARTICLES);
  const table = sheets.find((g) => g.name === '报送登记')!;
  const r = collect(readReturn([{ ...table, name: 'Sheet1' }], '市教体局6月信息报送.xlsx'));
  expect(r.added.map((a) => [a.unit, a.title])).toEqual([['市教体局', '市教体局开展防溺水安全教育进校园'], ['市教体局', '市教体局：资助政策暖人心']]);
  expect(r.rejected).toEqual([]);
});

test('beside a blank 报送登记, last month\'s sheet kept by the clerk is not read for this month: named, as before', () => {
  const r = collect(readReturn(filled([], (sheets) => {
    const original = sheets.find((g) => g.name === '报送登记')!;
    return [...sheets, { ...original, name: '5月报送登记', rows: [original.rows[0], ['2025-05-20', '市教体局五月稿件', '皖西日报', '市级', '是', 1, 1]] }];
  }), FILE));
  expect(r.added).toEqual([]);
  expect(r.rejected).toEqual([]);
  // (round 12: said as the 报送登记 table it is, with its rows counted and none of them this month's)
  expect(r.notes.map((n) => n.reason)).toEqual(['另有“5月报送登记”表也是报送登记表（登记了 1 行，日期都不在本期内），未读取：本期的稿件请登记在“报送登记”表']);
});

test('a nil return (本月无稿件 written in the first row): no article, nothing sent back, the form counted as returned, said', () => {
  for (const written of [['本月无信息报送'], [null, '无'], ['无', '无', '无'], [null, '本期无']] as CellValue[][]) {
    const r = collect(readReturn(filled([written]), FILE));
    expect(r.added).toEqual([]);
    expect(r.rejected).toEqual([]);
    expect(r.units.find((u) => u.unit === '市教体局')!.returned).toBe(true);
    expect(r.notes.map((n) => [n.row, n.reason])).toEqual([[2, '单位填写本期没有稿件（“' + written.find((c) => c)! + '”），不是一篇稿件，未登记']]);
  }
});

test('a corrected form sent again (one title mended): both versions are merged — Duban cannot tell a correction from a new piece — and that is said on the second file', () => {
  const first = readReturn(filled(ARTICLES), FILE);
  const mended = readReturn(filled([['2025-06-05', '市教体局开展防溺水安全教育进校园活动', '皖西日报', '市级', '是', 1, 1], ARTICLES[1]]), '市教体局-填报表（更正）.xlsx');
  const r = collect(first, mended);
  expect(r.added.map((a) => a.title)).toEqual(['市教体局开展防溺水安全教育进校园', '市教体局：资助政策暖人心', '市教体局开展防溺水安全教育进校园活动']);
  expect(r.duplicates.map((n) => [n.file, n.row])).toEqual([['市教体局-填报表（更正）.xlsx', 3]]);
  expect(r.notes.map((n) => [n.file, n.row, n.reason])).toEqual([
    ['市教体局-填报表（更正）.xlsx', 0, `与同一单位的“${FILE}”同为本期填报表：1 行相同（只计一次），本文件另有 1 行、“${FILE}”另有 1 行，都已登记：如本文件是更正后重发的，请在台账中删去被更正的旧行`],
  ]);
});
