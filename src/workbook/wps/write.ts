// Writing sheets through WPS 表格's object model in slices: each built under a temporary hidden name
// (values and formats by row chunks, yielding to the page between slices, with progress), then
// swapped in — Duban's earlier sheet of that name replaced, a user's never — so that a failure
// leaves the workbook as it was.
import { rangeA1 } from '../../core/sheets/grid';
import { SheetSpec } from '../../core/sheets/sheet-spec';
import { ProtectedError } from '../excel/calculation';
import { DateShift } from '../excel/date-system';
import { planWriteChunks } from '../excel/write-plan';
import { GENERATED_MARKER, ProgressCallback, freeSheetName, generatedSheetFor, progressOfSpecs } from '../port';
import { EtObject, XL, call, get, set } from './et';
import { applyNumberFormats, applySheetLayout, applyStyles, applyValidations, applyViewSettings } from './format';
import { WpsHost, activeWorkbook } from './host';
import { workbookDateShift } from './date-system';
import { markersOf, sheetsOf } from './read';

/** Bytes of one chunk by write-plan's estimate: a few hundred ledger rows, progress reported after each. */
const CHUNK_BUDGET = 100_000;

/** A sheet name inside a formula or a RefersTo: 'name' with quotes doubled. */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/**
 * Runs `work` with screen updating and automatic calculation off and alerts silenced (a Delete would
 * otherwise ask the clerk), restoring what was set before, then calculates what was written.
 */
export async function withQuietApp<T>(host: WpsHost, work: (application: EtObject) => Promise<T>): Promise<T> {
  const application = host.application();
  const before = { screen: get(application, 'ScreenUpdating'), alerts: get(application, 'DisplayAlerts'), calculation: get(application, 'Calculation') };
  set(application, 'ScreenUpdating', false);
  set(application, 'DisplayAlerts', false);
  set(application, 'Calculation', XL.calculationManual);
  try {
    return await work(application);
  } finally {
    set(application, 'Calculation', before.calculation ?? XL.calculationAutomatic);
    set(application, 'DisplayAlerts', before.alerts ?? true);
    set(application, 'ScreenUpdating', before.screen ?? true);
  }
}

/** Builds each sheet hidden under a temporary name, then swaps it in; a failure deletes what was built. */
export async function writeSheets(host: WpsHost, specs: readonly SheetSpec[], generated: boolean, onProgress?: ProgressCallback): Promise<string[]> {
  host.slicer.begin();
  const wb = activeWorkbook(host);
  if (get(wb, 'ProtectStructure') === true) throw new ProtectedError('StructureProtected', null);
  // the clerk's sheet (adding a sheet activates it), activated again at the end
  const active = get<EtObject | null>(host.application(), 'ActiveSheet');
  const dateShift = workbookDateShift(wb, host.application());
  const built: { spec: SheetSpec; ws: EtObject }[] = [];
  const progress = onProgress && progressOfSpecs(specs, onProgress);
  try {
    const names = await withQuietApp(host, async (application) => {
      const worksheets = get<EtObject>(wb, 'Worksheets');
      const taken = new Set(sheetsOf(wb).map((s) => s.name));
      for (const [index, spec] of specs.entries()) {
        const temp = freeSheetName('督办生成中', taken);
        taken.add(temp);
        const all = sheetsOf(wb);
        const ws = call<EtObject>(worksheets, 'Add', undefined, all[all.length - 1].ws);
        built.push({ spec, ws });
        set(ws, 'Name', temp);
        set(ws, 'Visible', XL.sheetHidden);
        await writeContent(host, ws, spec, dateShift, progress && ((done) => progress(index, done)));
      }
      const finalNames = swapIn(wb, built, generated, taken);
      call(application, 'Calculate');
      built.length = 0; // swapped in: nothing to clean up any more
      return finalNames;
    });
    // freeze panes and AutoFilter on the visible sheet (through the window: the sheet is activated for
    // it, and the clerk's sheet activated again after, as Excel leaves it); validations may name other
    // sheets by their final names
    const application = host.application();
    for (const [i, spec] of specs.entries()) {
      const ws = call<EtObject>(get<EtObject>(wb, 'Worksheets'), 'Item', names[i]);
      applyViewSettings(application, ws, spec);
      if (!generated) applyValidations(ws, spec);
    }
    try {
      if (active) call(active, 'Activate');
    } catch {
      // the clerk's sheet was the one replaced: the new one stays active
    }
    if (progress) for (const [index, spec] of specs.entries()) await progress(index, spec.rows.length);
    host.slicer.close();
    return names;
  } catch (error) {
    const application = host.application();
    const alerts = get(application, 'DisplayAlerts');
    set(application, 'DisplayAlerts', false);
    for (const { ws } of built) {
      try {
        call(ws, 'Delete');
      } catch {
        // already gone
      }
    }
    set(application, 'DisplayAlerts', alerts ?? true);
    host.slicer.close();
    throw error;
  }
}

/** Rows planned at a time: planning a whole 100k-row sheet at once would itself block the pane. */
const PLAN_ROWS = 500;

/** Values, number formats and styles by row chunks (yielding between slices), then the sheet's layout. */
async function writeContent(host: WpsHost, ws: EtObject, spec: SheetSpec, dateShift: DateShift | null, onProgress?: ProgressCallback): Promise<void> {
  for (let first = 0; first < spec.rows.length; first += PLAN_ROWS) {
    const window = { ...spec, rows: spec.rows.slice(first, first + PLAN_ROWS) };
    // dates in the workbook's own serials (a 1904 workbook: 1,462 less), refused when unknown
    for (const planned of planWriteChunks(window, CHUNK_BUDGET, true, dateShift)) {
      const row = first + planned.row;
      // the Text format goes first, so that text reading like a number or formula stays text
      applyNumberFormats(ws, row, 0, planned.numberFormats);
      const range = call<EtObject>(ws, 'Range', rangeOfChunk(row, planned.rowCount, planned.columnCount));
      set(range, planned.hasFormulas ? 'Formula' : 'Value2', planned.cells);
      applyStyles(ws, planned.styles.map((r) => ({ ...r, top: r.top + first, bottom: r.bottom + first })));
      const done = row + planned.rowCount;
      if (onProgress && done < spec.rows.length) await onProgress(done, spec.rows.length);
      await host.slicer.maybePause();
    }
  }
  applySheetLayout(ws, spec);
}

function rangeOfChunk(row: number, rows: number, cols: number): string {
  return rangeA1({ top: row, left: 0, bottom: row + rows - 1, right: cols - 1 });
}

/**
 * The swap: each built sheet made visible, Duban's earlier sheet of its name deleted (its place
 * taken), the sheet renamed, and for a generated sheet a marker name added. Returns the final names.
 */
function swapIn(wb: EtObject, built: readonly { spec: SheetSpec; ws: EtObject }[], generated: boolean, taken: Set<string>): string[] {
  const names = get<EtObject>(wb, 'Names');
  const markers = markersOf(wb);
  const usedMarkers = new Set(markers.map((m) => m.name));
  // sheets under construction, by name (each read of the collection gives new objects)
  const building = new Set(built.map((b) => String(get(b.ws, 'Name'))));
  const out: string[] = [];
  for (const { spec, ws } of built) {
    const tempName = String(get(ws, 'Name'));
    const sheets = sheetsOf(wb);
    const wanted = generated ? generatedSheetFor(spec.name, sheets.map((s) => ({ name: s.name, generated: markers.some((m) => m.sheet === s.name) }))) : undefined;
    const oldIndex = wanted === undefined ? -1 : sheets.findIndex((s) => s.name === wanted);
    const oldMarker = wanted === undefined ? undefined : markers.find((m) => m.sheet === wanted);
    // visible first: a workbook must keep a visible sheet while the old one goes
    set(ws, 'Visible', XL.sheetVisible);
    let finalName: string;
    if (oldIndex >= 0 && oldMarker) {
      const old = sheets[oldIndex];
      // the neighbour to put the new sheet beside, once the old one is gone
      const next = sheets.slice(oldIndex + 1).find((s) => !building.has(s.name));
      const previous = sheets.slice(0, oldIndex).reverse().find((s) => !building.has(s.name));
      call(old.ws, 'Delete');
      call(oldMarker.item, 'Delete');
      usedMarkers.delete(oldMarker.name);
      taken.delete(old.name);
      finalName = old.name;
      set(ws, 'Name', finalName);
      if (next) call(ws, 'Move', next.ws);
      else if (previous) call(ws, 'Move', undefined, previous.ws);
    } else {
      finalName = freeSheetName(spec.name, taken);
      set(ws, 'Name', finalName);
    }
    taken.add(finalName);
    building.delete(tempName);
    if (generated) {
      let n = 1;
      while (usedMarkers.has(`${GENERATED_MARKER}${n}`)) n++;
      usedMarkers.add(`${GENERATED_MARKER}${n}`);
      call(names, 'Add', `${GENERATED_MARKER}${n}`, `=${quoteSheet(finalName)}!$A$1`);
    }
    out.push(finalName);
  }
  if (generated) {
    // markers whose sheet the user deleted (#REF!) go too
    for (const m of markers) if (m.sheet === null && usedMarkers.has(m.name)) call(m.item, 'Delete');
  }
  return out;
}
