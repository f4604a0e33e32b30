// Escapes text for XML that Duban writes: character data and double-quoted attribute values, dropping characters XML 1.0 cannot hold.

// eslint-disable-next-line no-control-regex
// (a surrogate pair matches as two characters and is kept; a lone surrogate as one and is dropped: no
// lookbehind, which Safari before 16.4 cannot parse)
const INVALID_XML = /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;
const dropInvalid = (m: string) => (m.length === 2 ? m : '');
// eslint-disable-next-line no-control-regex
const TEXT_SPECIAL = /[&<>\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]/;
// eslint-disable-next-line no-control-regex
const ATTR_SPECIAL = /[&<>"\t\n\r\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]/;

/** Character data: & < > escaped, characters XML cannot hold dropped (control characters, lone surrogates). */
export function escText(text: string): string {
  if (!TEXT_SPECIAL.test(text)) return text;
  return text.replace(INVALID_XML, dropInvalid).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** An attribute value in double quotes; tabs and line breaks kept as character references. */
export function escAttr(text: string): string {
  if (!ATTR_SPECIAL.test(text)) return text;
  return escText(text).replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** A start tag (or empty element) from a qualified name and decoded attributes, in their order. */
export function startTag(name: string, attributes: Readonly<Record<string, string>>, empty = false): string {
  let out = `<${name}`;
  for (const [k, v] of Object.entries(attributes)) out += ` ${k}="${escAttr(v)}"`;
  return `${out}${empty ? '/>' : '>'}`;
}
