// The pane inside WPS 表格: WPS is recognised by its globals (Application with ET members, or wps),
// checked before Office.js, since WPS cannot run Office.js add-ins (../shared/wps.md §1.5).
import { EtObject, get } from '../workbook/wps/et';
import { WpsWorkbook } from '../workbook/wps/wps-workbook';

/** PluginStorage key where the entry page says whether it registered the DUBAN.* functions ('1'/'0'). */
export const CUSTOM_FUNCTIONS_KEY = 'duban.customFunctions';

interface WpsScope {
  readonly Application?: unknown;
  readonly wps?: { readonly EtApplication?: () => unknown; readonly AddCustomFunction?: unknown };
}

/** Whether a global is WPS 表格's Application: it has the ET members, not just the name. */
function isEt(app: unknown): app is EtObject {
  return typeof app === 'object' && app !== null && 'ActiveWorkbook' in app && ('CreateTaskPane' in app || 'PluginStorage' in app || 'Worksheets' in app);
}

/** WPS 表格's Application where the page runs inside it, else null. */
export function wpsApplication(scope: WpsScope = globalThis as WpsScope): EtObject | null {
  if (isEt(scope.Application)) return scope.Application;
  try {
    const app = scope.wps?.EtApplication?.(); // older builds (deprecated)
    if (isEt(app)) return app;
  } catch {
    // not WPS 表格
  }
  return null;
}

/** Whether the entry page registered Duban's functions in this WPS (else computed columns get values). */
export function wpsCustomFunctions(app: EtObject, scope: WpsScope = globalThis as WpsScope): boolean {
  try {
    const store = get<EtObject | undefined>(app, 'PluginStorage');
    const said = store ? (store.getItem as (key: string) => unknown).call(store, CUSTOM_FUNCTIONS_KEY) : null;
    if (said === '1' || said === '0') return said === '1';
  } catch {
    // no PluginStorage
  }
  return typeof scope.wps?.AddCustomFunction === 'function';
}

/** The open workbook in WPS, through the ET object model. */
export function wpsWorkbook(app: EtObject, scope: WpsScope = globalThis as WpsScope): WpsWorkbook {
  return new WpsWorkbook(app, { customFunctions: wpsCustomFunctions(app, scope) });
}
