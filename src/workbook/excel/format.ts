// Formatting and print layout through Office.js: a style on a range (or RangeAreas), column widths in
// points, and the A4 page setup every generated sheet prints with.
/// <reference types="office-js" />
import { CellRange } from '../../core/sheets/grid';
import { CellStyle, PRINT_PAGE_NUMBERS, PrintSpec } from '../../core/sheets/sheet-spec';


const HORIZONTAL: Record<NonNullable<CellStyle['align']>, Excel.HorizontalAlignment | 'Left' | 'Center' | 'Right'> = {
  left: 'Left', center: 'Center', right: 'Right',
};
const VERTICAL: Record<NonNullable<CellStyle['verticalAlign']>, 'Top' | 'Center'> = { top: 'Top', middle: 'Center' };
const BORDER_EDGES = ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideHorizontal', 'InsideVertical'] as const;

/** Formats a range (or several, as RangeAreas) in a style; inside borders only where rects have them. */
export function applyStyle(range: Excel.Range | Excel.RangeAreas, style: CellStyle, rect: CellRange): void {
  const format = range.format;
  if (style.fill) format.fill.color = `#${style.fill}`;
  if (style.bold) format.font.bold = true;
  if (style.italic) format.font.italic = true;
  if (style.fontSize) format.font.size = style.fontSize;
  if (style.color) format.font.color = `#${style.color}`;
  if (style.align) format.horizontalAlignment = HORIZONTAL[style.align];
  if (style.verticalAlign) format.verticalAlignment = VERTICAL[style.verticalAlign];
  if (style.wrap) format.wrapText = true;
  if (style.border) {
    for (const edge of BORDER_EDGES) {
      if (edge === 'InsideHorizontal' && rect.top === rect.bottom) continue;
      if (edge === 'InsideVertical' && rect.left === rect.right) continue;
      const border = format.borders.getItem(edge);
      border.style = 'Continuous';
      border.weight = 'Thin';
      border.color = '#BFBFBF';
    }
  }
}

/** Column width in points for a width in characters (Excel: 7 px a character + 5 px padding, 0.75 pt a px). */
export function columnWidthPoints(characters: number): number {
  return Math.round((characters * 7 + 5) * 0.75 * 100) / 100;
}


/** A4, one page wide, title rows repeated, centred page numbers (PrintSpec; ExcelApi 1.9). */
export function applyPrintLayout(ws: Excel.Worksheet, print: PrintSpec): void {
  const layout = ws.pageLayout;
  layout.paperSize = 'A4';
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.centerHorizontally = true;
  layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$1:$${print.titleRows}`);
  layout.headersFooters.defaultForAllPages.centerFooter = PRINT_PAGE_NUMBERS;
}
