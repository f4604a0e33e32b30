// WorkbookPort: the one interface through which the CLI and the pane read and write a workbook.
import { CellValue, Grid } from '../core/sheets/grid';
import { SheetSpec } from '../core/sheets/sheet-spec';

/** Defined names marking Duban's generated sheets (pointing at the sheet's A1) start with this. */
export const GENERATED_MARKER = 'DUBAN_GENERATED_';

export interface SheetInfo {
  readonly name: string;
  readonly generated: boolean;
  readonly hidden: boolean;
}

/** A formula to write, with the engine's result to show where nothing recalculates it. */
export interface FormulaValue {
  readonly formula: string;
  readonly result?: string | number | boolean | null;
}

export function isFormulaValue(value: CellValue | FormulaValue): value is FormulaValue {
  return typeof value === 'object' && value !== null && 'formula' in value;
}

export interface CellUpdate {
  /** A1 address. */
  readonly cell: string;
  /** Text is always written as text (a leading = stays text); formulas only as FormulaValue. */
  readonly value: CellValue | FormulaValue;
  /** Number format to set with the value (e.g. yyyy-mm-dd for a date serial). */
  readonly numberFormat?: string;
}

/**
 * Progress of a long write: `done` of `total` rows written so far. The port awaits what the callback
 * returns, so a page may use it to repaint (a promise that resolves on the next frame).
 */
export type ProgressCallback = (done: number, total: number) => void | Promise<void>;

/**
 * Progress over several specs written at once: each spec's rows done (in any order), told to
 * `onProgress` as the rows done of them all, of all their rows.
 */
export function progressOfSpecs(specs: readonly SheetSpec[], onProgress: ProgressCallback): (index: number, done: number) => void | Promise<void> {
  const total = specs.reduce((n, spec) => n + spec.rows.length, 0);
  const done = specs.map(() => 0);
  return (index, rows) => {
    done[index] = rows;
    return onProgress(done.reduce((n, d) => n + d, 0), total);
  };
}

export interface WriteOptions {
  readonly onProgress?: ProgressCallback;
}

export interface WorkbookPort {
  /** Sheets in workbook order. */
  listSheets(): Promise<SheetInfo[]>;
  /** One sheet's values (dates as serials, covered merge cells empty), merges and number formats. */
  readSheet(name: string): Promise<Grid>;
  /** Every sheet, in order. */
  readAll(): Promise<Grid[]>;
  /**
   * Writes a generated sheet: replaces Duban's earlier sheet of that name, never a user's sheet
   * (a clash gets a new name). The sheet is built whole before it replaces the earlier one, so a
   * failure leaves the workbook as it was. Reports progress by rows when asked. Returns the name written.
   */
  writeGeneratedSheet(spec: SheetSpec, options?: WriteOptions): Promise<string>;
  /**
   * Writes several generated sheets as writeGeneratedSheet would one after another, in one pass,
   * where the host has one (a package's bytes: one rewrite of the package instead of one per sheet);
   * progress counts the rows of all of them. Returns the names written, in the specs' order.
   */
  writeGeneratedSheets?(specs: readonly SheetSpec[], options?: WriteOptions): Promise<string[]>;
  /** Adds user sheets (templates); a name already taken gets a new name. Returns the names written. */
  addSheets(specs: readonly SheetSpec[]): Promise<string[]>;
  /** Sets cell values on a user sheet (fixes, computed columns), keeping their other formatting. */
  setCells(sheet: string, updates: readonly CellUpdate[]): Promise<void>;
  /**
   * Replaces formulas with their current values (定稿): every formula of the sheet, or only those
   * inside the A1 range (e.g. J3:M40) when one is given. Returns how many cells changed.
   */
  formulasToValues(sheet: string, range?: string): Promise<number>;
  /** Shows the cell to the clerk (activates its sheet and selects it), where the host can. */
  selectCell(sheet: string, cell: string): Promise<void>;
}

/** A free sheet name: base, else base (2), base (3)… (at most 31 characters, as Excel allows). */
export function freeSheetName(base: string, taken: ReadonlySet<string>): string {
  const clip = (s: string) => s.slice(0, 31);
  if (!taken.has(clip(base))) return clip(base);
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const name = base.slice(0, 31 - suffix.length) + suffix;
    if (!taken.has(name)) return name;
  }
}

/**
 * The generated sheet a new generation of `base` replaces: the sheet named `base` when Duban made
 * it; otherwise (a user's sheet holds that name, or the user renamed theirs away) Duban's sheet
 * that took a clash name, base (2), base (3)…, the lowest. Undefined when Duban has none, so that
 * regenerating neither piles up copies nor touches a user's sheet.
 */
export function generatedSheetFor(base: string, sheets: readonly Pick<SheetInfo, 'name' | 'generated'>[]): string | undefined {
  const exact = sheets.find((s) => s.name === base.slice(0, 31));
  if (exact?.generated) return exact.name;
  let best: { name: string; n: number } | undefined;
  for (const s of sheets) {
    if (!s.generated) continue;
    const m = /^(.*) \((\d+)\)$/.exec(s.name);
    if (!m) continue;
    const n = Number(m[2]);
    const suffix = ` (${n})`;
    if (n >= 2 && m[1] === base.slice(0, 31 - suffix.length) && (!best || n < best.n)) best = { name: s.name, n };
  }
  return best?.name;
}

/**
 * addSheets for a host that builds sheets in requests: the user sheets written together (their data
 * validations may name one another by their final names), generated ones one by one, names in order.
 */
export async function addSheetsInOrder(
  specs: readonly SheetSpec[],
  writeUser: (user: readonly SheetSpec[]) => Promise<string[]>,
  writeGenerated: (spec: SheetSpec) => Promise<string>,
): Promise<string[]> {
  const user = specs.filter((s) => !s.generated);
  const userNames = user.length ? await writeUser(user) : [];
  const names: string[] = [];
  let u = 0;
  for (const spec of specs) names.push(spec.generated ? await writeGenerated(spec) : userNames[u++]);
  return names;
}
