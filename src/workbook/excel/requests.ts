// Excel on the web's request limits and how Duban stays under them: payload estimates, the batcher
// that syncs before a request would grow too large, and the options every Office.js call shares.
/// <reference types="office-js" />


/** Excel on the web's limit on one request's (and one response's) payload. */
export const EXCEL_PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Excel on the web's limit on the cells one read may return. */
export const EXCEL_READ_CELL_LIMIT = 5_000_000;

/** What one request may carry by our estimate: well under the limit, for protocol overhead. */
export const DEFAULT_REQUEST_BUDGET = 3_000_000;
/** Cells one read request may return by our plan. */
export const DEFAULT_READ_CELL_BUDGET = 1_000_000;
/** First guess of a read cell's payload (value and number format, JSON), before any was measured. */
export const INITIAL_READ_BYTES_PER_CELL = 48;
/** Estimated payload of one queued operation (a property set or a method call). */
export const OP_BYTES = 200;
/** Room left in a request beside a chunk of cells, for the small operations that ride along. */
export const BATCH_RESERVE = 64_000;
/** Rectangles of one style formatted together (one RangeAreas), at most this many at a time. */
export const RECT_GROUP = 200;
/** Estimated bytes of one rectangle's address in a RangeAreas address list. */
export const RECT_ADDRESS_BYTES = 24;

/** Excel.run, injectable so tests can pass a double. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface OfficeWorkbookOptions {
  /** Whether a requirement set is supported; defaults to Office.context.requirements (all, outside Office). */
  readonly supports?: (set: string, version: string) => boolean;
  /** Estimated bytes one request may carry (default 3,000,000; Excel's limit is 5 MB). */
  readonly requestBudget?: number;
  /** Cells one read request may return (default 1,000,000; Excel's limit is 5,000,000). */
  readonly readCellBudget?: number;
  /** Waiting between checks of Excel's calculation state (tests pass one that does not wait). */
  readonly sleep?: (ms: number) => Promise<void>;
}

export function defaultSupports(set: string, version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return true;
  return Office.context.requirements.isSetSupported(set, version);
}

export function defaultRun(): ExcelRun {
  return (batch) => Excel.run(batch);
}

/** What every Office.js call of the port shares: the run, requirement sets, budgets and waiting. */
export interface ExcelHost {
  readonly run: ExcelRun;
  readonly supports: (set: string, version: string) => boolean;
  readonly budget: number;
  readonly cellBudget: number;
  readonly sleep: (ms: number) => Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Payload estimates

/** UTF-8 bytes of a string, counting every non-ASCII UTF-16 unit as 3 (an upper bound). */
export function utf8Bytes(text: string): number {
  let n = text.length;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) n += 2;
  return n;
}

/** Bytes of a value in a JSON matrix, with its separator. */
export function jsonBytes(value: unknown): number {
  if (value === null || value === undefined) return 5;
  if (typeof value === 'string') {
    let escapes = 0;
    for (let i = 0; i < value.length; i++) {
      const c = value.charCodeAt(i);
      if (c === 0x22 || c === 0x5c || c < 0x20) escapes += 5;
    }
    return utf8Bytes(value) + escapes + 3;
  }
  return String(value).length + 1;
}

export function rowBytes(row: readonly unknown[]): number {
  let n = 2;
  for (const v of row) n += jsonBytes(v);
  return n;
}

/** Whether a failed request was refused for its size (Excel on the web: 5 MB, 5,000,000 cells). */
export function isSizeLimitError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'RequestPayloadSizeLimitExceeded' || code === 'ResponsePayloadSizeLimitExceeded' || code === 'RangeExceedsLimit';
}

/** A batch of queued operations with its estimated size, flushed by sync when it would exceed the budget. */
export class Batcher {
  private bytes = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number,
    private readonly suspendCalculation: boolean,
  ) {}

  /** Makes room for `bytes` more (syncing what is queued when needed), then queues via `queue`. */
  async add(bytes: number, queue: () => void): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    if (this.bytes === 0 && this.suspendCalculation) this.context.workbook.application.suspendApiCalculationUntilNextSync();
    queue();
    this.bytes += bytes;
  }

  async flush(): Promise<void> {
    if (this.bytes === 0) return;
    this.bytes = 0;
    await this.context.sync();
  }
}

export const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
