// The Excel model (behind both the Excel and the ET double) holding grids as a reader gave them:
// values, errors, number formats, merges, hidden sheets and Duban's generated-sheet markers.
import { Grid } from '../../src/core/sheets/grid';
import { GENERATED_MARKER } from '../../src/workbook/port';
import { SheetModel, WorkbookModel } from './excel-double';

export function modelFromGrids(grids: readonly Grid[]): WorkbookModel {
  const model = new WorkbookModel();
  const sheets = new Map<string, SheetModel>();
  for (const g of grids) {
    const s = model.addSheet(g.name);
    sheets.set(g.name, s);
    if (g.hidden) s.visibility = 'Hidden';
    g.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        const fmt = g.numberFormats?.[r]?.[c] ?? undefined;
        if (v === null && !fmt) return;
        const isError = v !== null && typeof v === 'object';
        s.setCell(r, c, { value: v === null ? null : isError ? v.error : v, ...(isError ? { error: true } : {}), ...(fmt ? { numberFormat: fmt } : {}) });
      }),
    );
    s.merges = g.merges.map((m) => ({ ...m }));
  }
  let n = 1;
  for (const g of grids) if (g.generated) model.names.push({ name: `${GENERATED_MARKER}${n++}`, sheet: sheets.get(g.name)! });
  model.activeSheet = model.sheets.find((s) => s.visibility === 'Visible') ?? null;
  return model;
}
