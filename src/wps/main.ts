// The WPS add-in's entry page script (index.html, loaded when WPS starts): the ribbon's callbacks as
// globals, and the DUBAN.* functions registered where this WPS runs add-in functions; whether it did
// is left in PluginStorage for the pane to say so.
import { EtObject, call, get } from '../workbook/wps/et';
import { CUSTOM_FUNCTIONS_KEY } from '../taskpane/wps-host';
import { WpsFunctionMeta, registerFunctions } from './functions';
import { makeCallbacks } from './ribbon';

/** functions.json's entries, put here by webpack.wps.config.js from functions.ts's JSDoc. */
declare const DUBAN_WPS_FUNCTIONS: readonly WpsFunctionMeta[];

const scope = window as unknown as { Application?: EtObject; wps?: Parameters<typeof registerFunctions>[0] };
Object.assign(window, makeCallbacks({ Application: scope.Application, location: window.location }));

let registered = 0;
try {
  registered = registerFunctions(scope.wps, DUBAN_WPS_FUNCTIONS, scope.Application);
} catch (error) {
  console.error('督办函数注册失败', error);
}
try {
  const store = scope.Application ? get<EtObject | undefined>(scope.Application, 'PluginStorage') : undefined;
  if (store) call(store, 'setItem', CUSTOM_FUNCTIONS_KEY, registered > 0 ? '1' : '0');
} catch {
  // no PluginStorage: the pane checks AddCustomFunction itself
}
