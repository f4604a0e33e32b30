// The period against the one before it, as offices compare them in a 通报: submissions, adoptions, units that sent nothing.
import { UnitScore } from '../scoring/tally';
import { MEDIA_LEVELS } from '../scoring/scoring-rules';
import { anyQuota } from '../scoring/score-columns';
import { adoptionRate } from './sentences';
import { owesSubmissions } from '../scoring/silence';
import { percentText } from './figures';

interface Sums {
  readonly sent: number;
  readonly adopted: number;
  /** Units with a quota that sent nothing (the 「本期未报送」 of 基本情况). */
  readonly silent: number;
}

const sums = (scores: readonly UnitScore[], owes: (s: UnitScore) => boolean): Sums => ({
  sent: scores.reduce((n, s) => n + s.actual, 0),
  adopted: scores.reduce((n, s) => n + MEDIA_LEVELS.reduce((m, l) => m + s.adopted[l], 0), 0),
  silent: scores.filter((s) => owes(s) && s.actual === 0).length,
});

/** 「报送篇数由40篇减少到26篇」, 「报送篇数仍为26篇」. */
function change(what: string, before: number, now: number, unit: string): string {
  if (before === now) return `${what}仍为${now}${unit}`;
  return `${what}由${before}${unit}${now > before ? '增加' : '减少'}到${now}${unit}`;
}

/** 「采用率由42.8%提高到52.8%」 (西宁市城中区 2017年4月份: 「采纳发布率较上月提高10个百分点」), compared at the tenths printed. */
function rateChange(before: number, now: number): string {
  const [a, b] = [percentText(before), percentText(now)];
  if (a === b) return `采用率仍为${b}`;
  return `采用率由${a}${now > before ? '提高' : '下降'}到${b}`;
}

/**
 * "与2023年5月份相比，报送篇数由40篇减少到26篇，采用篇数由12篇增加到16篇，采用率由30.0%提高到61.5%，有报送指标而未报送的单位由3个增加到6个。"
 * (商洛市: 「当期共采用34条，仅为二季度采用数量（68条）的一半」; 吉林市 counts its 零报送 units against the quarters before);
 * null when nothing was sent in the period before (a ledger that starts this period has nothing to compare with).
 */
export function comparisonSentence(current: readonly UnitScore[], previous: readonly UnitScore[], previousPhrase: string, customRules = false, publishedOnly = false): string | null {
  // who owes is decided once, by this period's quotas, for both periods (without any quota every unit: 吉林市's 零报送单位)
  const quota = anyQuota(current);
  const owes = owesSubmissions(current);
  const before = sums(previous, owes);
  if (before.sent === 0) return null;
  const now = sums(current, owes);
  const clauses = [change('报送篇数', before.sent, now.sent, '篇'), change('采用篇数', before.adopted, now.adopted, '篇')];
  // the rate beside the counts when both periods have one (not under the office's rules: see adoptionRate)
  const [rateBefore, rateNow] = [adoptionRate(previous, customRules, publishedOnly), adoptionRate(current, customRules, publishedOnly)];
  if (rateBefore !== null && rateNow !== null) clauses.push(rateChange(rateBefore, rateNow));
  if (before.silent + now.silent > 0) clauses.push(change(quota ? '有报送指标而未报送的单位' : '未报送的单位', before.silent, now.silent, '个'));
  return `与${previousPhrase}相比，${clauses.join('，')}。`;
}
