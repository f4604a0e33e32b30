// docs/ADDIN.md's first-run checklist, evaluated: every formula row of its table is parsed from the doc and
// computed by the DUBAN.* functions over the sample workbook (as Excel would pass the ranges), so the doc's
// expected values cannot drift from what a tester in Excel sees; the pane items' sheet and cell names too.
import * as fs from 'fs';
import * as path from 'path';
import { readSampleTexts } from '../../src/cli/io';
import { fromSerial, formatISO } from '../../src/core/dates/civil-date';
import { sampleSheets } from '../../src/core/sheets/sample';
import { SheetSpec } from '../../src/core/sheets/sheet-spec';
import * as fns from '../../src/functions/functions';
import { PaneActions } from '../../src/taskpane/actions';
import { OfficeWorkbook } from '../../src/workbook/excel/office';
import { WorkbookModel } from '../workbook/excel-double';
import { Shown, callFromCell, installRuntime } from '../functions/excel-runtime';

const DOC = fs.readFileSync(path.join(__dirname, '../../docs/ADDIN.md'), 'utf8');

/** The functions by the name a cell uses (DUBAN.<id>), as functions.ts registers them. */
const BY_ID: Record<string, (...args: never[]) => unknown> = {
  QUOTA: fns.quota, DEADLINE: fns.deadline, WORKDAY: fns.workday, ISWORKDAY: fns.isWorkday, NETWORKDAYS: fns.networkdays,
  STATUS: fns.status, REGISTRY: fns.registry, UNITS: fns.units, CHECKUNITS: fns.checkUnits, LEVEL: fns.level, POINTS: fns.points,
};

interface Row {
  readonly formula: string;
  readonly expected: string;
  /** The whole first column, with any note such as （例如放在 H1）. */
  readonly note: string;
}

/** The rows of the checklist's formula table (| 公式 | 应得 |), Chinese section. */
function checklistRows(): Row[] {
  const start = DOC.indexOf('| 公式 | 应得 |');
  expect(start).toBeGreaterThan(0);
  const rows: Row[] = [];
  for (const line of DOC.slice(start).split('\n').slice(2)) {
    if (!line.startsWith('|')) break;
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => c.trim());
    const formula = /^`(=[^`]+)`/.exec(cells[0]);
    expect([line, formula !== null]).toEqual([line, true]);
    rows.push({ formula: formula![1], expected: cells[1], note: cells[0] });
  }
  return rows;
}

const COLUMN = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

/** A cell or range reference as Excel passes it to a function: a matrix, '' for empty cells; a whole column has 1,048,576 rows. */
function rangeValue(sheet: SheetSpec, ref: string): unknown[][] {
  const m = /^\$?([A-Z]+)\$?(\d*):\$?([A-Z]+)\$?(\d*)$/.exec(ref);
  if (!m) throw new Error(`unreadable range ${ref}`);
  const [top, bottom] = m[2] ? [Number(m[2]) - 1, Number(m[4]) - 1] : [0, 1_048_575];
  const [left, right] = [COLUMN(m[1]), COLUMN(m[3])];
  const out: unknown[][] = [];
  for (let r = top; r <= bottom; r++) {
    const row: unknown[] = [];
    for (let c = left; c <= right; c++) {
      const v = sheet.rows[r]?.[c]?.value ?? null;
      row.push(v === null || typeof v === 'object' ? '' : v);
    }
    out.push(row);
  }
  return out;
}

/** Splits a function's arguments at top-level commas. */
function splitArgs(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = '';
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '(') depth++;
    if (!quoted && ch === ')') depth--;
    if (!quoted && depth === 0 && ch === ',') {
      out.push(current.trim());
      current = '';
    } else current += ch;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}

/** Evaluates the one call of a checklist formula: strings, numbers, DATE(), sheet ranges and cells named in `cells`. */
function evaluate(formula: string, sheets: readonly SheetSpec[], cells: Map<string, unknown>): Shown {
  const call = /^=DUBAN\.([A-Z]+)\((.*)\)$/.exec(formula);
  if (!call) throw new Error(`not a DUBAN call: ${formula}`);
  const args = splitArgs(call[2]).map((arg): unknown => {
    if (/^".*"$/.test(arg)) return arg.slice(1, -1);
    if (/^-?\d+(\.\d+)?$/.test(arg)) return Number(arg);
    if (arg === 'TRUE' || arg === 'FALSE') return arg === 'TRUE';
    const date = /^DATE\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(arg);
    if (date) return Math.round(Date.UTC(+date[1], +date[2] - 1, +date[3]) / 86400000) + 25569;
    const ref = /^([^!]+)!(.+)$/.exec(arg);
    if (ref) {
      const sheet = sheets.find((s) => s.name === ref[1]);
      if (!sheet) throw new Error(`no sheet ${ref[1]} in the sample`);
      return rangeValue(sheet, ref[2]);
    }
    const cell = arg.replace(/\$/g, '');
    if (cells.has(cell)) return [[cells.get(cell)]];
    throw new Error(`unreadable argument ${arg} in ${formula}`);
  });
  const fn = BY_ID[call[1]];
  if (!fn) throw new Error(`no function DUBAN.${call[1]}`);
  return callFromCell(fn, args);
}

/** The value a cell shows, as the checklist words it: dates as yyyy-mm-dd (the doc asks for a date format), spills joined by 、. */
function shownText(shown: Shown, expectsDate: boolean): string {
  if ('error' in shown) return shown.error;
  const v = shown.value;
  if (Array.isArray(v)) return v.map((row) => (row as unknown[]).join(' ')).join('、');
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  const serial = typeof v === 'object' && v !== null && 'basicValue' in v ? (v as { basicValue: unknown }).basicValue : v; // a formatted date
  if (expectsDate && typeof serial === 'number') return formatISO(fromSerial(serial)!);
  return String(v);
}

let restore: () => void;
beforeAll(() => {
  restore = installRuntime();
});
afterAll(() => restore());

test('every formula row of the checklist gives what the doc says on the sample workbook', async () => {
  const sheets = sampleSheets(await readSampleTexts());
  const rows = checklistRows();
  expect(rows.length).toBeGreaterThanOrEqual(12);
  const cells = new Map<string, unknown>();
  const results = rows.map(({ formula, expected, note }) => {
    const shown = evaluate(formula, sheets, cells);
    // the REGISTRY row names the cell it sits in (例如放在 H1): later rows refer to it
    const at = /放在\s*([A-Z]+\d+)/.exec(note);
    if (at && 'value' in shown) cells.set(at[1], shown.value);
    const spans = [...expected.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
    expect([formula, spans.length > 0]).toEqual([formula, true]);
    const value = spans[0];
    const isDate = /^\d{4}-\d{2}-\d{2}$/.test(value);
    const got = shownText(shown, isDate);
    const pattern = new RegExp(`^${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/…/g, '.+')}$`);
    const messageOk = spans.slice(1).every((part) => 'error' in shown && (shown.message ?? '').includes(part));
    return { formula, expected: value, ok: pattern.test(got) && messageOk, got, message: 'error' in shown ? shown.message : undefined };
  });
  expect(results.filter((r) => !r.ok)).toEqual([]);
});

test('the pane items name the sheets and cells the pane produces on the sample', async () => {
  const model = new WorkbookModel();
  model.addSheet('Sheet1');
  const port = new OfficeWorkbook(model.run);
  await port.addSheets(sampleSheets(await readSampleTexts()));
  const actions = new PaneActions(port, { now: () => Date.UTC(2023, 6, 3, 2, 5) });

  const checkLine = DOC.split('\n').find((l) => l.startsWith('- **校验**'))!;
  const [, cellRef, unknown, suggested] = /`任务分工表!([A-Z]+\d+)`[^`]*`([^`]+)`[^`]*`([^`]+)`/.exec(checkLine)!;
  const view = await actions.check({});
  const issue = view.issues.find((i) => i.sheet === '任务分工表' && i.cell === cellRef && i.message.includes(unknown));
  expect(issue?.suggestion).toBe(suggested);

  const generateLine = DOC.split('\n').find((l) => l.startsWith('- **生成汇总**'))!;
  const named = [...generateLine.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
  expect(named.length).toBeGreaterThanOrEqual(3);
  await actions.generate({}, () => undefined);
  const names = model.sheets.map((s) => s.name);
  expect(named.filter((n) => !names.includes(n))).toEqual([]);
});
