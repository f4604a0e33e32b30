// Test helpers for returned forms: a June form's file name, a date as exceljs writes it, a form edited as its clerk does, and the collect's printed lines.
import { promises as fs } from 'fs';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { duban } from './cli';
import { builtOnce } from './run-cache';

export const formName = (unit: string) => `${unit}-填报表-2023-06-01至2023-06-30.xlsx`;
export const at = (iso: string, time = '00:00') => new Date(`${iso}T${time}:00Z`);

/** Opens a workbook with exceljs, for a clerk's edits. */
export async function openWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Types rows into a sheet by 1-based row, from column A. */
export function typeRows(sheet: ExcelJS.Worksheet, rows: readonly [number, ExcelJS.CellValue[]][]): void {
  for (const [r, values] of rows) values.forEach((v, c) => (sheet.getCell(r, c + 1).value = v));
}

/** Checks that exactly one printed line starts "  <start>" and holds every part. */
export function lineChecker(out: string): (start: string, ...parts: string[]) => void {
  const lines = out.split('\n');
  return (start, ...parts) => {
    const found = lines.filter((l) => l.startsWith(`  ${start}`) && parts.every((p) => l.includes(p)));
    expect({ start, parts, found: found.length }).toEqual({ start, parts, found: 1 });
  };
}

/** The forms `duban forms --month <month>` makes from the unedited sample, into the folder `forms` (made once a run: run-cache.ts). */
export async function sampleForms(forms: string, month = '2023-06'): Promise<void> {
  await builtOnce(`sample-forms-${month}`, forms, async (out) => {
    const master = `${out}.master.xlsx`;
    expect((await duban('init', master, '--sample')).code).toBe(0);
    expect((await duban('forms', master, '-o', out, '--month', month)).code).toBe(0);
    await fs.rm(master, { force: true });
  });
}

/** The sample master (edited first when asked), its June forms, and an empty folder for what comes back. */
export async function sampleWithForms(dir: string, editMaster?: (master: string) => Promise<void>): Promise<{ master: string; forms: string; back: string }> {
  const master = path.join(dir, 'master.xlsx');
  expect((await duban('init', master, '--sample')).code).toBe(0);
  await editMaster?.(master);
  const forms = path.join(dir, 'forms');
  if (editMaster) expect((await duban('forms', master, '-o', forms, '--month', '2023-06')).code).toBe(0);
  else await sampleForms(forms);
  const back = path.join(dir, 'back');
  await fs.mkdir(back);
  return { master, forms, back };
}
