// The common layout of every generated sheet: title, "生成于…，数据截至…" line, styled header, rows.
import { CivilDate, formatISO } from '../dates/civil-date';
import { CellStyle, SheetSpec, SpecCell, SpecValue, STYLES, TITLE_ROW_HEIGHT, cell, printOrientation, wrappedLines } from '../sheets/sheet-spec';

/** When the sheets were generated (local time text from the caller) and the as-of date. */
export interface GenerationStamp {
  readonly generatedAt: string;
  readonly asOf: CivilDate;
}

export interface SummaryColumn {
  readonly header: string;
  readonly width: number;
  readonly style: CellStyle;
}

/** What a generated sheet may add to the common layout; `landscape` for wide tables (bulletin, assessment). */
type SummaryExtra = Partial<Pick<SheetSpec, 'conditionalFormats' | 'charts' | 'tabColor'>> & { landscape?: boolean };


/** Texts up to this many UTF-16 units are shared between equal cells of a generated sheet (summarySheet). */
const SHARED_TEXT_LENGTH = 40;

/** Points per line of wrapped text in a body row. */
const WRAPPED_LINE_HEIGHT = 15;

/** Rows above the header: title and stamp. The header is the third row. */
export const SUMMARY_HEADER_ROW = 3;

export function stampLine(stamp: GenerationStamp): string {
  return `生成于 ${stamp.generatedAt}，数据截至 ${formatISO(stamp.asOf)}（督办自动生成，重新生成时将被替换）`;
}

/** A generated sheet: values and Excel formatting only. Row styles may override column styles. */
export function summarySheet(
  name: string,
  title: string,
  stamp: GenerationStamp,
  columns: readonly SummaryColumn[],
  /** The body's values row by row; a generator keeps each row's array short-lived. */
  rows: Iterable<readonly SpecValue[]>,
  extra: SummaryExtra & { rowStyles?: readonly (CellStyle | undefined)[] } = {},
): SheetSpec {
  // one merged style per (row style, column), shared by every row with that row style
  const merged = new Map<CellStyle, CellStyle[]>();
  const plain = columns.map((c) => c.style);
  const stylesFor = (rowStyle: CellStyle | undefined): readonly CellStyle[] => {
    if (!rowStyle) return plain;
    let styles = merged.get(rowStyle);
    if (!styles) {
      styles = columns.map((c) => ({ ...c.style, ...rowStyle }));
      merged.set(rowStyle, styles);
    }
    return styles;
  };
  // equal short text in equal style is one shared cell (labels, names, codes repeat down a sheet); a long
  // text (an issue's message, a task) is mostly unique, and looking each up would only cost time
  const shared = new Map<CellStyle, Map<string | null, SpecCell>>();
  const cellOf = (value: SpecValue, style: CellStyle): SpecCell => {
    if (value !== null && (typeof value !== 'string' || value.length > SHARED_TEXT_LENGTH)) return cell(value, style);
    let byValue = shared.get(style);
    if (!byValue) shared.set(style, (byValue = new Map()));
    let c = byValue.get(value);
    if (!c) byValue.set(value, (c = cell(value, style)));
    return c;
  };
  const width = columns.length;
  const body: SpecCell[][] = [];
  const add = (values: readonly SpecValue[]) => {
    const styles = stylesFor(extra.rowStyles?.[body.length]);
    const out: SpecCell[] = new Array(width);
    for (let i = 0; i < width; i++) out[i] = cellOf(values[i] ?? null, styles[i]);
    body.push(out);
  };
  if (Array.isArray(rows)) for (let r = 0; r < rows.length; r++) add(rows[r]);
  else for (const values of rows) add(values);
  return summarySheetOfCells(name, title, stamp, columns, body, extra);
}

/**
 * Lines a body cell takes in its column (1 when it does not wrap), for row heights: a cell shared by
 * many rows is measured once per column, and whether a style wraps is remembered per column (styles of
 * many shapes make reading .wrap of each of 875k cells slow).
 */
export function cellLines(columns: readonly SummaryColumn[]): (c: SpecCell | undefined, column: number) => number {
  const lines = columns.map(() => new Map<SpecCell, number>());
  const styleSeen: (CellStyle | undefined | null)[] = columns.map(() => null);
  const styleWraps: boolean[] = columns.map(() => false);
  return (c, i) => {
    if (!c) return 1;
    if (c.style !== styleSeen[i]) {
      styleSeen[i] = c.style;
      styleWraps[i] = !!c.style?.wrap;
    }
    if (!styleWraps[i] || typeof c.value !== 'string') return 1;
    let n = lines[i].get(c);
    if (n === undefined) lines[i].set(c, (n = wrappedLines(c.value, columns[i].width)));
    return n;
  };
}

/**
 * The same layout for a body of cells already styled (one per column, shared where equal): for
 * the largest sheet, whose builder knows which cells repeat (and may give each row's lines, cellLines' largest).
 */
export function summarySheetOfCells(
  name: string,
  title: string,
  stamp: GenerationStamp,
  columns: readonly SummaryColumn[],
  body: Iterable<SpecCell[]>,
  extra: SummaryExtra & { rowLines?: ArrayLike<number> } = {},
): SheetSpec {
  const last = columns.length - 1;
  const head: SpecCell[][] = [[cell(title, STYLES.title)], [cell(stampLine(stamp), STYLES.subtitle)], columns.map((c) => cell(c.header, STYLES.header))];
  // rows of wrapped text (a task, its units) tall enough to print whole: LibreOffice and WPS do not grow them
  const heights: (number | undefined)[] = [TITLE_ROW_HEIGHT];
  const linesOf = cellLines(columns);
  const measure = (row: SpecCell[]) => {
    let most = 1;
    for (let i = 0; i < row.length; i++) {
      const n = linesOf(row[i], i);
      if (n > most) most = n;
    }
    return most;
  };
  const setHeight = (at: number, most: number) => {
    if (most > 1) heights[at] = most * WRAPPED_LINE_HEIGHT + 4;
  };
  let sheetRows: SpecCell[][];
  if (Array.isArray(body)) {
    // an array body (125k rows of 单位任务清单): copied once at its size, read by index (for-of steps allocate before the JIT optimises)
    sheetRows = head.concat(body);
    const given = extra.rowLines;
    for (let r = 0; r < body.length; r++) setHeight(head.length + r, given ? given[r] : measure(body[r]));
  } else {
    sheetRows = head;
    for (const row of body) {
      setHeight(sheetRows.length, measure(row));
      sheetRows.push(row);
    }
  }
  const bodyRows = sheetRows.length - SUMMARY_HEADER_ROW;
  const headerRow = SUMMARY_HEADER_ROW;
  return {
    name,
    generated: true,
    rows: sheetRows,
    widths: columns.map((c) => c.width),
    merges: [
      { top: 0, left: 0, bottom: 0, right: last },
      { top: 1, left: 0, bottom: 1, right: last },
    ],
    freeze: { rows: headerRow, columns: 0 },
    autoFilter: bodyRows > 0 ? `A${headerRow}:${String.fromCharCode(65 + Math.min(last, 25))}${headerRow + bodyRows}` : undefined,
    ...(extra.conditionalFormats ? { conditionalFormats: extra.conditionalFormats } : {}),
    ...(extra.charts ? { charts: extra.charts } : {}),
    tabColor: extra.tabColor ?? '2F75B5',
    heights,
    print: { orientation: printOrientation(columns.map((c) => c.width), extra.landscape), titleRows: headerRow },
  };
}
