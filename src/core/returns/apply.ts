// Where a collect lands in the master: ledger rows appended below the last (with a 来源 column when missing) and lead units' progress in the task cells.
import { formatISO, fromSerial, toSerial } from '../dates/civil-date';
import { CellValue, Grid, a1, cellText, parseA1 } from '../sheets/grid';
import { LEDGER_HEADERS } from '../sheets/headers';
import { DATE_FORMAT } from '../sheets/sheet-spec';
import { locateLedger } from '../sheets/ledger-header';
import { CollectResult, ledgerRowValues } from './collect';

/** A cell to write (structurally the WorkbookPort's CellUpdate). */
export interface CellWrite {
  readonly cell: string;
  readonly value: CellValue;
  readonly numberFormat?: string;
}

export interface CollectWrites {
  /** Per sheet, in order: the ledger's appended rows, then the task sheets' progress cells. */
  readonly sheets: { readonly sheet: string; readonly updates: CellWrite[] }[];
  /** Set when rows were collected but the workbook has no 报送台账 to take them. */
  readonly problem?: string;
}

/** The master's text of a cell, dates (serials) as ISO: what collect compares progress against. */
export function cellTextOf(grids: readonly Grid[]): (sheet: string, cell: string) => string {
  const byName = new Map(grids.map((g) => [g.name, g]));
  return (sheet, at) => {
    const grid = byName.get(sheet);
    const pos = parseA1(at);
    if (!grid || !pos) return '';
    const v = grid.rows[pos.row]?.[pos.col] ?? null;
    const d = typeof v === 'number' ? fromSerial(v) : null;
    return d ? formatISO(d) : cellText(v);
  };
}

/** The ledger collected rows are appended to (null: the workbook has none). */
export const collectLedger = (grids: readonly Grid[]) => locateLedger(grids);

export function collectWrites(grids: readonly Grid[], result: CollectResult): CollectWrites {
  const sheets: CollectWrites['sheets'] = [];
  if (result.added.length > 0) {
    const located = collectLedger(grids);
    if (!located) return { sheets, problem: '工作簿中没有报送台账（表头需有“日期”“单位”），无法写入收集的行' };
    const split = located.split;
    // a ledger dated in 月 | 日 with its year in the title: a row of another year would be read back in the title's year
    const otherYear = split && split.yearColumn === undefined ? result.added.find((row) => row.date.year !== split.year) : undefined;
    if (split && otherYear) {
      return { sheets, problem: `报送台账“${located.grid.name}”按“月”“日”登记，年份取自标题（${split.year}年），收集的稿件有 ${otherYear.date.year} 年的，写入后会被当作 ${split.year} 年：请为新的一年另建台账，或在台账中加一列“年”` };
    }
    const columns: Partial<Record<string, number>> = { ...located.header.columns };
    const updates: CellWrite[] = [];
    if (columns.source === undefined) {
      const next = Math.max(...Object.values(located.header.columns).map((c) => c ?? 0), ...(split ? [split.month, split.day, split.yearColumn ?? 0] : [])) + 1;
      columns.source = next;
      updates.push({ cell: a1(located.header.row, next), value: LEDGER_HEADERS.source[0] });
    }
    let r = located.grid.rows.length;
    while (r > located.header.row + 1 && (located.grid.rows[r - 1] ?? []).every((v) => cellText(v) === '')) r--;
    // the ledger's columns of the fields a row has, in the row's order, and their letters (found once, not per cell)
    const fields = Object.keys(ledgerRowValues(result.added[0])) as (keyof ReturnType<typeof ledgerRowValues>)[];
    const placed = fields.filter((f) => columns[f] !== undefined).map((f) => ({ field: f, letters: a1(0, columns[f]!).slice(0, -1) }));
    for (const row of result.added) {
      const values = ledgerRowValues(row);
      const number = String(r + 1);
      if (split) {
        // the date in the ledger's own two (or three) columns
        updates.push({ cell: a1(r, split.month), value: row.date.month }, { cell: a1(r, split.day), value: row.date.day });
        if (split.yearColumn !== undefined) updates.push({ cell: a1(r, split.yearColumn), value: row.date.year });
      }
      for (const { field, letters } of placed) {
        const value = values[field];
        // a field the unit left empty stays a blank cell: an empty text would count for COUNTA and 非空 filters
        if (value === '' || value === null) continue;
        updates.push(field === 'date' ? { cell: letters + number, value, numberFormat: DATE_FORMAT } : { cell: letters + number, value });
      }
      r++;
    }
    sheets.push({ sheet: located.grid.name, updates });
  }
  const bySheet = new Map<string, CellWrite[]>();
  const perUnit = new Set(result.leadCells.map((c) => c.task));
  for (const c of result.leadCells) {
    const list = bySheet.get(c.task.sheet) ?? [];
    list.push({ cell: c.task.cells.status!, value: c.status });
    if (c.doneDate && c.task.cells.doneDate) list.push({ cell: c.task.cells.doneDate, value: toSerial(c.doneDate), numberFormat: DATE_FORMAT });
    bySheet.set(c.task.sheet, list);
  }
  for (const p of result.progressApplied) {
    if (perUnit.has(p.task)) continue; // several leads: written above as one per-unit text
    const list = bySheet.get(p.task.sheet) ?? [];
    if (p.status !== '' && p.task.cells.status) list.push({ cell: p.task.cells.status, value: p.status });
    if (p.doneDate && p.task.cells.doneDate) list.push({ cell: p.task.cells.doneDate, value: toSerial(p.doneDate), numberFormat: DATE_FORMAT });
    bySheet.set(p.task.sheet, list);
  }
  for (const [sheet, updates] of bySheet) if (updates.length > 0) sheets.push({ sheet, updates });
  return { sheets };
}
