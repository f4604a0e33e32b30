// A WorkbookPort over a picked file's bytes: read by the bounded streaming reader, generated sheets and cells patched in at the zip level, other edits through exceljs only after the reader accepted the file.
import { patchCells } from '../sheet-edit/cell-patch';
import { Grid } from '../../core/sheets/grid';
import { SheetSpec } from '../../core/sheets/sheet-spec';
import { FileWorkbook } from './file';
import { CellUpdate, SheetInfo, WorkbookPort, WriteOptions, progressOfSpecs } from '../port';
import { patchGeneratedSheets } from '../sheet-edit/xlsx-patch';
import { readSheetList, readXlsxGrids } from '../package/xlsx-stream';

/**
 * The workbook starts as the package's bytes and the grids the bounded reader made of them. Writing
 * a generated sheet patches the bytes (the user's parts copied as they are) and reads them again
 * when next asked. The first edit of a user's sheet (a fix, computed columns, 定稿, a template)
 * hands the bytes to exceljs, which then holds the workbook: the bytes it loads have passed the
 * bounded reader, so a hostile package never reaches exceljs's unbounded model.
 */
export class PackageWorkbook implements WorkbookPort {
  private bytes: Uint8Array | null;
  private grids: Grid[] | null;
  private file: FileWorkbook | null;

  private constructor(bytes: Uint8Array | null, grids: Grid[] | null, file: FileWorkbook | null) {
    this.bytes = bytes;
    this.grids = grids;
    this.file = file;
  }

  /** Reads the package with the bounded reader; throws its XlsxReadError (one Chinese line) when it refuses the file. */
  static async open(bytes: Uint8Array): Promise<PackageWorkbook> {
    return new PackageWorkbook(bytes, await readXlsxGrids(bytes), null);
  }

  /** A workbook made in memory (the sample, a plan's template): exceljs from the start. */
  static of(file: FileWorkbook): PackageWorkbook {
    return new PackageWorkbook(null, null, file);
  }

  /** Whether the workbook is still the package's bytes (nothing but generated sheets written). */
  get packaged(): boolean {
    return this.file === null;
  }

  private async edit(): Promise<FileWorkbook> {
    if (!this.file) {
      this.file = await FileWorkbook.load(this.bytes!);
      this.bytes = null;
      this.grids = null;
    }
    return this.file;
  }

  async readAll(): Promise<Grid[]> {
    if (this.file) return this.file.readAll();
    if (!this.grids) this.grids = await readXlsxGrids(this.bytes!);
    return this.grids;
  }

  async listSheets(): Promise<SheetInfo[]> {
    if (this.file) return this.file.listSheets();
    // after a generated sheet is written, the names come from the workbook part: the sheets are read again only when asked for
    if (!this.grids) return readSheetList(this.bytes!);
    return this.grids.map((g) => ({ name: g.name, generated: g.generated === true, hidden: g.hidden === true }));
  }

  async readSheet(name: string): Promise<Grid> {
    if (this.file) return this.file.readSheet(name);
    const grid = (await this.readAll()).find((g) => g.name === name);
    if (!grid) throw new Error(`没有名为“${name}”的工作表`);
    return grid;
  }

  async writeGeneratedSheet(spec: SheetSpec, options: WriteOptions = {}): Promise<string> {
    if (this.file) return this.file.writeGeneratedSheet(spec, options);
    return (await this.writeGeneratedSheets([spec], options))[0];
  }

  /** One patch of the package for all the specs (each patch copies and checks every part of the package again). */
  async writeGeneratedSheets(specs: readonly SheetSpec[], options: WriteOptions = {}): Promise<string[]> {
    const progress = options.onProgress && progressOfSpecs(specs, options.onProgress);
    if (this.file) {
      const names: string[] = [];
      for (const [index, spec] of specs.entries()) names.push(await this.file.writeGeneratedSheet(spec, { onProgress: progress && ((done) => progress(index, done)) }));
      return names;
    }
    const patched = await patchGeneratedSheets(this.bytes!, specs, { onRows: progress });
    this.bytes = patched.bytes;
    this.grids = null;
    return patched.names;
  }

  async addSheets(specs: readonly SheetSpec[]): Promise<string[]> {
    return (await this.edit()).addSheets(specs);
  }

  /**
   * Cells set at the zip level while the workbook is still the package (its charts and pictures
   * kept); exceljs takes over only for a sheet the zip-level edit refuses (a shared formula's
   * anchor, a table's header, a package without styles for a number format…).
   */
  async setCells(sheet: string, updates: readonly CellUpdate[]): Promise<void> {
    if (!this.file) {
      try {
        this.bytes = await patchCells(this.bytes!, [{ sheet, updates }]);
        this.grids = null;
        return;
      } catch {
        // exceljs edits what the zip-level edit would not
      }
    }
    return (await this.edit()).setCells(sheet, updates);
  }

  async formulasToValues(sheet: string, range?: string): Promise<number> {
    return (await this.edit()).formulasToValues(sheet, range);
  }

  async selectCell(): Promise<void> {}

  /** The workbook as .xlsx bytes: the patched package as it is, or exceljs's save. */
  async save(): Promise<Uint8Array> {
    return this.file ? this.file.save() : this.bytes!;
  }
}
