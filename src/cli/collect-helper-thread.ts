// Worker thread of collect-helper.ts: reads returned workbooks and scans the ledger, one job after another, on Node's zlib.
import { parentPort } from 'worker_threads';
import { readReturnedFiles } from '../documents/returns-session';
import { scanAppendFacts } from '../workbook/sheet-edit/cell-patch';
import { inflateRawSync } from 'zlib';
import { LIMITS, ZipCodec, setZipCodec } from '../workbook/zip';
import { NODE_ZIP_CODEC } from '../workbook/zip/node-codec';
import type { HelperAnswer, HelperJob } from './collect-helper';

/** Compressed parts up to this size (a return's every part) are inflated in one call. */
const SMALL = 64 * 1024;

/**
 * Node's zlib, with a small part inflated in one call: a return is about ten parts of a few KB, and
 * a zlib stream set up for each cost more than the inflating (300 returns: about a fifth of their
 * reading). The output is capped where inflate() would refuse it anyway; damaged data and data past
 * the cap go through the stream, which gives inflate() what it needs to say which.
 */
const codec: ZipCodec = {
  ...NODE_ZIP_CODEC,
  inflateRaw(data) {
    if (data.length > SMALL) return NODE_ZIP_CODEC.inflateRaw(data);
    let out: Uint8Array;
    try {
      out = inflateRawSync(data, { maxOutputLength: Math.max(LIMITS.ratioFloorBytes, LIMITS.maxRatio * data.length) });
    } catch {
      return NODE_ZIP_CODEC.inflateRaw(data);
    }
    return (async function* () {
      yield out;
    })();
  },
};
setZipCodec(codec);
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
