// Builds the hostile corpus (test/fixtures/bad/hostile): zip- and XML-level tricks, each with its expected outcome. Run: npx tsx scripts/make-hostile-fixtures.ts
import { promises as fs } from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { crc32 } from '../src/workbook/zip/crc32';

export const HOSTILE_DIR = path.resolve(__dirname, '..', 'test', 'fixtures', 'bad', 'hostile');

/** What reading a case must give: a refusal whose one Chinese line matches, or a readable workbook whose task row has this lead. */
/**
 * What `check` gives (a refusal matching a pattern, or the task's lead unit and issue codes) and,
 * when check reads the file, what `report` gives: by default a workbook keeping the user's sheets,
 * or a refusal (a part it copies without check having read it is damaged).
 */
export type Expected = { refuse: string } | { lead: string; issues?: string[]; reportRefuse?: string };

export interface HostileCase {
  readonly name: string;
  readonly why: string;
  readonly bytes: Buffer;
  readonly expect: Expected;
}

// ---------------------------------------------------------------------------------------------
// A zip writer with every field open to tampering

interface Part {
  name: string | Buffer;
  data: Buffer;
  method?: number;
  /** Compressed bytes to store instead of deflating data. */
  raw?: Buffer;
  crc?: number;
  size?: number;
  flags?: number;
  localExtra?: Buffer;
  centralExtra?: Buffer;
}

interface ZipTweaks {
  /** Extra central records appended (each a copy of the record of this part index). */
  repeatRecord?: { index: number; times: number };
  eocd?: (view: DataView) => void;
  before?: Buffer;
  after?: Buffer;
  zip64Locator?: boolean;
}

function zip(parts: Part[], tweaks: ZipTweaks = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.isBuffer(p.name) ? p.name : Buffer.from(p.name, 'utf8');
    const method = p.method ?? 8;
    const stored = p.raw ?? (method === 8 ? zlib.deflateRawSync(p.data) : p.data);
    const crc = p.crc ?? crc32(p.data);
    const size = p.size ?? p.data.length;
    const flags = (p.flags ?? 0) | 0x800;
    const localExtra = p.localExtra ?? Buffer.alloc(0);
    const centralExtra = p.centralExtra ?? Buffer.alloc(0);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(flags & 8 ? 0 : crc, 14);
    local.writeUInt32LE(flags & 8 ? 0 : stored.length, 18);
    local.writeUInt32LE(flags & 8 ? 0 : size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(localExtra.length, 28);
    const descriptor = flags & 8 ? Buffer.alloc(16) : Buffer.alloc(0);
    if (flags & 8) {
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc, 4);
      descriptor.writeUInt32LE(stored.length, 8);
      descriptor.writeUInt32LE(size, 12);
    }
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(stored.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(centralExtra.length, 30);
    central.writeUInt32LE(offset, 42);
    const block = Buffer.concat([local, name, localExtra, stored, descriptor]);
    locals.push(block);
    centrals.push(Buffer.concat([central, name, centralExtra]));
    offset += block.length;
  }
  if (tweaks.repeatRecord) for (let i = 0; i < tweaks.repeatRecord.times; i++) centrals.push(centrals[tweaks.repeatRecord.index]);
  const dir = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(centrals.length, 8);
  eocd.writeUInt16LE(centrals.length, 10);
  eocd.writeUInt32LE(dir.length, 12);
  eocd.writeUInt32LE(offset, 16);
  tweaks.eocd?.(new DataView(eocd.buffer, eocd.byteOffset, eocd.length));
  const locator = Buffer.alloc(tweaks.zip64Locator ? 20 : 0);
  if (tweaks.zip64Locator) locator.writeUInt32LE(0x07064b50, 0);
  return Buffer.concat([tweaks.before ?? Buffer.alloc(0), ...locals, dir, locator, eocd, tweaks.after ?? Buffer.alloc(0)]);
}

// ---------------------------------------------------------------------------------------------
// A small valid workbook, part by part

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const RNS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const LEAD = '市委宣传部';
const ROWS = [
  ['六安市2023年宣传任务分工表'],
  ['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标'],
  [1, '开设“暖民心 在行动”专栏，发布暖民心行动政策。', LEAD, '市发改委', '2023年6月30日', '每月不少于2篇'],
];

const esc = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const COLS = 'ABCDEF';

function cellXml(v: string | number, ref: string): string {
  return typeof v === 'number' ? `<c r="${ref}"><v>${v}</v></c>` : `<c r="${ref}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
}

function rowsXml(rows = ROWS): string {
  return rows.map((r, i) => `<row r="${i + 1}">${r.map((v, c) => cellXml(v, `${COLS[c]}${i + 1}`)).join('')}</row>`).join('');
}

function sheetXml(opts: { before?: string; data?: string; after?: string } = {}): string {
  return `${DECL}<worksheet xmlns="${NS}" xmlns:r="${RNS}">${opts.before ?? ''}<sheetData>${opts.data ?? rowsXml()}</sheetData>${opts.after ?? ''}</worksheet>`;
}

function workbookXml(sheets = `<sheet name="任务分工表" sheetId="1" r:id="rId1"/>`, extra = ''): string {
  return `${DECL}<workbook xmlns="${NS}" xmlns:r="${RNS}">${extra}<sheets>${sheets}</sheets></workbook>`;
}

function workbookRels(extra = ''): string {
  return `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${extra}</Relationships>`;
}

const CONTENT_TYPES = `${DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`;
const ROOT_RELS = `${DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;

interface Book {
  workbook?: string | Buffer;
  rels?: string | Buffer | null;
  sheet?: string | Buffer;
  extra?: Part[];
}

function parts(book: Book = {}): Part[] {
  const b = (x: string | Buffer) => (Buffer.isBuffer(x) ? x : Buffer.from(x, 'utf8'));
  const out: Part[] = [
    { name: '[Content_Types].xml', data: b(CONTENT_TYPES) },
    { name: '_rels/.rels', data: b(ROOT_RELS) },
    { name: 'xl/workbook.xml', data: b(book.workbook ?? workbookXml()) },
    { name: 'xl/worksheets/sheet1.xml', data: b(book.sheet ?? sheetXml()) },
  ];
  if (book.rels !== null) out.push({ name: 'xl/_rels/workbook.xml.rels', data: b(book.rels ?? workbookRels()) });
  return [...out, ...(book.extra ?? [])];
}

/** The parts with one of them changed. */
function tamper(list: Part[], name: string, change: Partial<Part>): Part[] {
  return list.map((p) => (p.name === name ? { ...p, ...change } : p));
}

const SHEET = 'xl/worksheets/sheet1.xml';
const ok = (issues?: string[]): Expected => ({ lead: LEAD, ...(issues ? { issues } : {}) });
const refuse = (pattern: string): Expected => ({ refuse: pattern });
const reportRefuses = (pattern: string): Expected => ({ lead: LEAD, reportRefuse: pattern });

/** Pseudo-random text (a fixed LCG), so that a payload does not compress past the ratio cap. */
function noise(chars: number, from: number, span: number): string {
  let x = 12345;
  let out = '';
  for (let i = 0; i < chars; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    out += String.fromCharCode(from + (x % span));
  }
  return out;
}

/** Rows that are valid but many and varied: the payload behind a malformed start. */
function manyRows(bytes: number): string {
  const text = noise(bytes / 3, 0x4e00, 16);
  const out: string[] = [];
  for (let at = 0; at < text.length; at += 40) out.push(`<row><c t="inlineStr"><is><t>${text.slice(at, at + 40)}</t></is></c></row>`);
  return out.join('');
}

export function hostileCases(): HostileCase[] {
  const cases: HostileCase[] = [];
  const add = (name: string, why: string, bytes: Buffer, expect: Expected) => cases.push({ name, why, bytes, expect });

  add('valid', 'the untouched base workbook', zip(parts()), ok());

  // --- zip level
  add('crc-mismatch', 'a CRC-32 that does not match the sheet', zip(tamper(parts(), SHEET, { crc: 0x12345678 })), refuse('CRC-32'));
  add('crc-mismatch-stored', 'a stored (method 0) sheet whose bytes changed after its CRC', zip(tamper(parts(), SHEET, { method: 0, crc: crc32(Buffer.from(sheetXml())) ^ 1 })), refuse('CRC-32'));
  add('size-lie-smaller', 'the directory says the sheet is smaller than it inflates to', zip(tamper(parts(), SHEET, { size: 100 })), refuse('大小与记录不符'));
  add('size-lie-larger', 'the directory says the sheet is larger than it inflates to', zip(tamper(parts(), SHEET, { size: 100_000 })), refuse('大小与记录不符'));
  const spaces = Buffer.alloc(300 * 1024 * 1024, 0x20);
  const spacesDeflated = zlib.deflateRawSync(spaces, { level: 9 });
  add('bomb-honest-size', 'a part declaring 300 MB', zip(tamper(parts(), SHEET, { raw: spacesDeflated, crc: 0, size: spaces.length })), refuse('过大|压缩炸弹'));
  add('bomb-lying-size', 'a part declaring 1 KB that inflates to 300 MB', zip(tamper(parts(), SHEET, { raw: spacesDeflated, crc: 0, size: 1024 })), refuse('大小与记录不符|压缩炸弹'));
  const twenty = Buffer.concat([Buffer.from(sheetXml().replace('</worksheet>', '')), Buffer.alloc(20 * 1024 * 1024, 0x20), Buffer.from('</worksheet>')]);
  add('bomb-ratio', 'a 20 MB sheet of blanks compressed a thousandfold (honest sizes and CRC)', zip(tamper(parts(), SHEET, { data: twenty })), refuse('压缩炸弹'));
  add('many-records-one-entry', 'a thousand directory records pointing at one sheet entry', zip(parts(), { repeatRecord: { index: 3, times: 1000 } }), refuse('重复|重叠'));
  add('duplicate-entry', 'the sheet stored twice under one name', zip([...parts(), { name: SHEET, data: Buffer.from(sheetXml({ data: '' })) }]), refuse('重复'));
  add('duplicate-entry-case', 'the sheet stored again under a name differing only in case', zip([...parts(), { name: 'xl/worksheets/Sheet1.xml', data: Buffer.from(sheetXml({ data: '' })) }]), refuse('重复'));
  add('encrypted-flag', 'the traditional-encryption flag on the sheet', zip(tamper(parts(), SHEET, { flags: 1 })), refuse('加密'));
  add('zip64-locator', 'a ZIP64 end-of-directory locator', zip(parts(), { zip64Locator: true }), refuse('ZIP64'));
  add('zip64-sizes', 'sizes of 0xFFFFFFFF that defer to a missing ZIP64 extra field', zip(tamper(parts(), SHEET, { size: 0xffffffff })), refuse('ZIP64'));
  add('name-dotdot', 'an entry named ../../evil.xml', zip([...parts(), { name: '../../evil.xml', data: Buffer.from('x') }]), refuse('非法的路径'));
  add('name-backslash', 'an entry named with backslashes', zip([...parts(), { name: 'xl\\worksheets\\sheet9.xml', data: Buffer.from('x') }]), refuse('非法的文件名'));
  add('name-nul', 'an entry name holding a NUL', zip([...parts(), { name: 'xl/work\u0000book.xml', data: Buffer.from('x') }]), refuse('非法的文件名'));
  add('name-absolute-drive', 'an entry named C:/Windows/x.xml', zip([...parts(), { name: 'C:/Windows/x.xml', data: Buffer.from('x') }]), refuse('非法的路径'));
  add('name-bad-utf8', 'an entry name that is not UTF-8', zip([...parts(), { name: Buffer.from([0x78, 0x6c, 0x2f, 0xff, 0xfe, 0x2e, 0x78]), data: Buffer.from('x') }]), refuse('UTF-8'));
  add('local-extra-absurd', 'a local extra field 65,535 bytes long, running past the data', absurdLocalExtra(), refuse('损坏|不完整'));
  add('central-extra-absurd', 'a central extra-field length running past the directory', centralExtraPast(), refuse('损坏'));
  add('data-descriptor', 'sizes and CRC in data descriptors (bit 3), zeros in the local headers', zip(parts().map((p) => ({ ...p, flags: 8 }))), ok());
  add('method-bzip2', 'compression method 12 (bzip2)', zip(tamper(parts(), SHEET, { method: 12, raw: Buffer.from('BZh9') })), refuse('不支持的压缩方式'));
  add('eocd-count-lie', 'the end record counts ten entries, the directory holds five', zip(parts(), { eocd: (v) => (v.setUint16(8, 10, true), v.setUint16(10, 10, true)) }), refuse('损坏'));
  add('eocd-offset-past', 'the directory offset points past the file', zip(parts(), { eocd: (v) => v.setUint32(16, 0x7fffffff, true) }), refuse('损坏'));
  add('multi-disk', 'a split (multi-disk) archive', zip(parts(), { eocd: (v) => v.setUint16(4, 1, true) }), refuse('分卷'));
  add('deflate-garbage', 'a sheet whose deflate stream is random bytes', zip(tamper(parts(), SHEET, { raw: Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 73 + 11) & 0xff)) })), refuse('无法解压|损坏|不符'));
  add('trailing-garbage', 'bytes after the end record', zip(parts(), { after: Buffer.from('trailing junk') }), ok());
  add('prepended-stub', 'a self-extractor stub before the zip (offsets not adjusted)', zip(parts(), { before: Buffer.alloc(4096, 0x90) }), refuse('不是 \\.xlsx|损坏|不完整|不一致'));
  add('local-name-mismatch', 'a local header naming another part than its directory record', localNameMismatch(), refuse('不一致|重叠|损坏'));

  // --- XML level: grid limits
  add('cell-zzzzzz', 'a cell at ZZZZZZ1', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: `${rowsXml()}<row r="4"><c r="ZZZZZZ4"><v>1</v></c></row>` })) })), refuse('超出 Excel 范围'));
  add('row-2147483647', 'a row at r="2147483647"', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: `${rowsXml()}<row r="2147483647"><c><v>1</v></c></row>` })) })), refuse('超出 Excel 范围'));
  add('row-negative', 'a row at r="-5"', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: `${rowsXml()}<row r="-5"><c><v>1</v></c></row>` })) })), refuse('超出 Excel 范围'));
  add('column-xfe', 'a cell one column past XFD', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: `${rowsXml()}<row r="4"><c r="XFE4"><v>1</v></c></row>` })) })), refuse('超出 Excel 范围'));
  add('cell-last', 'a value in XFD1048576, the last cell of the grid', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: `${rowsXml()}<row r="1048576"><c r="XFD1048576"><v>1</v></c></row>` })) })), ok());
  add('merge-whole-sheet', 'a merge I3:XFD1048576 beside the table', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ after: '<mergeCells count="1"><mergeCell ref="I3:XFD1048576"/></mergeCells>' })) })), ok());
  add('merge-past-grid', 'a merge A5:XFE5', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ after: '<mergeCells count="1"><mergeCell ref="A5:XFE5"/></mergeCells>' })) })), refuse('超出 Excel 范围'));
  add('merges-overlapping', 'two merges covering the same cells', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ after: '<mergeCells count="2"><mergeCell ref="A1:F1"/><mergeCell ref="B1:C3"/></mergeCells>' })) })), refuse('重叠'));
  add('dimension-past-grid', 'a dimension A1:ZZZZ99999999', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ before: '<dimension ref="A1:ZZZZ99999999"/>' })) })), refuse('超出 Excel 范围'));
  const wide = Array.from({ length: 800 }, (_, i) => `<row r="${i + 10}"><c r="A${i + 10}"><v>1</v></c><c r="XFD${i + 10}"><v>1</v></c></row>`).join('');
  add('cells-budget', '800 rows each holding A and XFD: 13 million cells with the holes', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: rowsXml() + wide })) })), refuse('单元格过多'));

  // --- XML level: parser
  add('text-run-huge', 'a 4 MB text node without markup', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: `${rowsXml()}<row r="4"><c r="A4" t="inlineStr"><is><t>${noise(4 * 1024 * 1024, 0x4e00, 0x5000)}</t></is></c></row>` })) })), refuse('超长'));
  add('attribute-huge', 'a 2 MB attribute value', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: `${rowsXml()}<row r="4" spans="${noise(2 * 1024 * 1024, 0x30, 10)}"></row>` })) })), refuse('超长'));
  add('malformed-then-rows', 'one malformed tag followed by 4 MB of rows', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ data: `${rowsXml()}<row r="4"><c r=1></row>${manyRows(4 * 1024 * 1024)}` })) })), refuse('XML 格式错误'));
  add('billion-laughs', 'DOCTYPE with nested entities in the sheet', zip(tamper(parts(), SHEET, { data: Buffer.from(`${DECL}<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>` + sheetXml().slice(DECL.length).replace('<t>市委宣传部</t>', '<t>&lol3;</t>')) })), refuse('DOCTYPE'));
  add('external-entity', 'an external entity (XXE) reading /etc/passwd', zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(`${DECL}<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>` + workbookXml().slice(DECL.length).replace('任务分工表', '&x;')) })), refuse('DOCTYPE'));
  add('undefined-entity', 'an entity &foo; never declared', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().replace('市发改委', '&foo;')) })), refuse('XML 格式错误'));
  add('charref-forbidden', 'a character reference &#1; that XML forbids', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().replace('市发改委', '市发改委&#1;')) })), refuse('XML 格式错误'));
  add('raw-escape-char', 'a raw ESC byte in cell text (forbidden in XML 1.0)', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().replace('市发改委', '市发改委\u001b[31m')) })), refuse('XML 格式错误'));
  add('truncated-xml', 'a sheet cut off in the middle of a tag', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().slice(0, -40)) })), refuse('XML 格式错误'));
  add('text-outside-root', 'text after the root element', zip(tamper(parts(), SHEET, { data: Buffer.from(`${sheetXml()}junk`) })), refuse('XML 格式错误'));
  add('deep-nesting', '100,000 nested elements in the sheet', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml({ after: `${'<x>'.repeat(100_000)}${'</x>'.repeat(100_000)}` })) })), ok());

  // --- XML level: valid XML the old scanner misread
  const deadSheet = `<!-- <sheets><sheet name="旧表" sheetId="9" r:id="rId9"/></sheets> -->`;
  add('comment-sheets', 'a comment holding a <sheets> list before the real one', zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(workbookXml(undefined, deadSheet)) })), ok());
  add('comment-dead-sheet', 'a commented-out <sheet/> inside <sheets>', zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(workbookXml(`<sheet name="任务分工表" sheetId="1" r:id="rId1"/><!--<sheet name="死表" sheetId="2" r:id="rId2"/>-->`)) })), ok());
  add('single-quotes', "single-quoted attributes r:id='rId1'", zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(workbookXml(`<sheet name='任务分工表' sheetId='1' r:id='rId1'/>`)) })), ok());
  add('other-prefix', 'the relationships namespace under another prefix (rel:id)', zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(`${DECL}<workbook xmlns="${NS}" xmlns:rel="${RNS}"><sheets><sheet name="任务分工表" sheetId="1" rel:id="rId1"/></sheets></workbook>`) })), ok());
  add('prefixed-elements', 'every element of the sheet under an x: prefix', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().replace(/<(\/?)(worksheet|sheetData|row|c|is|t|v)\b/g, '<$1x:$2').replace(`xmlns="${NS}"`, `xmlns:x="${NS}"`)) })), ok());
  add('cdata-text', 'the lead unit in a CDATA section', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().replace('<t>市委宣传部</t>', '<t><![CDATA[市委宣传部]]></t>')) })), ok());
  add('processing-instruction', 'a processing instruction among the rows', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().replace('<row r="2">', '<?duban ignore me?><row r="2">')) })), ok());
  add('utf16-bom', 'the sheet in UTF-16LE with a byte-order mark', zip(tamper(parts(), SHEET, { data: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sheetXml().replace('UTF-8', 'UTF-16'), 'utf16le')]) })), ok());
  add('utf8-bom', 'the workbook part with a UTF-8 byte-order mark', zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(workbookXml())]) })), ok());
  add('gbk-declared', 'the sheet declared and encoded as GBK', zip(tamper(parts(), SHEET, { data: gbk(sheetXml().replace('UTF-8', 'GBK')) })), ok());
  add('encoding-unknown', 'a part declaring encoding="x-nonsense"', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().replace('UTF-8', 'x-nonsense')) })), refuse('不支持的字符编码'));
  add('invalid-utf8', 'bytes that are not UTF-8 in a UTF-8 sheet', zip(tamper(parts(), SHEET, { data: Buffer.concat([Buffer.from(sheetXml().split('市发改委')[0]), Buffer.from([0xc3, 0x28, 0xa0, 0xa1]), Buffer.from(sheetXml().split('市发改委')[1])]) })), refuse('无效的字符编码'));
  add('number-infinite', 'a number 1e999 in 序号', zip(tamper(parts(), SHEET, { data: Buffer.from(sheetXml().replace('<v>1</v>', '<v>1e999</v>')) })), ok(['FORMULA_ERROR']));
  add('shared-count-huge', 'sharedStrings claiming 4,294,967,295 strings', withShared('<sst xmlns="' + NS + '" count="4294967295" uniqueCount="4294967295"><si><t>市委宣传部</t></si></sst>'), ok());
  add('shared-index-past', 'a shared-string index far past the table', withShared('<sst xmlns="' + NS + '"><si><t>市委宣传部</t></si></sst>', '<c r="G3" t="s"><v>99999999</v></c>'), ok());
  add('escape-sequences', 'cell text with ESC sequences and an OSC 52 clipboard write (as _x001B_ escapes)', withShared('<sst xmlns="' + NS + '"><si><t>市委宣传部</t></si><si><t>_x001B_]52;c;ZXZpbA==_x0007__x001B_[2J市发改委</t></si></sst>', '', '<c r="D3" t="s"><v>1</v></c>'), ok());

  // --- valid XML that text search over the small parts the writer rewrites would misread (report)
  const STYLES = `${DECL}<styleSheet xmlns="${NS}"><!-- <cellXfs count="1"><xf numFmtId="0"/></cellXfs> --><fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count='1'><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs></styleSheet>`;
  const withStyles = (styles: string) => parts({
    rels: workbookRels(`<Relationship Id="rId2" Type="${REL}/styles" Target="styles.xml"/>`),
    extra: [{ name: 'xl/styles.xml', data: Buffer.from(styles) }],
  });
  add('styles-comment-section', 'styles.xml with a commented-out <cellXfs> before the real one (single-quoted count)', zip(withStyles(STYLES)), ok());
  add('rels-comment-after-root', 'workbook relationships followed by a comment holding </Relationships>', zip(parts({ rels: `${workbookRels()}<!-- </Relationships> -->` })), ok());
  add('types-comment-after-root', '[Content_Types].xml followed by a comment holding </Types>', zip(tamper(parts(), '[Content_Types].xml', { data: Buffer.from(`${CONTENT_TYPES}<!-- </Types> -->`) })), ok());
  add('marker-in-comment', "a commented-out DUBAN_GENERATED_ name claiming the user's sheet is generated", zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(workbookXml(undefined, '').replace('</sheets>', `</sheets><!-- <definedNames><definedName name="DUBAN_GENERATED_1">'任务分工表'!$A$1</definedName></definedNames> -->`)) })), ok());
  add('defined-name-cdata', 'a defined name whose formula is a CDATA section holding markup', zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(workbookXml().replace('</sheets>', '</sheets><definedNames><definedName name="备注"><![CDATA["<sheets>"]]></definedName></definedNames>')) })), ok());
  add('sheets-gt-in-attribute', 'a sheet name holding > and a quote character', zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(workbookXml(`<sheet name="任务&gt;分工表 &quot;A&quot;" sheetId="1" r:id="rId1"/>`)) })), ok());
  const STRICT = 'http://purl.oclc.org/ooxml/spreadsheetml/main';
  const STRICT_REL = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
  add('strict-ooxml', 'Strict Open XML namespaces and relationship types (Excel\'s "Strict" save)', zip(parts({
    workbook: workbookXml().replace(NS, STRICT).replace(RNS, STRICT_REL),
    sheet: sheetXml().replace(NS, STRICT).replace(RNS, STRICT_REL),
    rels: workbookRels().replace(`${REL}/worksheet`, `${STRICT_REL}/worksheet`),
  })), ok());
  add('prefixed-workbook', 'workbook.xml and its relationships with every element under a prefix', zip(parts({
    workbook: `${DECL}<x:workbook xmlns:x="${NS}" xmlns:r="${RNS}"><x:sheets><x:sheet name="任务分工表" sheetId="1" r:id="rId1"/></x:sheets></x:workbook>`,
    rels: `${DECL}<p:Relationships xmlns:p="http://schemas.openxmlformats.org/package/2006/relationships"><p:Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></p:Relationships>`,
  })), ok());
  add('absolute-target', 'a relationship target given from the package root (/xl/worksheets/sheet1.xml)', zip(parts({ rels: workbookRels().replace('Target="worksheets/sheet1.xml"', 'Target="/xl/worksheets/sheet1.xml"') })), ok());
  add('encoded-target', 'a sheet part named with a space, its target percent-encoded', zip([...parts({ rels: workbookRels().replace('worksheets/sheet1.xml', 'worksheets/%E4%BB%BB%E5%8A%A1%201.xml') }).filter((p) => p.name !== SHEET), { name: 'xl/worksheets/任务 1.xml', data: Buffer.from(sheetXml()), flags: 0x800 }]), ok());
  const APP = `${DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><!-- <TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>旧</vt:lpstr></vt:vector></TitlesOfParts> --><HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs><TitlesOfParts><vt:vector size="1" baseType="lpstr"><vt:lpstr>任务分工表</vt:lpstr></vt:vector></TitlesOfParts></Properties>`;
  add('app-titles-comment', 'docProps/app.xml whose sheet titles follow a commented-out list', zip([
    ...tamper(parts(), '_rels/.rels', { data: Buffer.from(ROOT_RELS.replace('</Relationships>', `<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`)) }),
    { name: 'docProps/app.xml', data: Buffer.from(APP) },
  ]), ok());
  add('app-malformed', 'docProps/app.xml that is not well-formed: check never reads it; report must rewrite it, so refuses', zip([
    ...tamper(parts(), '_rels/.rels', { data: Buffer.from(ROOT_RELS.replace('</Relationships>', `<Relationship Id="rId2" Type="${REL}/extended-properties" Target="docProps/app.xml"/></Relationships>`)) }),
    { name: 'docProps/app.xml', data: Buffer.from(`${DECL}<Properties><TitlesOfParts><vt:vector></Properties>`) },
  ]), reportRefuses('app\\.xml.*XML 格式错误'));
  add('unread-part-crc', 'a picture part the check never reads, its CRC-32 wrong', zip([...parts(), { name: 'xl/media/image1.png', data: Buffer.from('\x89PNG fake picture bytes'), crc: 0x0badf00d }]), reportRefuses('CRC-32'));

  // --- package structure
  add('duplicate-sheet-part', 'two sheets pointing at the same part', zip(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(workbookXml(`<sheet name="任务分工表" sheetId="1" r:id="rId1"/><sheet name="副本" sheetId="2" r:id="rId1"/>`)) })), refuse('同一份数据'));
  add('duplicate-sheet-name', 'two sheets with one name', zip([...tamper(tamper(parts(), 'xl/workbook.xml', { data: Buffer.from(workbookXml(`<sheet name="任务分工表" sheetId="1" r:id="rId1"/><sheet name="任务分工表" sheetId="2" r:id="rId2"/>`)) }), 'xl/_rels/workbook.xml.rels', { data: Buffer.from(workbookRels(`<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>`)) }), { name: 'xl/worksheets/sheet2.xml', data: Buffer.from(sheetXml({ data: '' })) }]), refuse('同名'));
  add('missing-rels', 'no xl/_rels/workbook.xml.rels', zip(parts({ rels: null })), refuse('关系文件'));
  add('rel-missing-target', 'a relationship to a part that is not in the zip', zip(parts({ rels: workbookRels().replace('worksheets/sheet1.xml', 'worksheets/nowhere.xml') })), refuse('缺少工作表'));
  add('rel-escape-root', 'a relationship target ../../../../etc/passwd', zip(parts({ rels: workbookRels().replace('worksheets/sheet1.xml', '../../../../etc/passwd') })), refuse('缺少工作表'));
  add('rel-circular', 'a second sheet whose relationship points back at workbook.xml', zip(parts({
    workbook: workbookXml(`<sheet name="任务分工表" sheetId="1" r:id="rId1"/><sheet name="环" sheetId="2" r:id="rId2"/>`),
    rels: workbookRels(`<Relationship Id="rId2" Type="${REL}/worksheet" Target="workbook.xml"/>`),
  })), ok());
  return cases;
}

function gbk(text: string): Buffer {
  // Node cannot encode GBK; the characters used here are few, so map them through a decoder round trip
  const decoder = new TextDecoder('gbk');
  const table = new Map<string, Buffer>();
  for (let hi = 0x81; hi <= 0xfe; hi++)
    for (let lo = 0x40; lo <= 0xfe; lo++) {
      const b = Buffer.from([hi, lo]);
      const ch = decoder.decode(b);
      if (ch.length === 1 && !table.has(ch)) table.set(ch, b);
    }
  return Buffer.concat([...text].map((ch) => (ch.charCodeAt(0) < 0x80 ? Buffer.from(ch) : table.get(ch) ?? Buffer.from('?'))));
}

function withShared(sst: string, extraCell = '', replaceD3 = ''): Buffer {
  let sheet = sheetXml().replace(`<c r="C3" t="inlineStr"><is><t>${LEAD}</t></is></c>`, '<c r="C3" t="s"><v>0</v></c>');
  if (replaceD3) sheet = sheet.replace('<c r="D3" t="inlineStr"><is><t>市发改委</t></is></c>', replaceD3);
  if (extraCell) sheet = sheet.replace('</row></sheetData>', `${extraCell}</row></sheetData>`);
  return zip(parts({
    sheet,
    rels: workbookRels(`<Relationship Id="rId3" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`),
    extra: [{ name: 'xl/sharedStrings.xml', data: Buffer.from(DECL + sst) }],
  }));
}

function absurdLocalExtra(): Buffer {
  const bytes = zip(parts());
  // the sheet's local header is the fourth: find it and set its extra length to 65,535
  let at = -1;
  for (let n = 0, i = 0; n < 4; n++, i = at + 4) at = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x03, 0x04]), i);
  bytes.writeUInt16LE(0xffff, at + 28);
  return bytes;
}

function centralExtraPast(): Buffer {
  const bytes = zip(parts());
  const at = bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  bytes.writeUInt16LE(0xfff0, at + 30);
  return bytes;
}

function localNameMismatch(): Buffer {
  const bytes = zip(parts());
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const at = bytes.indexOf(name);
  bytes.write('xl/worksheets/sheetX.xml', at);
  return bytes;
}

async function main(): Promise<void> {
  await fs.rm(HOSTILE_DIR, { recursive: true, force: true });
  await fs.mkdir(HOSTILE_DIR, { recursive: true });
  const manifest: Record<string, { why: string; expect: Expected }> = {};
  for (const c of hostileCases()) {
    await fs.writeFile(path.join(HOSTILE_DIR, `${c.name}.xlsx`), c.bytes);
    manifest[c.name] = { why: c.why, expect: c.expect };
  }
  await fs.writeFile(path.join(HOSTILE_DIR, 'cases.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  process.stdout.write(`已生成 ${Object.keys(manifest).length} 个恶意样本：${HOSTILE_DIR}\n`);
}

if (require.main === module) main();
