// The text of a worksheet part passed on as it streams, with insertions and cuts at absolute positions (the sheet editor's output).
import { XlsxReadError } from '../package/read-error';

/** Output is handed to the compressor in pieces of about this many characters (below V8's large-object size, so they die young). */
export const PIECE = 1 << 15;

/** Text of the part from absolute position `start`, passed on in order with insertions and cuts. */
export class Splice {
  private buf = '';
  private bufStart = 0;
  private done = 0;
  private pieces: (string | Iterable<string>)[] = [];

  append(text: string): void {
    this.buf += text;
  }

  /** Where the tag ending just before `end` starts. */
  tagStart(end: number): number {
    const at = this.buf.lastIndexOf('<', end - 1 - this.bufStart);
    if (at < 0) throw new XlsxReadError('工作表 XML 无法定位，文件已损坏');
    return this.bufStart + at;
  }

  /** Passes the original text on up to `to`. */
  copyTo(to: number): void {
    if (to > this.done) this.pieces.push(this.buf.slice(this.done - this.bufStart, to - this.bufStart));
    this.done = Math.max(this.done, to);
  }

  insert(text: string): void {
    if (text) this.pieces.push(text);
  }

  /** Drops the original text up to `to` (after copyTo of what comes before it). */
  skipTo(to: number): void {
    this.done = Math.max(this.done, to);
  }

  /** Passes on what no later edit can need (up to the last '<', or `hold`), and forgets it. */
  settle(hold?: number): void {
    const lt = this.buf.lastIndexOf('<');
    const safe = Math.min(hold ?? Infinity, lt < 0 ? this.bufStart + this.buf.length : this.bufStart + lt);
    this.copyTo(safe);
    this.buf = this.buf.slice(this.done - this.bufStart);
    this.bufStart = this.done;
  }

  finish(): void {
    this.copyTo(this.bufStart + this.buf.length);
  }

  /** Text made only when it is taken (the appended rows: never one string however many). */
  insertLater(text: Iterable<string>): void {
    this.pieces.push(text);
  }

  /** Forgets the text ready so far (a pass that only looks). */
  drop(): void {
    this.pieces = [];
  }

  /** The text ready so far, in pieces of about PIECE characters. */
  *take(): Generator<string> {
    let batch = ''; // joined as it grows (V8 keeps it as a rope until the compressor reads it once)
    for (const p of this.pieces) {
      if (typeof p === 'string') {
        batch += p;
        if (batch.length >= PIECE) {
          yield batch;
          batch = '';
        }
        continue;
      }
      for (const text of p) {
        batch += text;
        if (batch.length >= PIECE) {
          yield batch;
          batch = '';
        }
      }
    }
    if (batch) yield batch;
    this.pieces = [];
  }
}
