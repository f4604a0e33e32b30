// Unzips a package with caps on entries and decompressed bytes, whatever sizes its headers declare.
// (Issue 11 builds the workbook's bounded zip reader in src/workbook/: when it lands, plan-reader
// should use that one instead of this.)
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
}

export const DOCX_LIMITS: ZipLimits = { maxEntries: 2000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

export class ZipLimitError extends Error {}

/** The entries of a zip, each inflated under the limits; throws ZipLimitError past them, Error when damaged. */
export function unzipBounded(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS, keep: (name: string) => boolean = () => true): Map<string, Uint8Array> {
  const out = new Map<string, Uint8Array>();
  let entries = 0;
  let total = 0;
  let failure: Error | null = null;
  const unzip = new Unzip((file) => {
    if (failure) return;
    if (++entries > limits.maxEntries) {
      failure = new ZipLimitError(`压缩包内文件超过 ${limits.maxEntries} 个`);
      return;
    }
    const chunks: Uint8Array[] = [];
    let size = 0;
    const wanted = keep(file.name);
    file.ondata = (err, chunk, final) => {
      if (failure) return;
      if (err) {
        failure = err;
        return;
      }
      size += chunk.length;
      total += chunk.length;
      if (size > limits.maxEntryBytes || total > limits.maxTotalBytes) {
        failure = new ZipLimitError(`解压后内容超过 ${Math.round(limits.maxTotalBytes / 1048576)} MB 上限`);
        file.terminate();
        return;
      }
      if (wanted) chunks.push(chunk);
      if (final && wanted) out.set(file.name, concat(chunks, size));
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  const STEP = 64 * 1024;
  for (let at = 0; at < bytes.length && !failure; at += STEP) {
    unzip.push(bytes.subarray(at, Math.min(at + STEP, bytes.length)), at + STEP >= bytes.length);
  }
  if (failure) throw failure;
  return out;
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const all = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.length;
  }
  return all;
}
