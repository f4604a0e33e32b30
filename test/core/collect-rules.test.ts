// Collect's rules for what a unit states: levels scored by the 媒体名录, Word submissions from another month registered but flagged, and replies never asked for a past date.
import { collectReturns, reminders, replyBy } from '../../src/core/returns';
import { DEFAULT_CALENDAR } from '../../src/core/dates/calendar';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const MAY = { from: d('2023-05-01'), to: d('2023-05-31') };
const grids = [
  taskGrid([[1, '开设专栏，发布政策解读。', '市发改委', '市教体局', '2023年12月31日', '每月不少于2篇']]),
  registryGrid(),
  grid('媒体名录', [['媒体名称', '级别', '别名'], ['皖西日报', '市级', ''], ['人民日报', '中央级', '']]),
];
const check = checkWorkbook(grids, { today: d('2023-06-01'), asOf: d('2023-06-01') });

function collect(rows: [string, string, string][], submissions: { unitText: string; date: string }[] = []) {
  return collectReturns({
    period: MAY, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(grids), ledger: [],
    returns: [{
      received: d('2023-06-02'),
      data: {
        file: '市发改委-填报表-2023-05.xlsx', marker: { unit: '市发改委', campaign: '', ...MAY }, progress: [],
        rows: rows.map(([title, media, level], i) => ({ row: i + 2, values: { date: 45060, title, media, level, adopted: '是', taskSeq: '1', count: 1 } })),
      },
    }],
    submissions: submissions.map((s, i) => ({ file: `${s.unitText}-${s.date}工作信息${i}.docx`, unitText: s.unitText, date: d(s.date), title: `信息${i}` })),
  });
}

test('an outlet in the 媒体名录 scores at its listed level whatever the unit writes; an unknown one at the stated level, noted', () => {
  const r = collect([['专栏开设', '皖西日报', '中央级'], ['政策解读', '某某新闻网', '省级'], ['再解读', '人民日报', '']]);
  expect(r.added.map((a) => [a.media, a.level])).toEqual([['皖西日报', '市级'], ['某某新闻网', '省级'], ['人民日报', '中央级']]);
  expect(r.notes.map((n) => [n.row, n.reason])).toEqual([
    [2, '媒体“皖西日报”在媒体名录中是市级，单位填的是中央级：按媒体名录的市级计'],
    [3, '媒体“某某新闻网”不在媒体名录中，级别按单位所填的省级计，请核实'],
  ]);
});

test('a Word submission dated outside the period is registered and said not to count now', () => {
  const r = collect([], [{ unitText: '市教体局', date: '2023-04-28' }, { unitText: '市教体局', date: '2023-05-08' }]);
  expect(r.added.filter((a) => a.unit === '市教体局').map((a) => a.date)).toEqual([d('2023-04-28'), d('2023-05-08')]);
  expect(r.notes.map((n) => n.reason)).toEqual(['文件名中的日期 2023-04-28 不在本期（2023-05-01至2023-05-31）内：已登记入台账，不计入本期']);
  expect(r.units.find((u) => u.unit === '市教体局')?.submitted).toBe(1);
});

test('a notice asks for the due date while it is ahead, else three working days on (the 端午 break of 2023 skipped, its make-up Sunday worked)', () => {
  const due = d('2023-06-07');
  expect(replyBy(due, d('2023-06-01'), DEFAULT_CALENDAR)).toEqual(due);
  expect(replyBy(due, d('2023-06-07'), DEFAULT_CALENDAR)).toEqual(due);
  // 6-21 Wed, 6-22..24 端午 off, 6-25 Sun make-up workday, 6-26 Mon
  expect(replyBy(due, d('2023-06-20'), DEFAULT_CALENDAR)).toEqual(d('2023-06-26'));
  const notices = reminders(collect([]), '宣传月', '市民生办', d('2023-06-20'), DEFAULT_CALENDAR);
  expect(notices.reply).toEqual(d('2023-06-26'));
  expect(notices.list.length).toBeGreaterThan(0);
  for (const n of notices.list) expect(n.body).toContain('请于2023年6月26日前');
});

test('two leads keep their own progress; one unit whose two files disagree gets neither written', () => {
  const twoLeads = [taskGrid([[1, '联合开展宣传。', '市发改委、市教体局', '', '2023年12月31日', '']]), registryGrid()];
  const check2 = checkWorkbook(twoLeads, { today: d('2023-06-01'), asOf: d('2023-06-01') });
  const formOf = (unit: string, status: string, file = `${unit}.xlsx`) => ({
    received: d('2023-06-02'),
    data: { file, marker: { unit, campaign: '', ...MAY }, rows: [], progress: [{ row: 2, seq: '1', status, doneDate: status === '已完成' ? 45076 : null, note: '' }] },
  });
  const run = (...returns: ReturnType<typeof formOf>[]) => collectReturns({
    period: MAY, tasks: check2.tasks, registry: check2.registry, media: readMediaDirectory(twoLeads), ledger: [], submissions: [], returns,
  });
  // 45076 is 2023-05-30; one lead done of two: the task stays open, each lead on its line
  const split = run(formOf('市发改委', '已完成'), formOf('市教体局', '进行中'));
  expect(split.progressApplied.map((c) => c.unit)).toEqual(['市发改委', '市教体局']);
  expect(split.leadCells.map((c) => [c.status, c.doneDate])).toEqual([['1/2 已完成\n市发改委：已完成 2023-05-30\n市教体局：进行中', null]]);
  const both = run(formOf('市发改委', '已完成'), formOf('市教体局', '已完成'));
  expect(both.leadCells.map((c) => [c.status, c.doneDate])).toEqual([['2/2 已完成\n市发改委：已完成 2023-05-30\n市教体局：已完成 2023-05-30', d('2023-05-30')]]);
  const twice = run(formOf('市发改委', '已完成', 'a.xlsx'), formOf('市发改委', '进行中', 'b.xlsx'));
  expect(twice.leadCells).toEqual([]);
  expect(twice.progressListed.map((c) => c.reason)).toEqual([
    '任务 1 的同一牵头单位的几份填报表进展不一致（市发改委：已完成，2023-05-30；市发改委：进行中），均未写入，请核实后手工填写',
    '任务 1 的同一牵头单位的几份填报表进展不一致（市发改委：已完成，2023-05-30；市发改委：进行中），均未写入，请核实后手工填写',
  ]);
});

test('with an empty 媒体名录 (as import leaves it) a stated level is taken without a note on every row (seed 000: 9 of 9 rows)', () => {
  const r = collectReturns({
    period: MAY, tasks: check.tasks, registry: check.registry, media: readMediaDirectory([grid('媒体名录', [['媒体名称', '级别', '别名']])]), ledger: [],
    returns: [{
      received: d('2023-06-02'),
      data: {
        file: '市发改委-填报表-2023-05.xlsx', marker: { unit: '市发改委', campaign: '', ...MAY }, progress: [],
        rows: [['专栏开设', '皖西日报', '市级'], ['政策解读', '某某新闻网', '']].map(([title, media, level], i) => ({ row: i + 2, values: { date: 45060, title, media, level, adopted: '是', taskSeq: '1', count: 1 } })),
      },
    }],
    submissions: [],
  });
  expect(r.added.map((a) => [a.media, a.level])).toEqual([['皖西日报', '市级'], ['某某新闻网', null]]);
  // the row that will score nothing is still said
  expect(r.notes.map((n) => [n.row, n.reason])).toEqual([[3, '媒体“某某新闻网”不在媒体名录中，也未填级别，采用得分按 0 计']]);
});
