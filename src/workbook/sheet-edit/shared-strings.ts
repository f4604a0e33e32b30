// The workbook's shared string table as the generated sheets add to it, as Excel writes its cells: a text already in the table is reused, a new one appended once.
//
// Inline strings repeated every text in every cell (the task texts of 单位任务清单 about 12 times):
// with the table each cell holds a number, the sheet's XML is about half as long and a text is
// encoded and compressed once. The table of the user's package is kept as it is written (runs,
// phonetic guides, its own attributes); only its start tag's counts change and the new <si> go
// before its end tag. A text is reused only from an entry that is plain text, so that a cell never
// takes another cell's formatting.
import { XlsxReadError } from '../package/read-error';
import { escText, startTag } from '../xml/xml-escape';
import { xmlParser } from '../xml/xml';

export const SHARED_STRINGS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml';

/** Pieces of the new entries are gathered to about this many characters before they are handed on. */
const PIECE = 1 << 16;

/** A string table's entries as read: their texts, and which are not plain text. */
export interface SharedStringsRead {
  readonly strings: readonly string[];
  readonly formatted: ReadonlySet<number>;
}

/** OOXML reads _xHHHH_ in a string as an escaped character: a literal one keeps its text by escaping its underscore. */
function escapeOoxml(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1');
}

/** One <si> of plain text; whitespace at either end kept. */
export function sharedItem(text: string, prefix = ''): string {
  const space = text.length > 0 && (/^\s/.test(text) || /\s$/.test(text)) ? ' xml:space="preserve"' : '';
  return `<${prefix}si><${prefix}t${space}>${escText(escapeOoxml(text))}</${prefix}t></${prefix}si>`;
}

/** The table: the entries it had, and the texts the generated sheets add. */
export class SharedStringTable {
  private readonly indices = new Map<string, number>();
  private readonly added: string[] = [];
  private readonly existing: number;
  /** Cells written that refer to the table. */
  refs = 0;

  constructor(read?: SharedStringsRead) {
    const strings = read?.strings ?? [];
    this.existing = strings.length;
    for (let i = 0; i < strings.length; i++) {
      if (!read!.formatted.has(i) && !this.indices.has(strings[i])) this.indices.set(strings[i], i);
    }
  }

  /** The entry of a text (a cell's reference to it), appended when the table lacks it. */
  indexOf(text: string): number {
    this.refs++;
    let index = this.indices.get(text);
    if (index === undefined) {
      index = this.existing + this.added.length;
      this.indices.set(text, index);
      this.added.push(text);
    }
    return index;
  }

  /** Entries appended. */
  get addedCount(): number {
    return this.added.length;
  }

  /** Entries in all. */
  get uniqueCount(): number {
    return this.existing + this.added.length;
  }

  /** The appended entries' XML, in pieces. */
  *addedXml(prefix = ''): Generator<string> {
    let out = '';
    for (const text of this.added) {
      out += sharedItem(text, prefix);
      if (out.length >= PIECE) {
        yield out;
        out = '';
      }
    }
    if (out) yield out;
  }

  /** A new table part holding the appended entries. */
  *newPart(mainNs: string): Generator<string> {
    yield `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${mainNs}" count="${this.refs}" uniqueCount="${this.uniqueCount}">`;
    yield* this.addedXml();
    yield '</sst>';
  }

  /**
   * The user's table part with the appended entries before its end tag and its start tag's counts
   * set: `count` (cells referring to the table, from the part's own count) when it is known, else
   * left out (it is optional). The declaration says UTF-8, as the part is written.
   */
  *patchedPart(xml: string, part: string, count: (written: string | undefined) => number | undefined): Generator<string> {
    const root = rootBounds(xml, part);
    if (root.local !== 'sst') throw new XlsxReadError(`“${part}”格式错误：根元素不是 sst`);
    const attributes: Record<string, string> = {};
    for (const [k, v] of Object.entries(root.attributes)) if (k !== 'count' && k !== 'uniqueCount') attributes[k] = v;
    const refs = count(root.attributes.count);
    if (refs !== undefined) attributes.count = String(refs);
    attributes.uniqueCount = String(this.uniqueCount);
    const prefix = root.name.slice(0, root.name.length - root.local.length);
    const declaration = `<?xml version="1.0" encoding="UTF-8"${root.standalone ? ` standalone="${root.standalone === 'no' ? 'no' : 'yes'}"` : ''}?>`;
    const head = root.declarationEnd > 0 ? declaration + xml.slice(root.declarationEnd, root.start) : `${declaration}\n${xml.slice(0, root.start)}`;
    yield `${head}${startTag(root.name, attributes)}`;
    if (!root.selfClosing) yield xml.slice(root.openEnd, root.closeStart);
    yield* this.addedXml(prefix);
    yield root.selfClosing ? `</${root.name}>${xml.slice(root.openEnd)}` : xml.slice(root.closeStart);
  }
}

interface RootBounds {
  readonly name: string;
  readonly local: string;
  readonly attributes: Record<string, string>;
  readonly selfClosing: boolean;
  /** The start tag's '<' and the index after its '>'. */
  readonly start: number;
  readonly openEnd: number;
  /** The end tag's '<'. */
  readonly closeStart: number;
  /** Where the XML declaration ends (0 without one), and its standalone value. */
  readonly declarationEnd: number;
  readonly standalone?: string;
}

/** Stops saxes once what is needed is read. */
class Found extends Error {}

/**
 * Where the root element's start and end tags stand, from saxes. The start tag is read and the
 * parser stopped; the end tag is the last '</' when only white space follows it, else the whole
 * part is parsed to find it (comments or processing instructions after the root).
 */
function rootBounds(xml: string, part: string): RootBounds {
  let found: Omit<RootBounds, 'closeStart'> | undefined;
  let declarationEnd = 0;
  let standalone: string | undefined;
  const head = xmlParser({ open: () => undefined, close: () => undefined, text: () => undefined }, part, { position: true });
  head.on('xmldecl', (decl) => {
    declarationEnd = head.position;
    standalone = decl.standalone;
  });
  head.on('opentag', (tag) => {
    const openEnd = head.position;
    const colon = tag.name.indexOf(':');
    found = {
      name: tag.name, local: colon < 0 ? tag.name : tag.name.slice(colon + 1), attributes: tag.attributes as Record<string, string>,
      selfClosing: tag.isSelfClosing, start: xml.lastIndexOf('<', openEnd - 1), openEnd, declarationEnd,
      ...(standalone !== undefined ? { standalone } : {}),
    };
    throw new Found();
  });
  try {
    head.write(xml).close();
  } catch (e) {
    if (!(e instanceof Found)) throw e;
  }
  if (!found) throw new XlsxReadError(`“${part}”中没有根元素`);
  if (found.selfClosing) return { ...found, closeStart: found.openEnd };
  const last = xml.lastIndexOf('</');
  if (last > found.openEnd && new RegExp(`^</${found.name.replace(/[.\-]/g, '\\$&')}\\s*>\\s*$`).test(xml.slice(last))) return { ...found, closeStart: last };
  let closeStart = -1;
  let depth = 0;
  const whole = xmlParser({
    open: (_n, _a, selfClosing) => {
      if (!selfClosing) depth++;
    },
    close: () => undefined,
    text: () => undefined,
  }, part, { position: true });
  whole.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    if (--depth === 0) closeStart = xml.lastIndexOf('<', whole.position - 1);
  });
  whole.write(xml).close();
  if (closeStart < 0) throw new XlsxReadError(`“${part}”的 XML 格式错误`);
  return { ...found, closeStart };
}
