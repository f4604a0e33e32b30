// A unit's points as atoms (one reason each), bounded per period and summed into the parts of its breakdown, rounded so the parts add up.
import { CivilDate } from '../dates/civil-date';
import { COMPONENTS, ComponentKey, RuleModel } from './rule-model';
import { periodKey } from './periods';
import { ScorePart } from './score-model';

export interface Atom {
  component: ComponentKey;
  label: string;
  detail: string;
  count: number;
  points: number;
  date: CivilDate;
}

export const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** Caps and floors, component groups first, then the total, each per its period. */
export function applyBounds(atoms: Atom[], model: RuleModel, end: CivilDate): void {
  const u = model.pointsUnit;
  const ordered = [...model.bounds.filter((b) => b.components !== 'total'), ...model.bounds.filter((b) => b.components === 'total')];
  for (const b of ordered) {
    const of = (a: Atom) =>
      b.components === 'total' || b.components.includes(a.component) || (b.negativeAdjustments && a.component === 'adjustment' && a.points < 0);
    const sums = new Map<string, { sum: number; date: CivilDate }>();
    for (const a of atoms) {
      if (!of(a)) continue;
      const k = periodKey(a.date, b.cadence, model.yearStart);
      const s = sums.get(k);
      if (s) s.sum += a.points;
      else sums.set(k, { sum: a.points, date: a.date });
    }
    if (b.components === 'total' && sums.size === 0 && b.min !== null && b.min > 0) sums.set(periodKey(end, b.cadence, model.yearStart), { sum: 0, date: end });
    // a bound of one component shows in that component's column (采用 after its cap, as today)
    const component: ComponentKey = b.components !== 'total' && b.components.length === 1 ? b.components[0] : 'bound';
    for (const { sum, date } of sums.values()) {
      if (b.max !== null && sum > b.max + 1e-9) atoms.push({ component, label: b.text, detail: `超出${fmt(sum - b.max)}${u}不计`, count: 1, points: b.max - sum, date });
      else if (b.min !== null && sum < b.min - 1e-9) atoms.push({ component, label: b.text, detail: `低于${fmt(b.min)}${u}的部分不计`, count: 1, points: b.min - sum, date });
    }
  }
}

/** Atoms summed by component and label, in component order; details joined. */
export function partsOf(atoms: readonly Atom[]): ScorePart[] {
  type Part = { component: ComponentKey; label: string; details: string[]; count: number; points: number };
  // parts in order of first appearance, found by component then label (no key string per atom)
  const parts: Part[] = [];
  const byComponent = new Map<ComponentKey, Map<string, Part>>();
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i];
    let byLabel = byComponent.get(a.component);
    if (!byLabel) byComponent.set(a.component, (byLabel = new Map()));
    let p = byLabel.get(a.label);
    if (!p) {
      byLabel.set(a.label, (p = { component: a.component, label: a.label, details: [], count: 0, points: 0 }));
      parts.push(p);
    }
    p.count += a.count;
    p.points += a.points;
    if (a.detail && !p.details.includes(a.detail)) p.details.push(a.detail);
  }
  return parts
    .sort((x, y) => COMPONENTS.indexOf(x.component) - COMPONENTS.indexOf(y.component))
    .map((p) => ({ component: p.component, label: p.label, detail: p.details.slice(0, 12).join('；') + (p.details.length > 12 ? `等${p.details.length}项` : ''), count: p.count, points: round2(p.points) }));
}

/** A score as printed: at most two decimals, no trailing zeros (45, 67.4, 12.35). */
export function scoreText(n: number): string {
  return String(round2(n));
}

export function round2(n: number): number {
  return Math.round(n * 100 + Number.EPSILON * Math.sign(n)) / 100;
}

/** Parts rounded one by one may miss the rounded total by a cent: the largest part takes the difference. */
export function settleRounding(parts: ScorePart[], total: number): void {
  const sum = round2(parts.reduce((s, p) => s + p.points, 0));
  const diff = round2(total - sum);
  if (diff === 0 || parts.length === 0) return;
  let at = 0;
  parts.forEach((p, i) => {
    if (Math.abs(p.points) > Math.abs(parts[at].points)) at = i;
  });
  parts[at] = { ...parts[at], points: round2(parts[at].points + diff) };
}
