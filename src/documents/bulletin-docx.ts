// Writes the 通报 (core/bulletin content) as a .docx in the GB/T 9704-2012 layout, with the `docx` library.
import { appendInside, parseXmlTree, rewritePart } from '../workbook/xml/xml-tree';
import {
  AlignmentType, BorderStyle, Document, Footer, LineRuleType, Packer, PageNumber, PageOrientation, Paragraph, Table,
  TableCell, TableRow, TextRun, VerticalAlign, WidthType, IRunOptions,
} from 'docx';
import { BulletinAttachment, BulletinContent } from '../core/bulletin/content';
import { TO_FILL_PATTERN } from '../core/bulletin/reporters';
import JSZip from 'jszip';
import { CHAR_TWIPS, FONT_FALLBACKS, FONTS, LINE_TWIPS, LINE_WIDTH_HALF_POINTS, PAGE, RED, SIZES, titleLines } from './gongwen-style';

export { titleLines };

const font = (name: string) => ({ ascii: name, hAnsi: name, eastAsia: name, cs: name });
const run = (text: string, name: string, size: number, extra: Partial<IRunOptions> = {}) => new TextRun({ text, font: font(name), size, ...extra });
const exact = { line: LINE_TWIPS, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

/** Kept on the page of the paragraph after it, and not split. */
const KEEP = { keepNext: true, keepLines: true } as const;

/** Runs of a text, each 【待填：…】 place the office fills highlighted, so that none is signed unfilled. */
function markedRuns(text: string, name: string, size: number): TextRun[] {
  const out: TextRun[] = [];
  let at = 0;
  for (const m of text.matchAll(TO_FILL_PATTERN)) {
    if (m.index! > at) out.push(run(text.slice(at, m.index), name, size));
    out.push(run(m[0], name, size, { highlight: 'yellow' }));
    at = m.index! + m[0].length;
  }
  if (at < text.length || out.length === 0) out.push(run(text.slice(at), name, size));
  return out;
}

/** A body paragraph: 3号 仿宋, first line indented two characters; a leading "（一）…。" phrase in 楷体. */
function bodyParagraph(text: string, keep = false): Paragraph {
  const lead = /^（[一二三四五六七八九十]+）[^。]*。/.exec(text);
  const runs = lead && lead[0].length < text.length
    ? [run(lead[0], FONTS.heading2, SIZES.body), ...markedRuns(text.slice(lead[0].length), FONTS.body, SIZES.body)]
    : markedRuns(text, FONTS.body, SIZES.body);
  return new Paragraph({ children: runs, spacing: exact, indent: { firstLine: 2 * CHAR_TWIPS }, alignment: AlignmentType.JUSTIFIED, ...(keep ? KEEP : {}) });
}

type LineOptions = { align?: (typeof AlignmentType)[keyof typeof AlignmentType]; indent?: object; size?: number; keep?: boolean };
const line = (text: string, name: string, options: LineOptions = {}) =>
  new Paragraph({
    children: [run(text, name, options.size ?? SIZES.body)], spacing: exact, alignment: options.align ?? AlignmentType.LEFT, indent: options.indent,
    ...(options.keep ? KEEP : {}),
  });
const blank = (keep = false) => line('', FONTS.body, { keep });

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

/** 发文机关标志 in red 小标宋, as large as fits the 156 mm line (at most 小初), and 发文字号 over the red rule (GB/T 9704 7.2). */
function letterhead(mark: string, documentNumber: string | null): Paragraph[] {
  const size = Math.min(SIZES.issuerMark, Math.floor(LINE_WIDTH_HALF_POINTS / Math.max(1, mark.length)));
  const rule = { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 11 } };
  return [
    new Paragraph({ children: [run(mark, FONTS.title, size, { color: RED })], alignment: AlignmentType.CENTER, spacing: { before: 0, after: 0 } }),
    blank(),
    blank(),
    new Paragraph({ children: [run(documentNumber ?? '', FONTS.body, SIZES.body)], alignment: AlignmentType.CENTER, spacing: exact, border: rule }),
    // 红色分隔线之下空二行编排标题
    blank(),
    blank(),
  ];
}

function mainPages(content: BulletinContent): Paragraph[] {
  const out: Paragraph[] = [];
  if (content.issuerMark) out.push(...letterhead(content.issuerMark, content.documentNumber));
  else if (content.documentNumber) out.push(line(content.documentNumber, FONTS.body, { align: AlignmentType.CENTER }), blank());
  out.push(new Paragraph({
    children: titleLines(content.titleParts).map((t, i) => run(t, FONTS.title, SIZES.title, { break: i > 0 ? 1 : 0 })),
    alignment: AlignmentType.CENTER,
    spacing: { line: Math.round(LINE_TWIPS * 1.2), lineRule: LineRuleType.EXACT },
  }));
  out.push(blank(), line(content.recipients, FONTS.body), bodyParagraph(content.opening));
  // the last body paragraph, the 附件说明 and the signature stay together: 成文日期 is never alone on a page
  const sections = content.sections;
  sections.forEach((section, s) => {
    // a heading never ends a page alone
    out.push(new Paragraph({ children: [run(section.heading, FONTS.heading1, SIZES.body)], spacing: exact, indent: { firstLine: 2 * CHAR_TWIPS }, keepNext: true }));
    section.paragraphs.forEach((p, i) => out.push(bodyParagraph(p, s === sections.length - 1 && i === section.paragraphs.length - 1)));
  });
  const attachments = annexList(content);
  if (attachments.length) {
    out.push(blank(true));
    attachments.forEach((title, i) => {
      const numbered = attachments.length > 1 ? `${i + 1}．` : '';
      // 附件说明: "附件：1．…", later items aligned under the first
      out.push(new Paragraph({
        children: [run(`${i === 0 ? '附件：' : ''}${numbered}${title}`, FONTS.body, SIZES.body)],
        spacing: exact,
        indent: i === 0 ? { left: 2 * CHAR_TWIPS, hanging: 0 } : { left: 5 * CHAR_TWIPS },
        ...KEEP,
      }));
    });
  }
  out.push(blank(true), blank(true));
  // no 发文机关 in 设置: the line stays empty for the clerk to write, never a placeholder a leader could sign
  const signature = { align: AlignmentType.RIGHT, indent: { right: 4 * CHAR_TWIPS } };
  out.push(line(content.issuer ?? '', FONTS.body, { ...signature, keep: true }));
  out.push(line(content.date, FONTS.body, { ...signature, keep: Boolean(content.note) }));
  // 附注 (GB/T 9704-2012 7.3.6): 居左空二字加圆括号, on the line under the 成文日期
  if (content.note) out.push(line(content.note, FONTS.body, { indent: { left: 2 * CHAR_TWIPS } }));
  return out;
}

/** The 附件说明 lines: one attachment with a section per category, or one per category when 设置 asks. */
function annexList(content: BulletinContent): string[] {
  if (content.attachments.length === 0) return [];
  if (content.attachmentLayout === 'each' || content.attachments.length === 1) return content.attachments.map((a) => a.title);
  return [content.annexTitle];
}

/** A cell's text in character widths at the table size: CJK characters 1, digits, letters and % about half. */
const textWidth = (text: string) => [...text].reduce((n, ch) => n + (ch.charCodeAt(0) < 0x80 ? 0.55 : 1), 0);
/** Header characters a column must show per line: longer headers wrap ("知晓率得分" over three lines). */
const HEADER_LINE = 2;
/** Room either side of a cell's text (the cell margins), in character widths. */
const CELL_ROOM = 0.8;

/**
 * Relative widths of the ranking columns, from what they hold: the widest cell of the column in every table (so that
 * the sections of one attachment line up), a header at least two characters a line. Room goes where the text is — a
 * long unit name on one line, "不适用" and "100.0%" unbroken — instead of fixed shares that wrap them when
 * year-to-date columns are added.
 */
function columnWeights(tables: readonly BulletinAttachment[]): number[] {
  const header = tables[0]?.header ?? [];
  return header.map((h, i) => {
    const body = Math.max(0, ...tables.flatMap((t) => t.rows.map((r) => textWidth(r[i] ?? ''))));
    return Math.max(body, Math.min(textWidth(h), HEADER_LINE)) + CELL_ROOM;
  });
}

/** Table text sizes tried, largest first (half-points): 小四 12 pt, 五号 10.5 pt, 小五 9 pt. */
const TABLE_SIZES = [SIZES.table, 21, 18] as const;
const MM_PER_HALF_POINT = 25.4 / 72 / 2;
/** The type line of the attachment pages: 156 mm portrait, 225 mm landscape (297 mm less the turned 37 + 35 mm margins). */
const LINE_MM = { portrait: 156, landscape: 225 } as const;

interface TableLayout {
  /** Column widths in percent of the line. */
  readonly widths: readonly number[];
  /** Text size in half-points: the largest of TABLE_SIZES at which the columns fit the line. */
  readonly size: number;
}

function tableLayout(tables: readonly BulletinAttachment[], lineMm: number): TableLayout {
  const weights = columnWeights(tables);
  const chars = weights.reduce((s, w) => s + w, 0);
  const size = TABLE_SIZES.find((z) => chars * z * MM_PER_HALF_POINT <= lineMm) ?? TABLE_SIZES[TABLE_SIZES.length - 1];
  return { widths: weights.map((w) => Math.round((w / chars) * 100)), size };
}

const tableCell = (text: string, header: boolean, width: number, size: number) =>
  new TableCell({
    children: [new Paragraph({
      children: [run(text, header ? FONTS.heading1 : FONTS.body, size)],
      alignment: AlignmentType.CENTER,
    })],
    verticalAlign: VerticalAlign.CENTER,
    margins: { top: 40, bottom: 40, left: 40, right: 40 },
    width: { size: width, type: WidthType.PERCENTAGE },
  });

function rankingTable(a: BulletinAttachment, { widths, size }: TableLayout): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: a.header.map((h, i) => tableCell(h, true, widths[i], size)) }),
      ...a.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => tableCell(c, false, widths[i], size)) })),
    ],
  });
}

/** Under a ranking table: what its point columns add up to (总分) and what 不适用 means. */
const tableNote = (a: BulletinAttachment): Paragraph[] =>
  a.note ? [new Paragraph({ children: [run(a.note, FONTS.body, SIZES.table)], spacing: { before: 120 } })] : [];

const attachmentLabel = (label: string, pageBreakBefore: boolean) =>
  new Paragraph({ children: [run(label, FONTS.heading1, SIZES.body)], pageBreakBefore, spacing: exact });
const attachmentTitle = (title: string) =>
  new Paragraph({ children: [run(title, FONTS.title, SIZES.tableTitle)], alignment: AlignmentType.CENTER, spacing: { ...exact, after: 120 } });

/** The ranking annexes: one attachment, a section per category (一、县区 …), or one attachment per category on its own page. */
function attachmentPages(content: BulletinContent, lineMm: number): (Paragraph | Table)[] {
  const list = content.attachments;
  const layout = tableLayout(list, lineMm);
  if (content.attachmentLayout === 'each' || list.length === 1) {
    return list.flatMap((a, i) => [attachmentLabel(list.length > 1 ? a.label : '附件', i > 0), attachmentTitle(a.title), rankingTable(a, layout), ...tableNote(a)]);
  }
  const out: (Paragraph | Table)[] = [attachmentLabel('附件', false), attachmentTitle(content.annexTitle)];
  list.forEach((a, i) => {
    out.push(new Paragraph({
      children: [run(`${CHINESE_ORDINALS[i] ?? i + 1}、${a.category}`, FONTS.heading1, SIZES.body)],
      spacing: { ...exact, before: i > 0 ? LINE_TWIPS / 2 : 0 },
      keepNext: true,
    }));
    out.push(rankingTable(a, layout));
  });
  // one note under the last table: every table has the same point columns
  out.push(...tableNote(list[list.length - 1]));
  return out;
}

const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'];

/** Portrait when the ranking table's columns fit the 156 mm portrait line at 小四, else landscape. */
const PORTRAIT_MAX_COLUMNS = 9;

/** The .docx bytes of a bulletin. */
export async function bulletinDocx(content: BulletinContent): Promise<Uint8Array> {
  const footers = { default: pageFooter('right'), even: pageFooter('left') };
  const portrait = { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin };
  // wide ranking tables on landscape A4, margins turned with the page
  const landscape = {
    size: { width: PAGE.width, height: PAGE.height, orientation: PageOrientation.LANDSCAPE },
    margin: { top: PAGE.margin.left, bottom: PAGE.margin.right, left: PAGE.margin.top, right: PAGE.margin.bottom },
  };
  const sections = [{ properties: { page: portrait }, footers, children: mainPages(content) as (Paragraph | Table)[] }];
  if (content.attachments.length) {
    const columns = Math.max(...content.attachments.map((a) => a.header.length));
    const upright = columns <= PORTRAIT_MAX_COLUMNS;
    sections.push({ properties: { page: upright ? portrait : landscape }, footers, children: attachmentPages(content, upright ? LINE_MM.portrait : LINE_MM.landscape) });
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
