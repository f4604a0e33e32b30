// Text for a terminal: control characters (ESC sequences, OSC 52 clipboard writes, C1 controls, bidi overrides) shown as \uXXXX, never sent raw.

// C0 except tab and newline, DEL and C1, and the bidi controls that reorder what the clerk sees
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** The text with every control character written out as a visible \uXXXX escape. */
export function printable(text: string): string {
  return text.replace(CONTROL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The output functions with everything printed made printable first. */
export function printableIo<T extends { out(text: string): void; err(text: string): void }>(io: T): T {
  return { ...io, out: (t: string) => io.out(printable(t)), err: (t: string) => io.err(printable(t)) };
}
