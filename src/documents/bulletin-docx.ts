// Writes the 通报 (core/bulletin content) as a .docx in the GB/T 9704-2012 layout, with the `docx` library.
import { appendInside, parseXmlTree, rewritePart } from '../workbook/xml/xml-tree';
import {
  AlignmentType, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, Table, TableCell, TableRow, TextRun,
  VerticalAlign, WidthType, IRunOptions,
} from 'docx';
import { BulletinAttachment, BulletinContent } from '../core/bulletin/content';
import JSZip from 'jszip';
import { CHAR_TWIPS, FONT_FALLBACKS, FONTS, LINE_TWIPS, PAGE, SIZES, TITLE_LINE_CHARS } from './gongwen-style';

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const run = (text: string, name: string, size: number, extra: Partial<IRunOptions> = {}) => new TextRun({ text, font: font(name), size, ...extra });
const exact = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** A body paragraph: 3号 仿宋, first line indented two characters; a leading "（一）…。" phrase in 楷体. */
function bodyParagraph(text: string): Paragraph {
  const lead = /^（[一二三四五六七八九十]+）[^。]*。/.exec(text);
  const runs = lead && lead[0].length < text.length
    ? [run(lead[0], FONTS.heading2, SIZES.body), run(text.slice(lead[0].length), FONTS.body, SIZES.body)]
    : [run(text, FONTS.body, SIZES.body)];
  return new Paragraph({ children: runs, spacing: exact, indent: { firstLine: 2 * CHAR_TWIPS }, alignment: AlignmentType.JUSTIFIED });
}

const line = (text: string, name: string, options: { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: object; size?: number } = {}) =>
  new Paragraph({ children: [run(text, name, options.size ?? SIZES.body)], spacing: exact, alignment: options.align ?? AlignmentType.LEFT, indent: options.indent });
const blank = () => line('', FONTS.body);

/** "— 1 —" in 4号 宋体 at the foot: odd pages right, even pages left, one character from the edge. */
function pageFooter(align: 'right' | 'left'): Footer {
  const number = new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], font: font(FONTS.pageNumber), size: SIZES.pageNumber });
  return new Footer({
    children: [new Paragraph({
      children: [number],
      alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
      indent: align === 'right' ? { right: CHAR_TWIPS } : { left: CHAR_TWIPS },
    })],
  });
}

/** The title in lines broken at a meaningful point (before "…工作情况的通报"), not wherever the line fills. */
function titleLines(title: string): string[] {
  if (title.length <= TITLE_LINE_CHARS) return [title];
  const at = title.search(/(?:宣传)?工作情况的通报$/);
  return at > 0 && at <= TITLE_LINE_CHARS ? [title.slice(0, at), title.slice(at)] : [title];
}

function mainPages(content: BulletinContent): Paragraph[] {
  const out: Paragraph[] = [];
  if (content.documentNumber) out.push(line(content.documentNumber, FONTS.body, { align: AlignmentType.CENTER }), blank());
  out.push(new Paragraph({
    children: titleLines(content.title).map((t, i) => run(t, FONTS.title, SIZES.title, { break: i > 0 ? 1 : 0 })),
    alignment: AlignmentType.CENTER,
    spacing: { line: Math.round(LINE_TWIPS * 1.2), lineRule: LineRuleType.EXACT },
  }));
  out.push(blank(), line(content.recipients, FONTS.body), bodyParagraph(content.opening));
  for (const section of content.sections) {
    // a heading never ends a page alone
    out.push(new Paragraph({ children: [run(section.heading, FONTS.heading1, SIZES.body)], spacing: exact, indent: { firstLine: 2 * CHAR_TWIPS }, keepNext: true }));
    for (const p of section.paragraphs) out.push(bodyParagraph(p));
  }
  if (content.attachments.length) {
    out.push(blank());
    content.attachments.forEach((a, i) => {
      const label = i === 0 ? '附件：' : '';
      // 附件 list: "附件：1．…", later items aligned under the first
      out.push(new Paragraph({
        children: [run(`${label}${i + 1}．${a.title}`, FONTS.body, SIZES.body)],
        spacing: exact,
        indent: i === 0 ? { left: 2 * CHAR_TWIPS, hanging: 0 } : { left: 5 * CHAR_TWIPS },
      }));
    });
  }
  out.push(blank(), blank());
  out.push(line(content.issuer, FONTS.body, { align: AlignmentType.RIGHT, indent: { right: 4 * CHAR_TWIPS } }));
  out.push(line(content.date, FONTS.body, { align: AlignmentType.RIGHT, indent: { right: 4 * CHAR_TWIPS } }));
  return out;
}

/** Relative width of an attachment column by its header: 单位 wide, counts narrow, point columns room for "不适用". */
const columnWeight = (header: string) =>
  header === '单位' ? 19 : header === '排名' || header === '应报' || header === '实报' ? 4 : /级$/.test(header) ? 3.8 : header === '完成率' ? 8.5 : header === '等次' ? 5.5 : 7.5;

const tableCell = (text: string, header: boolean, width: number) =>
  new TableCell({
    children: [new Paragraph({
      children: [run(text, header ? FONTS.heading1 : FONTS.body, SIZES.table)],
      alignment: AlignmentType.CENTER,
    })],
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    width: { size: width, type: WidthType.PERCENTAGE },
  });

function attachmentPage(a: BulletinAttachment, first: boolean): (Paragraph | Table)[] {
  const weights = a.header.map(columnWeight);
  const total = weights.reduce((s, w) => s + w, 0);
  const widths = weights.map((w) => Math.round((w / total) * 100));
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: a.header.map((h, i) => tableCell(h, true, widths[i])) }),
      ...a.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => tableCell(c, false, widths[i])) })),
    ],
  });
  return [
    new Paragraph({ children: [run(a.label, FONTS.heading1, SIZES.body)], pageBreakBefore: !first, spacing: exact }),
    new Paragraph({ children: [run(a.title, FONTS.title, SIZES.tableTitle)], alignment: AlignmentType.CENTER, spacing: { ...exact, after: 120 } }),
    table,
    ...(a.note ? [new Paragraph({ children: [run(a.note, FONTS.body, SIZES.table)], spacing: { before: 120 } })] : []),
  ];
}

/** The .docx bytes of a bulletin. */
export async function bulletinDocx(content: BulletinContent): Promise<Uint8Array> {
  const footers = { default: pageFooter('right'), even: pageFooter('left') };
  const portrait = { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin };
  // attachments: the wide ranking tables on landscape A4, margins turned with the page
  const landscape = {
    size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
    margin: { top: PAGE.margin.left, bottom: PAGE.margin.right, left: PAGE.margin.top, right: PAGE.margin.bottom },
  };
  const sections = [{ properties: { page: portrait }, footers, children: mainPages(content) }];
  if (content.attachments.length) {
    sections.push({ properties: { page: landscape }, footers, children: content.attachments.flatMap((a, i) => attachmentPage(a, i === 0)) as Paragraph[] });
  }
  const doc = new Document({
    creator: '督办',
    title: content.title,
    evenAndOddHeaderAndFooters: true,
    styles: { default: { document: { run: { font: font(FONTS.body), size: SIZES.body } } } },
    sections,
  });
  return withFontFallbacks(new Uint8Array(await Packer.toArrayBuffer(doc)));
}

/** Adds the official fonts to word/fontTable.xml with their fallbacks (方正小标宋简体 → 宋体 …), as Word's own files do. */
async function withFontFallbacks(bytes: Uint8Array): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const part = zip.file('word/fontTable.xml');
  if (!part) return bytes;
  const xml = await part.async('string');
  const fonts = Object.entries(FONT_FALLBACKS)
    .map(([name, alt]) => `<w:font w:name="${name}"><w:altName w:val="${alt}"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>`)
    .join('');
  const tree = parseXmlTree(xml, 'word/fontTable.xml');
  const patched = rewritePart(tree, appendInside(tree.root, fonts));
  zip.file('word/fontTable.xml', patched);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}
