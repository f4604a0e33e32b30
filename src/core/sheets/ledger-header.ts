// Where the ledger is: a sheet headed with 日期 and 单位, or with 报送时间, 单位 and a title; the one with titles before one without (加减分 has 日期 and 单位 too).
import { CellValue, Grid, a1, cellText, isBlank } from './grid';
import {
  HeaderMatch, LEDGER_HEADERS, LEDGER_REQUIRED, LEDGER_TIMED_HEADERS, LEDGER_TIMED_REQUIRED, LedgerField, SHEET_NAMES, SPLIT_DATE_HEADERS, findHeaderRow, normalizeHeader,
} from './headers';
import { Located } from './locate';

/** The ledger header of a sheet's rows, or null. */
export function findLedgerHeader(rows: readonly (readonly CellValue[])[]): HeaderMatch<LedgerField> | null {
  return findHeaderRow(rows, LEDGER_HEADERS, LEDGER_REQUIRED) ?? findHeaderRow(rows, LEDGER_TIMED_HEADERS, LEDGER_TIMED_REQUIRED);
}

/**
 * The workbook's ledger: among user sheets with a ledger header, the one named 报送台账, else the first with a title column
 * (a 加减分 sheet — 单位 | 日期 | 分值 | 事由 — has the ledger's two required words but no title), else the first. A ledger
 * dated in 月 | 日 is one when its year is known (a 年 column, the title, the sheet name).
 */
export function locateLedger(grids: readonly Grid[]): LocatedLedger | null {
  const found = ledgerSheets(grids);
  const rank = (l: Located<LedgerField>) => (l.grid.name === SHEET_NAMES.ledger ? 0 : l.header.columns.title !== undefined ? 1 : 2);
  return found.reduce<LocatedLedger | null>((best, l) => (best === null || rank(l) < rank(best) ? l : best), null);
}

/** Every user sheet with a ledger header (a 月 | 日 one when its year is known), in workbook order. */
function ledgerSheets(grids: readonly Grid[]): LocatedLedger[] {
  const found: LocatedLedger[] = [];
  for (const grid of grids) {
    if (grid.generated) continue;
    const header = findLedgerHeader(grid.rows);
    const split = header === null || monthDayColumns(grid.rows, header) !== null ? splitDateLedger(grid) : null;
    if (split) {
      if (split.split.year !== null || split.split.yearColumn !== undefined) found.push({ grid, header: split.header, split: split.split });
    } else if (header) found.push({ grid, header });
  }
  return found;
}

/** The other sheets that look like the ledger too — a title column besides 日期 and 单位 (1月, 2月 … kept a sheet a month) — which are not read. */
export function otherLedgerSheets(grids: readonly Grid[], read: Located<LedgerField>): Located<LedgerField>[] {
  return ledgerSheets(grids).filter((l) => l.grid !== read.grid && l.header.columns.title !== undefined);
}

/**
 * A ledger dated in two columns, 月 | 日 (a printed 登记簿, a 见报篇目统计表): where they are and the year they are in — a
 * 年/年份 column's for each row, else the one year the title over the header gives ("2023年信息报送登记簿"), else the sheet
 * name's ("2023年", "2023台账"). `year` is null when none says it, or the title names several (“2023—2024年”): its dates
 * cannot be read.
 */
export interface SplitDate {
  readonly month: number;
  readonly day: number;
  readonly yearColumn?: number;
  readonly year: number | null;
  /** The text the year was read from (the title line or the sheet name); the years it named when several. */
  readonly yearFrom?: string;
  readonly years?: readonly number[];
}

/** The ledger and, when it is dated in 月 | 日, those columns and their year. */
export interface LocatedLedger extends Located<LedgerField> {
  readonly split?: SplitDate;
}

/** The years a text names (2023, 2024 in "2023—2024年度"), in order, each once. */
function yearsIn(text: string): number[] {
  const found: number[] = [];
  for (const m of text.normalize('NFKC').matchAll(/(?:^|\D)((?:19|20)\d{2})(?!\d)/gu)) {
    const year = Number(m[1]);
    if (!found.includes(year)) found.push(year);
  }
  return found;
}

/** The year a ledger's title (the first line over its header that names one) or else its sheet name gives (a 月 | 日 ledger's, a 6月5日's). */
export function yearOf(grid: Grid, headerTop: number): Pick<SplitDate, 'year' | 'yearFrom' | 'years'> {
  for (let r = 0; r < headerTop; r++) {
    const line = (grid.rows[r] ?? []).map((v) => cellText(v)).filter((t) => t !== '').join(' ');
    const years = yearsIn(line);
    if (years.length === 1) return { year: years[0], yearFrom: line };
    if (years.length > 1) return { year: null, yearFrom: line, years };
  }
  const years = yearsIn(grid.name);
  return years.length === 1 ? { year: years[0], yearFrom: grid.name } : { year: null, ...(years.length > 1 ? { yearFrom: grid.name, years } : {}) };
}

/**
 * The 月 and 日 columns of a ledger header without a date column (月 | 日 | 报送单位 | 信息标题), or of one whose 日期 stands
 * merged over 月 | 日 in the row under it; the header then ends on that row. Null when the sheet is dated otherwise.
 */
function monthDayColumns(rows: readonly (readonly CellValue[])[], header: HeaderMatch<LedgerField>): { row: number; month: number; day: number; year: number } | null {
  const find = (row: number) => {
    const names = (rows[row] ?? []).map((v) => normalizeHeader(v));
    const at = (words: readonly string[]) => names.findIndex((n) => words.includes(n));
    return { month: at(SPLIT_DATE_HEADERS.month), day: at(SPLIT_DATE_HEADERS.day), year: at(SPLIT_DATE_HEADERS.year) };
  };
  const date = header.columns.date;
  if (date === undefined) {
    const own = find(header.row);
    return own.month >= 0 && own.day >= 0 ? { row: header.row, ...own } : null;
  }
  // 月份 | 日期 with days under 日期 (5, "5日"): the 日期 column is the day's, not a date's (a full date beside a 月份 helper column is not)
  const own = find(header.row);
  if (own.month >= 0 && Math.abs(own.month - date) === 1 && holdsDays(rows, header.row, date)) return { row: header.row, month: own.month, day: date, year: own.year };
  const under = find(header.row + 1);
  return under.month >= date - 1 && under.month <= date + 1 && under.day >= 0 && Math.abs(under.day - under.month) <= 2 ? { row: header.row + 1, ...under } : null;
}

/** Whether a column's first filled cells under the header are days of a month (5, "5日", "5号"), not dates. */
export function holdsDays(rows: readonly (readonly CellValue[])[], headerRow: number, column: number): boolean {
  const cells = [];
  for (let r = headerRow + 1; r < rows.length && cells.length < 5; r++) {
    const v = rows[r]?.[column] ?? null;
    if (!isBlank(v)) cells.push(v);
  }
  return cells.length > 0 && cells.every((v) => (typeof v === 'number' ? Number.isInteger(v) && v >= 1 && v <= 31 : /^\d{1,2}\s*[日号]?$/u.test(cellText(v).normalize('NFKC').trim())));
}

/** A ledger header whose date is in two columns, 月 | 日: 单位 and a title beside them. Its header, columns and year, or null. */
export function splitDateLedger(grid: Grid): { header: HeaderMatch<LedgerField>; split: SplitDate; cell: string } | null {
  const rows = grid.rows;
  const header = findHeaderRow<LedgerField>(rows, LEDGER_HEADERS, ['unit', 'title']);
  if (!header) return null;
  const found = monthDayColumns(rows, header);
  if (!found) return null;
  const { date: _date, ...columns } = header.columns;
  const split: SplitDate = { month: found.month, day: found.day, ...(found.year >= 0 ? { yearColumn: found.year } : {}), ...yearOf(grid, header.row) };
  return { header: { row: found.row, columns }, split, cell: a1(found.row, found.month) };
}

/** A 月 | 日 ledger's 月 cell when its year cannot be known (no 年 column, no year in its title or name), or null. */
export function splitDateLedgerCell(grid: Grid): string | null {
  const found = splitDateLedger(grid);
  return found && found.split.year === null && found.split.yearColumn === undefined ? found.cell : null;
}

/** Whether a sheet is a ledger, readable or not (its date in 月 | 日): never a task table. */
export const looksLikeLedger = (rows: readonly (readonly CellValue[])[]) => findLedgerHeader(rows) !== null || splitDateLedger({ name: '', rows: rows as CellValue[][], merges: [] }) !== null;
