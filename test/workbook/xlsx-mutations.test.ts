// Property: random byte mutations of a valid workbook (of the zip, and of its XML parts re-zipped with good CRCs) are read or refused with XlsxReadError, quickly, never anything else.
import fc from 'fast-check';
import { unzipSync, zipSync } from 'fflate';
import { readFileSync } from 'fs';
import * as path from 'path';
import { XlsxReadError, readXlsxGrids } from '../../src/workbook/package/xlsx-stream';

const VALID = new Uint8Array(readFileSync(path.resolve(__dirname, '..', 'fixtures', 'bad', 'hostile', 'valid.xlsx')));
const PARTS = unzipSync(VALID);
const PART_NAMES = Object.keys(PARTS).sort();
const BOUND_MS = 2000;

/** A mutation: overwrite, insert or delete bytes at a position (given as a fraction of the length). */
const mutation = fc.record({
  kind: fc.constantFrom('set', 'insert', 'delete', 'truncate'),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  bytes: fc.uint8Array({ minLength: 1, maxLength: 8 }),
});

function mutate(source: Uint8Array, ms: { kind: string; at: number; bytes: Uint8Array }[]): Uint8Array {
  let b = source;
  for (const m of ms) {
    const at = Math.min(b.length, Math.floor(m.at * b.length));
    if (m.kind === 'set') {
      b = b.slice();
      b.set(m.bytes.subarray(0, b.length - at), at);
    } else if (m.kind === 'insert') b = new Uint8Array([...b.subarray(0, at), ...m.bytes, ...b.subarray(at)]);
    else if (m.kind === 'delete') b = new Uint8Array([...b.subarray(0, at), ...b.subarray(at + m.bytes.length)]);
    else b = b.subarray(0, at);
  }
  return b;
}

/** Reads the bytes: resolves true (read) or false (refused with XlsxReadError); anything else fails the property. */
async function readsOrRefuses(bytes: Uint8Array): Promise<boolean> {
  const started = process.cpuUsage();
  let read = true;
  try {
    const grids = await readXlsxGrids(bytes);
    expect(Array.isArray(grids)).toBe(true);
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw new Error(`not an XlsxReadError: ${(e as Error)?.name}: ${(e as Error)?.message}`);
    expect(e.message).toMatch(/[\u4e00-\u9fff]/);
    read = false;
  }
  const used = process.cpuUsage(started); // CPU time: a busy machine does not inflate it as it does wall-clock time
  expect((used.user + used.system) / 1000).toBeLessThan(BOUND_MS);
  return read;
}


test('the unmutated workbook reads (the property is not vacuous)', async () => {
  expect(await readsOrRefuses(VALID)).toBe(true);
  expect(PART_NAMES).toContain('xl/worksheets/sheet1.xml');
});

test('mutated zip bytes: read or XlsxReadError, within the bound', async () => {
  await fc.assert(fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 4 }), async (ms) => {
    await readsOrRefuses(mutate(VALID, ms));
  }), { numRuns: 300, seed: 11 });
});

test('mutated XML of one part, re-zipped with good CRCs: read or XlsxReadError, within the bound', async () => {
  let read = 0;
  await fc.assert(fc.asyncProperty(fc.constantFrom(...PART_NAMES), fc.array(mutation, { minLength: 1, maxLength: 3 }), async (name, ms) => {
    const parts = { ...PARTS, [name]: mutate(PARTS[name], ms) };
    if (await readsOrRefuses(zipSync(parts))) read++;
  }), { numRuns: 300, seed: 11 });
  // both outcomes happen: the mutations reach the parser, not only its refusals
  expect(read).toBeGreaterThan(0);
  expect(read).toBeLessThan(300);
});
