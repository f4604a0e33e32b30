// Streams one package part through the plain scanner and saxes (a conforming XML parser) where needed: declared encoding, no DTDs, bounded text runs, one typed error.
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { XlsxReadError } from '../package/read-error';
import { InflateBudget, LIMITS, ZipEntry, inflate } from '../zip';
import { RecordAttributes, XmlAttributes, XmlHandler } from './handler';
import { PlainXmlScanner, TextSink, localName } from './plain-scan';
import { RowHandler, SheetByteLane } from './byte-lane';

export type { XmlAttributes, XmlHandler };
export { localName };

export interface ScanOptions {
  /** Feed the decoder pieces of at most this many bytes (tests: characters straddling every boundary). */
  readonly chunkSize?: number;
  readonly budget?: InflateBudget;
  /** False: a worksheet's rows too are read as text (tests compare the two ways). */
  readonly byteLane?: boolean;
  /** Sees each chunk of the inflated bytes, in order, before they are read. */
  readonly tap?: (chunk: Uint8Array) => void;
}


/** The encoding label of a part's first bytes: byte-order mark, UTF-16 without one, or the XML declaration. */
export function sniffEncoding(head: Uint8Array): string {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  if (head[0] === 0x3c && head[1] === 0x00) return 'utf-16le';
  if (head[0] === 0x00 && head[1] === 0x3c) return 'utf-16be';
  let ascii = '';
  for (let i = 0; i < Math.min(head.length, 256); i++) ascii += String.fromCharCode(head[i]);
  const decl = /^<\?xml\s[^?>]*encoding\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(ascii);
  return (decl?.[1] ?? decl?.[2] ?? 'utf-8').toLowerCase();
}

/** The error of a part whose bytes are not valid in its encoding. */
export const invalidEncoding = (part: string): XlsxReadError => new XlsxReadError(`“${part}”中有无效的字符编码，文件已损坏`);

/** A fatal decoder for the label, or an XlsxReadError naming the encoding. */
export function decoderFor(label: string, part: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new XlsxReadError(`“${part}”使用了不支持的字符编码“${label.slice(0, 40)}”`);
  }
}

/**
 * Text of a byte stream, decoded by one TextDecoder in streaming mode (a character split between
 * chunks is joined), in the encoding the first bytes declare; invalid bytes are an XlsxReadError.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, chunkSize?: number, part = 'XML'): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  try {
    for await (const chunk of chunks) {
      if (!decoder) decoder = decoderFor(sniffEncoding(chunk), part);
      const step = chunkSize && chunkSize > 0 ? chunkSize : chunk.length || 1;
      for (let at = 0; at < chunk.length; at += step) {
        const text = decoder.decode(chunk.subarray(at, at + step), { stream: true });
        if (text) yield text;
      }
    }
    const tail = decoder ? decoder.decode() : '';
    if (tail) yield tail;
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    throw invalidEncoding(part);
  }
}

/**
 * A saxes parser reporting to the handler; every XML error, and any DOCTYPE, is an XlsxReadError.
 * With `position`, `parser.position` in a handler is the index just after the tag just read.
 */
export function xmlParser(handler: XmlHandler, part: string, options: { position?: boolean } = {}): SaxesParser {
  const parser = new SaxesParser({ xmlns: false, position: options.position ?? false });
  parser.on('error', (e) => {
    throw new XlsxReadError(`“${part}”的 XML 格式错误（${e.message.replace(/\s+/g, ' ').slice(0, 80)}）`);
  });
  parser.on('doctype', () => {
    throw new XlsxReadError(`“${part}”含有 DOCTYPE 声明（Office 文件不使用，可能是恶意文件），已拒绝读取`);
  });
  parser.on('opentag', (tag: SaxesTagPlain) => handler.open(localName(tag.name), new RecordAttributes(tag.attributes), tag.isSelfClosing));
  parser.on('closetag', (tag: SaxesTagPlain) => handler.close(localName(tag.name)));
  parser.on('text', (t) => handler.text(t));
  parser.on('cdata', (t) => handler.text(t));
  return parser;
}

/** Feeds text to the parser, refusing a run of more than LIMITS.maxTextRun characters without '<'. */
export class BoundedFeed {
  private run = 0;
  constructor(private readonly parser: TextSink, private readonly part: string) {}

  write(text: string): void {
    const max = LIMITS.maxTextRun;
    if (this.run + text.length > max) {
      // only then can a run be too long: look at every gap between two '<'
      let prev = -this.run - 1;
      for (let at = text.indexOf('<'); at >= 0; at = text.indexOf('<', at + 1)) {
        if (at - prev - 1 > max) this.tooLong();
        prev = at;
      }
      this.run = text.length - prev - 1;
      if (this.run > max) this.tooLong();
    } else {
      const last = text.lastIndexOf('<');
      this.run = last < 0 ? this.run + text.length : text.length - last - 1;
    }
    this.parser.write(text);
  }

  end(): void {
    this.parser.close();
  }

  private tooLong(): never {
    throw new XlsxReadError(`“${this.part}”中有超长的文本或标记（超过 ${LIMITS.maxTextRun} 个字符），已拒绝读取`);
  }
}

/**
 * Parses one part of the package as it inflates: a worksheet's plain rows from the bytes (SheetByteLane), the plain
 * scanner, and saxes from wherever it is needed.
 */
export async function scanPart(bytes: Uint8Array, entry: ZipEntry, handler: XmlHandler, options: ScanOptions = {}): Promise<void> {
  const parser = new PlainXmlScanner(handler, (h) => xmlParser(h, entry.name));
  const feed = new BoundedFeed(parser, entry.name);
  let chunks: AsyncIterable<Uint8Array> = inflate(bytes, entry, options.budget);
  if (options.tap) chunks = tapped(chunks, options.tap);
  if (options.byteLane !== false && isRowHandler(handler)) chunks = throughLane(chunks, new SheetByteLane(handler, parser), options.chunkSize);
  for await (const text of decodeChunks(chunks, options.chunkSize, entry.name)) feed.write(text);
  feed.end();
}

async function* tapped(chunks: AsyncIterable<Uint8Array>, tap: (chunk: Uint8Array) => void): AsyncGenerator<Uint8Array> {
  for await (const chunk of chunks) {
    tap(chunk);
    yield chunk;
  }
}

const isRowHandler = (handler: XmlHandler): handler is RowHandler => typeof (handler as Partial<RowHandler>).rowStart === 'function';

/**
 * The part's bytes through the lane (in pieces of `chunkSize` when given, so that tests cut rows anywhere), for a part in
 * UTF-8 as its first bytes say; what the lane does not read goes on to the decoder in order.
 */
async function* throughLane(chunks: AsyncIterable<Uint8Array>, lane: SheetByteLane, chunkSize?: number): AsyncGenerator<Uint8Array> {
  let utf8: boolean | undefined;
  for await (const chunk of chunks) {
    utf8 ??= sniffEncoding(chunk) === 'utf-8';
    if (!utf8) {
      yield chunk;
      continue;
    }
    const step = chunkSize && chunkSize > 0 ? chunkSize : chunk.length || 1;
    for (let at = 0; at < chunk.length; at += step) {
      const out = lane.take(chunk.subarray(at, at + step));
      if (out.length > 0) yield out;
    }
  }
  if (utf8) {
    const rest = lane.end();
    if (rest.length > 0) yield rest;
  }
}
