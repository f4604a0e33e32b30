// styles.xml for the writer: the cell formats generated sheets need, APPENDED (existing indices never move; equal entries reused).
import { CellStyle } from '../../core/sheets/sheet-spec';
import { NS } from './package';
import { XlsxReadError } from './read-error';
import { escAttr, startTag } from '../xml/xml-escape';
import { TextEdit, XmlElement, XmlTree, childNamed, childrenNamed, parseXmlTree, rewritePart, sourceOf } from '../xml/xml-tree';

const BUILTIN_FORMATS: Record<string, number> = {
  General: 0, '0': 1, '0.00': 2, '#,##0': 3, '#,##0.00': 4, '0%': 9, '0.00%': 10, '0.00E+00': 11, '# ?/?': 12, '# ??/??': 13, '@': 49,
};
const STYLE_SECTIONS = ['numFmts', 'fonts', 'fills', 'borders', 'cellStyleXfs', 'cellXfs', 'cellStyles', 'dxfs', 'tableStyles', 'colors', 'extLst'] as const;
type Section = 'numFmts' | 'fonts' | 'fills' | 'borders' | 'cellStyleXfs' | 'cellXfs';
const CHILD: Record<Section, string> = { numFmts: 'numFmt', fonts: 'font', fills: 'fill', borders: 'border', cellStyleXfs: 'xf', cellXfs: 'xf' };

/** A minimal stylesheet for a package that has none. */
export const EMPTY_STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${NS.main}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** The cell formats of one styles.xml, with what the generated sheets add. */
export class StyleBook {
  private readonly tree: XmlTree;
  private readonly p: string;
  private readonly sections = new Map<Section, XmlElement | undefined>();
  /** Existing children of each section, as written. */
  private readonly existing = new Map<Section, string[]>();
  private readonly added = new Map<Section, string[]>();
  private readonly byKey = new Map<string, number>();
  private readonly byStyle = new WeakMap<CellStyle, number>();
  private readonly formats = new Map<string, number>();
  private nextFormat = 164;
  private font0 = { size: '11', color: '', rest: '' };

  constructor(xml: string, part = 'styles.xml') {
    this.tree = parseXmlTree(xml, part);
    const root = this.tree.root;
    if (root.local !== 'styleSheet' || root.selfClosing) throw new XlsxReadError('styles.xml 格式错误：没有 styleSheet 内容');
    this.p = root.prefix;
    for (const section of Object.keys(CHILD) as Section[]) {
      const found = childNamed(root, section);
      this.sections.set(section, found);
      this.existing.set(section, childrenNamed(found, CHILD[section]).map((c) => sourceOf(this.tree, c)));
      this.added.set(section, []);
    }
    for (const numFmt of childrenNamed(this.sections.get('numFmts'), 'numFmt')) {
      const id = Number(numFmt.attributes.numFmtId);
      const code = numFmt.attributes.formatCode;
      if (!Number.isFinite(id)) continue;
      if (code !== undefined && !this.formats.has(code)) this.formats.set(code, id);
      this.nextFormat = Math.max(this.nextFormat, id + 1);
    }
    // the base every added font starts from: the workbook's default font
    const font0 = childrenNamed(this.sections.get('fonts'), 'font')[0];
    if (font0) {
      const color = childNamed(font0, 'color');
      const rest = ['name', 'family', 'charset', 'scheme'].map((n) => childNamed(font0, n)).filter((e): e is XmlElement => e !== undefined && e.selfClosing);
      this.font0 = {
        size: childNamed(font0, 'sz')?.attributes.val ?? '11',
        color: color?.selfClosing ? sourceOf(this.tree, color) : '',
        rest: rest.map((e) => sourceOf(this.tree, e)).join(''),
      };
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
    // built for every cell whose style object is new (the collect sheet's rows): joined, not JSON.stringify;
    // the number format, the only free text, comes last, so that equal keys mean equal styles
    const key = `${style.bold}|${style.italic}|${style.fontSize}|${style.color}|${style.fill}|${style.align}|${style.verticalAlign}|${style.wrap}|${style.border}|${style.numFmt}`;
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

  /**
   * The index of a cell format like the existing one at `base` (font, fill, border, alignment kept)
   * but showing numbers in `code`: `base` itself when it already does, else an equal entry or a new one.
   */
  withNumberFormat(base: number, code: string): number {
    // collect asks once per written cell (60k rows): the answer for a base and a code never changes,
    // since entries are only appended
    const key = `${base}\n${code}`;
    const known = this.formatted.get(key);
    if (known !== undefined) return known;
    const index = this.newWithNumberFormat(base, code);
    this.formatted.set(key, index);
    return index;
  }

  private readonly formatted = new Map<string, number>();
  private readonly quoted = new Map<number, number>();

  private newWithNumberFormat(base: number, code: string): number {
    const id = this.numFmt(code);
    // the workbook's formats and those appended here alike: a new column may borrow one made a cell earlier
    const all = [...this.existing.get('cellXfs')!, ...this.added.get('cellXfs')!];
    const at = all[base] !== undefined ? base : 0;
    if (all[at] === undefined) return this.index({ numFmt: code });
    const { xml, root: xf } = parseXmlTree(all[at], 'styles.xml cellXfs');
    if (Number(xf.attributes.numFmtId ?? 0) === id) return at;
    const attributes = { ...xf.attributes, numFmtId: String(id), applyNumberFormat: '1' };
    const raw = xf.selfClosing ? startTag(xf.name, attributes, true) : `${startTag(xf.name, attributes)}${xml.slice(xf.openEnd, xf.closeStart)}</${xf.name}>`;
    return this.intern('cellXfs', raw);
  }

  /**
   * The index of a cell format like the existing one at `base` but with quotePrefix="1": what Excel
   * sets when text is typed after an apostrophe, so text such as "=HYPERLINK(…)" stays text when the
   * clerk edits the cell and presses Enter. `base` itself when it already has it.
   */
  withQuotePrefix(base: number): number {
    const known = this.quoted.get(base);
    if (known !== undefined) return known;
    const index = this.newWithQuotePrefix(base);
    this.quoted.set(base, index);
    return index;
  }

  private newWithQuotePrefix(base: number): number {
    const all = [...this.existing.get('cellXfs')!, ...this.added.get('cellXfs')!];
    const at = all[base] !== undefined ? base : 0;
    const { xml, root: xf } = parseXmlTree(all[at], 'styles.xml cellXfs');
    if (xf.attributes.quotePrefix === '1' || xf.attributes.quotePrefix === 'true') return at;
    const attributes = { ...xf.attributes, quotePrefix: '1' };
    const raw = xf.selfClosing ? startTag(xf.name, attributes, true) : `${startTag(xf.name, attributes)}${xml.slice(xf.openEnd, xf.closeStart)}</${xf.name}>`;
    return this.intern('cellXfs', raw);
  }

  get changed(): boolean {
    return [...this.added.values()].some((list) => list.length > 0);
  }

  /** styles.xml with the appended entries, edited where the parser found each section (the rest as it was). */
  result(): string {
    const edits: TextEdit[] = [];
    const root = this.tree.root;
    for (const section of Object.keys(CHILD) as Section[]) {
      const added = this.added.get(section)!;
      if (added.length === 0) continue;
      const count = String(this.existing.get(section)!.length + added.length);
      const found = this.sections.get(section);
      if (found) {
        const open = startTag(found.name, { ...found.attributes, count });
        edits.push({ from: found.start, to: found.openEnd, text: open });
        if (found.selfClosing) edits.push({ from: found.openEnd, to: found.openEnd, text: `${added.join('')}</${found.name}>` });
        else edits.push({ from: found.closeStart, to: found.closeStart, text: added.join('') });
      } else {
        // before the first later section present, else at the end of the stylesheet
        const later = new Set<string>(STYLE_SECTIONS.slice(STYLE_SECTIONS.indexOf(section) + 1));
        const next = root.children.find((c) => later.has(c.local));
        const at = next?.start ?? root.closeStart;
        edits.push({ from: at, to: at, text: `<${this.p}${section} count="${count}">${added.join('')}</${this.p}${section}>` });
      }
    }
    return rewritePart(this.tree, edits);
  }
}
