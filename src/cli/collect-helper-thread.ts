// Worker thread of collect-helper.ts: reads returned workbooks and scans the ledger, one job after another, with Node's zlib as the command uses it.
import { parentPort } from 'worker_threads';
import { readReturnedFiles } from '../documents/returns-session';
import { scanAppendFacts } from '../workbook/sheet-edit/cell-patch';
import { setZipCodec } from '../workbook/zip';
import { NODE_ZIP_CODEC } from '../workbook/zip/node-codec';
import type { HelperAnswer, HelperJob } from './collect-helper';

setZipCodec(NODE_ZIP_CODEC);
let queue = Promise.resolve();
const answer = (a: HelperAnswer) => parentPort!.postMessage(a);

parentPort!.on('message', (job: HelperJob) => {
  queue = queue.then(async () => {
    try {
      if (job.job === 'returns') answer({ id: job.id, read: await readReturnedFiles(job.files) });
      else answer({ id: job.id, facts: await scanAppendFacts(job.bytes, job.sheet) });
    } catch {
      answer({ id: job.id }); // no result: the command does the job itself
    }
  });
});
