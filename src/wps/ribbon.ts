// The ribbon's callbacks, named in ribbon.xml: all synchronous (async ribbon callbacks broke custom
// ribbons in WPS 12.1.0.23542/23539, ../shared/wps.md §1.2), opening the 督办 pane beside the sheet.
import { EtObject, call, get, set } from '../workbook/wps/et';

/** Where the pane's task pane id is kept between clicks (PluginStorage: shared by the add-in's pages). */
const PANE_ID_KEY = 'duban.paneId';

/** The add-in folder's URL, from the entry page's own address (index.html sits at its root). */
export function addinBase(href: string): string {
  return href.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
}

interface WpsGlobals {
  readonly Application?: EtObject;
  readonly location?: { readonly href: string };
}

function storage(app: EtObject): EtObject | null {
  return get<EtObject | undefined>(app, 'PluginStorage') ?? null;
}

/** Opens the pane (created once, then shown or hidden); the help page in a pane of its own. */
export function makeCallbacks(scope: WpsGlobals) {
  const app = () => {
    if (!scope.Application) throw new Error('没有找到 WPS 的 Application 对象');
    return scope.Application;
  };
  const base = () => addinBase(scope.location?.href ?? '');
  const togglePane = (page: string, key: string) => {
    const application = app();
    const store = storage(application);
    const id = store ? (call<string | null>(store, 'getItem', key) ?? null) : null;
    if (id) {
      try {
        const pane = call<EtObject>(application, 'GetTaskPane', id);
        set(pane, 'Visible', !get<boolean>(pane, 'Visible'));
        return;
      } catch {
        // closed by the clerk: make a new one
      }
    }
    const pane = call<EtObject>(application, 'CreateTaskPane', base() + page, '督办');
    set(pane, 'Visible', true);
    if (store) call(store, 'setItem', key, String(get(pane, 'ID')));
  };
  const callbacks = {
    OnAddinLoad(_ribbon: unknown): boolean {
      return true;
    },
    OnAction(control: { readonly Id?: string; readonly id?: string }): boolean {
      const id = control.Id ?? control.id;
      if (id === 'dubanPane') togglePane('taskpane.html', PANE_ID_KEY);
      else if (id === 'dubanHelp') togglePane('help.html', `${PANE_ID_KEY}.help`);
      return true;
    },
    GetImage(control: unknown): string {
      void control;
      return 'assets/icon-32.png';
    },
  };
  // both spellings: WPS builds call OnAddinLoad or OnAddInLoad (pi-for-excel's wps/main.js keeps both)
  return { ...callbacks, OnAddInLoad: callbacks.OnAddinLoad };
}

export type RibbonCallbacks = ReturnType<typeof makeCallbacks>;
