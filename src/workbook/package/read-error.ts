// The one error type of reading a workbook package: its message is a single Chinese line a clerk can act on.

/** A file that is not a readable (or not a safe) .xlsx package; the message is Chinese. */
export class XlsxReadError extends Error {}

/** Any failure while reading, as an XlsxReadError: engine errors (RangeError …) become one Chinese line. */
export function asReadError(e: unknown): XlsxReadError {
  if (e instanceof XlsxReadError) return e;
  return new XlsxReadError('文件内容无法解析，可能已损坏');
}
