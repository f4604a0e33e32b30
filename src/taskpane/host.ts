// Where the page runs: inside WPS 表格 (its globals, checked first), inside Excel (Office.onReady names the host) or in a plain browser (host null, office.js missing or silent).
/// <reference types="office-js" />
import { OfficeWorkbook } from '../workbook/excel/office';
import { wpsApplication } from './wps-host';

export type HostKind = 'wps' | 'excel' | 'browser';

export interface HostInfo {
  readonly kind: HostKind;
  /** Office's display language (zh-CN, en-US …) when it gives one. */
  readonly language: string | null;
}

/** How long to wait for Office.onReady before treating the page as a plain browser page. */
export const OFFICE_READY_TIMEOUT_MS = 5000;

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
 * Waits for office.js: Excel when it says so; the browser when office.js is missing, names another
 * host or none (it does so at once over http(s) outside Office), or says nothing within the timeout.
 * `onLateExcel` is called if Excel answers after the page has already fallen back to the browser.
 */
export function detectHost(timeoutMs = OFFICE_READY_TIMEOUT_MS, onLateExcel?: (host: HostInfo) => void): Promise<HostInfo> {
  // WPS first: it cannot run Office.js, and an office.js it happens to load would never answer
  if (wpsApplication()) return Promise.resolve({ kind: 'wps', language: languageOf() });
  if (!officeLoaded()) return Promise.resolve({ kind: 'browser', language: languageOf() });
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

/** The open workbook in Excel, through Excel.run. */
export function excelWorkbook(): OfficeWorkbook {
  return new OfficeWorkbook((batch) => Excel.run(batch));
}
