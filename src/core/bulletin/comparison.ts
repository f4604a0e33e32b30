// The period against the one before it, as offices compare them in a 通报: submissions, adoptions, units that sent nothing.
import { Period, UnitScore } from '../scoring/tally';
import { MEDIA_LEVELS } from '../scoring/scoring-rules';
import { addDays, daysBetween, daysInMonth } from '../dates/civil-date';

/**
 * The period before, of the same kind: the same number of whole months before a span of whole months (a quarter's is the
 * quarter before, 吉林市 「从第一季度的15家，第二季度的10家，减少到第三季度的6家」), else as many days before.
 */
export function previousSpan(period: Period): Period {
  const { from, to } = period;
  if (from.day === 1 && to.day === daysInMonth(to.year, to.month)) {
    const months = (to.year - from.year) * 12 + to.month - from.month + 1;
    const start = from.year * 12 + from.month - 1 - months;
    const end = start + months - 1;
    const at = (index: number, last: boolean) => {
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return { year, month, day: last ? daysInMonth(year, month) : 1 };
    };
    return { from: at(start, false), to: at(end, true) };
  }
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

interface Sums {
  readonly sent: number;
  readonly adopted: number;
  /** Units with a quota that sent nothing (the 「本期未报送」 of 基本情况). */
  readonly silent: number;
}

const sums = (scores: readonly UnitScore[]): Sums => ({
  sent: scores.reduce((n, s) => n + s.actual, 0),
  adopted: scores.reduce((n, s) => n + MEDIA_LEVELS.reduce((m, l) => m + s.adopted[l], 0), 0),
  silent: scores.filter((s) => s.expected > 0 && s.actual === 0).length,
});

/** 「报送篇数由40篇减少到26篇」, 「报送篇数仍为26篇」. */
function change(what: string, before: number, now: number, unit: string): string {
  if (before === now) return `${what}仍为${now}${unit}`;
  return `${what}由${before}${unit}${now > before ? '增加' : '减少'}到${now}${unit}`;
}

/**
 * "与2023年5月份相比，报送篇数由40篇减少到26篇，采用篇数由12篇增加到16篇，有报送指标而未报送的单位由3个增加到6个。"
 * (商洛市: 「当期共采用34条，仅为二季度采用数量（68条）的一半」; 吉林市 counts its 零报送 units against the quarters before);
 * null when nothing was sent in the period before (a ledger that starts this period has nothing to compare with).
 */
export function comparisonSentence(current: readonly UnitScore[], previous: readonly UnitScore[], previousPhrase: string): string | null {
  const before = sums(previous);
  if (before.sent === 0) return null;
  const now = sums(current);
  const clauses = [change('报送篇数', before.sent, now.sent, '篇'), change('采用篇数', before.adopted, now.adopted, '篇')];
  if (before.silent + now.silent > 0) clauses.push(change('有报送指标而未报送的单位', before.silent, now.silent, '个'));
  return `与${previousPhrase}相比，${clauses.join('，')}。`;
}
