// Reads 评分规则 (scoring rules) rows — 项目 | 对象 | 类型 | 分值 — and hands them to the scoring model; no sheet keeps the defaults.
import { Grid, a1, cellText } from './grid';
import { RULES_HEADERS, RULES_REQUIRED, SHEET_NAMES } from './headers';
import { locateOne, rowsBelowHeader } from './locate';
import { ScoringRules, rulesFromValues } from '../scoring/scoring-rules';
import { RuleRow, rulesFromRows } from '../scoring/rule-rows';
import { Issue } from '../validation/issues';

export function readRules(grids: readonly Grid[]): { sheet: string | null; rules: ScoringRules; issues: Issue[] } {
  const located = locateOne(grids, RULES_HEADERS, RULES_REQUIRED, SHEET_NAMES.rules);
  if (!located) return { sheet: null, rules: rulesFromValues({}), issues: [] };
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
  const { rules, issues } = rulesFromRows(rows, located.grid.name);
  return { sheet: located.grid.name, rules, issues };
}
