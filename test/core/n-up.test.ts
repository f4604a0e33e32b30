// Tables printed n-up (单位 | 目标分数 | 单位 | 目标分数): told from a header with two unit columns, read block by block at their true cells.
import { checkWorkbook } from '../../src/core/validation/validate';
import { checkJson } from '../../src/core/validation/check-json';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { detectTaskHeader } from '../../src/core/sheets/header-roles';
import { repeatedBlocks } from '../../src/core/sheets/n-up';
import { readPlan } from '../../src/core/plans';
import { buildReport } from '../../src/core/scoring/report';
import { planComputedColumns } from '../../src/core/validation/computed-columns';
import { TODAY, d, grid } from '../helpers/grids';

const json = (grids: Grid[], asOf = '2009-04-16', year = 2009) => checkJson(checkWorkbook(grids, { today: TODAY, asOf: d(asOf), year }), 'x.xlsx');
const blocksOf = (rows: CellValue[][]) => detectTaskHeader(grid('Sheet1', rows)).header?.blocks;

describe('the rule: a header whose roles repeat as a whole block', () => {
  test('A B | A B, A B C | A B C | A B C, after a blank column, with a spacer column and with a shared 备注 after the blocks', () => {
    const u = 'unit' as const;
    const o = 'other' as const;
    expect(repeatedBlocks(['单位', '目标分数', '单位', '目标分数'], [u, o, u, o])).toEqual({ start: 0, width: 2, count: 2 });
    expect(repeatedBlocks(['序号', '单位', '任务数', '序号', '单位', '任务数', '序号', '单位', '任务数'], [o, u, o, o, u, o, o, u, o]))
      .toEqual({ start: 0, width: 3, count: 3 });
    expect(repeatedBlocks(['', '单位', '篇数', '单位', '篇数'], [null, u, o, u, o])).toEqual({ start: 1, width: 2, count: 2 });
    expect(repeatedBlocks(['单位', '篇数', '', '单位', '篇数'], [u, o, null, u, o])).toEqual({ start: 0, width: 3, count: 2 });
    expect(repeatedBlocks(['单位', '篇数', '单位', '篇数', '备注'], [u, o, u, o, o])).toEqual({ start: 0, width: 2, count: 2 });
  });
  test('a block must name a unit column and another: a title merged across, units alone or no unit do not repeat as tables', () => {
    expect(repeatedBlocks(['分工表', '分工表', '分工表', '分工表'], ['other', 'other', 'other', 'other'])).toBeNull();
    expect(repeatedBlocks(['牵头单位', '配合单位', '牵头单位', '配合单位'], ['unit', 'unit', 'unit', 'unit'])).toBeNull();
    expect(repeatedBlocks(['主动', '依申请', '主动', '依申请'], ['other', 'other', 'other', 'other'])).toBeNull();
  });
});

describe('headers of the corpus with two unit columns are one table, never two-up', () => {
  // test/fixtures/real: lanzhou-2010-duijie, zhonglou-2021-minsheng, gangcheng-2021-fgf, chuzhou-2020-zdgz, ningbo-2014-minsheng
  test.each([
    [['序号', '事项', '负责领导', '牵头单位', '配合单位', '工作要求']],
    [['序号', '项目名称', '主要内容', '区政府分管领导', '牵头单位', '配合单位']],
    [['序号', '工作任务', '牵头单位', '责任单位']],
    [['序号', '工作任务', '牵头负责领导', '牵头责任单位', '协同责任单位']],
    [['序号', '实事项目', '牵头领导', '责任单位', '项目责任人', '配合单位']],
  ])('%j', (header) => {
    const row = header.map((h, c) => (c === 0 ? 1 : /单位/.test(h) ? '市发改委' : /领导|责任人/.test(h) ? '张三' : '推进重点项目建设'));
    const found = detectTaskHeader(grid('Sheet1', [header, row])).header;
    expect(found?.blocks).toBeUndefined();
    expect(found?.columns.coop).toBeDefined();
  });
  test('牵头单位 | 配合单位 under one merged 责任单位 (a header of two rows) is one table', () => {
    const g = grid('Sheet1', [
      ['序号', '工作任务', '责任单位', null, '完成时限'],
      [null, null, '牵头单位', '配合单位', null],
      [1, '推进重点项目建设', '市发改委', '市财政局', '2023年12月底'],
    ], [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 4, bottom: 1, right: 4 }]);
    const found = detectTaskHeader(g).header!;
    expect(found.blocks).toBeUndefined();
    expect([found.columns.lead, found.columns.coop]).toEqual([2, 3]);
  });
});

describe('达州 2009 政务信息目标任务 (达市府办〔2009〕25号): 单 位 | 目标分数 | 单 位 | 目标分数', () => {
  const rows = (): CellValue[][] => [
    ['2009年度全市政务信息目标任务考核办法'],
    ['一、县(市、区)目标分数'],
    ['单 位', '目标分数', '单 位', '目标分数'],
    ['通川区', 150, '达县', 150],
    ['万源市', 150, '宣汉县', 150],
    ['开江县', 150, null, null],
    ['二、市级部门目标任务'],
    ['单 位', '目标分数', '单 位', '目标分数'],
    ['市发展改革委', 30, '市经委', 20],
    ['市教育局', 20, '市科技局', 20],
  ];
  test('read down the left block, then down the right one, section by section; the empty end of the last block is no row', () => {
    expect(blocksOf(rows())).toEqual({ start: 0, width: 2, count: 2 });
    const j = json([grid('Sheet1', rows())]);
    expect(j.tasks.map((t) => [`${t.row}/${t.block}`, t.section, t.lead[0]])).toEqual([
      ['4/1', '一、县(市、区)目标分数', '通川区'], ['5/1', '一、县(市、区)目标分数', '万源市'], ['6/1', '一、县(市、区)目标分数', '开江县'],
      ['4/2', '一、县(市、区)目标分数', '达县'], ['5/2', '一、县(市、区)目标分数', '宣汉县'],
      ['9/1', '二、市级部门目标任务', '市发展改革委'], ['10/1', '二、市级部门目标任务', '市教育局'],
      ['9/2', '二、市级部门目标任务', '市经委'], ['10/2', '二、市级部门目标任务', '市科技局'],
    ]);
    expect(j.tasks.every((t) => t.task === '2009年度全市政务信息目标任务考核办法' && t.coop.length === 0)).toBe(true);
    expect(j.skipped.map((s) => [s.row, s.reason])).toEqual([[7, 'section'], [8, 'repeated-header']]);
    expect(j.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('each finding points at the cell of its own block', () => {
    const g = rows();
    g[4] = ['万源市', 150, '市直有关部门', 150]; // a vague name in the right block
    const j = json([grid('Sheet1', g)]);
    expect(j.issues.filter((i) => i.code === 'UNIT_VAGUE').map((i) => i.cell)).toEqual(['C5']);
    const r = checkWorkbook([grid('Sheet1', g)], { today: TODAY, asOf: d('2009-04-16'), year: 2009 });
    expect(r.tasks.filter((t) => t.block === 2).map((t) => t.cells.lead)).toEqual(['C4', 'C5', 'C9', 'C10']);
    expect(r.tasks.filter((t) => t.block === 1).map((t) => t.cells.quota)).toEqual(['B4', 'B5', 'B6', 'B9', 'B10']);
    // the target is shown with the unit its header names, as the printed table means it
    expect(r.tasks[0].quotaText).toBe('150分');
  });
});

describe('other layouts printed n-up', () => {
  test('three-up with 序号 in each block and counts with their unit: each block its own numbers, its quota at its own cell', () => {
    const j = json([grid('Sheet1', [
      ['2023年民生工程信息报送任务分配表'],
      ['序号', '单位', '任务数', '序号', '单位', '任务数', '序号', '单位', '任务数'],
      [1, '县教体局', '5条', 3, '县卫健委', '3条', 5, '县民政局', '适量'],
      [2, '县人社局', '4条', 4, '县住建局', '2条'],
    ])], '2023-07-01', 2023);
    expect(j.tasks.map((t) => [`${t.row}/${t.block}`, t.seq, t.lead[0], t.quota?.min ?? null])).toEqual([
      ['3/1', '1', '县教体局', 5], ['4/1', '2', '县人社局', 4], ['3/2', '3', '县卫健委', 3], ['4/2', '4', '县住建局', 2], ['3/3', '5', '县民政局', null],
    ]);
    expect(j.issues.filter((i) => i.code === 'QUOTA_UNPARSED').map((i) => i.cell)).toEqual(['I3']);
    expect(j.issues.filter((i) => i.code === 'DUPLICATE_SEQ')).toEqual([]);
  });
  test('成都 2006 (成办发〔2006〕30号): bare counts under 采用条数 are that many 条', () => {
    const j = json([grid('Sheet1', [
      ['2006年全市政务信息工作目标任务'],
      ['一、各区(市)县政府(采用条数)'],
      ['单位', '采用条数', '单位', '采用条数'],
      ['锦江区', 120, '青羊区', 120],
      ['温江区', 100, '都江堰市', 80],
    ])], '2006-02-22', 2006);
    expect(j.tasks.map((t) => [t.lead[0], t.quota?.min, t.quota?.unit])).toEqual([
      ['锦江区', 120, '条'], ['温江区', 100, '条'], ['青羊区', 120, '条'], ['都江堰市', 80, '条'],
    ]);
    expect(j.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('a summary of counts printed two-up (单位 | 报送条数 | 采用条数 twice) allots nothing: no task table', () => {
    const j = json([grid('汇总', [['单位', '报送条数', '采用条数', '单位', '报送条数', '采用条数'], ['县教体局', 12, 3, '县卫健委', 8, 2]])]);
    expect(j.tasks).toEqual([]);
    expect(j.issues.map((i) => i.code)).toEqual(['HEADER_NOT_FOUND']);
  });
  test('a task table printed two-up (工作任务 | 责任单位 twice): both blocks\' tasks, none of the right block\'s units taken as 配合单位', () => {
    const j = json([grid('Sheet1', [
      ['工作任务', '责任单位', '工作任务', '责任单位'],
      ['报送政务信息', '县教体局', '更新政府网站', '县数据局'],
    ])], '2023-07-01', 2023);
    expect(j.tasks.map((t) => [t.task, t.lead, t.coop])).toEqual([['报送政务信息', ['县教体局'], []], ['更新政府网站', ['县数据局'], []]]);
  });
});

test('duban import of a two-up table pasted from Word: one measure per allocation, each with its own block as source', () => {
  // 成都 2006 (成办发〔2006〕30号), as test/fixtures/real/chengdu-2006-zwxx-mubiao types it
  const text = [
    '2006年全市政务信息工作目标任务', '一、各区(市)县政府(采用条数)', '单位\t采用条数\t单位\t采用条数', '锦江区\t120\t青羊区\t120', '温江区\t100\t都江堰市\t80', '新津县\t80\t\t',
  ].join('\n');
  const plan = readPlan(text, { year: 2006 });
  expect(plan.measures.map((m) => [m.lead, m.quota?.text, m.source])).toEqual([
    [['锦江区'], '120条', '锦江区 | 120'], [['温江区'], '100条', '温江区 | 100'], [['新津县'], '80条', '新津县 | 80'],
    [['青羊区'], '120条', '青羊区 | 120'], [['都江堰市'], '80条', '都江堰市 | 80'],
  ]);
});

test('添加计算列 adds no column after a table printed two-up (two tasks to a row), and says why', () => {
  const grids = [grid('Sheet1', [['单 位', '目标分数', '单 位', '目标分数'], ['通川区', 150, '达县', 150]])];
  const report = buildReport(grids, { today: TODAY });
  expect(report.check.tasks).toHaveLength(2);
  expect(planComputedColumns(grids, report.check, report.ledger)).toEqual({ sheet: 'Sheet1', headers: [], cells: [], nUp: true });
});
