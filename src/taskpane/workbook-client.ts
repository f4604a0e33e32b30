// The browser page's side of the workbook worker: one worker per open workbook, the pane's engine as messages, a time bound that ends a worker stuck on a file.
import { Plan } from '../core/plans/read-plan';
import { SampleTexts } from '../core/sheets/sample';
import { ReturnedFile } from '../documents/returns-session';
import { CheckView, CollectPreview, GenerateProgressCallback, PaneEngine, PaneSettings } from './actions';
import { OpenWorkbookError } from './browser-workbook';
import { SheetWindow } from './grid-view';
import { EngineMethod, PREVIEW_GONE, PreviewHandle, WORKER_SCRIPT, WorkbookReply, WorkbookRequest } from './worker-protocol';

/**
 * How long opening a file may take before its worker is ended and the file refused. The bounded
 * reader refuses hostile files by its limits within seconds (the hostile corpus: each within 5 s
 * in Node); this is the backstop for what no limit foresaw (and for a worker that never answers).
 * The benchmark workbook (10k tasks, 100k ledger rows, ~0.9 million cells) opens and is checked in
 * 3–5 s on two shared cores; the largest package the limits accept (12 million cells) holds about
 * 13 times as many, about a minute, so 90 s refuses nothing the reader would finish. While a file
 * opens, the workbook already open stays usable: the bound costs the clerk no responsiveness.
 */
export const OPEN_TIMEOUT_MS = 90_000;

type Pending = { resolve(value: unknown): void; reject(error: Error): void; progress?: (...args: unknown[]) => void };

type Request = WorkbookRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

/** The worker ended (its memory, a crash): every request still waiting fails with this. */
export class WorkerGoneError extends Error {}

export class WorkbookClient implements PaneEngine {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly handles = new WeakMap<CollectPreview, number>();
  private gone: Error | null = null;

  private constructor(private readonly worker: Worker) {
    worker.onmessage = (event: MessageEvent<WorkbookReply>) => this.receive(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.fail(new WorkerGoneError(event.message || 'worker error'));
    };
  }

  private static async start(first: Request, transfer: Transferable[] = [], timeoutMs?: number): Promise<WorkbookClient> {
    const client = new WorkbookClient(new Worker(WORKER_SCRIPT));
    try {
      await client.call(first, transfer, undefined, timeoutMs);
      return client;
    } catch (error) {
      client.close();
      throw error;
    }
  }

  /** The built-in sample, made in a new worker. */
  static openSample(texts: SampleTexts): Promise<WorkbookClient> {
    return WorkbookClient.start({ op: 'openSample', texts });
  }

  /** A plan's new workbook (导入方案), made in a new worker. */
  static openPlan(plan: Plan): Promise<WorkbookClient> {
    return WorkbookClient.start({ op: 'openPlan', plan });
  }

  /**
   * A picked file, read by the bounded reader in a new worker; its bytes are transferred, not copied.
   * Throws OpenWorkbookError when the file is no workbook, is refused, crashes its worker or takes
   * longer than `timeoutMs` (the worker is then ended, and nothing of it stays).
   */
  static async openFile(fileName: string, bytes: ArrayBuffer, timeoutMs = OPEN_TIMEOUT_MS): Promise<WorkbookClient> {
    try {
      return await WorkbookClient.start({ op: 'openBytes', fileName, bytes }, [bytes], timeoutMs);
    } catch (error) {
      if (error instanceof OpenWorkbookError) throw error;
      if (error instanceof TimeoutError) throw new OpenWorkbookError(fileName, 'timeout');
      throw new OpenWorkbookError(fileName, 'corrupt', error instanceof WorkerGoneError ? undefined : (error as Error).message);
    }
  }

  /** Ends the worker (the workbook with it); requests still waiting fail. */
  close(): void {
    this.worker.terminate();
    this.fail(new WorkerGoneError('closed'));
  }

  private fail(error: Error): void {
    this.gone = error;
    for (const p of this.pending.values()) p.reject(error);
    this.pending.clear();
  }

  private receive(reply: WorkbookReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    if (reply.kind === 'progress') return void p.progress?.(...reply.args);
    this.pending.delete(reply.id);
    if (reply.kind === 'done') return p.resolve(reply.value);
    const { message, open } = reply.error;
    p.reject(open ? new OpenWorkbookError(open.fileName, open.kind, open.detail) : new Error(message));
  }

  private call<T>(request: Request, transfer: Transferable[] = [], progress?: (...args: unknown[]) => void, timeoutMs?: number): Promise<T> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const done = () => timer !== undefined && clearTimeout(timer);
      this.pending.set(id, {
        resolve: (v) => (done(), resolve(v as T)),
        reject: (e) => (done(), reject(e)),
        ...(progress ? { progress } : {}),
      });
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          this.pending.delete(id);
          this.worker.terminate();
          this.fail(new WorkerGoneError('timeout'));
          reject(new TimeoutError());
        }, timeoutMs);
      }
      this.worker.postMessage({ ...request, id } as WorkbookRequest, transfer);
    });
  }

  private engine<T>(method: EngineMethod, args: readonly unknown[], progress?: (...args: unknown[]) => void): Promise<T> {
    return this.call<T>({ op: 'engine', method, args }, [], progress);
  }

  /** The visible sheets, in order. */
  sheets(): Promise<string[]> {
    return this.call({ op: 'sheets' });
  }

  /** Rows first … last-1 of a sheet, as the grid shows them. */
  window(sheet: string, first: number, last: number): Promise<SheetWindow> {
    return this.call({ op: 'window', sheet, first, last });
  }

  /** The workbook as .xlsx bytes, for the download. */
  save(): Promise<Uint8Array> {
    return this.call({ op: 'save' });
  }

  // ----- the pane's engine: PaneActions in the worker

  check(settings: PaneSettings): Promise<CheckView> {
    return this.engine('check', [settings]);
  }

  setColumnRole(...args: Parameters<PaneEngine['setColumnRole']>): ReturnType<PaneEngine['setColumnRole']> {
    return this.engine('setColumnRole', args);
  }

  /** The page shows the cell itself (BrowserApp's grid); nothing for the worker to do. */
  async select(): Promise<void> {}

  fixIssue(...args: Parameters<PaneEngine['fixIssue']>): ReturnType<PaneEngine['fixIssue']> {
    return this.engine('fixIssue', args);
  }

  fixCode(...args: Parameters<PaneEngine['fixCode']>): ReturnType<PaneEngine['fixCode']> {
    return this.engine('fixCode', args);
  }

  addComputedColumns(...args: Parameters<PaneEngine['addComputedColumns']>): ReturnType<PaneEngine['addComputedColumns']> {
    return this.engine('addComputedColumns', args);
  }

  formsZip(...args: Parameters<PaneEngine['formsZip']>): ReturnType<PaneEngine['formsZip']> {
    return this.engine('formsZip', args);
  }

  async collectPreview(settings: PaneSettings, files: readonly ReturnedFile[], onFile?: (done: number, total: number) => void | Promise<void>): Promise<CollectPreview> {
    const answer = await this.engine<CollectPreview & PreviewHandle>('collectPreview', [settings, files], (done, total) => void onFile?.(done as number, total as number));
    const preview: CollectPreview = { result: answer.result, files: answer.files, notice: answer.notice };
    this.handles.set(preview, answer.handle);
    return preview;
  }

  collectApply(preview: CollectPreview, settings: PaneSettings): ReturnType<PaneEngine['collectApply']> {
    const handle = this.handles.get(preview);
    if (handle === undefined) return Promise.reject(new Error(PREVIEW_GONE));
    return this.engine('collectApply', [handle, settings]);
  }

  bulletinDocument(...args: Parameters<PaneEngine['bulletinDocument']>): ReturnType<PaneEngine['bulletinDocument']> {
    return this.engine('bulletinDocument', args);
  }

  generate(settings: PaneSettings, onProgress?: GenerateProgressCallback): ReturnType<PaneEngine['generate']> {
    return this.engine('generate', [settings], (p) => void onProgress?.(p as Parameters<GenerateProgressCallback>[0]));
  }

  finalize(...args: Parameters<PaneEngine['finalize']>): ReturnType<PaneEngine['finalize']> {
    return this.engine('finalize', args);
  }

  addTemplate(): Promise<string[]> {
    return this.engine('addTemplate', []);
  }

  addHolidayNotice(...args: Parameters<PaneEngine['addHolidayNotice']>): ReturnType<PaneEngine['addHolidayNotice']> {
    return this.engine('addHolidayNotice', args);
  }
}

class TimeoutError extends Error {}
