// Streaming .xlsx reader: every sheet as a grid straight from the zip, UTF-8 decoded across chunk boundaries (exceljs's streaming reader is not).
//
// exceljs's full reader builds its whole object model (about 75× the file size in memory); its
// streaming reader decodes each 16 KiB chunk on its own and turns a character split between two
// chunks into U+FFFD (ENVIRONMENT.md). This reader inflates each part as a stream, decodes it with
// one TextDecoder in {stream: true} mode, so that a character split between chunks is joined, and
// scans the XML as it comes, keeping only the grid values. It runs in Node and in browsers
// (DecompressionStream, TextDecoder), and gives the grids FileWorkbook.readAll gives, without the
// number formats.
import { toSerial } from '../core/dates/civil-date';
import { CellRange, CellValue, Grid, parseA1 } from '../core/sheets/grid';
import { GENERATED_MARKER } from './port';

/** A file that is not a readable .xlsx package; the message is Chinese. */
export class XlsxReadError extends Error {}

export interface StreamReadOptions {
  /**
   * Feed the decoder pieces of at most this many bytes (tests use tiny sizes so that characters
   * straddle every boundary); by default the inflater's own chunks.
   */
  readonly chunkSize?: number;
}

// ---------------------------------------------------------------------------------------------
// Zip

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly dataStart: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly flags: number;
  /** The entry's central directory record (header, name, extra field and comment), as stored. */
  readonly central: Uint8Array;
}

/** The zip's central directory, in its order: part name (lower case, no leading slash) → entry. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at + 4 <= bytes.length ? view.getUint32(at, true) : -1);
  const u16 = (at: number) => (at + 2 <= bytes.length ? view.getUint16(at, true) : -1);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (u32(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new XlsxReadError('找不到 zip 目录，文件不完整或不是 .xlsx');
  const count = u16(eocd + 10);
  const offset = u32(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff) throw new XlsxReadError('不支持 ZIP64 格式的超大文件');
  const names = new TextDecoder('utf-8');
  const entries = new Map<string, ZipEntry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (u32(p) !== 0x02014b50) throw new XlsxReadError('zip 目录已损坏');
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const crc32 = u32(p + 16);
    const compressedSize = u32(p + 20);
    const uncompressedSize = u32(p + 24);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    const local = u32(p + 42);
    const name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (u32(local) !== 0x04034b50) throw new XlsxReadError(`zip 中“${name}”的数据已损坏`);
    const dataStart = local + 30 + u16(local + 26) + u16(local + 28);
    if (flags & 1) throw new XlsxReadError('zip 内容已加密');
    if (dataStart + compressedSize > bytes.length) throw new XlsxReadError(`zip 中“${name}”的数据不完整`);
    const end = p + 46 + nameLength + extraLength + commentLength;
    entries.set(name.replace(/^\//, '').toLowerCase(), { name, method, compressedSize, dataStart, uncompressedSize, crc32, flags, central: bytes.subarray(p, end) });
    p = end;
  }
  return entries;
}

/** The entry's bytes, inflated chunk by chunk. */
export async function* inflate(bytes: Uint8Array, entry: ZipEntry): AsyncGenerator<Uint8Array> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    yield data;
    return;
  }
  if (entry.method !== 8) throw new XlsxReadError(`zip 中“${entry.name}”使用了不支持的压缩方式 ${entry.method}`);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(data);
      controller.close();
    },
  });
  const reader = source.pipeThrough(new DecompressionStream('deflate-raw') as unknown as ReadableWritablePair<Uint8Array, Uint8Array>).getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } catch (e) {
    throw new XlsxReadError(`zip 中“${entry.name}”无法解压：${(e as Error).message}`);
  }
}

/**
 * Text of a byte stream, decoded by one TextDecoder in streaming mode: a character whose bytes
 * are split between two chunks is held back and completed by the next one. UTF-16 parts (with a
 * byte-order mark) are read as such; the mark is dropped.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, chunkSize?: number): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  for await (const chunk of chunks) {
    if (!decoder) {
      const utf16 = chunk.length >= 2 && ((chunk[0] === 0xff && chunk[1] === 0xfe) || (chunk[0] === 0xfe && chunk[1] === 0xff));
      decoder = new TextDecoder(utf16 ? (chunk[0] === 0xff ? 'utf-16le' : 'utf-16be') : 'utf-8');
    }
    const step = chunkSize && chunkSize > 0 ? chunkSize : chunk.length || 1;
    for (let at = 0; at < chunk.length; at += step) {
      const text = decoder.decode(chunk.subarray(at, at + step), { stream: true });
      if (text) yield text;
    }
  }
  const tail = decoder ? decoder.decode() : '';
  if (tail) yield tail;
}

// ---------------------------------------------------------------------------------------------
// XML

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|lt|gt|amp|quot|apos);/g;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** XML character data with its entities and character references decoded. */
export function decodeEntities(text: string): string {
  if (text.indexOf('&') < 0) return text;
  return text.replace(ENTITY, (_, e: string) => {
    if (e[0] !== '#') return NAMED[e];
    const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
  });
}

/** OOXML's _xHHHH_ escapes in shared strings (as exceljs reads them). */
function decodeOoxmlEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** One attribute of a tag's attribute text, entity-decoded; undefined when absent. */
function attr(raw: string, name: string): string | undefined {
  const quick = raw.indexOf(` ${name}="`);
  if (quick >= 0) {
    const start = quick + name.length + 3;
    const end = raw.indexOf('"', start);
    if (end >= 0) return decodeEntities(raw.slice(start, end));
  }
  const re = new RegExp(`(?:^|\\s)${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`);
  const m = re.exec(raw);
  return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

interface XmlHandler {
  /** `name` without its namespace prefix; `raw` the attribute text. */
  open(name: string, raw: string, selfClosing: boolean): void;
  close(name: string): void;
  /** Entity-decoded character data. */
  text(text: string): void;
}

const OPEN_TAG = /<([^\s/>!?]+)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/y;
const CLOSE_TAG = /<\/([^\s>]+)\s*>/y;
const localName = (name: string) => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** A pull scanner over XML text arriving in pieces: tags and text are reported once complete. */
class XmlScanner {
  private buffer = '';

  constructor(private readonly handler: XmlHandler) {}

  write(chunk: string): void {
    const s = this.buffer + chunk;
    let i = 0;
    for (;;) {
      const lt = s.indexOf('<', i);
      if (lt < 0) break; // text runs until the next tag: keep it whole
      if (lt > i) this.handler.text(decodeEntities(s.slice(i, lt)));
      i = lt;
      const next = s.charCodeAt(lt + 1);
      if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
        const [opener, closer] = s.startsWith('<!--', lt) ? ['<!--', '-->'] : s.startsWith('<![CDATA[', lt) ? ['<![CDATA[', ']]>'] : s.startsWith('<?', lt) ? ['<?', '?>'] : ['<!', '>'];
        const end = s.indexOf(closer, lt + opener.length);
        if (end < 0) break;
        if (opener === '<![CDATA[') this.handler.text(s.slice(lt + opener.length, end));
        i = end + closer.length;
        continue;
      }
      if (next === 0x2f /* / */) {
        CLOSE_TAG.lastIndex = lt;
        const m = CLOSE_TAG.exec(s);
        if (!m) {
          if (s.indexOf('>', lt) >= 0) throw new XlsxReadError('工作簿 XML 格式错误');
          break;
        }
        this.handler.close(localName(m[1]));
        i = CLOSE_TAG.lastIndex;
        continue;
      }
      OPEN_TAG.lastIndex = lt;
      const m = OPEN_TAG.exec(s);
      if (!m) break; // incomplete (or malformed: found out at the end)
      this.handler.open(localName(m[1]), m[2], m[3] === '/');
      if (m[3] === '/') this.handler.close(localName(m[1]));
      i = OPEN_TAG.lastIndex;
    }
    this.buffer = s.slice(i);
  }

  end(): void {
    if (this.buffer.trim() !== '' && this.buffer.indexOf('<') >= 0) throw new XlsxReadError('工作簿 XML 不完整或格式错误');
    this.buffer = '';
  }
}

async function scanPart(bytes: Uint8Array, entry: ZipEntry, handler: XmlHandler, options: StreamReadOptions): Promise<void> {
  const scanner = new XmlScanner(handler);
  for await (const text of decodeChunks(inflate(bytes, entry), options.chunkSize)) scanner.write(text);
  scanner.end();
}

// ---------------------------------------------------------------------------------------------
// Parts

interface Relationship {
  readonly target: string;
  readonly type: string;
}

/** A part's relationships (Id → absolute part name, lower case), from its _rels file. */
async function readRels(bytes: Uint8Array, zip: Map<string, ZipEntry>, part: string, options: StreamReadOptions): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf('/');
  const dir = slash < 0 ? '' : part.slice(0, slash + 1);
  const relsName = `${dir}_rels/${part.slice(slash + 1)}.rels`.toLowerCase();
  const out = new Map<string, Relationship>();
  const entry = zip.get(relsName);
  if (!entry) return out;
  await scanPart(bytes, entry, {
    open(name, raw) {
      if (name !== 'Relationship') return;
      const id = attr(raw, 'Id');
      const target = attr(raw, 'Target');
      if (id === undefined || target === undefined || attr(raw, 'TargetMode') === 'External') return;
      out.set(id, { target: resolvePart(dir, target), type: attr(raw, 'Type') ?? '' });
    },
    close() {},
    text() {},
  }, options);
  return out;
}

function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/').toLowerCase();
}

async function readSharedStrings(bytes: Uint8Array, zip: Map<string, ZipEntry>, part: string | undefined, options: StreamReadOptions): Promise<string[]> {
  const strings: string[] = [];
  const entry = part ? zip.get(part) : undefined;
  if (!entry) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  await scanPart(bytes, entry, {
    open(name, _raw, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && phonetic === 0 && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si') strings.push(decodeOoxmlEscapes(current));
    },
    text(text) {
      if (inText) current += text;
    },
  }, options);
  return strings;
}

/** Built-in number formats that show dates (Excel's ids, with the CJK ones). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date (exceljs's rule: y m d h s b outside quotes and brackets). */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** For each cell style index, whether it formats a date: only needed for the 1904 date system. */
async function readDateStyles(bytes: Uint8Array, zip: Map<string, ZipEntry>, part: string | undefined, options: StreamReadOptions): Promise<boolean[]> {
  const entry = part ? zip.get(part) : undefined;
  const dates: boolean[] = [];
  if (!entry) return dates;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  await scanPart(bytes, entry, {
    open(name, raw) {
      if (name === 'numFmt') custom.set(Number(attr(raw, 'numFmtId')), attr(raw, 'formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(attr(raw, 'numFmtId') ?? 0);
        dates.push(custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE_FORMATS.has(id));
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  }, options);
  return dates;
}

/** Column index (0-based) of a cell reference's letters: "AB12" → 27. */
function columnOf(ref: string): number {
  let col = 0;
  for (let i = 0; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36 /* $ */) break;
  }
  return col - 1;
}

/** An ISO date-time cell (t="d") as an Excel serial. */
function isoSerial(text: string): CellValue {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?/.exec(text.trim());
  if (!m) return text;
  const serial = toSerial({ year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) });
  return serial + ((Number(m[4] ?? 0) * 3600 + Number(m[5] ?? 0) * 60 + Number(m[6] ?? 0)) / 86400);
}

interface SheetRef {
  readonly name: string;
  readonly part: string;
  readonly hidden: boolean;
}

async function readSheet(
  bytes: Uint8Array,
  entry: ZipEntry,
  shared: readonly string[],
  dateStyles: readonly boolean[] | null,
  options: StreamReadOptions,
): Promise<{ rows: CellValue[][]; merges: CellRange[] }> {
  const rows: CellValue[][] = [];
  const merges: CellRange[] = [];
  let row: CellValue[] = [];
  let rowIndex = -1;
  let col = -1;
  let type: string | undefined;
  let style = 0;
  let value: string | undefined;
  let inline = '';
  let collecting: 'v' | 't' | null = null;
  let inInline = false;
  let phonetic = 0;
  await scanPart(bytes, entry, {
    open(name, raw, selfClosing) {
      switch (name) {
        case 'row': {
          const r = attr(raw, 'r');
          rowIndex = r !== undefined ? Number(r) - 1 : rowIndex + 1;
          row = [];
          col = -1;
          break;
        }
        case 'c': {
          const ref = attr(raw, 'r');
          col = ref !== undefined ? columnOf(ref) : col + 1;
          type = attr(raw, 't');
          style = Number(attr(raw, 's') ?? 0);
          value = undefined;
          inline = '';
          inInline = false;
          break;
        }
        case 'v':
          if (!selfClosing) {
            collecting = 'v';
            value = '';
          }
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          if (!selfClosing) phonetic++;
          break;
        case 't':
          if (inInline && phonetic === 0 && !selfClosing) collecting = 't';
          break;
        case 'mergeCell': {
          const ref = attr(raw, 'ref');
          if (ref) {
            const [from, to] = ref.split(':');
            const a = parseA1(from);
            const b = parseA1(to ?? from);
            if (a && b) merges.push({ top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) });
          }
          break;
        }
        default:
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
        case 't':
          collecting = null;
          break;
        case 'rPh':
          phonetic = Math.max(0, phonetic - 1);
          break;
        case 'is':
          inInline = false;
          break;
        case 'c': {
          let v: CellValue = null;
          if (type === 'inlineStr') v = inline;
          else if (value !== undefined) {
            switch (type) {
              case 's':
                v = shared[parseInt(value, 10)] ?? null;
                break;
              case 'str':
                v = value;
                break;
              case 'b':
                v = parseInt(value, 10) !== 0;
                break;
              case 'e':
                v = { error: value };
                break;
              case 'd':
                v = isoSerial(value);
                break;
              default: {
                const n = parseFloat(value);
                v = Number.isNaN(n) ? null : dateStyles?.[style] ? n + 1462 : n;
              }
            }
          }
          if (v !== null && col >= 0) row[col] = v;
          break;
        }
        case 'row':
          if (row.length > 0 && rowIndex >= 0) rows[rowIndex] = row;
          break;
        default:
          break;
      }
    },
    text(text) {
      if (collecting === 'v') value += text;
      else if (collecting === 't') inline += text;
    },
  }, options);

  // as FileWorkbook.readAll: every row an array, holes null, covered cells of a merge empty
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r];
    if (!cells) {
      rows[r] = [];
      continue;
    }
    for (let c = 0; c < cells.length; c++) if (cells[c] === undefined) cells[c] = null;
  }
  for (const m of merges) {
    for (let r = m.top; r <= m.bottom && r < rows.length; r++) {
      const cells = rows[r];
      for (let c = m.left; c <= m.right && c < cells.length; c++) if (r !== m.top || c !== m.left) cells[c] = null;
    }
  }
  return { rows, merges };
}

/**
 * Every worksheet of .xlsx bytes as a grid, in workbook order: values (dates as serials, formulas
 * as their cached results, covered merge cells empty), merges, hidden and generated flags.
 * Throws XlsxReadError for anything that is not a readable .xlsx package.
 */
export async function readXlsxGrids(bytes: Uint8Array, options: StreamReadOptions = {}): Promise<Grid[]> {
  const zip = readZipDirectory(bytes);
  const root = await readRels(bytes, zip, '', options);
  const workbookPart = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookEntry = zip.get(workbookPart);
  if (!workbookEntry) throw new XlsxReadError('压缩包中没有工作簿（xl/workbook.xml），不是 .xlsx 文件');

  const sheets: { name: string; rid: string; hidden: boolean }[] = [];
  const definedNames: { name: string; text: string }[] = [];
  let date1904 = false;
  let definedName: { name: string; text: string } | null = null;
  await scanPart(bytes, workbookEntry, {
    open(name, raw) {
      if (name === 'sheet') {
        const rid = /\s[^\s=]*:id\s*=\s*"([^"]*)"/.exec(raw)?.[1] ?? attr(raw, 'id') ?? '';
        const state = attr(raw, 'state');
        sheets.push({ name: attr(raw, 'name') ?? '', rid, hidden: state === 'hidden' || state === 'veryHidden' });
      } else if (name === 'workbookPr') {
        const d = attr(raw, 'date1904');
        date1904 = d === '1' || d === 'true';
      } else if (name === 'definedName') {
        definedName = { name: attr(raw, 'name') ?? '', text: '' };
      }
    },
    close(name) {
      if (name === 'definedName' && definedName) {
        definedNames.push(definedName);
        definedName = null;
      }
    },
    text(text) {
      if (definedName) definedName.text += text;
    },
  }, options);

  const rels = await readRels(bytes, zip, workbookPart, options);
  const relOfType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  const shared = await readSharedStrings(bytes, zip, relOfType('/sharedStrings'), options);
  const dateStyles = date1904 ? await readDateStyles(bytes, zip, relOfType('/styles'), options) : null;

  const generated = new Set<string>();
  for (const dn of definedNames) {
    if (!dn.name.startsWith(GENERATED_MARKER)) continue;
    const m = /^'?(.*?)'?!/.exec(dn.text.trim());
    if (m) generated.add(m[1].replace(/''/g, "'"));
  }

  const refs: SheetRef[] = [];
  for (const s of sheets) {
    const rel = rels.get(s.rid);
    if (!rel || !rel.type.endsWith('/worksheet')) continue; // chart sheets and dialogs hold no cells
    refs.push({ name: s.name, part: rel.target, hidden: s.hidden });
  }
  const grids: Grid[] = [];
  for (const ref of refs) {
    const entry = zip.get(ref.part);
    if (!entry) throw new XlsxReadError(`压缩包中缺少工作表“${ref.name}”的数据`);
    const { rows, merges } = await readSheet(bytes, entry, shared, dateStyles, options);
    grids.push({ name: ref.name, rows, merges, hidden: ref.hidden, generated: generated.has(ref.name) });
  }
  return grids;
}
