// An .xlsx package as the writer sees it: parts by name, their text and parsed trees, and relationships resolved to parts.
import { XlsxReadError } from './read-error';
import { decodeChunks } from '../xml/xml';
import { XmlElement, XmlTree, childrenNamed, parseXmlTree } from '../xml/xml-tree';
import { InflateBudget, VerifiedParts, ZipEntry, inflate, readZipDirectory } from '../zip';
import { dirOf, relsPartOf, resolvePart } from './part-names';

export { dirOf, relativeTarget, relsPartOf, resolvePart, sourceOfRels } from './part-names';

export const NS = {
  main: 'http://schemas.openxmlformats.org/spreadsheetml/2006/main',
  rel: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  strictRel: 'http://purl.oclc.org/ooxml/officeDocument/relationships',
  pkgRel: 'http://schemas.openxmlformats.org/package/2006/relationships',
};

export interface Rel {
  readonly id: string;
  readonly type: string;
  readonly target: string;
  readonly external: boolean;
  /** The target part (lower case, no leading slash) when internal. */
  readonly part: string;
  /** The <Relationship> element in its part's tree. */
  readonly element: XmlElement;
}

/** The relationships of a parsed .rels part. */
export function relsOf(tree: XmlTree, sourceDir: string): Rel[] {
  return childrenNamed(tree.root, 'Relationship').map((element) => {
    const a = element.attributes;
    const target = a.Target ?? '';
    const external = a.TargetMode === 'External';
    return { id: a.Id ?? '', type: a.Type ?? '', target, external, part: external ? '' : resolvePart(sourceDir, target), element };
  });
}

/** A small part's whole text, inflated within the budget and decoded as its first bytes declare. */
export async function partText(bytes: Uint8Array, entry: ZipEntry, budget?: InflateBudget): Promise<string> {
  let text = '';
  for await (const piece of decodeChunks(inflate(bytes, entry, budget), undefined, entry.name)) text += piece;
  return text;
}

export class Package {
  readonly zip: Map<string, ZipEntry>;
  private readonly budget: InflateBudget;

  /** `verified`: entries of these bytes already inflated and checked (by the reader), not inflated again by verify(). */
  constructor(readonly bytes: Uint8Array, private readonly verified?: VerifiedParts) {
    this.zip = readZipDirectory(bytes);
    this.budget = new InflateBudget(undefined, undefined, verified);
  }

  has(part: string): boolean {
    return this.zip.has(part.toLowerCase());
  }

  /** A (small) part's text, or undefined when the package lacks it. */
  async text(part: string): Promise<string | undefined> {
    const entry = this.zip.get(part.toLowerCase());
    return entry ? partText(this.bytes, entry, this.budget) : undefined;
  }

  /** A (small) part parsed, or undefined when the package lacks it. */
  async tree(part: string): Promise<XmlTree | undefined> {
    const text = await this.text(part);
    return text === undefined ? undefined : parseXmlTree(text, part);
  }

  /** The relationships of a part ('' for the package's own). */
  async rels(part: string): Promise<Rel[]> {
    const tree = await this.tree(part === '' ? '_rels/.rels' : relsPartOf(part));
    return tree === undefined ? [] : relsOf(tree, dirOf(part));
  }

  /** Inflates an entry to check its sizes and CRC-32 (for a part copied without being read). */
  async verify(entry: ZipEntry): Promise<void> {
    if (this.verified?.has(this.bytes, entry)) return;
    for await (const chunk of inflate(this.bytes, entry, this.budget)) void chunk;
  }
}

/** Refuses a part whose root is not the expected element. */
export function expectRoot(tree: XmlTree, local: string, what: string): XmlElement {
  if (tree.root.local !== local) throw new XlsxReadError(`${what} 格式错误：根元素不是 ${local}`);
  return tree.root;
}
