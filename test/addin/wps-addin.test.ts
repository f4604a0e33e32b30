// The WPS add-in's own code without a build: WPS found before Office.js from its globals, the ribbon's
// callbacks synchronous and opening the pane, and the DUBAN.* functions registered with WPS from the
// same implementations and metadata source as Excel's.
import { detectHost } from '../../src/taskpane/host';
import { wpsApplication, wpsCustomFunctions } from '../../src/taskpane/wps-host';
import { NAMESPACE, registerFunctions } from '../../src/wps/functions';
import { addinBase, makeCallbacks } from '../../src/wps/ribbon';
import { excelShiftSource, setDateShiftSource } from '../../src/functions/functions';
import { WorkbookModel } from '../workbook/excel-double';
import { EtDouble } from '../workbook/wps-double';

const g = globalThis as Record<string, unknown>;

function fakeStore() {
  const items = new Map<string, string>();
  return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), items };
}

describe('host detection', () => {
  afterEach(() => {
    delete g.Application;
    delete g.wps;
    delete g.Office;
  });

  test('WPS is chosen from its globals, before an Office that would answer', async () => {
    g.Application = { ActiveWorkbook: {}, CreateTaskPane: () => undefined };
    g.Office = { onReady: () => Promise.resolve({ host: 'Excel' }), HostType: { Excel: 'Excel' } };
    expect((await detectHost(50)).kind).toBe('wps');
  });

  test('an Application global without ET members is not WPS (a page may define its own)', async () => {
    g.Application = { name: 'some app' };
    expect(wpsApplication()).toBeNull();
    expect((await detectHost(50)).kind).toBe('browser');
  });

  test('older builds: wps.EtApplication()', () => {
    const app = { ActiveWorkbook: null, PluginStorage: fakeStore() };
    expect(wpsApplication({ wps: { EtApplication: () => app } })).toBe(app);
  });

  test('custom functions: what the entry page left in PluginStorage, else whether AddCustomFunction exists', () => {
    const store = fakeStore();
    const app = { ActiveWorkbook: null, PluginStorage: store };
    expect(wpsCustomFunctions(app, { wps: { AddCustomFunction: () => undefined } })).toBe(true);
    store.setItem('duban.customFunctions', '0');
    expect(wpsCustomFunctions(app, { wps: { AddCustomFunction: () => undefined } })).toBe(false);
    expect(wpsCustomFunctions({ ActiveWorkbook: null }, {})).toBe(false);
  });
});

describe('ribbon callbacks', () => {
  function fakeApp() {
    const panes: { url: string; Visible: boolean; ID: string }[] = [];
    const store = fakeStore();
    const app = {
      ActiveWorkbook: null,
      PluginStorage: store,
      CreateTaskPane: (url: string) => {
        const pane = { url, Visible: false, ID: `pane${panes.length + 1}` };
        panes.push(pane);
        return pane;
      },
      GetTaskPane: (id: string) => {
        const pane = panes.find((p) => p.ID === id);
        if (!pane) throw new Error('no pane');
        return pane;
      },
    };
    return { app, panes };
  }

  test('every callback is synchronous and answers at once (async ones broke WPS ribbons)', () => {
    const { app } = fakeApp();
    const callbacks = makeCallbacks({ Application: app, location: { href: 'file:///C:/jsaddons/duban_0.1.0/index.html' } });
    for (const [name, fn] of Object.entries(callbacks)) {
      expect(fn.constructor.name).not.toBe('AsyncFunction');
      const out = (fn as (c: unknown) => unknown)({ Id: 'dubanHelp' });
      expect(out instanceof Promise).toBe(false);
      expect(typeof name).toBe('string');
    }
  });

  test('打开督办 opens the pane from the add-in folder once, then shows and hides it', () => {
    const { app, panes } = fakeApp();
    const callbacks = makeCallbacks({ Application: app, location: { href: 'file:///home/科员/.local/share/Kingsoft/wps/jsaddons/duban_0.1.0/index.html?x=1' } });
    callbacks.OnAction({ Id: 'dubanPane' });
    expect(panes).toEqual([{ url: 'file:///home/科员/.local/share/Kingsoft/wps/jsaddons/duban_0.1.0/taskpane.html', Visible: true, ID: 'pane1' }]);
    callbacks.OnAction({ Id: 'dubanPane' });
    expect(panes[0].Visible).toBe(false);
    callbacks.OnAction({ Id: 'dubanPane' });
    expect(panes.length).toBe(1);
    expect(panes[0].Visible).toBe(true);
    expect(addinBase('http://127.0.0.1:3889/duban/index.html#a')).toBe('http://127.0.0.1:3889/duban/');
  });
});

describe('DUBAN functions in WPS', () => {
  const meta = (name: string) => ({ name, description: name, parameters: [], result: { type: 'any' } });

  test('registered under DUBAN with the implementations functions.ts associates; errors come back as error literals', () => {
    const added: { ns: string; name: string; fn: (...a: unknown[]) => unknown }[] = [];
    const wps = { AddCustomFunction: (ns: string, name: string, fn: (...a: unknown[]) => unknown) => void added.push({ ns, name, fn }) };
    expect(registerFunctions(wps, [meta('QUOTA'), meta('ISWORKDAY'), meta('STATUS')])).toBe(3);
    expect(added.map((a) => `${a.ns}.${a.name}`)).toEqual([`${NAMESPACE}.QUOTA`, 'DUBAN.ISWORKDAY', 'DUBAN.STATUS']);
    const quota = added[0].fn;
    expect(quota('每月不少于2篇', 45292, 45473)).toBe(12); // 2024-01-01 … 2024-06-30
    expect(added[1].fn(45383)).toBe(true); // 2024-04-01, a Monday
    expect(quota('', 45292, 45473)).toMatch(/^#/);
  });

  test('date functions follow the active workbook\'s date system, read at each call (one WPS runtime, many workbooks)', () => {
    const added = new Map<string, (...a: unknown[]) => unknown>();
    const wps = { AddCustomFunction: (_ns: string, name: string, fn: (...a: unknown[]) => unknown) => void added.set(name, fn) };
    const model = new WorkbookModel();
    model.date1904 = true;
    model.addSheet('Sheet1');
    const et = new EtDouble(model);
    try {
      registerFunctions(wps, [meta('WORKDAY'), meta('ISWORKDAY')], et.Application);
      // 2023-10-09 in the 1904 system (45208 - 1462): two working days back is the make-up Saturday 2023-10-07
      expect(added.get('WORKDAY')!(45208 - 1462, -2)).toBe(45206 - 1462);
      expect(added.get('ISWORKDAY')!(45206 - 1462)).toBe(true);
      model.date1904 = false; // another workbook, in the 1900 system, is active now
      expect(added.get('WORKDAY')!(45208, -2)).toBe(45206);
      et.noDate1904 = true;
      et.noEvaluate = true; // a WPS that tells neither: an error literal, not a date four years off
      expect(added.get('WORKDAY')!(45208, -2)).toBe('#VALUE!');
    } finally {
      setDateShiftSource(excelShiftSource);
    }
  });

  test('a WPS without AddCustomFunction registers nothing; a name functions.ts lacks fails loudly', () => {
    expect(registerFunctions({}, [meta('QUOTA')])).toBe(0);
    expect(registerFunctions(undefined, [meta('QUOTA')])).toBe(0);
    expect(() => registerFunctions({ AddCustomFunction: () => undefined }, [meta('NOPE')])).toThrow('NOPE');
  });
});
