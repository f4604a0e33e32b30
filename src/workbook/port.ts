// WorkbookPort: the one interface through which the CLI and the pane read and write a workbook.
import { CellValue, Grid } from '../core/grid';
import { SheetSpec } from '../core/sheet-spec';

export interface SheetInfo {
  readonly name: string;
  readonly generated: boolean;
  readonly hidden: boolean;
}

export interface CellUpdate {
  /** A1 address. */
  readonly cell: string;
  /** Text is always written as text (a leading = stays text). */
  readonly value: CellValue;
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
   * (a clash gets a new name). Returns the name written.
   */
  writeGeneratedSheet(spec: SheetSpec): Promise<string>;
  /** Adds user sheets (templates); a name already taken gets a new name. Returns the names written. */
  addSheets(specs: readonly SheetSpec[]): Promise<string[]>;
  /** Sets cell values on a user sheet (fixes), keeping their formatting. */
  setCells(sheet: string, updates: readonly CellUpdate[]): Promise<void>;
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
