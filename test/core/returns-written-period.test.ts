// The 填报期间 line as units rewrite it (round 12): a unit that reports by quarter types "2025年第二季度" over the printed
// "2025-06-01至2025-06-30"; another writes "2025年6月". Expectations written from how the office's clerk reads the form: the
// hidden marker says which collect the form is for, each row's date is checked against that period, so a period written another
// way loses nothing — only a period that shares no day with the form's is a form changed beyond use.
import { collectReturns, formSheets, readReturn } from '../../src/core/returns';
import { readWrittenPeriod } from '../../src/core/returns/written-period';
import { CellValue } from '../../src/core/sheets/grid';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, gridOfSpec, registryGrid, taskGrid } from '../helpers/grids';

test('periods as clerks write them', () => {
  const iso = (text: string) => { const p = readWrittenPeriod(text); return p && [p.from, p.to].map((x) => `${x.year}-${x.month}-${x.day}`).join('~'); };
  expect(iso('2025年第二季度')).toBe('2025-4-1~2025-6-30');
  expect(iso('2025年二季度')).toBe('2025-4-1~2025-6-30');
  expect(iso('2025年第4季度')).toBe('2025-10-1~2025-12-31');
  expect(iso('2025年上半年')).toBe('2025-1-1~2025-6-30');
  expect(iso('2025年6月')).toBe('2025-6-1~2025-6-30');
  expect(iso('2025年6月份')).toBe('2025-6-1~2025-6-30');
  expect(iso('2025年1-6月')).toBe('2025-1-1~2025-6-30');
  expect(iso('2025年4月至6月')).toBe('2025-4-1~2025-6-30');
  expect(iso('2025.6.1-2025.6.30')).toBe('2025-6-1~2025-6-30');
  expect(iso('2025年6月1日至6月30日')).toBe('2025-6-1~2025-6-30');
  expect(iso('2025-06-01至2025-06-30')).toBe('2025-6-1~2025-6-30');
  expect(iso('2025年6月1日-6月30日')).toBe('2025-6-1~2025-6-30');
  expect(iso('2025年4月1日-2025年6月30日')).toBe('2025-4-1~2025-6-30');
  expect(iso('2025年度')).toBe('2025-1-1~2025-12-31');
  expect(iso('本月')).toBeNull();
  expect(iso('六月份')).toBeNull();
  const june = readWrittenPeriod('六月份', 2025);
  expect(june && [june.from.month, june.to.day]).toEqual([6, 30]);
  expect(iso('2025年第五季度')).toBeNull();
  expect(iso('2025年6月30日至6月1日')).toBeNull();
});

describe('a form whose 填报期间 the unit rewrote', () => {
  const JUNE = { from: d('2025-06-01'), to: d('2025-06-30') };
  const master = [
    taskGrid([[1, '开展暑期防溺水安全宣传。', '市教体局', '', '2025年8月31日', '每月不少于2篇']]),
    registryGrid(),
    grid('媒体名录', [['媒体名称', '级别', '别名'], ['皖西日报', '市级', '']]),
  ];
  const check = checkWorkbook(master, { today: d('2025-07-03'), asOf: d('2025-07-03') });
  const rows: CellValue[][] = [
    ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
    ['2025-04-20', '市教体局部署春季校园安全', '皖西日报', '市级', '是', 1, 1],
    ['2025-06-05', '市教体局开展防溺水安全教育进校园', '皖西日报', '市级', '是', 1, 1],
  ];
  const returned = (period: string) => readReturn(formSheets({ unit: '市教体局', campaign: '2025年民生工程宣传', period: JUNE, tasks: check.tasks, mediaNames: ['皖西日报'] })
    .map(gridOfSpec).map((g) => g.name === '填报说明' ? { ...g, rows: g.rows.map((r, i) => (i === 2 ? [`填报期间：${period}`] : r)) } : g.name === '报送登记' ? { ...g, rows } : g), '市教体局.xlsx');
  const collect = (period: string) => collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: [{ data: returned(period), received: d('2025-07-04') }], submissions: [],
  });
  test('"2025年第二季度" over a June form: June\'s article merged, April\'s sent back by its row, the rewrite said once', () => {
    const r = collect('2025年第二季度');
    expect(r.added.map((a) => a.title)).toEqual(['市教体局开展防溺水安全教育进校园']);
    expect(r.rejected.map((x) => [x.row, x.reason])).toEqual([[2, '日期 2025-04-20 不在填报期间（2025-06-01至2025-06-30）内']]);
    expect(r.notes.map((n) => [n.row, n.reason])).toEqual([[0, '填报说明的期间被改写为“2025年第二季度”（2025-04-01至2025-06-30），本次收集的是 2025-06-01至2025-06-30：按本次期间汇总，期间外的稿件逐行退回']]);
  });
  test('the same month written in words, with or without its year, says nothing', () => {
    for (const period of ['2025年6月', '六月份', '2025年6月1日至6月30日']) {
      const r = collect(period);
      expect(r.added).toHaveLength(1);
      expect(r.notes).toEqual([]);
    }
  });
  test('a period that shares no day with the form\'s, or no period at all, is still a changed form', () => {
    expect(collect('2025年5月').rejected.map((x) => x.reason)).toEqual(['填报说明写的期间是“2025年5月”，表内标记却是 2025-06-01至2025-06-30：填报表被改动过，整个文件未收入']);
    expect(collect('本期').rejected.map((x) => x.reason)).toEqual(['填报说明写的期间是“本期”，表内标记却是 2025-06-01至2025-06-30：填报表被改动过，整个文件未收入']);
  });
});
