// One-click fixes: the new cell values that apply an issue's suggestion (units renamed, deadlines moved).
import { parseISO, toSerial } from '../dates/civil-date';
import { CellValue, Grid, cellText, parseA1 } from '../sheets/grid';
import { DATE_FORMAT } from '../sheets/sheet-spec';
import { toSimplified } from '../sheets/traditional';
import { Issue, IssueCode } from './issues';

/** Codes whose suggestion can be applied to the cell as it stands. */
export const FIXABLE_CODES: readonly IssueCode[] = ['UNKNOWN_UNIT', 'UNIT_ALIAS', 'DEADLINE_NON_WORKDAY', 'LEDGER_UNKNOWN_UNIT', 'LEDGER_COUNT_TEXT'];

/** Number format written with a 数量 made a number (常规: not the text format that kept it text). */
export const FIX_COUNT_FORMAT = 'General';

export interface CellFix {
  readonly sheet: string;
  readonly cell: string;
  readonly before: CellValue;
  readonly value: CellValue;
  readonly numberFormat?: string;
}

export function isFixable(issue: Issue): boolean {
  return issue.suggestion !== undefined && FIXABLE_CODES.includes(issue.code);
}

const SEPARATOR = '[、，,；;／/\\s]';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Replaces the written name as a whole item of the list (or, in jammed text, its first occurrence; or, in a 繁體 cell, its
 * traditional form; or, wrapped onto two lines of the cell as in “市生态⏎环境局”, its first occurrence across the break).
 */
export function replaceUnitName(text: string, written: string, name: string): string {
  const bounded = new RegExp(`(^|${SEPARATOR})${escapeRegExp(written)}(?=$|${SEPARATOR})`, 'g');
  if (bounded.test(text)) return text.replace(bounded, (_m, before: string) => `${before}${name}`);
  const at = text.indexOf(written);
  if (at >= 0) return text.slice(0, at) + name + text.slice(at + written.length);
  // a name read from a 繁體 cell is its simplified form: found there, at the same place (one character for one)
  const simple = toSimplified(text);
  const inSimple = simple === text ? -1 : simple.indexOf(written);
  if (inSimple >= 0) return text.slice(0, inSimple) + name + text.slice(inSimple + written.length);
  const wrapped = new RegExp(Array.from(written).map(escapeRegExp).join('[ \\t\\u3000]*(?:\\r?\\n)?[ \\t\\u3000]*'));
  return text.replace(wrapped, () => name);
}

function valueAt(grids: readonly Grid[], sheet: string, cell: string): CellValue | undefined {
  const grid = grids.find((g) => g.name === sheet);
  const pos = parseA1(cell);
  if (!grid || !pos) return undefined;
  return grid.rows[pos.row]?.[pos.col] ?? null;
}

function applyOne(issue: Issue, current: CellValue): { value: CellValue; numberFormat?: string } | null {
  const suggestion = issue.suggestion!;
  if (issue.code === 'DEADLINE_NON_WORKDAY') {
    // only a cell holding one date: a list such as "7月上旬、次年1月上旬" is left to the clerk
    if (typeof current === 'string' && /[、，,；;]/.test(current)) return null;
    const date = parseISO(suggestion);
    return date ? { value: toSerial(date), numberFormat: DATE_FORMAT } : null;
  }
  // a 数量 written as text ("3篇"): the figure as a number, which the sheet's formulas count (a cell changed since is left alone);
  // digits stored as text mostly come from a cell formatted as text (@), where a typed 3 stays text: the format goes back to 常规
  if (issue.code === 'LEDGER_COUNT_TEXT') return typeof current === 'string' ? { value: Number(suggestion), numberFormat: FIX_COUNT_FORMAT } : null;
  const text = cellText(current);
  if (issue.replaces === undefined) return text === '' ? null : { value: suggestion };
  const next = replaceUnitName(text, issue.replaces, suggestion);
  return next === text ? null : { value: next };
}

/**
 * The cell values that apply the given issues' suggestions to the workbook as read: several
 * fixes to one cell are combined; issues that cannot be applied are left out.
 */
export function planFixes(issues: readonly Issue[], grids: readonly Grid[]): CellFix[] {
  const byCell = new Map<string, CellFix>();
  for (const issue of issues) {
    if (!isFixable(issue)) continue;
    // an issue of a name written on several rows fixes every one of them
    for (const cell of issue.cells ?? [issue.cell]) {
      const key = `${issue.sheet}!${cell}`;
      const earlier = byCell.get(key);
      const before = earlier ? earlier.before : valueAt(grids, issue.sheet, cell);
      if (before === undefined) continue;
      const applied = applyOne(issue, earlier ? earlier.value : before);
      if (!applied) continue;
      byCell.set(key, { sheet: issue.sheet, cell, before, ...applied });
    }
  }
  return [...byCell.values()];
}
