// The zip's compression codec: Web Streams (browsers and Node) by default; a host may install a native one (the CLI installs Node's zlib).
import { crc32 as crc32Js } from './crc32';

/** A part compressed for the zip. */
export interface Packed {
  readonly chunks: Uint8Array[];
  readonly crc: number;
  readonly size: number;
  readonly compressedSize: number;
}

/**
 * What deflate() takes: text (written as UTF-8) or bytes already encoded, from a generator or an
 * async source. Bytes handed over are the codec's to keep until it returns: not changed afterwards.
 */
export type DeflatePieces = Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;

export interface ZipCodec {
  /** Raw deflate data inflated, chunk by chunk; throws (anything) when the data is damaged. inflate() checks sizes, caps and CRC. */
  inflateRaw(data: Uint8Array): AsyncIterable<Uint8Array>;
  /** Pieces of text, or of its UTF-8 bytes, deflated as they come, so that a large sheet is never one string. */
  deflate(pieces: DeflatePieces): Promise<Packed>;
  /** CRC-32 of the bytes, continuing from `crc`. */
  crc32(data: Uint8Array, crc?: number): number;
}

async function* webInflateRaw(data: Uint8Array): AsyncGenerator<Uint8Array> {
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  let completed = false;
  try {
    for (;;) {
      const step = await reader.read();
      if (step.done) break;
      yield step.value;
    }
    completed = true;
  } finally {
    if (!completed) reader.cancel().catch(() => undefined);
  }
}

async function webDeflate(pieces: DeflatePieces): Promise<Packed> {
  const encoder = new TextEncoder();
  const stream = new CompressionStream('deflate-raw');
  const writer = stream.writable.getWriter();
  const chunks: Uint8Array[] = [];
  const reading = (async () => {
    const reader = stream.readable.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      chunks.push(value);
    }
  })();
  let crc = 0;
  let size = 0;
  try {
    for await (const piece of pieces) {
      const bytes = typeof piece === 'string' ? encoder.encode(piece) : (piece as Uint8Array<ArrayBuffer>);
      crc = crc32Js(bytes, crc);
      size += bytes.length;
      await writer.write(bytes);
    }
    await writer.close();
  } catch (e) {
    await writer.abort(e).catch(() => undefined);
    await reading.catch(() => undefined);
    throw e;
  }
  await reading;
  return { chunks, crc, size, compressedSize: chunks.reduce((n, c) => n + c.length, 0) };
}

/** The Web Streams codec (DecompressionStream, CompressionStream, CRC-32 in JavaScript): runs everywhere. */
export const WEB_ZIP_CODEC: ZipCodec = { inflateRaw: webInflateRaw, deflate: webDeflate, crc32: crc32Js };

let current: ZipCodec = WEB_ZIP_CODEC;

/** The codec every zip read and write in this process uses. */
export const zipCodec = (): ZipCodec => current;

/** Installs a codec (the CLI: Node's zlib, several times faster at 100k rows); returns the one it replaced. */
export function setZipCodec(codec: ZipCodec): ZipCodec {
  const previous = current;
  current = codec;
  return previous;
}
