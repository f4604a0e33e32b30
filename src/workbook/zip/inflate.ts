// Inflates one zip entry as a stream, within the part, package and ratio caps, and verifies its size and CRC-32 at the end.
import { XlsxReadError } from '../package/read-error';
import { zipCodec } from './codec';
import { ZipEntry } from './directory';
import { LIMITS } from './limits';

/** What identifies an entry within its package's bytes. */
export type VerifiedEntry = Pick<ZipEntry, 'name' | 'dataStart' | 'compressedSize' | 'uncompressedSize' | 'crc32'>;

/** The shared string table as the reader read it: what the writer needs to append to it without parsing it again. */
export interface SharedStringFacts {
  /** The sharedStrings entry read (of the same bytes as the VerifiedParts holding these facts). */
  readonly entry: VerifiedEntry;
  /** Every <si> in order, as text (runs joined, phonetic guides left out, _xHHHH_ decoded). */
  readonly strings: readonly string[];
  /** Indices of the entries that are not plain text (formatting runs or phonetic guides): never reused for a plain cell. */
  readonly formatted: ReadonlySet<number>;
  /** Cells referring to the table (t="s"), by worksheet part read (lower case). */
  readonly refs: Map<string, number>;
}

/**
 * The entries of one package (one byte array) inflated in full with their sizes and CRC-32 found
 * right: the reader hands them to the writer, which copies them without inflating them again.
 */
export class VerifiedParts {
  private readonly keys = new Set<string>();
  /** Set by the reader when it read the package's shared strings. */
  sharedStrings?: SharedStringFacts;
  constructor(readonly bytes: Uint8Array) {}

  private static key(entry: VerifiedEntry): string {
    return `${entry.name}\n${entry.dataStart}\n${entry.compressedSize}\n${entry.uncompressedSize}\n${entry.crc32}`;
  }

  /** Records an entry of these bytes as verified (also a part written just now, whose CRC was computed on its own bytes). */
  add(bytes: Uint8Array, entry: VerifiedEntry): void {
    if (bytes === this.bytes) this.keys.add(VerifiedParts.key(entry));
  }

  /** The reader's shared strings when they are those of this entry of these very bytes. */
  sharedStringsOf(bytes: Uint8Array, entry: ZipEntry): SharedStringFacts | undefined {
    const facts = this.sharedStrings;
    return facts && bytes === this.bytes && VerifiedParts.key(facts.entry) === VerifiedParts.key(entry) ? facts : undefined;
  }

  /** Whether the entry of these very bytes (the same array, the same record) was verified. */
  has(bytes: Uint8Array, entry: ZipEntry): boolean {
    return bytes === this.bytes && this.keys.has(VerifiedParts.key(entry));
  }
}

/** Decompressed bytes read so far from one package (the whole-package cap), and the entries verified so far. */
export class InflateBudget {
  used = 0;
  constructor(
    readonly maxPackageBytes: number = LIMITS.maxPackageBytes,
    readonly maxPartBytes: number = LIMITS.maxPartBytes,
    readonly verified?: VerifiedParts,
  ) {}
}

function tooLarge(entry: ZipEntry, why: string): XlsxReadError {
  return new XlsxReadError(`zip 中“${entry.name}”解压后${why}，可能是“压缩炸弹”，已拒绝读取`);
}

/** The entry's bytes, inflated chunk by chunk; throws XlsxReadError past a cap or on a size/CRC mismatch. */
export async function* inflate(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget = new InflateBudget()): AsyncGenerator<Uint8Array> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const codec = zipCodec();
  let size = 0;
  let crc = 0;
  const count = (chunk: Uint8Array) => {
    size += chunk.length;
    budget.used += chunk.length;
    if (size > entry.uncompressedSize) throw new XlsxReadError(`zip 中“${entry.name}”的实际大小与记录不符，文件已损坏`);
    if (size > budget.maxPartBytes) throw tooLarge(entry, `超过 ${budget.maxPartBytes / 1024 / 1024} MB`);
    if (budget.used > budget.maxPackageBytes) throw tooLarge(entry, `使整个文件超过 ${budget.maxPackageBytes / 1024 / 1024} MB`);
    if (size > LIMITS.ratioFloorBytes && size > LIMITS.maxRatio * Math.max(1, entry.compressedSize)) throw tooLarge(entry, `超过压缩大小的 ${LIMITS.maxRatio} 倍`);
    crc = codec.crc32(chunk, crc);
  };
  const finish = () => {
    if (size !== entry.uncompressedSize) throw new XlsxReadError(`zip 中“${entry.name}”的实际大小与记录不符，文件已损坏`);
    if (crc !== entry.crc32) throw new XlsxReadError(`zip 中“${entry.name}”的校验和（CRC-32）不符，文件已损坏`);
    budget.verified?.add(bytes, entry);
  };
  if (entry.method === 0) {
    count(data);
    finish();
    yield data;
    return;
  }
  if (entry.method !== 8) throw new XlsxReadError(`zip 中“${entry.name}”使用了不支持的压缩方式 ${entry.method}`);
  // the declared size is checked before anything is inflated
  if (entry.uncompressedSize > LIMITS.ratioFloorBytes && entry.uncompressedSize > LIMITS.maxRatio * Math.max(1, entry.compressedSize)) throw tooLarge(entry, `超过压缩大小的 ${LIMITS.maxRatio} 倍`);
  if (budget.used + entry.uncompressedSize > budget.maxPackageBytes) throw tooLarge(entry, `使整个文件超过 ${budget.maxPackageBytes / 1024 / 1024} MB`);
  const chunks = codec.inflateRaw(data)[Symbol.asyncIterator]();
  let completed = false;
  try {
    for (;;) {
      let step: IteratorResult<Uint8Array>;
      try {
        step = await chunks.next();
      } catch (e) {
        throw new XlsxReadError(`zip 中“${entry.name}”无法解压，文件已损坏`);
      }
      if (step.done) break;
      count(step.value);
      yield step.value;
    }
    finish();
    completed = true;
  } finally {
    if (!completed) await chunks.return?.(undefined)?.catch(() => undefined);
  }
}
