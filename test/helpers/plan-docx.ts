// Test helper: a .docx built with the `docx` library from a plan's text (one paragraph a line) and optional tables.
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export async function planDocx(text: string, tables: readonly (readonly (readonly string[])[])[] = []): Promise<Uint8Array> {
  const paragraphs = text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun({ text: line, font: '仿宋_GB2312' })] }));
  const tableBlocks = tables.map((rows) => new Table({
    rows: rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [new Paragraph(c)] })) })),
  }));
  const doc = new Document({ sections: [{ children: [...paragraphs, ...tableBlocks] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
