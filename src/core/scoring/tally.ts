// Per-unit tally of a period: expected vs actual submissions, adoptions, overdue, spot checks, score, rank.
import { CivilDate, compareDates } from '../dates/civil-date';
import { dayOf, entryDays } from './periods';
import { piecesOf, submittedIn } from './pieces';
import { Ledger, LedgerEntry, rowsByUnitAsRead } from '../sheets/ledger-sheet';
import { MediaDirectory } from '../sheets/media-sheet';
import {
  Adjustment, CountedPiece, NotApplicable, QuotaMet, QuotaSource, ScorePart, TargetResult, UnitFacts, engineContext, round2, ruleQuotas,
  scoreUnit,
} from './engine';
import { Quota, expectedCount } from '../quotas/quota';
import { quotaAskedOf } from '../quotas/by-category';
import { GRADE_NAMES, MediaLevel, ScoringRules } from './scoring-rules';
import { SpotCheck } from '../sheets/spotcheck-sheet';
import { TaskRecord } from '../validation/validate';
import { coopOwes, countsSubmissions, namedCategories, notOwedText } from '../quotas/scope';

export interface Period {
  readonly from: CivilDate;
  readonly to: CivilDate;
}

export type Grade = (typeof GRADE_NAMES)[keyof typeof GRADE_NAMES];

/** Category of every unit when all are ranked in one list. */
export const OVERALL_CATEGORY = '全部单位';

export interface UnitScore {
  readonly unit: string;
  /** The category the unit is ranked in (类型 or 设置 排名分组); OVERALL_CATEGORY in one list. */
  readonly category: string;
  /** Submissions the unit's quotas ask for in the period. */
  readonly expected: number;
  /** Submissions in the ledger dated in the period (数量 summed). */
  readonly actual: number;
  /** min(actual / expected, 1); null when the unit has no quota in the period (not applicable). */
  readonly completion: number | null;
  readonly adopted: Readonly<Record<MediaLevel, number>>;
  /** Adoption points after their cap. */
  readonly adoptionPoints: number;
  /** Tasks the unit leads that are overdue at the as-of date. */
  readonly overdue: number;
  /** Mean awareness / satisfaction of the period's spot checks (0..1); null when none. */
  readonly awareness: number | null;
  readonly satisfaction: number | null;
  /** Total rounded to 2 decimals: the sum of `parts`. */
  readonly total: number;
  /** Competition rank within the category (1, 2, 2, 4). */
  readonly rank: number;
  /** null when the rules give no grade lines. */
  readonly grade: Grade | null;
  /** The breakdown: parts that add up to the total (得分明细). */
  readonly parts: readonly ScorePart[];
  /** Components that do not apply to the unit in the period (neither full marks nor zero). */
  readonly notApplicable: readonly NotApplicable[];
  /** The most the unit could score on what applies (today's formula); grades compare the total to it. */
  readonly maxApplicable: number | null;
  /** 录用率 below the rule's line, N periods below quota …, for the reader. */
  readonly flags: readonly string[];
  readonly targets: readonly TargetResult[];
  /** Pieces counted for the unit with their points (after 同稿多用), for per-person results. */
  readonly counted: readonly CountedPiece[];
  /** Pieces' 报送计分 (报送即计分), for per-person results; absent where nothing is scored on submission. */
  readonly submitted?: readonly CountedPiece[];
}

export interface TallyInput {
  readonly tasks: readonly TaskRecord[];
  readonly ledger: Ledger;
  readonly spotChecks: readonly SpotCheck[];
  readonly rules: ScoringRules;
  readonly period: Period;
  /** A unit's categories (registry 类型 and 所属分组), for quotas that differ by category. */
  readonly categoriesOf?: (unit: string) => readonly string[];
  /** Projects a unit is responsible for, for "每个项目" quotas; 1 when nothing says. */
  readonly projectsOf?: (unit: string) => number;
  readonly media?: MediaDirectory | null;
  /** 加减分 rows. */
  readonly adjustments?: readonly Adjustment[];
  /** Units scored even without a row anywhere (the registry's, under the office's own rules: a base score or a missing quota applies to them). */
  readonly allUnits?: readonly string[];
  /** Due dates of returns each unit sent late (收集情况 逾期). */
  readonly lateReturns?: ReadonlyMap<string, readonly CivilDate[]>;
  /** What the periods of one report share (made by scoringInput): each unit's quotas met per span. */
  readonly memo?: TallyMemo;
  /** The units whose scores are wanted (the registry's, for a period whose unknown names are listed elsewhere); all when absent. */
  readonly wanted?: (unit: string) => boolean;
}

export { round2 };

/** Worked-out facts the periods of one report share (the same tasks, rows and rules); one per scoringInput. */
export interface TallyMemo {
  readonly met: Map<string, Map<number, QuotaMet>>;
}

export function tallyMemo(): TallyMemo {
  return { met: new Map() };
}

/** Total of the full formula (today's defaults: 40 + 40 + 10 + 10), the scale of the grade lines. */
function fullMax(rules: ScoringRules): number {
  return (Number.isFinite(rules.adoptionCap) ? rules.adoptionCap : 0) + rules.completionFull + rules.awarenessFull + rules.satisfactionFull;
}

/**
 * The grade of a total. Under today's formula a unit is graded on what applies to it: a unit without
 * spot checks or quota is judged on total ÷ its applicable maximum, against the lines' share of the full total.
 */
export function gradeOf(score: { total: number; maxApplicable: number | null }, rules: ScoringRules, excellent = true): Grade | null {
  const lines = rules.gradeLines;
  if (!lines) return null;
  const full = fullMax(rules);
  const total = score.maxApplicable !== null && score.maxApplicable > 0 && full > 0 ? (score.total * full) / score.maxApplicable : score.total;
  // only the lines the rules give: below the last of them, 较差 when that is the 一般 line, else no 等次 (none is invented)
  const at = (line: number | null) => line !== null && total >= line - 1e-9;
  if (excellent && at(lines.excellent)) return GRADE_NAMES.excellent;
  if (at(lines.good)) return GRADE_NAMES.good;
  if (at(lines.fair)) return GRADE_NAMES.fair;
  return lines.fair !== null ? GRADE_NAMES.poor : null;
}

/**
 * 等次 of a ranked category under 优秀比例: 优秀 goes to at most ⌊share × units⌋ of them, best first — those at the 优秀
 * line (or, when the rules write no 优秀 line, those scoring above 0); a unit whose tie would pass the limit, and those below
 * it, take the next 等次 their total reaches. Ranks are the category's competition ranks.
 */
export function gradesWithShare(list: readonly { total: number; maxApplicable: number | null; rank: number; vetoed?: boolean }[], rules: ScoringRules): (Grade | null)[] {
  const share = rules.excellentShare;
  // a unit under 一票否决 (取消评先资格) takes the 等次 its total reaches below 优秀
  if (share === null || !rules.gradeLines) return list.map((s) => gradeOf(s, rules, !s.vetoed));
  const limit = Math.floor(share * list.length + 1e-9);
  const byLine = rules.gradeLines.excellent !== null;
  const reaches = list.map((s) => !s.vetoed && (byLine ? gradeOf(s, rules) === GRADE_NAMES.excellent : s.total > 0));
  // the eligible in rank order: a unit is 优秀 when it and every eligible unit ranked with or ahead of it fit within the limit
  // (ranks follow totals; under today's formula 等次 follow the share of what applies, so an eligible unit may rank below one that is not)
  const eligibleRanks = list.filter((_, i) => reaches[i]).map((s) => s.rank).sort((a, b) => a - b);
  const atOrAhead = (rank: number) => {
    let lo = 0;
    let hi = eligibleRanks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (eligibleRanks[mid] <= rank) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return list.map((s, i) => {
    const within = reaches[i] && atOrAhead(s.rank) <= limit;
    return within ? GRADE_NAMES.excellent : gradeOf(s, rules, false);
  });
}

/** Competition ranks of scores, highest first: equal totals share a rank (1, 2, 2, 4), as RANK.EQ. */
export function competitionRanks(totals: readonly number[]): number[] {
  const sorted = [...totals].sort((a, b) => b - a);
  const firstIndex = new Map<number, number>();
  sorted.forEach((t, i) => {
    if (!firstIndex.has(t)) firstIndex.set(t, i);
  });
  return totals.map((t) => firstIndex.get(t)! + 1);
}

interface Accumulator {
  expected: number;
  hasQuota: boolean;
  actual: number;
  adopted: Record<MediaLevel, number>;
  overdue: number;
  overdueAssignments: number;
  assignmentsDone: number;
  awareness: number[];
  satisfaction: number[];
  entries: LedgerEntry[];
}

/** Each unit's ledger rows, grouped once per ledger and shared by every period a report tallies. */
const byUnitCache = new WeakMap<Ledger, Map<string, LedgerEntry[]>>();
export function entriesByUnit(ledger: Ledger): Map<string, LedgerEntry[]> {
  let byUnit = byUnitCache.get(ledger) ?? rowsByUnitAsRead(ledger);
  if (!byUnit) {
    byUnit = new Map();
    const entries = ledger.entries;
    for (let i = 0; i < entries.length; i++) {
      const e = entries[i];
      const list = byUnit.get(e.unit);
      if (list) list.push(e);
      else byUnit.set(e.unit, [e]);
    }
    byUnitCache.set(ledger, byUnit);
  }
  return byUnit;
}

/** A 约稿 task (its text or category says so): late or undelivered ones cost what 约稿未完成 says. */
const ASSIGNMENT = /约稿/;

/** What the tasks ask of one unit whatever the period. */
interface UnitTasks {
  /** Overdue tasks it leads and has not done, and how many of them are 约稿. */
  overdue: number;
  overdueAssignments: number;
  /** dayOf the 完成日期 of each 约稿 it leads that is done (on time or late). */
  readonly assignmentDoneDays: number[];
  /** The task-sheet quotas asked of it in task order (ids in TaskPlan.quotas), each with how many times (每个项目), in two parallel lists. */
  readonly quotaIds: number[];
  readonly quotaTimes: number[];
  /** The same quotas summed: each distinct id once (in first-asked order) with its times added up, for periods whose counts are whole numbers. */
  readonly distinctIds: number[];
  readonly summedTimes: number[];
  /** The index of the last task that listed the unit, while the plan is built. */
  lastTask: number;
  /** Why quotas of tasks that list it are not its own (a cooperating unit's, an activity): the first few, and how many in all. */
  readonly notOwed: string[];
  notOwedCount: number;
}

/** Every unit's UnitTasks, in the order the tasks first name them, for the categories and projects that decided them. */
interface TaskPlan {
  readonly categoriesOf: TallyInput['categoriesOf'];
  readonly projectsOf: TallyInput['projectsOf'];
  readonly units: Map<string, UnitTasks>;
  /** The distinct quotas asked (parsed quotas are shared objects): a period counts each once. */
  readonly quotas: readonly Quota[];
  /** Whether each unit's quotaIds and quotaTimes are kept (the office's rules judge quotas one by one; a count that is no whole number adds them in task order). */
  readonly lists: boolean;
  /** Every quota's times (每个项目) is a whole number ≥ 0: a unit's expected count may be added quota by quota (distinctIds) instead of task by task. */
  readonly wholeTimes: boolean;
}

/**
 * The tasks read once per task list and shared by every period a report tallies (three or four): a
 * task names up to hundreds of units (a group expanded), and only the quotas' counts depend on the period.
 */
const taskPlanCache = new WeakMap<readonly TaskRecord[], TaskPlan>();
function taskPlanOf(input: TallyInput, lists = input.rules.custom): TaskPlan {
  const cached = taskPlanCache.get(input.tasks);
  if (cached && cached.categoriesOf === input.categoriesOf && cached.projectsOf === input.projectsOf && (cached.lists || !lists)) return cached;
  const units = new Map<string, UnitTasks>();
  const of = (unit: string): UnitTasks => {
    let u = units.get(unit);
    if (!u) units.set(unit, (u = { overdue: 0, overdueAssignments: 0, assignmentDoneDays: [], quotaIds: [], quotaTimes: [], distinctIds: [], summedTimes: [], lastTask: -1, notOwed: [], notOwedCount: 0 }));
    return u;
  };
  const quotas: Quota[] = [];
  const quotaIds = new Map<Quota, number>();
  const idOf = (quota: Quota) => {
    let id = quotaIds.get(quota);
    if (id === undefined) {
      quotaIds.set(quota, (id = quotas.length));
      quotas.push(quota);
    }
    return id;
  };
  let wholeTimes = true;
  const tasks = input.tasks;
  const categoriesOf = memoCategories(input.categoriesOf);
  const notOwed = (own: UnitTasks, task: TaskRecord, coop: boolean) => {
    if (own.notOwedCount++ < NOT_OWED_SHOWN) own.notOwed.push(notOwedText(task, coop));
  };
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t];
    // a quota of pieces is counted against the ledger; one of an activity (开展…活动 每季度1次) is not
    const quota = task.quota && countsSubmissions(task) ? task.quota : null;
    // the categories the task's words name (「市（县区）属各媒体平台」): asked only when some unit cooperates and the quota is not by category
    let named: Set<string> | null = null;
    const namedOf = () => (named ??= namedCategories(task, [...task.lead, ...task.coop].map(categoriesOf)));
    const byCategory = quota?.byCategory;
    // lead units, then cooperating units not already listed (each unit remembers the last task that listed it: no set or copy per task)
    const leads = task.lead.length;
    const count = leads + task.coop.length;
    for (let k = 0; k < count; k++) {
      const unit = k < leads ? task.lead[k] : task.coop[k - leads];
      const own = of(unit);
      if (k >= leads && own.lastTask === t) continue;
      own.lastTask = t;
      if (!quota) {
        if (task.quota) notOwed(own, task, false);
        continue;
      }
      // a cooperating unit owes the lead's quota only when the task names it, its kind or every unit
      if (k >= leads && !byCategory && !coopOwes(task, unit, categoriesOf(unit), namedOf())) {
        notOwed(own, task, true);
        continue;
      }
      // a quota by category asks each unit what its own category's rule says (none: nothing asked)
      // (no object made per unit for a plain quota: this loop runs for every unit of every task)
      const asked = byCategory ? quotaAskedOf(quota, input.categoriesOf?.(unit) ?? [], input.projectsOf && (() => input.projectsOf!(unit))) : null;
      if (byCategory && !asked) continue;
      const id = idOf(asked ? asked.quota : quota);
      const times = asked ? asked.times : 1;
      if (lists) {
        own.quotaIds.push(id);
        own.quotaTimes.push(times);
      }
      wholeTimes &&= Number.isInteger(times) && times >= 0;
      const at = own.distinctIds.indexOf(id); // a handful of distinct quotas per unit
      if (at < 0) {
        own.distinctIds.push(id);
        own.summedTimes.push(times);
      } else own.summedTimes[at] += times;
    }
    const assignment = ASSIGNMENT.test(task.task) || ASSIGNMENT.test(task.section ?? '');
    // a task with several leads kept per unit counts against the leads that have not done it, not those that have
    if (task.status === 'overdue') {
      for (const unit of task.owingLeads ?? task.lead) {
        of(unit).overdue++;
        if (assignment) of(unit).overdueAssignments++;
      }
    }
    if (assignment && task.doneDate && (task.status === 'done' || task.status === 'done_late')) {
      const day = dayOf(task.doneDate);
      for (const unit of task.lead) of(unit).assignmentDoneDays.push(day);
    }
  }
  const plan = { categoriesOf: input.categoriesOf, projectsOf: input.projectsOf, units, quotas, wholeTimes, lists };
  taskPlanCache.set(input.tasks, plan);
  return plan;
}

/** How many reasons a unit's breakdown lists for quotas it does not owe (the rest counted). */
const NOT_OWED_SHOWN = 3;

/** The categories of each unit, asked once per plan. */
function memoCategories(of: TallyInput['categoriesOf']): (unit: string) => readonly string[] {
  const seen = new Map<string, readonly string[]>();
  return (unit) => {
    let c = seen.get(unit);
    if (!c) seen.set(unit, (c = of?.(unit) ?? []));
    return c;
  };
}

/** The breakdown's words for the quotas a unit was listed under but does not owe. */
function notOwedFlags(asked: UnitTasks | undefined): string[] {
  if (!asked || asked.notOwedCount === 0) return [];
  const more = asked.notOwedCount - asked.notOwed.length;
  return more > 0 ? [...asked.notOwed, `另有${more}项任务的指标不计入本单位应报`] : asked.notOwed;
}

/** A task-sheet quota as the engine judges it, period by period (each span counted once: many tasks share a quota). */
const taskSheetQuota = (quota: Quota, times: number): QuotaSource => {
  const counted = new Map<number, number>();
  return {
    type: null, cadence: null, label: '任务分工表量化指标',
    expectedIn: (f: CivilDate, t: CivilDate) => {
      const key = dayOf(f) * 2 ** 23 + dayOf(t);
      let n = counted.get(key);
      if (n === undefined) counted.set(key, (n = expectedCount(quota, f, t) * times));
      return n;
    },
  };
};

/** The task-sheet quota sources of a plan, one per quota and times (units asked by the same tasks share them). */
const quotaSources = new WeakMap<TaskPlan, Map<number, Map<number, QuotaSource>>>();
function quotaSourceOf(plan: TaskPlan, id: number, times: number): QuotaSource {
  let byId = quotaSources.get(plan);
  if (!byId) quotaSources.set(plan, (byId = new Map()));
  let byTimes = byId.get(id);
  if (!byTimes) byId.set(id, (byTimes = new Map()));
  let source = byTimes.get(times);
  if (!source) byTimes.set(times, (source = taskSheetQuota(plan.quotas[id], times)));
  return source;
}


/** Scores every unit that leads or joins a task or appears in the ledger; sorted by rank. */
export function tallyUnits(input: TallyInput): UnitScore[] {
  const { period, rules } = input;
  const units = new Map<string, Accumulator>();
  const acc = (unit: string): Accumulator => {
    let a = units.get(unit);
    if (!a) {
      a = {
        expected: 0, hasQuota: false, actual: 0, adopted: { 中央级: 0, 省级: 0, 市级: 0, 县级: 0 }, overdue: 0, overdueAssignments: 0, assignmentsDone: 0,
        awareness: [], satisfaction: [], entries: [],
      };
      units.set(unit, a);
    }
    return a;
  };
  for (const unit of input.allUnits ?? []) acc(unit);
  const from = dayOf(period.from);
  const to = dayOf(period.to);
  // indexed loops over rows and quotas: a report runs once, mostly before the JIT optimises, where for-of costs an iterator step per item
  let plan = taskPlanOf(input);
  let expectedOf = plan.quotas.map((quota) => expectedCount(quota, period.from, period.to));
  const wholeCounts = plan.wholeTimes && expectedOf.every((n) => Number.isSafeInteger(n) && n >= 0);
  if (!wholeCounts && !plan.lists) {
    // counts that are no whole numbers are added task by task, in task order, as ever: the plan with its lists (same quotas, same order)
    plan = taskPlanOf(input, true);
    expectedOf = plan.quotas.map((quota) => expectedCount(quota, period.from, period.to));
  }
  for (const [unit, asked] of plan.units) {
    const a = acc(unit);
    a.overdue = asked.overdue;
    a.overdueAssignments = asked.overdueAssignments;
    for (const day of asked.assignmentDoneDays) if (day >= from && day <= to) a.assignmentsDone++;
    // what the quotas ask in the period: whole numbers add up exactly in any order, so quota by quota (a unit is asked by
    // hundreds of tasks, of a dozen quotas); otherwise task by task, in task order
    if (wholeCounts) {
      for (let i = 0; i < asked.distinctIds.length; i++) {
        const own = expectedOf[asked.distinctIds[i]] * asked.summedTimes[i];
        a.expected += own;
        a.hasQuota ||= own > 0;
      }
    } else {
      for (let i = 0; i < asked.quotaIds.length; i++) {
        const own = expectedOf[asked.quotaIds[i]] * asked.quotaTimes[i];
        a.expected += own;
        a.hasQuota ||= own > 0;
      }
    }
  }
  // each unit's rows in ledger order: 实报 and 采用 of the period
  const custom = rules.custom;
  for (const [unit, entries] of entriesByUnit(input.ledger)) {
    const a = acc(unit);
    a.entries = entries;
    const days = entryDays(entries);
    for (let i = 0; i < entries.length; i++) {
      if (days[i] < from || days[i] > to) continue;
      const entry = entries[i];
      if (!custom) a.actual += entry.count;
      if (entry.adopted && entry.level) a.adopted[entry.level] += entry.count;
    }
    // under the office's rules 实报 counts pieces, as their quotas do: one piece in several outlets is one submission
    if (custom) a.actual = submittedIn(entries, () => piecesOf(entries).pieces, period.from, period.to, null, true);
  }
  const firstMonth = { year: period.from.year, month: period.from.month, day: 1 };
  for (const check of input.spotChecks) {
    if (check.month && (compareDates(check.month, firstMonth) < 0 || compareDates(check.month, period.to) > 0)) continue;
    const a = units.get(check.unit);
    if (!a) continue;
    if (check.awareness !== null) a.awareness.push(check.awareness);
    if (check.satisfaction !== null) a.satisfaction.push(check.satisfaction);
  }
  const adjustmentsOf = new Map<string, Adjustment[]>();
  for (const adj of input.adjustments ?? []) {
    acc(adj.unit);
    const list = adjustmentsOf.get(adj.unit);
    if (list) list.push(adj);
    else adjustmentsOf.set(adj.unit, [adj]);
  }
  for (const unit of input.lateReturns?.keys() ?? []) acc(unit);
  const metOf = (unit: string) => {
    if (!input.memo) return undefined;
    let met = input.memo.met.get(unit);
    if (!met) input.memo.met.set(unit, (met = new Map()));
    return met;
  };
  // the task sheet's quotas one by one, from the plan that keeps each unit's list (built now if this one does not)
  let listed: TaskPlan | null = plan.lists ? plan : null;
  const taskSheetQuotas = (unit: string): QuotaSource[] => {
    const withLists = (listed ??= taskPlanOf(input, true));
    const asked = withLists.units.get(unit);
    return asked ? asked.quotaIds.map((id, i) => quotaSourceOf(withLists, id, asked.quotaTimes[i])) : [];
  };
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
  const ctx = engineContext(rules, period, input.media ?? null);
  const model = rules.model;
  // units nobody reads are not scored, unless a total scaled to the top one needs every unit's total
  const wanted = input.wanted && model.scale?.basis !== 'top' ? input.wanted : null;
  const scored: [string, Accumulator][] = [];
  for (const entry of units) if (!wanted || wanted(entry[0])) scored.push(entry);
  let rows = scored.map(([unit, a]) => {
    const categories = input.categoriesOf?.(unit) ?? [];
    const fromRules = model.quotas.length ? ruleQuotas(model, unit, categories) : [];
    // the task sheet's quotas as the engine judges them, built only when a rule asks (a unit may be asked by thousands of tasks)
    let quotas: QuotaSource[] | null = fromRules.length ? fromRules : null;
    const quotasOf = () => (quotas ??= taskSheetQuotas(unit));
    // the rules' quotas, where written, are what the unit is asked in the window
    // (应报: an adoption quota is not pieces to submit)
    const expected = fromRules.length ? fromRules.reduce((s, q) => s + (q.adopted ? 0 : q.expectedIn(period.from, period.to)), 0) : a.expected;
    const hasQuota = fromRules.length ? expected > 0 : a.hasQuota;
    const awareness = mean(a.awareness);
    const satisfaction = mean(a.satisfaction);
    const facts: UnitFacts = {
      unit, categories, entries: a.entries, get quotas() { return quotasOf(); }, expected, hasQuota, actual: a.actual, overdue: a.overdue,
      overdueAssignments: a.overdueAssignments, assignmentsDone: a.assignmentsDone, lateReturns: input.lateReturns?.get(unit) ?? [],
      awareness, satisfaction, adjustments: adjustmentsOf.get(unit) ?? [], met: metOf(unit),
    };
    const result = scoreUnit(ctx, facts);
    const completion = hasQuota ? Math.min(a.actual / expected, 1) : null;
    const adoptionPoints = round2(result.parts.filter((p) => p.component === 'adoption').reduce((s, p) => s + p.points, 0));
    return {
      unit, category: OVERALL_CATEGORY, expected, actual: a.actual, completion, adopted: a.adopted, adoptionPoints, overdue: a.overdue,
      awareness, satisfaction, total: result.total, parts: result.parts, notApplicable: result.notApplicable, maxApplicable: result.maxApplicable,
      flags: fromRules.length ? result.flags : [...result.flags, ...notOwedFlags(plan.units.get(unit))], targets: result.targets, counted: result.counted, submitted: result.submitted,
    };
  });
  // 折算 is the ranking's (registry units only, per group when the rule says so): see rankWithinCategories
  const ranks = competitionRanks(rows.map((r) => r.total));
  return rows
    .map((r, i) => ({ ...r, rank: ranks[i], grade: gradeOf(r, rules) }))
    .map((r, i) => ({ r, i }))
    .sort((x, y) => x.r.rank - y.r.rank || x.i - y.i)
    .map(({ r }) => r);
}
