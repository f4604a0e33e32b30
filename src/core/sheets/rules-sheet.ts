// Reads 评分规则 (scoring rules) as key/value rows; every rule left out keeps its default.
import { Grid, cellText } from './grid';
import { RULES_HEADERS, RULES_REQUIRED, SHEET_NAMES } from './headers';
import { locateOne } from './locate';
import { RULE_ITEMS, RuleKey, ScoringRules, rulesFromValues } from '../scoring/scoring-rules';

const key = (text: string) => text.normalize('NFKC').replace(/[\s()（）]/g, '');
const ITEM_KEYS = new Map<string, RuleKey>(RULE_ITEMS.map((r) => [key(r.item), r.key]));

export function readRules(grids: readonly Grid[]): { sheet: string | null; rules: ScoringRules } {
  const located = locateOne(grids, RULES_HEADERS, RULES_REQUIRED, SHEET_NAMES.rules);
  if (!located) return { sheet: null, rules: rulesFromValues({}) };
  const { grid, header } = located;
  const values: Partial<Record<RuleKey, number>> = {};
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const item = key(cellText(row[header.columns.item!]));
    const raw = row[header.columns.value!];
    if (item === '') continue;
    // one row for all three grade lines: 优秀/良好/一般分数线 = 90/75/60
    if (/优秀.*良好.*一般/.test(item)) {
      const nums = cellText(raw).split(/[/／、,，\s]+/).map(Number).filter((n) => Number.isFinite(n));
      if (nums.length === 3) [values['grade:excellent'], values['grade:good'], values['grade:fair']] = nums;
      continue;
    }
    const k = ITEM_KEYS.get(item);
    const n = typeof raw === 'number' ? raw : Number(cellText(raw));
    if (k && cellText(raw) !== '' && Number.isFinite(n)) values[k] = n;
  }
  return { sheet: grid.name, rules: rulesFromValues(values) };
}
