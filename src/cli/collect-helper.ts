// The other core's share of `duban collect`: a worker thread reads the returned workbooks while this thread reads the master, and scans the ledger for the append (cell-patch's facts) once it is named; this thread reads the returns the worker has not begun.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { formatOfName } from '../core/returns';
import { Period, ReadReturns, ReturnedFile, readReturnedFiles } from '../documents/returns-session';
import { AppendFacts } from '../workbook/sheet-edit/cell-patch';

/** A job for the worker (collect-helper-thread.ts), done in the order given. */
export type HelperJob =
  /** Chunks of returned workbooks, shared with this thread through `claims` (ChunkClaims): the worker reads from the front, answering each. */
  | { readonly job: 'returns'; readonly id: number; readonly chunks: readonly (readonly ReturnedFile[])[]; readonly claims: SharedArrayBuffer }
  | { readonly job: 'scan'; readonly id: number; readonly bytes: Uint8Array; readonly sheet: string };

/** The worker's answer to a job: its result, or nothing when it failed; for returns, one answer per chunk read (`chunk`), then one with `done`. */
export interface HelperAnswer {
  readonly id: number;
  readonly read?: ReadReturns;
  readonly chunk?: number;
  readonly done?: true;
  readonly facts?: AppendFacts;
}

/**
 * Which chunks of a list are still free, shared by two threads: one takes from the front, the other from the back, and
 * no chunk is taken twice (both ends live in one 32-bit word, changed by compare-and-swap).
 */
export class ChunkClaims {
  private readonly ends: Int32Array;

  constructor(readonly buffer: SharedArrayBuffer) {
    this.ends = new Int32Array(buffer);
  }

  static over(count: number): ChunkClaims {
    const claims = new ChunkClaims(new SharedArrayBuffer(4));
    if (count > MAX_CHUNKS) throw new RangeError(`ChunkClaims: ${count} chunks`);
    Atomics.store(claims.ends, 0, count << 16); // front 0, back count
    return claims;
  }

  /** The next free chunk from the front (worker) or the back (this thread), or null when none is left. */
  take(from: 'front' | 'back'): number | null {
    for (;;) {
      const now = Atomics.load(this.ends, 0);
      const front = now & 0xffff, back = now >>> 16;
      if (front >= back) return null;
      const then = from === 'front' ? (back << 16) | (front + 1) : ((back - 1) << 16) | front;
      if (Atomics.compareExchange(this.ends, 0, now, then) === now) return from === 'front' ? front : back - 1;
    }
  }
}

/** Returned workbooks per chunk: few messages, and small enough that the two threads share the last of them. */
const CHUNK_FILES = 10;
/** Chunks of one list at most: each end is counted in 15 bits. */
const MAX_CHUNKS = 0x7fff;

/** The workbooks' and the Word files' reads merged in the files' order (each file gives at most one unreadable entry, in order within its group). */
function merged(files: readonly ReturnedFile[], read: ReadReturns, words: ReadReturns, isWord: (f: ReturnedFile) => boolean): ReadReturns {
  const unreadable: ReadReturns['unreadable'] = [];
  const next = { book: 0, word: 0 };
  for (const f of files) {
    const [list, k] = isWord(f) ? [words.unreadable, 'word' as const] : [read.unreadable, 'book' as const];
    if (list[next[k]]?.file === f.name) unreadable.push(list[next[k]++]);
  }
  // a Word 登记表 of several articles comes back as a return: the workbooks' and the Word files' returns, in the files' order
  const order = new Map(files.map((f, i) => [f.name, i]));
  const returns = [...read.returns, ...words.returns].sort((a, b) => (order.get(a.data.file) ?? 0) - (order.get(b.data.file) ?? 0));
  return { returns, submissions: [...read.submissions, ...words.submissions], unreadable };
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
    worker.on('message', (answer: HelperAnswer) => this.waiting.get(answer.id)?.(answer));
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

  /** Sends a job; `hear` gets each of its answers, and null once when the worker cannot answer (it is then forgotten). */
  private send(job: HelperJob, hear: (answer: HelperAnswer | null) => boolean): void {
    if (this.broken) return void hear(null);
    // an answer that ends the job (hear says so) forgets it
    this.waiting.set(job.id, (answer) => {
      if (hear(answer) || answer === null) this.waiting.delete(job.id);
    });
    this.worker!.postMessage(job); // copies of the bytes go over: the caller's stay usable
  }

  /**
   * Starts reading the returned files as readReturnedFiles reads them: the workbooks in chunks, by the worker from the
   * first, at once. `finish` (called when this thread is free) reads the Word files and the chunks from the last until
   * the two meet, and merges everything in the files' order; a chunk the worker took and could not answer is read
   * here, so that no file is lost.
   */
  readReturns(files: readonly ReturnedFile[]): { finish(period: Period): Promise<ReadReturns> } {
    const isWord = (f: ReturnedFile) => formatOfName(f.name) === 'docx';
    const books = files.filter((f) => !isWord(f));
    // at most MAX_CHUNKS chunks (what ChunkClaims can count): more files, larger chunks
    const size = Math.max(CHUNK_FILES, Math.ceil(books.length / MAX_CHUNKS));
    const chunks: ReturnedFile[][] = [];
    for (let at = 0; at < books.length; at += size) chunks.push(books.slice(at, at + size));
    const read: (ReadReturns | undefined)[] = chunks.map(() => undefined);
    const claims = ChunkClaims.over(chunks.length);
    const workerDone = new Promise<void>((resolve) => {
      if (chunks.length === 0) return resolve();
      this.send({ job: 'returns', id: this.next++, chunks, claims: claims.buffer }, (answer) => {
        if (answer?.chunk !== undefined && answer.read) read[answer.chunk] = answer.read;
        const over = !answer || answer.done === true;
        if (over) resolve();
        return over;
      });
    });
    return {
      finish: async (period) => {
        const words = await readReturnedFiles(files.filter(isWord), undefined, period);
        for (let k = claims.take('back'); k !== null; k = claims.take('back')) read[k] = await readReturnedFiles(chunks[k], undefined, period);
        await workerDone;
        for (let k = 0; k < chunks.length; k++) read[k] ??= await readReturnedFiles(chunks[k], undefined, period);
        const all = read as ReadReturns[];
        return merged(files, { returns: all.flatMap((r) => r.returns), submissions: all.flatMap((r) => r.submissions), unreadable: all.flatMap((r) => r.unreadable) }, words, isWord);
      },
    };
  }

  /** The ledger's append facts (the worker scans it after its returns); undefined when it cannot: the append then parses the sheet itself, and says why if it cannot be edited. */
  scan(bytes: Uint8Array, sheet: string): Promise<AppendFacts | undefined> {
    return new Promise((resolve) => this.send({ job: 'scan', id: this.next++, bytes, sheet }, (answer) => (resolve(answer?.facts), true)));
  }

  close(): void {
    this.fail();
    void this.worker?.terminate();
  }
}
