// Movement between periods: the previous period of the same length, 较上期 texts, and units with N months without submissions.
import { CivilDate, addDays, daysBetween, daysInMonth, formatChinese } from '../dates/civil-date';
import { LedgerEntry } from '../sheets/ledger-sheet';
import { Period, UnitScore } from './tally';
import { YearStart, assessmentYearFrom, assessmentYearOf, dayOf } from './periods';

const QUARTERS = ['一', '二', '三', '四'];

/**
 * The period as offices write it in a 通报: "2023年6月份", "2021年第一季度", "2023年上半年", "2023年", "2018年1—2月份",
 * "2022年12月至2023年1月"; dates ("2023年1月1日至6月15日") only when the period does not cover whole months.
 */
export function periodPhrase(period: Period): string {
  const { from, to } = period;
  if (isWholeMonth(period)) return `${from.year}年${from.month}月份`;
  const wholeMonths = from.day === 1 && to.day === daysInMonth(to.year, to.month);
  if (wholeMonths && from.year === to.year) {
    const year = `${from.year}年`;
    if (from.month === 1 && to.month === 12) return year;
    if (from.month === 1 && to.month === 6) return `${year}上半年`;
    if (from.month === 7 && to.month === 12) return `${year}下半年`;
    if ((from.month - 1) % 3 === 0 && to.month === from.month + 2) return `${year}第${QUARTERS[(from.month - 1) / 3]}季度`;
    return `${year}${from.month}—${to.month}月份`;
  }
  if (wholeMonths) return `${from.year}年${from.month}月至${to.year}年${to.month}月`;
  const end = to.year === from.year ? `${to.month}月${to.day}日` : formatChinese(to);
  return `${formatChinese(from)}至${end}`;
}

/** Default of 设置 连续零报送月数. */
export const DEFAULT_ZERO_REPORT_MONTHS = 2;

export function isWholeMonth(period: Period): boolean {
  const { from, to } = period;
  return from.day === 1 && from.year === to.year && from.month === to.month && to.day === daysInMonth(to.year, to.month);
}

/**
 * The period before, of the same kind: as many calendar months before a span of whole months (the month, the quarter,
 * the half-year before: 第二季度 is compared with 第一季度, 吉林市 「从第一季度的15家，第二季度的10家，减少到第三季度的6家」),
 * else as many days before.
 */
export function previousSpan(period: Period): Period {
  const { from, to } = period;
  if (from.day === 1 && to.day === daysInMonth(to.year, to.month)) {
    const months = (to.year - from.year) * 12 + to.month - from.month + 1;
    const start = from.year * 12 + from.month - 1 - months;
    const at = (index: number, last: boolean) => {
      const year = Math.floor(index / 12);
      const month = (index % 12) + 1;
      return { year, month, day: last ? daysInMonth(year, month) : 1 };
    };
    return { from: at(start, false), to: at(start + months - 1, true) };
  }
  const length = daysBetween(from, to) + 1;
  return { from: addDays(from, -length), to: addDays(from, -1) };
}

/**
 * previousSpan within the plan year: null when it starts before it (January has no 较上期) — before the 考核年度 the rule starts in
 * another month (评分规则 考核年度: with a year from August, August has none and January compares with December).
 */
export function previousPeriod(period: Period, planYear: number, yearStart: YearStart = 1): Period | null {
  const prev = previousSpan(period);
  return dayOf(prev.from) < dayOf(assessmentYearFrom(planYear, yearStart)) ? null : prev;
}

/** 较上期: ↑2 / ↓1 / 持平 / 新增 (not ranked last period); null when there is no previous period. */
export function movementText(rank: number, previousRank: number | undefined, hasPrevious: boolean): string | null {
  if (!hasPrevious) return null;
  if (previousRank === undefined) return '新增';
  if (previousRank === rank) return '持平';
  return previousRank > rank ? `↑${previousRank - rank}` : `↓${rank - previousRank}`;
}

/**
 * Movement of every current unit: same unit, same category, compared by rank. A category whose units all had the same
 * total last period (nobody reported yet, or base points only) had no order to move from: its units get none (—),
 * never ↓ for all but the first.
 */
export function movements(current: readonly UnitScore[], previous: readonly UnitScore[] | null): Map<string, string | null> {
  const before = new Map((previous ?? []).map((s) => [`${s.category}\u0000${s.unit}`, s.rank]));
  const totals = new Map<string, Set<number>>();
  for (const s of previous ?? []) {
    const seen = totals.get(s.category) ?? new Set<number>();
    totals.set(s.category, seen.add(s.total));
  }
  const ordered = (category: string) => (totals.get(category)?.size ?? 0) > 1;
  return new Map(current.map((s) => [s.unit, movementText(s.rank, before.get(`${s.category}\u0000${s.unit}`), previous !== null && ordered(s.category))]));
}

/** 连续零报送月数 from its 设置 text; the default when blank or not a positive whole number. */
export function zeroReportMonthsOf(text: string | undefined): number {
  const n = Number((text ?? '').replace(/[个月\s]/g, ''));
  return Number.isInteger(n) && n >= 1 && n <= 12 ? n : DEFAULT_ZERO_REPORT_MONTHS;
}

/** A month as one number (year × 12 + month − 1), so that a 考核年度 from August runs on into January. */
const monthIndex = (d: CivilDate): number => d.year * 12 + d.month - 1;
const monthAt = (index: number): CivilDate => ({ year: Math.floor(index / 12), month: (index % 12) + 1, day: 1 });

/** Units silent for months: the 设置 threshold, the units at or past it, each one's own months and where the count starts. */
export interface ZeroReport {
  /** 设置 连续零报送月数: a unit is listed when its own run reaches it. */
  readonly months: number;
  readonly units: string[];
  /** Each listed unit's months without a submission, up to the period's end (its last month). */
  readonly runs?: ReadonlyMap<string, number>;
  /** The first month counted: the 考核年度's first month, or the ledger's first month when it starts later. */
  readonly from?: CivilDate;
  /** The month the run ends in (the period's end, or the as-of date when the period runs past it). */
  readonly to?: CivilDate;
  /** True when the ledger starts after the 考核年度 does (the months before it are not known to be empty, so not counted). */
  readonly fromLedger?: boolean;
}

/**
 * Months without a submission, one count for both uses — the 设置 threshold (连续零报送月数) that lists a unit and the 「连续N个月未报送」
 * the 通报 prints for it. Each unit's run goes back from the month of `end` to its last submission, not before the 考核年度's first
 * month (the quota 「每月报送不少于N条」 runs from there: the sample's year-end 「连续12个月未报送」, 武定县 2025年9月 「县地震局连续三个月未有
 * 信息发布」 counted back to its last one) nor before the month of the ledger's first entry, of any year (months before anything was recorded
 * are not known to be empty: the office started the ledger then). A unit is listed when its run reaches the threshold; a ledger with no entry
 * in this 考核年度 lists nobody.
 */
export function zeroReportOf(entries: readonly LedgerEntry[], units: readonly string[], end: CivilDate, threshold: number, yearStart: YearStart = 1): ZeroReport {
  const yearFrom = monthIndex(assessmentYearFrom(assessmentYearOf(end, yearStart), yearStart));
  const endDay = dayOf(end);
  const endMonth = monthIndex(end);
  let first = Infinity;
  let inYear = false;
  const last = new Map<string, number>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const at = monthIndex(e.date);
    if (dayOf(e.date) > endDay) continue;
    // recording began with the first entry, even one of an earlier year: the months since are known
    first = Math.min(first, at);
    if (at < yearFrom) continue;
    inYear = true;
    if (e.count > 0) last.set(e.unit, Math.max(last.get(e.unit) ?? -Infinity, at));
  }
  // nothing recorded in this 考核年度 yet (a plan just imported, last year's ledger): nobody is known to be silent
  if (!inYear) return { months: threshold, units: [], runs: new Map() };
  const floor = Math.max(yearFrom, first);
  const runs = new Map<string, number>();
  for (const u of units) {
    const run = endMonth - Math.max(last.get(u) ?? floor - 1, floor - 1);
    if (run >= threshold) runs.set(u, run);
  }
  return { months: threshold, units: [...runs.keys()], runs, from: monthAt(floor), to: end, fromLedger: floor > yearFrom };
}

/**
 * Where the months of silence are counted from, for the note under a table: 「自2023年5月起计，台账5月前没有记录」 (the ledger began after
 * the 考核年度 did), 「自2023年1月起计」; '' when nobody is listed. With each unit's 「连续N个月」 the reader can tell its months.
 */
export function zeroCountStart(zero: ZeroReport): string {
  if (!zero.from || zero.units.length === 0) return '';
  return `自${zero.from.year}年${zero.from.month}月起计${zero.fromLedger ? `，台账${zero.from.month}月前没有记录` : ''}`;
}
