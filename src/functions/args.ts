// The DUBAN.* functions' arguments as Excel sends them in (cells, ranges, dates, numbers) and their typed errors with Chinese messages.
import { CivilDate, fromSerial, isValidCivil } from '../core/dates/civil-date';
import { readDateValue } from '../core/dates/date-values';
import { CellValue, EXCEL_ERRORS, isCellError } from '../core/sheets/grid';
import { MediaDirectory } from '../core/sheets/media-sheet';
import { CellRule, RecentRanges, UNKEPT, mediaDirectoryFromRange, rulesFromRange } from '../core/sheets/range-tables';
import { ScoringRules } from '../core/scoring/scoring-rules';
import { UnitRegistry } from '../core/units/units';

/**
 * The Excel errors a function returns (names of CustomFunctions.ErrorCode). Excel shows a custom
 * message only with #VALUE! and #N/A
 * (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode):
 * every error Duban explains is one of those two; #NUM! only passes on an argument's own #NUM!.
 */
export type FnErrorCode = 'invalidValue' | 'notAvailable' | 'invalidNumber';

/** An error for the cell, with the Chinese message Excel shows beside it. */
export class FnError {
  constructor(
    readonly code: FnErrorCode,
    readonly message: string,
  ) {}
}

export type FnResult<T> = T | FnError;

export const isFnError = (x: unknown): x is FnError => x instanceof FnError;

export const q = (s: string) => `“${s}”`;

// ---------------------------------------------------------------------------------------------
// Arguments as Excel sends them

/** undefined: the argument was left out. Otherwise a cell value ('' and empty cells are null). */
export type Arg = CellValue | undefined;

/** An Excel error value as custom functions receive it (CustomFunctions.Error, a data-type error, or its text). */
export function errorCodeOf(x: unknown): string | null {
  if (typeof x === 'string') return x.charCodeAt(0) === 35 && EXCEL_ERRORS.includes(x) ? x : null; // '#'
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return null;
  const o = x as Record<string, unknown>;
  for (const key of ['code', 'error', 'basicValue']) {
    const v = o[key];
    if (typeof v === 'string' && v.startsWith('#')) return v;
  }
  if (o.type === 'Error' && typeof o.errorType === 'string') return `#${String(o.errorType).toUpperCase()}`;
  return null;
}

/** One value of an argument or of a range argument. */
export function cellOf(x: unknown): CellValue {
  if (x === null || x === undefined || x === '') return null;
  const error = errorCodeOf(x);
  if (error) return { error };
  if (typeof x === 'object' && !Array.isArray(x) && 'basicValue' in x) return cellOf((x as { basicValue: unknown }).basicValue); // a data type (formatted number …)
  if (typeof x === 'number') return Number.isFinite(x) ? x : { error: '#NUM!' };
  if (typeof x === 'string' || typeof x === 'boolean') return x;
  return { error: '#VALUE!' };
}

/** A scalar argument: left out → undefined; a 1×1 array is its one value. */
export function scalar(x: unknown, label: string): FnResult<Arg> {
  if (x === undefined) return undefined;
  if (Array.isArray(x)) {
    if (x.length === 1 && Array.isArray(x[0]) && x[0].length === 1) return cellOf(x[0][0]);
    return new FnError('invalidValue', `${label}应为单个值，不能是区域。`);
  }
  return cellOf(x);
}

/** Whether a raw row of a range (or a lone value) holds nothing. */
export function rawRowBlank(row: unknown): boolean {
  if (!Array.isArray(row)) return row === '' || row === null || row === undefined;
  for (let c = 0; c < row.length; c++) {
    const v = row[c];
    if (v !== '' && v !== null && v !== undefined) return false;
  }
  return true;
}

/**
 * A range argument as rows of cell values. Trailing blank rows go first, before any conversion, so
 * a whole column (单位名录!A:D, 1,048,576 rows, mostly empty) costs one plain pass over its cells.
 */
export function matrix(x: unknown): CellValue[][] {
  if (x === undefined || x === null) return [];
  if (!Array.isArray(x)) return [[cellOf(x)]];
  let last = x.length - 1;
  while (last >= 0 && rawRowBlank(x[last])) last--;
  const out: CellValue[][] = new Array(last + 1);
  for (let r = 0; r <= last; r++) {
    const row: unknown = x[r];
    out[r] = Array.isArray(row) ? row.map(cellOf) : [cellOf(row)];
  }
  return out;
}

/** Rows of a whole column (A:D): Excel's sheet height. */
export const SHEET_ROWS = 1_048_576;

/**
 * A whole-column range argument (单位名录!A:D): refused. Each call would carry 1,048,576 rows per
 * column, over the custom-function payload limit; Excel on the web answers #CALC! for it
 * (https://github.com/OfficeDev/office-js/issues/4613). `example` is the bounded range to suggest.
 */
export function wholeColumn(x: unknown, label: string, example: string): FnError | null {
  if (!Array.isArray(x) || x.length < SHEET_ROWS) return null;
  return new FnError('invalidValue', `${label}不能是整列：整列每次计算都要传送 ${SHEET_ROWS.toLocaleString('en-US')} 行，Excel 网页版会显示 #CALC!。请改用有界区域，如 ${example}，或 Excel 表格。`);
}
export const REGISTRY_EXAMPLE = '单位名录!$A$1:$D$2001'; // the rows the template keeps (help.html names the same)

export const rawBlank = (v: unknown) => v === '' || v === null || v === undefined;

/**
 * Range arguments as Excel sends them, compared with the last few: a cell equal (===) to the one
 * kept, or both blank ('' or empty), is the same cell, as matrix() reads them. Ranges holding
 * objects (error values, data types) are not kept here: they go on to the memo of read cells.
 */
export const RAW_CELLS: CellRule = {
  blank: rawBlank,
  keep: (v) => (v === undefined ? null : typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : UNKEPT),
  same: (v, kept) => rawBlank(v) && rawBlank(kept),
};
export const RANGE_ARGS_KEPT = 4;
export const registryArgs = new RecentRanges<UnitRegistry | null>(RAW_CELLS, RANGE_ARGS_KEPT);
export const mediaArgs = new RecentRanges<MediaDirectory>(RAW_CELLS, RANGE_ARGS_KEPT);
export const rulesArgs = new RecentRanges<ScoringRules | null>(RAW_CELLS, RANGE_ARGS_KEPT);

/** The media directory in a 媒体名录 range argument. */
export const mediaArg = (x: unknown) => mediaArgs.get(x, readMediaArg);
export const readMediaArg = (x: unknown) => mediaDirectoryFromRange(matrix(x));
/** The scoring rules in a 评分规则 range argument (null when it holds no row). */
export const rulesArg = (x: unknown) => rulesArgs.get(x, readRulesArg);
export const readRulesArg = (x: unknown) => rulesFromRange(matrix(x));

/** An error value in an argument: #N/A and #NUM! pass on as themselves, others as #VALUE!. */
export function fromError(error: string, label: string): FnError {
  if (error === '#N/A') return new FnError('notAvailable', `${label}是 #N/A。`);
  const message = `${label}是错误值 ${error}，请先修正所引用的单元格。`;
  return new FnError(error === '#NUM!' ? 'invalidNumber' : 'invalidValue', message);
}

/** A date argument: a serial, or text naming year, month and day. */
export function dateArg(x: unknown, label: string, required: boolean): FnResult<CivilDate | undefined> {
  const v = scalar(x, label);
  if (isFnError(v)) return v;
  if (v === undefined || v === null) return required ? new FnError('invalidValue', `${label}为空。`) : undefined;
  if (isCellError(v)) return fromError(v.error, label);
  if (typeof v === 'boolean') return new FnError('invalidValue', `${label}应为日期，不能是逻辑值 ${v ? 'TRUE' : 'FALSE'}。`);
  if (typeof v === 'number') {
    const date = fromSerial(v);
    if (!date || !isValidCivil(date.year, date.month, date.day)) return new FnError('invalidValue', `${label} ${v} 不是有效的 Excel 日期。`);
    return date;
  }
  const read = readDateValue(v);
  if (read.ok) return read.date;
  return new FnError('invalidValue', `${label}${q(v)}不是日期，请填写日期或如“2024-01-31”的文字。`);
}

/** A whole-number argument (Excel truncates, as WORKDAY does); numeric text is accepted. */
export function integerArg(x: unknown, label: string, required: boolean): FnResult<number | undefined> {
  const v = scalar(x, label);
  if (isFnError(v)) return v;
  if (v === undefined || v === null) return required ? new FnError('invalidValue', `${label}为空。`) : undefined;
  if (isCellError(v)) return fromError(v.error, label);
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*[+-]?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : NaN;
  if (!Number.isFinite(n)) return new FnError('invalidValue', `${label}应为数字，实为 ${q(String(v))}。`);
  return Math.trunc(n);
}

/** A text argument; numbers are read as their digits. Empty → null. */
export function textArg(x: unknown, label: string): FnResult<string | null> {
  const v = scalar(x, label);
  if (isFnError(v)) return v;
  if (v === undefined || v === null) return null;
  if (isCellError(v)) return fromError(v.error, label);
  if (typeof v === 'boolean') return new FnError('invalidValue', `${label}应为文字，不能是逻辑值 ${v ? 'TRUE' : 'FALSE'}。`);
  const text = String(v).trim();
  return text === '' ? null : text;
}

export function yearArg(x: unknown): FnResult<number | undefined> {
  const year = integerArg(x, '计划年度', false);
  if (isFnError(year) || year === undefined) return year;
  if (year < 1900 || year > 9999) return new FnError('invalidValue', `计划年度 ${year} 应在 1900 至 9999 之间。`);
  return year;
}
