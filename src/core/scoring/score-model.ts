// What scoring one unit takes (the facts the tally gathers) and gives (parts that add up, targets, quotas met, what does not apply).
import { CivilDate } from '../dates/civil-date';
import { LedgerEntry } from '../sheets/ledger-sheet';
import { Cadence, ComponentKey } from './rule-model';

/** One line of a unit's breakdown: a component, what it is for, how many, and the points (they add up to the total). */
export interface ScorePart {
  readonly component: ComponentKey;
  readonly label: string;
  readonly detail: string;
  readonly count: number;
  readonly points: number;
}

/** A component that does not apply to the unit in the period, and why (not full marks, not zero). */
export interface NotApplicable {
  readonly component: ComponentKey;
  readonly reason: string;
}

/** 目标分: points earned against the target, per period. */
export interface TargetResult {
  readonly label: string;
  readonly target: number;
  readonly earned: number;
}

/** A 加减分 row: what only people judge (失实, 被通报, 约稿完成 …). */
export interface Adjustment {
  readonly unit: string;
  readonly date: CivilDate | null;
  readonly points: number;
  readonly reason: string;
  readonly row: number;
  /** The people it concerns (加减分 作者 column): it counts in their results as in the unit's. */
  readonly authors?: readonly string[];
}

/** A piece's points counted for a unit (after 同稿多用), for per-person results. */
export interface CountedPiece {
  readonly entry: LedgerEntry;
  readonly points: number;
}

/** A submission quota: pieces expected in a span, of a type or any. */
export interface QuotaSource {
  readonly type: string | null;
  /** The quota's own period (每周1条): judged period by period, a short week not made up by a long one; null for task-sheet quotas. */
  readonly cadence: Cadence | null;
  readonly label: string;
  readonly expectedIn: (from: CivilDate, to: CivilDate) => number;
  /** 采用指标: counts adopted pieces; judged for 基础分 and streaks, never a 缺报. */
  readonly adopted?: boolean;
}

/** Everything known about one unit, gathered by the tally. */
export interface UnitFacts {
  readonly unit: string;
  readonly categories: readonly string[];
  /** The unit's ledger rows (all dates: streaks look back before the window). */
  readonly entries: readonly LedgerEntry[];
  readonly quotas: readonly QuotaSource[];
  /** Today's completion inputs over the window. */
  readonly expected: number;
  readonly hasQuota: boolean;
  readonly actual: number;
  readonly overdue: number;
  readonly overdueAssignments: number;
  readonly assignmentsDone: number;
  readonly lateReturns: readonly CivilDate[];
  readonly awareness: number | null;
  readonly satisfaction: number | null;
  readonly adjustments: readonly Adjustment[];
  /**
   * The unit's quotas met or not per span (by dayOf(from) · 2^23 + dayOf(to)), kept by the caller for as long as the
   * unit's quotas, rows and rules stay the same (every period of one report); absent: worked out afresh.
   */
  readonly met?: Map<number, QuotaMet>;
}

/** Pieces a unit's quotas expect in a span, and how many it is short (period by period); of them, the submission quotas' (缺报). */
export interface QuotaMet {
  readonly expected: number;
  readonly missing: number;
  readonly expectedSubmitted: number;
  readonly missingSubmitted: number;
  /** The adoption quotas not met and by how much (每年采用市级以上8篇 差1篇), to say which publication quota fell short. */
  readonly shortAdopted?: readonly { readonly label: string; readonly short: number }[];
}

export interface UnitResult {
  readonly parts: ScorePart[];
  readonly total: number;
  readonly notApplicable: NotApplicable[];
  readonly flags: string[];
  readonly targets: TargetResult[];
  /** The most the unit could score on the capped components that apply (today's formula only), for grading. */
  readonly maxApplicable: number | null;
  readonly counted: CountedPiece[];
  /** Pieces' 报送计分, for per-person results (kept apart: targets and 分档 count adoption points only). */
  readonly submitted: CountedPiece[];
}
