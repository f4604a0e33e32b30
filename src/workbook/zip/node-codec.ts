// The zip codec on Node's zlib: native inflate, deflate (in pieces, on the thread pool) and CRC-32, beside the JavaScript that feeds them (Node only: the CLI).
import * as zlib from 'zlib';
import { DeflatePieces, Packed, ZipCodec } from './codec';
import { crc32 as crc32Js } from './crc32';
import { LIMITS } from './limits';

/** Inflated bytes are handed on in chunks of this size: large enough for few awaits, small enough to stay out of memory. */
const CHUNK = 256 * 1024;
/** Bytes zlib may run ahead of the JavaScript reading what it inflates before one waits for the other. */
const AHEAD = 4 * 1024 * 1024;

/**
 * Deflate level of the parts Duban writes: 4 gives output within a few percent of the default (6)
 * at about half its time on the generated sheets' XML (BENCHMARKS.md).
 */
export const DEFLATE_LEVEL = 4;

const nativeCrc = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;
const crc32: (data: Uint8Array, crc?: number) => number = nativeCrc ? (data, crc = 0) => nativeCrc(data, crc) : crc32Js;

/** Compressed parts up to this size (a returned form's every part, a workbook's styles) are inflated in one call. */
const SMALL = 64 * 1024;

async function* inflateRaw(data: Uint8Array): AsyncGenerator<Uint8Array> {
  // a small part in one call: a zlib stream set up for each of a return's ten parts of a few KB cost more than the
  // inflating (300 returns: about a fifth of their reading). The output is capped where inflate() would refuse it
  // anyway; damaged data and data past the cap go through the stream, which gives inflate() what it needs to say which.
  if (data.length <= SMALL) {
    let whole: Buffer | undefined;
    try {
      whole = zlib.inflateRawSync(data, { maxOutputLength: Math.max(LIMITS.ratioFloorBytes, LIMITS.maxRatio * data.length) });
    } catch {
      whole = undefined;
    }
    if (whole) {
      yield whole;
      return;
    }
  }
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

/** Input bytes compressed as one piece on the thread pool: 1 MB pieces cost about 0.2 % in size against one stream. */
const SEGMENT = 1 << 20;
/** Pieces compressing at once (the pool has 4 threads); the generator waits for the oldest beyond that. */
const IN_FLIGHT = 3;

/** Compressed bytes handed back per call into JavaScript: a piece's whole output at once (Node's default, 16 KiB, took a round trip each). */
const OUT_CHUNK = 1 << 18;

const deflateRawAsync = (input: Uint8Array, last: boolean) => new Promise<Buffer>((resolve, reject) => {
  const finishFlush = last ? zlib.constants.Z_FINISH : zlib.constants.Z_SYNC_FLUSH;
  zlib.deflateRaw(input, { level: DEFLATE_LEVEL, chunkSize: OUT_CHUNK, finishFlush }, (e, out) => (e ? reject(e) : resolve(out)));
});

/**
 * Deflates as pigz does: the input in pieces of SEGMENT bytes, each compressed on its own on the
 * thread pool (several at once, beside the JavaScript producing the next), every piece but the
 * last ending in a sync flush (byte-aligned, not final), so that the pieces' outputs joined in
 * order are one raw deflate stream; the CRC-32 is computed over the whole input as it passes.
 * Text is encoded straight into the piece's buffer; a large piece of bytes arriving between
 * segments is compressed as it is, without a copy.
 */
async function deflate(pieces: DeflatePieces): Promise<Packed> {
  const segments: Promise<Buffer>[] = [];
  let awaited = 0;
  let buffer: Buffer | undefined;
  let used = 0;
  let crc = 0;
  let size = 0;
  const compress = async (input: Uint8Array, last: boolean) => {
    crc = crc32(input, crc);
    size += input.length;
    const segment = deflateRawAsync(input, last);
    segment.catch(() => undefined); // a failure is reported once, by the await below
    segments.push(segment);
    while (segments.length - awaited > IN_FLIGHT) await segments[awaited++];
  };
  const start = async (last: boolean) => {
    const input = buffer ? buffer.subarray(0, used) : new Uint8Array(0);
    buffer = undefined;
    used = 0;
    await compress(input, last);
  };
  const append = async (bytes: Uint8Array) => {
    for (let at = 0; at < bytes.length;) {
      buffer ??= Buffer.allocUnsafe(SEGMENT);
      const n = Math.min(bytes.length - at, SEGMENT - used);
      buffer.set(bytes.subarray(at, at + n), used);
      used += n;
      at += n;
      if (used === SEGMENT) await start(false);
    }
  };
  for await (const piece of pieces) {
    if (typeof piece !== 'string') {
      // a large piece of bytes between segments is a segment itself (handed-over bytes are not written again)
      if (used === 0 && piece.length >= SEGMENT / 4 && piece.length <= SEGMENT) await compress(piece, false);
      else await append(piece);
    } else if (piece.length * 3 > SEGMENT) await append(Buffer.from(piece, 'utf8'));
    else {
      // at most 3 bytes per UTF-16 unit: a piece that may not fit starts the next segment
      if (used + piece.length * 3 > SEGMENT) await start(false);
      buffer ??= Buffer.allocUnsafe(SEGMENT);
      used += buffer.write(piece, used, 'utf8');
    }
  }
  await start(true);
  const chunks = await Promise.all(segments);
  return { chunks, crc, size, compressedSize: chunks.reduce((n, c) => n + c.length, 0) };
}

/** Node's zlib as the zip codec (install with setZipCodec). */
export const NODE_ZIP_CODEC: ZipCodec = { inflateRaw, deflate, crc32 };
