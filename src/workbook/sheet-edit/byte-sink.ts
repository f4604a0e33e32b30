// Writes XML as UTF-8 bytes straight into pieces of about a megabyte, handed whole to the compressor: no string per cell, no encoding pass.

/** Bytes per piece: the compressor deflates a piece of this size on its own (node-codec's segment). */
export const PIECE_BYTES = 1 << 20;

const encoder = new TextEncoder();

/** Bytes of the text in UTF-8 (a lone surrogate as the replacement character's three, as TextEncoder writes it). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code < 0x80) continue;
    if (code < 0x800) n += 1;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 2; // a pair: 4 bytes for its 2 units
      i++;
    } else n += 2;
  }
  return n;
}

/** Writes the text as UTF-8 into `buf` at `at` (ASCII byte by byte, the rest through the encoder; the caller made room for 3 bytes a unit); returns where it ended. */
function encodeAt(s: string, buf: Uint8Array, at: number): number {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code >= 0x80) return at + encoder.encodeInto(s.slice(i), buf.subarray(at)).written;
    buf[at++] = code;
  }
  return at;
}

/**
 * A growing run of byte pieces. Writers ask for room first (`room(n)`), then store at `at`; a full
 * piece is set aside for `take()` and never written again once taken (the compressor keeps it
 * without copying).
 */
export class ByteSink {
  /** The piece being filled, and where the next byte goes. */
  buf: Uint8Array;
  /** The same bytes, to store several at once. */
  view: DataView;
  at = 0;
  private ready: Uint8Array[] = [];

  constructor(private readonly size = PIECE_BYTES) {
    this.buf = new Uint8Array(size);
    this.view = new DataView(this.buf.buffer);
  }

  /** Makes room for `n` more bytes in the current piece (starting a new one when it lacks them). */
  room(n: number): void {
    if (this.at + n > this.buf.length) this.next(n);
  }

  private next(n: number): void {
    if (this.at > 0) this.ready.push(this.buf.subarray(0, this.at));
    this.buf = new Uint8Array(Math.max(this.size, n));
    this.view = new DataView(this.buf.buffer);
    this.at = 0;
  }

  /** Whether full pieces wait to be taken. */
  get hasReady(): boolean {
    return this.ready.length > 0;
  }

  /** Text as UTF-8 (ASCII byte by byte; the rest through the encoder). */
  text(s: string): void {
    this.room(s.length * 3);
    this.at = encodeAt(s, this.buf, this.at);
  }

  /** The full pieces set aside so far. */
  take(): Uint8Array[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  /** Every piece, the current one too (the sink is then empty). */
  end(): Uint8Array[] {
    if (this.at > 0) this.ready.push(this.buf.subarray(0, this.at));
    this.buf = new Uint8Array(0);
    this.view = new DataView(this.buf.buffer);
    this.at = 0;
    return this.take();
  }
}

/** Byte runs kept for reuse (a cell's XML after its reference), in one growing array: no object per run. */
export class ByteArena {
  bytes = new Uint8Array(1 << 12);
  /** The same bytes, to read several at once. */
  view = new DataView(this.bytes.buffer);
  /** Where each run starts and how long it is, by the id add() returned. */
  readonly starts: number[] = [];
  readonly lengths: number[] = [];
  /** What each run counts for its user (the generated sheets: a cell referring to the string table, 1, or not, 0). */
  readonly refs: number[] = [];
  private used = 0;

  /** Stores bytes, ASCII text and bytes as one run, with its count; returns its id. */
  addParts(head: Uint8Array, ascii: string, end: Uint8Array, refs: number): number {
    this.reserve(head.length + ascii.length + end.length);
    const buf = this.bytes;
    const start = this.used;
    let at = start;
    for (let i = 0; i < head.length; i++) buf[at++] = head[i];
    for (let i = 0; i < ascii.length; i++) buf[at++] = ascii.charCodeAt(i);
    for (let i = 0; i < end.length; i++) buf[at++] = end[i];
    return this.push(start, at, refs);
  }

  private reserve(n: number): void {
    const need = this.used + n;
    if (need > this.bytes.length) {
      const grown = new Uint8Array(Math.max(need, this.bytes.length * 2));
      grown.set(this.bytes.subarray(0, this.used));
      this.bytes = grown;
      this.view = new DataView(grown.buffer);
    }
  }

  private push(start: number, end: number, refs: number): number {
    this.used = end;
    this.starts.push(start);
    this.lengths.push(end - start);
    this.refs.push(refs);
    return this.starts.length - 1;
  }

  /** Stores the text as UTF-8, with its count; returns its id. */
  add(s: string, refs: number): number {
    this.reserve(s.length * 3);
    const start = this.used;
    return this.push(start, encodeAt(s, this.bytes, start), refs);
  }

  /** Forgets every run. */
  clear(): void {
    if (this.starts.length === 0) return;
    this.used = 0;
    this.starts.length = 0;
    this.lengths.length = 0;
    this.refs.length = 0;
  }
}
