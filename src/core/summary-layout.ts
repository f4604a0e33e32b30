// The common layout of every generated sheet: title, "生成于…，数据截至…" line, styled header, rows.
import { CivilDate, formatISO } from './civil-date';
import { CellStyle, SheetSpec, SpecCell, SpecValue, STYLES, cell } from './sheet-spec';

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
  rows: readonly (readonly SpecValue[])[],
  extra: Partial<Pick<SheetSpec, 'conditionalFormats' | 'charts' | 'tabColor'>> & { rowStyles?: readonly (CellStyle | undefined)[] } = {},
): SheetSpec {
  const last = columns.length - 1;
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
  const body: SpecCell[][] = rows.map((values, r) => {
    const styles = stylesFor(extra.rowStyles?.[r]);
    return columns.map((_, i) => cell(values[i] ?? null, styles[i]));
  });
  const headerRow = SUMMARY_HEADER_ROW;
  return {
    name,
    generated: true,
    rows: [[cell(title, STYLES.title)], [cell(stampLine(stamp), STYLES.subtitle)], columns.map((c) => cell(c.header, STYLES.header)), ...body],
    widths: columns.map((c) => c.width),
    merges: [
      { top: 0, left: 0, bottom: 0, right: last },
      { top: 1, left: 0, bottom: 1, right: last },
    ],
    freeze: { rows: headerRow, columns: 0 },
    autoFilter: rows.length > 0 ? `A${headerRow}:${String.fromCharCode(65 + Math.min(last, 25))}${headerRow + rows.length}` : undefined,
    ...(extra.conditionalFormats ? { conditionalFormats: extra.conditionalFormats } : {}),
    ...(extra.charts ? { charts: extra.charts } : {}),
    tabColor: extra.tabColor ?? '2F75B5',
  };
}
