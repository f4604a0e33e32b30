// Reads what scoring needs beyond the ledger: 加减分 (单位 · 日期 · 分值 · 事由), late returns of 收集情况 sheets, 单位名录's 得分计入.
import { CivilDate, parseISO } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { Grid, a1, cellText } from './grid';
import {
  ADJUSTMENT_HEADERS, ADJUSTMENT_REQUIRED, AdjustmentField, CREDIT_TO_HEADERS, REGISTRY_HEADERS, REGISTRY_REQUIRED, SHEET_NAMES, normalizeHeader,
} from './headers';
import { locateOne, rowsBelowHeader } from './locate';
import { Issue, makeIssue } from '../validation/issues';
import { MESSAGES } from '../validation/messages';
import { UnitRegistry } from '../units/units';
import type { Adjustment } from '../scoring/engine';

/** The 加减分 rows; a row without a unit, a number or a 事由 (or with a bad date) is an issue, not a silent zero. */
export function readAdjustments(grids: readonly Grid[], registry: UnitRegistry | null): { sheet: string | null; adjustments: Adjustment[]; issues: Issue[] } {
  const located = locateOne(grids, ADJUSTMENT_HEADERS, ADJUSTMENT_REQUIRED, SHEET_NAMES.adjustments);
  // a sheet with 单位/分值/事由 but no 日期 is 加减分 only under its own name (评分规则 has 分值 too)
  if (!located || (located.header.columns.date === undefined && located.grid.name !== SHEET_NAMES.adjustments)) return { sheet: null, adjustments: [], issues: [] };
  const sheet = located.grid.name;
  const col = located.header.columns;
  const adjustments: Adjustment[] = [];
  const issues: Issue[] = [];
  const at = (row: number, field: AdjustmentField) => a1(row, col[field] ?? 0);
  for (const row of rowsBelowHeader(located)) {
    const unitText = row.text('unit');
    const pointsText = row.text('points');
    const reason = row.text('reason');
    if (unitText === '' && pointsText === '' && reason === '') continue;
    const bad = (field: AdjustmentField, what: string, written: string, expected: string) =>
      issues.push(makeIssue('ADJUSTMENT_BAD_ROW', sheet, at(row.index, field), MESSAGES.adjustmentBadRow(what, written, expected)));
    if (unitText === '') {
      bad('unit', '单位', '', '单位名录中的单位名称');
      continue;
    }
    const raw = row.value('points');
    const points = typeof raw === 'number' ? raw : Number(pointsText.normalize('NFKC').replace(/\s|分$/g, ''));
    if (pointsText === '' || !Number.isFinite(points)) {
      bad('points', '分值', pointsText, '加分为正数、扣分为负数，如“2”“-5”');
      continue;
    }
    if (reason === '') {
      bad('reason', '事由', '', '加减分的原因，如“信息失实”“被市委办通报”');
      continue;
    }
    let date: CivilDate | null = null;
    if (row.has('date') && row.text('date') !== '') {
      const d = readDateValue(row.value('date'));
      if (!d.ok) {
        bad('date', '日期', row.text('date'), '有效日期，如“2023-06-15”');
        continue;
      }
      date = d.date;
    }
    const r = registry?.resolve(unitText);
    const unit = r && (r.kind === 'name' || r.kind === 'alias') ? r.name : unitText;
    if (r && r.kind !== 'name' && r.kind !== 'alias') {
      bad('unit', '单位', unitText, `单位名录中的单位名称${r.kind === 'unknown' && r.suggestion ? `（是否应为“${r.suggestion}”？）` : ''}`);
      continue;
    }
    const authors = row.has('author') ? row.text('author').split(/[、,，;；\s]+/).filter(Boolean) : [];
    adjustments.push({ unit, date, points, reason, row: row.index + 1, ...(authors.length ? { authors } : {}) });
  }
  return { sheet, adjustments, issues };
}

/** The 收集情况 header cell that says whether a unit's return came 按时 or 逾期 (written by the collect command). */
const TIMELINESS_HEADER = normalizeHeader('按时/逾期');

/** Per unit, the due dates of returns it sent late, from every 收集情况 sheet (its title names the due date). */
export function readLateReturns(grids: readonly Grid[], registry: UnitRegistry | null): Map<string, CivilDate[]> {
  const out = new Map<string, CivilDate[]>();
  for (const grid of grids) {
    const headerRow = grid.rows.findIndex((r, i) => i < 6 && (r ?? []).some((c) => normalizeHeader(c) === TIMELINESS_HEADER));
    if (headerRow < 0) continue;
    const title = grid.rows.slice(0, headerRow).map((r) => (r ?? []).map(cellText).join(' ')).join(' ');
    const m = /报送截止\s*(\d{4}-\d{2}-\d{2})/.exec(title);
    const due = m ? parseISO(m[1]) : null;
    if (!due) continue;
    const header = grid.rows[headerRow] ?? [];
    const unitCol = header.findIndex((c) => normalizeHeader(c) === '单位');
    const lateCol = header.findIndex((c) => normalizeHeader(c) === TIMELINESS_HEADER);
    if (unitCol < 0) continue;
    for (let r = headerRow + 1; r < grid.rows.length; r++) {
      const row = grid.rows[r] ?? [];
      const unitText = cellText(row[unitCol]);
      if (unitText === '') break; // the per-unit table ends at the first blank row
      if (cellText(row[lateCol]) !== '逾期') continue;
      const resolved = registry?.resolve(unitText);
      const unit = resolved && (resolved.kind === 'name' || resolved.kind === 'alias') ? resolved.name : unitText;
      const list = out.get(unit);
      if (list) list.push(due);
      else out.set(unit, [due]);
    }
  }
  return out;
}

/** Units whose score counts in another's (单位名录 “得分计入”: a 企业直报点 in its county), resolved through the registry. */
export function readCreditTo(grids: readonly Grid[], registry: UnitRegistry | null): Map<string, string> {
  const out = new Map<string, string>();
  const located = locateOne(grids, REGISTRY_HEADERS, REGISTRY_REQUIRED, SHEET_NAMES.registry);
  if (!located || !registry) return out;
  const header = located.grid.rows[located.header.row] ?? [];
  const words = new Set(CREDIT_TO_HEADERS.map((w) => normalizeHeader(w)));
  const col = header.findIndex((c) => words.has(normalizeHeader(c)));
  const nameCol = located.header.columns.name;
  if (col < 0 || nameCol === undefined) return out;
  const nameOf = (text: string) => {
    const r = registry.resolve(text);
    return r.kind === 'name' || r.kind === 'alias' ? r.name : null;
  };
  for (let r = located.header.row + 1; r < located.grid.rows.length; r++) {
    const row = located.grid.rows[r] ?? [];
    const unit = nameOf(cellText(row[nameCol]));
    const into = nameOf(cellText(row[col]));
    if (unit && into && unit !== into) out.set(unit, into);
  }
  return out;
}
