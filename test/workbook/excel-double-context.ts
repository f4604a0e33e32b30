// The Excel double's request context and proxy base: operations queue and run at sync(), within Excel on the web's limits (payload, cells read).
import { ExcelDoubleError, PAYLOAD_LIMIT, READ_CELL_LIMIT, SheetModel, WorkbookState } from './excel-double-model';

type Op = { bytes: number; run: () => number | void };

export class FakeContext {
  private queue: Op[] = [];
  private suspended = false;
  /** context.workbook: made by the caller (the proxies build on this context, so it cannot make them itself). */
  readonly workbook: unknown;

  constructor(readonly model: WorkbookState, makeWorkbook: (context: FakeContext) => unknown) {
    this.workbook = makeWorkbook(this);
  }

  enqueue(bytes: number, run: () => number | void): void {
    this.queue.push({ bytes: bytes + 40, run });
  }

  suspend(): void {
    this.enqueue(10, () => undefined);
    this.suspended = true;
  }

  /** Whether the sync running now had calculation suspended (formulas it writes are not calculated). */
  calculationSuspended = false;

  /**
   * A formula just written: calculated at once (automatic calculation), or, with calculation
   * suspended, left with its stale value until calculate(): "Once set, it is the developer's
   * responsibility to re-calc the workbook" —
   * https://learn.microsoft.com/javascript/api/excel/excel.application#excel-excel-application-suspendapicalculationuntilnextsync-member(1)
   */
  formulaWritten(sheet: SheetModel, r: number, c: number): void {
    if (this.calculationSuspended) sheet.dirty.add(`${r},${c}`);
    else this.model.calculateCell(sheet, r, c);
  }

  async sync(): Promise<void> {
    const queue = this.queue;
    const suspended = this.suspended;
    this.calculationSuspended = suspended;
    this.cellsRead = 0;
    this.queue = [];
    this.suspended = false;
    const requestBytes = queue.reduce((n, op) => n + op.bytes, 0);
    const index = this.model.syncs.length + 1;
    const record = (responseBytes: number, ok: boolean) =>
      this.model.syncs.push({ requestBytes, responseBytes, ops: queue.length, calculationSuspended: suspended, ok });
    if (this.model.failAtSync === index) {
      record(0, false);
      throw new ExcelDoubleError('GeneralException', `simulated failure at sync ${index}`);
    }
    if (requestBytes > PAYLOAD_LIMIT) {
      record(0, false);
      throw new ExcelDoubleError('RequestPayloadSizeLimitExceeded', `request of ${requestBytes} bytes`);
    }
    let responseBytes = 0;
    try {
      for (const op of queue) {
        const out = op.run();
        if (typeof out === 'number') responseBytes += out;
      }
    } catch (e) {
      record(responseBytes, false);
      throw e;
    }
    const cellsRead = this.cellsRead;
    this.cellsRead = 0;
    if (cellsRead > READ_CELL_LIMIT) {
      record(responseBytes, false);
      throw new ExcelDoubleError('RangeExceedsLimit', `${cellsRead} cells read`);
    }
    if (responseBytes > PAYLOAD_LIMIT) {
      record(responseBytes, false);
      throw new ExcelDoubleError('ResponsePayloadSizeLimitExceeded', `response of ${responseBytes} bytes`);
    }
    record(responseBytes, true);
    this.model.syncPassed();
  }

  cellsRead = 0;
}

/** A proxy that needs load() and sync() before its properties can be read. */
export abstract class Loadable {
  protected loaded = new Map<string, unknown>();
  protected isNull = false;
  protected nullable = false;

  constructor(protected readonly context: FakeContext) {}

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (!this.loaded.has('$resolved')) throw new ExcelDoubleError('PropertyNotLoaded', 'isNullObject before sync');
    return this.isNull;
  }

  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw new ExcelDoubleError('PropertyNotLoaded', `${prop} was not loaded`);
    return this.loaded.get(prop) as T;
  }
}

/**
 * Refuses a write to a protected sheet as Excel does (AccessDenied):
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-worksheets#data-protection and
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-error-handling#api-error-codes
 */
export function assertWritable(sheet: SheetModel): void {
  if (sheet.protected) throw new ExcelDoubleError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet (${sheet.name}).`);
}

/** Refuses a change to the sheets of a workbook whose structure is protected (AccessDenied). */
export function assertStructure(model: WorkbookState): void {
  if (model.structureProtected) throw new ExcelDoubleError('AccessDenied', 'The workbook structure is protected.');
}
