// UTF-8 written straight into fixed-size chunks, for XML too large to build as one string: each full chunk is handed on (to be compressed) and never written again.

/** Bytes per chunk: each is compressed on its own by the Node codec, beside the next being written. */
export const SINK_CHUNK = 1 << 20;

const encoder = new TextEncoder();

export class ByteSink {
  private buf = new Uint8Array(SINK_CHUNK);
  private pos = 0;
  private readonly full: Uint8Array[] = [];

  /** Whether chunks were filled since the last take(). */
  ready(): boolean {
    return this.full.length > 0;
  }

  /** Chunks filled since the last call (the caller hands them on). */
  take(): Uint8Array[] {
    return this.full.length ? this.full.splice(0) : [];
  }

  /** Everything written and not yet taken, the last chunk included (when the writing is done). */
  finish(): Uint8Array[] {
    if (this.pos > 0) this.full.push(this.buf.subarray(0, this.pos));
    this.buf = new Uint8Array(0);
    this.pos = 0;
    return this.take();
  }

  /** Room for n more bytes in the current chunk (a new chunk when it lacks it). */
  room(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    if (this.pos > 0) this.full.push(this.buf.subarray(0, this.pos));
    this.buf = new Uint8Array(Math.max(SINK_CHUNK, n));
    this.pos = 0;
  }

  /** Text of ASCII characters only (references, numbers, tags): the caller has made room() for it. */
  ascii(text: string): void {
    const buf = this.buf;
    let pos = this.pos;
    for (let i = 0; i < text.length; i++) buf[pos++] = text.charCodeAt(i);
    this.pos = pos;
  }

  /** Bytes: the caller has made room() for them. */
  bytes(data: Uint8Array): void {
    const buf = this.buf;
    let pos = this.pos;
    if (data.length > 32) {
      buf.set(data, pos);
      pos += data.length;
    } else for (let i = 0; i < data.length; i++) buf[pos++] = data[i];
    this.pos = pos;
  }

  /** Any text, as UTF-8 (at most 3 bytes per UTF-16 unit). */
  text(text: string): void {
    if (text.length * 3 > SINK_CHUNK) {
      this.room(SINK_CHUNK);
      // long text (a sheet's head with many columns): encoded whole, then copied in pieces
      const bytes = encoder.encode(text);
      for (let at = 0; at < bytes.length; at += SINK_CHUNK) {
        const piece = bytes.subarray(at, at + SINK_CHUNK);
        this.room(piece.length);
        this.bytes(piece);
      }
      return;
    }
    this.room(text.length * 3);
    this.pos += encoder.encodeInto(text, this.buf.subarray(this.pos)).written;
  }
}

/** The UTF-8 bytes of a text. */
export const utf8 = (text: string): Uint8Array => encoder.encode(text);
