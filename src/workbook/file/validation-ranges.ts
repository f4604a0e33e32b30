// exceljs keeps a loaded sheet's list validations one entry per cell; before a save they are folded back into the ranges they came from.
//
// A sheet's "C3:C2000 只能从下拉列表中选择" is, once exceljs has read it, 1,998 entries of one rule, and its writer folds
// them back by comparing neighbours deeply, cell by cell: 0.14 s of the 0.18 s it took to save the sample workbook, on
// every save of a workbook that was loaded. Folded here first (runs down a column of one rule, then runs of equal runs
// side by side), the writer sees ranges and writes them as they are; what the file says is the same.
import { columnLetters } from '../../core/sheets/grid';
import { gridRef } from '../package/grid-refs';

/** A worksheet's validations as exceljs keeps them: by address ("C3") or range ("C3:C2000"). */
export type ValidationModel = Record<string, object | undefined>;

const CELL = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;

interface Run {
  readonly col: number;
  readonly top: number;
  bottom: number;
}

/** Folds the per-cell entries of each rule into rectangles, in place; entries already by range, and cleared ones, stay. */
export function foldValidations(model: ValidationModel): void {
  // one rule, one key: exceljs gives the cells of one range the same object, equal rules of two ranges equal JSON
  const keys = new Map<object, string>();
  const cellsOf = new Map<string, { rule: object; cells: { col: number; row: number; address: string }[] }>();
  for (const [address, rule] of Object.entries(model)) {
    if (!rule) continue;
    if (!CELL.test(address)) continue;
    let key = keys.get(rule);
    if (key === undefined) keys.set(rule, (key = JSON.stringify(rule)));
    let group = cellsOf.get(key);
    if (!group) cellsOf.set(key, (group = { rule, cells: [] }));
    const at = gridRef(address);
    group.cells.push({ col: at.col, row: at.row, address });
  }
  for (const { rule, cells } of cellsOf.values()) {
    if (cells.length < 2) continue;
    cells.sort((a, b) => a.col - b.col || a.row - b.row);
    // runs down each column
    const runs: Run[] = [];
    for (const c of cells) {
      const last = runs[runs.length - 1];
      if (last && last.col === c.col && last.bottom + 1 === c.row) last.bottom = c.row;
      else runs.push({ col: c.col, top: c.row, bottom: c.row });
    }
    if (runs.length === cells.length) continue; // nothing adjoins
    // runs of the same rows in adjacent columns: one rectangle
    const byRows = new Map<string, Run[]>();
    for (const run of runs) {
      const rows = `${run.top}:${run.bottom}`;
      let list = byRows.get(rows);
      if (!list) byRows.set(rows, (list = []));
      list.push(run);
    }
    for (const c of cells) delete model[c.address];
    for (const list of byRows.values()) {
      for (let i = 0; i < list.length; ) {
        let j = i;
        while (j + 1 < list.length && list[j + 1].col === list[j].col + 1) j++;
        const { top, bottom } = list[i];
        const from = `${columnLetters(list[i].col)}${top + 1}`;
        const to = `${columnLetters(list[j].col)}${bottom + 1}`;
        model[from === to ? from : `${from}:${to}`] = rule;
        i = j + 1;
      }
    }
  }
}
