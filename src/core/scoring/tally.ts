// Per-unit tally of a period: expected vs actual submissions, adoptions, overdue, spot checks, score, rank.
import { CivilDate, compareDates, toEpochDays } from '../dates/civil-date';
import { Ledger } from '../sheets/ledger-sheet';
import { memoize } from '../memo';
import { Quota, expectedCount } from '../quotas/quota';
import { categoryQuotaFor } from '../quotas/by-category';
import { GRADE_NAMES, MEDIA_LEVELS, MediaLevel, ScoringRules } from './scoring-rules';
import { SpotCheck } from '../sheets/spotcheck-sheet';
import { TaskRecord } from '../validation/validate';

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
  /** min(actual / expected, 1); null when the unit has no quota in the period (full score). */
  readonly completion: number | null;
  readonly adopted: Readonly<Record<MediaLevel, number>>;
  /** Adoption points after the cap. */
  readonly adoptionPoints: number;
  /** Tasks the unit leads that are overdue at the as-of date. */
  readonly overdue: number;
  /** Mean awareness / satisfaction of the period's spot checks (0..1); null when none. */
  readonly awareness: number | null;
  readonly satisfaction: number | null;
  /** Total rounded to 2 decimals. */
  readonly total: number;
  /** Competition rank within the category (1, 2, 2, 4). */
  readonly rank: number;
  readonly grade: Grade;
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
}

export function round2(n: number): number {
  return Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100;
}

export function gradeOf(total: number, rules: ScoringRules): Grade {
  if (total >= rules.gradeLines.excellent) return GRADE_NAMES.excellent;
  if (total >= rules.gradeLines.good) return GRADE_NAMES.good;
  if (total >= rules.gradeLines.fair) return GRADE_NAMES.fair;
  return GRADE_NAMES.poor;
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
  awareness: number[];
  satisfaction: number[];
}

/** Scores every unit that leads or joins a task or appears in the ledger; sorted by rank. */
export function tallyUnits(input: TallyInput): UnitScore[] {
  const { period, rules } = input;
  const units = new Map<string, Accumulator>();
  const acc = (unit: string): Accumulator => {
    let a = units.get(unit);
    if (!a) {
      a = { expected: 0, hasQuota: false, actual: 0, adopted: { 中央级: 0, 省级: 0, 市级: 0, 县级: 0 }, overdue: 0, awareness: [], satisfaction: [] };
      units.set(unit, a);
    }
    return a;
  };
  const expectedOf = memoize((quota: Quota) => expectedCount(quota, period.from, period.to));
  for (const task of input.tasks) {
    const responsible = task.lead.slice(); // lead and cooperating units, each once
    for (const unit of task.coop) if (!responsible.includes(unit)) responsible.push(unit);
    for (const unit of responsible) acc(unit);
    // a task with several leads kept per unit counts against the leads that have not done it, not those that have
    if (task.status === 'overdue') for (const unit of task.owingLeads ?? task.lead) acc(unit).overdue++;
    if (!task.quota) continue;
    const byCategory = task.quota.byCategory;
    const expected = byCategory ? 0 : expectedOf(task.quota);
    for (const unit of responsible) {
      const a = acc(unit);
      // a quota by category asks each unit what its own category's rule says (none: nothing asked)
      const piece = byCategory ? categoryQuotaFor(byCategory, input.categoriesOf?.(unit) ?? []) : null;
      const own = piece ? expectedOf(piece.quota) * (piece.perProject ? (input.projectsOf?.(unit) ?? 1) : 1) : expected;
      a.expected += own;
      a.hasQuota ||= own > 0;
    }
  }
  const from = toEpochDays(period.from);
  const to = toEpochDays(period.to);
  for (const entry of input.ledger.entries) {
    const a = acc(entry.unit);
    const day = toEpochDays(entry.date);
    if (day < from || day > to) continue;
    a.actual += entry.count;
    if (entry.adopted && entry.level) a.adopted[entry.level] += entry.count;
  }
  const firstMonth = { year: period.from.year, month: period.from.month, day: 1 };
  for (const check of input.spotChecks) {
    if (check.month && (compareDates(check.month, firstMonth) < 0 || compareDates(check.month, period.to) > 0)) continue;
    const a = units.get(check.unit);
    if (!a) continue;
    if (check.awareness !== null) a.awareness.push(check.awareness);
    if (check.satisfaction !== null) a.satisfaction.push(check.satisfaction);
  }
  const mean = (xs: number[]) => (xs.length ? xs.reduce((s, x) => s + x, 0) / xs.length : null);
  const rows = [...units].map(([unit, a]) => {
    const completion = a.hasQuota ? Math.min(a.actual / a.expected, 1) : null;
    const rawPoints = MEDIA_LEVELS.reduce((s, level) => s + a.adopted[level] * rules.pointsPerAdoption[level], 0);
    const adoptionPoints = Math.min(rawPoints, rules.adoptionCap);
    const awareness = mean(a.awareness);
    const satisfaction = mean(a.satisfaction);
    const total = round2(
      adoptionPoints + (completion ?? 1) * rules.completionFull - a.overdue * rules.overduePenalty +
        (awareness ?? 0) * rules.awarenessFull + (satisfaction ?? 0) * rules.satisfactionFull,
    );
    return {
      unit, category: OVERALL_CATEGORY, expected: a.expected, actual: a.actual, completion, adopted: a.adopted, adoptionPoints, overdue: a.overdue,
      awareness, satisfaction, total,
    };
  });
  const ranks = competitionRanks(rows.map((r) => r.total));
  return rows
    .map((r, i) => ({ ...r, rank: ranks[i], grade: gradeOf(r.total, rules) }))
    .map((r, i) => ({ r, i }))
    .sort((x, y) => x.r.rank - y.r.rank || x.i - y.i)
    .map(({ r }) => r);
}
