// Text files clerks write (a plan pasted into Notepad, a 收件日期 list): their bytes as text, in whichever encoding Chinese Windows saved them.

/**
 * The text of a file's bytes: UTF-16 when a byte-order mark says so (Notepad's "Unicode" and "Unicode big endian"),
 * UTF-8 with or without its mark, else GB18030 (Notepad's "ANSI" on Chinese Windows, which covers GBK and GB2312).
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\ufeff/, '');
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}
