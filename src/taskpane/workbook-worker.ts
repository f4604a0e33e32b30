// The browser page's Web Worker: holds the open workbook (read by the bounded reader), runs the pane's engine on it, and sends the page only what it shows.
import { CheckView, CollectPreview, PaneActions, shownView, systemClock } from './actions';
import { OpenWorkbookError, openWorkbookBytes, sampleWorkbook } from './browser-workbook';
import { planWorkbook } from './plan-import';
import { PackageWorkbook } from '../workbook/file/package-workbook';
import { EngineMethod, PREVIEW_GONE, PreviewHandle, WorkbookReply, WorkbookRequest, WorkerFailure } from './worker-protocol';
import { Grid } from '../core/sheets/grid';
import { SheetWindow, gridExtent, sheetWindow } from './grid-view';

interface WorkerScope {
  onmessage: ((event: MessageEvent<WorkbookRequest>) => void) | null;
  postMessage(message: WorkbookReply, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

let workbook: PackageWorkbook | null = null;
let actions: PaneActions | null = null;
/** The grids the page's view last asked for, kept until an action may have changed them. */
class GridWindowCache {
  private readonly grids = new Map<string, { grid: Grid; extent: ReturnType<typeof gridExtent> }>();

  clear(): void {
    this.grids.clear();
  }

  async window(port: PackageWorkbook, sheet: string, first: number, last: number): Promise<SheetWindow> {
    let entry = this.grids.get(sheet);
    if (!entry) {
      const grid = await port.readSheet(sheet);
      entry = { grid, extent: gridExtent(grid) };
      this.grids.set(sheet, entry);
    }
    return sheetWindow(entry.grid, first, last, entry.extent);
  }
}

const windows = new GridWindowCache();
const previews = new Map<number, CollectPreview>();
let nextPreview = 1;

function adopt(next: PackageWorkbook): boolean {
  workbook = next;
  actions = new PaneActions(next, systemClock);
  windows.clear();
  previews.clear();
  return true;
}

function opened(): { workbook: PackageWorkbook; actions: PaneActions } {
  if (!workbook || !actions) throw new Error('工作簿尚未打开');
  return { workbook, actions };
}

/** Runs one of PaneActions' methods; progress callbacks are posted back under the request's id. */
async function engine(id: number, method: EngineMethod, args: readonly unknown[]): Promise<unknown> {
  const a = opened().actions;
  const progress = (...p: unknown[]) => scope.postMessage({ id, kind: 'progress', args: p });
  windows.clear(); // any action may write: the sheets are read again for the grid
  switch (method) {
    case 'generate':
      return a.generate(args[0] as Parameters<PaneActions['generate']>[0], (p) => progress(p));
    case 'collectPreview': {
      const [settings, files] = args as [Parameters<PaneActions['collectPreview']>[0], Parameters<PaneActions['collectPreview']>[1]];
      const preview = await a.collectPreview(settings, files, (done, total) => progress(done, total));
      const handle = nextPreview++;
      previews.set(handle, preview);
      return { ...preview, handle } satisfies CollectPreview & PreviewHandle;
    }
    case 'collectApply': {
      const [handle, settings] = args as [number, Parameters<PaneActions['collectApply']>[1]];
      const preview = previews.get(handle);
      if (!preview) throw new Error(PREVIEW_GONE);
      previews.delete(handle);
      return a.collectApply(preview, settings);
    }
    default:
      return (a[method] as (...x: unknown[]) => Promise<unknown>)(...args);
  }
}

/** An engine's answer as the page gets it: a check view (alone or in an outcome) with only the issues the pane lists. */
function forPage(value: unknown): unknown {
  const isView = (v: unknown): v is CheckView => typeof v === 'object' && v !== null && 'groups' in v && 'issues' in v;
  if (isView(value)) return shownView(value);
  if (typeof value === 'object' && value !== null && 'view' in value && isView(value.view)) return { ...value, view: shownView(value.view) };
  return value;
}

async function answer(request: WorkbookRequest): Promise<{ value: unknown; transfer?: Transferable[] }> {
  switch (request.op) {
    case 'openSample':
      return { value: adopt(PackageWorkbook.of(await sampleWorkbook(request.texts))) };
    case 'openPlan':
      return { value: adopt(PackageWorkbook.of(await planWorkbook(request.plan))) };
    case 'openBytes':
      return { value: adopt(await openWorkbookBytes(request.fileName, new Uint8Array(request.bytes))) };
    case 'sheets':
      return { value: (await opened().workbook.listSheets()).filter((s) => !s.hidden).map((s) => s.name) };
    case 'window':
      return { value: await windows.window(opened().workbook, request.sheet, request.first, request.last) };
    case 'save': {
      const bytes = await opened().workbook.save();
      const copy = bytes.slice(); // the worker keeps its own: the copy's buffer is transferred to the page
      return { value: copy, transfer: [copy.buffer] };
    }
    case 'engine':
      return { value: forPage(await engine(request.id, request.method, request.args)) };
  }
}

function failure(error: unknown): WorkerFailure {
  if (error instanceof OpenWorkbookError) {
    return { message: error.message, open: { fileName: error.fileName, kind: error.kind, ...(error.detail ? { detail: error.detail } : {}) } };
  }
  return { message: error instanceof Error ? error.message : String(error) };
}

scope.onmessage = (event) => {
  const request = event.data;
  const failed = (error: unknown) => scope.postMessage({ id: request.id, kind: 'failed', error: failure(error) });
  answer(request).then(
    ({ value, transfer }) => {
      // an answer that cannot cross (DataCloneError) is a failure the page hears of, never a request left waiting
      try {
        scope.postMessage({ id: request.id, kind: 'done', value }, transfer ?? []);
      } catch (e) {
        failed(e);
      }
    },
    failed,
  );
};
