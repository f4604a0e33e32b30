// Worker thread of ledger-scan.ts: scans one sheet of the package it is given for cell-patch's append facts, with Node's zlib as the command uses it.
import { parentPort, workerData } from 'worker_threads';
import { scanAppendFacts } from '../workbook/sheet-edit/cell-patch';
import { setZipCodec } from '../workbook/zip';
import { NODE_ZIP_CODEC } from '../workbook/zip/node-codec';

setZipCodec(NODE_ZIP_CODEC);
const { bytes, sheet } = workerData as { bytes: Uint8Array; sheet: string };
scanAppendFacts(bytes, sheet).then(
  (facts) => parentPort!.postMessage({ facts }),
  () => parentPort!.postMessage({}), // the append parses the sheet itself and gives the reason
);
