// Scoring rules of DESIGN.md with their defaults: the one home of every 评分规则 item and value.

// media levels live with the rule model (it reads them in 对象 cells); re-exported here where they were always found
import { MEDIA_LEVELS, MediaLevel } from './rule-model';
export { MEDIA_LEVELS };
export type { MediaLevel };

import { EMPTY_MODEL, RuleModel } from './rule-model';

export interface ScoringRules {
  readonly pointsPerAdoption: Readonly<Record<MediaLevel, number>>;
  readonly adoptionCap: number;
  readonly completionFull: number;
  readonly overduePenalty: number;
  readonly awarenessFull: number;
  readonly satisfactionFull: number;
  /**
   * null when the office's rules give no 等次 (rules written as a 考核办法 without 分数线 or 优秀比例). A line the office's own
   * rules do not write is null: no band is invented below the lines it gives (only 优秀分数线 written: the rest get no 等次).
   */
  readonly gradeLines: { readonly excellent: number | null; readonly good: number | null; readonly fair: number | null } | null;
  /**
   * 优秀比例: the largest share of each ranking category's units graded 优秀 (0.3 for 「优秀等次不超过参评单位的30%」), the best
   * first; a unit tied across the limit is not 优秀. null when the rules set none.
   */
  readonly excellentShare: number | null;
  /** The office's own rows (采用 by outlet and type, 批示, 基础分 …); the defaults' level points when none. */
  readonly model: RuleModel;
  /**
   * Whether the sheet holds the office's own rows: then only what is written counts (no default
   * completion, spot-check or overdue points, no default cap); otherwise today's defaults fill in.
   */
  readonly custom: boolean;
}

/** Each 评分规则 row: its 项目 text, its default 分值, and where it goes. */
export const RULE_ITEMS = [
  { item: '中央级媒体采用(每篇)', value: 10, key: 'level:中央级' },
  { item: '省级媒体采用(每篇)', value: 5, key: 'level:省级' },
  { item: '市级媒体采用(每篇)', value: 2, key: 'level:市级' },
  { item: '县级媒体采用(每篇)', value: 1, key: 'level:县级' },
  { item: '媒体采用得分上限', value: 40, key: 'adoptionCap' },
  { item: '报送完成率(满分)', value: 40, key: 'completionFull' },
  { item: '逾期任务(每项扣分)', value: 2, key: 'overduePenalty' },
  { item: '知晓率(满分)', value: 10, key: 'awarenessFull' },
  { item: '满意度(满分)', value: 10, key: 'satisfactionFull' },
  { item: '优秀分数线', value: 90, key: 'grade:excellent' },
  { item: '良好分数线', value: 75, key: 'grade:good' },
  { item: '一般分数线', value: 60, key: 'grade:fair' },
] as const;

/** The 评分规则 values by key: the items above, and 优秀比例 (no default: no quota unless the office sets one). */
export type RuleKey = (typeof RULE_ITEMS)[number]['key'] | typeof EXCELLENT_SHARE_KEY;
export const EXCELLENT_SHARE_KEY = 'grade:excellentShare';

/** Grade names, best first; below the 一般 line is 较差. */
export const GRADE_NAMES = { excellent: '优秀', good: '良好', fair: '一般', poor: '较差' } as const;

/** 优秀比例 as the 通报 and the sheets' notes say it: 「优秀等次不超过各类单位数的30%」 (one category: 「参评单位数」). */
export const excellentShareText = (share: number, groups: boolean) =>
  `${GRADE_NAMES.excellent}等次不超过${groups ? '各类' : '参评'}单位数的${Math.round(share * 1000) / 10}%`;

/**
 * Builds rules from item values. Without a model of the office's own rows, missing keys take their
 * defaults (today's formula); with one, a key not written does not count (0, no cap, no grades).
 */
export function rulesFromValues(values: Partial<Record<RuleKey, number>>, model?: RuleModel): ScoringRules {
  const custom = model !== undefined;
  const v = (key: (typeof RULE_ITEMS)[number]['key']) => values[key] ?? (custom ? (key === 'adoptionCap' ? Infinity : 0) : RULE_ITEMS.find((r) => r.key === key)!.value);
  const lineOf = (key: 'grade:excellent' | 'grade:good' | 'grade:fair') => (custom ? (values[key] ?? null) : v(key));
  const excellentShare = values[EXCELLENT_SHARE_KEY] ?? null;
  const graded = !custom || excellentShare !== null || values['grade:excellent'] !== undefined || values['grade:good'] !== undefined || values['grade:fair'] !== undefined;
  const pointsPerAdoption = { 中央级: v('level:中央级'), 省级: v('level:省级'), 市级: v('level:市级'), 县级: v('level:县级') };
  const levelRules = MEDIA_LEVELS.filter((l) => !custom || values[`level:${l}`] !== undefined)
    .map((level) => ({ outlet: null, level, type: null, points: pointsPerAdoption[level], cell: null }));
  const adoptionCap = v('adoptionCap');
  const ownModel = model ?? EMPTY_MODEL;
  const capBound = Number.isFinite(adoptionCap)
    ? [{ components: ['adoption' as const], cadence: 'window' as const, max: adoptionCap, min: null, negativeAdjustments: false, text: `媒体采用得分上限 ${adoptionCap} 分` }]
    : [];
  return {
    pointsPerAdoption,
    adoptionCap,
    completionFull: v('completionFull'),
    overduePenalty: v('overduePenalty'),
    awarenessFull: v('awarenessFull'),
    satisfactionFull: v('satisfactionFull'),
    gradeLines: graded ? { excellent: lineOf('grade:excellent'), good: lineOf('grade:good'), fair: lineOf('grade:fair') } : null,
    excellentShare,
    // the office's rows first: an outlet or typed row wins over a level row of the legacy items
    model: { ...ownModel, adoption: [...ownModel.adoption, ...levelRules], bounds: [...capBound, ...ownModel.bounds] },
    custom,
  };
}

export const DEFAULT_RULES: ScoringRules = rulesFromValues({});
