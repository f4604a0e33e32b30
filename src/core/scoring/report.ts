// A whole report: the check, the ledger, spot checks and rules read, and every unit scored for a period.
import { CivilDate, compareDates, daysInMonth, formatISO } from '../dates/civil-date';
import { Grid } from '../sheets/grid';
import { wholeGroup } from '../units/units';
import { Issue } from '../validation/issues';
import { Ledger, readLedger } from '../sheets/ledger-sheet';
import { MediaDirectory, readMediaDirectory } from '../sheets/media-sheet';
import { readRules, unknownRuleUnits } from '../sheets/rules-sheet';
import { readAdjustments, readCreditTo, readLateReturns } from '../sheets/adjustments-sheet';
import { Adjustment } from './engine';
import { PersonScore, personScores } from './people';
import { ScoringRules } from './scoring-rules';
import { SpotCheck, readSpotChecks } from '../sheets/spotcheck-sheet';
import { Period, TallyInput, UnitScore, entriesByUnit, tallyMemo, tallyUnits } from './tally';
import { CategoryPlan, UnverifiedName, categoryPlan, isScoredUnit, rankWithinCategories, splitUnverified } from './ranking';
import { ranksUnits } from './rule-model';
import { YearStart, assessmentYearFrom, assessmentYearOf, assessmentYearTo } from './periods';
import { ZeroReport, movements, previousPeriod, zeroReportMonthsOf, zeroReportOf } from './movement';
import { silenceJson, silenceOf } from './silence';
import { projectCounter } from '../quotas/by-category';
import { CheckOptions, CheckResult, TaskRecord, checkWorkbook } from '../validation/validate';
import { issueJson } from '../validation/check-json';

export interface ReportOptions extends CheckOptions {
  /** The period to score; by default the month of the as-of date (defaultPeriod). */
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
  /** Every 评分规则 sheet of the workbook (several: one per ranking of the rule, chosen by 考核周期). */
  readonly rulesSheets?: readonly string[];
  /** The rule's yearly ranking (another 评分规则 with 考核周期 每年), which the 年度考核 sheet follows. */
  readonly yearlyRules?: { readonly sheet: string; readonly rules: ScoringRules };
  /** Registry units scored in the period, ranked within their categories; in category order, then rank. */
  readonly scores: UnitScore[];
  readonly categories: CategoryPlan;
  /** Names used in tasks or ledger that the registry does not know: not ranked. */
  readonly unverified: UnverifiedName[];
  /** The previous period of the same length (null before the plan year) and each unit's 较上期. */
  readonly previousPeriod: Period | null;
  readonly movement: Map<string, string | null>;
  /** Scores from 1 January of the plan year to the period's end (本年累计). */
  readonly yearToDate: UnitScore[];
  /**
   * Units whose months without a submission reach the 设置 threshold `months`, each one's own count (`runs`: the 通报 says 「连续3个月」
   * for a unit silent since July, not the threshold), both counted from the same first month (`from`; zeroReportOf).
   */
  readonly zeroReport: ZeroReport;
  /** Issues of the check, the ledger, 评分规则 and 加减分, in sheet order. */
  readonly issues: Issue[];
  readonly adjustments: Adjustment[];
  readonly lateReturns: Map<string, CivilDate[]>;
  /** Units whose score counts in another's (单位名录 得分计入). */
  readonly creditTo: Map<string, string>;
  /** Per-person results from the ledger's 作者 column (empty without one). */
  readonly people: PersonScore[];
}

/**
 * The period covered when none is given — by the CLI (report, bulletin, forms, collect) and the pane
 * alike: the month of the as-of date, the cadence of the 通报 and of the units' returns.
 */
export function defaultPeriod(asOf: CivilDate): Period {
  return { from: { year: asOf.year, month: asOf.month, day: 1 }, to: { year: asOf.year, month: asOf.month, day: daysInMonth(asOf.year, asOf.month) } };
}

/**
 * The plan year's 考核年度 from its first day to the as-of date (the whole year when as-of is later): the 年度考核 sheet's period. The
 * 考核年度 runs from 1 January, or from the rule's start month (评分规则 考核年度): 计划年度 2016 with a year from August is
 * 2015-08-01 to 2016-07-31, the year it ends in naming it.
 */
export function yearToDatePeriod(planYear: number, asOf: CivilDate, yearStart: YearStart = 1): Period {
  const from = assessmentYearFrom(planYear, yearStart);
  const yearEnd = assessmentYearTo(planYear, yearStart);
  const to = compareDates(asOf, yearEnd) < 0 && compareDates(asOf, from) >= 0 ? asOf : yearEnd;
  return { from, to };
}

/** 本年累计's period: the first day of the 考核年度 holding the period's end (1 January, or the rule's start month) to that end. */
export function yearToDateOf(period: Period, yearStart: YearStart = 1): Period {
  return { from: assessmentYearFrom(assessmentYearOf(period.to, yearStart), yearStart), to: period.to };
}

/** 本年累计's period when it is longer than the period itself (the period does not start its 考核年度), else null. */
export function yearToDateSpan(period: Period, yearStart: YearStart = 1): Period | null {
  const ytd = yearToDateOf(period, yearStart);
  return compareDates(ytd.from, period.from) === 0 ? null : ytd;
}

/** A unit's categories from the registry: its 类型 and 所属分组. */
export function unitCategories(check: CheckResult): (unit: string) => readonly string[] {
  // the 所属分组 cell whole (各科室、中心) as well as each group it lists, so a rule's 对象 may name either
  const byName = new Map((check.registry?.entries ?? []).map((e) => [e.name, [...(e.type ? [e.type] : []), ...e.groups, ...(e.groups.length > 1 ? [wholeGroup(e)!] : [])]]));
  return (unit) => byName.get(unit) ?? [];
}

/** Projects per unit for "每个项目" quotas, as the 设置 row 项目数 says (undefined: one each). */
export function unitProjects(check: CheckResult): ((unit: string) => number) | undefined {
  // the tasks each unit leads, counted only if 项目数 asks for them
  let led: Map<string, number> | null = null;
  const countLed = () => {
    const counts = new Map<string, number>();
    const tasks = check.tasks;
    for (let t = 0; t < tasks.length; t++) for (let u = 0; u < tasks[t].lead.length; u++) counts.set(tasks[t].lead[u], (counts.get(tasks[t].lead[u]) ?? 0) + 1);
    return counts;
  };
  return projectCounter(check.settings.text.projectCount, (unit) => (led ??= countLed()).get(unit) ?? 0);
}

/** Checks the workbook, then reports on it. */
export function buildReport(grids: readonly Grid[], options: ReportOptions): Report {
  return reportFromCheck(grids, checkWorkbook(grids, options), options);
}

/** The report of a workbook already checked (`check` is checkWorkbook's result for the same grids and options). */
export function reportFromCheck(grids: readonly Grid[], check: CheckResult, options: ReportOptions): Report {
  const media = readMediaDirectory(grids);
  const read = readLedger(grids, check.registry, media);
  // a unit whose score counts in another's (得分计入): its rows are that unit's
  const creditTo = readCreditTo(grids, check.registry);
  const credited = (unit: string) => creditTo.get(unit) ?? unit;
  const ledger = creditTo.size ? { ...read, entries: read.entries.map((e) => (creditTo.has(e.unit) ? { ...e, unit: credited(e.unit) } : e)) } : read;
  const spotChecks = readSpotChecks(grids, check.registry);
  const period = options.period ?? defaultPeriod(check.asOf);
  // one 评分规则 per ranking of a rule (考核周期 每季度 / 每年): the one whose 考核周期 is this period
  const { sheet: rulesSheet, rules, issues: rulesRead, unitNames, sheets: rulesSheets, yearly: yearlyRules } = readRules(grids, period);
  const ruleIssues = rulesRead.concat(unknownRuleUnits(unitNames, check.registry, rulesSheet));
  const adjusted = readAdjustments(grids, check.registry);
  const adjustments = adjusted.adjustments.map((a) => (creditTo.has(a.unit) ? { ...a, unit: credited(a.unit) } : a));
  const adjustmentIssues = adjusted.issues;
  const lateReturns = readLateReturns(grids, check.registry);
  const categories = categoryPlan(check.registry, check.settings.text.rankingGroups);
  const input = scoringInput(check, { ledger, spotChecks, rules, media, adjustments, lateReturns }, creditTo);
  const { scores, unverified } = rankedScores({ ...input, period }, check, categories);
  const previous = previousPeriod(period, check.planYear, rules.model.yearStart);
  const movement = movements(scores, previous ? periodScores({ ...input, period: previous }, check, categories) : null);
  const yearPeriod = yearToDateOf(period, rules.model.yearStart);
  const sameAsPeriod = compareDates(yearPeriod.from, period.from) === 0;
  const yearToDate = sameAsPeriod ? scores : periodScores({ ...input, period: yearPeriod }, check, categories);
  const months = zeroReportMonthsOf(check.settings.text.zeroReportMonths);
  // months that have passed: a period running past the as-of date (a year-end 通报 made in June) does not count months to come
  const zeroEnd = compareDates(check.asOf, period.to) < 0 && compareDates(check.asOf, period.from) >= 0 ? check.asOf : period.to;
  const zeroReport = zeroReportOf(ledger.entries, scores.map((s) => s.unit), zeroEnd, months, rules.model.yearStart);
  const issues = inSheetOrder(grids, check.issues, ledger.issues.concat(media.issues, ruleIssues, adjustmentIssues));
  return {
    check, period, asOf: check.asOf, ledger, media, spotChecks, rules, rulesSheet, rulesSheets, ...(yearlyRules ? { yearlyRules } : {}), scores, categories, unverified, previousPeriod: previous,
    movement, yearToDate, zeroReport, issues, adjustments, lateReturns, creditTo, people: personScores(scores, rules.model.sharedCredit, adjustments, period, rules.model.creditWeights),
  };
}

/** What every period's tally of one report shares (the period aside). */
export function scoringInput(
  check: CheckResult,
  read: Pick<TallyInput, 'ledger' | 'spotChecks' | 'rules' | 'media' | 'adjustments' | 'lateReturns'>,
  creditTo: ReadonlyMap<string, string> = new Map(),
): Omit<TallyInput, 'period'> {
  const registry = check.registry;
  const allUnits = read.rules.custom && registry ? registry.entries.map((e) => e.name).filter((n) => !creditTo.has(n) && isScoredUnit(registry, n)) : undefined;
  return {
    tasks: check.tasks, ...read, categoriesOf: unitCategories(check), projectsOf: unitProjects(check), ...(allUnits ? { allUnits } : {}), memo: tallyMemo(),
  };
}

/** Tallies a period, keeps registry units only and ranks them within their categories, listing the names the registry does not know. */
export function rankedScores(input: TallyInput, check: CheckResult, categories: CategoryPlan): { scores: UnitScore[]; unverified: UnverifiedName[] } {
  const tallied = tallyUnits(input);
  const registry = check.registry;
  const unknown = registry ? new Set(tallied.filter((s) => !registry.has(s.unit)).map((s) => s.unit)) : new Set<string>();
  const places = placesOfNames(unknown, check.tasks, input.ledger);
  const { ranked, unverified } = splitUnverified(tallied, registry, (name) => places.get(name) ?? []);
  return { scores: rankWithinCategories(ranked, categories, input.rules), unverified };
}

/**
 * The scores of a period only (registry units, ranked within their categories): for the periods a report
 * compares with (较上期, 本年累计, 年度考核), whose unknown names are the report's own and listed once.
 */
export function periodScores(input: TallyInput, check: CheckResult, categories: CategoryPlan): UnitScore[] {
  const registry = check.registry;
  const tallied = tallyUnits(registry ? { ...input, wanted: (unit) => isScoredUnit(registry, unit) } : input);
  return rankWithinCategories(registry ? tallied.filter((s) => isScoredUnit(registry, s.unit)) : tallied, categories, input.rules);
}

/**
 * Where each of some names was used ("任务分工表 第10行", "报送台账 第106行"), in sheet order: one pass
 * over tasks and ledger, building place text only for those names (not for every row).
 */
function placesOfNames(names: ReadonlySet<string>, tasks: readonly TaskRecord[], ledger: Ledger): Map<string, string[]> {
  const index = new Map<string, string[]>();
  if (names.size === 0) return index;
  const listOf = (unit: string) => {
    let list = index.get(unit);
    if (!list) index.set(unit, (list = []));
    return list;
  };
  const add = (unit: string, place: string) => {
    const list = listOf(unit);
    if (list[list.length - 1] !== place) list.push(place); // a name in a task's lead and coop: one place
  };
  for (let i = 0; i < tasks.length; i++) {
    const { lead, coop, sheet, row } = tasks[i];
    for (let u = 0; u < lead.length; u++) if (names.has(lead[u])) add(lead[u], `${sheet} 第${row}行`);
    for (let u = 0; u < coop.length; u++) if (names.has(coop[u])) add(coop[u], `${sheet} 第${row}行`);
  }
  const ledgerSheet = ledger.sheet ?? '报送台账';
  const rowsOf = entriesByUnit(ledger);
  for (const name of names) for (const e of rowsOf.get(name) ?? []) listOf(name).push(`${ledgerSheet} 第${e.row}行`);
  return index;
}

/**
 * The check of a workbook with the ledger's issues too, in sheet order: what `duban check` prints,
 * the same issues `report` and the pane list (a ledger row with a bad date is an issue everywhere).
 */
export function checkWithLedger(grids: readonly Grid[], options: CheckOptions): CheckResult & { readonly ledgerSheet: string | null } {
  const check = checkWorkbook(grids, options);
  const ledger = readLedger(grids, check.registry, readMediaDirectory(grids));
  return { ...check, issues: inSheetOrder(grids, check.issues, ledger.issues), ledgerSheet: ledger.sheet };
}

/**
 * The check's issues (already in sheet order) and the ledger's (all on its sheet), in sheet order:
 * the ledger's go after the check's issues of earlier sheets and of the ledger's own sheet, as a
 * stable sort by sheet would put them, without sorting.
 */
function inSheetOrder(grids: readonly Grid[], checked: readonly Issue[], ledgerIssues: readonly Issue[]): Issue[] {
  if (ledgerIssues.length === 0) return checked.slice();
  const order = new Map(grids.map((g, i) => [g.name, i]));
  const rank = (i: Issue) => order.get(i.sheet) ?? 0;
  const sheet = ledgerIssues[0].sheet;
  if (ledgerIssues.some((i) => i.sheet !== sheet)) return [...checked, ...ledgerIssues].sort((a, b) => rank(a) - rank(b));
  const ledgerRank = order.get(sheet) ?? 0;
  let at = checked.findIndex((i) => rank(i) > ledgerRank);
  if (at < 0) at = checked.length;
  return checked.slice(0, at).concat(ledgerIssues, checked.slice(at));
}

/** The `duban report --json` object. */
export function reportJson(report: Report) {
  // a rule that ranks nobody (a 奖励办法 without 排名 row) has no rank and no 较上期 to give
  const ranked = ranksUnits(report.rules.model);
  return {
    period: { from: formatISO(report.period.from), to: formatISO(report.period.to) },
    asOf: formatISO(report.asOf),
    // what every total and part is counted in: 分, or 元 for a 奖励办法 (评分规则 计分单位)
    pointsUnit: report.rules.model.pointsUnit,
    ranked,
    units: report.scores.map((s) => ({
      unit: s.unit,
      category: s.category,
      expected: s.expected,
      actual: s.actual,
      completion: s.completion === null ? null : Math.round(s.completion * 10000) / 10000,
      adopted: { ...s.adopted },
      adoptionPoints: s.adoptionPoints,
      overdue: s.overdue,
      awareness: s.awareness === null ? null : Math.round(s.awareness * 10000) / 10000,
      satisfaction: s.satisfaction === null ? null : Math.round(s.satisfaction * 10000) / 10000,
      total: s.total,
      ...(s.maxApplicable !== null ? { maxApplicable: s.maxApplicable } : {}),
      parts: s.parts.map((p) => ({ component: p.component, label: p.label, detail: p.detail, count: p.count, points: p.points })),
      notApplicable: s.notApplicable.map((n) => ({ component: n.component, reason: n.reason })),
      flags: [...s.flags],
      targets: s.targets.map((t) => ({ ...t })),
      rank: ranked ? s.rank : null,
      grade: s.grade,
      movement: ranked ? (report.movement.get(s.unit) ?? null) : null,
      yearToDateTotal: report.yearToDate.find((y) => y.unit === s.unit)?.total ?? null,
      zeroReport: report.zeroReport.units.includes(s.unit),
    })),
    ...(report.categories.note ? { rankingNote: report.categories.note } : {}),
    unverified: report.unverified,
    // people are paid, not placed, where the rule ranks nobody
    people: ranked ? report.people : report.people.map((p) => ({ ...p, rank: null })),
    zeroReportMonths: report.zeroReport.months,
    // who the 通报 names for sending nothing, and who it leaves out and why (the terminal and the 通报 sheet say the same)
    silence: silenceJson(silenceOf(report)),
    issues: report.issues.map(issueJson),
  };
}
