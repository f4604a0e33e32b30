// Cell values between Office.js and the grid: errors kept apart from text that looks like one, and
// text that Excel would take for a number, date or formula written under the Text format.
/// <reference types="office-js" />
import { CellValue, EXCEL_ERRORS } from '../../core/sheets/grid';
import { CellStyle, SpecValue } from '../../core/sheets/sheet-spec';
import { DateShift, isDateCell, requireShift } from './date-system';


/**
 * A cell value as Office.js reads it → a grid value ('' → null, an error → {error}). With its
 * valueType, text that reads like an error ("#N/A" typed as text) stays text; without it (a
 * caller that did not load valueTypes), error-looking text is taken for the error.
 */
export function fromExcelValue(value: unknown, valueType?: string): CellValue {
  if (value === '' || value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    if (valueType !== undefined) return valueType === 'Error' ? { error: value } : value;
    return EXCEL_ERRORS.includes(value) ? { error: value } : value;
  }
  return null;
}

/**
 * Whether Excel would take this text for something else when written as a value: a formula
 * (= + - @), a number, date, time, percentage, currency or logical. Such text gets the Text
 * number format '@' first, which Excel honours as "store what is typed as text".
 */
export function textNeedsTextFormat(text: string): boolean {
  const t = text.trim();
  if (t === '') return text !== '';
  if (/^[=+\-@]/.test(t)) return true;
  if (/^(true|false)$/i.test(t)) return true;
  if (/^#/.test(t) && EXCEL_ERRORS.includes(t)) return true;
  if (/^[(（]?[-+]?[$¥￥€£]?\s*[\d.,]+\s*%?[)）]?$/.test(t) && /\d/.test(t)) return true; // 12, 1,200, 5%, (3), ¥20
  if (/^\d+(\.\d+)?e[+-]?\d+$/i.test(t)) return true;
  if (/^\d{1,4}([-/.])\d{1,2}(\1\d{1,4})?(\s+\d{1,2}:\d{2}(:\d{2})?)?$/.test(t)) return true; // 2023-5-31, 5/31
  if (/^\d{1,2}:\d{2}(:\d{2})?(\s*[ap]m)?$/i.test(t)) return true;
  if (/^\d{1,4}年\d{1,2}月(\d{1,2}日)?$|^\d{1,2}月\d{1,2}日$/.test(t)) return true; // zh-CN dates
  if (/^\d+\s+\d+\/\d+$/.test(t)) return true; // fractions
  return false;
}

/** =HYPERLINK("#'Sheet'!C7","text"): a link Excel, WPS and LibreOffice all follow. */
function hyperlinkFormula(link: string, text: string): string {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  return `=HYPERLINK(${q(link)},${q(text)})`;
}

export interface CellOut {
  /** What goes into `values` (or `formulas`). */
  readonly value: string | number | boolean;
  readonly formula: boolean;
  readonly numberFormat: string;
}

/**
 * A spec cell as Office.js writes it. `shift` is the workbook's date system (date-system.ts): a date
 * (a number under a date format) is written 1,462 days less in a 1904 workbook so that Excel shows the
 * same day; null (not known) refuses a date rather than put it four years off.
 */
export function cellOut(value: SpecValue | undefined, style: CellStyle | undefined, shift: DateShift | null = 0): CellOut {
  const fmt = style?.numFmt ?? 'General';
  if (value === null || value === undefined) return { value: '', formula: false, numberFormat: fmt };
  if (typeof value === 'string') return { value, formula: false, numberFormat: '@' };
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return { value: '', formula: false, numberFormat: fmt };
    return { value: shift !== 0 && isDateCell(value, fmt) ? value - requireShift(shift) : value, formula: false, numberFormat: fmt };
  }
  if (typeof value === 'boolean') return { value, formula: false, numberFormat: fmt };
  if ('formula' in value) {
    const f = value.formula.trim();
    return { value: f.startsWith('=') ? f : `=${f}`, formula: true, numberFormat: fmt };
  }
  return { value: hyperlinkFormula(value.link, value.text), formula: true, numberFormat: fmt };
}

