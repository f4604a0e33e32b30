// A deadline or leader written 同上 (同上。, 同前, 〃) is the row above's, said where from; one with nothing above is an error at its cell.
import { carryDittoColumn, isSameAbove } from '../../src/core/sheets/ditto';
import { checkWorkbook } from '../../src/core/validation/validate';
import { measuresFromTable } from '../../src/core/plans/plan-table';
import { TODAY, grid } from '../helpers/grids';

// 池州市信访局 政务公开重点任务清单 (test/fixtures/real/chizhou-xfj-zwgk, https://xfj.chizhou.gov.cn/OpennessContent/show/1426818.html):
// row 1 "年底前", rows 2–8 all "持续推进". A clerk typing the list writes the repeats as 同上 (each form she uses below);
// read as she means them, rows 3–6 are ongoing like row 2, never DEADLINE_UNPARSED.
const HEADER = ['序号', '具体要求', '责任科室', '时限要求'];
const CHIZHOU = [
  HEADER,
  [1, '对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。', '办公室', '年底前'],
  [2, '积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。', '各科室', '持续推进'],
  [3, '严格规范政府信息公开专栏,及时、集中、规范发布法定主动公开内容。', '各科室', '同上'],
  [4, '规范做好政府信息公开工作年度报告编制发布工作。', '办公室', '同上。'],
  [5, '依法依规办理政府信息公开申请,做行政复议答复和行政诉讼答辩工作,防范法律风险。', '各科室', '同前'],
  [6, '制定并公开本部门政务公开重点任务清单。', '办公室', '〃'],
];

describe('the 同上 words (one home: sheets/ditto.ts)', () => {
  test.each(['同上', '同上。', '（同上）', '(同上)', '“同上”', '同前', '〃', '”', ' 同 上 '])('%s says "as above"', (t) => expect(isSameAbove(t)).toBe(true));
  test.each(['同上级部门', '同步推进', '', '持续推进', '上半年'])('%s does not', (t) => expect(isSameAbove(t)).toBe(false));
  test('a chain of 同上 goes back to the cell where the value is written; a 同上 under a blank names nothing', () => {
    const out = carryDittoColumn(['6月底前', '同上', '同上', '', '同上'].map((value, i) => ({ row: i + 1, value, cell: `E${i + 2}` })));
    expect(out.map((o) => o.value)).toEqual(['6月底前', '6月底前', '6月底前', '', '同上']);
    expect(out[2].from).toEqual({ row: 2, cell: 'E2', text: '6月底前', words: '同上' });
    expect(out[4].unresolved).toBe('同上');
  });
  test('a date serial above is carried as the date', () => {
    const out = carryDittoColumn([{ row: 1, value: 46022, cell: 'E2' }, { row: 2, value: '同上', cell: 'E3' }]);
    expect(out[1].value).toBe(46022);
  });
});

describe('duban check reads a deadline written 同上', () => {
  const result = checkWorkbook([grid('任务清单', CHIZHOU)], { today: TODAY, year: 2023 });
  test('rows 3–6 are ongoing, as row 2 is', () => {
    expect(result.tasks.map((t) => t.deadline.kind)).toEqual(['date', 'ongoing', 'ongoing', 'ongoing', 'ongoing', 'ongoing']);
    expect(result.issues.filter((i) => i.code === 'DEADLINE_UNPARSED')).toEqual([]);
  });
  test('each carried deadline is said at its own cell, naming the cell it comes from', () => {
    const carried = result.issues.filter((i) => i.code === 'SAME_ABOVE_CARRIED');
    expect(carried.map((i) => i.cell)).toEqual(['D4', 'D5', 'D6', 'D7']);
    expect(carried[0]).toMatchObject({ severity: 'info', message: expect.stringContaining('第3行（D3）的完成时限“持续推进”') });
    expect(carried[1].message).toContain('“同上。”');
  });
  test('a 同上 in the first row is an error naming the cell, with no DEADLINE_UNPARSED beside it', () => {
    const first = checkWorkbook([grid('任务清单', [HEADER, [1, '对行政规范性文件进行全面清理。', '办公室', '同上']])], { today: TODAY, year: 2023 });
    expect(first.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['SAME_ABOVE_NOTHING', 'D2']]);
  });
  test('a dated deadline carried keeps its date checks (overdue), once per row', () => {
    const rows = [HEADER, [1, '清理规范性文件。', '办公室', '2023年6月30日'], [2, '发布年度报告。', '办公室', '同上']];
    const got = checkWorkbook([grid('任务清单', rows)], { today: TODAY, year: 2023 });
    expect(got.tasks.map((t) => t.deadline.kind === 'date' && t.deadline.date)).toEqual([{ year: 2023, month: 6, day: 30 }, { year: 2023, month: 6, day: 30 }]);
  });
});

// 霍山经济开发区 2025年开发区重点工作及责任清单 (huoshan-kfq-2025-zdgz, https://www.ahhuoshan.gov.cn/public/6598161/37968314.html):
// 序号 | 重点工作 | 责任领导 | 责任单位 | 完成时限, each row a leader's name and "全年". Typed by a clerk who writes a repeated leader
// and time as 同上, the second row is 叶林's, all year.
describe('a leader written 同上', () => {
  const rows = [
    ['序号', '重点工作', '责任领导', '责任单位', '完成时限'],
    [1, '坚持服务跟着项目走,优化“重点项目直通车”“无忧办”工作机制。', '叶林', '招商工作部、安商工作部', '全年'],
    [2, '全力推进开发区“空间再造”,推动工业用地“腾笼换鸟”。', '同上', '改革办', '同上'],
  ];
  test('is the row above\'s person, never a person named 同上', () => {
    const got = checkWorkbook([grid('清单', rows)], { today: TODAY, year: 2025 });
    expect(got.tasks.map((t) => [t.leaders, t.deadline.kind])).toEqual([[['叶林'], 'ongoing'], [['叶林'], 'ongoing']]);
    expect(got.issues.filter((i) => i.code === 'SAME_ABOVE_CARRIED').map((i) => [i.cell, i.message])).toEqual([
      ['C3', expect.stringContaining('第2行（C2）的领导“叶林”')], ['E3', expect.stringContaining('第2行（E2）的完成时限“全年”')],
    ]);
  });
  test('at the top it names nobody, and says so', () => {
    const got = checkWorkbook([grid('清单', [rows[0], [1, '坚持服务跟着项目走。', '同上', '招商工作部', '全年']])], { today: TODAY, year: 2025 });
    expect(got.tasks[0].leaders).toEqual([]);
    expect(got.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['SAME_ABOVE_NOTHING', 'C2']]);
  });
});

describe('duban import writes the carried deadline', () => {
  test('同上 in a plan\'s table is the row above\'s time', () => {
    const rows = CHIZHOU.map((r) => r.map(String));
    const measures = measuresFromTable({ rows, paragraphs: rows.map((_, i) => i + 1) }, 2023, [])!;
    expect(measures.map((m) => m.deadline.text)).toEqual(['年底前', '持续推进', '持续推进', '持续推进', '持续推进', '持续推进']);
  });
});
