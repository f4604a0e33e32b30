// Writes Duban's generated sheets into .xlsx bytes at the zip level, copying every part of the user's package byte for byte.
//
// exceljs loads and re-writes a whole workbook (gigabytes of memory for a 25 MB file) and drops
// what it does not model: charts, images, pivot tables, comment formatting. Here each zip entry of
// the user's package is copied as stored (its compressed bytes and CRC, never inflated) and only
// the few parts that must change are rewritten:
//   - new worksheet parts for the generated sheets (inline strings: sharedStrings.xml untouched);
//   - the workbook part (sheet list, DUBAN_GENERATED_n marker names; the user's names kept);
//   - the workbook's relationships and [Content_Types].xml;
//   - styles.xml, with the fonts, fills, borders, number formats and cell formats the generated
//     sheets need APPENDED (existing indices never move; equal entries are reused, so that
//     regenerating does not grow the file);
//   - docProps/app.xml's list of sheet titles, when it lists them.
// Those parts are small and handled as strings; the user's sheets, however large, are not parsed.
// The semantics are FileWorkbook.writeGeneratedSheet's: an earlier generated sheet of the name
// (found by its marker) is replaced in its place in the tab order; a user's sheet of that name is
// never touched, the generated one takes a free name (校验结果 (2)). Parts only the replaced sheet
// used (its relationships, drawings, comments…) go with it. Node and browsers (CompressionStream).
import { FIT_TO_PAGE_PR, pageSetupXml, printOptionsXml, printTitlesRef } from './print-setup';
import { CellRange, columnLetters } from '../core/sheets/grid';
import { CellStyle, SheetSpec, SpecValue } from '../core/sheets/sheet-spec';
import { GENERATED_MARKER, freeSheetName, generatedSheetFor } from './port';
import { DAYS_1900_TO_1904, XlsxReadError, ZipEntry, decodeChunks, decodeEntities, inflate, isDateFormat, readPackageFacts, readZipDirectory } from './xlsx-stream';
import { Packed, ZipWriter, deflate, dosDateTime, u16 } from './zip/writer';

export interface PatchResult {
  /** The new package. */
  readonly bytes: Uint8Array;
  /** The name each spec was written under, in the specs' order. */
  readonly names: string[];
}

const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strictRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};
const WORKSHEET_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
const STYLES_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml';
const RELS_CONTENT_TYPE = 'application/vnd.openxmlformats-package.relationships+xml';

// ---------------------------------------------------------------------------------------------
// XML as text

const INVALID_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g;
const TEXT_SPECIAL = /[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;
const ATTR_SPECIAL = /[&<>"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/;

/** Character data: & < > escaped, characters XML cannot hold dropped (as exceljs does). */
function escText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(INVALID_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; tabs and line breaks kept as character references. */
function escAttr(text: string): string {
  if (!ATTR_SPECIAL.test(text)) return text;
  return escText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}


/** Attributes of a tag's attribute text (qualified names as written), values unescaped. */
function attrsOf(raw: string): Map<string, string> {
  const out = new Map<string, string>();
  const re = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = re.exec(raw); m; m = re.exec(raw)) out.set(m[1], decodeEntities(m[2] ?? m[3]));
  return out;
}

/** Sets (or adds) one attribute in a start tag's attribute text. */
function withAttr(raw: string, name: string, value: string): string {
  const re = new RegExp(`(\\s${name.replace(/[.:]/g, '\\$&')}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  return re.test(raw) ? raw.replace(re, `$1"${escAttr(value)}"`) : `${raw} ${name}="${escAttr(value)}"`;
}

/** An element (start tag … end tag, or empty), found by local name with any prefix. */
interface Found {
  readonly start: number;
  readonly end: number;
  /** Prefix with its colon, or ''. */
  readonly prefix: string;
  /** Attribute text of the start tag. */
  readonly attrs: string;
  /** Content between the tags; null for an empty element. */
  readonly inner: string | null;
  readonly innerStart: number;
}

const START_TAGS = new Map<string, RegExp>();

function findElement(xml: string, local: string, from = 0): Found | undefined {
  let open = START_TAGS.get(local);
  if (!open) {
    // attribute by attribute, so that a > inside a quoted value does not end the tag
    open = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])((?:\\s+[^\\s=/>]+\\s*=\\s*(?:"[^"]*"|'[^']*'))*)\\s*(/?)>`, 'g');
    START_TAGS.set(local, open);
  }
  open.lastIndex = from;
  const m = open.exec(xml);
  if (!m) return undefined;
  const prefix = m[1] ?? '';
  const start = m.index;
  const afterOpen = open.lastIndex;
  if (m[3] === '/') return { start, end: afterOpen, prefix, attrs: m[2], inner: null, innerStart: afterOpen };
  const close = `</${prefix}${local}>`;
  // same-named elements do not nest in the parts read here
  const closeAt = xml.indexOf(close, afterOpen);
  if (closeAt < 0) throw new XlsxReadError(`工作簿 XML 格式错误：<${prefix}${local}> 没有结束标记`);
  return { start, end: closeAt + close.length, prefix, attrs: m[2], inner: xml.slice(afterOpen, closeAt), innerStart: afterOpen };
}

function findAll(xml: string, local: string): Found[] {
  const out: Found[] = [];
  for (let f = findElement(xml, local); f; f = findElement(xml, local, f.end)) out.push(f);
  return out;
}

/** A rewritten part is UTF-8: the declaration says so, and no byte-order mark. */
function asUtf8(xml: string): string {
  return xml.replace(/^\ufeff/, '').replace(/^(<\?xml[^>]*?encoding\s*=\s*["'])[^"']*(["'])/, '$1UTF-8$2');
}

// ---------------------------------------------------------------------------------------------
// Package parts and relationships

interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The target part (lower case, no leading slash) when internal. */
  readonly part: string;
  /** The element as written. */
  readonly raw: string;
}

function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a .rels part describes ('' for the package's own _rels/.rels), or undefined. */
function sourceOfRels(relsPart: string): string | undefined {
  const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(relsPart);
  return m ? m[1] + m[2] : undefined;
}

function resolvePart(dir: string, target: string): string {
  const path = target.split('#')[0];
  const parts = (path.startsWith('/') ? path.slice(1) : dir + path).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(decodeURIComponentSafe(p));
  }
  return out.join('/').toLowerCase();
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function parseRels(xml: string, sourceDir: string): Rel[] {
  return findAll(xml, 'Relationship').map((f) => {
    const a = attrsOf(f.attrs);
    const target = a.get('Target') ?? '';
    const external = a.get('TargetMode') === 'External';
    return { id: a.get('Id') ?? '', type: a.get('Type') ?? '', target, external, part: external ? '' : resolvePart(sourceDir, target), raw: xml.slice(f.start, f.end) };
  });
}

/** The path of `part` relative to the folder `fromDir` (both lower-case-insensitive zip names). */
function relativeTarget(fromDir: string, part: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common].toLowerCase() === to[common].toLowerCase()) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}

class Package {
  readonly zip: Map<string, ZipEntry>;

  constructor(readonly bytes: Uint8Array) {
    this.zip = readZipDirectory(bytes);
  }

  has(part: string): boolean {
    return this.zip.has(part.toLowerCase());
  }

  /** A (small) part's text, or undefined when the package lacks it. */
  async text(part: string): Promise<string | undefined> {
    const entry = this.zip.get(part.toLowerCase());
    if (!entry) return undefined;
    let out = '';
    for await (const piece of decodeChunks(inflate(this.bytes, entry))) out += piece;
    return out;
  }

  async rels(part: string): Promise<Rel[]> {
    const xml = await this.text(part === '' ? '_rels/.rels' : relsPartOf(part));
    return xml === undefined ? [] : parseRels(xml, dirOf(part));
  }
}

// ---------------------------------------------------------------------------------------------
// Styles: appended to styles.xml, never renumbered

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13, '@': 49,
};
const STYLE_SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs';
const CHILD: Record<Section, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf' };

/** A minimal stylesheet for a package that has none. */
const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

class StyleBook {
  private readonly p: string;
  /** Existing children of each section, as written. */
  private readonly existing = new Map<Section, string[]>();
  private readonly added = new Map<Section, string[]>();
  private readonly byKey = new Map<string, number>();
  private readonly byStyle = new WeakMap<CellStyle, number>();
  private readonly formats = new Map<string, number>();
  private nextFormat = 164;
  private font0 = { size: '11', color: '', rest: '' };

  constructor(private readonly xml: string) {
    const root = findElement(xml, 'styleSheet');
    if (!root) throw new XlsxReadError('styles.xml 格式错误：没有 styleSheet');
    this.p = root.prefix;
    for (const section of Object.keys(CHILD) as Section[]) {
      const found = findElement(xml, section);
      const children = found?.inner ? findAll(found.inner, CHILD[section]).map((f) => found.inner!.slice(f.start, f.end)) : [];
      this.existing.set(section, children);
      this.added.set(section, []);
    }
    for (const raw of this.existing.get('numFmts')!) {
      const a = attrsOf(raw);
      const id = Number(a.get('numFmtId'));
      const code = a.get('formatCode');
      if (!Number.isFinite(id)) continue;
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
    // the base every added font starts from: the workbook's default font
    const font0 = this.existing.get('fonts')![0];
    if (font0) {
      const sz = /<(?:[\w.-]+:)?sz\b[^>]*\bval="([^"]*)"/.exec(font0)?.[1];
      const color = /<(?:[\w.-]+:)?color\b[^>]*\/>/.exec(font0)?.[0] ?? '';
      const rest = ['name', 'family', 'charset', 'scheme'].map((n) => new RegExp(`<(?:[\\w.-]+:)?${n}\\b[^>]*/>`).exec(font0)?.[0] ?? '').join('');
      this.font0 = { size: sz ?? '11', color, rest };
    }
    // indices 0 of fonts, borders and the xfs, and fills 0–1, are the defaults: never our styles
    this.ensure('fonts', 1, () => `<${this.p}font><${this.p}sz val="11"/><${this.p}name val="Calibri"/></${this.p}font>`);
    this.ensure('fills', 2, (i) => `<${this.p}fill><${this.p}patternFill patternType="${i === 0 ? 'none' : 'gray125'}"/></${this.p}fill>`);
    this.ensure('borders', 1, () => this.border(false));
    this.ensure('cellStyleXfs', 1, () => `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`);
    this.ensure('cellXfs', 1, () => `<${this.p}xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`);
  }

  private ensure(section: Section, count: number, make: (index: number) => string): void {
    const list = this.added.get(section)!;
    for (let i = this.existing.get(section)!.length + list.length; i < count; i++) list.push(make(i));
  }

  private border(thin: boolean): string {
    const p = this.p;
    const side = (s: string) => (thin ? `<${p}${s} style="thin"><${p}color rgb="FFBFBFBF"/></${p}${s}>` : `<${p}${s}/>`);
    return `<${p}border>${side('left')}${side('right')}${side('top')}${side('bottom')}<${p}diagonal/></${p}border>`;
  }

  /** The index of an equal entry, else of the entry appended. */
  private intern(section: Section, raw: string): number {
    const existing = this.existing.get(section)!;
    const found = existing.indexOf(raw);
    if (found >= 0) return found;
    const added = this.added.get(section)!;
    const at = added.indexOf(raw);
    if (at >= 0) return existing.length + at;
    added.push(raw);
    return existing.length + added.length - 1;
  }

  private numFmt(code: string): number {
    if (code in BUILTIN_FORMATS) return BUILTIN_FORMATS[code];
    const known = this.formats.get(code);
    if (known !== undefined) return known;
    const id = this.nextFormat++;
    this.formats.set(code, id);
    this.added.get('numFmts')!.push(`<${this.p}numFmt numFmtId="${id}" formatCode="${escAttr(code)}"/>`);
    return id;
  }

  /** The cellXfs index of a spec style (as exceljs would format it). */
  index(style: CellStyle): number {
    const known = this.byStyle.get(style);
    if (known !== undefined) return known;
    const key = JSON.stringify([style.bold, style.italic, style.fontSize, style.color, style.fill, style.align, style.verticalAlign, style.wrap, style.numFmt, style.border]);
    let index = this.byKey.get(key);
    if (index === undefined) {
      index = this.xf(style);
      this.byKey.set(key, index);
    }
    this.byStyle.set(style, index);
    return index;
  }

  private xf(style: CellStyle): number {
    const p = this.p;
    const fontChanged = Boolean(style.bold || style.italic || style.fontSize || style.color);
    const fontId = fontChanged
      ? this.intern('fonts', `<${p}font>${style.bold ? `<${p}b/>` : ''}${style.italic ? `<${p}i/>` : ''}<${p}sz val="${style.fontSize ?? this.font0.size}"/>${style.color ? `<${p}color rgb="FF${style.color.toUpperCase()}"/>` : this.font0.color}${this.font0.rest}</${p}font>`)
      : 0;
    const fillId = style.fill
      ? this.intern('fills', `<${p}fill><${p}patternFill patternType="solid"><${p}fgColor rgb="FF${style.fill.toUpperCase()}"/><${p}bgColor indexed="64"/></${p}patternFill></${p}fill>`)
      : 0;
    const borderId = style.border ? this.intern('borders', this.border(true)) : 0;
    const numFmtId = style.numFmt ? this.numFmt(style.numFmt) : 0;
    const vertical = style.verticalAlign === 'middle' ? 'center' : style.verticalAlign;
    const alignment = style.align || vertical || style.wrap
      ? `<${p}alignment${style.align ? ` horizontal="${style.align}"` : ''}${vertical ? ` vertical="${vertical}"` : ''}${style.wrap ? ' wrapText="1"' : ''}/>`
      : '';
    const applies = `${numFmtId ? ' applyNumberFormat="1"' : ''}${fontId ? ' applyFont="1"' : ''}${fillId ? ' applyFill="1"' : ''}${borderId ? ' applyBorder="1"' : ''}${alignment ? ' applyAlignment="1"' : ''}`;
    const head = `<${p}xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.intern('cellXfs', alignment ? `${head}>${alignment}</${p}xf>` : `${head}/>`);
  }

  get changed(): boolean {
    return [...this.added.values()].some((list) => list.length > 0);
  }

  /** styles.xml with the appended entries (the rest of the text as it was). */
  result(): string {
    let xml = this.xml;
    for (const section of Object.keys(CHILD) as Section[]) {
      const added = this.added.get(section)!;
      if (added.length === 0) continue;
      const count = this.existing.get(section)!.length + added.length;
      const found = findElement(xml, section);
      if (found) {
        const attrs = withAttr(found.attrs, 'count', String(count));
        const inner = found.inner ?? '';
        xml = `${xml.slice(0, found.start)}<${found.prefix}${section}${attrs}>${inner}${added.join('')}</${found.prefix}${section}>${xml.slice(found.end)}`;
      } else {
        // before the first later section present, else at the end of the stylesheet
        const later = STYLE_SECTIONS.slice(STYLE_SECTIONS.indexOf(section) + 1);
        const at = later.map((s) => findElement(xml, s)?.start).filter((x): x is number => x !== undefined).sort((a, b) => a - b)[0]
          ?? xml.lastIndexOf(`</${this.p}styleSheet>`);
        xml = `${xml.slice(0, at)}<${this.p}${section} count="${count}">${added.join('')}</${this.p}${section}>${xml.slice(at)}`;
      }
    }
    return asUtf8(xml);
  }
}

// ---------------------------------------------------------------------------------------------
// A generated sheet as worksheet XML

/** Text pieces are gathered to about this many characters before they are handed on. */
const PIECE = 1 << 16;

interface SheetLinks {
  /** External hyperlink targets, by relationship id. */
  readonly external: { id: string; target: string }[];
}

function inlineString(text: string): string {
  const space = text.length > 0 && (/^\s/.test(text) || /\s$/.test(text)) ? ' xml:space="preserve"' : '';
  return `<is><t${space}>${escText(text)}</t></is>`;
}

/**
 * The worksheet XML of a spec, in pieces: values (strings inline and always as text, numbers,
 * booleans), styles, widths, merges, frozen panes, filter, tab colour, list validations, data bars
 * and hyperlinks — what FileWorkbook's fillWorksheet writes through exceljs.
 */
function* worksheetXml(spec: SheetSpec, styles: StyleBook, mainNs: string, relNs: string, links: SheetLinks, date1904 = false): Generator<string> {
  const merges = spec.merges ?? [];
  let lastRow = spec.rows.length - 1;
  let lastCol = 0;
  for (const row of spec.rows) if (row.length - 1 > lastCol) lastCol = row.length - 1;
  for (const m of merges) {
    lastRow = Math.max(lastRow, m.bottom);
    lastCol = Math.max(lastCol, m.right);
  }
  const letters: string[] = [];
  const col = (c: number) => letters[c] ?? (letters[c] = columnLetters(c));

  // covered cells of a merge take the master's style, as exceljs's mergeCells gives them
  const covered = new Map<number, Map<number, CellStyle>>();
  for (const m of merges) {
    const style = spec.rows[m.top]?.[m.left]?.style;
    if (!style) continue;
    for (let r = m.top; r <= m.bottom; r++) {
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue;
        let row = covered.get(r);
        if (!row) covered.set(r, (row = new Map()));
        row.set(c, style);
      }
    }
  }

  let out = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${mainNs}" xmlns:r="${relNs}">`;
  if (spec.tabColor || spec.print) {
    out += `<sheetPr>${spec.tabColor ? `<tabColor rgb="FF${spec.tabColor.toUpperCase()}"/>` : ''}${spec.print ? FIT_TO_PAGE_PR : ''}</sheetPr>`;
  }
  out += `<dimension ref="A1${lastRow > 0 || lastCol > 0 ? `:${col(lastCol)}${Math.max(lastRow, 0) + 1}` : ''}"/>`;
  const freeze = spec.freeze && (spec.freeze.rows > 0 || spec.freeze.columns > 0) ? spec.freeze : undefined;
  if (freeze) {
    const pane = freeze.rows > 0 && freeze.columns > 0 ? 'bottomRight' : freeze.rows > 0 ? 'bottomLeft' : 'topRight';
    const topLeft = `${col(freeze.columns)}${freeze.rows + 1}`;
    out += `<sheetViews><sheetView workbookViewId="0"><pane${freeze.columns > 0 ? ` xSplit="${freeze.columns}"` : ''}${freeze.rows > 0 ? ` ySplit="${freeze.rows}"` : ''} topLeftCell="${topLeft}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/></sheetView></sheetViews>`;
  } else out += '<sheetViews><sheetView workbookViewId="0"/></sheetViews>';
  const widths = spec.widths ?? [];
  if (widths.some((w) => typeof w === 'number' && w > 0)) {
    out += '<cols>';
    widths.forEach((w, i) => {
      if (typeof w === 'number' && w > 0) out += `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`;
    });
    out += '</cols>';
  }
  out += '<sheetData>';

  const hyperlinks: string[] = [];
  for (let r = 0; r <= lastRow; r++) {
    const row = spec.rows[r] ?? [];
    const extra = covered.get(r);
    const end = Math.max(row.length, extra ? Math.max(...extra.keys()) + 1 : 0);
    let cells = '';
    for (let c = 0; c < end; c++) {
      const sc = row[c];
      const style = sc && (sc.value !== null || sc.style) ? sc.style : extra?.get(c);
      if (!sc || (sc.value === null && !sc.style)) {
        if (style) cells += `<c r="${col(c)}${r + 1}" s="${styles.index(style)}"/>`;
        continue;
      }
      const ref = `${col(c)}${r + 1}`;
      const s = style ? ` s="${styles.index(style)}"` : '';
      // core's serials are in the 1900 system; a 1904 workbook stores dates 1462 days less
      const value = date1904 && typeof sc.value === 'number' && style?.numFmt && isDateFormat(style.numFmt) ? sc.value - DAYS_1900_TO_1904 : sc.value;
      cells += cellXml(ref, s, value, hyperlinks, links);
    }
    if (cells) out += `<row r="${r + 1}">${cells}</row>`;
    if (out.length >= PIECE) {
      yield out;
      out = '';
    }
  }
  out += '</sheetData>';

  if (spec.autoFilter) out += `<autoFilter ref="${escAttr(spec.autoFilter)}"/>`;
  if (merges.length) out += `<mergeCells count="${merges.length}">${merges.map((m) => `<mergeCell ref="${rangeRef(m, col)}"/>`).join('')}</mergeCells>`;
  let priority = 1;
  for (const cf of spec.conditionalFormats ?? []) {
    out += `<conditionalFormatting sqref="${escAttr(cf.range)}"><cfRule type="dataBar" priority="${priority++}"><dataBar><cfvo type="min"/><cfvo type="max"/><color rgb="FF${cf.color.toUpperCase()}"/></dataBar></cfRule></conditionalFormatting>`;
  }
  const validations = spec.validations ?? [];
  if (validations.length) {
    out += `<dataValidations count="${validations.length}">`;
    for (const v of validations) {
      const formula = Array.isArray(v.list) ? `"${(v.list as readonly string[]).join(',')}"` : (v.list as { source: string }).source.replace(/^=/, '');
      const messages = v.allowOther ? ' errorStyle="information"' : ' showErrorMessage="1" errorTitle="输入无效" error="请从下拉列表中选择。"';
      const prompt = v.prompt ? ` showInputMessage="1" promptTitle="提示" prompt="${escAttr(v.prompt)}"` : '';
      out += `<dataValidation type="list" allowBlank="1"${messages}${prompt} sqref="${escAttr(v.range)}"><formula1>${escText(formula)}</formula1></dataValidation>`;
    }
    out += '</dataValidations>';
  }
  if (hyperlinks.length) {
    yield out;
    out = '<hyperlinks>';
    for (const h of hyperlinks) {
      out += h;
      if (out.length >= PIECE) {
        yield out;
        out = '';
      }
    }
    out += '</hyperlinks>';
  }
  out += `${printOptionsXml(spec.print)}${pageSetupXml(spec.print)}</worksheet>`;
  yield out;
}

function rangeRef(m: CellRange, col: (c: number) => string): string {
  return `${col(m.left)}${m.top + 1}:${col(m.right)}${m.bottom + 1}`;
}

function cellXml(ref: string, s: string, value: SpecValue, hyperlinks: string[], links: SheetLinks): string {
  if (value === null) return `<c r="${ref}"${s}/>`;
  switch (typeof value) {
    case 'string':
      return `<c r="${ref}"${s} t="inlineStr">${inlineString(value)}</c>`;
    case 'number':
      return Number.isFinite(value) ? `<c r="${ref}"${s}><v>${value}</v></c>` : `<c r="${ref}"${s} t="e"><v>#NUM!</v></c>`;
    case 'boolean':
      return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
    default:
      break;
  }
  if ('formula' in value) return `<c r="${ref}"${s}><f>${escText(value.formula.replace(/^=/, ''))}</f></c>`;
  // a hyperlink: the text in the cell; an internal target (#Sheet!A1) is a location, needing no relationship
  if (value.link.startsWith('#')) {
    hyperlinks.push(`<hyperlink ref="${ref}" location="${escAttr(value.link.slice(1))}" display="${escAttr(value.text)}"/>`);
  } else {
    const id = `rId${links.external.length + 1}`;
    links.external.push({ id, target: value.link });
    hyperlinks.push(`<hyperlink ref="${ref}" r:id="${id}" display="${escAttr(value.text)}"/>`);
  }
  return `<c r="${ref}"${s} t="inlineStr">${inlineString(value.text)}</c>`;
}

// ---------------------------------------------------------------------------------------------
// The workbook: sheets, markers, relationships, content types, app.xml

interface SheetEntry {
  name: string;
  generated: boolean;
  /** The user's package: the <sheet> element as written, its index, relationship and part. */
  readonly original?: { raw: string; index: number; sheetId: number; rid: string; part?: string };
  /** A sheet written now: the spec's index. */
  readonly spec?: number;
}

interface DefinedName {
  /** The element as written (a new one: as it will be written). */
  readonly raw: string;
  readonly name: string;
  /** Index of the sheet it is local to, in the user's package. */
  readonly localSheetId?: number;
  /** For Duban's markers: the sheet marked. */
  readonly marks?: string;
}

/** The sheet a marker's text points at: 'Name'!$A$1 → Name. */
function markedSheet(text: string): string | undefined {
  const m = /^'?(.*?)'?!/.exec(text.trim());
  return m ? m[1].replace(/''/g, "'") : undefined;
}

/**
 * Adds or replaces the generated sheets of `specs` in the .xlsx package `original`, as
 * FileWorkbook.writeGeneratedSheet would one by one, copying every other part unchanged.
 * Throws XlsxReadError (a Chinese message) when the package cannot be read.
 */
export async function patchGeneratedSheets(original: Uint8Array, specs: readonly SheetSpec[]): Promise<PatchResult> {
  const pkg = new Package(original);
  const facts = await readPackageFacts(original);
  const contentTypes = await pkg.text('[Content_Types].xml');
  if (contentTypes === undefined) throw new XlsxReadError('压缩包中没有 [Content_Types].xml，不是 .xlsx 文件');
  const rootRels = await pkg.rels('');
  const workbookPart = rootRels.find((r) => !r.external && r.type.endsWith('/officeDocument'))?.part ?? 'xl/workbook.xml';
  const workbookXml = await pkg.text(workbookPart);
  if (workbookXml === undefined) throw new XlsxReadError('压缩包中没有工作簿（xl/workbook.xml），不是 .xlsx 文件');
  const workbookDir = dirOf(workbookPart);
  const workbookRelsPart = relsPartOf(workbookPart);
  const workbookRelsXml = (await pkg.text(workbookRelsPart)) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}"></Relationships>`;
  const workbookRels = parseRels(workbookRelsXml, workbookDir);
  const relById = new Map(workbookRels.map((r) => [r.id, r]));

  // namespaces and prefixes as the workbook writes them
  const root = findElement(workbookXml, 'workbook');
  if (!root) throw new XlsxReadError('工作簿 XML 格式错误：没有 workbook 元素');
  const p = root.prefix;
  const rootAttrs = attrsOf(root.attrs);
  const mainNs = rootAttrs.get(p ? `xmlns:${p.slice(0, -1)}` : 'xmlns') ?? NS.main;
  const relNsEntry = [...rootAttrs].find(([k, v]) => k.startsWith('xmlns:') && (v === NS.rel || v === NS.strictRel));
  const relNs = relNsEntry?.[1] ?? (mainNs === NS.main ? NS.rel : NS.strictRel);
  const relPrefix = relNsEntry ? relNsEntry[0].slice('xmlns:'.length) : undefined;
  const worksheetType = workbookRels.find((r) => r.type.endsWith('/worksheet'))?.type ?? `${relNs}/worksheet`;
  const hyperlinkType = worksheetType.replace(/worksheet$/, 'hyperlink');

  // the sheets
  const sheetsBlock = findElement(workbookXml, 'sheets');
  if (!sheetsBlock) throw new XlsxReadError('工作簿 XML 格式错误：没有工作表列表');
  const sheetsInner = sheetsBlock.inner ?? '';
  const sheets: SheetEntry[] = findAll(sheetsInner, 'sheet').map((f, index) => {
    const a = attrsOf(f.attrs);
    const rid = [...a].find(([k]) => k === 'r:id' || k.endsWith(':id') || k === 'id')?.[1] ?? '';
    const rel = relById.get(rid);
    return {
      name: a.get('name') ?? '',
      generated: false,
      original: { raw: sheetsInner.slice(f.start, f.end), index, sheetId: Number(a.get('sheetId')) || 0, rid, part: rel && !rel.external ? rel.part : undefined },
    };
  });
  const originalSheets = sheets.slice();
  // a sheet the scan missed would be dropped from the workbook: refuse rather than lose it
  const sheetTags = (sheetsInner.match(/<([\w.-]+:)?sheet(?=[\s/>])/g) ?? []).length;
  if (sheetTags !== sheets.length) throw new XlsxReadError('工作簿 XML 格式错误：工作表列表无法解析');

  // defined names: the user's as written, and Duban's markers
  const namesBlock = findElement(workbookXml, 'definedNames');
  let definedNames: DefinedName[] = (namesBlock?.inner ? findAll(namesBlock.inner, 'definedName') : []).map((f) => {
    const a = attrsOf(f.attrs);
    const name = a.get('name') ?? '';
    const local = a.get('localSheetId');
    return {
      raw: namesBlock!.inner!.slice(f.start, f.end),
      name,
      ...(local !== undefined && /^\d+$/.test(local) ? { localSheetId: Number(local) } : {}),
      ...(name.startsWith(GENERATED_MARKER) ? { marks: markedSheet(decodeEntities(f.inner ?? '')) } : {}),
    };
  });
  if (namesBlock?.inner && (namesBlock.inner.match(/<([\w.-]+:)?definedName(?=[\s/>])/g) ?? []).length !== definedNames.length) {
    throw new XlsxReadError('工作簿 XML 格式错误：定义的名称无法解析');
  }
  const markedNames = new Set(definedNames.filter((d) => d.marks !== undefined).map((d) => d.marks!));
  for (const s of sheets) s.generated = markedNames.has(s.name);

  // the generated sheets, one by one as writeGeneratedSheet: replace in place, or add at the end
  const names: string[] = [];
  const removed: SheetEntry[] = [];
  let nextSheetId = Math.max(0, ...sheets.map((s) => s.original?.sheetId ?? 0)) + 1;
  const sheetIds = new Map<SheetEntry, number>();
  specs.forEach((spec, k) => {
    const replaced = generatedSheetFor(spec.name, sheets);
    let position: number | undefined;
    if (replaced !== undefined) {
      position = sheets.findIndex((s) => s.name === replaced && s.generated);
      if (position >= 0) {
        const [old] = sheets.splice(position, 1);
        removed.push(old);
        definedNames = definedNames.filter((d) => d.marks !== old.name);
      } else position = undefined;
    }
    const name = freeSheetName(spec.name, new Set(sheets.map((s) => s.name)));
    const entry: SheetEntry = { name, generated: true, spec: k };
    sheetIds.set(entry, nextSheetId++);
    if (position !== undefined) sheets.splice(position, 0, entry);
    else sheets.push(entry);
    const used = new Set(definedNames.map((d) => d.name));
    let n = 1;
    while (used.has(`${GENERATED_MARKER}${n}`)) n++;
    const marker = `${GENERATED_MARKER}${n}`;
    definedNames.push({ raw: `<${p}definedName name="${marker}">${escText(`'${name.replace(/'/g, "''")}'!$A$1`)}</${p}definedName>`, name: marker, marks: name });
    names.push(name);
  });
  const written = sheets.filter((s) => s.spec !== undefined);
  const removedOriginals = removed.filter((s) => s.original).map((s) => s.original!);

  // names local to a removed sheet go with it; the others follow their sheet's (unchanged) index
  const newIndexOf = new Map<number, number>();
  sheets.forEach((s, i) => {
    if (s.original) newIndexOf.set(s.original.index, i);
  });
  definedNames = definedNames.filter((d) => d.localSheetId === undefined || newIndexOf.has(d.localSheetId));
  // print titles of the generated sheets, local to their final index
  sheets.forEach((s, i) => {
    const print = s.spec !== undefined ? specs[s.spec].print : undefined;
    if (print) definedNames.push({ raw: `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${i}">${escText(printTitlesRef(s.name, print))}</${p}definedName>`, name: '_xlnm.Print_Titles' });
  });

  // part names and relationship ids for the new sheets
  const removedParts = new Set<string>();
  for (const o of removedOriginals) if (o.part) removedParts.add(o.part);
  const takenParts = new Set([...pkg.zip.keys()].filter((k) => !removedParts.has(k)));
  const removedRids = new Set(removedOriginals.map((o) => o.rid));
  const takenRids = new Set(workbookRels.filter((r) => !removedRids.has(r.id)).map((r) => r.id));
  const sheetDir = `${workbookDir}worksheets/`;
  const partOf = new Map<SheetEntry, { part: string; rid: string }>();
  let partNo = 1;
  let ridNo = 1;
  for (const s of written) {
    while (takenParts.has(`${sheetDir}sheet${partNo}.xml`.toLowerCase())) partNo++;
    while (takenRids.has(`rId${ridNo}`)) ridNo++;
    const part = `${sheetDir}sheet${partNo}.xml`;
    takenParts.add(part.toLowerCase());
    takenRids.add(`rId${ridNo}`);
    partOf.set(s, { part, rid: `rId${ridNo}` });
  }

  // styles: the workbook's own, or a new part when it has none
  const stylesRel = workbookRels.find((r) => !r.external && r.type.endsWith('/styles'));
  const stylesXml = stylesRel ? await pkg.text(stylesRel.part) : undefined;
  const styles = new StyleBook(stylesXml ?? EMPTY_STYLES);
  let stylesPart = stylesRel?.part;
  let newStylesRid: string | undefined;
  if (!stylesXml) {
    let n = 1;
    while (takenParts.has(`${workbookDir}styles${n === 1 ? '' : n}.xml`.toLowerCase())) n++;
    stylesPart = `${workbookDir}styles${n === 1 ? '' : n}.xml`;
    while (takenRids.has(`rId${ridNo}`)) ridNo++;
    newStylesRid = `rId${ridNo}`;
    takenRids.add(newStylesRid);
  }

  // the new worksheet parts, compressed as they are written
  const when = dosDateTime(new Date());
  const newParts: { part: string; packed: Packed }[] = [];
  for (const s of written) {
    const { part } = partOf.get(s)!;
    const links: SheetLinks = { external: [] };
    newParts.push({ part, packed: await deflate(worksheetXml(specs[s.spec!], styles, mainNs, relNs, links, facts.date1904)) });
    if (links.external.length) {
      const rels = links.external.map((l) => `<Relationship Id="${l.id}" Type="${escAttr(hyperlinkType)}" Target="${escAttr(l.target)}" TargetMode="External"/>`).join('');
      newParts.push({ part: relsPartOf(part), packed: await deflate([`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS.pkgRel}">${rels}</Relationships>`]) });
    }
  }

  // parts only the removed sheets used (their drawings, comments…) go with them
  const dropped = await unreachableAfter(pkg, workbookPart, removedParts);
  const calcChain = workbookRels.find((r) => !r.external && r.type.endsWith('/calcChain'));
  if (calcChain && removedOriginals.length) {
    // a calculation chain naming a removed sheet would make Excel repair the file: Excel rebuilds it
    const text = (await pkg.text(calcChain.part)) ?? '';
    if (removedOriginals.some((o) => new RegExp(`\\si="${o.sheetId}"`).test(text))) dropped.add(calcChain.part);
  }
  const droppedRels = new Set([...dropped].map((part) => relsPartOf(part).toLowerCase()).filter((r) => pkg.has(r)));

  // workbook.xml
  const sheetXml = (s: SheetEntry) => {
    if (s.original) return s.original.raw;
    const rid = partOf.get(s)!.rid;
    const idAttr = relPrefix ? `${relPrefix}:id="${rid}"` : `r:id="${rid}" xmlns:r="${relNs}"`;
    return `<${p}sheet name="${escAttr(s.name)}" sheetId="${sheetIds.get(s)}" ${idAttr}/>`;
  };
  const nameXml = (d: DefinedName) => {
    if (d.localSheetId === undefined || newIndexOf.get(d.localSheetId) === d.localSheetId) return d.raw;
    return d.raw.replace(/(\slocalSheetId\s*=\s*["'])\d+(["'])/, `$1${newIndexOf.get(d.localSheetId)}$2`);
  };
  let workbook = workbookXml;
  const namesXml = definedNames.length ? `<${p}definedNames>${definedNames.map(nameXml).join('')}</${p}definedNames>` : '';
  if (namesBlock) workbook = workbook.slice(0, namesBlock.start) + namesXml + workbook.slice(namesBlock.end);
  const sheetsXml = `<${sheetsBlock.prefix}sheets${sheetsBlock.attrs}>${sheets.map(sheetXml).join('')}</${sheetsBlock.prefix}sheets>`;
  workbook = workbook.slice(0, sheetsBlock.start) + sheetsXml + workbook.slice(sheetsBlock.end);
  if (!namesBlock && namesXml) {
    // after sheets, functionGroups and externalReferences, as the schema orders them
    const after = findElement(workbook, 'externalReferences') ?? findElement(workbook, 'functionGroups') ?? findElement(workbook, 'sheets')!;
    workbook = workbook.slice(0, after.end) + namesXml + workbook.slice(after.end);
  }

  // the workbook's relationships
  let wbRels = workbookRelsXml;
  const droppedLower = new Set([...dropped, ...removedParts]);
  for (const r of workbookRels) {
    if (removedRids.has(r.id) || (!r.external && droppedLower.has(r.part))) wbRels = wbRels.replace(r.raw, '');
  }
  const relsRoot = findElement(wbRels, 'Relationships');
  const rp = relsRoot?.prefix ?? '';
  const addedRels = written.map((s) => {
    const { part, rid } = partOf.get(s)!;
    return `<${rp}Relationship Id="${rid}" Type="${escAttr(worksheetType)}" Target="${escAttr(relativeTarget(workbookDir, part))}"/>`;
  });
  if (newStylesRid) addedRels.push(`<${rp}Relationship Id="${newStylesRid}" Type="${escAttr(worksheetType.replace(/worksheet$/, 'styles'))}" Target="${escAttr(relativeTarget(workbookDir, stylesPart!))}"/>`);
  const relsEnd = wbRels.lastIndexOf(`</${rp}Relationships>`);
  if (relsEnd < 0) throw new XlsxReadError('工作簿关系文件格式错误');
  wbRels = wbRels.slice(0, relsEnd) + addedRels.join('') + wbRels.slice(relsEnd);

  // content types
  let types = contentTypes;
  for (const f of findAll(contentTypes, 'Override')) {
    const partName = (attrsOf(f.attrs).get('PartName') ?? '').replace(/^\//, '').toLowerCase();
    if (droppedLower.has(partName)) types = types.replace(contentTypes.slice(f.start, f.end), '');
  }
  const typesRoot = findElement(types, 'Types');
  const tp = typesRoot?.prefix ?? '';
  const addedTypes = written.map((s) => `<${tp}Override PartName="/${escAttr(partOf.get(s)!.part)}" ContentType="${WORKSHEET_CONTENT_TYPE}"/>`);
  if (newStylesRid) addedTypes.push(`<${tp}Override PartName="/${escAttr(stylesPart!)}" ContentType="${STYLES_CONTENT_TYPE}"/>`);
  const hasRelsDefault = findAll(types, 'Default').some((f) => (attrsOf(f.attrs).get('Extension') ?? '').toLowerCase() === 'rels');
  if (!hasRelsDefault) addedTypes.unshift(`<${tp}Default Extension="rels" ContentType="${RELS_CONTENT_TYPE}"/>`);
  const typesEnd = types.lastIndexOf(`</${tp}Types>`);
  if (typesEnd < 0) throw new XlsxReadError('[Content_Types].xml 格式错误');
  types = types.slice(0, typesEnd) + addedTypes.join('') + types.slice(typesEnd);

  // docProps/app.xml: its list of worksheet titles, when it has one that matches
  const appPart = rootRels.find((r) => !r.external && r.type.endsWith('/extended-properties'))?.part;
  const worksheetNames = (list: SheetEntry[]) => list.filter((s) => s.spec !== undefined || (s.original?.rid && relById.get(s.original.rid)?.type.endsWith('/worksheet'))).map((s) => s.name);
  const appXml = appPart && written.length ? await pkg.text(appPart) : undefined;
  const app = appXml === undefined ? undefined : patchAppTitles(appXml, worksheetNames(originalSheets), worksheetNames(sheets));

  // the new package: the user's entries in their order, copied or rewritten; then the new parts
  const rewritten = new Map<string, string>([
    ['[content_types].xml', asUtf8(types)],
    [workbookPart, asUtf8(workbook)],
    [workbookRelsPart.toLowerCase(), asUtf8(wbRels)],
  ]);
  if (stylesPart && styles.changed && stylesXml) rewritten.set(stylesPart, styles.result());
  if (app !== undefined && appPart) rewritten.set(appPart, asUtf8(app));
  const zip = new ZipWriter();
  const omit = new Set([...droppedLower, ...droppedRels]);
  for (const [key, entry] of pkg.zip) {
    if (omit.has(key)) continue;
    const text = rewritten.get(key);
    if (text === undefined) zip.copy(original, entry);
    else {
      const c = entry.central;
      zip.add(entry.name, await deflate([text]), { time: u16(c, 12), date: u16(c, 14) });
      rewritten.delete(key);
    }
  }
  if (!pkg.has(workbookRelsPart)) zip.add(workbookRelsPart, await deflate([asUtf8(wbRels)]), when);
  if (!stylesXml && stylesPart) zip.add(stylesPart, await deflate([styles.result()]), when);
  for (const { part, packed } of newParts) zip.add(part, packed, when);
  return { bytes: zip.finish(), names };
}

/**
 * Parts reachable from the package root through relationships before the removed sheet parts
 * were cut from the workbook, and no longer after: what only those sheets used. Every part that
 * something else still refers to stays. The removed parts themselves are included.
 */
async function unreachableAfter(pkg: Package, workbookPart: string, removedParts: ReadonlySet<string>): Promise<Set<string>> {
  const out = new Set(removedParts);
  if (removedParts.size === 0) return out;
  // common case: the removed sheets refer to no other part, and nothing else is lost
  const relsOfRemoved = await Promise.all([...removedParts].map((part) => pkg.rels(part)));
  if (relsOfRemoved.every((rels) => rels.every((r) => r.external))) return out;
  const graph = new Map<string, string[]>();
  for (const key of pkg.zip.keys()) {
    const source = sourceOfRels(key);
    if (source === undefined) continue;
    graph.set(source, (await pkg.rels(source)).filter((r) => !r.external).map((r) => r.part));
  }
  const reach = (cut: boolean) => {
    const seen = new Set<string>();
    const queue = [''];
    while (queue.length) {
      const part = queue.pop()!;
      for (const target of graph.get(part) ?? []) {
        if (cut && part === workbookPart && removedParts.has(target)) continue;
        if (!seen.has(target)) {
          seen.add(target);
          queue.push(target);
        }
      }
    }
    return seen;
  };
  const before = reach(false);
  const after = reach(true);
  for (const part of before) if (!after.has(part)) out.add(part);
  return out;
}

/**
 * app.xml with its worksheet titles replaced by the new list, when it holds a group of titles equal
 * to the old list (HeadingPairs names the group, in the writer's language); else unchanged.
 */
function patchAppTitles(xml: string, oldNames: readonly string[], newNames: readonly string[]): string | undefined {
  const pairs = findElement(xml, 'HeadingPairs');
  const titles = findElement(xml, 'TitlesOfParts');
  if (!pairs?.inner || !titles?.inner) return undefined;
  const pairsVector = findElement(pairs.inner, 'vector');
  const titlesVector = findElement(titles.inner, 'vector');
  if (!pairsVector?.inner || !titlesVector?.inner) return undefined;
  const variants = findAll(pairsVector.inner, 'variant');
  const items = findAll(titlesVector.inner, 'lpstr');
  const text = (f: Found) => decodeEntities(f.inner ?? '');
  let offset = 0;
  for (let i = 0; i + 1 < variants.length; i += 2) {
    const countEl = findElement(variants[i + 1].inner ?? '', 'i4');
    if (!countEl) return undefined;
    const count = Number(text(countEl));
    const group = items.slice(offset, offset + count).map(text);
    if (count === oldNames.length && group.length === count && group.every((t, k) => t === oldNames[k])) {
      const vp = titlesVector.prefix;
      const before = titlesVector.inner.slice(0, offset === 0 ? 0 : items[offset - 1].end);
      const after = titlesVector.inner.slice(count === 0 ? (items[offset]?.start ?? titlesVector.inner.length) : items[offset + count - 1].end);
      const vectorInner = before + newNames.map((n) => `<${vp}lpstr>${escText(n)}</${vp}lpstr>`).join('') + after;
      const vectorAttrs = withAttr(titlesVector.attrs, 'size', String(items.length - count + newNames.length));
      const newTitlesInner = titles.inner.slice(0, titlesVector.start) + `<${vp}vector${vectorAttrs}>${vectorInner}</${vp}vector>` + titles.inner.slice(titlesVector.end);
      // the group's count, in the variant after its label (positions of nested finds are relative)
      const variant = variants[i + 1];
      const variantFrom = pairs.innerStart + pairsVector.innerStart + variant.innerStart;
      const countFrom = variantFrom + countEl.innerStart;
      const edits = [
        { from: titles.innerStart, to: titles.innerStart + titles.inner.length, text: newTitlesInner },
        { from: countFrom, to: countFrom + countEl.inner!.length, text: String(newNames.length) },
      ].sort((a, b) => b.from - a.from); // the later first, so that the earlier positions hold
      let out = xml;
      for (const e of edits) out = out.slice(0, e.from) + e.text + out.slice(e.to);
      return out;
    }
    offset += count;
  }
  return undefined;
}
