// Units a table gives once for several rows: 同上, 同上 plus units, 同第N项, 下同, 以下各项均由…牵头 — read as the clerk reads them.
import { carryUnitCells, unitsBeforeRemark } from '../../src/core/units/carried-units';
import { checkWorkbook } from '../../src/core/validation/validate';
import { measuresFromTable } from '../../src/core/plans/plan-table';
import { TODAY, grid } from '../helpers/grids';

const cells = (texts: readonly string[], seqs?: readonly string[]) =>
  texts.map((text, i) => ({ row: i + 1, text, cell: `C${i + 2}`, ...(seqs ? { seq: seqs[i] } : {}) }));

// 呼包鄂乌 2023 (test/fixtures/real/huhebaoewu-2023-yitihua): 下同 of 按职责分工负责, and units "四市或部分市" no definite set
const HUBAOEWU = '(责任单位:自治区发展改革委、财政厅,中国铁路呼和浩特局集团有限公司,四市人民政府按职责分工负责,下同。以下各项任务均涉及四市或部分市人民政府,不再列出)';
// 数智贵州 2026 (test/fixtures/real/guizhou-2026-shuzhi-yaodian): units every task below shares
const GUIZHOU = '(责任单位:省大数据局、省工业和信息化厅,各市〔州〕、贵安新区数据管理部门。除专门列出外,以下任务均涉及各市〔州〕、贵安新区数据管理部门,不再重复)';

describe('a cell without its remark', () => {
  test.each([
    [HUBAOEWU, '责任单位:自治区发展改革委、财政厅,中国铁路呼和浩特局集团有限公司,四市人民政府按职责分工负责'],
    [GUIZHOU, '责任单位:省大数据局、省工业和信息化厅,各市〔州〕、贵安新区数据管理部门'],
    // 厦门 2019: the note in brackets is no remark on the units
    ['市发改委、市财政局(第一责任单位为牵头单位,下同)', '市发改委、市财政局(第一责任单位为牵头单位,下同)'],
    ['市民政局', '市民政局'],
  ])('%s', (text, own) => expect(unitsBeforeRemark(text)).toBe(own));
});

describe('同上 and 同第N项', () => {
  test('同上 is the row above, 同上 with more units is both, and says where from', () => {
    const out = carryUnitCells(cells(['市发改委、市财政局', '同上', '同上，市自然资源局', '市教育局']));
    expect(out.map((o) => o.text)).toEqual(['市发改委、市财政局', '市发改委、市财政局', '市发改委、市财政局，市自然资源局', '市教育局']);
    expect(out[1].from).toEqual({ row: 2, cell: 'C2', words: '同上', mode: 'replace', units: '市发改委、市财政局' });
    expect(out[0].from).toBeUndefined();
    expect(out[3].from).toBeUndefined();
  });
  test('同上 under a 同上 goes back to the units written', () => {
    const out = carryUnitCells(cells(['县民政局', '同上', '同上。', '〃']));
    expect(out.map((o) => o.text)).toEqual(['县民政局', '县民政局', '县民政局', '县民政局']);
    expect(out[3].from?.row).toBe(4);
  });
  test('同上 with nothing above names nothing', () => {
    const out = carryUnitCells(cells(['同上', '', '同上，县财政局']));
    expect(out[0]).toEqual({ text: '', unresolved: '同上' });
    expect(out[2]).toEqual({ text: '县财政局', unresolved: '同上' });
  });
  test('同第N项 is that item\'s units, by 序号', () => {
    const out = carryUnitCells(cells(['市委宣传部', '市文明办', '责任单位同第1项', '同第二项'], ['1', '2', '3', '4']));
    expect(out.map((o) => o.text)).toEqual(['市委宣传部', '市文明办', '市委宣传部', '市文明办']);
    expect(out[2].from?.words).toBe('责任单位同第1项');
    expect(carryUnitCells(cells(['市委宣传部', '同第9项'], ['1', '2']))[1]).toEqual({ text: '', unresolved: '同第9项' });
  });
  test('a unit whose name starts with 同 is no 同上', () => {
    expect(carryUnitCells(cells(['市教育局', '同济大学附属医院']))[1]).toEqual({ text: '同济大学附属医院' });
  });
});

describe('下同 and remarks for the rows below', () => {
  test('下同 fills the blank cells below until another is written', () => {
    const out = carryUnitCells(cells(['县文明办牵头，各乡镇配合，下同', '', '', '县民政局', '']));
    expect(out.map((o) => o.text)).toEqual(['县文明办牵头，各乡镇配合，下同', '县文明办牵头，各乡镇配合', '县文明办牵头，各乡镇配合', '县民政局', '']);
    expect(out[1].from).toMatchObject({ row: 2, words: '下同' });
    expect(out[4].from).toBeUndefined();
  });
  test('呼包鄂乌 2023: rows with their own units keep them; "四市或部分市" is not carried', () => {
    const out = carryUnitCells(cells([HUBAOEWU, '(责任单位:自治区交通运输厅)']));
    expect(out[1]).toEqual({ text: '(责任单位:自治区交通运输厅)' });
  });
  test('数智贵州 2026: the shared data departments are added to each task below', () => {
    const out = carryUnitCells(cells([GUIZHOU, '(责任单位:省大数据局、贵州大数据集团)']));
    expect(out[0].from).toBeUndefined();
    expect(out[1].text).toBe('责任单位:省大数据局、贵州大数据集团，各市〔州〕、贵安新区数据管理部门');
    expect(out[1].from).toMatchObject({ row: 2, mode: 'add', units: '各市〔州〕、贵安新区数据管理部门' });
  });
  test('a heading "以下各项均由市委宣传部牵头" gives the blank cells after it that lead, until the next part', () => {
    const out = carryUnitCells(
      [{ row: 2, text: '', cell: 'C3' }, { row: 3, text: '市文明办', cell: 'C4' }, { row: 5, text: '', cell: 'C6' }],
      [{ row: 1, text: '一、理论武装(以下各项均由市委宣传部牵头)', cell: 'A2' }, { row: 4, text: '二、精神文明建设', cell: 'A5' }],
    );
    expect(out.map((o) => o.text)).toEqual(['市委宣传部', '市文明办', '']);
    expect(out[0].from).toMatchObject({ row: 2, mode: 'replace', units: '市委宣传部' });
  });
});

describe('duban check reads carried units and says so', () => {
  const sheet = grid('任务分工表', [
    ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
    ['1', '开展理论宣讲', '市委宣传部', '市文明办', '12月底前'],
    ['2', '组织道德模范评选', '同上', '同上，市总工会', '12月底前'],
    ['3', '开展志愿服务', '同第1项', '', '12月底前'],
  ]);
  const result = checkWorkbook([sheet], { today: TODAY, year: 2026 });
  test('the units are the row above\'s, no 同上 taken as a unit', () => {
    expect(result.tasks.map((t) => [t.lead, t.coop])).toEqual([
      [['市委宣传部'], ['市文明办']],
      [['市委宣传部'], ['市文明办', '市总工会']],
      [['市委宣传部'], []],
    ]);
    expect(result.issues.filter((i) => i.code === 'UNKNOWN_UNIT' && i.message.includes('同'))).toEqual([]);
  });
  test('each carried cell has an info issue naming the row it came from', () => {
    const carried = result.issues.filter((i) => i.code === 'UNITS_CARRIED');
    expect(carried.map((i) => i.cell)).toEqual(['C3', 'D3', 'C4']);
    expect(carried[0].message).toContain('第2行');
    expect(carried[0].severity).toBe('info');
  });
  test('a 同上 in the first row is an error naming the cell, no MISSING_LEAD beside it', () => {
    const first = checkWorkbook([grid('任务分工表', [['序号', '工作任务', '牵头单位'], ['1', '开展理论宣讲', '同上']])], { today: TODAY, year: 2026 });
    expect(first.issues.filter((i) => i.severity === 'error').map((i) => [i.code, i.cell])).toEqual([['UNITS_SAME_NOTHING', 'C2']]);
  });
});

describe('duban import writes the carried units into the measures it generates', () => {
  test('同上 and 下同 in a plan\'s table give each measure its units', () => {
    const rows = [
      ['序号', '工作任务', '牵头单位', '配合单位', '完成时限'],
      ['1', '开展理论宣讲', '市委宣传部，下同', '市文明办', '12月底前'],
      ['2', '组织道德模范评选', '', '同上，市总工会', '12月底前'],
      ['3', '开展志愿服务', '市文明办', '同第1项', '12月底前'],
    ];
    const measures = measuresFromTable({ rows, paragraphs: rows.map((_, i) => i + 1) }, 2026, [])!;
    expect(measures.map((m) => [m.lead, m.coop])).toEqual([
      [['市委宣传部'], ['市文明办']],
      [['市委宣传部'], ['市文明办', '市总工会']],
      [['市文明办'], []],
    ]);
  });
});
