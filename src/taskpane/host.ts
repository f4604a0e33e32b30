// Where the page runs, decided before office.js loads: inside WPS 表格 (its globals, checked first), inside Excel
// (Office's own signs in the URL, window name, session storage or webview bridge) or in a plain browser, which then
// loads no office.js and asks no other origin.
/// <reference types="office-js" />
import type { WorkbookPort } from '../workbook/port';
import { wpsApplication } from './wps-host';

export type HostKind = 'wps' | 'excel' | 'browser';

export interface HostInfo {
  readonly kind: HostKind;
  /** Office's display language (zh-CN, en-US …) when it gives one. */
  readonly language: string | null;
}

/** How long to wait for Office.onReady before treating the page as a plain browser page. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

/** Microsoft's CDN copy of office.js: what Office supports, loaded first inside Office. */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The copy served beside the pane (dist/office-js, from @microsoft/office-js): used when the CDN does not answer. */
export const OFFICE_COPY = 'office-js/office.js';
/** How long the CDN may take to answer before the copy is used instead (a network that drops traffic never answers). */
export const OFFICE_CDN_TIMEOUT_MS = 4000;
/** How long office.js itself may take to load once chosen before the page goes on without it. */
export const OFFICE_SCRIPT_TIMEOUT_MS = 15000;

/** Where office.js came from on this page: not loaded (a plain browser), the CDN, the copy, or neither answered. */
export type OfficeSource = 'none' | 'cdn' | 'copy' | 'failed';

/**
 * Whether Office hosts this page, read as office.js itself reads it (OSF._retrieveHostInfo): the `_host_Info`
 * (or `_xdm_Info`, Excel on the web) query parameter Office adds to the add-in's URL; the same kept in
 * window.name or session storage when the pane navigated within itself; or the webview's bridge to Office
 * (window.external.GetHostInfo / GetContext on Windows, agaveHost or webkit.messageHandlers.Agave on the Mac).
 */
export function officeHostHinted(win: Window = window): boolean {
  try {
    const query = new URLSearchParams(win.location.search);
    const hash = new URLSearchParams(win.location.hash.replace(/^#/, ''));
    for (const key of ['_host_Info', '_xdm_Info', '_host_info']) if (query.has(key) || hash.has(key)) return true;
  } catch {
    // no location: not a page Office opened
  }
  try {
    const named = JSON.parse(win.name) as Record<string, unknown> | null;
    if (named && (named.hostInfo || named.xdmInfo)) return true;
  } catch {
    // window.name is not Office's JSON
  }
  try {
    if (win.sessionStorage?.getItem('hostInfoValue')) return true;
  } catch {
    // storage refused (private mode): go on
  }
  const w = win as unknown as {
    external?: Record<string, unknown>;
    agaveHost?: unknown;
    webkit?: { messageHandlers?: Record<string, unknown> };
  };
  try {
    const external = w.external;
    // IE-era webviews report host methods as typeof 'unknown'
    if (external && ['GetHostInfo', 'GetContext'].some((m) => typeof external[m] !== 'undefined')) return true;
  } catch {
    // touching a host object threw: not Office's
  }
  return w.agaveHost !== undefined || w.webkit?.messageHandlers?.Agave !== undefined;
}

/** The page's one office.js load (shared by functions.js and taskpane.js, which are separate bundles). */
const LOAD_KEY = '__dubanOfficeLoad';

function addScript(src: string, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const script = document.createElement('script');
    const timer = setTimeout(() => resolve(false), timeoutMs);
    script.src = src;
    script.onload = () => {
      clearTimeout(timer);
      resolve(typeof Office !== 'undefined');
    };
    script.onerror = () => {
      clearTimeout(timer);
      resolve(false);
    };
    document.head.appendChild(script);
  });
}

/** Whether the CDN answers within the time allowed (an opaque response is enough; its body lands in the HTTP cache). */
async function cdnAnswers(timeoutMs: number): Promise<boolean> {
  if (typeof fetch !== 'function' || typeof AbortController !== 'function') return true;
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    await fetch(OFFICE_CDN, { mode: 'no-cors', credentials: 'include', signal: abort.signal });
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Loads office.js where Office hosts the page, once: Microsoft's CDN when it answers within
 * OFFICE_CDN_TIMEOUT_MS, else (or when its script fails) the copy beside the pane. The CDN is asked
 * first without running anything, so that one office.js runs at most: a script tag cannot be
 * called back once it is late. In a plain browser nothing loads and nothing leaves the origin.
 */
export function loadOffice(win: Window | undefined = typeof window === 'undefined' ? undefined : window): Promise<OfficeSource> {
  if (!win) return Promise.resolve('none'); // no page (a test in Node)
  const slot = win as unknown as Record<string, Promise<OfficeSource> | undefined>;
  const started = slot[LOAD_KEY];
  if (started) return started;
  const load = (async (): Promise<OfficeSource> => {
    if (typeof Office !== 'undefined') return 'cdn'; // a page that loads office.js itself (none of ours)
    if (wpsApplication() || !officeHostHinted(win)) return 'none'; // WPS runs no Office.js
    if ((await cdnAnswers(OFFICE_CDN_TIMEOUT_MS)) && (await addScript(OFFICE_CDN, OFFICE_SCRIPT_TIMEOUT_MS))) return 'cdn';
    if (typeof Office !== 'undefined') return 'cdn'; // the CDN's script came late: it runs, the copy must not
    return (await addScript(OFFICE_COPY, OFFICE_SCRIPT_TIMEOUT_MS)) ? 'copy' : 'failed';
  })();
  slot[LOAD_KEY] = load;
  return load;
}

function languageOf(): string | null {
  const fromQuery = typeof location !== 'undefined' ? new URLSearchParams(location.search).get('lang') : null;
  try {
    return (typeof Office !== 'undefined' && Office.context?.displayLanguage) || fromQuery;
  } catch {
    return fromQuery;
  }
}

function officeLoaded(): boolean {
  return typeof Office !== 'undefined' && typeof Office.onReady === 'function';
}

/**
 * Waits for office.js (loadOffice): Excel when it says so; the browser when office.js was not loaded,
 * names another host or none, or says nothing within the timeout.
 * `onLateExcel` is called if Excel answers after the page has already fallen back to the browser.
 */
export async function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS, onLateExcel?: (host: HostInfo) => void): Promise<HostInfo> {
  // WPS first: it cannot run Office.js, and an office.js it happens to load would never answer
  if (wpsApplication()) return { kind: 'wps', language: languageOf() };
  await loadOffice();
  if (!officeLoaded()) return { kind: 'browser', language: languageOf() };
  return new Promise((resolve) => {
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      resolve({ kind: 'browser', language: languageOf() });
    }, timeoutMs);
    Office.onReady().then(
      (info) => {
        const excel = info.host === Office.HostType.Excel;
        if (settled) {
          if (excel) onLateExcel?.({ kind: 'excel', language: languageOf() });
          return;
        }
        settled = true;
        clearTimeout(timer);
        resolve({ kind: excel ? 'excel' : 'browser', language: languageOf() });
      },
      () => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve({ kind: 'browser', language: languageOf() });
      },
    );
  });
}

/**
 * Resolves once the pane is on screen. When the shared runtime loads with a document (to recalculate
 * REGISTRY cells) the page runs hidden: the pane's code then waits until the clerk opens the pane
 * (document visibility, or Office.addin.onVisibilityModeChanged, SharedRuntime 1.1).
 */
export function paneShown(doc: Document = document): Promise<void> {
  if (doc.visibilityState !== 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const shown = () => {
      if (doc.visibilityState === 'hidden') return;
      doc.removeEventListener('visibilitychange', shown);
      resolve();
    };
    doc.addEventListener('visibilitychange', shown);
    try {
      if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) {
        void Office.addin.onVisibilityModeChanged((args) => {
          if (args.visibilityMode === Office.VisibilityMode.taskpane) resolve();
        });
      }
    } catch {
      // no Office: the visibility event alone
    }
  });
}

/** The open workbook in Excel, through Excel.run (the Office port loads with the Excel pane, not with the page). */
export async function excelWorkbook(): Promise<WorkbookPort> {
  const { OfficeWorkbook } = await import('../workbook/excel/office');
  return new OfficeWorkbook((batch) => Excel.run(batch));
}
