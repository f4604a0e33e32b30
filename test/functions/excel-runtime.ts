// A double of Excel's custom-functions runtime: what reaches a function and what the clerk sees back.
// - Custom messages show only with #VALUE! and #N/A; any other code's message is dropped
//   (https://learn.microsoft.com/javascript/api/custom-functions-runtime/customfunctions.errorcode).
// - A whole-column argument reaches the function as 1,048,576 rows on the desktop; Excel on the web
//   answers #CALC! without calling it once the arguments pass the payload limit (about 5 MB)
//   (https://github.com/OfficeDev/office-js/issues/4613, /issues/4654;
//   https://learn.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization).

/** CustomFunctions.ErrorCode as the runtime defines it. */
export const ERROR_CODES = { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!' };
/** The codes whose custom message Excel shows. */
const WITH_MESSAGE = new Set(['#VALUE!', '#N/A']);
export const ARGUMENT_PAYLOAD_LIMIT = 5 * 1024 * 1024;

/** CustomFunctions.Error: the code, and the message as far as Excel keeps it. */
export class RuntimeError {
  readonly shown: string | undefined;
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {
    this.shown = WITH_MESSAGE.has(code) ? message : undefined;
  }
}

/** Installs the runtime's CustomFunctions global; returns the function that removes it. */
export function installRuntime(): () => void {
  (globalThis as Record<string, unknown>).CustomFunctions = { Error: RuntimeError, ErrorCode: ERROR_CODES, associate: () => undefined };
  return () => delete (globalThis as Record<string, unknown>).CustomFunctions;
}

/** What the cell shows: the value, or the error (with the message Excel keeps). */
export type Shown = { value: unknown } | { error: string; message: string | undefined };

/** Calls a function as Excel would from a cell: arguments serialized, refused on the web over the payload limit. */
export function callFromCell(fn: (...args: never[]) => unknown, args: unknown[], host: 'desktop' | 'web' = 'desktop'): Shown {
  const payload = JSON.stringify(args);
  if (host === 'web' && Buffer.byteLength(payload, 'utf8') > ARGUMENT_PAYLOAD_LIMIT) return { error: '#CALC!', message: undefined };
  try {
    return { value: fn(...(JSON.parse(payload) as never[])) };
  } catch (e) {
    if (e instanceof RuntimeError) return { error: e.code, message: e.shown };
    throw e;
  }
}
