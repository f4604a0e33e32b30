// Reads 评分规则 (scoring rules) rows — 项目 | 对象 | 类型 | 分值 — and hands them to the scoring model; no sheet keeps the defaults.
import { Grid, a1, cellText } from './grid';
import { RULES_HEADERS, RULES_REQUIRED, RulesField, SHEET_NAMES } from './headers';
import { Located, locateAll, rowsBelowHeader } from './locate';
import { ScoringRules, rulesFromValues } from '../scoring/scoring-rules';
import { RuleRow, RuleUnitName, assessmentCadenceInName, rulesFromRows } from '../scoring/rule-rows';
import { Issue, makeIssue } from '../validation/issues';
import { MESSAGES } from '../validation/messages';
import { UnitRegistry, wholeGroup } from '../units/units';
import { looseKey } from '../scoring/rule-model';
import { ASSESSMENT_CADENCE_LABEL, isAssessmentPeriod } from '../scoring/periods';
import { CivilDate } from '../dates/civil-date';

/** What readRules found: the sheet used, its rules, the issues of its rows, and every sheet with a 评分规则 header (in order). */
export interface RulesRead {
  readonly sheet: string | null;
  readonly rules: ScoringRules;
  readonly issues: Issue[];
  readonly unitNames: RuleUnitName[];
  /** Every 评分规则 sheet of the workbook, the one used among them. */
  readonly sheets: readonly string[];
  /** Another sheet whose 考核周期 is 每年 (the rule's yearly ranking), for the 年度考核 of a quarter's or month's report. */
  readonly yearly?: { readonly sheet: string; readonly rules: ScoringRules };
}

/**
 * The 评分规则 to score with. A workbook may hold one per ranking of a rule (民进吕梁: 《吕梁民进信息》 ranked each quarter, higher
 * adoptions each year), each saying its 考核周期: the one whose 考核周期 is the report's `period` is used. Otherwise the sheet named
 * 评分规则 (or the first), with an issue naming the sheets left unused and how to choose — never one silently ignored.
 */
export function readRules(grids: readonly Grid[], period?: { from: CivilDate; to: CivilDate }): RulesRead {
  const located = locateAll(grids, RULES_HEADERS, RULES_REQUIRED, SHEET_NAMES.rules);
  if (located.length === 0) return { sheet: null, rules: rulesFromValues({}), issues: [], unitNames: [], sheets: [] };
  const one = located.map(readOne);
  const sheets = one.map((r) => r.sheet);
  if (one.length === 1) return { ...one[0], sheets };
  // several sheets: one named for its period (评分规则（季度）, 年度评分规则) says its 考核周期 as a row would
  const read = one.map((r) => {
    const named = r.rules.model.assessmentCadence === null ? assessmentCadenceInName(r.sheet) : null;
    return named ? { ...r, rules: { ...r.rules, model: { ...r.rules.model, assessmentCadence: named } } } : r;
  });
  const fitting = period ? read.filter((r) => r.rules.model.assessmentCadence !== null && isAssessmentPeriod(period, r.rules.model)) : [];
  const chosen = fitting[0] ?? read[0];
  const yearlySheet = read.find((r) => r !== chosen && r.rules.model.assessmentCadence === 'year');
  const yearly = yearlySheet ? { yearly: { sheet: yearlySheet.sheet, rules: yearlySheet.rules } } : {};
  if (fitting.length === 1) return { ...chosen, sheets, ...yearly };
  const cadenceOf = (r: (typeof read)[number]) => r.rules.model.assessmentCadence;
  const unused = read.filter((r) => r !== chosen);
  const said = read.filter((r) => cadenceOf(r) !== null).map((r) => `${r.sheet}（考核周期 ${ASSESSMENT_CADENCE_LABEL[cadenceOf(r)!]}）`);
  const issue = makeIssue('RULE_SHEETS_UNUSED', unused[0].sheet, unused[0].cell, MESSAGES.ruleSheetsUnused(sheets, chosen.sheet, unused.map((r) => r.sheet), fitting.length > 1, said));
  return { ...chosen, issues: [...chosen.issues, issue], sheets, ...yearly };
}

function readOne(located: Located<RulesField>): { sheet: string; cell: string; rules: ScoringRules; issues: Issue[]; unitNames: RuleUnitName[] } {
  const col = located.header.columns;
  const rows: RuleRow[] = [];
  for (const row of rowsBelowHeader(located)) {
    const raw = row.value('value');
    rows.push({
      item: row.text('item'), target: row.text('target'), type: row.text('type'),
      value: typeof raw === 'number' ? raw : cellText(raw) || null,
      cells: {
        item: a1(row.index, col.item ?? 0), target: a1(row.index, col.target ?? col.item ?? 0),
        type: a1(row.index, col.type ?? col.target ?? col.item ?? 0), value: a1(row.index, col.value ?? 0),
      },
    });
  }
  const { rules, issues, unitNames } = rulesFromRows(rows, located.grid.name);
  return { sheet: located.grid.name, cell: a1(located.header.row, col.item ?? 0), rules, issues, unitNames };
}

/**
 * Rows whose 对象 names no registry unit, 类型 or 所属分组 (as the engine matches them) apply to nobody: each is an issue
 * naming its cell, not a rule silently unused.
 */
export function unknownRuleUnits(unitNames: readonly RuleUnitName[], registry: UnitRegistry | null, sheet: string | null): Issue[] {
  if (!registry || !sheet || unitNames.length === 0) return [];
  const known = new Set<string>();
  for (const e of registry.entries) for (const k of [e.name, e.type ?? '', ...e.groups, wholeGroup(e) ?? '']) if (k) known.add(looseKey(k));
  return unitNames
    .filter((n) => !known.has(looseKey(n.unit)))
    .map((n) => makeIssue('RULE_BAD_VALUE', sheet, n.cell, MESSAGES.ruleBadValue(n.item, n.unit, '单位名录中的单位名称、类型或所属分组（空 = 所有单位）')));
}
