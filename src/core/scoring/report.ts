// A whole report: the check, the ledger, spot checks and rules read, and every unit scored for a period.
import { CivilDate, compareDates, formatISO } from '../dates/civil-date';
import { Grid } from '../sheets/grid';
import { Issue } from '../validation/issues';
import { Ledger, readLedger } from '../sheets/ledger-sheet';
import { MediaDirectory, readMediaDirectory } from '../sheets/media-sheet';
import { readRules } from '../sheets/rules-sheet';
import { ScoringRules } from './scoring-rules';
import { SpotCheck, readSpotChecks } from '../sheets/spotcheck-sheet';
import { Period, UnitScore, tallyUnits } from './tally';
import { projectCounter } from '../quotas/by-category';
import { CheckOptions, CheckResult, checkWorkbook } from '../validation/validate';
import { issueJson } from '../validation/check-json';

export interface ReportOptions extends CheckOptions {
  /** The period to score; by default the plan year up to the as-of date. */
  readonly period?: Period;
}

export interface Report {
  readonly check: CheckResult;
  readonly period: Period;
  readonly asOf: CivilDate;
  readonly ledger: Ledger;
  readonly media: MediaDirectory;
  readonly spotChecks: SpotCheck[];
  readonly rules: ScoringRules;
  readonly rulesSheet: string | null;
  readonly scores: UnitScore[];
  /** Issues of the check and of the ledger, in sheet order. */
  readonly issues: Issue[];
}

/** The plan year from 1 January to the as-of date (the whole year when as-of is later). */
export function defaultPeriod(planYear: number, asOf: CivilDate): Period {
  const from = { year: planYear, month: 1, day: 1 };
  const yearEnd = { year: planYear, month: 12, day: 31 };
  const to = compareDates(asOf, yearEnd) < 0 && compareDates(asOf, from) >= 0 ? asOf : yearEnd;
  return { from, to };
}

/** A unit's categories from the registry: its 类型 and 所属分组. */
export function unitCategories(check: CheckResult): (unit: string) => readonly string[] {
  const byName = new Map((check.registry?.entries ?? []).map((e) => [e.name, [...(e.type ? [e.type] : []), ...e.groups]]));
  return (unit) => byName.get(unit) ?? [];
}

/** Projects per unit for "每个项目" quotas, as the 设置 row 项目数 says (undefined: one each). */
export function unitProjects(check: CheckResult): ((unit: string) => number) | undefined {
  const led = new Map<string, number>();
  for (const task of check.tasks) for (const unit of task.lead) led.set(unit, (led.get(unit) ?? 0) + 1);
  return projectCounter(check.settings.text.projectCount, (unit) => led.get(unit) ?? 0);
}

/** Checks the workbook, then reports on it. */
export function buildReport(grids: readonly Grid[], options: ReportOptions): Report {
  return reportFromCheck(grids, checkWorkbook(grids, options), options);
}

/** The report of a workbook already checked (`check` is checkWorkbook's result for the same grids and options). */
export function reportFromCheck(grids: readonly Grid[], check: CheckResult, options: ReportOptions): Report {
  const media = readMediaDirectory(grids);
  const ledger = readLedger(grids, check.registry, media);
  const spotChecks = readSpotChecks(grids, check.registry);
  const { sheet: rulesSheet, rules } = readRules(grids);
  const period = options.period ?? defaultPeriod(check.planYear, check.asOf);
  const scores = tallyUnits({ tasks: check.tasks, ledger, spotChecks, rules, period, categoriesOf: unitCategories(check), projectsOf: unitProjects(check) });
  const issues = inSheetOrder(grids, check.issues, ledger.issues);
  return { check, period, asOf: check.asOf, ledger, media, spotChecks, rules, rulesSheet, scores, issues };
}

/**
 * The check's issues (already in sheet order) and the ledger's (all on its sheet), in sheet order:
 * the ledger's go after the check's issues of earlier sheets and of the ledger's own sheet, as a
 * stable sort by sheet would put them, without sorting.
 */
function inSheetOrder(grids: readonly Grid[], checked: readonly Issue[], ledgerIssues: readonly Issue[]): Issue[] {
  if (ledgerIssues.length === 0) return [...checked];
  const order = new Map(grids.map((g, i) => [g.name, i]));
  const rank = (i: Issue) => order.get(i.sheet) ?? 0;
  const sheet = ledgerIssues[0].sheet;
  if (ledgerIssues.some((i) => i.sheet !== sheet)) return [...checked, ...ledgerIssues].sort((a, b) => rank(a) - rank(b));
  const ledgerRank = order.get(sheet) ?? 0;
  let at = checked.findIndex((i) => rank(i) > ledgerRank);
  if (at < 0) at = checked.length;
  return [...checked.slice(0, at), ...ledgerIssues, ...checked.slice(at)];
}

/** The `duban report --json` object. */
export function reportJson(report: Report) {
  return {
    period: { from: formatISO(report.period.from), to: formatISO(report.period.to) },
    asOf: formatISO(report.asOf),
    units: report.scores.map((s) => ({
      unit: s.unit,
      expected: s.expected,
      actual: s.actual,
      completion: s.completion === null ? null : Math.round(s.completion * 10000) / 10000,
      adopted: { ...s.adopted },
      adoptionPoints: s.adoptionPoints,
      overdue: s.overdue,
      awareness: s.awareness === null ? null : Math.round(s.awareness * 10000) / 10000,
      satisfaction: s.satisfaction === null ? null : Math.round(s.satisfaction * 10000) / 10000,
      total: s.total,
      rank: s.rank,
      grade: s.grade,
    })),
    issues: report.issues.map(issueJson),
  };
}
