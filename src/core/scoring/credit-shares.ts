// Shares of a co-written piece by the order of names (畜牧局: 「多人合写的，只计前两名作者，按3:2分配」): authors' and units' parts.
import type { LedgerEntry } from '../sheets/ledger-sheet';

/**
 * Each author's share of a piece by place: the weights of the first authors, as many as there are weights (3:2 → 0.6, 0.4), those after
 * them nothing; a piece with fewer authors than weights shares the first weights (one author: the whole).
 */
export function orderedShares(authors: number, weights: readonly number[]): number[] {
  const used = weights.slice(0, Math.max(authors, 0));
  const sum = used.reduce((s, w) => s + w, 0);
  return Array.from({ length: authors }, (_, i) => (i < used.length && sum > 0 ? used[i] / sum : 0));
}

/**
 * The share of a 合报 row's unit: the shares of the authors at its places (单位 and 作者 written in the same order, 「畜牧科、办公室」 by
 * 「王军、刘芳」); without one author per unit, an equal share.
 */
export function orderedUnitShare(e: LedgerEntry, weights: readonly number[]): number {
  const units = e.partnerUnits;
  if (!units || units.length < 2) return 1;
  if (e.authors.length !== units.length) return 1 / e.partners;
  const shares = orderedShares(e.authors.length, weights);
  return units.reduce((s, u, i) => s + (u === e.unit ? shares[i] : 0), 0);
}

/** 「3:2」「3：2」「60%、40%」「6比4」: the weights by place; null when the words hold fewer than two. */
export function weightsOf(text: string): number[] | null {
  const t = text.normalize('NFKC');
  const ratio = /(\d+(?:\.\d+)?)\s*(?:[:：比]\s*(\d+(?:\.\d+)?))+/.exec(t);
  if (ratio) {
    const all = ratio[0].split(/[:：比]/).map((x) => Number(x.trim()));
    if (all.length >= 2 && all.every((n) => n > 0)) return all;
  }
  const percents = [...t.matchAll(/(\d+(?:\.\d+)?)%/g)].map((m) => Number(m[1]));
  return percents.length >= 2 && percents.every((n) => n > 0) ? percents : null;
}
