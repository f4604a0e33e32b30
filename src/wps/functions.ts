// The DUBAN.* functions in WPS 表格: functions.ts's own implementations (collected by cf-shim as it
// associates them) registered with wps.AddCustomFunction under DUBAN, with the metadata generated
// from functions.ts's JSDoc (webpack.wps.config.js, the same source as Excel's functions.json).
// WPS runs custom functions from 12.1.0.20540, synchronously only (../shared/wps.md §1.4).
import './cf-shim';
import { setDateShiftSource } from '../functions/functions';
import { EtObject, get } from '../workbook/wps/et';
import { workbookDateShift } from '../workbook/wps/date-system';
import { WpsFunctionError, associated } from './cf-shim';

export const NAMESPACE = 'DUBAN';

/** One function as WPS's functions.json and AddCustomFunction describe it (et-jsapi-declare addon.et.d.ts). */
export interface WpsFunctionMeta {
  readonly name: string;
  readonly description: string;
  readonly parameters: readonly { readonly name: string; readonly description: string; readonly type: string }[];
  readonly result: { readonly type: string };
}

interface WpsGlobal {
  AddCustomFunction?: (namespace: string, name: string, fn: (...args: unknown[]) => unknown, meta: Omit<WpsFunctionMeta, 'name'>) => unknown;
}

/**
 * A function's value, or the error literal it stands for (#VALUE!, #N/A …) where it answered an
 * error: how WPS shows a custom function's error is not documented (docs/WPS.md, first-run checklist).
 */
export function wpsFunction(fn: (...args: unknown[]) => unknown): (...args: unknown[]) => unknown {
  return (...args) => {
    try {
      return fn(...args);
    } catch (error) {
      return error instanceof WpsFunctionError ? error.code : '#VALUE!';
    }
  };
}

/**
 * Registers every function the metadata names; returns how many (0 where WPS has no AddCustomFunction).
 * With `application`, date functions take and give serials in the active workbook's date system
 * (a 1904 workbook's are 1,462 less), read at each call: one WPS runtime serves every open workbook.
 */
export function registerFunctions(wps: WpsGlobal | undefined, metadata: readonly WpsFunctionMeta[], application?: EtObject): number {
  if (!wps || typeof wps.AddCustomFunction !== 'function') return 0;
  if (application) {
    setDateShiftSource(() => {
      const wb = get<EtObject | null>(application, 'ActiveWorkbook');
      return wb ? workbookDateShift(wb, application) : null;
    }, undefined, false);
  }
  let n = 0;
  for (const meta of metadata) {
    const fn = associated.get(meta.name);
    if (!fn) throw new Error(`functions.json 列出的 ${meta.name} 在 functions.ts 中没有实现`);
    wps.AddCustomFunction(NAMESPACE, meta.name, wpsFunction(fn), { description: meta.description, parameters: meta.parameters, result: meta.result });
    n++;
  }
  return n;
}
