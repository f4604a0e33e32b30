// Points relative to the other units of a ranking group: 名次计分 (by place on a count) and 折算 (scaled to the top unit or a full score).
import { MEDIA_LEVELS, RankPointsRule, RuleModel } from './rule-model';
import { ScorePart, round2 } from './engine';
import { UnitScore, competitionRanks } from './tally';
import { DEFAULT_POINTS_UNIT, PointsUnit, countVerb, scoredWord } from './points-unit';

/** What a 名次计分 rule places units by, in the rules' words (得分, or 奖励 for a 奖励办法). */
const basisLabel = (basis: RankPointsRule['basis'], unit: PointsUnit): string =>
  basis === 'submitted' ? '报送条数' : basis === 'adopted' ? '采用条数' : scoredWord(unit);

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** What a unit is placed by under a rule: pieces submitted, pieces adopted, or its total so far. */
function measure(s: UnitScore, basis: RankPointsRule['basis']): number {
  if (basis === 'submitted') return s.actual;
  if (basis === 'adopted') return MEDIA_LEVELS.reduce((sum, level) => sum + s.adopted[level], 0);
  return s.total;
}

/** How a rule reads in the breakdown: 第1—5名5分，每5名减1分 (第1名800元，每名减200元 for a 奖励办法). */
function ladderText(r: RankPointsRule, unit: PointsUnit): string {
  const first = r.step === 1 ? '第1名' : `第1—${r.step}名`;
  return `${first}${fmt(r.top)}${unit}，每${r.step === 1 ? '' : r.step}名减${fmt(r.drop)}${unit}`;
}

/**
 * The units of one ranking group with each 名次计分 rule's points added: places are competition ranks on the rule's measure (ties
 * share the higher place), step = ⌊(place − 1) ÷ 每N名⌋, points = max(0, top − step × drop). A unit with nothing counted (no piece
 * submitted or adopted, no points) is not placed and scores 0 on that rule: otherwise a period where nobody reported would give
 * every unit the first step. Rules apply in the order written, each on the measure before any 名次计分 (a 得分 rule does not see
 * another rule's points).
 */
export function addRankPoints(scores: readonly UnitScore[], rules: readonly RankPointsRule[], unit: PointsUnit = DEFAULT_POINTS_UNIT): UnitScore[] {
  if (rules.length === 0 || scores.length === 0) return [...scores];
  const added = scores.map(() => [] as { label: string; detail: string; points: number }[]);
  for (const r of rules) {
    const values = scores.map((s) => measure(s, r.basis));
    const placed = values.filter((v) => v > 0);
    const places = competitionRanks(placed);
    const placeOf = new Map(placed.map((v, i) => [v, places[i]]));
    const basis = basisLabel(r.basis, unit);
    const label = `${basis}名次${countVerb(unit)}`;
    const ladder = ladderText(r, unit);
    const measured = (value: number) => `${basis}${fmt(value)}${r.basis === 'points' ? unit : ''}`;
    values.forEach((value, i) => {
      const place = placeOf.get(value);
      if (place === undefined) {
        added[i].push({ label, detail: `${measured(value)}，不参加排名，不${countVerb(unit)}；${ladder}`, points: 0 });
        return;
      }
      const points = Math.max(0, round2(r.top - Math.floor((place - 1) / r.step) * r.drop));
      added[i].push({ label, detail: `${measured(value)}，第${place}名；${ladder}`, points });
    });
  }
  return scores.map((s, i) => {
    const parts = added[i].map((a) => ({ component: 'rank' as const, label: a.label, detail: a.detail, count: 1, points: a.points }));
    const total = round2(s.total + parts.reduce((sum, p) => sum + p.points, 0));
    return { ...s, total, parts: [...s.parts, ...parts] };
  });
}

/**
 * Adds a 折算 part to every unit so that its total becomes total × points ÷ basis (the top total of those given, or a full score).
 * The part names what it was reached from — the unit's raw total, the top units and their raw total, the result — so the raw
 * parts plus this one add up to the scaled total as the detail says (原始分5 × 100 ÷ 本组最高分10 = 50).
 */
export function scaleTotals<T extends { readonly unit: string; readonly total: number; readonly parts: readonly ScorePart[] }>(
  results: readonly T[], scale: RuleModel['scale'], unit: PointsUnit = DEFAULT_POINTS_UNIT,
): T[] {
  // 按完成比例 (basis 'target') is each unit's own, scored with the unit (completion-scale.ts)
  if (!scale || scale.basis === 'target') return [...results];
  const top = Math.max(0, ...results.map((r) => r.total));
  const basis = scale.basis === 'top' ? top : scale.basis;
  if (basis <= 0) return [...results];
  // a 奖励办法 scales money (按比例折算（最高奖励10元折算为100元…）), a 考核办法 points to an N-point scale (折算为100分制)
  const money = unit !== '分';
  const topWord = `${scale.perGroup ? '本组' : ''}最高${money ? scoredWord(unit) : '分'}`;
  const fullWord = money ? '满额' : '满分';
  const topUnits = results.filter((r) => r.total === top).map((r) => r.unit).join('、');
  const from = scale.basis === 'top' ? `${topWord}${fmt(basis)}${unit}` : `${fullWord}${fmt(basis)}${unit}`;
  const label = money
    ? `按比例折算（${from}折算为${fmt(scale.points)}${unit}${scale.basis === 'top' ? `：${topUnits}` : ''}）`
    : scale.basis === 'top'
      ? `折算为${fmt(scale.points)}分制（${from}计满分：${topUnits}）`
      : `折算为${fmt(scale.points)}分制（${from}）`;
  const basisWord = scale.basis === 'top' ? topWord : fullWord;
  return results.map((r) => {
    const total = round2((r.total * scale.points) / basis);
    const detail = `原始${money ? scoredWord(unit) : '分'}${fmt(r.total)} × ${fmt(scale.points)} ÷ ${basisWord}${fmt(basis)} = ${fmt(total)}${money ? unit : ''}`;
    return { ...r, total, parts: [...r.parts, { component: 'scale' as const, label, detail, count: 1, points: round2(total - r.total) }] };
  });
}
