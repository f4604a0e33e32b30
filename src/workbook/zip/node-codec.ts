// The zip codec on Node's zlib: native inflate, deflate and CRC-32, with compression running beside the JavaScript that feeds it (Node only: the CLI).
import { once } from 'events';
import * as zlib from 'zlib';
import { Packed, ZipCodec } from './codec';
import { crc32 as crc32Js } from './crc32';

/** Inflated bytes are handed on in chunks of this size: large enough for few awaits, small enough to stay out of memory. */
const CHUNK = 256 * 1024;
/**
 * Bytes zlib may run ahead of (inflating) or behind (deflating) the JavaScript beside it before one
 * waits for the other: with Node's default (16 KiB) each piece of XML waited for its compression.
 */
const AHEAD = 4 * 1024 * 1024;

/**
 * Deflate level of the parts Duban writes: 4 gives output within a few percent of the default (6)
 * at about half its time on the generated sheets' XML (BENCHMARKS.md).
 */
export const DEFLATE_LEVEL = 4;

const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const crc32: (data: Uint8Array, crc?: number) => number = nativeCrc ? (data, crc = 0) => nativeCrc(data, crc) : crc32Js;

async function* inflateRaw(data: Uint8Array): AsyncGenerator<Uint8Array> {
  // a stream (not inflateRawSync): zlib works on the thread pool while the parser reads the chunks before
  const stream = zlib.createInflateRaw({ chunkSize: CHUNK, readableHighWaterMark: AHEAD } as zlib.ZlibOptions);
  stream.end(data);
  let completed = false;
  try {
    for await (const chunk of stream) yield chunk as Buffer;
    completed = true;
  } finally {
    if (!completed) stream.destroy();
  }
}

async function deflate(pieces: Iterable<string> | AsyncIterable<string>): Promise<Packed> {
  const stream = zlib.createDeflateRaw({ level: DEFLATE_LEVEL, chunkSize: CHUNK, writableHighWaterMark: AHEAD } as zlib.ZlibOptions);
  const chunks: Uint8Array[] = [];
  let compressedSize = 0;
  stream.on('data', (chunk: Buffer) => {
    chunks.push(chunk);
    compressedSize += chunk.length;
  });
  const ended = once(stream, 'end');
  let crc = 0;
  let size = 0;
  try {
    for await (const piece of pieces) {
      const bytes = Buffer.from(piece, 'utf8');
      crc = crc32(bytes, crc);
      size += bytes.length;
      // the next pieces are generated while zlib compresses these; wait only when it falls behind
      if (!stream.write(bytes)) await once(stream, 'drain');
    }
    stream.end();
    await ended;
  } catch (e) {
    stream.destroy();
    throw e;
  }
  return { chunks, crc, size, compressedSize };
}

/** Node's zlib as the zip codec (install with setZipCodec). */
export const NODE_ZIP_CODEC: ZipCodec = { inflateRaw, deflate, crc32 };
