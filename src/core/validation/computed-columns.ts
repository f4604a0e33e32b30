// Plans the helper columns 添加计算列 inserts into a task sheet: formulas that keep the sheet live,
// with the engine's own results alongside so a file opened without the add-in still shows numbers.
import { CivilDate, toSerial } from '../dates/civil-date';
import { Grid, a1, cellText, columnLetters, rangeA1 } from '../sheets/grid';
import { Ledger } from '../sheets/ledger-sheet';
import { locateLedger } from '../sheets/ledger-header';
import { expectedCount } from '../quotas/quota';
import { TASK_STATUS_LABEL } from '../deadlines/task-status';
import { findTaskHeader } from '../sheets/task-sheet';
import { CheckResult } from './validate';

/** Headers of the computed columns (not synonyms of any input column, so a check never reads them as input). */
export const COMPUTED_HEADERS = { expected: '应完成(每单位)', submitted: '已报送', rate: '完成率', status: '督办状态' } as const;

export interface PlannedCell {
  readonly cell: string;
  readonly formula: string;
  /** What the formula gives, computed by the engine. */
  readonly result: string | number | null;
  readonly numberFormat?: string;
}

export interface ComputedColumnsPlan {
  readonly sheet: string;
  /** Header cells to write (text). */
  readonly headers: { readonly cell: string; readonly text: string }[];
  readonly cells: PlannedCell[];
  /** The task sheet is printed n-up (单位 | 目标分数 | 单位 | 目标分数): a row holds several tasks, so no column can follow them. */
  readonly nUp?: boolean;
}

/**
 * Rows below a ledger's last row that the computed columns' SUMIFS/COUNTIFS still cover: ranges are
 * bounded (a whole column in a formula is what WPS, old Office and Excel on the web handle worst);
 * a ledger that outgrows them gets its columns again from 添加计算列.
 */
export const LEDGER_HEADROOM = 10_000;

/** A sheet name quoted for use inside a formula: 'name'. */
export function sheetRef(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

const dateFormula = (d: CivilDate) => `DATE(${d.year},${d.month},${d.day})`;

/** Plans the columns for one task sheet (the first when none is named); null when there is none. */
export function planComputedColumns(grids: readonly Grid[], check: CheckResult, ledger: Ledger, sheetName?: string): ComputedColumnsPlan | null {
  const sheet = sheetName ?? check.taskSheets[0];
  const grid = grids.find((g) => g.name === sheet);
  const header = grid ? findTaskHeader(grid) : null;
  if (!grid || !header) return null;
  // a row of a table printed n-up holds one task per block: one column after the last cannot hold each one's figures
  if (header.blocks) return { sheet, headers: [], cells: [], nUp: true };
  const headerCells = grid.rows[header.row] ?? [];
  const existing = new Map(headerCells.map((v, c) => [cellText(v), c]));
  let next = headerCells.reduce<number>((last, v, c) => (cellText(v) !== '' ? c : last), -1) + 1;
  const columnOf = (text: string) => {
    const found = existing.get(text);
    if (found !== undefined) return found;
    existing.set(text, next);
    return next++;
  };
  const cols = header.columns;
  const from = { year: check.planYear, month: 1, day: 1 };
  const asOfCell = check.settings.sheet && check.settings.cells.asOf;
  const asOfRef = asOfCell ? `${sheetRef(check.settings.sheet!)}!${a1(asOfCell.row, asOfCell.col).replace(/([A-Z]+)(\d+)/, '$$$1$$$2')}` : dateFormula(check.asOf);
  const ledgerAt = locateLedger(grids);

  const plan: { header: string; make: (row: number, ref: (field: keyof typeof cols) => string) => Omit<PlannedCell, 'cell'> }[] = [];
  const tasksByRow = new Map(check.tasks.filter((t) => t.sheet === sheet).map((t) => [t.row - 1, t]));
  const fromDay = toSerial(from);
  const toDay = toSerial(check.asOf);
  const countsBySeq = ledger.entries.length ? new Map<string, { rows: number; sum: number }>() : null;
  for (const e of ledger.entries) {
    const day = toSerial(e.date);
    if (e.taskSeq === '' || day < fromDay || day > toDay) continue;
    const c = countsBySeq!.get(e.taskSeq) ?? { rows: 0, sum: 0 };
    c.rows++;
    c.sum += e.count;
    countsBySeq!.set(e.taskSeq, c);
  }
  const sumsCount = ledgerAt?.header.columns.count !== undefined;
  const expectedOf = (row: number) => {
    const t = tasksByRow.get(row)!;
    return t.quota ? expectedCount(t.quota, from, check.asOf) : null;
  };
  const submittedOf = (row: number) => {
    const c = countsBySeq?.get(tasksByRow.get(row)!.seq);
    return c ? (sumsCount ? c.sum : c.rows) : 0;
  };
  if (cols.quota !== undefined) {
    plan.push({
      header: COMPUTED_HEADERS.expected,
      make: (row, ref) => ({
        formula: `=IF(${ref('quota')}="","",DUBAN.QUOTA(${ref('quota')},${dateFormula(from)},${asOfRef}))`,
        result: expectedOf(row) ?? '',
      }),
    });
  }
  // a ledger dated in 月 | 日 has no date column for COUNTIFS to bound by period: no 已报送 column (the report counts it)
  if (cols.seq !== undefined && ledgerAt?.header.columns.taskSeq !== undefined && ledgerAt.header.columns.date !== undefined) {
    const lc = ledgerAt.header.columns;
    // bounded, never a whole column: below the header to the ledger's last row plus LEDGER_HEADROOM rows
    const first = ledgerAt.header.row + 2;
    const last = Math.max(ledgerAt.grid.rows.length, first) + LEDGER_HEADROOM;
    const col = (c: number) => `${sheetRef(ledgerAt.grid.name)}!$${columnLetters(c)}$${first}:$${columnLetters(c)}$${last}`;
    const criteria = `${col(lc.taskSeq!)},${'$SEQ'},${col(lc.date!)},">="&${dateFormula(from)},${col(lc.date!)},"<="&${asOfRef}`;
    // a blank 数量 is one piece, as the engine counts it (ledger-sheet countOf): SUMIFS alone would take it as 0
    const formula = sumsCount ? `=SUMIFS(${col(lc.count!)},${criteria})+COUNTIFS(${criteria},${col(lc.count!)},"")` : `=COUNTIFS(${criteria})`;
    plan.push({
      header: COMPUTED_HEADERS.submitted,
      make: (row, ref) => ({ formula: formula.split('$SEQ').join(ref('seq')), result: submittedOf(row) }),
    });
  }
  if (cols.quota !== undefined && plan.length === 2) {
    const [e, s] = [columnOf(COMPUTED_HEADERS.expected), columnOf(COMPUTED_HEADERS.submitted)];
    plan.push({
      header: COMPUTED_HEADERS.rate,
      make: (row) => {
        const expected = expectedOf(row) ?? 0;
        return {
          formula: `=IF(N(${a1(row, e)})>0,MIN(${a1(row, s)}/${a1(row, e)},1),"")`,
          result: expected > 0 ? Math.min(submittedOf(row) / expected, 1) : '',
          numberFormat: '0.0%',
        };
      },
    });
  }
  if (cols.deadline !== undefined) {
    const doneField = cols.status !== undefined ? 'status' : cols.doneDate !== undefined ? 'doneDate' : null;
    plan.push({
      header: COMPUTED_HEADERS.status,
      make: (row, ref) => ({
        formula: `=DUBAN.STATUS(${ref('deadline')},${doneField ? ref(doneField) : '""'},${asOfRef})`,
        result: TASK_STATUS_LABEL[tasksByRow.get(row)!.status],
      }),
    });
  }
  const headers = plan.map((p) => ({ cell: a1(header.row, columnOf(p.header)), text: p.header }));
  const cells: PlannedCell[] = [];
  for (const row of tasksByRow.keys()) {
    const ref = (field: keyof typeof cols) => `$${columnLetters(cols[field]!)}${row + 1}`;
    for (const p of plan) {
      cells.push({ cell: a1(row, columnOf(p.header)), ...p.make(row, ref) });
    }
  }
  return { sheet, headers, cells };
}

/**
 * The cells of a task sheet's computed columns (those under a COMPUTED_HEADERS header), below the
 * header to the sheet's last row, as A1 ranges (adjacent columns joined): what 定稿 turns into values,
 * leaving every other cell, the clerk's own formulas included, as it is.
 */
export function computedColumnRanges(grid: Grid): string[] {
  const header = findTaskHeader(grid);
  if (!header) return [];
  const names = new Set<string>(Object.values(COMPUTED_HEADERS));
  const columns = (grid.rows[header.row] ?? [])
    .map((v, c) => (names.has(cellText(v)) ? c : -1))
    .filter((c) => c >= 0);
  const top = header.row + 1;
  const bottom = grid.rows.length - 1;
  if (columns.length === 0 || bottom < top) return [];
  const ranges: string[] = [];
  for (let i = 0; i < columns.length; ) {
    let j = i;
    while (j + 1 < columns.length && columns[j + 1] === columns[j] + 1) j++;
    ranges.push(rangeA1({ top, left: columns[i], bottom, right: columns[j] }));
    i = j + 1;
  }
  return ranges;
}
