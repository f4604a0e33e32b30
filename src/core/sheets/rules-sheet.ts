// Reads 评分规则 (scoring rules) rows — 项目 | 对象 | 类型 | 分值 — and hands them to the scoring model; no sheet keeps the defaults.
import { Grid, a1, cellText } from './grid';
import { RULES_HEADERS, RULES_REQUIRED, SHEET_NAMES } from './headers';
import { locateOne, rowsBelowHeader } from './locate';
import { ScoringRules, rulesFromValues } from '../scoring/scoring-rules';
import { RuleRow, RuleUnitName, rulesFromRows } from '../scoring/rule-rows';
import { Issue, makeIssue } from '../validation/issues';
import { MESSAGES } from '../validation/messages';
import { UnitRegistry, wholeGroup } from '../units/units';
import { looseKey } from '../scoring/rule-model';

export function readRules(grids: readonly Grid[]): { sheet: string | null; rules: ScoringRules; issues: Issue[]; unitNames: RuleUnitName[] } {
  const located = locateOne(grids, RULES_HEADERS, RULES_REQUIRED, SHEET_NAMES.rules);
  if (!located) return { sheet: null, rules: rulesFromValues({}), issues: [], unitNames: [] };
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
  return { sheet: located.grid.name, rules, issues, unitNames };
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
