// Unzips a Word package through the workbook's bounded zip reader (checked directory, caps while inflating, CRC-32), with the document's own limits.
import { XlsxReadError } from '../workbook/package/read-error';
import { InflateBudget, concatChunks, inflate, readZipDirectory } from '../workbook/zip';

export interface ZipLimits {
  readonly maxEntries: number;
  readonly maxEntryBytes: number;
  readonly maxTotalBytes: number;
}

export const DOCX_LIMITS: ZipLimits = { maxEntries: 2000, maxEntryBytes: 64 * 1024 * 1024, maxTotalBytes: 256 * 1024 * 1024 };

/** A package past the document's limits (its message is Chinese and names the limit). */
export class ZipLimitError extends Error {}

/**
 * The wanted entries of a zip (by their names as stored), each inflated under the limits whatever
 * sizes its headers declare; throws ZipLimitError past them, XlsxReadError (Chinese) when damaged.
 */
export async function unzipBounded(bytes: Uint8Array, limits: ZipLimits = DOCX_LIMITS, keep: (name: string) => boolean = () => true): Promise<Map<string, Uint8Array>> {
  const directory = readZipDirectory(bytes);
  if (directory.size > limits.maxEntries) throw new ZipLimitError(`压缩包内文件超过 ${limits.maxEntries} 个`);
  const budget = new InflateBudget(limits.maxTotalBytes, limits.maxEntryBytes);
  const out = new Map<string, Uint8Array>();
  for (const entry of directory.values()) {
    if (!keep(entry.name)) continue;
    const chunks: Uint8Array[] = [];
    try {
      for await (const chunk of inflate(bytes, entry, budget)) chunks.push(chunk);
    } catch (e) {
      if (e instanceof XlsxReadError && /压缩炸弹/.test(e.message)) throw new ZipLimitError(`解压后内容超过 ${Math.round(limits.maxTotalBytes / 1048576)} MB 上限`);
      throw e;
    }
    out.set(entry.name, chunks.length === 1 ? chunks[0] : concatChunks(chunks));
  }
  return out;
}

