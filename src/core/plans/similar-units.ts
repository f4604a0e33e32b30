// Two names of one plan that may be one unit (市教育局 beside 市教体局, a renamed or shortened name): a doubt for the clerk, never merged.
import { UnitRegistry, registryFromNames } from '../units/units';
import type { PlanDoubt, PlanMeasure } from './read-plan';

/** Plans with more names than this are not compared pair by pair (each name is weighed against a registry of the others). */
const MAX_NAMES = 200;

/**
 * Each pair of names the registry's own suggestion joins (the cautious one `check` uses: words left out or added, never a
 * changed character), said once at the measure where the second name first appears. Seed 004's 分工表 names 市教体局
 * (rows 1, 2, 4) and 市教育局 (row 9): import listed both in 单位名录 and wrote a form for each.
 */
export function similarUnitDoubts(measures: readonly PlanMeasure[]): PlanDoubt[] {
  const firstAt = new Map<string, number>();
  for (const m of measures) for (const u of [...m.lead, ...m.coop]) if (!firstAt.has(u)) firstAt.set(u, m.paragraph);
  const names = [...firstAt.keys()];
  if (names.length < 2 || names.length > MAX_NAMES) return [];
  const out: PlanDoubt[] = [];
  const said = new Set<string>();
  for (const name of names) {
    const other = new UnitRegistry(registryFromNames(names.filter((n) => n !== name))).suggest(name);
    // the same kind of body (局 and 局, 台 and 台): the suggestion alone paired 县民政局 with 县政府办 (反诈 plan, 旌德)
    if (!other || other.slice(-1) !== name.slice(-1) || said.has(`${other}\u0000${name}`)) continue;
    said.add(`${name}\u0000${other}`);
    const [first, second] = firstAt.get(name)! <= firstAt.get(other)! ? [name, other] : [other, name];
    out.push({ paragraph: firstAt.get(second)!, why: `“${second}”与“${first}”可能是同一单位（更名、简称或笔误）：如是，请统一写法，或在单位名录中删去一行、把它写为另一行的别名` });
  }
  return out;
}
