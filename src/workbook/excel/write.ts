// Writing sheets through Office.js: each built under a temporary hidden name in budgeted requests with
// calculation suspended, then swapped in (the earlier generated sheet replaced, a user's never), so
// that a failure leaves the workbook as it was.
/// <reference types="office-js" />
import { a1, columnLetters, parseA1, rangeA1 } from '../../core/sheets/grid';
import { SheetSpec } from '../../core/sheets/sheet-spec';
import { GENERATED_MARKER, ProgressCallback, freeSheetName, generatedSheetFor, progressOfSpecs } from '../port';
import { ProtectedError } from './calculation';
import { applyPrintLayout, applyStyle, columnWidthPoints } from './format';
import { markersOf } from './read';
import { DateShift, dateShiftOf, queueDateProbe } from './date-system';
import { BATCH_RESERVE, Batcher, ExcelHost, OP_BYTES, utf8Bytes } from './requests';
import { groupRects, planWriteChunks } from './write-plan';

/**
 * Builds each sheet under a temporary hidden name, chunk by chunk with calculation suspended, then
 * swaps it in: for a generated sheet the earlier generated sheet of that name is deleted, the
 * temporary sheet renamed, and the marker name added. Any failure before the swap deletes the
 * temporary sheets, leaving the workbook as it was.
 */
export async function writeSheets(host: ExcelHost, specs: readonly SheetSpec[], generated: boolean, onProgress?: ProgressCallback): Promise<string[]> {
  const temps: string[] = [];
  const progress = onProgress && progressOfSpecs(specs, onProgress);
  try {
    return await host.run(async (context) => {
      const sheets = context.workbook.worksheets.load('items/name,items/position');
      const names = context.workbook.names.load('items/name,items/type,items/value');
      const structure = host.supports('ExcelApi', '1.7') ? context.workbook.protection.load('protected') : null;
      const dateProbe = queueDateProbe(context);
      await context.sync();
      if (structure?.protected) throw new ProtectedError('StructureProtected', null);
      const dateShift = dateShiftOf(dateProbe);
      const markers = markersOf(names);
      const taken = new Set(sheets.items.map((s) => s.name));
      const batcher = new Batcher(context, host.budget, true);

      const built: { spec: SheetSpec; temp: string; ws: Excel.Worksheet }[] = [];
      for (const [index, spec] of specs.entries()) {
        const temp = freeSheetName('督办生成中', taken);
        taken.add(temp);
        temps.push(temp);
        let ws!: Excel.Worksheet;
        await batcher.add(OP_BYTES, () => {
          ws = context.workbook.worksheets.add(temp);
          ws.visibility = 'Hidden';
        });
        await writeContent(host, batcher, ws, spec, !generated, dateShift, progress && ((done) => progress(index, done)));
        built.push({ spec, temp, ws });
      }
      await batcher.flush();

      // The swap: one request.
      const finalNames: string[] = [];
      const usedMarkers = new Set(markers.map((m) => m.name));
      for (const { spec, ws } of built) {
        let finalName: string;
        let position: number | undefined;
        // the earlier generated sheet of this name, also when a user's sheet made it take "name (2)"
        const wanted = generated ? generatedSheetFor(spec.name, sheets.items.map((s) => ({ name: s.name, generated: markers.some((m) => m.sheet === s.name) }))) : undefined;
        const oldSheet = wanted === undefined ? undefined : sheets.items.find((s) => s.name === wanted);
        const oldMarker = wanted === undefined ? undefined : markers.find((m) => m.sheet === wanted);
        // visible first: a workbook must keep a visible sheet while the old one goes
        ws.visibility = 'Visible';
        if (oldSheet && oldMarker) {
          position = oldSheet.position;
          oldSheet.delete();
          context.workbook.names.getItem(oldMarker.name).delete();
          usedMarkers.delete(oldMarker.name);
          taken.delete(wanted!);
          finalName = wanted!;
        } else {
          finalName = freeSheetName(spec.name, taken);
        }
        taken.add(finalName);
        ws.name = finalName;
        if (position !== undefined) ws.position = position;
        if (generated) {
          let n = 1;
          while (usedMarkers.has(`${GENERATED_MARKER}${n}`)) n++;
          usedMarkers.add(`${GENERATED_MARKER}${n}`);
          context.workbook.names.add(`${GENERATED_MARKER}${n}`, ws.getRange('A1'), 'Duban 督办生成的工作表，重新生成时替换');
        }
        finalNames.push(finalName);
      }
      if (generated) {
        // markers whose sheet the user deleted (#REF!) go too
        for (const m of markers) if (m.sheet === null && usedMarkers.has(m.name)) context.workbook.names.getItem(m.name).delete();
      }
      // what the chunks wrote with calculation suspended is calculated now
      context.workbook.application.calculate('Recalculate');
      await context.sync();
      temps.length = 0; // swapped in: nothing to clean up any more

      // Freeze panes and AutoFilter once the sheet is visible (set on a hidden sheet they misbehave);
      // validations may refer to other sheets by their final names: both after the swap.
      const after = new Batcher(context, host.budget, false);
      for (const { spec, ws } of built) {
        await writeViewSettings(host, after, ws, spec);
        if (!generated) await writeValidations(host, after, ws, spec);
      }
      await after.flush();
      if (progress) for (const [index, spec] of specs.entries()) await progress(index, spec.rows.length);
      return finalNames;
    });
  } catch (error) {
    if (temps.length) await deleteSheets(host, temps).catch(() => undefined);
    throw error;
  }
}

/** Values, number formats, styles, widths, merges, freeze panes, conditional formats and charts. */
async function writeContent(host: ExcelHost, batcher: Batcher, ws: Excel.Worksheet, spec: SheetSpec, deferValidations: boolean, dateShift: DateShift | null, onProgress?: ProgressCallback): Promise<void> {
  const groupStyles = host.supports('ExcelApi', '1.9');
  for (const chunk of planWriteChunks(spec, host.budget - BATCH_RESERVE, groupStyles, dateShift)) {
    // each chunk fills a request: the rows before it have been sent by now
    if (onProgress && chunk.row > 0) await onProgress(chunk.row, spec.rows.length);
    await batcher.add(chunk.bytes, () => {
      const range = ws.getRangeByIndexes(chunk.row, 0, chunk.rowCount, chunk.columnCount);
      range.numberFormat = chunk.numberFormats;
      if (chunk.hasFormulas) range.formulas = chunk.cells;
      else range.values = chunk.cells;
      if (groupStyles) {
        for (const group of groupRects(chunk.styles)) {
          const target = group.length === 1 ? ws.getRange(rangeA1(group[0])) : ws.getRanges(group.map(rangeA1).join(','));
          applyStyle(target, group[0].style, group[0]);
        }
      } else {
        for (const rect of chunk.styles) applyStyle(ws.getRange(rangeA1(rect)), rect.style, rect);
      }
    });
  }
  const widths = spec.widths ?? [];
  for (let c = 0; c < widths.length; c++) {
    const w = widths[c];
    if (w > 0) await batcher.add(OP_BYTES, () => {
      ws.getRange(`${columnLetters(c)}:${columnLetters(c)}`).format.columnWidth = columnWidthPoints(w);
    });
  }
  for (const m of spec.merges ?? []) await batcher.add(OP_BYTES, () => ws.getRange(rangeA1(m)).merge(false));
  if (spec.tabColor) await batcher.add(OP_BYTES, () => { ws.tabColor = `#${spec.tabColor}`; });
  const print = spec.print;
  if (print && host.supports('ExcelApi', '1.9')) {
    await batcher.add(OP_BYTES, () => applyPrintLayout(ws, print));
  }
  for (const cf of spec.conditionalFormats ?? []) {
    await batcher.add(OP_BYTES, () => {
      const format = ws.getRange(cf.range).conditionalFormats.add('DataBar');
      format.dataBar.positiveFormat.fillColor = `#${cf.color}`;
      format.dataBar.positiveFormat.gradientFill = false;
    });
  }
  for (const chart of spec.charts ?? []) {
    await batcher.add(OP_BYTES * 2, () => {
      const c = ws.charts.add('BarClustered', ws.getRange(chart.values), 'Columns');
      c.title.text = chart.title;
      c.legend.visible = false;
      c.series.getItemAt(0).setXAxisValues(ws.getRange(chart.categories));
      const anchor = parseA1(chart.anchor);
      c.setPosition(chart.anchor, anchor ? a1(anchor.row + 19, anchor.col + 7) : undefined);
    });
  }
  if (!deferValidations) await writeValidations(host, batcher, ws, spec);
}

/** Freeze panes and AutoFilter: for a visible sheet only. */
async function writeViewSettings(host: ExcelHost, batcher: Batcher, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
  const freeze = spec.freeze;
  if (freeze && (freeze.rows > 0 || freeze.columns > 0)) {
    await batcher.add(OP_BYTES, () => {
      if (freeze.rows > 0 && freeze.columns > 0) ws.freezePanes.freezeAt(ws.getRange(`A1:${a1(freeze.rows - 1, freeze.columns - 1)}`));
      else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
      else ws.freezePanes.freezeColumns(freeze.columns);
    });
  }
  if (spec.autoFilter && host.supports('ExcelApi', '1.9')) await batcher.add(OP_BYTES, () => ws.autoFilter.apply(ws.getRange(spec.autoFilter!)));
}

async function writeValidations(host: ExcelHost, batcher: Batcher, ws: Excel.Worksheet, spec: SheetSpec): Promise<void> {
  if (!spec.validations?.length || !host.supports('ExcelApi', '1.8')) return;
  for (const v of spec.validations) {
    const source = Array.isArray(v.list) ? (v.list as string[]).join(',') : (v.list as { source: string }).source;
    await batcher.add(OP_BYTES + utf8Bytes(source), () => {
      const dv = ws.getRange(v.range).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source } };
      dv.ignoreBlanks = true;
      dv.errorAlert = v.allowOther
        ? { showAlert: false, style: 'Information', title: '提示', message: '可从下拉列表中选择。' }
        : { showAlert: true, style: 'Stop', title: '输入无效', message: '请从下拉列表中选择。' };
      if (v.prompt) dv.prompt = { showPrompt: true, title: '提示', message: v.prompt };
    });
  }
}

/** Deletes sheets by name where they exist (the temporary sheets of a failed write). */
async function deleteSheets(host: ExcelHost, names: readonly string[]): Promise<void> {
  await host.run(async (context) => {
    const found = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n));
    await context.sync();
    for (const ws of found) if (!ws.isNullObject) ws.delete();
    await context.sync();
  });
}
