// Points of one adopted piece under the rule model: outlet or level points, by type or × multipliers, and its 批示 bonus.
import { MediaDirectory } from '../sheets/media-sheet';
import { AdoptionRule, FactorRule, RuleModel, hasType, looseKey, matchInstruction } from './rule-model';
import { MediaLevel } from './scoring-rules';
import { amountText } from './points-unit';

/** What a piece is, as far as scoring cares. */
export interface PieceFacts {
  readonly media: string;
  readonly level: MediaLevel | null;
  readonly types: readonly string[];
  readonly instruction: string;
  /** Points the ledger gives the piece (上级计分, 认定分值): its base instead of any rule's, × the 系数 of its types. */
  readonly given?: number;
}

export interface PiecePoints {
  /** Adoption points (base × factors). */
  readonly points: number;
  /** How they were reached, for the breakdown: "省级·单篇", "《常山政务》×头版头条2". */
  readonly label: string;
  /** Whether a rule gives this piece adoption points at all (false: no rule names its outlet, level or type). */
  readonly scored: boolean;
  /** 批示 bonuses in the order written: `nth` counts the earlier 批示 of the same rule (a further one scores its `repeat`). */
  readonly instructions: readonly PieceInstruction[];
  /** 批示 written in the ledger that no 批示 row of 评分规则 matches (said as a flag, never dropped silently). */
  readonly unmatched: readonly string[];
}

/** One leader's 批示 on a piece, as scored: the rule's leader, its points, and how many of that rule came before it. */
export interface PieceInstruction {
  readonly leader: string;
  readonly points: number;
  readonly nth: number;
  /** Scored at the rule's lower 其余批示 points (shown apart from the first 批示); false for 每次 (all alike). */
  readonly further: boolean;
}

interface Candidate {
  readonly points: number;
  readonly label: string;
  readonly typed: boolean;
}

/**
 * Whether a rule's outlet names the piece's outlet (as written, the directory's name, or an alias); a rule may name several,
 * “人民日报、光明日报、经济日报”, as rules list a class of outlets paid alike.
 */
export function sameOutlet(ruleOutlet: string, media: string, directory: MediaDirectory | null): boolean {
  if (sameOneOutlet(ruleOutlet, media, directory)) return true;
  const names = ruleOutlet.split(/[、，,；;]/).map((n) => n.trim()).filter(Boolean);
  return names.length > 1 && names.some((n) => sameOneOutlet(n, media, directory));
}

function sameOneOutlet(ruleOutlet: string, media: string, directory: MediaDirectory | null): boolean {
  const a = looseKey(ruleOutlet);
  if (a === looseKey(media)) return true;
  if (!directory) return false;
  const entry = directory.find(media);
  return entry !== undefined && (looseKey(entry.name) === a || directory.find(ruleOutlet) === entry);
}

/** The directory entry of the piece's outlet, at the piece's level when one name has two. */
function outletEntry(piece: PieceFacts, directory: MediaDirectory | null) {
  return piece.media === '' || !directory ? undefined : directory.findAt(piece.media, piece.level);
}

/**
 * The most specific adoption rule for the piece: outlet+type, level+type, outlet (a row or 媒体名录 分值),
 * level, any+type, any. A type named for a level ("市级 理论调研 30") wins over the outlet's plain value.
 */
function baseCandidate(piece: PieceFacts, model: RuleModel, directory: MediaDirectory | null): Candidate | null {
  const typedBest = (rules: readonly AdoptionRule[]) => {
    const typed = rules.filter((r) => r.type !== null && hasType(piece.types, r.type));
    if (typed.length === 0) return null;
    return typed.reduce((a, b) => (b.points > a.points ? b : a));
  };
  const outletRules = piece.media === '' ? [] : model.adoption.filter((r) => r.outlet !== null && sameOutlet(r.outlet, piece.media, directory));
  const entry = outletEntry(piece, directory);
  // one name at two levels (本市、上级市总《工运信息》): the label says which, or the breakdown adds 10 and 15 under one line
  const twoLevels = entry !== undefined && entry.level !== null && directory!.entries.some((e) => e !== entry && e.name === entry.name);
  const outletName = entry ? (twoLevels ? `${entry.name}（${entry.level}）` : entry.name) : piece.media;
  // points the ledger gives (上级计分, 认定分值) are the piece's own: no rule row replaces them
  // a 奖励办法's given base is money the office read off a slip (稿酬): 台账核定30元, not 台账计分30
  const given = model.pointsUnit === '分' ? `台账计分${piece.given}` : `台账核定${amountText(piece.given ?? 0, model.pointsUnit)}`;
  if (piece.given !== undefined) return { points: piece.given, label: `${outletName}（${given}）`, typed: false };
  const levelRules = piece.level ? model.adoption.filter((r) => r.outlet === null && r.level === piece.level) : [];
  const hit = typedBest(outletRules);
  if (hit) return { points: hit.points, label: `${outletName}·${hit.type}`, typed: true };
  const levelTyped = typedBest(levelRules);
  if (levelTyped) return { points: levelTyped.points, label: `${piece.level}·${levelTyped.type}`, typed: true };
  const plain = outletRules.find((r) => r.type === null);
  if (plain) return { points: plain.points, label: outletName, typed: false };
  const own = entry?.points ?? null;
  if (own !== null) return { points: own, label: outletName, typed: false };
  const level = levelRules.find((r) => r.type === null);
  if (level) return { points: level.points, label: piece.level!, typed: false };
  const anyRules = model.adoption.filter((r) => r.outlet === null && r.level === null);
  const anyTyped = typedBest(anyRules);
  if (anyTyped) return { points: anyTyped.points, label: `${anyTyped.type}`, typed: true };
  const any = anyRules.find((r) => r.type === null);
  return any ? { points: any.points, label: '其他媒体', typed: false } : null;
}

/** Multipliers for the piece's types that apply at its outlet, level or anywhere. */
function factorsFor(piece: PieceFacts, model: RuleModel, directory: MediaDirectory | null): FactorRule[] {
  return model.factors.filter((f) =>
    hasType(piece.types, f.type) &&
    (f.outlet !== null ? piece.media !== '' && sameOutlet(f.outlet, piece.media, directory) : f.level === null || f.level === piece.level));
}

/** The piece's points; an unknown outlet with no level scores 0 (the ledger reports it). */
export function piecePoints(piece: PieceFacts, model: RuleModel, directory: MediaDirectory | null): PiecePoints {
  const base = baseCandidate(piece, model, directory);
  let points = base?.points ?? 0;
  let label = base?.label ?? (piece.media || '未知媒体');
  if (base && !base.typed) {
    for (const f of factorsFor(piece, model, directory)) {
      points *= f.factor;
      label += `·${f.type}×${f.factor}`;
    }
  }
  // 采用加分: on top of the piece's own points, each row of its outlet, level or anywhere whose type (if any) it has
  let bonused = false;
  for (const b of model.bonuses) {
    const where = b.outlet !== null ? piece.media !== '' && sameOutlet(b.outlet, piece.media, directory) : b.level === null || b.level === piece.level;
    if (!where || (b.type !== null && !hasType(piece.types, b.type))) continue;
    points += b.points;
    label += `＋${b.type ?? b.outlet ?? b.level}${amountText(b.points, model.pointsUnit)}`;
    bonused = true;
  }
  const instructions: PieceInstruction[] = [];
  const unmatched: string[] = [];
  const seen = new Map<string, number>();
  if (piece.instruction !== '' && model.instructions.length) {
    for (const leader of piece.instruction.split(/[、,，;；]/).map((t) => t.trim()).filter(Boolean)) {
      // a 批示 row limited to a piece type or an outlet (调研类 批示 +10) wins over the general one
      const specific = model.instructions.filter((r) => r.type !== null && (hasType(piece.types, r.type) || (piece.media !== '' && sameOutlet(r.type, piece.media, directory))));
      const rule = (specific.length ? matchInstruction(leader, specific) : null) ?? matchInstruction(leader, model.instructions.filter((r) => r.type === null));
      if (!rule) {
        unmatched.push(leader);
        continue;
      }
      // the first 批示 of a rule scores its points, a further one its repeat (none: 同级多次批示只加一次)
      const nth = seen.get(rule.leader) ?? 0;
      seen.set(rule.leader, nth + 1);
      // 加倍: the piece's points at this outlet once more (× factor in all)
      if (nth === 0) instructions.push({ leader: rule.leader, points: rule.factor !== undefined ? points * (rule.factor - 1) : rule.points, nth, further: false });
      else if (rule.repeat !== null) instructions.push({ leader: rule.leader, points: rule.repeat, nth, further: rule.repeat !== rule.points });
    }
  }
  return { points, label, scored: base !== null || bonused, instructions, unmatched };
}
