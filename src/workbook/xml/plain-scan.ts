// The fast path of part reading: plain XML as spreadsheet programs write it, scanned with indexOf; saxes takes over where the text leaves that subset.
import { LIMITS } from '../zip';
import { XmlAttributes, XmlHandler } from './handler';

/** Where text goes: this scanner, saxes, or the bound in front of either. */
export interface TextSink {
  write(text: string): void;
  close(): void;
}

/**
 * Anything this scanner leaves to saxes, wherever it stands in a chunk: characters XML forbids
 * (controls, U+FFFE/U+FFFF) and CDATA's end marker (an error in text). CR is read here: Excel ends
 * its declaration with CR LF in every part, and text takes XML's line ends (see lineEnds).
 */
const LEAVE_TO_SAXES = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
/** Spaces outside the root (never reported). */
const OUTSIDE_SPACES = /^[ \t\n\r]*$/;

/** Text with XML's end-of-line handling (section 2.11): CR LF and a lone CR become LF, as saxes gives them. */
const lineEnds = (text: string): string => (text.indexOf('\r') < 0 ? text : text.replace(/\r\n?/g, '\n'));
/** The XML declaration in the one form this scanner accepts; any other is for saxes to judge. */
const DECLARATION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(?:"1\.0"|'1\.0')(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(?:"[A-Za-z][A-Za-z0-9._-]{0,39}"|'[A-Za-z][A-Za-z0-9._-]{0,39}'))?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(?:"(?:yes|no)"|'(?:yes|no)'))?[ \t\n]*\?>/;
/** A qualified name in ASCII: one optional prefix. Unicode names are left to saxes. */
const PLAIN_NAME = /^[A-Za-z_][A-Za-z0-9._-]*(?::[A-Za-z_][A-Za-z0-9._-]*)?$/;
const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

const INCOMPLETE = -1;
const NAME_SLOTS = 256;
/** Characters of an unfinished tag kept for the next chunk; longer ones go to saxes. */
const MAX_PLAIN_TAG = 65536;
const DECLINE = -2;

/** `name` without its namespace prefix. */
export const localName = (name: string): string => {
  const colon = name.indexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
};

/** The cell type (t="…") starting at `at` and closed by a quote before `end`, as one shared string; undefined for inlineStr and anything else (read as tags). */
function cellType(s: string, at: number, end: number): string | undefined {
  const first = s.charCodeAt(at);
  if (at + 1 < end && s.charCodeAt(at + 1) === 0x22) {
    switch (first) {
      case 0x73: return 's';
      case 0x6e: return 'n';
      case 0x62: return 'b';
      case 0x65: return 'e';
      case 0x64: return 'd';
      default: return undefined;
    }
  }
  return first === 0x73 && at + 3 < end && s.charCodeAt(at + 1) === 0x74 && s.charCodeAt(at + 2) === 0x72 && s.charCodeAt(at + 3) === 0x22 ? 'str' : undefined;
}

/**
 * The length of `<phoneticPr fontId="N"/>` or `<phoneticPr fontId="N" type="noConversion"/>` at
 * `at` (as Chinese and Japanese Excel write them in shared strings), else 0.
 */
function phoneticProperties(s: string, at: number): number {
  const head = '<phoneticPr fontId="';
  if (at + head.length + 4 > s.length || !sameAt(s, at, head)) return 0;
  let p = at + head.length;
  const digits = p;
  while (p < s.length && p - digits < 6 && s.charCodeAt(p) >= 0x30 && s.charCodeAt(p) <= 0x39) p++;
  if (p === digits || p - digits > 5 || p >= s.length || s.charCodeAt(p) !== 0x22) return 0;
  p++;
  const noConversion = ' type="noConversion"';
  if (p + noConversion.length <= s.length && sameAt(s, p, noConversion)) p += noConversion.length;
  return p + 2 <= s.length && s.charCodeAt(p) === 0x2f && s.charCodeAt(p + 1) === 0x3e ? p + 2 - at : 0;
}

/** A shared string's text element that keeps its spaces, as Excel writes it: after `<t`. */
const PRESERVE = ' xml:space="preserve">';

const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09;

/** Whether `s` holds `name` at `at` (short names: compared here rather than through a built-in call). */
function sameAt(s: string, at: number, name: string): boolean {
  for (let k = 0; k < name.length; k++) if (s.charCodeAt(at + k) !== name.charCodeAt(k)) return false;
  return true;
}

/** Whether a character code may be part of an ASCII name (letters, digits, . _ - :). */
function isNameCode(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x3a) || c === 0x5f || c === 0x2d || c === 0x2e;
}

/** Whether a code point is a character XML 1.0 allows (a reference to any other is an error). */
function isXmlChar(c: number): boolean {
  return c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);
}

/** Text with its entity and character references replaced; null where one is not plainly valid. */
export function decodeReferences(text: string): string | null {
  let out = '';
  let at = 0;
  for (let amp = text.indexOf('&'); amp >= 0; amp = text.indexOf('&', at)) {
    const semi = text.indexOf(';', amp + 1);
    if (semi < 0 || semi - amp > 10) return null;
    const ref = text.slice(amp + 1, semi);
    let char = ENTITIES[ref];
    if (char === undefined) {
      const m = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(ref);
      if (!m) return null;
      const code = m[1] !== undefined ? parseInt(m[1], 16) : parseInt(m[2], 10);
      if (!isXmlChar(code)) return null;
      char = String.fromCodePoint(code);
    }
    out += text.slice(at, amp) + char;
    at = semi + 1;
  }
  return at === 0 ? text : out + text.slice(at);
}

/** The attributes of the tag being reported, read from the text on demand; one object, reused for every tag. */
class ScannedAttributes implements XmlAttributes {
  source = '';
  count = 0;
  readonly keys: string[] = [];
  readonly starts: number[] = [];
  readonly ends: number[] = [];
  readonly references: boolean[] = [];

  has(name: string): boolean {
    for (let i = 0; i < this.count; i++) if (this.keys[i] === name) return true;
    return false;
  }

  add(name: string, start: number, end: number, references: boolean): void {
    const i = this.count++;
    this.keys[i] = name;
    this.starts[i] = start;
    this.ends[i] = end;
    this.references[i] = references;
  }

  get(name: string): string | undefined {
    for (let i = 0; i < this.count; i++) {
      if (this.keys[i] !== name) continue;
      const raw = this.source.slice(this.starts[i], this.ends[i]);
      // references were checked while scanning: decoding cannot fail here
      return this.references[i] ? decodeReferences(raw) ?? raw : raw;
    }
    return undefined;
  }

  names(): string[] {
    return this.keys.slice(0, this.count);
  }
}

/**
 * Reports a part's elements and text to the handler as saxes would, for the plain XML that Excel,
 * WPS and LibreOffice write (elements, attributes, the five entities, character references), at
 * several times saxes's speed. At the first construct outside that subset — a comment, CDATA, a
 * processing instruction or DOCTYPE, a Unicode name, a control character, a malformed tag, a
 * mismatched end tag, a second root — it hands the rest of the text to saxes, primed silently with
 * the elements open at that point, so saxes parses and judges everything from there on: the result,
 * events and errors, is what saxes alone gives (test/workbook/plain-scan.test.ts compares them).
 */
export class PlainXmlScanner implements TextSink {
  /** Text of an unfinished tag, or of text not yet ended by a tag. */
  private carry = '';
  /** Qualified names of the elements open, outermost first. */
  private readonly open: string[] = [];
  private readonly openLocals: string[] = [];
  private declarationSeen = false;
  /** Whether spaces before the root were read (a declaration after them is an error saxes must see). */
  private prologSpace = false;
  private started = false;
  private rootClosed = false;
  private saxes: TextSink | null = null;
  /** Names seen, by slot (see nameSlot), and their local parts. */
  private readonly names: (string | undefined)[] = new Array(NAME_SLOTS);
  private readonly locals: (string | undefined)[] = new Array(NAME_SLOTS);
  private readonly attributes = new ScannedAttributes();
  /** Whether the handler takes plain cells whole (XmlHandler.cell). */
  private readonly cellLane: boolean;
  /** Whether the handler takes plain shared strings whole (XmlHandler.sharedString). */
  private readonly stringLane: boolean;

  /** `saxes(handler)` makes the parser to hand over to, reporting to that handler. */
  constructor(private readonly handler: XmlHandler, private readonly saxesFor: (handler: XmlHandler) => TextSink) {
    this.cellLane = handler.cell !== undefined;
    this.stringLane = handler.sharedString !== undefined;
  }

  write(text: string): void {
    if (this.saxes) {
      this.saxes.write(text);
      return;
    }
    const carry = this.carry;
    const s = carry ? carry + text : text;
    this.carry = '';
    // only the new text is searched: what is carried was searched before (a ']]>' may straddle the two)
    if (LEAVE_TO_SAXES.test(text) || text.indexOf(']]>') >= 0 || (carry && (carry.slice(-2) + text.slice(0, 2)).indexOf(']]>') >= 0)) return this.handOver(s);
    // carried text has no '<' (an unfinished tag starts with one)
    const searchFrom = carry && carry.charCodeAt(0) !== 0x3c ? carry.length : 0;
    let i = 0;
    if (!this.started) {
      if (s.startsWith('<?')) {
        const decl = DECLARATION.exec(s);
        if (!decl) {
          if (s.indexOf('?>') < 0 && s.length < 512) this.carry = s;
          else this.handOver(s);
          return;
        }
        i = decl[0].length;
        this.declarationSeen = true;
      }
      this.started = true;
    }
    const n = s.length;
    while (i < n) {
      // most tags follow one another directly (</v></c><c …>): no search then
      const lt = s.charCodeAt(i) === 0x3c ? i : s.indexOf('<', i < searchFrom ? searchFrom : i);
      if (lt < 0) {
        this.carry = s.slice(i);
        return;
      }
      if (lt > i) {
        if (!this.text(s.slice(i, lt))) return this.handOver(s.slice(i));
        if (this.open.length === 0 && !this.rootClosed) this.prologSpace = true;
      }
      // `<c ` in a row: a cell, whole when it is plain (anything else is read as tags)
      let next = this.cellLane && lt + 2 < n && s.charCodeAt(lt + 1) === 0x63 && s.charCodeAt(lt + 2) === 0x20 && this.openLocals[this.openLocals.length - 1] === 'row'
        ? this.plainCell(s, lt) : DECLINE;
      // `<si>` in the table of shared strings: one string, whole when it is plain text
      if (next === DECLINE && this.stringLane && lt + 3 < n && s.charCodeAt(lt + 1) === 0x73 && s.charCodeAt(lt + 2) === 0x69 && s.charCodeAt(lt + 3) === 0x3e
        && this.openLocals[this.openLocals.length - 1] === 'sst') next = this.plainString(s, lt);
      if (next === DECLINE) next = this.tag(s, lt);
      if (next === INCOMPLETE) {
        // a tag this long is not plain: saxes reads it once rather than this scanner again at every chunk
        if (n - lt > MAX_PLAIN_TAG) return this.handOver(s.slice(lt));
        this.carry = s.slice(lt);
        return;
      }
      if (next === DECLINE) return this.handOver(s.slice(lt));
      i = next;
    }
  }

  /** Whether it stands directly in an unprefixed <sheetData>, nothing carried, nothing left to saxes (SheetByteLane may read the rows). */
  atRowBoundary(): boolean {
    const top = this.open.length - 1;
    return this.saxes === null && this.carry === '' && !this.rootClosed && top >= 0 && this.open[top] === 'sheetData';
  }

  /** A <row> the byte lane opened is open: the text that follows is inside it. */
  enterRow(): void {
    this.open.push('row');
    this.openLocals.push('row');
  }

  close(): void {
    if (!this.saxes) {
      const rest = this.carry;
      this.carry = '';
      // a clean end: every element closed and nothing but spaces after the root
      if (this.rootClosed && this.open.length === 0 && OUTSIDE_SPACES.test(rest)) return;
      this.handOver(rest);
    }
    this.saxes!.close();
  }

  /** Text between two tags; false to leave it to saxes. */
  private text(raw: string): boolean {
    if (this.open.length === 0) return OUTSIDE_SPACES.test(raw); // only spaces outside the root, and not reported
    // a text run is whole here (it ends at a '<'): a CR LF is never split; line ends before references (&#13; stays a CR)
    const ended = lineEnds(raw);
    const text = ended.indexOf('&') < 0 ? ended : decodeReferences(ended);
    if (text === null) return false;
    this.handler.text(text);
    return true;
  }

  /**
   * The cell starting at `lt` (`<c ` directly in a row) reported whole when it is in the plainest form (see
   * XmlHandler.cell) and ends within this text: the index after it; else DECLINE, and it is read as
   * tags. The form is a strict subset of what tag() reads (r first, in A1 form within Excel's grid,
   * then s and t once each, double quotes, single spaces; `<v>` text without references), so the
   * handler hears what the events would have told it.
   */
  private plainCell(s: string, lt: number): number {
    // every read stays within the text (a read past its end would cost the optimised code here)
    const gt = s.indexOf('>', lt + 3);
    if (gt < 0) return DECLINE;
    let p = lt + 2;
    let column = -1;
    let refRow = -1;
    let style = 0;
    let styled = false;
    let type: string | undefined;
    let selfClosing = false;
    for (;;) {
      const c = s.charCodeAt(p);
      if (c === 0x3e) {
        p++;
        break;
      }
      if (c === 0x2f) {
        if (p + 1 !== gt) return DECLINE;
        selfClosing = true;
        p += 2;
        break;
      }
      if (c !== 0x20 || p + 4 > gt || s.charCodeAt(p + 2) !== 0x3d || s.charCodeAt(p + 3) !== 0x22) return DECLINE;
      const name = s.charCodeAt(p + 1);
      p += 4;
      let ch = s.charCodeAt(p);
      if (name === 0x72 && column < 0) {
        let letters = 0;
        let count = 0;
        for (; ch >= 0x41 && ch <= 0x5a && count < 4; count++) {
          letters = letters * 26 + ch - 64;
          ch = s.charCodeAt(++p);
        }
        if (count === 0 || count > 3 || letters > LIMITS.maxColumns) return DECLINE;
        let row = 0;
        let digits = 0;
        for (; ch >= 0x30 && ch <= 0x39 && digits < 8; digits++) {
          row = row * 10 + ch - 48;
          ch = s.charCodeAt(++p);
        }
        if (digits === 0 || digits > 7 || row < 1 || row > LIMITS.maxRows) return DECLINE;
        column = letters - 1;
        refRow = row - 1;
      } else if (name === 0x73 && column >= 0 && !styled) {
        let digits = 0;
        for (; ch >= 0x30 && ch <= 0x39 && digits < 7; digits++) {
          style = style * 10 + ch - 48;
          ch = s.charCodeAt(++p);
        }
        if (digits === 0 || digits > 6) return DECLINE;
        styled = true;
      } else if (name === 0x74 && column >= 0 && type === undefined) {
        type = cellType(s, p, gt);
        if (type === undefined) return DECLINE;
        p += type.length;
        ch = s.charCodeAt(p);
      } else {
        return DECLINE;
      }
      // the quote closing the value (the tag's '>' stops every loop above, so p < gt here)
      if (ch !== 0x22) return DECLINE;
      p++;
    }
    if (column < 0) return DECLINE;
    let value: string | number | undefined;
    if (!selfClosing) {
      const n = s.length;
      if (p + 4 > n) return DECLINE;
      if (s.charCodeAt(p) === 0x3c && s.charCodeAt(p + 1) === 0x76 && s.charCodeAt(p + 2) === 0x3e) {
        const start = p + 3;
        if (type === undefined || type === 's' || type === 'n') {
          // up to 15 plain digits (a shared string's index, a whole number): the number, without a string
          let k = start;
          let integer = 0;
          for (; k < n && k - start < 16; k++) {
            const ch = s.charCodeAt(k);
            if (ch < 0x30 || ch > 0x39) break;
            integer = integer * 10 + ch - 48;
          }
          if (k > start && k - start <= 15 && k + 8 <= n && sameAt(s, k, '</v></c>')) {
            this.handler.cell!(column, style, type, integer, refRow);
            return k + 8;
          }
        }
        const end = s.indexOf('<', start);
        if (end < 0 || end + 8 > n || !sameAt(s, end, '</v></c>')) return DECLINE;
        for (let k = start; k < end; k++) {
          const ch = s.charCodeAt(k);
          if (ch === 0x26 || ch === 0x0d) return DECLINE;
        }
        value = s.slice(start, end);
        p = end + 8;
      } else if (sameAt(s, p, '</c>')) {
        p += 4;
      } else {
        return DECLINE;
      }
    }
    this.handler.cell!(column, style, type, value, refRow);
    return p;
  }

  /**
   * The shared string starting at `lt` (`<si>` directly in the table) reported whole when it is one
   * `<t>` or `<t xml:space="preserve">` of text (references decoded) and ends within this text:
   * the index after it; else DECLINE, and it is read as tags (runs, phonetic guides and the rest).
   */
  private plainString(s: string, lt: number): number {
    const n = s.length;
    let p = lt + 4;
    if (p + 3 > n || !sameAt(s, p, '<t')) return DECLINE;
    p += 2;
    if (s.charCodeAt(p) === 0x3e) p++;
    else if (p + PRESERVE.length <= n && sameAt(s, p, PRESERVE)) p += PRESERVE.length;
    else return DECLINE;
    const end = s.indexOf('<', p);
    if (end < 0 || end + 9 > n || !sameAt(s, end, '</t>')) return DECLINE;
    // Chinese and Japanese Excel add the string's phonetic properties after its text
    const after = end + 4 + phoneticProperties(s, end + 4);
    if (after + 5 > n || !sameAt(s, after, '</si>')) return DECLINE;
    const raw = lineEnds(s.slice(p, end));
    const text = raw.indexOf('&') < 0 ? raw : decodeReferences(raw);
    if (text === null) return DECLINE;
    this.handler.sharedString!(text);
    return after + 5;
  }

  /** The tag starting at `lt`: the index after it, INCOMPLETE when the text ends inside it, or DECLINE. */
  private tag(s: string, lt: number): number {
    const n = s.length;
    if (lt + 1 >= n) return INCOMPLETE;
    if (s.charCodeAt(lt + 1) === 0x2f) return this.endTag(s, lt);
    let p = lt + 1;
    while (p < n && isNameCode(s.charCodeAt(p))) p++;
    if (p >= n) return INCOMPLETE;
    const slot = this.nameSlot(s, lt + 1, p);
    if (slot < 0 || this.rootClosed) return DECLINE;
    const name = this.names[slot]!;
    const local = this.locals[slot]!;
    const attributes = this.attributes;
    attributes.source = s;
    attributes.count = 0;
    let selfClosing = false;
    for (;;) {
      const spaced = p < n && isSpace(s.charCodeAt(p));
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return INCOMPLETE;
      const c = s.charCodeAt(p);
      if (c === 0x3e) {
        p++;
        break;
      }
      if (c === 0x2f) {
        if (p + 1 >= n) return INCOMPLETE;
        if (s.charCodeAt(p + 1) !== 0x3e) return DECLINE;
        selfClosing = true;
        p += 2;
        break;
      }
      if (!spaced) return DECLINE;
      const nameStart = p;
      while (p < n && isNameCode(s.charCodeAt(p))) p++;
      if (p >= n) return INCOMPLETE;
      const attributeSlot = this.nameSlot(s, nameStart, p);
      if (attributeSlot < 0) return DECLINE;
      const attribute = this.names[attributeSlot]!;
      if (attributes.has(attribute)) return DECLINE; // a repeat is an error

      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return INCOMPLETE;
      if (s.charCodeAt(p) !== 0x3d) return DECLINE;
      p++;
      while (p < n && isSpace(s.charCodeAt(p))) p++;
      if (p >= n) return INCOMPLETE;
      const quote = s.charCodeAt(p);
      if (quote !== 0x22 && quote !== 0x27) return DECLINE;
      let end = p + 1;
      let references = false;
      for (; end < n; end++) {
        const v = s.charCodeAt(end);
        if (v === quote) break;
        // '<' is an error and tab, CR or newline would be normalised to a space: saxes's to judge
        if (v === 0x3c || v === 0x09 || v === 0x0a || v === 0x0d) return DECLINE;
        if (v === 0x26) references = true;
      }
      if (end >= n) return INCOMPLETE;
      if (references && decodeReferences(s.slice(p + 1, end)) === null) return DECLINE;
      attributes.add(attribute, p + 1, end, references);
      p = end + 1;
    }
    this.handler.open(local, attributes, selfClosing);
    if (selfClosing) {
      this.handler.close(local);
      if (this.open.length === 0) this.rootClosed = true;
    } else {
      this.open.push(name);
      this.openLocals.push(local);
    }
    return p;
  }

  /**
   * The slot of the name s[from, to) in the cache of names seen (the same few recur in every row),
   * so tags and attributes are named by one shared string each; -1 when it is not a plain name.
   */
  private nameSlot(s: string, from: number, to: number): number {
    const length = to - from;
    if (length === 0) return -1;
    const slot = ((s.charCodeAt(from) * 31 + s.charCodeAt(to - 1)) * 31 + length) & (NAME_SLOTS - 1);
    const known = this.names[slot];
    if (known !== undefined && known.length === length && sameAt(s, from, known)) return slot;
    const name = s.slice(from, to);
    if (!PLAIN_NAME.test(name)) return -1;
    this.names[slot] = name;
    this.locals[slot] = localName(name);
    return slot;
  }

  private endTag(s: string, lt: number): number {
    const depth = this.open.length - 1;
    if (depth < 0) return DECLINE;
    const name = this.open[depth];
    // the open element's name, then spaces, then '>'
    const n = s.length;
    const nameEnd = lt + 2 + name.length;
    if (nameEnd > n) return n - lt > 512 ? DECLINE : INCOMPLETE;
    if (!sameAt(s, lt + 2, name)) return DECLINE;
    let gt = nameEnd;
    while (gt < n && isSpace(s.charCodeAt(gt))) gt++;
    if (gt >= n) return n - lt > 512 ? DECLINE : INCOMPLETE;
    if (s.charCodeAt(gt) !== 0x3e) return DECLINE;
    this.open.pop();
    this.handler.close(this.openLocals.pop()!);
    if (this.open.length === 0) this.rootClosed = true;
    return gt + 1;
  }

  /** From here on saxes reads: primed, unheard, with the declaration and the elements open now. */
  private handOver(rest: string): void {
    let live = false;
    const handler = this.handler;
    const saxes = this.saxesFor({
      open: (name, attributes, selfClosing) => live && handler.open(name, attributes, selfClosing),
      close: (name) => live && handler.close(name),
      text: (text) => live && handler.text(text),
    });
    const prime = (this.declarationSeen ? '<?xml version="1.0"?>' : '') + (this.prologSpace ? ' ' : '')
      + (this.rootClosed ? '<r/>' : this.open.map((name) => `<${name}>`).join(''));
    if (prime) saxes.write(prime);
    live = true;
    this.saxes = saxes;
    if (rest) saxes.write(rest);
  }
}
