// Movement between periods: the previous period of the same length, 较上期 texts, and units with N months without submissions.
import { CivilDate, addDays, daysBetween, daysInMonth, formatChinese } from '../dates/civil-date';
import { LedgerEntry } from '../sheets/ledger-sheet';
import { Period, UnitScore } from './tally';
import { YearStart, assessmentYearFrom, dayOf } from './periods';

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

/** The `months` calendar months ending with the month of `end` (within `end`'s year and not before `firstMonth`). */
function monthsEnding(end: CivilDate, months: number): Period[] {
  const out: Period[] = [];
  for (let i = 0; i < months; i++) {
    const m = end.month - i;
    if (m < 1) return [];
    out.unshift({ from: { year: end.year, month: m, day: 1 }, to: { year: end.year, month: m, day: m === end.month ? end.day : daysInMonth(end.year, m) } });
  }
  return out;
}

/** Units (of `units`) with no submission in each of the `months` months ending at `end`; empty when the year has fewer months. */
export function zeroReportUnits(entries: readonly LedgerEntry[], units: readonly string[], end: CivilDate, months: number): string[] {
  const windows = monthsEnding(end, months);
  if (windows.length === 0) return [];
  const from = dayOf(windows[0].from);
  const to = dayOf(end);
  const submitted = new Set<string>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    const day = dayOf(e.date);
    if (day >= from && day <= to && e.count > 0) submitted.add(e.unit);
  }
  return units.filter((u) => !submitted.has(u));
}

/**
 * How many months each unit has gone without a submission, counted back from the month of `end` (that month included) to
 * the last month it sent something — not before January of `end`'s year, nor before the month of the ledger's first entry
 * (months before anything was recorded are not known to be empty). 武定县 2025年9月: 「县水务局连续两个月未有信息发布，
 * 县地震局连续三个月未有信息发布」 — each unit its own count, not the 设置 threshold for all; never below `atLeast` (the threshold
 * that listed the units, which counts months before the ledger's first entry as empty).
 */
export function zeroRunMonths(entries: readonly LedgerEntry[], units: readonly string[], end: CivilDate, atLeast = 1): Map<string, number> {
  const lastMonth = new Map<string, number>();
  let first = Infinity;
  const endDay = dayOf(end);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.date.year !== end.year || dayOf(e.date) > endDay) continue;
    first = Math.min(first, e.date.month);
    if (e.count > 0) lastMonth.set(e.unit, Math.max(lastMonth.get(e.unit) ?? 0, e.date.month));
  }
  const floor = Number.isFinite(first) ? first : end.month;
  return new Map(units.map((u) => [u, Math.max(atLeast, end.month - Math.max(lastMonth.get(u) ?? floor - 1, floor - 1))]));
}
