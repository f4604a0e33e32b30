// DUBAN.* under the custom-functions runtime's real rules (excel-runtime.ts): whole-column arguments,
// messages Excel drops with #NUM!, REGISTRY handles after the workbook is reopened, and no help text,
// computed column or template that hands a function a whole column.
import { promises as fs } from 'fs';
import * as path from 'path';
import { readSampleTexts } from '../../src/cli/io';
import { parseA1 } from '../../src/core/sheets/grid';
import { sampleSheets } from '../../src/core/sheets/sample';
import { templateSheets } from '../../src/core/sheets/template';
import { PaneActions } from '../../src/taskpane/actions';
import { OfficeWorkbook } from '../../src/workbook/excel/office';
import { SheetModel, WorkbookModel } from '../workbook/excel-double';
import { DATE, WHOLE_COLUMN_ROWS, registryColumns } from './excel-args';
import { callFromCell, installRuntime } from './excel-runtime';

type Functions = typeof import('../../src/functions/functions');
type Refresh = typeof import('../../src/functions/registry-refresh');

let uninstall: () => void;
let fns: Functions;
beforeAll(() => {
  uninstall = installRuntime();
  fns = jest.requireActual('../../src/functions/functions');
});
afterAll(() => uninstall());

/** A whole-column reference as a function argument: 单位名录!A:D, $A:$A, A:A. */
const WHOLE_COLUMN_ARG = /(?:^|[(,!\s])\$?[A-Z]{1,3}:\$?[A-Z]{1,3}(?=[),\s]|$)/;

describe('whole columns', () => {
  test('UNITS and REGISTRY refuse a whole column with a #VALUE! that says to use a bounded range', () => {
    for (const [fn, args] of [
      [fns.units, ['市委宣传部 市发改委', registryColumns(WHOLE_COLUMN_ROWS)]],
      [fns.registry, [registryColumns(WHOLE_COLUMN_ROWS)]],
      [fns.checkUnits, ['市委宣传部', registryColumns(WHOLE_COLUMN_ROWS)]],
    ] as const) {
      const shown = callFromCell(fn as never, [...args]);
      expect(shown).toMatchObject({ error: '#VALUE!' });
      expect((shown as { message: string }).message).toMatch(/整列.*单位名录!\$A\$1:\$D\$/);
    }
  });

  test('a bounded registry range still works (and is what the web accepts)', () => {
    const bounded = registryColumns(500);
    expect(callFromCell(fns.units as never, ['市委宣传部 市发改委', bounded], 'web')).toEqual({ value: [['市委宣传部'], ['市发展改革委']] });
    expect(callFromCell(fns.units as never, ['市委宣传部', registryColumns(WHOLE_COLUMN_ROWS)], 'web')).toEqual({ error: '#CALC!', message: undefined });
  });

  test('no function example in the help uses a whole column', async () => {
    const help = await fs.readFile(path.join(__dirname, '../../src/help/help.html'), 'utf8');
    const examples = [...help.matchAll(/<code>([^<]*)<\/code>/g)].map((m) => m[1]);
    expect(examples.some((e) => e.includes('DUBAN.UNITS'))).toBe(true);
    // the text may name A:D to warn against it; no formula does
    expect(examples.filter((e) => e.includes('DUBAN.') && WHOLE_COLUMN_ARG.test(e))).toEqual([]);
  });

  test('no formula 添加计算列 writes, and no list the template sets, names a whole column', async () => {
    const model = new WorkbookModel();
    model.addSheet('Sheet1');
    const port = new OfficeWorkbook(model.run);
    await port.addSheets(sampleSheets(await readSampleTexts()));
    await new PaneActions(port, { now: () => Date.UTC(2023, 6, 3, 2, 5) }).addComputedColumns({});
    const formulas = model.sheets.flatMap((s) => [...s.cells.values()].flatMap((row) => [...row.values()].map((c) => c.formula).filter((f): f is string => !!f)));
    expect(formulas.some((f) => f.includes('SUMIFS') || f.includes('COUNTIFS'))).toBe(true);
    expect(formulas.filter((f) => WHOLE_COLUMN_ARG.test(f))).toEqual([]);
    const sources = templateSheets().flatMap((s) => (s.validations ?? []).map((v) => (Array.isArray(v.list) ? '' : (v.list as { source: string }).source)));
    expect(sources.filter((f) => WHOLE_COLUMN_ARG.test(f))).toEqual([]);
  });
});

describe('messages', () => {
  test('every error a function gives carries its Chinese message to the cell (#VALUE! or #N/A)', () => {
    const cases: [(...a: never[]) => unknown, unknown[]][] = [
      [fns.quota, ['每月不少于2篇', DATE(2024, 6, 30), DATE(2024, 1, 1)]], // start after end
      [fns.workday, [-5, 3]], // not a date
      [fns.deadline, ['5月底前', 123456]], // year out of range
      [fns.status, ['2023年2月30日']], // no such date
      [fns.isWorkday, [DATE(2099, 1, 5)]], // a year without holiday data
    ];
    for (const [fn, args] of cases) {
      const shown = callFromCell(fn, args);
      expect(shown).toHaveProperty('error');
      expect((shown as { message?: string }).message).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});

describe('REGISTRY after the workbook is reopened', () => {
  /** The document's settings as a map, counting writes (each would mark the document changed). */
  function memoryStore(initial: string[] = []) {
    let cells = [...initial];
    const store = { writes: 0, read: () => [...cells], write: async (next: readonly string[]) => void ((cells = [...next]), store.writes++) };
    return store;
  }

  test('UNITS over a saved handle works once the recorded cell is recalculated: no formula rewritten, no scan, one request per 25 cells', async () => {
    // The session that saved the workbook: a handle in H1, read from 单位名录!$A$1:$D$6, its address recorded.
    const rows = registryColumns(6) as string[][];
    const store = memoryStore();
    const saved = fns.registry(rows as never, { address: '任务分工表!H1' } as never);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(store.read()).toEqual([]); // outside Excel nothing is recorded (no document settings) ...
    const refreshBefore = jest.requireActual<Refresh>('../../src/functions/registry-refresh');
    expect(await refreshBefore.recordRegistryCell('任务分工表!H1', store)).toBe(true); // ... in Excel, the cell is
    expect(await refreshBefore.recordRegistryCell('任务分工表!H1', store)).toBe(false); // the same cell again: nothing written
    expect(store.writes).toBe(1);

    const model = new WorkbookModel();
    const registrySheet = model.addSheet('单位名录');
    rows.forEach((row, r) => row.forEach((v, c) => registrySheet.setCell(r, c, { value: v })));
    const tasks = model.addSheet('任务分工表');
    tasks.setCell(0, 7, { value: saved, formula: '=DUBAN.REGISTRY(单位名录!$A$1:$D$6)' });
    for (let r = 1; r < 200; r++) tasks.setCell(r, 0, { value: r, formula: `=ROW()` }); // other formulas: not touched

    // Reopened: a fresh runtime (no handle known); Excel calculates nothing non-volatile on open.
    let fresh!: Functions;
    let refresh!: Refresh;
    jest.isolateModules(() => {
      fresh = jest.requireActual('../../src/functions/functions');
      refresh = jest.requireActual('../../src/functions/registry-refresh');
    });
    expect(callFromCell(fresh.units as never, ['市发改委', [[saved]]])).toMatchObject({ error: '#N/A' });

    // Excel's calculation of a REGISTRY formula calls the runtime's function with the range's values.
    const calculatedFormulas: string[] = [];
    model.calculator = (sheet: SheetModel, _r: number, _c: number, formula: string) => {
      calculatedFormulas.push(formula);
      const m = /^=DUBAN\.REGISTRY\((.+)!\$?([A-Z]+\$?\d+):\$?([A-Z]+\$?\d+)\)$/.exec(formula.replace(/\$/g, ''));
      if (!m) return null;
      const source = model.sheet(m[1])!;
      const from = parseA1(m[2])!, to = parseA1(m[3])!;
      const values: unknown[][] = [];
      for (let r = from.row; r <= to.row; r++) {
        const row: unknown[] = [];
        for (let c = from.col; c <= to.col; c++) row.push(source.valueAt(r, c));
        values.push(row);
      }
      void sheet;
      return fresh.registry(values as never);
    };
    const outcome = await refresh.recalculateRegistryCells(model.run as never, store.read());
    expect(outcome).toEqual({ recalculated: 1, missing: [] });
    expect(calculatedFormulas).toEqual(['=DUBAN.REGISTRY(单位名录!$A$1:$D$6)']); // the known cell only, no scan of 200 formulas
    expect(model.syncs.length).toBe(2);
    expect(tasks.cell(0, 7)?.formula).toBe('=DUBAN.REGISTRY(单位名录!$A$1:$D$6)'); // not re-entered
    expect(tasks.cell(0, 7)?.value).toBe(saved); // the same content gives the same handle
    expect(callFromCell(fresh.units as never, ['市发改委', [[saved]]])).toEqual({ value: [['市发展改革委']] });
  });

  test('a recorded cell whose sheet is gone is reported in Chinese; the others are still recalculated', async () => {
    const refresh = jest.requireActual<Refresh>('../../src/functions/registry-refresh');
    const model = new WorkbookModel();
    model.addSheet('任务分工表').setCell(0, 7, { value: 'x', formula: '=1' });
    const outcome = await refresh.recalculateRegistryCells(model.run as never, ['任务分工表!H1', "'旧 分工表'!$H$1"]);
    expect(outcome).toEqual({ recalculated: 1, missing: ["'旧 分工表'!$H$1"] });
    expect(refresh.restoreMessage(null, outcome.missing)).toMatch(/没有找到 DUBAN\.REGISTRY 所在的单元格 '旧 分工表'!\$H\$1.*Ctrl\+Alt\+F9/);
    expect(refresh.restoreMessage(new Error('AccessDenied'))).toMatch(/没能.*AccessDenied.*Ctrl\+Alt\+F9/);
    expect(refresh.splitAddress("'旧 分工表'!$H$1")).toEqual({ sheet: '旧 分工表', cell: 'H1' });
  });
});
