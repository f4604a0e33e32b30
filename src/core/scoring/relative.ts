// Points relative to the other units of a ranking group: 名次计分 (by place on a count) and 折算 (scaled to the top unit or a full score).
import { MEDIA_LEVELS, RankPointsRule, RuleModel } from './rule-model';
import { ScorePart, round2 } from './engine';
import { UnitScore, competitionRanks } from './tally';

const BASIS_LABEL: Record<RankPointsRule['basis'], string> = { submitted: '报送条数', adopted: '采用条数', points: '得分' };

const fmt = (n: number) => String(Math.round(n * 100) / 100);

/** What a unit is placed by under a rule: pieces submitted, pieces adopted, or its total so far. */
function measure(s: UnitScore, basis: RankPointsRule['basis']): number {
  if (basis === 'submitted') return s.actual;
  if (basis === 'adopted') return MEDIA_LEVELS.reduce((sum, level) => sum + s.adopted[level], 0);
  return s.total;
}

/** How a rule reads in the breakdown: 第1—5名5分，每5名减1分. */
function ladderText(r: RankPointsRule): string {
  const first = r.step === 1 ? '第1名' : `第1—${r.step}名`;
  return `${first}${fmt(r.top)}分，每${r.step === 1 ? '' : r.step}名减${fmt(r.drop)}分`;
}

/**
 * The units of one ranking group with each 名次计分 rule's points added: places are competition ranks on the rule's measure (ties
 * share the higher place), step = ⌊(place − 1) ÷ 每N名⌋, points = max(0, top − step × drop). A unit with nothing counted (no piece
 * submitted or adopted, no points) is not placed and scores 0 on that rule: otherwise a period where nobody reported would give
 * every unit the first step. Rules apply in the order written, each on the measure before any 名次计分 (a 得分 rule does not see
 * another rule's points).
 */
export function addRankPoints(scores: readonly UnitScore[], rules: readonly RankPointsRule[]): UnitScore[] {
  if (rules.length === 0 || scores.length === 0) return [...scores];
  const added = scores.map(() => [] as { label: string; detail: string; points: number }[]);
  for (const r of rules) {
    const values = scores.map((s) => measure(s, r.basis));
    const placed = values.filter((v) => v > 0);
    const places = competitionRanks(placed);
    const placeOf = new Map(placed.map((v, i) => [v, places[i]]));
    const label = `${BASIS_LABEL[r.basis]}名次计分`;
    values.forEach((value, i) => {
      const place = placeOf.get(value);
      if (place === undefined) {
        added[i].push({ label, detail: `${BASIS_LABEL[r.basis]}${fmt(value)}，不参加排名，不计分；${ladderText(r)}`, points: 0 });
        return;
      }
      const points = Math.max(0, round2(r.top - Math.floor((place - 1) / r.step) * r.drop));
      added[i].push({ label, detail: `${BASIS_LABEL[r.basis]}${fmt(value)}，第${place}名；${ladderText(r)}`, points });
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
export function scaleTotals<T extends { readonly unit: string; readonly total: number; readonly parts: readonly ScorePart[] }>(results: readonly T[], scale: RuleModel['scale']): T[] {
  if (!scale) return [...results];
  const top = Math.max(0, ...results.map((r) => r.total));
  const basis = scale.basis === 'top' ? top : scale.basis;
  if (basis <= 0) return [...results];
  const topWord = scale.perGroup ? '本组最高分' : '最高分';
  const topUnits = results.filter((r) => r.total === top).map((r) => r.unit).join('、');
  const label = scale.basis === 'top' ? `折算为${fmt(scale.points)}分制（${topWord}${fmt(basis)}分计满分：${topUnits}）` : `折算为${fmt(scale.points)}分制（满分${fmt(basis)}分）`;
  const basisWord = scale.basis === 'top' ? topWord : '满分';
  return results.map((r) => {
    const total = round2((r.total * scale.points) / basis);
    const detail = `原始分${fmt(r.total)} × ${fmt(scale.points)} ÷ ${basisWord}${fmt(basis)} = ${fmt(total)}`;
    return { ...r, total, parts: [...r.parts, { component: 'scale' as const, label, detail, count: 1, points: round2(total - r.total) }] };
  });
}
