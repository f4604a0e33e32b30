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
  const ws = wb.addWorksheet(table.sheet, {
    pageSetup: { orientation: 'landscape', paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  table.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value === null || value === '') return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = value;
      cell.alignment = { wrapText: true, vertical: 'middle' };
    });
  });
  for (const range of table.merges ?? []) ws.mergeCells(range);
  const widths = [8, 24, 44, 22, 22, 16, 14, 14];
  widths.forEach((w, i) => { ws.getColumn(i + 1).width = w; });
  // Row height from the longest wrapped cell (a CJK character is about two width units), so the PDF a
  // leader prints shows every line; merged rows such as titles keep one line.
  table.rows.forEach((row, r) => {
    const lines = Math.max(1, ...row.map((v, c) => {
      if (v === null || v === '' || typeof v === 'number') return 1;
      return String(v).split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * 2) / (widths[c] ?? 14))), 0);
    }));
    // a title or section band spans the whole table; a cell merged across two columns (崇川 58) wraps like any other
    const lastColumn = String.fromCharCode(64 + Math.max(...table.rows.map((x) => x.length)));
    const wholeRow = (table.merges ?? []).some((m) => m === `A${r + 1}:${lastColumn}${r + 1}`);
    ws.getRow(r + 1).height = wholeRow ? 20 : Math.min(409, 15 * lines);
  });
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
