// The messages between the browser page and its workbook worker: what the page asks, and how answers, progress and failures come back.
import { Plan } from '../core/plans/read-plan';
import { SampleTexts } from '../core/sheets/sample';
import { PaneEngine } from './actions';
import { OpenFailure } from './browser-workbook';

/** The script of the worker, beside taskpane.html (a webpack entry of its own). */
export const WORKER_SCRIPT = 'workbook-worker.js';

/** Said when collectApply names a preview the worker no longer holds (another workbook was opened meanwhile). */
export const PREVIEW_GONE = '这次收集的预览已失效，请重新选择返回的文件';

/** PaneActions' methods run in the worker; select stays in the page (the page highlights the cell itself). */
export type EngineMethod = Exclude<keyof PaneEngine, 'select'>;

export type WorkbookRequest =
  | { readonly id: number; readonly op: 'openSample'; readonly texts: SampleTexts }
  /** The picked file's bytes, transferred (not copied) to the worker. */
  | { readonly id: number; readonly op: 'openBytes'; readonly fileName: string; readonly bytes: ArrayBuffer }
  | { readonly id: number; readonly op: 'openPlan'; readonly plan: Plan }
  /** The visible sheets' names, in order. */
  | { readonly id: number; readonly op: 'sheets' }
  /** Rows first … last-1 of a sheet (a SheetWindow). */
  | { readonly id: number; readonly op: 'window'; readonly sheet: string; readonly first: number; readonly last: number }
  /** The workbook as .xlsx bytes (transferred back). */
  | { readonly id: number; readonly op: 'save' }
  /**
   * One of PaneActions' methods with its arguments (callbacks left out: progress comes back as
   * messages). collectApply's preview is named by the number collectPreview answered with.
   */
  | { readonly id: number; readonly op: 'engine'; readonly method: EngineMethod; readonly args: readonly unknown[] };

/** A failure as it crosses: its message (Chinese), and for a file that did not open, why. */
export interface WorkerFailure {
  readonly message: string;
  readonly open?: { readonly fileName: string; readonly kind: OpenFailure; readonly detail?: string };
}

export type WorkbookReply =
  | { readonly id: number; readonly kind: 'done'; readonly value: unknown }
  | { readonly id: number; readonly kind: 'failed'; readonly error: WorkerFailure }
  /** A progress callback's arguments, for the request still running. */
  | { readonly id: number; readonly kind: 'progress'; readonly args: readonly unknown[] };

/** collectPreview's answer across the worker: the preview, and the number that names it to collectApply. */
export interface PreviewHandle {
  readonly handle: number;
}
