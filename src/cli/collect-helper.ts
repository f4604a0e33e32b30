// The other core's share of `duban collect`: a worker thread reads the returned workbooks while this thread reads the master, then scans the ledger for the append (cell-patch's facts) while this thread collects.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { formatOfName } from '../core/returns';
import { Period, ReadReturns, ReturnedFile, readReturnedFiles } from '../documents/returns-session';
import { AppendFacts } from '../workbook/sheet-edit/cell-patch';

/** A job for the worker (collect-helper-thread.ts), done in the order given. */
export type HelperJob =
  | { readonly job: 'returns'; readonly id: number; readonly files: readonly ReturnedFile[] }
  | { readonly job: 'scan'; readonly id: number; readonly bytes: Uint8Array; readonly sheet: string };

/** The worker's answer to a job: its result, or nothing when it failed. */
export interface HelperAnswer {
  readonly id: number;
  readonly read?: ReadReturns;
  readonly facts?: AppendFacts;
}

export class CollectHelper {
  private readonly waiting = new Map<number, (answer: HelperAnswer | null) => void>();
  private next = 0;
  private broken = false;

  private constructor(private readonly worker: Worker | null) {
    if (!worker) {
      this.broken = true;
      return;
    }
    worker.unref(); // never keeps the command alive
    worker.on('message', (answer: HelperAnswer) => {
      this.waiting.get(answer.id)?.(answer);
      this.waiting.delete(answer.id);
    });
    worker.on('error', () => this.fail());
    worker.on('exit', () => this.fail());
  }

  /** Starts the worker (from the compiled command plain JavaScript; from the TypeScript sources, in tests and scripts, through tsx). */
  static start(): CollectHelper {
    const file = path.join(__dirname, `collect-helper-thread${path.extname(__filename)}`);
    try {
      return new CollectHelper(file.endsWith('.js') ? new Worker(file) : new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true }));
    } catch {
      return new CollectHelper(null);
    }
  }

  /** No more jobs for the worker: those waiting are answered with nothing (done here instead). */
  private fail(): void {
    this.broken = true;
    for (const done of this.waiting.values()) done(null);
    this.waiting.clear();
  }

  private ask(job: HelperJob): Promise<HelperAnswer | null> {
    if (this.broken) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting.set(job.id, resolve);
      this.worker!.postMessage(job); // copies of the bytes go over: the caller's stay usable
    });
  }

  /**
   * The returned files read as readReturnedFiles reads them: the workbooks by the worker, started at
   * once; the Word files here, once `period` (what their dates are read against) is known; all of
   * them here if the worker cannot, so that no file is lost with it. In the files' order.
   */
  async readReturns(files: readonly ReturnedFile[], period: Promise<Period>): Promise<ReadReturns> {
    const isWord = (f: ReturnedFile) => formatOfName(f.name) === 'docx';
    const books = files.filter((f) => !isWord(f));
    const reading = this.ask({ job: 'returns', id: this.next++, files: books });
    const words = await readReturnedFiles(files.filter(isWord), undefined, await period);
    const read = (await reading)?.read ?? (await readReturnedFiles(books, undefined, await period));
    // each file gives at most one unreadable entry, in order within its group: merged back in the files' order
    const unreadable: ReadReturns['unreadable'] = [];
    const next = { book: 0, word: 0 };
    for (const f of files) {
      const [list, k] = isWord(f) ? [words.unreadable, 'word' as const] : [read.unreadable, 'book' as const];
      if (list[next[k]]?.file === f.name) unreadable.push(list[next[k]++]);
    }
    // a Word 登记表 of several articles comes back as a return: the workbooks' and the Word files' returns, in the files' order
    const order = new Map(files.map((f, i) => [f.name, i]));
    const returns = [...read.returns, ...words.returns].sort((a, b) => (order.get(a.data.file) ?? 0) - (order.get(b.data.file) ?? 0));
    return { returns, submissions: words.submissions, unreadable };
  }

  /** The ledger's append facts (after the returns); undefined when the worker cannot scan it: the append then parses the sheet itself, and says why if it cannot be edited. */
  async scan(bytes: Uint8Array, sheet: string): Promise<AppendFacts | undefined> {
    return (await this.ask({ job: 'scan', id: this.next++, bytes, sheet }))?.facts;
  }

  close(): void {
    this.fail();
    void this.worker?.terminate();
  }
}
