// The DUBAN.* functions in a workbook saved with the 1904 date system: date arguments come in 1,462
// less and date results go back 1,462 less, the date system is asked of Excel once per document (the
// first date function waits for the answer), and no answer is #VALUE! saying so, never four years off.
import * as fns from '../../src/functions/functions';
import { DATE_SYSTEM_UNKNOWN_IN_FUNCTION } from '../../src/functions/date-system';
import { WorkbookModel } from '../workbook/excel-double';
import { DATE } from './excel-args';
import { RuntimeError, installRuntime } from './excel-runtime';

/** DATE(y, m, d) as a 1904 workbook calculates it. */
const DATE1904 = (y: number, m: number, d: number) => DATE(y, m, d) - 1462;

let uninstall: () => void;
beforeAll(() => {
  uninstall = installRuntime();
});
afterAll(() => uninstall());
afterEach(() => {
  delete (globalThis as Record<string, unknown>).Excel;
  fns.setDateShiftSource(fns.excelShiftSource);
});

/** The error a call throws (synchronously or as its promise's rejection). */
async function errorOf(call: () => unknown): Promise<RuntimeError> {
  try {
    await call();
  } catch (e) {
    expect(e).toBeInstanceOf(RuntimeError);
    return e as RuntimeError;
  }
  throw new Error('expected an Excel error');
}

test('in a 1904 workbook every date function reads and returns the days Excel shows', () => {
  fns.setDateShiftSource(() => 1462);
  expect(fns.workday(DATE1904(2023, 10, 9), -2)).toBe(DATE1904(2023, 10, 7)); // the make-up working Saturday
  expect(fns.isWorkday(DATE1904(2023, 10, 7))).toBe(true);
  expect(fns.isWorkday(DATE1904(2023, 10, 8))).toBe(true); // 2023-10-08 was a make-up working Sunday too
  expect(fns.isWorkday(DATE1904(2023, 10, 2))).toBe(false); // 国庆
  expect(fns.networkdays(DATE1904(2023, 9, 25), DATE1904(2023, 10, 8))).toBe(6);
  expect(fns.quota('每月不少于2篇', DATE1904(2024, 1, 1), DATE1904(2024, 6, 30))).toBe(12);
  expect(fns.deadline('5月底前', 2023)).toBe(DATE1904(2023, 5, 31));
  expect(fns.deadline('每月25日前', 2023, DATE1904(2023, 3, 26))).toBe(DATE1904(2023, 4, 25));
  expect(fns.deadline(DATE1904(2023, 6, 30))).toBe(DATE1904(2023, 6, 30));
  expect(fns.status(DATE1904(2023, 5, 31), '', DATE1904(2023, 6, 30))).toBe('逾期');
  expect(fns.status(DATE1904(2023, 5, 31), DATE1904(2023, 6, 2), DATE1904(2023, 6, 30))).toBe('逾期完成');
  expect(fns.status(DATE1904(2023, 5, 31), DATE1904(2023, 5, 30), DATE1904(2023, 6, 30))).toBe('已完成');
  // a 1×1 range and a formatted-number data type carry the workbook's serial too
  expect(fns.isWorkday([[DATE1904(2023, 10, 7)]])).toBe(true);
  expect(fns.isWorkday({ type: 'FormattedNumber', basicValue: DATE1904(2023, 10, 7), numberFormat: 'yyyy-mm-dd' })).toBe(true);
  // text dates and the plan year are no serials: as they are
  expect(fns.isWorkday('2023-10-07')).toBe(true);
  // a 节假日 range holds the workbook's serials: 2027-01-04 declared a rest day there is one
  const holidays = [['日期', '类型'], [DATE1904(2027, 1, 1), '休息日'], [DATE1904(2027, 1, 4), '休息日']];
  expect(fns.isWorkday(DATE1904(2027, 1, 4), holidays)).toBe(false);
  expect(fns.workday(DATE1904(2026, 12, 31), 1, holidays)).toBe(DATE1904(2027, 1, 5));
  // the same calls in a 1900 workbook
  fns.setDateShiftSource(() => 0);
  expect(fns.workday(DATE(2023, 10, 9), -2)).toBe(DATE(2023, 10, 7));
  expect(fns.deadline('5月底前', 2023)).toBe(45077);
});

test('the date system comes from Excel (DATE(2000,1,1) through Workbook.functions), asked once per document', async () => {
  const model = new WorkbookModel();
  model.date1904 = true;
  (globalThis as Record<string, unknown>).Excel = { run: model.run };
  fns.setDateShiftSource(fns.excelShiftSource);
  // the first call waits for Excel's answer: a promise Excel awaits (the cell shows #BUSY! meanwhile)
  const first = fns.workday(DATE1904(2023, 10, 9), -2) as unknown;
  expect(first).toBeInstanceOf(Promise);
  await expect(first).resolves.toBe(DATE1904(2023, 10, 7));
  // every later call answers at once, without asking again
  expect(fns.networkdays(DATE1904(2023, 9, 25), DATE1904(2023, 10, 8))).toBe(6);
  expect(fns.deadline('5月底前', 2023)).toBe(DATE1904(2023, 5, 31));
  expect(model.functionCalls).toEqual(['DATE(2000,1,1)']);
  expect(model.sheets).toEqual([]); // nothing written: no cell, no sheet
});

test('calls made while Excel is being asked all wait for the one answer', async () => {
  let answer!: (shift: 0 | 1462) => void;
  let asked = 0;
  fns.setDateShiftSource(() => {
    asked++;
    return new Promise((resolve) => {
      answer = resolve;
    });
  });
  const a = fns.isWorkday(DATE1904(2023, 10, 7)) as unknown;
  const b = fns.quota('每季度1次', DATE1904(2023, 1, 1), DATE1904(2023, 12, 31)) as unknown;
  answer(1462);
  await expect(a).resolves.toBe(true);
  await expect(b).resolves.toBe(4);
  expect(asked).toBe(1);
});

test('no answer from Excel: #VALUE! that says why, and the next calculation asks again', async () => {
  let asked = 0;
  fns.setDateShiftSource(() => {
    asked++;
    return asked === 1 ? Promise.reject(new Error('GeneralException')) : Promise.resolve(1462);
  });
  const e = await errorOf(() => fns.workday(DATE1904(2023, 10, 9), -2));
  expect(e.code).toBe('#VALUE!');
  expect(e.shown).toBe(DATE_SYSTEM_UNKNOWN_IN_FUNCTION);
  await expect(fns.workday(DATE1904(2023, 10, 9), -2) as unknown).resolves.toBe(DATE1904(2023, 10, 7));
  expect(asked).toBe(2);
  // an answer that never comes is bounded too (a short bound here; 15 s in Excel)
  fns.setDateShiftSource(() => new Promise(() => undefined), 20);
  expect((await errorOf(() => fns.isWorkday(DATE1904(2023, 10, 7)))).shown).toBe(DATE_SYSTEM_UNKNOWN_IN_FUNCTION);
});

test('functions without dates never wait for the date system', () => {
  fns.setDateShiftSource(() => new Promise(() => undefined));
  expect(fns.points('省级')).toBe(5);
  expect(fns.level('安徽日报', [['媒体名称', '级别'], ['安徽日报', '省级']])).toBe('省级');
});
