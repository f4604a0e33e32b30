// Per-person results (通讯员排名) from the ledger's 作者 column: each counted piece's points, shared among its co-authors.
import { CivilDate } from '../dates/civil-date';
import { RuleModel } from './rule-model';
import { competitionRanks } from './tally';
import type { UnitScore } from './tally';
import { Adjustment, CountedPiece, round2 } from './engine';
import { dayOf } from './periods';
import { orderedShares, orderedUnitShare } from './credit-shares';

export interface PersonScore {
  readonly name: string;
  readonly unit: string;
  /** Pieces credited (a piece shared by two authors counts ½ to each when credit is split). */
  readonly pieces: number;
  readonly points: number;
  readonly rank: number;
}

/** The units each author has pieces of their own in (not 合报): where an author of a 合报 piece belongs when the order does not say. */
function homeUnits(scores: readonly UnitScore[]): Map<string, Set<string>> {
  const home = new Map<string, Set<string>>();
  for (const s of scores) {
    for (const c of s.counted) {
      if ((c.entry.partnerUnits?.length ?? 0) > 1) continue;
      for (const name of c.entry.authors) {
        let units = home.get(name);
        if (!units) home.set(name, (units = new Set()));
        units.add(s.unit);
      }
    }
  }
  return home;
}

/**
 * The unit of an author of a 合报 piece: the unit at the author's place when 单位 and 作者 list as many (“党政办、东村” by “李明、王强”),
 * else the partner unit the author has other pieces in, else the first unit written.
 */
function authorUnit(name: string, e: CountedPiece['entry'], partners: readonly string[], home: Map<string, Set<string>>): string {
  const i = e.authors.indexOf(name);
  if (e.authors.length === partners.length && i >= 0) return partners[i];
  return partners.find((u) => home.get(name)?.has(u)) ?? partners[0];
}

/** Each credited author's share of a piece: 1/n (平分), ½ when written by several (减半), else the whole. */
const authorShare = (count: number, sharedCredit: RuleModel['sharedCredit']) =>
  sharedCredit === 'split' ? 1 / count : sharedCredit === 'half' && count > 1 ? 0.5 : 1;

/** The authors a piece credits: all of them, or the first alone (合作分配 第一作者). */
const creditedAuthors = (authors: readonly string[], sharedCredit: RuleModel['sharedCredit']) =>
  sharedCredit === 'first' ? authors.slice(0, 1) : authors;

/**
 * Every author of a counted piece, ranked by points; credit split among co-authors, given whole, or to the first author, as the rules say.
 * 加减分 rows naming authors (dated in the window) count in those people's results too, shared the same way.
 */
export function personScores(
  scores: readonly UnitScore[], sharedCredit: RuleModel['sharedCredit'] = 'split',
  adjustments: readonly Adjustment[] = [], window: { readonly from: CivilDate; readonly to: CivilDate } | null = null,
  weights: readonly number[] | null = null,
): PersonScore[] {
  // 合作分配 3:2: each author's share by place, not an equal one
  const ordered = sharedCredit === 'ordered' && weights !== null;
  const shareAt = (authors: readonly string[], i: number) => (ordered ? orderedShares(authors.length, weights!)[i] : authorShare(authors.length, sharedCredit));
  const byKey = new Map<string, { name: string; unit: string; pieces: number; points: number; rows: Set<number> }>();
  const person = (name: string, unit: string) => {
    const key = `${name}\u0001${unit}`;
    let p = byKey.get(key);
    if (!p) byKey.set(key, (p = { name, unit, pieces: 0, points: 0, rows: new Set() }));
    return p;
  };
  const credit = (name: string, unit: string, c: CountedPiece, points: number, share: number) => {
    const p = person(name, unit);
    // a piece's 批示 bonus is a second counted line of the same row: the piece itself counts once
    if (!p.rows.has(c.entry.row)) {
      p.rows.add(c.entry.row);
      p.pieces += c.entry.count * share;
    }
    p.points += points * share;
  };
  const homeOf = homeUnits(scores);
  for (const s of scores) {
    // 报送计分 as well as adoption: a piece's author earned what it scored (十堰 网络文明传播 积分 by volunteer)
    for (const c of s.submitted ? [...s.submitted, ...s.counted] : s.counted) {
      const authors = creditedAuthors(c.entry.authors, sharedCredit);
      if (authors.length === 0) continue;
      const share = authorShare(authors.length, sharedCredit);
      const partners = c.entry.partnerUnits;
      if (!partners || partners.length < 2) {
        authors.forEach((name, i) => credit(name, s.unit, c, c.points, shareAt(authors, i)));
        continue;
      }
      if (ordered) {
        // the unit holds its authors' shares of the piece: each of them their own part of that
        const unitShare = orderedUnitShare(c.entry, weights!);
        authors.forEach((name, i) => {
          if (unitShare > 0 && authorUnit(name, c.entry, partners, homeOf) === s.unit) credit(name, s.unit, c, c.points / unitShare, shareAt(authors, i));
        });
        continue;
      }
      // a 合报 piece: each author is credited once, in their own unit, with a share of the whole piece (not of a unit's share);
      // 减半: the unit's half is the co-written piece's worth, each author's share of it as written alone or together
      const whole = sharedCredit === 'split' ? c.points * partners.length : c.points;
      const partnerShare = sharedCredit === 'half' ? 1 : share;
      for (const name of authors) if (authorUnit(name, c.entry, partners, homeOf) === s.unit) credit(name, s.unit, c, whole, partnerShare);
    }
  }
  const scored = new Set(scores.map((s) => s.unit));
  const inWindow = (d: CivilDate | null) => !d || !window || (dayOf(d) >= dayOf(window.from) && dayOf(d) <= dayOf(window.to));
  for (const a of adjustments) {
    if (!a.authors?.length || !scored.has(a.unit) || !inWindow(a.date)) continue;
    const authors = creditedAuthors(a.authors, sharedCredit);
    authors.forEach((name, i) => (person(name, a.unit).points += a.points * shareAt(authors, i)));
  }
  const list = [...byKey.values()].map((p) => ({ name: p.name, unit: p.unit, pieces: round2(p.pieces), points: round2(p.points) }));
  const ranks = competitionRanks(list.map((p) => p.points));
  return list.map((p, i) => ({ ...p, rank: ranks[i] })).sort((a, b) => a.rank - b.rank || a.name.localeCompare(b.name, 'zh'));
}
