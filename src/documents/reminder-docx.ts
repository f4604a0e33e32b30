// The 催办通知 as one .docx: one section per late unit, in 仿宋 with a 小标宋 title (docx library).
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';
import { Reminder } from '../core/returns';
import { titleLines } from './gongwen-style';

const BODY_FONT = { ascii: '仿宋_GB2312', eastAsia: '仿宋_GB2312', hAnsi: '仿宋_GB2312' };
const TITLE_FONT = { ascii: '方正小标宋简体', eastAsia: '方正小标宋简体', hAnsi: '方正小标宋简体' };
const MM = 56.7; // twips per millimetre

export async function reminderDocx(list: readonly Reminder[], issuer: string, date: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: list.map((r) => ({
      properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 37 * MM, bottom: 35 * MM, left: 28 * MM, right: 26 * MM } } },
      children: [
        // broken between words as the 通报's title is (「…宣传填报情 / 况的通知」 was cut inside a word)
        new Paragraph({
          alignment: AlignmentType.CENTER, spacing: { after: 400 },
          children: titleLines(r.titleParts).map((text, i) => new TextRun({ text, font: TITLE_FONT, size: 44, break: i > 0 ? 1 : 0 })),
        }),
        ...r.body.split('\n').map((line) => new Paragraph({ spacing: { line: 560, lineRule: 'exact' }, indent: line.startsWith('  ') ? { firstLine: 640 } : undefined, children: [new TextRun({ text: line.trim(), font: BODY_FONT, size: 32 })] })),
        new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { before: 600 }, children: [new TextRun({ text: issuer, font: BODY_FONT, size: 32 })] }),
        new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: date, font: BODY_FONT, size: 32 })] }),
      ],
    })),
  });
  return new Uint8Array(await Packer.toArrayBuffer(doc));
}
