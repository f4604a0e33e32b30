// The bounded unzip stops at its limits while inflating, even when the headers understate the sizes.
import { zipSync } from 'fflate';
import { ZipLimitError, unzipBounded } from '../../src/documents/bounded-zip';

const LIMITS = { maxEntries: 5, maxEntryBytes: 1024 * 1024, maxTotalBytes: 3 * 1024 * 1024 };

/** Rewrites every declared uncompressed size (local and central headers) to `size`. */
function lie(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

test('entries within the limits come back whole', async () => {
  const files = await unzipBounded(zipSync({ 'a.xml': new TextEncoder().encode('<a>宣传方案</a>') }), LIMITS);
  expect(new TextDecoder().decode(files.get('a.xml'))).toBe('<a>宣传方案</a>');
});

test('an entry inflating past its limit is stopped though its header says 100 bytes', async () => {
  const bomb = lie(zipSync({ 'word/document.xml': new Uint8Array(2 * 1024 * 1024) }, { level: 9 }), 100);
  await expect(unzipBounded(bomb, LIMITS)).rejects.toThrow(/大小与记录不符|超过/);
});

test('the total is capped across entries, and so is their number', async () => {
  const many = Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`f${i}`, new Uint8Array(900 * 1024)]));
  await expect(unzipBounded(zipSync(many), LIMITS)).rejects.toThrow(ZipLimitError);
  const lots = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`f${i}`, new Uint8Array(1)]));
  await expect(unzipBounded(zipSync(lots), LIMITS)).rejects.toThrow(/超过 5 个/);
});
