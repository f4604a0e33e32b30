// Sets cells on the user's own worksheets at the zip level (duban collect): only the edited sheets (and a grown table, the calculation chain) are rewritten, every other part is copied as stored.
//
// Each edited sheet goes through the streaming editor (sheet-editor.ts): existing cells keep their
// style, new ones borrow the column's, rows appended right below a table (ListObject) join it, a
// replaced cell's formula leaves xl/calcChain.xml, and what cannot be edited safely (a shared or
// array formula's anchor, a cell inside an array formula, a table's header, rows out of order) is
// refused with one Chinese line (XlsxReadError). Rows appended below the last (duban collect) can go
// by the facts of an earlier scan of the sheet (scanAppendFacts, run on another thread): the sheet is
// then parsed only up to its last edited row and the rest copied, with the same output.
import { CellUpdate } from '../port';
import { XlsxReadError, asReadError } from '../package/read-error';
import { StyleBook } from '../package/styles-part';
import { rechainXml } from './calc-chain';
import { Table, grownRef, headerRowsOf, readTables, retableXml } from './tables';
import { AppendFacts, SheetGuard, SheetPlan, StyleFacts, appendedSheet, editedSheet, scanSheet } from './sheet-editor';
import { laneFacts } from './lane-facts';
import { partText } from '../package/package';
import { gridRef, readCellXfs, readWorkbookLayout } from '../package/xlsx-stream';
import { InflateBudget, Packed, VerifiedParts, ZipEntry, ZipWriter, deflate, readZipDirectory, u16 } from '../zip';

export type { AppendFacts } from './sheet-editor';

/** The cells to set on one of the user's worksheets (found by its name). */
export interface SheetCellEdits {
  readonly sheet: string;
  readonly updates: readonly CellUpdate[];
}

/**
 * The package with the cells set: the named worksheets' parts edited in place (with the ref of a
 * table the new rows continue, and the calculation chain when a formula was replaced), every other
 * entry copied byte for byte (compressed bytes and CRC as stored). Throws XlsxReadError in Chinese.
 */
export async function patchCells(original: Uint8Array, edits: readonly SheetCellEdits[]): Promise<Uint8Array> {
  return (await patchCellsVerified(original, edits)).bytes;
}

/**
 * patchCells, handing on which entries are sound: those of `verified` (the reader's record for
 * `original`) copied as stored and the parts written now, so that the next writer does not inflate
 * them again.
 */
export async function patchCellsVerified(
  original: Uint8Array, edits: readonly SheetCellEdits[], verified?: VerifiedParts, facts: readonly AppendFacts[] = [],
): Promise<{ bytes: Uint8Array; verified?: VerifiedParts }> {
  try {
    return await patch(original, edits, verified, facts);
  } catch (e) {
    throw asReadError(e);
  }
}

/**
 * What rows appended to the named sheet will need (AppendFacts), found before the edits are known;
 * patchCellsVerified given them for the same bytes appends without parsing the sheet again.
 */
export async function scanAppendFacts(bytes: Uint8Array, sheet: string): Promise<AppendFacts> {
  try {
    const zip = readZipDirectory(bytes);
    const budget = new InflateBudget();
    const layout = await readWorkbookLayout(bytes, zip, { budget });
    const part = layout.sheets.find((s) => s.name === sheet)?.part;
    const entry = part ? zip.get(part) : undefined;
    if (!entry) throw new XlsxReadError(`工作簿中没有可写入的工作表“${sheet}”`);
    // the fast pass (its own budget: a sheet it leaves is inflated once more), else the editor's scan, which says why it refuses one
    return (await laneFacts(bytes, entry, new InflateBudget())) ?? (await scanSheet(bytes, entry, sheet, budget));
  } catch (e) {
    throw asReadError(e);
  }
}

/** The facts found for this very entry, if any (same part, place, sizes and CRC-32). */
function factsFor(facts: readonly AppendFacts[], entry: ZipEntry): AppendFacts | undefined {
  return facts.find((f) => f.entry.name === entry.name && f.entry.dataStart === entry.dataStart && f.entry.compressedSize === entry.compressedSize
    && f.entry.uncompressedSize === entry.uncompressedSize && f.entry.crc32 === entry.crc32);
}

async function patch(original: Uint8Array, edits: readonly SheetCellEdits[], verified: VerifiedParts | undefined, facts: readonly AppendFacts[]): Promise<{ bytes: Uint8Array; verified?: VerifiedParts }> {
  const zip = readZipDirectory(original);
  const options = { budget: new InflateBudget() };
  const layout = await readWorkbookLayout(original, zip, options);
  const plans = new Map<string, SheetPlan>();
  for (const edit of edits) {
    if (edit.updates.length === 0) continue;
    const sheet = layout.sheets.find((s) => s.name === edit.sheet);
    if (!sheet?.part || !zip.has(sheet.part)) throw new XlsxReadError(`工作簿中没有可写入的工作表“${edit.sheet}”`);
    const plan = plans.get(sheet.part) ?? { name: sheet.name, sheetId: sheet.sheetId, rows: new Map() };
    for (const u of edit.updates) {
      const { row, col } = gridRef(u.cell);
      if (row < 0) throw new XlsxReadError(`“${u.cell.slice(0, 20)}”不是单元格地址`);
      const cells = plan.rows.get(row) ?? new Map<number, CellUpdate>();
      cells.set(col, u);
      plan.rows.set(row, cells);
    }
    plans.set(sheet.part, plan);
  }
  if (plans.size === 0) return { bytes: original, verified };

  const { budget } = options;
  const stylesPart = layout.relOfType('/styles');
  const stylesEntry = stylesPart ? zip.get(stylesPart) : undefined;
  const book = stylesEntry ? new StyleBook(await partText(original, stylesEntry, budget), stylesEntry.name) : undefined;
  const styles: StyleFacts = { xfs: await readCellXfs(original, zip, stylesPart, options), date1904: layout.date1904, ...(book ? { book } : {}) };
  const tables = new Map<string, Table[]>();
  const grown = new Map<string, string>(); // table part → its new ref
  for (const [part, plan] of plans) {
    const list = await readTables(original, zip, part, budget);
    tables.set(part, list);
    for (const t of list) {
      const ref = grownRef(t, plan.rows);
      if (ref) grown.set(t.part, ref);
    }
  }
  // the edited sheets first: the cells whose formulas they drop leave Excel's calculation chain
  const sheets = new Map<string, Packed>();
  const dropped = new Map<string, Set<string>>(); // sheetId → cells that held a formula
  for (const [part, plan] of plans) {
    const guard: SheetGuard = { tableHeaders: headerRowsOf(tables.get(part) ?? []), dropped: dropped.get(plan.sheetId) ?? new Set() };
    dropped.set(plan.sheetId, guard.dropped);
    const entry = zip.get(part)!;
    // with the facts of a scan, the sheet is parsed only as far as its last edited row
    const known = factsFor(facts, entry);
    let lastEdited = -1; // the last of the sheet's own rows edited
    for (const r of plan.rows.keys()) if (known && r <= known.rowIndex && r > lastEdited) lastEdited = r;
    sheets.set(part, await deflate(known?.close != null
      ? appendedSheet(original, entry, plan, styles, guard, budget, known, lastEdited)
      : editedSheet(original, entry, plan, styles, guard, budget)));
  }
  const chainPart = layout.relOfType('/calcChain');
  const chainEntry = chainPart ? zip.get(chainPart) : undefined;
  const chain = chainEntry && [...dropped.values()].some((d) => d.size > 0) ? await rechainXml(original, chainEntry, budget, dropped) : undefined;
  const out = new ZipWriter();
  for (const [key, entry] of zip) {
    const c = entry.central;
    const when = { time: u16(c, 12), date: u16(c, 14) };
    const sheet = sheets.get(key);
    const ref = grown.get(key);
    const retabled = ref ? await retableXml(original, entry, budget, ref) : undefined;
    if (sheet) out.add(entry.name, sheet, when);
    else if (retabled !== undefined) out.add(entry.name, await deflate([retabled]), when);
    else if (chain !== undefined && entry === chainEntry) out.add(entry.name, await deflate([chain]), when);
    else if (book?.changed && entry === stylesEntry) out.add(entry.name, await deflate([book.result()]), when);
    else out.copy(original, entry, verified);
  }
  return out.finishVerified();
}
