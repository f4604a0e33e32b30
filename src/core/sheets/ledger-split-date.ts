// Reads a ledger row dated in two columns, 月 | 日 (and a 年 column when there is one), in the year its title or sheet name gives.
import { CivilDate, isValidCivil } from '../dates/civil-date';
import { DateValueResult, monthDayOf, withoutTimeOfDay } from '../dates/date-values';
import { parseChineseInteger } from '../dates/numerals';
import { CellValue, cellText, isBlank } from './grid';
import { SplitDate } from './ledger-header';

export type SplitDateResult =
  | { readonly ok: true; readonly date: CivilDate }
  /** No date at all (both cells blank): the row is looked at as a row without a date. */
  | { readonly ok: false; readonly empty: true }
  /** What was written (“6月31日”, “6月”) and why it is no date. */
  | { readonly ok: false; readonly empty?: false; readonly written: string; readonly problem: 'invalid' | 'noDay' | 'noMonth' | 'noYear' };

/** A number a 月, 日 or 年 cell holds as clerks write it: 6, "6", "６", "6月", "六月", "5日", "5号", "2023年" — NaN when none. */
function partOf(value: CellValue, unit: RegExp): number {
  if (typeof value === 'number') return Number.isInteger(value) ? value : NaN;
  const bare = cellText(value).normalize('NFKC').replace(/\s+/gu, '').replace(unit, '');
  if (bare === '') return NaN;
  return /^\d+$/u.test(bare) ? Number(bare) : parseChineseInteger(bare) ?? NaN;
}

/**
 * A row's date from its 月 and 日 cells in the ledger's year (the row's 年 cell when the ledger has that column). A 月 left
 * blank under a month written once for its block (登记簿 write the month when it changes) is the month of the row above
 * (`carried`, the last month read).
 */
export function readSplitDate(cells: readonly CellValue[], split: SplitDate, carried: number | null): SplitDateResult {
  const monthCell = cells[split.month] ?? null;
  const dayCell = cells[split.day] ?? null;
  const yearCell = split.yearColumn === undefined ? null : cells[split.yearColumn] ?? null;
  if (isBlank(monthCell) && isBlank(dayCell)) return { ok: false, empty: true };
  const written = `${isBlank(yearCell) ? '' : `${cellText(yearCell).replace(/年$/u, '')}年`}${cellText(monthCell).replace(/月$/u, '')}${isBlank(monthCell) ? '' : '月'}${cellText(dayCell).replace(/[日号]$/u, '')}${isBlank(dayCell) ? '' : '日'}`;
  if (isBlank(dayCell)) return { ok: false, written, problem: 'noDay' };
  const month = isBlank(monthCell) ? carried ?? NaN : partOf(monthCell, /月份?$/u);
  if (isBlank(monthCell) && carried === null) return { ok: false, written, problem: 'noMonth' };
  const day = partOf(dayCell, /[日号]$/u);
  const year = isBlank(yearCell) ? split.year : partOf(yearCell, /年$/u);
  if (year === null) return { ok: false, written, problem: 'noYear' };
  return isValidCivil(year, month, day) ? { ok: true, date: { year, month, day } } : { ok: false, written, problem: 'invalid' };
}

/**
 * A ledger's date cell read as a full date, else — "6月5日", "6.5" typed without the year — in the year the ledger's title or
 * sheet name gives (`year`, asked only when such a cell is met); without one it stays no date (said for want of a year).
 */
export function inLedgerYear(read: (value: CellValue) => DateValueResult, year: () => number | null): (value: CellValue) => DateValueResult {
  return (value) => {
    const full = read(value);
    if (full.ok || typeof value !== 'string') return full;
    const md = monthDayOf(withoutTimeOfDay(value));
    const y = md ? year() : null;
    return md && y !== null && isValidCivil(y, md.month, md.day) ? { ok: true, date: { year: y, month: md.month, day: md.day } } : full;
  };
}
