// Who sent nothing, decided once: the units the 通报 names, those it leaves out and why — the terminal, --json, the 通报 sheet and the Word 通报 all read this.
import type { Report } from './report';
import { UnitScore } from './tally';
import { anyQuota } from './score-columns';

/** A unit with no submission for months, with its own count back to its last submission. */
export interface SilentRun {
  readonly unit: string;
  readonly months: number;
}

/** Why a silent unit is not named in the 通报. */
export type UnnamedReason = 'noQuota';

export interface Silence {
  /** 设置 连续零报送月数: the threshold that lists a unit as silent for months. */
  readonly threshold: number;
  /** Silent for months and owing something this period or in the year so far: named in the 通报's 存在问题, longest first. */
  readonly named: readonly SilentRun[];
  /** Silent for months, but owing nothing all year (no quota this period nor in the year so far): marked on the sheet only. */
  readonly unnamed: readonly (SilentRun & { readonly reason: UnnamedReason })[];
  /** Owed something this period and sent nothing, not already among those silent for months: 「…本期未报送信息」. */
  readonly thisPeriod: readonly string[];
  /** The ledger has no row at all: nobody is named (an empty ledger is no evidence that anyone was silent). */
  readonly noLedger: boolean;
}

type SilenceInput = Pick<Report, 'zeroReport' | 'scores' | 'yearToDate' | 'ledger'>;

/**
 * Who owes submissions: units with a quota; every unit when no unit has one — the office then counts and names all that
 * sent nothing (洋县 2020年第二季度: 「龙亭镇、桑溪镇、纸坊办、槐树关镇未发布和公开一条信息，信息统计为0」; 吉林市: 「信息零报送单位…6家」).
 */
export function owesSubmissions(scores: readonly UnitScore[]): (s: UnitScore) => boolean {
  return anyQuota(scores) ? (s) => s.expected > 0 : () => true;
}

/**
 * The silent units of a report, split as the 通报 treats them: with quotas set, a unit silent for months is named only when it
 * owes something this period or in the year so far (武定县 2025年9月 names units that owe a monthly minimum; 洋县 2020年第二季度,
 * without any quota, names every unit at 0); the rest are listed apart with the reason, so no face contradicts another.
 */
export function silenceOf(report: SilenceInput): Silence {
  const { months: threshold, units, runs } = report.zeroReport;
  const run = (unit: string): SilentRun => ({ unit, months: runs?.get(unit) ?? threshold });
  const longestFirst = (a: SilentRun, b: SilentRun) => b.months - a.months;
  if (report.ledger.entries.length === 0) return { threshold, named: [], unnamed: [], thisPeriod: [], noLedger: true };
  const quotas = anyQuota(report.scores);
  const owing = new Set([...report.scores, ...report.yearToDate].filter((s) => s.expected > 0).map((s) => s.unit));
  const named = units.filter((u) => !quotas || owing.has(u)).map(run).sort(longestFirst);
  const unnamed = units.filter((u) => quotas && !owing.has(u)).map((u) => ({ ...run(u), reason: 'noQuota' as const })).sort(longestFirst);
  const owes = owesSubmissions(report.scores);
  const months = new Set(units);
  const thisPeriod = report.scores.filter((s) => owes(s) && s.actual === 0 && !months.has(s.unit)).map((s) => s.unit);
  return { threshold, named, unnamed, thisPeriod, noLedger: false };
}

/** Runs of equal length together, the longest first: [[6, [A, B]], [2, [C]]]. */
export function runsByLength(runs: readonly SilentRun[]): [number, string[]][] {
  const by = new Map<number, string[]>();
  for (const r of runs) by.set(r.months, [...(by.get(r.months) ?? []), r.unit]);
  return [...by].sort((a, b) => b[0] - a[0]);
}

const REASON_TEXT: Record<UnnamedReason, string> = { noQuota: '本年没有报送指标' };

/** `duban report --json`'s silence: the same split, the reason in words. */
export function silenceJson(s: Silence) {
  return {
    threshold: s.threshold,
    named: s.named.map((r) => ({ unit: r.unit, months: r.months })),
    notNamed: s.unnamed.map((r) => ({ unit: r.unit, months: r.months, reason: REASON_TEXT[r.reason] })),
    thisPeriod: [...s.thisPeriod],
    noLedger: s.noLedger,
  };
}

/**
 * The lines the terminal and the 通报 sheet print under the table, saying what the Word 通报's 存在问题 says of the same units
 * and why a silent unit is left out of it: 「连续未报送（通报中列出）：A、B等2个单位连续6个月；C连续2个月」, 「本期未报送（通报中列出）：D」,
 * 「连续未报送、本年没有报送指标（通报中不列出）：E、F等2个单位连续6个月」.
 */
export function silenceLines(s: Silence, now = '本期'): string[] {
  if (s.noLedger) return [];
  const runs = (list: readonly SilentRun[]) => runsByLength(list).map(([m, units]) => `${units.join('、')}${units.length > 1 ? `等${units.length}个单位` : ''}连续${m}个月`).join('；');
  const out: string[] = [];
  if (s.named.length) out.push(`连续未报送（通报中列出）：${runs(s.named)}`);
  if (s.thisPeriod.length) out.push(`${now}未报送（通报中列出）：${s.thisPeriod.join('、')}`);
  for (const reason of Object.keys(REASON_TEXT) as UnnamedReason[]) {
    const left = s.unnamed.filter((u) => u.reason === reason);
    if (left.length) out.push(`连续未报送、${REASON_TEXT[reason]}（通报中不列出）：${runs(left)}`);
  }
  return out;
}
