// 名次计分 (梯次计分): points by a unit's place in its ranking group on a count (报送、采用) or on its points, added as a part of its own.
import { RankPointsRule, MEDIA_LEVELS } from './rule-model';
import { round2 } from './engine';
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
 * share the higher place), step = ⌊(place − 1) ÷ 每N名⌋, points = max(0, top − step × drop). Every unit of the group is placed,
 * one with nothing counted too (it takes the last place: the rule ranks all units). Rules apply in the order written, each on
 * the measure before any 名次计分 (a 得分 rule does not see another rule's points).
 */
export function addRankPoints(scores: readonly UnitScore[], rules: readonly RankPointsRule[]): UnitScore[] {
  if (rules.length === 0 || scores.length === 0) return [...scores];
  const added = scores.map(() => [] as { label: string; detail: string; points: number }[]);
  for (const r of rules) {
    const values = scores.map((s) => measure(s, r.basis));
    const places = competitionRanks(values);
    places.forEach((place, i) => {
      const points = Math.max(0, round2(r.top - Math.floor((place - 1) / r.step) * r.drop));
      const label = `${BASIS_LABEL[r.basis]}名次计分`;
      const detail = `${BASIS_LABEL[r.basis]}${fmt(values[i])}，第${place}名；${ladderText(r)}`;
      added[i].push({ label, detail, points });
    });
  }
  return scores.map((s, i) => {
    const parts = added[i].map((a) => ({ component: 'rank' as const, label: a.label, detail: a.detail, count: 1, points: a.points }));
    const total = round2(s.total + parts.reduce((sum, p) => sum + p.points, 0));
    return { ...s, total, parts: [...s.parts, ...parts] };
  });
}
