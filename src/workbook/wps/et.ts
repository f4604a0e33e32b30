// The parts of WPS 表格's (ET) synchronous object model the WPS port uses, read through one helper
// that accepts a member as a property in one WPS build and a zero-argument method in another.
//
// Sources: ../shared/wps.md §1.3 (et-jsapi-declare, pi-for-excel's jsapi.ts: "product versions vary
// between properties and zero-argument methods", e.g. ActiveWorkbook, Count); collections are read
// with Item(i), 1-based, and every method needs its parentheses (https://www.kancloud.cn/pwedu/wps-js-macros/2259295).
// Enumerations are Excel's (ET mirrors the Excel COM model): https://learn.microsoft.com/office/vba/api/excel(enumerations).

/** Any object of the ET object model: members are looked up by name and read with `get`. */
export type EtObject = { readonly [member: string]: unknown };

/** Reads a member that is a property in one build and a zero-argument method in another. */
export function get<T = unknown>(target: EtObject, member: string): T {
  const value = target[member];
  return (typeof value === 'function' ? (value as () => unknown).call(target) : value) as T;
}

/** Reads the first of several spellings a build may use (Count / count). */
export function getAny<T = unknown>(target: EtObject, members: readonly string[]): T {
  for (const m of members) if (m in target && target[m] !== undefined) return get<T>(target, m);
  return get<T>(target, members[0]);
}

/** Calls a method (a method in every build: Range(address), Item(i), Add(…), Delete()). */
export function call<T = unknown>(target: EtObject, method: string, ...args: unknown[]): T {
  const fn = target[method];
  if (typeof fn !== 'function') throw new Error(`WPS 表格的对象没有 ${method} 方法`);
  return (fn as (...a: unknown[]) => unknown).apply(target, args) as T;
}

/** Sets a property. */
export function set(target: EtObject, member: string, value: unknown): void {
  (target as Record<string, unknown>)[member] = value;
}

/** The count of a collection (Count, or count in some builds). */
export function countOf(collection: EtObject): number {
  return Number(getAny(collection, ['Count', 'count'])) || 0;
}

/** A collection's items in order (Item is 1-based). */
export function itemsOf(collection: EtObject): EtObject[] {
  const n = countOf(collection);
  const out: EtObject[] = [];
  for (let i = 1; i <= n; i++) out.push(call<EtObject>(collection, 'Item', i));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Enumerations (XlSheetVisibility, XlHAlign, XlVAlign, XlLineStyle, XlBorderWeight, XlBordersIndex,
// XlPaperSize, XlPageOrientation, XlCalculation, XlDVType, XlDVAlertStyle, XlChartType)

export const XL = {
  sheetVisible: -1,
  sheetHidden: 0,
  sheetVeryHidden: 2,
  hAlignLeft: -4131,
  hAlignCenter: -4108,
  hAlignRight: -4152,
  vAlignTop: -4160,
  vAlignCenter: -4108,
  continuous: 1,
  thin: 2,
  edgeLeft: 7,
  edgeTop: 8,
  edgeBottom: 9,
  edgeRight: 10,
  insideVertical: 11,
  insideHorizontal: 12,
  paperA4: 9,
  portrait: 1,
  landscape: 2,
  calculationAutomatic: -4105,
  calculationManual: -4135,
  validateList: 3,
  alertStop: 1,
  alertInformation: 3,
  between: 1,
  barClustered: 57,
} as const;

/**
 * Error values as the COM bridge hands them over (CVErr: 0x800A0000 + xlErr code, as a negative
 * 32-bit number): https://learn.microsoft.com/office/vba/excel/concepts/cells-and-ranges/cell-error-values.
 * ET's JS bridge is COM's: a cell holding #N/A reads as -2146826246, not as the text "#N/A".
 */
export const CV_ERRORS: ReadonlyMap<number, string> = new Map([
  [-2146826288, '#NULL!'],
  [-2146826281, '#DIV/0!'],
  [-2146826273, '#VALUE!'],
  [-2146826265, '#REF!'],
  [-2146826259, '#NAME?'],
  [-2146826252, '#NUM!'],
  [-2146826246, '#N/A'],
]);

/** A colour as ET takes it (BGR in one number, as VBA's RGB()) from RRGGBB. */
export function etColor(hex: string): number {
  const n = parseInt(hex.replace(/^#/, '').slice(-6), 16);
  return ((n & 0xff) << 16) | (n & 0xff00) | ((n >> 16) & 0xff);
}

/** Row and column (0-based) and size of a Range. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export function areaOf(range: EtObject): Area {
  return {
    row: Number(get(range, 'Row')) - 1,
    col: Number(get(range, 'Column')) - 1,
    rows: countOf(get<EtObject>(range, 'Rows')),
    cols: countOf(get<EtObject>(range, 'Columns')),
  };
}

/** Value2 of a range as rows (a single cell reads as a scalar, a larger range as a 2-D array). */
export function matrixOf(value: unknown, rows: number, cols: number): unknown[][] {
  if (rows === 1 && cols === 1 && !Array.isArray(value)) return [[value]];
  if (!Array.isArray(value)) return Array.from({ length: rows }, () => new Array(cols).fill(value));
  return value.map((row) => (Array.isArray(row) ? row : [row]));
}
