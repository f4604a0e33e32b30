// A Word submission laid out as a unit's clerk lays it out (docx), for the tests of how collect reads them.
import { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';

export type Part =
  | { masthead: string } // the red name of the bulletin, large
  | { issue: string } // 第12期
  | { imprint: string } // 编印 unit and date, a red rule under it
  | { title: string }
  | { body: string }
  | { table: string[] } // one row of a 信息 template's table (报送单位 | 城关镇 | 签发人 | 王五)
  | { rows: string[][] }; // a form's table of several rows (a 审批表, a 稿件登记表)

/** A submission laid out as a unit's clerk lays it out: 报头 in red 小标宋, title in 方正小标宋 centred, body in 仿宋. */
export async function submission(parts: readonly Part[]): Promise<Uint8Array> {
  const red = 'FF0000';
  const paragraphs = parts.map((p): Paragraph | Table => {
    if ('masthead' in p) return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: p.masthead, color: red, size: 72, bold: true, font: '方正小标宋简体' })] });
    if ('issue' in p) return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: p.issue, size: 32, font: '楷体_GB2312' })] });
    if ('imprint' in p) {
      return new Paragraph({
        border: { bottom: { style: BorderStyle.THICK_THIN_LARGE_GAP, size: 24, color: red, space: 4 } },
        children: [new TextRun({ text: p.imprint, size: 32, font: '楷体_GB2312' })],
      });
    }
    const row = (cells: string[]) => new TableRow({ children: cells.map((t) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, size: 28, font: '仿宋_GB2312' })] })] })) });
    if ('table' in p) return new Table({ rows: [row(p.table)] });
    if ('rows' in p) return new Table({ rows: p.rows.map(row) });
    if ('title' in p) return new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: p.title, size: 44, font: '方正小标宋简体' })] });
    return new Paragraph({ indent: { firstLine: 640 }, children: [new TextRun({ text: p.body, size: 32, font: '仿宋_GB2312' })] });
  });
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}

