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
  const body: SpecCell[][] = rows.map((values, r) =>
    columns.map((c, i) => cell(values[i] ?? null, extra.rowStyles?.[r] ? { ...c.style, ...extra.rowStyles[r] } : c.style)),
  );
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
