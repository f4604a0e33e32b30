// What every call of the WPS port shares: the Application, the clock and the yield that keep each
// synchronous slice of work short, and whether WPS runs DUBAN.* custom functions.
import { EtObject, call, get } from './et';

/** The longest the port works before it yields to the page (WPS's calls block the pane while they run). */
export const DEFAULT_SLICE_MS = 50;
/** Used cells above which a saved workbook is read from its file by the bounded streaming reader. */
export const DEFAULT_FILE_READ_CELLS = 300_000;
/** Cells of one Value2 read or write at most (a chunk is also cut short by the slice time). */
export const MAX_CHUNK_CELLS = 20_000;

export interface WpsWorkbookOptions {
  /** Milliseconds, for slicing; performance.now() by default (the double adds its modelled call cost). */
  readonly now?: () => number;
  /** Lets the page run between slices; a zero-delay timer by default. */
  readonly yieldToPage?: () => Promise<void>;
  /** Slice length in ms (default 50). */
  readonly sliceMs?: number;
  /** Whether DUBAN.* formulas work in this WPS (custom functions registered); else their results are written. */
  readonly customFunctions?: boolean;
  /** Reads the saved workbook's bytes (Application.FileSystem); absent where WPS offers no file access. */
  readonly readFile?: (path: string) => Uint8Array | null;
  /** Used cells from which a saved workbook is read from its file (default 300,000). */
  readonly fileReadCells?: number;
}

export interface WpsHost {
  readonly application: () => EtObject;
  readonly customFunctions: boolean;
  readonly readFile: ((path: string) => Uint8Array | null) | null;
  readonly fileReadCells: number;
  readonly slicer: Slicer;
}

const defaultNow = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Cuts synchronous work into slices: `due()` says whether the slice has run its time, `pause()`
 * yields to the page and starts a new slice. Records the longest slice seen (for the bench).
 */
export class Slicer {
  private start: number;
  longest = 0;
  slices = 0;
  constructor(
    readonly now: () => number,
    private readonly yieldToPage: () => Promise<void>,
    readonly sliceMs: number,
  ) {
    this.start = now();
  }

  /** Starts a slice (at the beginning of an operation: the page had the thread until now). */
  begin(): void {
    this.start = this.now();
  }

  elapsed(): number {
    return this.now() - this.start;
  }

  due(): boolean {
    return this.elapsed() >= this.sliceMs;
  }

  /** Ends the slice: records its length, yields, starts the next. */
  async pause(): Promise<void> {
    this.close();
    await this.yieldToPage();
    this.start = this.now();
  }

  /** Ends the slice without yielding (at the end of an operation). */
  close(): void {
    const length = this.elapsed();
    if (length > this.longest) this.longest = length;
    this.slices++;
  }

  /** Yields when the slice has run its time. */
  async maybePause(): Promise<void> {
    if (this.due()) await this.pause();
  }
}

export function makeHost(application: () => EtObject, options: WpsWorkbookOptions): WpsHost {
  return {
    application,
    customFunctions: options.customFunctions ?? true,
    readFile: options.readFile ?? fileReaderOf(application),
    fileReadCells: options.fileReadCells ?? DEFAULT_FILE_READ_CELLS,
    slicer: new Slicer(options.now ?? defaultNow, options.yieldToPage ?? defaultYield, options.sliceMs ?? DEFAULT_SLICE_MS),
  };
}

/**
 * Reads a file through Application.FileSystem.ReadFileAsArrayBuffer (wps.md §1.3), or null where this
 * WPS has no FileSystem or cannot read the path.
 */
export function fileReaderOf(application: () => EtObject): (path: string) => Uint8Array | null {
  return (path) => {
    try {
      const fs = get<EtObject | undefined>(application(), 'FileSystem');
      if (!fs) return null;
      const buffer = call<unknown>(fs, 'ReadFileAsArrayBuffer', path);
      if (buffer instanceof ArrayBuffer) return new Uint8Array(buffer);
      if (ArrayBuffer.isView(buffer)) return new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
      return null; // anything else: read through the object model instead
    } catch {
      return null;
    }
  };
}

/** The open workbook, or a Chinese error when WPS has none open. */
export function activeWorkbook(host: WpsHost): EtObject {
  const wb = get<EtObject | null>(host.application(), 'ActiveWorkbook');
  if (!wb) throw new Error('WPS 表格中没有打开的工作簿');
  return wb;
}
