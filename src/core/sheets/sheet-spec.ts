// Sheet specifications: what a generated or template sheet holds, independent of how it is written.
import { CellRange } from './grid';

export interface CellStyle {
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly fontSize?: number;
  /** Font colour, RRGGBB. */
  readonly color?: string;
  /** Background fill, RRGGBB. */
  readonly fill?: string;
  readonly align?: 'left' | 'center' | 'right';
  readonly verticalAlign?: 'top' | 'middle';
  readonly wrap?: boolean;
  /** Excel number format, e.g. 0.0%, yyyy-mm-dd, @. */
  readonly numFmt?: string;
  readonly border?: boolean;
}

/** A cell's content. A string is always written as text, never as a formula. */
export type SpecValue = string | number | boolean | null | { readonly formula: string } | { readonly text: string; readonly link: string };

export interface SpecCell {
  readonly value: SpecValue;
  readonly style?: CellStyle;
}

export interface DataValidationSpec {
  /** A1 range, e.g. C2:D500. */
  readonly range: string;
  /** Allowed values, or a formula list source such as =单位名录!$A$2:$A$500. */
  readonly list: readonly string[] | { readonly source: string };
  /** When true, other text is accepted too (a dropdown of suggestions). */
  readonly allowOther?: boolean;
  readonly prompt?: string;
}

export interface ConditionalFormatSpec {
  readonly range: string;
  readonly type: 'dataBar';
  /** Bar colour, RRGGBB. */
  readonly color: string;
}

export interface ChartSpec {
  readonly type: 'bar';
  readonly title: string;
  /** A1 ranges of the category labels and the values. */
  readonly categories: string;
  readonly values: string;
  /** Top-left cell where the chart is placed. */
  readonly anchor: string;
}

/**
 * The widest table (sum of column widths, in characters) that prints readably on A4 portrait fitted to
 * the page width (about 90 % scale); a wider one prints landscape, where ~150 characters still print at
 * about 90 % (issue 21: 150-character sheets printed portrait at 60 %, unreadable at arm's length).
 */
export const PORTRAIT_MAX_WIDTH = 100;

/** How a table of these column widths prints: landscape when wider than portrait holds readably. */
export function printOrientation(widths: readonly number[], landscape = false): 'portrait' | 'landscape' {
  return landscape || widths.reduce((a, b) => a + b, 0) > PORTRAIT_MAX_WIDTH ? 'landscape' : 'portrait';
}

/** How a sheet prints: A4, fitted to one page wide, title rows repeated, page numbers centred in the footer. */
export interface PrintSpec {
  readonly orientation: 'portrait' | 'landscape';
  /** Rows 1..titleRows repeat at the top of every printed page. */
  readonly titleRows: number;
}

/** Page numbers of every generated sheet: "第 1 页，共 3 页" (Excel header/footer codes). */
export const PRINT_PAGE_NUMBERS = '第 &P 页，共 &N 页';
/** The footer holding them, centred. */
export const PRINT_FOOTER = `&C${PRINT_PAGE_NUMBERS}`;

export interface SheetSpec {
  readonly name: string;
  /** Generated sheets carry Duban's marker and are replaced on the next generation. */
  readonly generated: boolean;
  readonly rows: readonly (readonly SpecCell[])[];
  /** Column widths in characters. */
  readonly widths?: readonly number[];
  readonly merges?: readonly CellRange[];
  /** Rows and columns kept in view. */
  readonly freeze?: { readonly rows: number; readonly columns: number };
  readonly autoFilter?: string;
  readonly validations?: readonly DataValidationSpec[];
  readonly conditionalFormats?: readonly ConditionalFormatSpec[];
  /** Charts: written by the Office.js port; files use the conditional formats instead. */
  readonly charts?: readonly ChartSpec[];
  readonly tabColor?: string;
  readonly print?: PrintSpec;
  /** Row heights in points (undefined: the default), for rows of wrapped text a reader must see whole. */
  readonly heights?: readonly (number | undefined)[];
  /** Protected without a password (forms units fill): only the `unlocked` A1 ranges take input. */
  readonly protect?: boolean;
  readonly unlocked?: readonly string[];
  /** Hidden from the tab bar (a form's marker sheet). */
  readonly hidden?: boolean;
}

/** Display width of text in column-width units (a CJK character is about two). */
export function textWidth(text: string): number {
  let w = 0;
  // by UTF-16 unit, a surrogate pair counted once as one character (no string per character: 10k task texts are measured per sheet)
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    w += code > 0x2e7f ? 1.7 : 1;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const low = text.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) i++;
    }
  }
  return w;
}

/** Lines a wrapped cell's text takes in a column this wide (characters). */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, width - 1);
  // one line of text (most cells) without splitting it into an array
  if (text.indexOf('\n') < 0) return Math.max(1, Math.ceil(textWidth(text) / perLine));
  return text.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(textWidth(part) / perLine)), 0);
}

/** Heights (points) that show every wrapped cell of each row whole, given the column widths. */
export function wrappedHeights(rows: readonly (readonly SpecCell[])[], widths: readonly number[], lineHeight = 15): (number | undefined)[] {
  return rows.map((row) => {
    let lines = 1;
    row.forEach((c, i) => {
      if (!c.style?.wrap || typeof c.value !== 'string' || !widths[i]) return;
      lines = Math.max(lines, wrappedLines(c.value, widths[i]));
    });
    return lines > 1 ? lines * lineHeight + 4 : undefined;
  });
}

/** The height (points) of a row holding a 14-point title (STYLES.title), so that no printer or viewer clips it. */
export const TITLE_ROW_HEIGHT = 24;

/** The number format of every date Duban writes into a cell (a 修复, a merged return, a function's result, its own sheets). */
export const DATE_FORMAT = 'yyyy-mm-dd';

/** Styles shared by every sheet Duban writes: the one home of its look. */
export const STYLES = {
  title: { bold: true, fontSize: 14 } as CellStyle,
  subtitle: { italic: true, color: '595959' } as CellStyle,
  header: { bold: true, fill: 'DDEBF7', align: 'center', verticalAlign: 'middle', wrap: true, border: true } as CellStyle,
  text: { wrap: true, verticalAlign: 'top', border: true } as CellStyle,
  plain: { border: true, verticalAlign: 'top' } as CellStyle,
  center: { border: true, align: 'center', verticalAlign: 'top' } as CellStyle,
  date: { border: true, numFmt: DATE_FORMAT, align: 'center', verticalAlign: 'top' } as CellStyle,
  number: { border: true, numFmt: '0', align: 'right' } as CellStyle,
  decimal: { border: true, numFmt: '0.00', align: 'right' } as CellStyle,
  percent: { border: true, numFmt: '0.0%', align: 'right' } as CellStyle,
  error: { border: true, fill: 'F8CBAD', verticalAlign: 'top' } as CellStyle,
  warning: { border: true, fill: 'FFE699', verticalAlign: 'top' } as CellStyle,
  info: { border: true, fill: 'DDEBF7', verticalAlign: 'top' } as CellStyle,
  section: { bold: true, fill: 'F2F2F2', border: true } as CellStyle,
} as const;

export function cell(value: SpecValue, style?: CellStyle): SpecCell {
  return style ? { value, style } : { value };
}
