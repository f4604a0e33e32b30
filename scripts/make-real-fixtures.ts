// Builds test/fixtures/real/<id>.xlsx from each <id>.table.json (the real tables as a clerk pasted them).
import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';

const DIR = path.join(__dirname, '..', 'test', 'fixtures', 'real');

interface TableJson {
  sheet: string;
  rows: (string | number | null)[][];
  merges?: string[];
}

async function build(id: string): Promise<void> {
  const table = JSON.parse(await fs.readFile(path.join(DIR, `${id}.table.json`), 'utf8')) as TableJson;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'make-real-fixtures';
  const ws = wb.addWorksheet(table.sheet);
  table.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });
  });
  for (const range of table.merges ?? []) ws.mergeCells(range);
  const widths = [6, 30, 40, 18, 18, 14, 14, 14];
  ws.columns.forEach((col, i) => { col.width = widths[i] ?? 14; });
  await wb.xlsx.writeFile(path.join(DIR, `${id}.xlsx`));
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const ids = (await fs.readdir(DIR))
    .filter((f) => f.endsWith('.table.json'))
    .map((f) => f.replace(/\.table\.json$/, ''))
    .filter((id) => only.length === 0 || only.includes(id))
    .sort();
  for (const id of ids) {
    await build(id);
    console.log(`${id}.xlsx`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
