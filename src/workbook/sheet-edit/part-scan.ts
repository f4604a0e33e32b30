// Small parts of a package scanned tag by tag with saxes, and start tags rewritten at the positions the parser reports (shared by the sheet editor's helpers).
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { BoundedFeed, decodeChunks, xmlParser } from '../xml/xml';
import { escAttr } from '../xml/xml-escape';
import { InflateBudget, ZipEntry, inflate } from '../zip';

/** Runs saxes over a (small) part, reporting each start tag with the parser (its position set when asked). */
export async function scanTags(bytes: Uint8Array, entry: ZipEntry, budget: InflateBudget, onTag: (tag: SaxesTagPlain, parser: SaxesParser) => void, position = false): Promise<string> {
  const parser = xmlParser({ open() {}, close() {}, text() {} }, entry.name, { position });
  parser.on('opentag', (tag: SaxesTagPlain) => onTag(tag, parser));
  const feed = new BoundedFeed(parser, entry.name);
  let text = '';
  for await (const piece of decodeChunks(inflate(bytes, entry, budget), undefined, entry.name)) {
    if (position) text += piece;
    feed.write(piece);
  }
  feed.end();
  return text;
}

/** A start tag ending at `to` replaced by `text` ('' removes it). */
export interface TagEdit {
  readonly to: number;
  readonly text: string;
}

/** The text with the tags replaced (edits in document order; each tag starts at the last '<' before its end). */
export function applyTagEdits(xml: string, edits: readonly TagEdit[]): string {
  const pieces: string[] = [];
  let at = 0;
  for (const e of edits) {
    const from = xml.lastIndexOf('<', e.to - 1);
    pieces.push(xml.slice(at, from), e.text);
    at = e.to;
  }
  pieces.push(xml.slice(at));
  return pieces.join('');
}

/** A start tag written from a tag saxes read (qualified names and decoded values), optionally changed. */
export function startTag(tag: SaxesTagPlain, change: Record<string, string | undefined>, selfClosing: boolean): string {
  const attrs = { ...tag.attributes, ...change };
  let out = `<${tag.name}`;
  for (const [k, v] of Object.entries(attrs)) if (v !== undefined) out += ` ${k}="${escAttr(v)}"`;
  return `${out}${selfClosing ? '/>' : '>'}`;
}
