// Writes a zip package: entries copied as stored from another zip (CRC verified), or added deflated as their text streams.
import { XlsxReadError } from '../package/read-error';
import { DeflatePieces, Packed, zipCodec } from './codec';
import { ZipEntry } from './directory';
import { VerifiedEntry, VerifiedParts } from './inflate';

export type { Packed } from './codec';

/** Deflates pieces of text (as UTF-8) or bytes as they come (also from an async source), so that a large sheet is never one string. */
export function deflate(pieces: DeflatePieces): Promise<Packed> {
  return zipCodec().deflate(pieces);
}

export const u16 = (b: Uint8Array, at: number) => b[at] | (b[at + 1] << 8);

/** MS-DOS time and date of a moment (local time, as zip tools write them). */
export function dosDateTime(when: Date): { time: number; date: number } {
  const year = Math.max(1980, when.getFullYear());
  return {
    time: (when.getHours() << 11) | (when.getMinutes() << 5) | (when.getSeconds() >> 1),
    date: ((year - 1980) << 9) | ((when.getMonth() + 1) << 5) | when.getDate(),
  };
}

/** Writes a zip: entries copied as stored from another zip, or added compressed. */
export class ZipWriter {
  private readonly out: Uint8Array[] = [];
  private readonly central: Uint8Array[] = [];
  /** Entries whose bytes are known sound: added now, or copied from a verified part. */
  private readonly sound: VerifiedEntry[] = [];
  private offset = 0;

  private push(bytes: Uint8Array): void {
    this.out.push(bytes);
    this.offset += bytes.length;
  }

  private localHeader(versionNeeded: number, flags: number, method: number, time: number, date: number, crc: number, compressed: number, size: number, name: Uint8Array): Uint8Array {
    const h = new Uint8Array(30 + name.length);
    const v = new DataView(h.buffer);
    v.setUint32(0, 0x04034b50, true);
    v.setUint16(4, versionNeeded, true);
    v.setUint16(6, flags, true);
    v.setUint16(8, method, true);
    v.setUint16(10, time, true);
    v.setUint16(12, date, true);
    v.setUint32(14, crc, true);
    v.setUint32(18, compressed, true);
    v.setUint32(22, size, true);
    v.setUint16(26, name.length, true);
    v.setUint16(28, 0, true);
    h.set(name, 30);
    return h;
  }

  /**
   * Copies an entry of `source` as it is stored: the same compressed bytes, CRC and sizes; the
   * central record as it was (its extra field and comment too), with the new offset. Sizes are
   * put in the local header, so a data descriptor is no longer needed (flag bit 3 cleared).
   */
  copy(source: Uint8Array, entry: ZipEntry, verified?: VerifiedParts): void {
    const c = entry.central;
    if (verified?.has(source, entry)) this.sound.push({ ...entry, dataStart: this.offset + 30 + u16(c, 28) });
    const name = c.subarray(46, 46 + u16(c, 28));
    const flags = entry.flags & ~0x0008;
    const record = new Uint8Array(c); // a copy (a Buffer's slice() would share the input's memory)
    const view = new DataView(record.buffer, record.byteOffset, record.byteLength);
    view.setUint16(8, flags, true);
    view.setUint32(42, this.offset, true);
    this.central.push(record);
    this.push(this.localHeader(u16(c, 6), flags, entry.method, u16(c, 12), u16(c, 14), entry.crc32, entry.compressedSize, entry.uncompressedSize, name));
    this.push(source.subarray(entry.dataStart, entry.dataStart + entry.compressedSize));
  }

  /** Adds a part compressed by deflate(). */
  add(name: string, packed: Packed, when: { time: number; date: number }): void {
    const nameBytes = new TextEncoder().encode(name);
    const flags = /[^\x20-\x7e]/.test(name) ? 0x0800 : 0; // UTF-8 name
    const offset = this.offset;
    this.sound.push({ name, dataStart: offset + 30 + nameBytes.length, compressedSize: packed.compressedSize, uncompressedSize: packed.size, crc32: packed.crc });
    this.push(this.localHeader(20, flags, 8, when.time, when.date, packed.crc, packed.compressedSize, packed.size, nameBytes));
    for (const chunk of packed.chunks) this.push(chunk);
    const record = new Uint8Array(46 + nameBytes.length);
    const v = new DataView(record.buffer);
    v.setUint32(0, 0x02014b50, true);
    v.setUint16(4, 20, true); // made by: MS-DOS, zip 2.0
    v.setUint16(6, 20, true);
    v.setUint16(8, flags, true);
    v.setUint16(10, 8, true);
    v.setUint16(12, when.time, true);
    v.setUint16(14, when.date, true);
    v.setUint32(16, packed.crc, true);
    v.setUint32(20, packed.compressedSize, true);
    v.setUint32(24, packed.size, true);
    v.setUint16(28, nameBytes.length, true);
    v.setUint32(42, offset, true);
    record.set(nameBytes, 46);
    this.central.push(record);
  }

  /** The package, and its entries known sound (for the next writer, which then need not inflate them again). */
  finishVerified(): { bytes: Uint8Array; verified: VerifiedParts } {
    const bytes = this.finish();
    const verified = new VerifiedParts(bytes);
    for (const entry of this.sound) verified.add(bytes, entry);
    return { bytes, verified };
  }

  /** The package as one array. */
  finish(): Uint8Array {
    return concatChunks(this.finishChunks());
  }

  /** The package as its pieces in order (written as they are: a large package is never copied whole once more). */
  finishChunks(): Uint8Array[] {
    const start = this.offset;
    for (const record of this.central) this.push(record);
    const count = this.central.length;
    if (count > 0xfffe || this.offset > 0xfffffffe) throw new XlsxReadError('工作簿过大，超出 zip 格式的限制（需要 ZIP64）');
    const end = new Uint8Array(22);
    const v = new DataView(end.buffer);
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, count, true);
    v.setUint16(10, count, true);
    v.setUint32(12, this.offset - start, true);
    v.setUint32(16, start, true);
    this.push(end);
    return this.out;
  }
}

/** Pieces joined into one array. */
export function concatChunks(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
