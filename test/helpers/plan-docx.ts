// Test helper: a .docx built with the `docx` library from a plan's text (one paragraph a line) and optional tables, or from blocks with merged cells (a transcribed Word file).
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { WordBlock, WordCell } from '../fixtures/plans/word/transcriptions';

const FONT = '仿宋_GB2312';
const para = (text: string) => new Paragraph({ children: [new TextRun({ text, font: FONT })] });

export async function planDocx(text: string, tables: readonly (readonly (readonly string[])[])[] = []): Promise<Uint8Array> {
  return blocksDocx([...text.split(/\r?\n/), ...tables.map((rows) => ({ rows }))]);
}

/** Paragraphs and tables in order, as a clerk's Word file holds them: cells may span columns (colSpan) and rows (rowSpan, the covered cells left out of later rows). */
export async function blocksDocx(blocks: readonly WordBlock[]): Promise<Uint8Array> {
  const children = blocks.map((b) => typeof b === 'string'
    ? para(b)
    : new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: b.rows.map((cells) => new TableRow({
        children: cells.map((c) => {
          const cell: WordCell = typeof c === 'string' ? { text: c } : c;
          return new TableCell({
            children: [para(cell.text)],
            ...(cell.rowSpan ? { rowSpan: cell.rowSpan } : {}),
            ...(cell.colSpan ? { columnSpan: cell.colSpan } : {}),
          });
        }),
      })),
    }));
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children }] })));
}

/** The grid a reader should see: every cell a merged one covers holds its text. */
export function expandedRows(rows: readonly (readonly (string | WordCell)[])[]): string[][] {
  const grid: string[][] = [];
  const below = new Map<number, { text: string; left: number }>();
  for (const cells of rows) {
    const row: string[] = [];
    const fill = () => {
      for (let s = below.get(row.length); s && s.left > 0; s = below.get(row.length)) {
        s.left--;
        row.push(s.text);
      }
    };
    for (const c of cells) {
      fill();
      const cell: WordCell = typeof c === 'string' ? { text: c } : c;
      for (let k = 0; k < (cell.colSpan ?? 1); k++) {
        if ((cell.rowSpan ?? 1) > 1) below.set(row.length, { text: cell.text, left: cell.rowSpan! - 1 });
        row.push(cell.text);
      }
    }
    fill();
    grid.push(row);
  }
  return grid;
}
