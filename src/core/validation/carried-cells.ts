// What a task row reads from the rows above it in check: units (同上, 下同, 以下各项均由…牵头), deadlines and leaders (同上), each said where from.
import { a1, cellText } from '../sheets/grid';
import { carryDittoColumn, DittoCellOut } from '../sheets/ditto';
import { coopPartsOf, joinedLeaders, TaskSheet } from '../sheets/task-sheet';
import { CarriedUnits, carryUnitCells } from '../units/carried-units';
import { IssueCode } from './issues';
import { MESSAGES } from './messages';

type TaskRow = TaskSheet['rows'][number];
type Report = (code: IssueCode, sheet: string, cell: string, message: string) => void;

/** The columns of a sheet read down the table: one entry per task row. */
export interface CarriedColumns {
  readonly lead: CarriedUnits[] | null;
  readonly coop: CarriedUnits[] | null;
  readonly deadline: DittoCellOut[] | null;
  readonly leaders: DittoCellOut[] | null;
  /** With several people columns (分管领导 | 责任人 | 联系人): each column read down on its own, [column][row]. */
  readonly leadersByColumn: DittoCellOut[][] | null;
  /** With several cooperating columns (主体责任单位 | 配合责任单位): each column read down on its own, [column][row]. */
  readonly coopByColumn: CarriedUnits[][] | null;
}

/** The columns read down by 同上 alone, with what the clerk calls them in a message. */
const DITTO_FIELDS = [['deadline', '完成时限'], ['leaders', '领导']] as const;
const LEADERS_LABEL = DITTO_FIELDS[1][1];

/**
 * A units column read down the table (carried-units.ts): null when the sheet has no such column, or several cooperating
 * columns (each read as written).
 */
function carriedUnitsColumn(sheet: TaskSheet, field: 'lead' | 'coop'): CarriedUnits[] | null {
  if (sheet.header.columns[field] === undefined || (field === 'coop' && sheet.header.moreCoop)) return null;
  const cells = sheet.rows.map((r) => ({
    row: r.row, text: cellText(r.values[field] ?? null), cell: r.cells[field] ?? '',
    seq: cellText(r.values.seq ?? null), ...(field === 'lead' && r.values.note !== undefined ? { note: cellText(r.values.note) } : {}),
  }));
  const remarks = field === 'lead' ? sheet.skipped.filter((s) => s.reason === 'section' || s.reason === 'note').map((s) => ({ row: s.row, text: s.text, cell: a1(s.row, 0) })) : [];
  return carryUnitCells(cells, remarks);
}

export function carriedColumns(sheet: TaskSheet): CarriedColumns {
  const down = (field: 'deadline' | 'leaders') => {
    const col = sheet.header.columns[field];
    return col === undefined ? null : carryDittoColumn(sheet.rows.map((r) => ({ row: r.row, value: r.values[field], cell: r.cells[field] ?? a1(r.row, col) })));
  };
  const several = sheet.header.moreLeaders !== undefined;
  return {
    lead: carriedUnitsColumn(sheet, 'lead'), coop: carriedUnitsColumn(sheet, 'coop'), deadline: down('deadline'),
    leaders: several ? null : down('leaders'),
    leadersByColumn: several ? byColumn(sheet, 'leaders', (cells) => carryDittoColumn(cells)) : null,
    coopByColumn: sheet.header.moreCoop
      ? byColumn(sheet, 'coop', (cells) => carryUnitCells(cells.map((c, i) => ({ row: c.row, text: cellText(c.value ?? null), cell: c.cell, seq: cellText(sheet.rows[i].values.seq ?? null) })), []))
      : null,
  };
}

/** Each of a field's several columns (TaskRow.columnCells) read down the table by `carry`: [column][row]. */
function byColumn<T>(sheet: TaskSheet, field: 'leaders' | 'coop', carry: (cells: { row: number; value: DittoCellOut['value']; cell: string }[]) => T[]): T[][] {
  let count = 0; // a loop, not Math.max(...rows): a sheet of 100k rows would pass too many arguments
  for (const r of sheet.rows) count = Math.max(count, r.columnCells?.[field]?.length ?? 0);
  return Array.from({ length: count }, (_, k) =>
    carry(sheet.rows.map((r) => {
      const c = r.columnCells?.[field]?.[k];
      return { row: r.row, value: c?.value ?? null, cell: c?.cell ?? '' };
    })));
}

/** A task row with what it carries put in its cells; what is reported there, and whether a 同上 named nothing. */
export interface RowCarried {
  readonly taskRow: TaskRow;
  /** The lead cell's 同上 named nothing, already reported (no MISSING_LEAD beside it). */
  readonly unresolvedLead: boolean;
  /** The deadline cell's 同上 named nothing, already reported (no DEADLINE_UNPARSED beside it). */
  readonly unresolvedDeadline: boolean;
}

/** Row `r`'s cells as the clerk reads them, each carried value said at its own cell (UNITS_CARRIED, SAME_ABOVE_CARRIED …). */
export function carryRow(sheet: TaskSheet, r: number, carried: CarriedColumns, report: Report): RowCarried {
  let taskRow = sheet.rows[r];
  let unresolvedLead = false;
  for (const [field, c] of [['lead', carried.lead?.[r]], ['coop', carried.coop?.[r]]] as const) {
    if (!c || (!c.from && c.unresolved === undefined)) continue;
    const cell = taskRow.cells[field] || a1(taskRow.row, sheet.header.columns[field] ?? 0);
    const blank = cellText(taskRow.values[field] ?? null).trim() === '';
    taskRow = { ...taskRow, values: { ...taskRow.values, [field]: c.text } };
    if (c.from) report('UNITS_CARRIED', sheet.sheet, cell, MESSAGES.unitsCarried(c.from, blank));
    if (c.unresolved !== undefined) {
      report('UNITS_SAME_NOTHING', sheet.sheet, cell, MESSAGES.unitsSameNothing(c.unresolved));
      if (field === 'lead') unresolvedLead = true;
    }
  }
  taskRow = carryLeaderColumns(sheet, r, taskRow, carried, report);
  taskRow = carryCoopColumns(sheet, r, taskRow, carried, report);
  let unresolvedDeadline = false;
  for (const [field, label] of DITTO_FIELDS) {
    const d = carried[field]?.[r];
    if (!d || (!d.from && d.unresolved === undefined)) continue;
    const cell = taskRow.cells[field] || a1(taskRow.row, sheet.header.columns[field] ?? 0);
    if (d.from) {
      taskRow = { ...taskRow, values: { ...taskRow.values, [field]: d.value ?? null } };
      report('SAME_ABOVE_CARRIED', sheet.sheet, cell, MESSAGES.sameAboveCarried(label, d.from));
    } else {
      report('SAME_ABOVE_NOTHING', sheet.sheet, cell, MESSAGES.sameAboveNothing(label, d.unresolved!));
      // a 同上 naming nothing is no time and no person: read as not written (its own error said above)
      if (field === 'deadline') unresolvedDeadline = true;
      else taskRow = { ...taskRow, values: { ...taskRow.values, leaders: null } };
    }
  }
  return { taskRow, unresolvedLead, unresolvedDeadline };
}

/** Several people columns: a 同上 in one of them is that column's name above (the others as written), each said at its cell. */
function carryLeaderColumns(sheet: TaskSheet, r: number, taskRow: TaskRow, carried: CarriedColumns, report: Report): TaskRow {
  const columns = carried.leadersByColumn;
  if (!columns) return taskRow;
  let changed = false;
  const values = columns.map((col) => {
    const d = col[r];
    if (!d || (!d.from && d.unresolved === undefined)) return d?.value ?? null;
    changed = true;
    const cell = taskRow.columnCells?.leaders?.[columns.indexOf(col)]?.cell ?? '';
    if (d.from) {
      report('SAME_ABOVE_CARRIED', sheet.sheet, cell, MESSAGES.sameAboveCarried(LEADERS_LABEL, d.from));
      return d.value ?? null;
    }
    // a 同上 naming nothing is no person: read as not written (its own error said here)
    report('SAME_ABOVE_NOTHING', sheet.sheet, cell, MESSAGES.sameAboveNothing(LEADERS_LABEL, d.unresolved!));
    return null;
  });
  if (!changed) return taskRow;
  return { ...taskRow, values: { ...taskRow.values, leaders: joinedLeaders(values[0] ?? null, values.slice(1)) } };
}

/** Several cooperating columns: a 同上 in one of them is that column's units above, each said at its cell. */
function carryCoopColumns(sheet: TaskSheet, r: number, taskRow: TaskRow, carried: CarriedColumns, report: Report): TaskRow {
  const columns = carried.coopByColumn;
  const own = taskRow.columnCells?.coop;
  if (!columns || !own) return taskRow;
  let changed = false;
  const cells = own.map((c, k) => {
    const got = columns[k]?.[r];
    if (!got || (!got.from && got.unresolved === undefined)) return c;
    changed = true;
    if (got.from) report('UNITS_CARRIED', sheet.sheet, c.cell, MESSAGES.unitsCarried(got.from, cellText(c.value).trim() === ''));
    else report('UNITS_SAME_NOTHING', sheet.sheet, c.cell, MESSAGES.unitsSameNothing(got.unresolved!));
    return { cell: c.cell, value: got.text };
  });
  if (!changed) return taskRow;
  const joined = coopPartsOf(cells);
  const { coopParts: _old, ...rest } = taskRow;
  return {
    ...rest, values: { ...taskRow.values, coop: joined.value }, cells: { ...taskRow.cells, ...(joined.cell ? { coop: joined.cell } : {}) },
    ...(joined.parts ? { coopParts: joined.parts } : {}),
  };
}
