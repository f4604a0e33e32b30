// 分档: a ladder turns the points a unit earned on some pieces (all, an outlet, a level or a piece type) into one step's points.
import type { PointsUnit } from './points-unit';
import { LedgerEntry } from '../sheets/ledger-sheet';
import { MediaDirectory } from '../sheets/media-sheet';
import type { CountedPiece } from './engine';
import { TierRule, hasType, looseKey, ruleLevel } from './rule-model';
import { sameOutlet } from './piece-points';

/** One ladder applied to a unit: what its pieces earned, the step reached, and the points that replace the raw ones. */
export interface TierResult {
  readonly subject: string | null;
  readonly raw: number;
  readonly step: TierRule | null;
  readonly points: number;
  /** For the breakdown: "农机网信息得分215分，达到200分以上，计45分". */
  readonly label: string;
  readonly detail: string;
}

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Whether a ledger row is one a ladder's 对象 names: an outlet (or several), a level, or a piece type (null: every piece). */
function about(subject: string | null, e: LedgerEntry, media: MediaDirectory | null): boolean {
  if (subject === null) return true;
  const level = ruleLevel(subject);
  if (level) return e.level === level;
  if (e.media !== '' && sameOutlet(subject, e.media, media)) return true;
  return hasType(e.types, subject);
}

/** Whether some ladder of the rules is about the row (its points then show under 分档计分). */
export function inLadder(tiers: readonly TierRule[], e: LedgerEntry, media: MediaDirectory | null): boolean {
  return tiers.some((t) => about(t.subject, e, media));
}

/**
 * Each ladder of the rules over the unit's counted pieces in the window (adoption and 批示 points alike): the highest step whose
 * start the raw points reach, else the bottom step (“…以下”), else nothing (below every step: 0). A unit with no piece of a
 * ladder stands at 0 raw points and takes the step the rule gives that (“20分以下计5分”).
 */
export function tierResults(tiers: readonly TierRule[], counted: readonly CountedPiece[], media: MediaDirectory | null, unit: PointsUnit = '分'): TierResult[] {
  const ladders = new Map<string, TierRule[]>();
  for (const t of tiers) {
    const key = t.subject === null ? '' : looseKey(t.subject);
    const list = ladders.get(key);
    if (list) list.push(t);
    else ladders.set(key, [t]);
  }
  const out: TierResult[] = [];
  for (const steps of ladders.values()) {
    const subject = steps[0].subject;
    const raw = counted.filter((c) => about(subject, c.entry, media)).reduce((s, c) => s + c.points, 0);
    const step = steps.filter((t) => t.from <= raw + 1e-9).reduce<TierRule | null>((best, t) => (best === null || t.from > best.from ? t : best), null);
    const points = step?.points ?? 0;
    const what = `${subject ?? '采用'}得分`;
    const lowest = Math.min(...steps.filter((t) => Number.isFinite(t.from)).map((t) => t.from));
    const reached = step ? `${step.text}，计${fmt(points)}${unit}` : `不足${fmt(lowest)}${unit}，不计${unit === '分' ? '分' : '奖'}`;
    out.push({ subject, raw, step, points, label: `${what}分档`, detail: `${fmt(raw)}${unit}，${reached}` });
  }
  return out;
}
