// The browser page's side of the workbook worker, against a stand-in Worker: a file whose worker never answers is refused after the time bound (the worker ended), a refusal keeps the reader's reason, a crash is a damaged file.
import { OpenWorkbookError } from '../../src/taskpane/browser-workbook';
import { WorkbookClient } from '../../src/taskpane/workbook-client';
import { WORKER_SCRIPT, WorkbookReply, WorkbookRequest } from '../../src/taskpane/worker-protocol';

type Behaviour = (worker: FakeWorker, request: WorkbookRequest) => void;

class FakeWorker {
  static behaviour: Behaviour = () => undefined;
  static made: FakeWorker[] = [];
  onmessage: ((event: { data: WorkbookReply }) => void) | null = null;
  onerror: ((event: { message: string; preventDefault(): void }) => void) | null = null;
  terminated = false;
  readonly transferred: unknown[] = [];

  constructor(readonly script: string) {
    FakeWorker.made.push(this);
  }

  postMessage(request: WorkbookRequest, transfer: unknown[] = []): void {
    this.transferred.push(...transfer);
    FakeWorker.behaviour(this, request);
  }

  reply(data: WorkbookReply): void {
    setTimeout(() => this.onmessage?.({ data }), 0);
  }

  terminate(): void {
    this.terminated = true;
  }
}

beforeAll(() => {
  (globalThis as unknown as { Worker: unknown }).Worker = FakeWorker;
});

beforeEach(() => {
  FakeWorker.made = [];
});

test('a file the worker does not finish within the bound is refused as too slow, and its worker is ended', async () => {
  FakeWorker.behaviour = () => undefined; // never answers
  const bytes = new ArrayBuffer(8);
  const error = await WorkbookClient.openFile('慢.xlsx', bytes, 50).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(OpenWorkbookError);
  expect((error as OpenWorkbookError).kind).toBe('timeout');
  expect(FakeWorker.made).toHaveLength(1);
  expect(FakeWorker.made[0].script).toBe(WORKER_SCRIPT);
  expect(FakeWorker.made[0].terminated).toBe(true);
  expect(FakeWorker.made[0].transferred).toEqual([bytes]); // the bytes were transferred, not copied
});

test("a refused file keeps the reader's reason; its worker is ended", async () => {
  FakeWorker.behaviour = (w, r) => w.reply({ id: r.id, kind: 'failed', error: { message: 'x', open: { fileName: '坏.xlsx', kind: 'corrupt', detail: '单元格 ZZZZZZ1 超出 Excel 范围' } } });
  const error = (await WorkbookClient.openFile('坏.xlsx', new ArrayBuffer(8)).catch((e: unknown) => e)) as OpenWorkbookError;
  expect([error.kind, error.detail]).toEqual(['corrupt', '单元格 ZZZZZZ1 超出 Excel 范围']);
  expect(FakeWorker.made[0].terminated).toBe(true);
});

test('a worker that dies while reading (its memory) is a damaged file', async () => {
  FakeWorker.behaviour = (w) => setTimeout(() => w.onerror?.({ message: 'Uncaught RangeError', preventDefault: () => undefined }), 0);
  const error = (await WorkbookClient.openFile('大.xlsx', new ArrayBuffer(8)).catch((e: unknown) => e)) as OpenWorkbookError;
  expect(error).toBeInstanceOf(OpenWorkbookError);
  expect(error.kind).toBe('corrupt');
});

test('an opened workbook answers the engine; progress reaches the callback; closing fails what still waits', async () => {
  FakeWorker.behaviour = (w, r) => {
    if (r.op === 'openBytes') return w.reply({ id: r.id, kind: 'done', value: true });
    if (r.op === 'engine' && r.method === 'generate') {
      w.reply({ id: r.id, kind: 'progress', args: [{ phase: 'read', fraction: 0 }] });
      return w.reply({ id: r.id, kind: 'done', value: { sheets: ['校验结果'], bulletin: '', view: null } });
    }
  };
  const client = await WorkbookClient.openFile('好.xlsx', new ArrayBuffer(8));
  const phases: string[] = [];
  const outcome = await client.generate({}, (p) => void phases.push(p.phase));
  expect(outcome.sheets).toEqual(['校验结果']);
  expect(phases).toEqual(['read']);
  const waiting = client.sheets(); // never answered
  client.close();
  await expect(waiting).rejects.toThrow('closed');
  expect(FakeWorker.made[0].terminated).toBe(true);
});
