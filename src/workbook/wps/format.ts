// Formatting through WPS 表格's object model: a style on a range (several rectangles in one address),
// number formats by runs, widths, print layout, data bars, charts, validations, freeze panes.
// Members and enumerations are Excel's (ET mirrors its COM model; ../shared/wps.md §1.3).
import { CellRange, a1, columnLetters, parseA1, rangeA1 } from '../../core/sheets/grid';
import { CellStyle, PRINT_PAGE_NUMBERS, SheetSpec } from '../../core/sheets/sheet-spec';
import { StyledRect, groupRects } from '../excel/write-plan';
import { EtObject, XL, call, etColor, get, set } from './et';

/** Excel's limit on a Range address string with several areas ("A1:B2,C3:D4"). */
const ADDRESS_LIMIT = 255;

/** Rectangles' addresses joined into as few Range addresses as the 255-character limit allows. */
export function addressGroups(rects: readonly CellRange[]): string[] {
  const out: string[] = [];
  let current = '';
  for (const r of rects) {
    const a = rangeA1(r);
    if (current && current.length + 1 + a.length > ADDRESS_LIMIT) {
      out.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) out.push(current);
  return out;
}

const HORIZONTAL: Record<NonNullable<CellStyle['align']>, number> = { left: XL.hAlignLeft, center: XL.hAlignCenter, right: XL.hAlignRight };
const VERTICAL: Record<NonNullable<CellStyle['verticalAlign']>, number> = { top: XL.vAlignTop, middle: XL.vAlignCenter };

/** Formats a range in a style; inside borders only where the rectangles have them. */
export function applyStyle(range: EtObject, style: CellStyle, rect: CellRange): void {
  if (style.fill) set(get<EtObject>(range, 'Interior'), 'Color', etColor(style.fill));
  const font = style.bold || style.italic || style.fontSize || style.color ? get<EtObject>(range, 'Font') : null;
  if (font && style.bold) set(font, 'Bold', true);
  if (font && style.italic) set(font, 'Italic', true);
  if (font && style.fontSize) set(font, 'Size', style.fontSize);
  if (font && style.color) set(font, 'Color', etColor(style.color));
  if (style.align) set(range, 'HorizontalAlignment', HORIZONTAL[style.align]);
  if (style.verticalAlign) set(range, 'VerticalAlignment', VERTICAL[style.verticalAlign]);
  if (style.wrap) set(range, 'WrapText', true);
  if (style.border) {
    const borders = get<EtObject>(range, 'Borders');
    for (const edge of [XL.edgeTop, XL.edgeBottom, XL.edgeLeft, XL.edgeRight, XL.insideHorizontal, XL.insideVertical]) {
      if (edge === XL.insideHorizontal && rect.top === rect.bottom) continue;
      if (edge === XL.insideVertical && rect.left === rect.right) continue;
      const border = call<EtObject>(borders, 'Item', edge);
      set(border, 'LineStyle', XL.continuous);
      set(border, 'Weight', XL.thin);
      set(border, 'Color', etColor('BFBFBF'));
    }
  }
}

/** Styles of a chunk's rectangles, grouped by style and shape, each group in as few calls as addresses allow. */
export function applyStyles(ws: EtObject, rects: readonly StyledRect[]): void {
  for (const group of groupRects(rects)) {
    for (const address of addressGroups(group)) applyStyle(call<EtObject>(ws, 'Range', address), group[0].style, group[0]);
  }
}

/**
 * Number formats of a block (rows × columns starting at row0, col0), set run by run down each
 * column: one call for a column of one format, not one per cell.
 */
export function applyNumberFormats(ws: EtObject, row0: number, col0: number, formats: readonly (readonly string[])[]): void {
  const rows = formats.length;
  const cols = rows ? formats[0].length : 0;
  for (let c = 0; c < cols; c++) {
    for (let r = 0; r < rows; ) {
      const f = formats[r][c] ?? 'General';
      let end = r;
      while (end + 1 < rows && (formats[end + 1][c] ?? 'General') === f) end++;
      if (f !== 'General') set(call<EtObject>(ws, 'Range', rangeA1({ top: row0 + r, left: col0 + c, bottom: row0 + end, right: col0 + c })), 'NumberFormat', f);
      r = end + 1;
    }
  }
}

/** Widths, merges, tab colour, print layout, data bars and charts of a sheet being built. */
export function applySheetLayout(ws: EtObject, spec: SheetSpec): void {
  (spec.widths ?? []).forEach((w, c) => {
    if (w > 0) set(call<EtObject>(ws, 'Range', `${columnLetters(c)}:${columnLetters(c)}`), 'ColumnWidth', w);
  });
  for (const m of spec.merges ?? []) call(call<EtObject>(ws, 'Range', rangeA1(m)), 'Merge');
  if (spec.tabColor) set(get<EtObject>(ws, 'Tab'), 'Color', etColor(spec.tabColor));
  const print = spec.print;
  if (print) {
    const page = get<EtObject>(ws, 'PageSetup');
    set(page, 'PaperSize', XL.paperA4);
    set(page, 'Orientation', print.orientation === 'landscape' ? XL.landscape : XL.portrait);
    set(page, 'CenterHorizontally', true);
    set(page, 'Zoom', false);
    set(page, 'FitToPagesWide', 1);
    set(page, 'FitToPagesTall', false);
    set(page, 'PrintTitleRows', `$1:$${print.titleRows}`);
    set(page, 'CenterFooter', PRINT_PAGE_NUMBERS);
  }
  for (const cf of spec.conditionalFormats ?? []) {
    const bar = call<EtObject>(get<EtObject>(call<EtObject>(ws, 'Range', cf.range), 'FormatConditions'), 'AddDatabar');
    set(get<EtObject>(bar, 'BarColor'), 'Color', etColor(cf.color));
  }
  for (const chart of spec.charts ?? []) {
    const anchor = call<EtObject>(ws, 'Range', chart.anchor);
    const at = parseA1(chart.anchor);
    const far = at ? call<EtObject>(ws, 'Range', a1(at.row + 19, at.col + 7)) : null;
    const left = Number(get(anchor, 'Left')) || 0;
    const top = Number(get(anchor, 'Top')) || 0;
    const width = far ? Math.max(240, Number(get(far, 'Left')) - left) : 480;
    const height = far ? Math.max(160, Number(get(far, 'Top')) - top) : 288;
    const object = call<EtObject>(get<EtObject>(ws, 'ChartObjects'), 'Add', left, top, width, height);
    const c = get<EtObject>(object, 'Chart');
    call(c, 'SetSourceData', call<EtObject>(ws, 'Range', chart.values));
    set(c, 'ChartType', XL.barClustered);
    set(c, 'HasTitle', true);
    set(get<EtObject>(c, 'ChartTitle'), 'Text', chart.title);
    set(c, 'HasLegend', false);
    set(call<EtObject>(c, 'SeriesCollection', 1), 'XValues', call<EtObject>(ws, 'Range', chart.categories));
  }
}

/** Drop-down lists (data validation) of a user sheet: after the swap, so that they may name other sheets. */
export function applyValidations(ws: EtObject, spec: SheetSpec): void {
  for (const v of spec.validations ?? []) {
    const source = Array.isArray(v.list) ? (v.list as string[]).join(',') : (v.list as { source: string }).source;
    const validation = get<EtObject>(call<EtObject>(ws, 'Range', v.range), 'Validation');
    call(validation, 'Delete');
    call(validation, 'Add', XL.validateList, v.allowOther ? XL.alertInformation : XL.alertStop, XL.between, source);
    set(validation, 'IgnoreBlank', true);
    set(validation, 'InCellDropdown', true);
    set(validation, 'ShowError', !v.allowOther);
    set(validation, 'ErrorTitle', '输入无效');
    set(validation, 'ErrorMessage', '请从下拉列表中选择。');
    if (v.prompt) {
      set(validation, 'InputTitle', '提示');
      set(validation, 'InputMessage', v.prompt);
      set(validation, 'ShowInput', true);
    }
  }
}

/** Freeze panes (through the active window, as ET has no per-sheet call) and AutoFilter, on a visible sheet. */
export function applyViewSettings(application: EtObject, ws: EtObject, spec: SheetSpec): void {
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    call(ws, 'Activate');
    const window = get<EtObject>(application, 'ActiveWindow');
    set(window, 'FreezePanes', false);
    set(window, 'SplitColumn', freeze.columns);
    set(window, 'SplitRow', freeze.rows);
    set(window, 'FreezePanes', true);
  }
  if (spec.autoFilter) call(call<EtObject>(ws, 'Range', spec.autoFilter), 'AutoFilter');
}
