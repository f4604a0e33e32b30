// The unit a rule's amounts are counted in — 分 (a 考核办法) or 元 (a 奖励办法) — and every header and word that carries it: one home.
import { COMPONENT_LABEL, ComponentKey } from './rule-model';

/** 分: points of a 考核办法; 元: money of a 奖励办法 (“每篇奖励200元”), written in 评分规则 as “计分单位 | 元”. */
export type PointsUnit = '分' | '元';

/** The unit of rules that say none. */
export const DEFAULT_POINTS_UNIT: PointsUnit = '分';

/** What a 计分单位 row names (对象, 类型 or 分值 cell): 元 (奖金, 人民币), 分 (积分, 分值); null when neither. */
export function pointsUnitOf(text: string): PointsUnit | null {
  const t = text.normalize('NFKC').replace(/[\s()（）]/g, '');
  if (/^(元|人民币|人民币元|奖金|奖励金额|金额|元\/篇|元每篇)$/.test(t)) return '元';
  if (/^(分|积分|分值|得分|分数)$/.test(t)) return '分';
  return null;
}

/** An amount as printed in a sentence: “45分”, “1500元” (at most two decimals, no trailing zeros). */
export const amountText = (n: number, unit: PointsUnit): string => `${Math.round(n * 100) / 100}${unit}`;

/** The header of the column that adds up a unit's amounts (总分; 奖励合计 for a 奖励办法, whose tables say 金额单位：元). */
export const totalHeader = (unit: PointsUnit): string => (unit === '元' ? '奖励合计' : '总分');

/** What a table of amounts says once about their unit (金额单位：元), as 公文 tables do; '' for points. */
export const unitNote = (unit: PointsUnit): string => (unit === '元' ? '金额单位：元' : '');

/** The verb of counting an amount: 计分 / 计奖 (“不重复计奖”). */
export const countVerb = (unit: PointsUnit): string => (unit === '元' ? '计奖' : '计分');

/** What a unit receives, as a sentence says it: 得分 / 奖励. */
export const scoredWord = (unit: PointsUnit): string => (unit === '元' ? '奖励' : '得分');

/** A component's column header in the rules' words: 采用得分, or 采用奖励 for a 奖励办法 (批示奖励, 缺报扣减, 加减). */
export function componentHeader(c: ComponentKey, unit: PointsUnit = DEFAULT_POINTS_UNIT): string {
  const label = COMPONENT_LABEL[c];
  if (unit === '分') return label;
  return label.replace(/^基础分$/, '基础奖励').replace(/^加减分$/, '加减').replace(/(得分|计分|加分)$/, '奖励').replace(/扣分$/, '扣减');
}
