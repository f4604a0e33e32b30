// Tables (ListObjects) on an edited worksheet: their header rows (never overwritten) and the ref that grows when rows are appended right below.
import { CellRange, a1 } from '../../core/sheets/grid';
import { rangeOf, readRels } from '../package/xlsx-stream';
import { localName, sniffEncoding } from '../xml/xml';
import { InflateBudget, LIMITS, ZipEntry } from '../zip';
import { TagEdit, applyTagEdits, scanTags, startTag } from './part-scan';

/** Edits of one sheet by row and column (only which cells are edited matters here). */
type RowEdits = ReadonlyMap<number, ReadonlyMap<number, unknown>>;

/** A table (ListObject) on a worksheet: its part, range, header and totals rows. */
export interface Table {
  readonly part: string;
  readonly range: CellRange;
  readonly headerRows: number;
  readonly totalsRows: number;
}

export async function readTables(bytes: Uint8Array, zip: Map<string, ZipEntry>, sheetPart: string, budget: InflateBudget): Promise<Table[]> {
  const out: Table[] = [];
  for (const rel of (await readRels(bytes, zip, sheetPart, { budget })).values()) {
    if (!rel.type.endsWith('/table')) continue;
    const entry = zip.get(rel.target);
    if (!entry) continue;
    await scanTags(bytes, entry, budget, (tag) => {
      if (localName(tag.name) !== 'table' || tag.attributes.ref === undefined) return;
      const a = tag.attributes;
      out.push({ part: rel.target, range: rangeOf(a.ref), headerRows: Number(a.headerRowCount ?? 1), totalsRows: Number(a.totalsRowCount ?? 0) });
    });
  }
  return out;
}

/** The header rows of tables: their texts are the tables' column names. */
export const headerRowsOf = (tables: readonly Table[]): CellRange[] =>
  tables.filter((t) => t.headerRows > 0).map((t) => ({ ...t.range, bottom: Math.min(t.range.bottom, t.range.top + t.headerRows - 1) }));

/**
 * The new ref of a table whose rows the edits continue (rows appended right below it, without a
 * totals row), so that appended ledger rows join the clerk's table: its style, filter and formulas.
 */
export function grownRef(table: Table, rows: RowEdits): string | undefined {
  const { top, left, right, bottom } = table.range;
  if (table.totalsRows > 0) return undefined;
  let b = bottom;
  while (b + 1 < LIMITS.maxRows && [...(rows.get(b + 1)?.keys() ?? [])].some((c) => c >= left && c <= right)) b++;
  return b > bottom ? `${a1(top, left)}:${a1(b, right)}` : undefined;
}

/** The table part with its ref (and its filter's, when equal) set to `ref`: the start tags rewritten at the positions saxes reports. */
export async function retableXml(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, ref: string): Promise<string | undefined> {
  const edits: TagEdit[] = [];
  let tableRef: string | undefined;
  const xml = await scanTags(bytes, entry, budget, (tag, parser) => {
    const name = localName(tag.name);
    if (name === 'table') tableRef = tag.attributes.ref;
    else if (name !== 'autoFilter' || tag.attributes.ref !== tableRef) return;
    edits.push({ to: parser.position, text: startTag(tag, { ref }, tag.isSelfClosing) });
  }, true);
  // rewritten as UTF-8: a part declaring another encoding is left as it was
  if (sniffEncoding(new TextEncoder().encode(xml.slice(0, 256))) !== 'utf-8') return undefined;
  return applyTagEdits(xml, edits);
}
