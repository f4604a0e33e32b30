// Reads a plan file (.docx through mammoth, or text) into paragraphs and tables, bounded and with
// one clear Chinese line for what it cannot read (.doc/.wps, PDF, damaged or oversized files).
import mammoth from 'mammoth';
import { SaxesParser } from 'saxes';
import { zipSync } from 'fflate';
import { DOCX_LIMITS, ZipLimitError, unzipBounded } from './bounded-zip';
import { withNumberingAsText } from './word-numbering';
import { decodeText } from './text-file';
import { XlsxReadError } from '../workbook/package/read-error';
import type { PlanTable } from '../core/plans/plan-table';
import type { CellRange } from '../core/sheets/grid';

/** A failure reading the plan: its message is the one line the user sees. */
export class PlanReadError extends Error {}

/** Larger plan files are refused before reading (a 方案 is a few hundred KB at most). */
export const MAX_PLAN_BYTES = 32 * 1024 * 1024;

export interface PlanDocument {
  /** The text, one paragraph a line; a table row is one line, its cells separated by a tab. */
  readonly text: string;
  /** Tables found in the document: rows of cell texts, and the paragraph of each row in `text`. */
  readonly tables: PlanTable[];
}

type Kind = 'docx' | 'ole' | 'pdf' | 'zip' | 'rtf' | 'empty' | 'text';

function sniff(bytes: Uint8Array): Kind {
  if (bytes.length === 0) return 'empty';
  const head = String.fromCharCode(...bytes.subarray(0, 8));
  if (head.startsWith('%PDF')) return 'pdf';
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return 'ole';
  if (head.startsWith('{\\rtf')) return 'rtf';
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return 'zip';
  return 'text';
}

/** Reads a plan file's bytes; `name` only words the messages. */
export async function readPlanDocument(bytes: Uint8Array, name: string): Promise<PlanDocument> {
  if (bytes.length > MAX_PLAN_BYTES) throw new PlanReadError(`${name} 超过 ${MAX_PLAN_BYTES / 1048576} MB，不像是一份宣传方案，未读取`);
  switch (sniff(bytes)) {
    case 'empty':
      throw new PlanReadError(`${name} 是空文件`);
    case 'pdf':
      throw new PlanReadError(`${name} 是 PDF 文件，督办不读取 PDF（扫描件更无法识别文字）：请提供 Word（.docx）或文本（.txt）版本`);
    case 'ole':
      throw new PlanReadError(`${name} 是旧版 Word（.doc）或 WPS（.wps）文件，督办无法读取：请在 Word/WPS 中另存为 .docx 后再试`);
    case 'rtf':
      throw new PlanReadError(`${name} 是 RTF 文件：请在 Word/WPS 中另存为 .docx 后再试`);
    case 'zip':
      return readDocx(bytes, name);
    case 'text':
      return { text: decodeText(bytes), tables: [] };
  }
  throw new PlanReadError(`${name} 无法识别`);
}

async function readDocx(bytes: Uint8Array, name: string): Promise<PlanDocument> {
  let entries: Map<string, Uint8Array>;
  try {
    entries = await unzipBounded(bytes, DOCX_LIMITS, (n) => !/^word\/media\//.test(n));
  } catch (e) {
    if (e instanceof ZipLimitError) throw new PlanReadError(`${name} 解压后过大（${e.message}），未读取`);
    throw new PlanReadError(`${name} 已损坏或不完整，无法作为 .docx 打开${e instanceof XlsxReadError ? `（${e.message}）` : ''}`);
  }
  if (entries.size === 0) throw new PlanReadError(`${name} 已损坏或不完整，无法作为 .docx 打开`);
  if (!entries.has('word/document.xml')) {
    throw new PlanReadError(entries.has('xl/workbook.xml')
      ? `${name} 是 Excel 工作簿，不是 Word 方案：分工表请用 duban check 校验`
      : `${name} 不是 Word（.docx）文档`);
  }
  // mammoth reads only what was inflated under the limits, repacked without compression; Word's automatic numbering
  // (一、（一）1. drawn by Word) is first written into the paragraphs, which mammoth would number 1. 2. 3. at every level
  const clean = zipSync(Object.fromEntries(withNumberingAsText(entries)), { level: 0 });
  let html: string;
  try {
    const input = typeof Buffer !== 'undefined'
      ? { buffer: Buffer.from(clean.buffer, clean.byteOffset, clean.byteLength) }
      : { arrayBuffer: clean.buffer.slice(clean.byteOffset, clean.byteOffset + clean.byteLength) as ArrayBuffer };
    html = (await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true })).value;
  } catch {
    throw new PlanReadError(`${name} 的内容无法读取（文档结构异常）：请在 Word/WPS 中另存为 .docx 后再试`);
  }
  return htmlToPlan(html);
}

const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li']);

/** Puts into the row being read the cells merged down from the rows above, up to the next cell of its own. */
function fillSpanned(table: { row: string[] | null; spans: Map<number, { text: string; left: number }> }): void {
  const row = table.row!;
  for (let span = table.spans.get(row.length); span && span.left > 0; span = table.spans.get(row.length)) {
    span.left--;
    row.push(span.text);
  }
}

/** mammoth's HTML → lines and tables; list items get back the number Word drew for them. */
export function htmlToPlan(html: string): PlanDocument {
  const lines: string[] = [];
  const tables: { rows: string[][]; lines: number[]; merges: CellRange[] }[] = [];
  /** A table being read; `spans` carries a cell merged down (rowspan) into the rows below, by column; `merges`, Word's merged cells. */
  const tableStack: { rows: string[][]; row: string[] | null; cell: string[] | null; colspan: number; rowspan: number; spans: Map<number, { text: string; left: number }>; merges: CellRange[] }[] = [];
  const lists: { ordered: boolean; n: number }[] = [];
  let block: string[] | null = null;
  const parser = new SaxesParser({ fragment: true });
  parser.on('opentag', (tag) => {
    const t = tag.name.toLowerCase();
    const table = tableStack[tableStack.length - 1];
    if (t === 'table') tableStack.push({ rows: [], row: null, cell: null, colspan: 1, rowspan: 1, spans: new Map(), merges: [] });
    else if (t === 'tr' && table) table.row = [];
    else if ((t === 'td' || t === 'th') && table) {
      table.cell = [];
      const attr = (name: string) => Math.max(1, Math.min(100, Number((tag.attributes as Record<string, string>)[name]) || 1));
      table.colspan = attr('colspan');
      table.rowspan = attr('rowspan');
      if (table.row) fillSpanned(table);
    }
    else if (t === 'ol' || t === 'ul') lists.push({ ordered: t === 'ol', n: 0 });
    else if (t === 'br' && block) block.push('\n');
    else if (BLOCKS.has(t) && !table) {
      block = [];
      const list = lists[lists.length - 1];
      if (t === 'li' && list && list.ordered) block.push(`${++list.n}.`);
    } else if (BLOCKS.has(t) && table?.cell && table.cell.length) table.cell.push('\n');
  });
  parser.on('text', (text) => {
    const table = tableStack[tableStack.length - 1];
    if (table?.cell) table.cell.push(text);
    else if (block) block.push(text);
  });
  parser.on('closetag', (tag) => {
    const t = tag.name.toLowerCase();
    const table = tableStack[tableStack.length - 1];
    if (t === 'table' && table) {
      tableStack.pop();
      const rowLines: number[] = [];
      for (const row of table.rows) rowLines.push(lines.push(row.map((c) => c.replace(/\s*\n\s*/g, ' ')).join('\t')) - 1);
      tables.push({ rows: table.rows, lines: rowLines, merges: table.merges });
    } else if ((t === 'td' || t === 'th') && table?.row && table.cell) {
      // a merged cell counts as its top-left value for every cell it covers (and is kept as a merge: a band, a two-row header)
      const text = table.cell.join('').trim();
      if (table.colspan > 1 || table.rowspan > 1) {
        const top = table.rows.length;
        const left = table.row.length;
        table.merges.push({ top, left, bottom: top + table.rowspan - 1, right: left + table.colspan - 1 });
      }
      for (let k = 0; k < table.colspan; k++) {
        if (table.rowspan > 1) table.spans.set(table.row.length, { text, left: table.rowspan - 1 });
        table.row.push(text);
      }
      table.cell = null;
    } else if (t === 'tr' && table?.row) {
      fillSpanned(table);
      table.rows.push(table.row);
      table.row = null;
    } else if (t === 'ol' || t === 'ul') lists.pop();
    else if (BLOCKS.has(t) && block && !table) {
      const text = block.join('');
      if (text.trim()) lines.push(...text.split('\n'));
      block = null;
    }
  });
  parser.write(`<div>${html}</div>`).close();
  // paragraph numbers count non-blank lines, as the plan reader does
  const paragraphOfLine: (number | null)[] = [];
  let count = 0;
  for (const line of lines) paragraphOfLine.push(line.replace(/[\s\u3000\u00a0\ufeff]+/g, '') ? ++count : null);
  return { text: lines.join('\n'), tables: tables.map((t) => ({ rows: t.rows, paragraphs: t.lines.map((l) => paragraphOfLine[l]), ...(t.merges.length ? { merges: t.merges } : {}) })) };
}
