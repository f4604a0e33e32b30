// Parses a small package part with saxes into elements that know where they stand in the text, so the patcher edits at parser-reported positions.
import { LIMITS } from '../zip';
import { XlsxReadError } from '../package/read-error';
import { startTag } from './xml-escape';
import { localName, xmlParser } from './xml';

/** An element of a parsed part: its name, decoded attributes, text, children and its place in the source text. */
export interface XmlElement {
  /** The qualified name as written (prefix:local). */
  readonly name: string;
  readonly local: string;
  /** The prefix with its colon ('x:'), or ''. */
  readonly prefix: string;
  /** Attributes by qualified name, values decoded. */
  readonly attributes: Readonly<Record<string, string>>;
  /** Index of the start tag's '<'. */
  readonly start: number;
  /** Index just after the start tag's '>' (the content's start). */
  openEnd: number;
  /** Index of the end tag's '<' (= openEnd for an empty element). */
  closeStart: number;
  /** Index just after the element. */
  end: number;
  readonly selfClosing: boolean;
  readonly children: XmlElement[];
  /** Character data directly inside (entities decoded, CDATA included). */
  text: string;
}

/** A parsed part: the source text and its root element. */
export interface XmlTree {
  readonly xml: string;
  readonly root: XmlElement;
  /** Where the XML declaration ends (0 without one), and its standalone value. */
  readonly declarationEnd: number;
  readonly standalone?: string;
}

/**
 * Parses a whole (small) part. Every XML error — a comment, CDATA or processing instruction is
 * not one — any DOCTYPE, and a part over LIMITS.maxRewrittenPartChars is an XlsxReadError.
 */
export function parseXmlTree(xml: string, part: string): XmlTree {
  if (xml.length > LIMITS.maxRewrittenPartChars) throw new XlsxReadError(`“${part}”过大（超过 ${LIMITS.maxRewrittenPartChars} 个字符），无法改写`);
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  let count = 0;
  let declarationEnd = 0;
  let standalone: string | undefined;
  const parser = xmlParser({
    open: () => undefined,
    close: () => undefined,
    text: (t) => {
      const top = stack[stack.length - 1];
      if (top) top.text += t;
    },
  }, part, { position: true });
  parser.on('xmldecl', (decl) => {
    declarationEnd = parser.position;
    standalone = decl.standalone;
  });
  parser.on('opentag', (tag) => {
    if (++count > LIMITS.maxRewrittenElements) throw new XlsxReadError(`“${part}”中的元素过多，无法改写`);
    const after = parser.position;
    const start = xml.lastIndexOf('<', after - 1);
    const colon = tag.name.indexOf(':');
    const element: XmlElement = {
      name: tag.name, local: localName(tag.name), prefix: colon < 0 ? '' : tag.name.slice(0, colon + 1),
      attributes: tag.attributes as Record<string, string>, start, openEnd: after, closeStart: after, end: after,
      selfClosing: tag.isSelfClosing, children: [], text: '',
    };
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push(element);
    else root = element;
    stack.push(element);
  });
  parser.on('closetag', () => {
    const element = stack.pop()!;
    const after = parser.position;
    if (!element.selfClosing) {
      element.closeStart = xml.lastIndexOf('<', after - 1);
      element.end = after;
    }
  });
  parser.write(xml).close();
  if (!root) throw new XlsxReadError(`“${part}”中没有根元素`);
  return { xml, root, declarationEnd, ...(standalone !== undefined ? { standalone } : {}) };
}

/** The first child of `element` with that local name. */
export function childNamed(element: XmlElement | undefined, local: string): XmlElement | undefined {
  return element?.children.find((c) => c.local === local);
}

/** The children of `element` with that local name, in order. */
export function childrenNamed(element: XmlElement | undefined, local: string): XmlElement[] {
  return element ? element.children.filter((c) => c.local === local) : [];
}

/** An attribute by its local name, whatever its prefix (r:id, x:id, id): the first that has it. */
export function attributeByLocal(element: XmlElement, local: string): string | undefined {
  for (const [name, value] of Object.entries(element.attributes)) if (localName(name) === local) return value;
  return undefined;
}

/** The element as written in the source. */
export function sourceOf(tree: XmlTree, element: XmlElement): string {
  return tree.xml.slice(element.start, element.end);
}

/** The start tag as written. */
export function startTagOf(tree: XmlTree, element: XmlElement): string {
  return tree.xml.slice(element.start, element.openEnd);
}

/** A replacement of the source text between two positions. */
export interface TextEdit {
  readonly from: number;
  readonly to: number;
  readonly text: string;
}

/** The source with the edits applied; edits must not overlap (insertions at one position keep their order). */
export function applyEdits(xml: string, edits: readonly TextEdit[]): string {
  const sorted = edits.map((e, i) => ({ ...e, i })).sort((a, b) => a.from - b.from || a.to - b.to || a.i - b.i);
  let out = '';
  let at = 0;
  for (const e of sorted) {
    if (e.from < at) throw new XlsxReadError('内部错误：XML 改写位置重叠');
    out += xml.slice(at, e.from) + e.text;
    at = e.to;
  }
  return out + xml.slice(at);
}

/** The part rewritten with the edits, as UTF-8: its declaration says so (the text is re-encoded on writing). */
export function rewritePart(tree: XmlTree, edits: readonly TextEdit[]): string {
  const declaration = `<?xml version="1.0" encoding="UTF-8"${tree.standalone ? ` standalone="${tree.standalone === 'no' ? 'no' : 'yes'}"` : ''}?>`;
  return applyEdits(tree.xml, [{ from: 0, to: tree.declarationEnd, text: tree.declarationEnd > 0 ? declaration : `${declaration}\n` }, ...edits]);
}

/** Content inserted at the end of an element (an empty element opened and closed around it). */
export function appendInside(element: XmlElement, text: string): TextEdit[] {
  if (!text) return [];
  if (!element.selfClosing) return [{ from: element.closeStart, to: element.closeStart, text }];
  return [{ from: element.start, to: element.end, text: `${startTag(element.name, element.attributes)}${text}</${element.name}>` }];
}
