// The date system the DUBAN.* functions take and give serials in: asked of the host once per document
// (the runtime lives with one document), awaited by the first date function while the answer is on
// its way, and date arguments/results moved between the workbook's serials and core's 1900 ones.
import type { DateShift } from '../workbook/excel/date-system';

/** How the host tells its date system: at once, later (Excel answers a request), or null when it cannot. */
export type ShiftSource = () => DateShift | null | Promise<DateShift | null>;

/** How long the first date function waits for Excel's answer before showing that it did not come. */
export const LEARN_TIMEOUT_MS = 15_000;

/**
 * The shift, learned once. A definite answer is kept for the runtime's life when the runtime serves one
 * document (Excel's shared runtime); a host whose runtime serves every open workbook (WPS) passes
 * keep = false and is asked at each call. No answer (an error, or none within the bound) is never kept,
 * so the next calculation asks again.
 */
export class DateSystemCache {
  private known: DateShift | undefined;
  private pending: Promise<DateShift | null> | null = null;

  constructor(
    private readonly source: ShiftSource,
    private readonly timeoutMs: number = LEARN_TIMEOUT_MS,
    private readonly keep: boolean = true,
  ) {}

  /** The shift now when known (or when the host answers at once); else the promise of Excel's answer. */
  get(): DateShift | null | Promise<DateShift | null> {
    if (this.keep && this.known !== undefined) return this.known;
    if (this.pending) return this.pending;
    let answer: DateShift | null | Promise<DateShift | null>;
    try {
      answer = this.source();
    } catch {
      return null;
    }
    if (!(answer instanceof Promise)) {
      if (answer !== null) this.known = answer;
      return answer;
    }
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), this.timeoutMs);
    });
    this.pending = Promise.race([answer.catch(() => null), timeout]).then((shift) => {
      clearTimeout(timer);
      this.pending = null;
      if (shift !== null) this.known = shift;
      return shift;
    });
    return this.pending;
  }
}

/**
 * A date argument as core reads it: a serial of the workbook (a number, a 1×1 range, or a formatted
 * number data type) moved to the 1900 system; text, logicals and errors as they are.
 */
export function dateArgIn1900(x: unknown, shift: DateShift): unknown {
  if (shift === 0) return x;
  if (typeof x === 'number') return x + shift;
  if (Array.isArray(x)) return x.length === 1 && Array.isArray(x[0]) && x[0].length === 1 ? [[dateArgIn1900(x[0][0], shift)]] : x;
  if (typeof x === 'object' && x !== null && typeof (x as { basicValue?: unknown }).basicValue === 'number') {
    const o = x as { basicValue: number };
    return { ...o, basicValue: o.basicValue + shift };
  }
  return x;
}

/** A range of dates (a 节假日 range) in the 1900 system: each of its cells as dateArgIn1900 takes one. */
export function rangeIn1900(x: unknown, shift: DateShift): unknown {
  if (shift === 0 || !Array.isArray(x)) return dateArgIn1900(x, shift);
  return x.map((row: unknown) => (Array.isArray(row) ? row.map((v: unknown) => dateArgIn1900(v, shift)) : dateArgIn1900(row, shift)));
}

/** Said in the cell (#VALUE!) when Excel did not tell the date system in time. */
export const DATE_SYSTEM_UNKNOWN_IN_FUNCTION =
  '督办还不能确定本工作簿使用 1900 还是 1904 日期系统（Excel 没有及时答复），为免日期错开四年，暂不计算。请稍后双击该单元格再按回车重新计算（Windows 也可按 Ctrl+Alt+F9 全部重算）。';
