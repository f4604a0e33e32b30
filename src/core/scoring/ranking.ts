// Who is ranked and against whom: registry units only, ranked within categories (类型 or 设置 排名分组); unknown names go to 待核实.
import { UnitRegistry, wholeGroup } from '../units/units';
import { ScoringRules } from './scoring-rules';
import { ranksUnits } from './rule-model';
import { addRankPoints, scaleTotals } from './relative';
import { OVERALL_CATEGORY, UnitScore, competitionRanks, gradesWithShare } from './tally';
import { vetoFlag, vetoOf } from './veto';
/** Category of registry units without a 类型. */
export const UNTYPED_CATEGORY = '其他单位';
/** 排名分组 values asking for one overall list. */
const OVERALL_WORDS = new Set(['不分组', '统一排名', '总排名', '全部', '全部单位', '否']);

/** How units are split into categories: the category of each unit and the order of categories. */
export interface CategoryPlan {
  readonly categoryOf: (unit: string) => string;
  readonly order: readonly string[];
  /** Why the ranking is one list although categories were asked for (no registry), for the reader. */
  readonly note?: string;
  /** A unit's place in the registry (序号 where the rule ranks nobody); names it does not hold come after. */
  readonly registryIndex?: (unit: string) => number;
}

/** A name scored in the tasks or ledger that the registry does not know: not ranked, listed to be checked. */
export interface UnverifiedName {
  readonly name: string;
  readonly suggestion?: string;
  /** Where it was used: "任务分工表 第10行", "报送台账 第106行". */
  readonly places: string[];
}

/**
 * The plan of categories. With a registry: by 类型, or by 设置 排名分组: "所属分组" (a registry column),
 * "不分组" (one list), or groups of types "县区、开发区；市直部门、党委部门" (optionally named "县区类：…").
 */
export function categoryPlan(registry: UnitRegistry | null, setting?: string): CategoryPlan {
  if (!registry) return { categoryOf: () => OVERALL_CATEGORY, order: [OVERALL_CATEGORY], note: '未设单位名录，无法区分单位类型，全部单位统一排名。' };
  const text = (setting ?? '').trim();
  const entries = registry.entries;
  const index = new Map(entries.map((e, i) => [e.name, i]));
  const registryIndex = (unit: string) => index.get(unit) ?? entries.length;
  if (OVERALL_WORDS.has(text)) return { categoryOf: () => OVERALL_CATEGORY, order: [OVERALL_CATEGORY], registryIndex };
  const typeOf = new Map(entries.map((e) => [e.name, e.type ?? UNTYPED_CATEGORY]));
  let categoryOfName: (name: string) => string;
  let note: string | undefined;
  if (text === '所属分组' || text === '分组') {
    // the whole cell: “各科室、中心” ranks its units together, never under 各科室 alone (the first of what 、 split)
    const groupOf = new Map(entries.map((e) => [e.name, wholeGroup(e) ?? e.type ?? UNTYPED_CATEGORY]));
    categoryOfName = (n) => groupOf.get(n) ?? UNTYPED_CATEGORY;
    note = severalGroupsNote(entries, groupOf);
  } else if (text !== '' && text !== '类型') {
    const byType = new Map<string, string>();
    for (const piece of text.split(/[；;\n]+/)) {
      const named = /^([^：:]+)[：:](.*)$/.exec(piece);
      const types = (named ? named[2] : piece).split(/[、，,\s]+/).map((t) => t.trim()).filter(Boolean);
      if (types.length === 0) continue;
      const name = named ? named[1].trim() : types.join('、');
      for (const t of types) byType.set(t, name);
    }
    categoryOfName = (n) => {
      const type = typeOf.get(n) ?? UNTYPED_CATEGORY;
      return byType.get(type) ?? type;
    };
  } else {
    categoryOfName = (n) => typeOf.get(n) ?? UNTYPED_CATEGORY;
  }
  const order: string[] = [];
  for (const e of entries) {
    const c = categoryOfName(e.name);
    if (!order.includes(c)) order.push(c);
  }
  return { categoryOf: categoryOfName, order, registryIndex, ...(note ? { note } : {}) };
}

/**
 * Units whose 所属分组 lists several groups of which another unit's 所属分组 is one (“各镇、乡村振兴责任单位” beside “各镇”):
 * ranked under the whole cell, apart from either group, and said so — a unit is never silently ranked in a group of two.
 */
function severalGroupsNote(entries: UnitRegistry['entries'], groupOf: ReadonlyMap<string, string>): string | undefined {
  const single = new Set(entries.filter((e) => e.groups.length === 1).map((e) => e.groups[0]));
  const apart = entries.filter((e) => e.groups.length > 1 && e.groups.some((g) => single.has(g)));
  if (apart.length === 0) return undefined;
  const names = apart.map((e) => `${e.name}（${groupOf.get(e.name)}）`).join('、');
  return `所属分组写了几个分组的单位按所写的整体单独排名：${names}；如应在其中一个分组内排名，请在单位名录的“所属分组”只写该分组。`;
}

/** The categories the scores fall in, in order: headings are shown only when there are two or more. */
export function categoriesOf(scores: readonly UnitScore[]): string[] {
  const out: string[] = [];
  for (const s of scores) if (!out.includes(s.category)) out.push(s.category);
  return out;
}

/**
 * Ranks scores within their categories (competition ranks and grades per category); category order, then rank. 名次计分 rows
 * add their points per category first; a 折算 row then scales the totals: to the top of all ranked units, or of each category
 * (各组最高分).
 */
export function rankWithinCategories(scores: readonly UnitScore[], plan: CategoryPlan, rules: ScoringRules): UnitScore[] {
  const { scale, rankPoints, pointsUnit } = rules.model;
  const ranked = ranksUnits(rules.model);
  const registryOrder = plan.registryIndex ?? (() => 0);
  const byCategory = new Map<string, UnitScore[]>();
  for (const s of scores) {
    const c = plan.categoryOf(s.unit);
    let list = byCategory.get(c);
    if (!list) byCategory.set(c, (list = []));
    list.push(s);
  }
  for (const [c, list] of byCategory) byCategory.set(c, addRankPoints(list, rankPoints, pointsUnit));
  if (scale && !scale.perGroup) {
    // one basis for all: the top unit of every category
    const scaled = new Map(scaleTotals([...byCategory.values()].flat(), scale, pointsUnit).map((s) => [s.unit, s]));
    for (const [c, list] of byCategory) byCategory.set(c, list.map((s) => scaled.get(s.unit) ?? s));
  }
  const out: UnitScore[] = [];
  const order = [...plan.order, ...[...byCategory.keys()].filter((c) => !plan.order.includes(c))];
  for (const category of order) {
    const found = byCategory.get(category);
    if (!found) continue;
    const list = scale?.perGroup ? scaleTotals(found, scale, pointsUnit) : found;
    const ranks = competitionRanks(list.map((s) => s.total));
    // 一票否决 (取消评先资格): ranked by its total as any unit, never 优秀, and not counted against the 优秀比例
    const vetoes = list.map(vetoOf);
    const grades = gradesWithShare(list.map((s, i) => ({ total: s.total, maxApplicable: s.maxApplicable, rank: ranks[i], vetoed: vetoes[i] !== null })), rules);
    list
      .map((s, i) => ({ s: { ...s, category, rank: ranks[i], grade: grades[i], ...(vetoes[i] ? { flags: [...s.flags, vetoFlag(vetoes[i]!)] } : {}) }, i }))
      // a rule that ranks nobody keeps the registry's order (序号), as lists of rewards print it
      .sort((x, y) => (ranked ? x.s.rank - y.s.rank : registryOrder(x.s.unit) - registryOrder(y.s.unit)) || x.i - y.i)
      .forEach(({ s }) => out.push(s));
  }
  return out;
}

/** Splits scores into those of registry units and the unknown names (with where each was used). */
/**
 * Whether a registry row is scored and ranked: a unit, not a 分组 row. A group counts through its members; one that no
 * unit lists (seed 000's 区直各新闻单位 until the clerk fills its members) is no unit: ranked, it stood in the 通报 as
 * a category of its own, 「一、分组」, graded 较差 — UNIT_GROUP tells the clerk to fill its members instead.
 */
export function isScoredUnit(registry: UnitRegistry, name: string): boolean {
  return registry.has(name) && registry.resolve(name).kind !== 'group';
}

export function splitUnverified(
  scores: readonly UnitScore[],
  registry: UnitRegistry | null,
  placesOf: (name: string) => string[],
): { ranked: UnitScore[]; unverified: UnverifiedName[] } {
  if (!registry) return { ranked: [...scores], unverified: [] };
  const ranked: UnitScore[] = [];
  const unverified: UnverifiedName[] = [];
  for (const s of scores) {
    if (registry.has(s.unit)) {
      if (isScoredUnit(registry, s.unit)) ranked.push(s);
    } else {
      const suggestion = registry.suggest(s.unit);
      unverified.push({ name: s.unit, ...(suggestion ? { suggestion } : {}), places: placesOf(s.unit) });
    }
  }
  return { ranked, unverified };
}
