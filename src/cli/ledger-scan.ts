// The ledger's append facts found on the other core while collect reads the returns: cell-patch's scan in a worker thread, so the append later copies the ledger's text without parsing it again.
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AppendFacts } from '../workbook/sheet-edit/cell-patch';

/**
 * Starts the scan of the named sheet of the package (a copy of the bytes goes to the worker). Resolves
 * to the facts, or to undefined when the worker cannot run or the scan fails: the append then parses
 * the sheet itself, and says why if the sheet cannot be edited.
 */
export function scanBeside(bytes: Uint8Array, sheet: string): Promise<AppendFacts | undefined> {
  return new Promise((resolve) => {
    const copy = new Uint8Array(bytes); // a copy (Buffer#slice would share the memory the transfer detaches)
    const workerData = { bytes: copy, sheet };
    const file = path.join(__dirname, `ledger-scan-worker${path.extname(__filename)}`);
    let worker: Worker;
    try {
      // compiled (the duban command) the worker is plain JavaScript; from the TypeScript sources (tests, scripts) tsx compiles it
      worker = file.endsWith('.js')
        ? new Worker(file, { workerData, transferList: [copy.buffer] })
        : new Worker(`require('tsx/cjs'); require(${JSON.stringify(file)});`, { eval: true, workerData, transferList: [copy.buffer] });
    } catch {
      resolve(undefined);
      return;
    }
    worker.unref(); // never keeps the command alive
    worker.once('message', (m: { facts?: AppendFacts }) => {
      resolve(m.facts);
      void worker.terminate();
    });
    worker.once('error', () => resolve(undefined));
    worker.once('exit', () => resolve(undefined));
  });
}
