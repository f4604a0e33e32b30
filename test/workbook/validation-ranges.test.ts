// Validations exceljs keeps cell by cell are folded back into ranges before a save: the same cells, the same rules, one entry a rectangle.
import { foldValidations, ValidationModel } from '../../src/workbook/file/validation-ranges';
import { FileWorkbook } from '../../src/workbook/file/file';
import { readFileSync } from 'fs';
import * as path from 'path';

const units = { type: 'list', formulae: ['单位名录!$A$2:$A$2000'] };
const status = { type: 'list', formulae: ['"已完成,进行中,未开始"'] };

function cells(model: ValidationModel, from: string, rows: [number, number], rule: object): void {
  for (const col of from) for (let r = rows[0]; r <= rows[1]; r++) model[`${col}${r}`] = rule;
}

test('runs down a column, and equal runs side by side, become one range each; single cells and ranges stay', () => {
  const model: ValidationModel = {};
  cells(model, 'CD', [3, 2002], units);
  cells(model, 'G', [3, 2002], status);
  // the same rule (an equal object, not the same one) over a shorter run in H: a range of its own
  cells(model, 'H', [3, 10], { ...status });
  model.K5 = status;
  model['M2:M9'] = units;
  model.N1 = undefined;
  foldValidations(model);
  expect(model).toEqual({ 'C3:D2002': units, 'G3:G2002': status, 'H3:H10': status, K5: status, 'M2:M9': units, N1: undefined });
});

test('the cells a rule covers are the same after folding, gaps kept', () => {
  const model: ValidationModel = {};
  cells(model, 'B', [2, 5], units);
  cells(model, 'B', [8, 9], units);
  cells(model, 'C', [2, 5], units);
  foldValidations(model);
  expect(Object.keys(model).sort()).toEqual(['B2:C5', 'B8:B9']);
});

test('a loaded workbook saved again keeps every list validation it had, each once (exceljs alone wrote C10:D2002 beside C3:D2002)', async () => {
  const wb = await FileWorkbook.load(readFileSync(path.resolve(__dirname, '..', 'fixtures', 'sample.xlsx')));
  const again = await FileWorkbook.load(await wb.save());
  const sheet = again.workbook.getWorksheet('任务分工表')!;
  const model = (sheet as unknown as { dataValidations: { model: ValidationModel } }).dataValidations.model;
  // every cell of C3:D2002 and G3:G2002 has its list, and nothing else on the sheet has one
  expect(Object.keys(model).length).toBe(2000 * 3);
  expect(model.C3).toMatchObject({ type: 'list', formulae: ['单位名录!$A$2:$A$2000'] });
  expect(model.D2002).toMatchObject({ type: 'list' });
  expect(model.G500).toMatchObject({ type: 'list', formulae: ['"已完成,进行中,未开始"'] });
  expect(model.E3).toBeUndefined();
});
