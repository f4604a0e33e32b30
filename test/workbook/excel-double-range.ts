// The Excel double's ranges: values, formulas, number formats, merges and formats of a rectangle (and several at once), with Excel's coercion of typed text.
import { FakeContext, Loadable, assertWritable } from './excel-double-context';
import { EXCEL_ERRORS } from '../../src/core/sheets/grid';
import { ExcelDoubleError, MERGED_AREA_LIMIT, RANGE_REFERENCE, Rect, SheetModel, bytesOf, matrixBytes, rectA1, utf8Length } from './excel-double-model';
import type { WorksheetProxy } from './excel-double-proxies';

/**
 * Freeze panes and AutoFilter set while the sheet is hidden do not take (known to misbehave; the
 * sheet should be visible first): the double drops them, so only code that formats a visible sheet passes.
 */
const VISIBLE_ONLY = /^(freezePanes|autoFilter)\b/;

/** Records write-only calls and property sets (format, validation, charts …) as logged ops. */
export function recorder(context: FakeContext, sheetOf: () => SheetModel, target: () => string, path: string): unknown {
  const fn = function () {} as unknown as object;
  return new Proxy(fn, {
    get(_t, prop) {
      if (prop === 'then') return undefined;
      return recorder(context, sheetOf, target, `${path}.${String(prop)}`);
    },
    set(_t, prop, value) {
      context.enqueue(bytesOf(value) + path.length, () => {
        assertWritable(sheetOf());
        if (VISIBLE_ONLY.test(path) && sheetOf().visibility !== 'Visible') return;
        sheetOf().log.push({ target: target(), path: `${path}.${String(prop)}`, args: [value instanceof RangeProxy ? value.describe() : value] });
      });
      return true;
    },
    apply(_t, _this, args: unknown[]) {
      context.enqueue(bytesOf(args) + path.length, () => {
        assertWritable(sheetOf());
        if (VISIBLE_ONLY.test(path) && sheetOf().visibility !== 'Visible') return;
        sheetOf().log.push({ target: target(), path, args: args.map((a) => (a instanceof RangeProxy ? a.describe() : a)) });
      });
      return recorder(context, sheetOf, target, `${path}()`);
    },
  });
}

export class RangeAreasProxy extends Loadable {
  private readonly compute: () => { rects: Rect[]; cells: number } | null;
  constructor(context: FakeContext, compute: () => { rects: Rect[]; cells: number } | null, areaLimit = Infinity) {
    super(context);
    this.nullable = true;
    this.compute = () => {
      const result = compute();
      if (result && result.rects.length > areaLimit) {
        throw new ExcelDoubleError('GeneralException', `${result.rects.length} merged areas: more than ${areaLimit}, the method fails`);
      }
      return result;
    };
  }
  load(_props?: string): this {
    this.context.enqueue(20, () => {
      const result = this.compute();
      this.isNull = !result;
      this.loaded.set('$resolved', true);
      this.loaded.set('areaCount', result?.rects.length ?? 0);
      this.loaded.set('cellCount', result?.cells ?? 0);
      return 20;
    });
    return this;
  }
  get areaCount(): number {
    return this.read('areaCount');
  }
  get cellCount(): number {
    return this.read('cellCount');
  }
  get areas(): { load(props: string): { items: { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] } } {
    const holder = { loaded: null as null | { rowIndex: number; columnIndex: number; rowCount: number; columnCount: number }[] };
    const collection = {
      get items() {
        if (!holder.loaded) throw new ExcelDoubleError('PropertyNotLoaded', 'areas not loaded');
        return holder.loaded;
      },
    };
    return {
      load: () => {
        this.context.enqueue(20, () => {
          const result = this.compute();
          if (!result) throw new ExcelDoubleError('InvalidObjectPath', 'areas of a null object');
          holder.loaded = result.rects.map((r) => ({ rowIndex: r.top, columnIndex: r.left, rowCount: r.bottom - r.top + 1, columnCount: r.right - r.left + 1 }));
          return bytesOf(holder.loaded);
        });
        return collection;
      },
    };
  }
}

/** Numbers, dates and logicals Excel makes of typed text (a simplified parser, enough for the tests). */
export function coerce(text: string): { value: string | number | boolean | null; formula?: string } {
  if (/^[=+-]/.test(text) && text.length > 1) return { value: null, formula: text.startsWith('=') ? text : `=${text}` };
  const t = text.trim();
  if (/^[-+]?\d+(\.\d+)?$/.test(t)) return { value: Number(t) };
  if (/^[-+]?\d+(\.\d+)?%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: /^true$/i.test(t) };
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(t)) return { value: 45000 }; // a date serial: good enough to be "not text"
  return { value: text };
}

export class RangeProxy extends Loadable {
  readonly [RANGE_REFERENCE] = true;
  private rectCache: Rect | null | undefined;

  constructor(
    context: FakeContext,
    private readonly ws: WorksheetProxy,
    private readonly resolver: () => Rect | null,
    nullable = false,
  ) {
    super(context);
    this.nullable = nullable;
  }

  rect(): Rect {
    if (this.rectCache === undefined) this.rectCache = this.resolver();
    if (!this.rectCache) throw new ExcelDoubleError('InvalidObjectPath', 'null range');
    return this.rectCache;
  }

  sheetModel(): SheetModel {
    return this.ws.sheet();
  }

  describe(): string {
    try {
      return `${this.ws.sheet().name}!${rectA1(this.rect())}`;
    } catch {
      return '(unresolved)';
    }
  }

  private dims(): [number, number] {
    const r = this.rect();
    return [r.bottom - r.top + 1, r.right - r.left + 1];
  }

  load(props = ''): this {
    const wanted = props.split(',').map((p) => p.trim()).filter(Boolean);
    this.context.enqueue(utf8Length(props), () => {
      if (this.rectCache === undefined) this.rectCache = this.resolver();
      this.isNull = this.rectCache === null;
      this.loaded.set('$resolved', true);
      if (this.isNull) return 20;
      const sheet = this.ws.sheet();
      const r = this.rect();
      const [rows, cols] = this.dims();
      let bytes = 0;
      for (const p of wanted) {
        if (p === 'rowIndex') this.loaded.set(p, r.top);
        else if (p === 'columnIndex') this.loaded.set(p, r.left);
        else if (p === 'rowCount') this.loaded.set(p, rows);
        else if (p === 'columnCount') this.loaded.set(p, cols);
        else if (p === 'values' || p === 'numberFormat' || p === 'formulas' || p === 'valueTypes') {
          const out: unknown[][] = new Array(rows);
          for (let i = 0; i < rows; i++) {
            const row: unknown[] = new Array(cols);
            for (let j = 0; j < cols; j++) {
              const y = r.top + i, x = r.left + j;
              if (p === 'values') row[j] = sheet.valueAt(y, x);
              else if (p === 'valueTypes') row[j] = sheet.valueTypeAt(y, x);
              else if (p === 'numberFormat') row[j] = sheet.numberFormatAt(y, x) ?? 'General';
              else row[j] = sheet.formulaAt(y, x) ?? sheet.valueAt(y, x); // a value cell's value, '' where empty
            }
            out[i] = row;
          }
          this.loaded.set(p, out);
          bytes += matrixBytes(out);
          this.context.cellsRead += rows * cols;
        } else throw new ExcelDoubleError('InvalidArgument', `cannot load ${p}`);
      }
      return bytes + 20;
    });
    return this;
  }

  get rowIndex(): number { return this.read('rowIndex'); }
  get columnIndex(): number { return this.read('columnIndex'); }
  get rowCount(): number { return this.read('rowCount'); }
  get columnCount(): number { return this.read('columnCount'); }
  get values(): unknown[][] { return this.read('values'); }
  get formulas(): unknown[][] { return this.read('formulas'); }
  get numberFormat(): unknown[][] { return this.read('numberFormat'); }
  get valueTypes(): unknown[][] { return this.read('valueTypes'); }

  private checkDims(matrix: unknown[][]): void {
    const [rows, cols] = this.dims();
    if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
      throw new ExcelDoubleError('InvalidArgument', `matrix ${matrix.length}×${matrix[0]?.length} does not fit ${rectA1(this.rect())}`);
    }
  }

  private write(matrix: unknown[][]): void {
    this.context.enqueue(matrixBytes(matrix), () => {
      this.checkDims(matrix);
      const sheet = this.ws.sheet();
      assertWritable(sheet);
      const r = this.rect();
      matrix.forEach((row, i) =>
        row.forEach((v, j) => {
          if (v === null || v === undefined) return; // null leaves the cell as it is
          const y = r.top + i, x = r.left + j;
          const numberFormat = sheet.numberFormatAt(y, x); // the format stays, the formula goes
          if (v === '') sheet.put(y, x, null, undefined, numberFormat);
          else if (typeof v === 'string' && numberFormat === '@') sheet.put(y, x, v, undefined, numberFormat); // Text format: stored as typed
          else if (typeof v === 'string') {
            const typed = coerce(v);
            sheet.put(y, x, typed.value, typed.formula, numberFormat);
            if (typed.formula !== undefined) this.context.formulaWritten(sheet, y, x);
            else if (EXCEL_ERRORS.includes(v.trim())) sheet.setError(y, x, v.trim()); // a typed #N/A is the error
          } else sheet.put(y, x, v as number | boolean, undefined, numberFormat);
        }),
      );
    });
  }

  set values(matrix: unknown[][]) {
    this.write(matrix);
  }
  set formulas(matrix: unknown[][]) {
    this.write(matrix);
  }
  set numberFormat(matrix: unknown[][]) {
    this.context.enqueue(matrixBytes(matrix), () => {
      this.checkDims(matrix);
      const sheet = this.ws.sheet();
      assertWritable(sheet);
      const r = this.rect();
      matrix.forEach((row, i) => row.forEach((f, j) => sheet.setNumberFormat(r.top + i, r.left + j, String(f))));
    });
  }

  getMergedAreasOrNullObject(): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      const sheet = this.ws.sheet();
      const r = this.rect();
      // the merged areas whose top-left cell lies in the range, whole (office-js issue 3611)
      const rects = sheet.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
      if (rects.length > MERGED_AREA_LIMIT) {
        if (this.context.model.mergedOverLimit === 'null') return null;
        throw new ExcelDoubleError('GeneralException', `${rects.length} merged areas: more than ${MERGED_AREA_LIMIT}, the method fails`);
      }
      return rects.length ? { rects, cells: rects.reduce((n, m) => n + (m.bottom - m.top + 1) * (m.right - m.left + 1), 0) } : null;
    });
  }

  getSpecialCellsOrNullObject(kind: string): RangeAreasProxy {
    return new RangeAreasProxy(this.context, () => {
      if (kind !== 'Formulas') throw new ExcelDoubleError('InvalidArgument', kind);
      const sheet = this.ws.sheet();
      const r = this.rect();
      const rects: Rect[] = [];
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) if (sheet.formulaAt(i, j) !== undefined) rects.push({ top: i, left: j, bottom: i, right: j });
      return rects.length ? { rects, cells: rects.length } : null;
    });
  }

  /** Range.calculate (ExcelApi 1.6): calculates the range's formula cells now; writes nothing. */
  calculate(): void {
    this.context.enqueue(20, () => {
      const sheet = this.ws.sheet();
      const r = this.rect();
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) if (sheet.formulaAt(i, j) !== undefined) this.context.model.calculateCell(sheet, i, j);
      this.context.model.rangeCalculations++;
    });
  }

  copyFrom(source: RangeProxy, kind: string): void {
    this.context.enqueue(40, () => {
      if (kind !== 'Values' || source !== this) throw new ExcelDoubleError('InvalidArgument', 'only paste values in place');
      const sheet = this.ws.sheet();
      assertWritable(sheet);
      const r = this.rect();
      for (let i = r.top; i <= r.bottom; i++) {
        for (let j = r.left; j <= r.right; j++) {
          const cell = sheet.cell(i, j);
          if (cell?.formula === undefined) continue;
          sheet.put(i, j, cell.value ?? 0, undefined, cell.numberFormat || undefined); // the value as it stands, stale or not
          if (cell.error) sheet.setError(i, j, String(cell.value));
        }
      }
    });
  }

  merge(across = false): void {
    this.context.enqueue(20, () => {
      void across;
      const sheet = this.ws.sheet();
      assertWritable(sheet);
      sheet.merges.push({ ...this.rect() });
    });
  }

  select(): void {
    this.context.enqueue(20, () => {
      this.context.model.selection = this.describe();
    });
  }

  get format(): unknown {
    return recorder(this.context, () => this.ws.sheet(), () => rectA1(this.rect()), 'format');
  }
  get dataValidation(): unknown {
    return recorder(this.context, () => this.ws.sheet(), () => rectA1(this.rect()), 'dataValidation');
  }
  get conditionalFormats(): unknown {
    return recorder(this.context, () => this.ws.sheet(), () => rectA1(this.rect()), 'conditionalFormats');
  }
}
