// Word's automatic numbering put into the paragraphs' text: "一、" "（一）" "1." drawn by Word or WPS are not in the text
// mammoth reads, so a plan's headings would lose their level; the labels Word draws are computed and written in.
import { chineseCounting } from '../core/dates/numerals';
import { XmlElement, XmlTree, TextEdit, applyEdits, attributeByLocal, childNamed, childrenNamed, parseXmlTree } from '../workbook/xml/xml-tree';
import { escText } from '../workbook/xml/xml-escape';

/** One level of a list: how its number is written (w:numFmt), the label around it (w:lvlText, "%1、"), where it starts. */
interface Level {
  readonly format: string;
  readonly text: string;
  readonly start: number;
  /** w:suff: what Word puts between the label and the text (tab by default). */
  readonly suffix: string;
  /** w:lvlRestart: the level whose number restarts this one (0 = never; undefined = any level above). */
  readonly restartAfter?: number;
}

interface Num {
  readonly abstractId: string;
  readonly levels: ReadonlyMap<number, Level>;
  /** Levels this num restarts at its first use (w:lvlOverride/w:startOverride). */
  readonly startOverrides: ReadonlyMap<number, number>;
}

/** Paragraph styles that carry numbering (a 标题 style linked to a list), through their basedOn chain. */
interface StyleNumbering {
  readonly numId?: string;
  readonly level?: number;
  readonly basedOn?: string;
}

const MAX_LEVELS = 9;
const decode = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);
const val = (element: XmlElement | undefined): string | undefined => (element ? attributeByLocal(element, 'val') : undefined);
const int = (text: string | undefined, fallback: number): number => {
  const n = Number(text);
  return Number.isInteger(n) ? n : fallback;
};

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const HEAVENLY_STEMS = '甲乙丙丁戊己庚辛壬癸';
const EARTHLY_BRANCHES = '子丑寅卯辰巳午未申酉戌亥';

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const parts: [number, string][] = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of parts) for (; n >= value; n -= value) out += letters;
  return out;
}

/** A number in one of Word's formats (ST_NumberFormat); formats not listed are written in digits. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'japaneseCounting':
    case 'taiwaneseCounting':
    case 'taiwaneseCountingThousand':
      return chineseCounting(n);
    case 'chineseLegalSimplified':
    case 'ideographLegalTraditional':
      return [...chineseCounting(n)].map((ch) => ({ 一: '壹', 二: '贰', 三: '叁', 四: '肆', 五: '伍', 六: '陆', 七: '柒', 八: '捌', 九: '玖', 十: '拾', 百: '佰', 千: '仟' } as Record<string, string>)[ch] ?? ch).join('');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => (d === '0' ? '〇' : chineseCounting(Number(d)))).join('');
    case 'ideographTraditional':
      return n >= 1 && n <= 10 ? HEAVENLY_STEMS[n - 1] : String(n);
    case 'ideographZodiac':
      return n >= 1 && n <= 12 ? EARTHLY_BRANCHES[n - 1] : String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalEnclosedFullstop':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2488 + n - 1) : `${n}.`;
    case 'ideographEnclosedCircle':
      return n >= 1 && n <= 10 ? String.fromCodePoint(0x3220 + n - 1) : String(n);
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join('');
    case 'decimalZero':
      return n < 10 ? `0${n}` : String(n);
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = ALPHABET[(n - 1) % 26].repeat(Math.floor((n - 1) / 26) + 1);
      return n >= 1 ? (format === 'upperLetter' ? letter : letter.toLowerCase()) : String(n);
    }
    case 'upperRoman':
      return roman(n);
    case 'lowerRoman':
      return roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function readLevels(parent: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childrenNamed(parent, 'lvl')) {
    const index = int(attributeByLocal(lvl, 'ilvl'), 0);
    if (index < 0 || index >= MAX_LEVELS) continue;
    const restart = val(childNamed(lvl, 'lvlRestart'));
    levels.set(index, {
      format: val(childNamed(lvl, 'numFmt')) ?? 'decimal',
      text: val(childNamed(lvl, 'lvlText')) ?? '',
      start: int(val(childNamed(lvl, 'start')), 1),
      suffix: val(childNamed(lvl, 'suff')) ?? 'tab',
      ...(restart !== undefined ? { restartAfter: int(restart, 0) } : {}),
    });
  }
  return levels;
}

/**
 * The lists of numbering.xml: each w:num with its abstract list's levels, overridden where it says so. An abstract list
 * that only points to a list style (w:numStyleLink, as Word writes a 多级列表 saved as a style) takes the levels of the list
 * that style is numbered with (`listStyles`: style id → its w:numId), and counts with it.
 */
function readNums(tree: XmlTree, listStyles: ReadonlyMap<string, string> = new Map()): Map<string, Num> {
  const abstracts = new Map<string, Map<number, Level>>();
  const links = new Map<string, string>();
  for (const a of childrenNamed(tree.root, 'abstractNum')) {
    const id = attributeByLocal(a, 'abstractNumId') ?? '';
    abstracts.set(id, readLevels(a));
    const link = val(childNamed(a, 'numStyleLink'));
    if (link !== undefined) links.set(id, link);
  }
  const abstractOf = new Map(childrenNamed(tree.root, 'num').map((n) => [attributeByLocal(n, 'numId') ?? '', val(childNamed(n, 'abstractNumId')) ?? '']));
  /** The abstract list whose levels a list really uses: through a list style's link when it has no levels of its own. */
  const resolved = (id: string): string => {
    const link = links.get(id);
    const target = link !== undefined && (abstracts.get(id)?.size ?? 0) === 0 ? abstractOf.get(listStyles.get(link) ?? '') : undefined;
    return target !== undefined && target !== id && !links.has(target) ? target : id;
  };
  const nums = new Map<string, Num>();
  for (const n of childrenNamed(tree.root, 'num')) {
    const abstractId = resolved(val(childNamed(n, 'abstractNumId')) ?? '');
    const levels = new Map(abstracts.get(abstractId) ?? []);
    const startOverrides = new Map<number, number>();
    for (const o of childrenNamed(n, 'lvlOverride')) {
      const index = int(attributeByLocal(o, 'ilvl'), 0);
      const start = val(childNamed(o, 'startOverride'));
      if (start !== undefined) startOverrides.set(index, int(start, 1));
      for (const [i, level] of readLevels(o)) levels.set(i, level);
    }
    nums.set(attributeByLocal(n, 'numId') ?? '', { abstractId, levels, startOverrides });
  }
  return nums;
}

/** List styles (w:type="numbering"): style id → the w:numId it is numbered with. */
function readListStyles(tree: XmlTree | null): Map<string, string> {
  const out = new Map<string, string>();
  if (!tree) return out;
  for (const s of childrenNamed(tree.root, 'style')) {
    if (attributeByLocal(s, 'type') !== 'numbering') continue;
    const numId = val(childNamed(childNamed(childNamed(s, 'pPr'), 'numPr'), 'numId'));
    if (numId !== undefined) out.set(attributeByLocal(s, 'styleId') ?? '', numId);
  }
  return out;
}

function readStyles(tree: XmlTree | null): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  if (!tree) return styles;
  for (const s of childrenNamed(tree.root, 'style')) {
    if (attributeByLocal(s, 'type') !== 'paragraph') continue;
    const numPr = childNamed(childNamed(s, 'pPr'), 'numPr');
    const level = val(childNamed(numPr, 'ilvl'));
    const basedOn = val(childNamed(s, 'basedOn'));
    styles.set(attributeByLocal(s, 'styleId') ?? '', {
      ...(numPr ? { numId: val(childNamed(numPr, 'numId')) } : {}),
      ...(level !== undefined ? { level: int(level, 0) } : {}),
      ...(basedOn !== undefined ? { basedOn } : {}),
    });
  }
  return styles;
}

/** A style's numbering, through its basedOn chain (bounded against loops). */
function styleNumbering(styles: Map<string, StyleNumbering>, id: string | undefined): { numId?: string; level?: number } {
  let numId: string | undefined;
  let level: number | undefined;
  for (let k = 0; id !== undefined && k < 20; k++) {
    const s = styles.get(id);
    if (!s) break;
    numId ??= s.numId;
    level ??= s.level;
    id = s.basedOn;
  }
  return { numId, level };
}

/** The paragraphs of the body, in document order (table cells included, as Word numbers them). */
function paragraphs(element: XmlElement, out: XmlElement[] = []): XmlElement[] {
  for (const child of element.children) {
    if (child.local === 'p') out.push(child);
    else paragraphs(child, out);
  }
  return out;
}

/**
 * The document part with each numbered paragraph's label written at its start, and its numbering taken off (so that
 * mammoth does not number it again). Bullets are left as they are. Counting follows Word: one counter per abstract
 * list and level, a level restarting after any level above it (or as w:lvlRestart says), a num with a start
 * override restarting at its first use.
 */
export function numberingAsText(documentXml: string, numberingXml: string, stylesXml: string | null): string {
  const stylesTree = stylesXml === null ? null : parseXmlTree(stylesXml, 'word/styles.xml');
  const nums = readNums(parseXmlTree(numberingXml, 'word/numbering.xml'), readListStyles(stylesTree));
  if (nums.size === 0) return documentXml;
  const styles = readStyles(stylesTree);
  const tree = parseXmlTree(documentXml, 'word/document.xml');
  const counters = new Map<string, number[]>();
  const restarted = new Set<string>();
  const edits: TextEdit[] = [];
  for (const p of paragraphs(tree.root)) {
    const pPr = childNamed(p, 'pPr');
    const own = childNamed(pPr, 'numPr');
    const fromStyle = styleNumbering(styles, val(childNamed(pPr, 'pStyle')));
    const numId = own ? val(childNamed(own, 'numId')) ?? fromStyle.numId : fromStyle.numId;
    const num = numId !== undefined ? nums.get(numId) : undefined;
    if (!num) continue;
    const index = Math.min(MAX_LEVELS - 1, Math.max(0, own ? int(val(childNamed(own, 'ilvl')), fromStyle.level ?? 0) : fromStyle.level ?? 0));
    const level = num.levels.get(index);
    if (!level || level.format === 'bullet') continue;
    // NaN: the level not used yet (its next number is its start)
    let counts = counters.get(num.abstractId);
    if (!counts) counters.set(num.abstractId, (counts = new Array<number>(MAX_LEVELS).fill(NaN)));
    if (!restarted.has(numId!)) {
      restarted.add(numId!);
      for (const [i, start] of num.startOverrides) if (i >= 0 && i < MAX_LEVELS) counts[i] = start - 1;
    }
    counts[index] = Number.isNaN(counts[index]) ? level.start : counts[index] + 1;
    // deeper levels restart after any level above them (Word's default), or after the one w:lvlRestart names (1-based; 0: never)
    for (let deeper = index + 1; deeper < MAX_LEVELS; deeper++) {
      const restartAfter = num.levels.get(deeper)?.restartAfter;
      if (restartAfter === undefined || (restartAfter > 0 && index <= restartAfter - 1)) counts[deeper] = NaN;
    }
    const label = level.text.replace(/%([1-9])/g, (_m, d: string) => {
      const i = Number(d) - 1;
      const l = num.levels.get(i);
      const n = Number.isNaN(counts![i]) ? l?.start ?? 1 : counts![i];
      return formatNumber(n, l?.format ?? 'decimal');
    });
    if (label === '') continue;
    // no space after a label that ends in its own mark (一、 （一） 1.), one otherwise
    const text = level.suffix === 'nothing' || /[、.．)）:：]$/.test(label) ? label : `${label} `;
    const run = `<w:r><w:t xml:space="preserve">${escText(text)}</w:t></w:r>`;
    const off = '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr>';
    if (own) edits.push({ from: own.start, to: own.end, text: off });
    if (!pPr) edits.push({ from: p.openEnd, to: p.openEnd, text: `<w:pPr>${off}</w:pPr>${run}` });
    else {
      if (!own) edits.push(pPr.selfClosing ? { from: pPr.start, to: pPr.end, text: `<w:pPr>${off}</w:pPr>` } : { from: pPr.closeStart, to: pPr.closeStart, text: off });
      edits.push({ from: pPr.end, to: pPr.end, text: run });
    }
  }
  return edits.length === 0 ? documentXml : applyEdits(documentXml, edits);
}

/**
 * The package's entries with the document's automatic numbering written as text (unchanged without numbering, or when
 * the parts cannot be read: mammoth then reads the document as before, numbering Word's lists 1. 2. 3.).
 */
export function withNumberingAsText(entries: Map<string, Uint8Array>): Map<string, Uint8Array> {
  const numbering = entries.get('word/numbering.xml');
  const document = entries.get('word/document.xml');
  if (!numbering || !document) return entries;
  let rewritten: string;
  try {
    const styles = entries.get('word/styles.xml');
    rewritten = numberingAsText(decode(document), decode(numbering), styles ? decode(styles) : null);
  } catch {
    return entries;
  }
  const out = new Map(entries);
  out.set('word/document.xml', new TextEncoder().encode(rewritten));
  return out;
}
