// A report tallies several periods over one task list and ledger (read once and shared): each period's result must be what a tally of that period alone gives.
import { parseQuota } from '../../src/core/quotas';
import { tallyUnits, TallyInput } from '../../src/core/scoring/tally';
import { DEFAULT_RULES } from '../../src/core/scoring/scoring-rules';
import { daysInMonth } from '../../src/core/dates/civil-date';
import type { TaskRecord } from '../../src/core/validation/validate';
import type { Ledger, LedgerEntry } from '../../src/core/sheets/ledger-sheet';

const CELL = '区直各责任单位：每个项目每月不得少于1篇；各镇、街道：每月不得少于2篇';
const task = (fields: Partial<TaskRecord>) => ({ lead: [], coop: [], quota: null, status: 'pending', task: '', section: null, owingLeads: [], doneDate: null, ...fields }) as unknown as TaskRecord;
const row = (unit: string, month: number, count = 1): LedgerEntry => ({
  row: month + 1, date: { year: 2022, month, day: 10 }, unit, title: `${unit}${month}`, media: '', level: null, adopted: false, taskSeq: '', count,
  types: [], instruction: '', authors: [], pieceId: '', partners: 1,
});
const month = (m: number) => ({ from: { year: 2022, month: m, day: 1 }, to: { year: 2022, month: m, day: daysInMonth(2022, m) } });

describe('tallies of several periods over one task list', () => {
  // 屯光镇 leads and also sits among the cooperating units (counted once); 区教体局 cooperates; an overdue 约稿 task counts against its lead
  const tasks = [
    task({ lead: ['屯光镇'], coop: ['区教体局', '屯光镇', '区教体局'], quota: parseQuota(CELL) }),
    task({ lead: ['区教体局'], task: '约稿：专题报道', status: 'overdue', owingLeads: ['区教体局'] }),
  ];
  const ledger = { sheet: '报送台账', entries: [row('屯光镇', 1, 3), row('区教体局', 2), row('屯光镇', 2)], issues: [] } as unknown as Ledger;
  const base: Omit<TallyInput, 'period'> = {
    tasks, ledger, spotChecks: [], rules: DEFAULT_RULES,
    categoriesOf: (u) => (u === '屯光镇' ? ['镇'] : ['区直单位']),
    projectsOf: (u) => (u === '区教体局' ? 3 : 1),
  };
  const facts = (input: TallyInput) => tallyUnits(input).map((s) => [s.unit, s.expected, s.actual, s.overdue]);

  test('each period as if tallied alone: 屯光镇 2 a month (once, though listed twice), 区教体局 1 × 3 projects, one overdue 约稿', () => {
    expect(facts({ ...base, period: month(1) })).toEqual(expect.arrayContaining([['屯光镇', 2, 3, 0], ['区教体局', 3, 0, 1]]));
    expect(facts({ ...base, period: month(2) })).toEqual(expect.arrayContaining([['屯光镇', 2, 1, 0], ['区教体局', 3, 1, 1]]));
    expect(facts({ ...base, period: month(1) })).toEqual(facts({ ...base, tasks: [...tasks], period: month(1) }));
  });

  test('other categories or projects for the same task list are followed, not the first tally\'s', () => {
    facts({ ...base, period: month(1) });
    const asTowns = facts({ ...base, categoriesOf: () => ['镇'], period: month(1) });
    expect(asTowns).toEqual(expect.arrayContaining([['屯光镇', 2, 3, 0], ['区教体局', 2, 0, 1]]));
    const oneProject = facts({ ...base, projectsOf: () => 1, period: month(1) });
    expect(oneProject).toEqual(expect.arrayContaining([['区教体局', 1, 0, 1]]));
  });
});
