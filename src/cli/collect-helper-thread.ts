// Worker thread of collect-helper.ts: reads returned workbooks and scans the ledger, one job after another, on Node's zlib (as the command's own thread).
import { parentPort } from 'worker_threads';
import { readReturnedFiles } from '../documents/returns-session';
import { scanAppendFacts } from '../workbook/sheet-edit/cell-patch';
import { setZipCodec } from '../workbook/zip';
import { NODE_ZIP_CODEC } from '../workbook/zip/node-codec';
import { ChunkClaims, HelperAnswer, HelperJob } from './collect-helper';

setZipCodec(NODE_ZIP_CODEC);
let queue = Promise.resolve();
const answer = (a: HelperAnswer) => parentPort!.postMessage(a);

parentPort!.on('message', (job: HelperJob) => {
  queue = queue.then(async () => {
    try {
      if (job.job === 'returns') {
        // chunks from the front, until the command's thread, taking from the back, has the rest
        const claims = new ChunkClaims(job.claims);
        for (let k = claims.take('front'); k !== null; k = claims.take('front')) answer({ id: job.id, chunk: k, read: await readReturnedFiles(job.chunks[k]) });
        answer({ id: job.id, done: true });
      } else answer({ id: job.id, facts: await scanAppendFacts(job.bytes, job.sheet) });
    } catch {
      answer({ id: job.id, done: true }); // no result: the command does the job itself (a chunk taken and not answered is read there)
    }
  });
});
