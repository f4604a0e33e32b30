// Issue 21 items 1–3, expectations written from the rules before running: progress per lead unit ("3/22 已完成"), overdue counted against the leads that are late, 催办 only to units that owe, and the received date the clerk states.
import { collectReturns, reminders } from '../../src/core/returns';
import { problemParagraphs } from '../../src/core/bulletin/sentences';
import { DEFAULT_CALENDAR } from '../../src/core/dates/calendar';
import { buildReport } from '../../src/core/scoring/report';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { readLedger } from '../../src/core/sheets/ledger-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, taskGrid } from '../helpers/grids';

const JUNE = { from: d('2023-06-01'), to: d('2023-06-30') };
/** 22 lead units, as 六安's 领导小组 members and county governments: 单位01 … 单位22, one group. */
const LEADS = Array.from({ length: 22 }, (_, i) => `第${String(i + 1).padStart(2, '0')}单位`);
const registry = grid('单位名录', [['单位名称', '别名', '类型', '所属分组'], ...LEADS.map((u) => [u, '', '市直部门', '领导小组成员单位'])]);
const ledgerHeader = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];

function workbook(status: CellValue, settings: CellValue[][] = [], ledger: CellValue[][] = []): Grid[] {
  return [
    taskGrid([
      [1, '设立暖民心行动宣传标语和展板。', '领导小组成员单位', '', '2023年6月30日', '', status, null],
      [2, '开设专栏，每月报送信息。', '第01单位、第02单位、第03单位、第04单位', '', '全年', '每月不少于2篇', null, null],
    ]),
    registry,
    grid('报送台账', [ledgerHeader, ...ledger]),
    ...(settings.length ? [grid('设置', [['项目', '值'], ...settings])] : []),
  ];
}

const form = (unit: string, progress: { status: string; done?: number }[] = [], extra: { filledOn?: CellValue } = {}) => ({
  file: `${unit}-填报表-2023-06-01至2023-06-30.xlsx`,
  marker: { unit, campaign: '', ...JUNE },
  rows: [],
  progress: progress.map((p, i) => ({ row: i + 2, seq: '1', status: p.status, doneDate: p.done ?? null, note: '' })),
  ...(extra.filledOn !== undefined ? { guide: { unit, period: '2023-06-01至2023-06-30', filledOn: extra.filledOn } } : {}),
});

function collect(grids: Grid[], returns: { data: ReturnType<typeof form>; received: ReturnType<typeof d> | null; receivedFrom?: 'clerk' | 'mtime' }[], asOf = '2023-07-10', formRequired?: 'all') {
  const check = checkWorkbook(grids, { today: d(asOf), asOf: d(asOf) });
  const media = readMediaDirectory(grids);
  return collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media, ledger: readLedger(grids, check.registry, media).entries, submissions: [], returns,
    ...(formRequired ? { formRequired } : {}),
  });
}

test('a 22-lead task with 已完成 from 3 leads reads "3/22 已完成", stays open, and its overdue counts only against the 19 others', () => {
  // Excel serials: 45000 = 2023-03-15, so 45093 = 2023-06-16, 45097 = 2023-06-20, 45117 = 2023-07-10
  const r = collect(workbook(null), [
    { data: form('第05单位', [{ status: '已完成', done: 45093 }]), received: d('2023-07-03') },
    { data: form('第09单位', [{ status: '已完成', done: 45097 }]), received: d('2023-07-03') },
    { data: form('第22单位', [{ status: '已完成' }]), received: d('2023-07-03') },
  ]);
  expect(r.leadCells).toHaveLength(1);
  expect(r.leadCells[0].status).toBe('3/22 已完成\n第05单位：已完成 2023-06-16\n第09单位：已完成 2023-06-20\n第22单位：已完成');
  expect(r.leadCells[0].doneDate).toBeNull();

  // the cell as written, read back: open and overdue at 7月10日, late for the 19 that have not finished
  const after = workbook(r.leadCells[0].status);
  const check = checkWorkbook(after, { today: d('2023-07-10'), asOf: d('2023-07-10') });
  const task = check.tasks[0];
  expect([task.done, task.status]).toEqual([false, 'overdue']);
  expect(task.owingLeads).toEqual(LEADS.filter((u) => !['第05单位', '第09单位', '第22单位'].includes(u)));
  const report = buildReport(after, { today: d('2023-07-10'), asOf: d('2023-07-10'), period: JUNE });
  const overdue = Object.fromEntries(report.scores.map((s) => [s.unit, s.overdue]));
  expect([overdue['第05单位'], overdue['第09单位'], overdue['第22单位']]).toEqual([0, 0, 0]);
  expect(overdue['第01单位']).toBe(1);
  expect(LEADS.filter((u) => overdue[u] === 1)).toHaveLength(19);
  // the bulletin's overdue list names the leads still owing, and how many have finished
  const problem = problemParagraphs(report).find((p) => p.includes('已超过完成时限'))!;
  expect(problem).toContain('未完成的牵头单位：');
  expect(problem).toContain('3/22个已完成');
  expect(problem).not.toContain('第05单位');

  // collecting the same return again against the written cell changes nothing
  const withCells = collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(after), ledger: [], submissions: [],
    returns: [{ data: form('第05单位', [{ status: '已完成', done: 45093 }]), received: null }],
    cellTextAt: (_sheet, cell) => (cell === task.cells.status ? r.leadCells[0].status : ''),
  });
  expect([withCells.leadCells, withCells.progressApplied]).toEqual([[], []]);
});

test('every lead done: "22/22 已完成", the task done on the last lead\'s date; 设置 任务完成标准 牵头单位之一: done with the first', () => {
  const lines = LEADS.map((u, i) => `${u}：已完成 2023-06-${String(i + 1).padStart(2, '0')}`);
  const all = checkWorkbook(workbook(['22/22 已完成', ...lines].join('\n')), { today: d('2023-07-10'), asOf: d('2023-07-10') }).tasks[0];
  expect([all.done, all.status, all.doneDate, all.owingLeads]).toEqual([true, 'done', d('2023-06-22'), []]);
  const one = checkWorkbook(workbook(['1/22 已完成', lines[4]].join('\n'), [['任务完成标准', '牵头单位之一']]), { today: d('2023-07-10'), asOf: d('2023-07-10') }).tasks[0];
  expect([one.done, one.status, one.doneDate, one.owingLeads]).toEqual([true, 'done', d('2023-06-05'), []]);
  // a plain "已完成" typed by the clerk still means the whole task
  const typed = checkWorkbook(workbook('已完成'), { today: d('2023-07-10'), asOf: d('2023-07-10') }).tasks[0];
  expect(typed.done).toBe(true);
});

test('催办 only to units that owe: a shortfall against the quota, or a form 设置 requires; over-reporters and units with nothing due never', () => {
  // task 2: 第01–04单位 each owe 2 in June; 第01 has 2, 第02 has 4, 第03 has 1, 第04 has none; 第05–22 have no quota
  const rows = (unit: string, n: number) => Array.from({ length: n }, (_, i) => [45083 + i, unit, `${unit}信息${i}`, '', '', '否', 2, 1]);
  const grids = workbook(null, [], [...rows('第01单位', 2), ...rows('第02单位', 4), ...rows('第03单位', 1)]);
  const r = collect(grids, []);
  expect(r.missing.map((m) => [m.unit, m.reason])).toEqual([
    ['第03单位', '本期应报 2 篇，已报 1 篇，尚差 1 篇'],
    ['第04单位', '本期应报 2 篇，已报 0 篇，尚差 2 篇'],
  ]);
  const notices = reminders(r, '暖民心行动宣传', '市民生办', d('2023-07-03'), DEFAULT_CALENDAR);
  expect(notices.list.map((n) => n.unit)).toEqual(['第03单位', '第04单位']);
  expect(notices.list[0].body).toBe('第03单位：\n  截至目前，贵单位2023年6月1日至2023年6月30日应报送信息 2 篇，已报 1 篇，尚差 1 篇。请于2023年7月7日前将所差的 1 篇信息报送市民生办。\n  特此通知。');
  // 设置 requires forms: every unit without one owes it too (said so), 第02单位 only its form, never its count
  const required = collect(grids, [{ data: form('第01单位'), received: d('2023-07-03') }], '2023-07-10', 'all');
  const owed = new Map(required.missing.map((m) => [m.unit, m.reason]));
  expect(owed.has('第01单位')).toBe(false);
  expect(owed.get('第02单位')).toBe('未返回填报表');
  expect(owed.get('第03单位')).toBe('未返回填报表；本期应报 2 篇，已报 1 篇，尚差 1 篇');
  expect(owed.get('第22单位')).toBe('未返回填报表');
});

test('received on time from the stated date: the clerk\'s record first, the form\'s 填报日期 next, the file\'s time last (said so)', () => {
  // due 2023-07-07 (次月7日)
  const statusOf = (returns: Parameters<typeof collect>[1]) => {
    const u = collect(workbook(null), returns).units.find((x) => x.unit === '第05单位')!;
    return [u.timeliness, u.receivedOn, u.receivedFrom];
  };
  // stated by the clerk after the due date: late, whatever the file's time said
  expect(statusOf([{ data: form('第05单位'), received: d('2023-07-12'), receivedFrom: 'clerk' }])).toEqual(['late', d('2023-07-12'), 'clerk']);
  // the clerk's on-time record beats the form's own late 填报日期
  expect(statusOf([{ data: form('第05单位', [], { filledOn: '2023-07-09' }), received: d('2023-07-05'), receivedFrom: 'clerk' }])).toEqual(['onTime', d('2023-07-05'), 'clerk']);
  // no record: the form's 填报日期 (after the due date) beats an on-time modification time
  expect(statusOf([{ data: form('第05单位', [], { filledOn: 45117 }), received: d('2023-07-01'), receivedFrom: 'mtime' }])).toEqual(['late', d('2023-07-10'), 'form']);
  // nothing but the file's time: used, and marked as such
  expect(statusOf([{ data: form('第05单位'), received: d('2023-07-06'), receivedFrom: 'mtime' }])).toEqual(['onTime', d('2023-07-06'), 'mtime']);
});
