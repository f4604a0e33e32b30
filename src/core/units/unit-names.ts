// Unit names as written: splitting a units cell into names (separators, brackets, 和/及, 等…), alias cells,
// and the matching key and display form of a name.

import { shareBodies } from './shared-bodies';
import { ROLE_TAIL, UNIT_END, splitConjunctions, trimEtc } from './unit-lists';
// ---------------------------------------------------------------------------------------------
// Splitting

/** Separators between unit names (besides newlines and runs of white space). */
const SEPARATORS = new Set(['、', '，', ',', '；', ';', '／', '/']);

/** Opening brackets and the kind of bracket they open; full- and half-width forms pair up. */
const OPENERS: Record<string, string> = {
  '（': 'round', '(': 'round', '﹙': 'round',
  '【': 'square', '[': 'square', '［': 'square', '〔': 'square', '〖': 'square',
  '《': 'angle', '〈': 'angle1', '「': 'corner', '『': 'corner1', '“': 'quote', '{': 'curly', '｛': 'curly',
};
const CLOSERS: Record<string, string> = {
  '）': 'round', ')': 'round', '﹚': 'round',
  '】': 'square', ']': 'square', '］': 'square', '〕': 'square', '〗': 'square',
  '》': 'angle', '〉': 'angle1', '」': 'corner', '』': 'corner1', '”': 'quote', '}': 'curly', '｝': 'curly',
};

/** Whether a text holds any bracket (most cells hold none, and skip the pairing). */
const HAS_BRACKET = new RegExp(`[${[...Object.keys(OPENERS), ...Object.keys(CLOSERS)].map((c) => `\\${c}`).join('')}]`); // all BMP: no u flag, so escaping any character is allowed
/** A piece of letters and digits only: nothing for cleanPiece to remove. */
const PLAIN_PIECE = /^[\p{L}\p{N}]+$/u;

/** Circled and bracketed numbers (①–⑳, ⑴–⒇, ⒈–⒛, ㈠–㈩) that number a cell's sub-items. */
const ITEM_MARKS = '\u2460-\u249b\u3220-\u3229';
/** A sub-item's number at the start of a piece: circled ones, or 1–2 digits with . or 、 before a CJK name. */
const ITEM_MARK_START = new RegExp(`^\\s*(?:[${ITEM_MARKS}]+|[0-9０-９]{1,2}[.．、](?=[\\u4e00-\\u9fff]))\\s*`);
/** A cell whose names are numbered by sub-item: a circled number anywhere, or a line or clause opening "1." / "2、". */
const ITEM_MARKED = new RegExp(`[${ITEM_MARKS}]|(?:^|[\\n；;])\\s*[0-9０-９]{1,2}[.．、][\\u4e00-\\u9fff]`);

/** Whether a units cell numbers its names by sub-item ("①县住建局；②县财政局"): the row's units are then every item's together. */
export function hasItemMarks(text: string): boolean {
  return ITEM_MARKED.test(text);
}
/** Text NFKC and the other rules of normalizeUnitName leave as it is: CJK ideographs, ASCII letters and digits. */
const NORMAL_NAME = /^[\u4e00-\u9fffA-Za-z0-9]+$/;

/** Brackets that only quote: a name wholly inside them is taken out. */
const QUOTE_KINDS = new Set(['quote', 'corner', 'corner1']);
/** Brackets that a preceding space does not separate from the name: "市委宣传部 （网信办）". */
const REMARK_KINDS = new Set(['round', 'square']);

/** Stray punctuation dropped from either end of a name. */
const EDGE_PUNCTUATION = new Set(Array.from('。．.，,、；;：:！!？?…‥·•・—–‐‑-_~～*＊#＃|｜"\'`‘’＂＇'));

const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;
const WHITESPACE = /\s/;

/** "责任单位：", "牵头单位:", "配合责任部门：" written before the names. */
const LABEL_PREFIX = /^(?:牵头|配合|协办|主办|参与|责任)*(?:单位|部门)\s*[:：]\s*/;
/** "等", "等单位", "等相关部门" after the last name. */
const TRAILING_ETC = /等(?:相关|有关)?(?:单位|部门)?$/;
/** A cell saying there is no unit. */
const NONE_WORDS = new Set(['无', '暂无']);

export function asText(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '';
  try {
    return String(value);
  } catch {
    return '';
  }
}

/**
 * For each index of `chars`, the index of the bracket that matches it, or -1. Brackets pair with
 * the nearest open bracket of the same kind on top of the stack; anything else is unmatched.
 */
function matchBrackets(chars: readonly string[]): number[] {
  const match = new Array<number>(chars.length).fill(-1);
  const stack: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const open = OPENERS[ch];
    if (open !== undefined) {
      stack.push(i);
      continue;
    }
    const close = CLOSERS[ch];
    if (close === undefined) continue;
    const top = stack.length ? stack[stack.length - 1] : -1;
    if (top >= 0 && OPENERS[chars[top]] === close) {
      stack.pop();
      match[top] = i;
      match[i] = top;
    }
  }
  return match;
}

/** Stars that stand for characters a copy hid. */
const STAR = new Set(['*', '＊']);
/** A name starting with two or more such stars before its remaining characters ("****分局"). */
const MASKED_START = /^[*＊]{2,}[\p{L}\p{N}]/u;
/** A unit name with characters a copy masked ("****分局", "县**局", "大众网**频道", "××镇"): no unit is called that. */
export const MASKED_NAME = /[*＊]{2,}|[×Ｘ]{2,}/;

/** Removes stray punctuation and unmatched brackets from both ends; collapses inner spaces; '' when no letter or digit is left. */
function cleanPiece(piece: string): string {
  // a sub-item's number before the name ("①县住建局", "2.县财政局"): the item's, not the name's (UNITS_BY_ITEM says so)
  if (ITEM_MARK_START.test(piece)) piece = piece.replace(ITEM_MARK_START, '');
  if (PLAIN_PIECE.test(piece)) return piece;
  let chars = Array.from(piece.replace(/\s+/g, ' ').trim());
  // a name a site masked ("****分局", "****体育局"): its leading stars are the hidden characters, kept (UNIT_MASKED)
  const masked = MASKED_START.test(chars.join(''));
  const stray = (ch: string) => ch === ' ' || EDGE_PUNCTUATION.has(ch);
  for (;;) {
    const before = chars.length;
    let from = 0;
    let to = chars.length;
    while (from < to && stray(chars[from]) && !(masked && STAR.has(chars[from]))) from++;
    while (to > from && stray(chars[to - 1])) to--;
    chars = chars.slice(from, to);
    if (chars.length) {
      const match = matchBrackets(chars);
      const last = chars.length - 1;
      if (QUOTE_KINDS.has(OPENERS[chars[0]]) && match[0] === last) {
        chars = chars.slice(1, last);
      } else {
        // Leading closers and unmatched openers, trailing openers and unmatched closers.
        from = 0;
        to = chars.length;
        while (from < to && match[from] < 0 && (CLOSERS[chars[from]] !== undefined || OPENERS[chars[from]] !== undefined)) from++;
        while (to > from && match[to - 1] < 0 && (OPENERS[chars[to - 1]] !== undefined || CLOSERS[chars[to - 1]] !== undefined)) to--;
        chars = chars.slice(from, to);
      }
    }
    if (chars.length === before) break;
  }
  const cleaned = chars.join('');
  // Brackets and punctuation alone name nothing.
  return /[\p{L}\p{N}]/u.test(cleaned) ? cleaned : '';
}

/** Drops brackets wrapping the whole text: "(责任单位：各镇、各街道)". */
function unwrap(text: string): string {
  let current = text.trim();
  for (;;) {
    if (current.length < 2 || OPENERS[current[0]] === undefined) return current; // every opener is one UTF-16 unit
    const chars = Array.from(current);
    const match = matchBrackets(chars);
    if (match[0] !== chars.length - 1) return current;
    current = chars.slice(1, -1).join('').trim();
  }
}

/** Whether a UTF-16 unit is white space as /\s/ reads it. */
function isSpaceCode(code: number): boolean {
  return (code >= 9 && code <= 13) || code === 32 || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a)
    || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** A separator or white space (every one a single UTF-16 unit, never half of a pair). */
const CUT_CODES = new Set([...SEPARATORS].map((c) => c.charCodeAt(0)));

function splitRaw(text: unknown): string[] {
  const source = unwrap(asText(text).replace(ZERO_WIDTH, '')).replace(LABEL_PREFIX, '');
  if (!HAS_BRACKET.test(source)) {
    // no brackets (most cells): cut at every separator and white space, by UTF-16 unit, without a string per character
    const pieces: string[] = [];
    let from = 0;
    for (let i = 0; i < source.length; i++) {
      const code = source.charCodeAt(i);
      if (CUT_CODES.has(code) || isSpaceCode(code)) {
        pieces.push(source.slice(from, i));
        from = i + 1;
      }
    }
    pieces.push(source.slice(from));
    return pieces.map(cleanPiece).filter((piece) => piece !== '');
  }
  const chars = Array.from(source);
  const match = matchBrackets(chars);
  const pieces: string[] = [];
  let depth = 0;
  let current = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (match && match[i] >= 0) {
      depth += match[i] > i ? 1 : -1;
      current += ch;
      continue;
    }
    if (depth === 0 && WHITESPACE.test(ch)) {
      let next = i + 1;
      while (next < chars.length && WHITESPACE.test(chars[next]) && chars[next] !== '\n' && chars[next] !== '\r') next++;
      const remark = current !== '' && next < chars.length && match !== null && match[next] > next && REMARK_KINDS.has(OPENERS[chars[next]]);
      if (remark && ch !== '\n' && ch !== '\r') {
        current += ' ';
        continue;
      }
    }
    if (depth === 0 && (SEPARATORS.has(ch) || WHITESPACE.test(ch))) {
      pieces.push(current);
      current = '';
      continue;
    }
    current += ch;
  }
  pieces.push(current);
  return pieces.map(cleanPiece).filter((piece) => piece !== '');
}

/** An administrative level written bare (县, 市, 区, 州 …): in "各县、市、区政府", "各州、市人民政府" the 、 lists levels, not units. */
const LEVEL = '(?:县|市|区|乡|镇|旗|州|盟|街道|乡镇|县区|县市区|州市)';
/** The start of such a list: 各 and a bare level (各县, 各乡). */
const EACH_LEVEL = new RegExp(`^(?:各|相关|有关)${LEVEL}$`);
const ONLY_LEVEL = new RegExp(`^${LEVEL}$`);
/** A level alone or with the body every level has (区政府, 县人民政府, 区委), not a department (区民生办, 市直各单位). */
const LEVEL_BODY = new RegExp(`^${LEVEL}(?:(?:人民)?政府|党委|党委政府|委|管委会)?${ROLE_TAIL}$`);

/**
 * Joins levels listed with 、 before one body back into the one group they name ("各县、市、区政府", "各乡、镇"),
 * as "各县（市、区）政府" is one: 各 and a bare level start such a list. "各镇、区民生办" stays two.
 */
function joinLevelLists(pieces: readonly string[], text: string): string[] {
  const out: string[] = [];
  let open = false; // the last name ends in a bare level, so a level after 、 goes on with it
  for (const p of pieces) {
    const last = out.length > 0 ? out[out.length - 1] : '';
    if (open && LEVEL_BODY.test(p) && text.includes(`${last.slice(last.lastIndexOf('、') + 1)}、${p}`)) {
      out[out.length - 1] = `${last}、${p}`;
      open = ONLY_LEVEL.test(p);
      continue;
    }
    out.push(p);
    open = EACH_LEVEL.test(p);
  }
  return out;
}

/** 各 and the county-level tiers, bracketed ones too (各县, 各市〔州〕, 各县（市、区）): a group of places, its body not yet said. */
const EACH_TIER = /^各(?:县|市|区|州|旗|盟|县区|县市区|州市)(?:[（(〔［[][县市区州旗盟、，,]+[）)〕］\]])?$/;
/** A named county-level place or zone with a department of it ("贵安新区数据管理部门", "高新区财政局"). */
const PLACE_DEPARTMENT = /^[\u4e00-\u9fff]{2,8}?(?:新区|开发区|高新区|经开区|示范区|县|区|市|旗)[\u4e00-\u9fff]{2,}(?:部门|局|委|办|厅|中心)$/;

/**
 * "各市〔州〕、贵安新区数据管理部门" (贵州 2026): the places' tiers and a named place listed with 、 before one department
 * are one group (each city's and the new area's data department), as "各县、市、区政府" is; "各镇、区民生办" stays two.
 */
function joinTierWithPlace(pieces: readonly string[], text: string): string[] {
  const out: string[] = [];
  for (const p of pieces) {
    const last = out.length > 0 ? out[out.length - 1] : '';
    if (EACH_TIER.test(last) && PLACE_DEPARTMENT.test(p) && text.includes(`${last}、${p}`)) out[out.length - 1] = `${last}、${p}`;
    else out.push(p);
  }
  return out;
}

/** A place named with its level (咸安区, 嘉鱼县, 柳林镇): not a level alone, not a zone (高新区, 经开区), not 各县. */
const NAMED_PLACE = /^(?!各|有关|相关)(?!.*(?:开发区|高新区|经开区|新区|园区)$)[\u4e00-\u9fff]{1,10}(?:区|县|市|旗|镇|乡)$/;
/** Level characters alone (市区, 县市): levels listed, not a place. */
const LEVELS_ONLY = /^[县市区乡镇旗州盟]+$/;
/** Such a place with its government's body written after it (通山县人民政府, 柳林镇党委), role words after it kept. */
const PLACE_GOVERNMENT = new RegExp(`^([\u4e00-\u9fff]{2,11}?)((?:人民)?政府|党委)${ROLE_TAIL}$`);
/**
 * A place written without its level before one that has it ("哈尔滨、黑河、绥芬河市政府", 黑龙江 2014): a short name
 * that is no body (…局, …委, …办, …部, …中心) and no level.
 */
const BARE_PLACE = /^(?!各|有关|相关)[\u4e00-\u9fff]{2,4}$/;
const BODY_END = /(?:局|委|办|厅|部|处|室|站|所|队|院|校|会|社|司|行|组|中心|团|场|馆|台|署|公司|集团|政府|党委|指挥部)$/;

/**
 * Gives named places listed with 、 before one government the body the last one carries: "咸安区、嘉鱼县、通山县人民政府"
 * names three governments (咸安区人民政府 …), as "各县、市、区政府" names one group. Bare levels ("市、县政府"), zones
 * ("高新区、岳麓区人民政府" leaves 高新区), places parted by ",", a name the registry knows, and a town before a
 * county's government ("霍山县新岗镇、舒城县人民政府") stay as written.
 */
function shareGovernment(pieces: readonly string[], text: string, isName?: (name: string) => boolean): string[] {
  const out = [...pieces];
  const place = (p: string) => NAMED_PLACE.test(p) && !LEVELS_ONLY.test(p);
  // towns share a town's government, counties and cities a county's or city's: "霍山县新岗镇、舒城县人民政府" names two
  const tier = (level: string) => (level === '镇' || level === '乡' ? 'town' : 'county');
  const bare = (p: string) => BARE_PLACE.test(p) && !BODY_END.test(p) && !place(p) && !LEVELS_ONLY.test(p);
  for (let j = 1; j < pieces.length; j++) {
    const m = PLACE_GOVERNMENT.exec(pieces[j]);
    if (!m || !place(m[1])) continue;
    const level = m[1].slice(-1);
    // cities and counties are written bare in such lists; before a town's government a bare word is a trade (公安、消防)
    const bareOk = /[市县州盟旗]/.test(level);
    let i = j;
    const shares = (p: string) => !isName?.(p) && ((place(p) && tier(p.slice(-1)) === tier(level)) || (bareOk && bare(p)));
    while (i > 0 && shares(pieces[i - 1]) && text.includes(`${pieces[i - 1]}、${pieces[i]}`)) i--;
    for (let k = i; k < j; k++) out[k] = place(pieces[k]) ? `${pieces[k]}${m[2]}` : `${pieces[k]}${level}${m[2]}`;
  }
  return out;
}

/**
 * Splits a units cell into the names written in it (trimmed, in order, empties dropped): at separators,
 * then at 和/及 between two units (unit-lists.ts; `isName` says which names are whole, such as registry
 * names), each name with "等…部门" taken off. Levels listed with 、 ("各县、市、区政府") stay one group; places listed
 * with 、 before one government share it ("咸安区、嘉鱼县、通山县人民政府"), and places written once before several bodies
 * have each ("各县区党委、政府": 各县区党委, 各县区政府; shared-bodies.ts).
 */
export function splitUnits(text: string, isName?: (name: string) => boolean): string[] {
  const raw = splitRaw(joinPadded(text));
  const joined = raw.length > 1 ? shareGovernment(joinTierWithPlace(joinLevelLists(raw, asText(text)), asText(text)), asText(text), isName) : raw;
  const split = joined.flatMap((p) => splitConjunctions(p, isName)).map((p) => cleanPiece(trimEtc(p))).filter((p) => p !== '');
  const pieces = split.length > 1 ? shareBodies(split, asText(text)) : split;
  if (pieces.length) {
    const last = pieces.length - 1;
    const stripped = cleanPiece(pieces[last].replace(TRAILING_ETC, ''));
    if (stripped) pieces[last] = stripped;
    else pieces.pop();
  }
  if (pieces.length === 1 && NONE_WORDS.has(pieces[0])) return [];
  // "1、县委宣传部；2、县文明办": 、 after an item's number cuts the number off as a piece of its own
  if (pieces.some((p) => ITEM_NUMBER.test(p)) && hasItemMarks(asText(text))) return pieces.filter((p) => !ITEM_NUMBER.test(p));
  return pieces;
}

/** A piece that is only a sub-item's number. */
const ITEM_NUMBER = /^[0-9０-９]{1,2}$/;

/**
 * Splits a people cell (责任领导, 牵头领导) into names. A two-character name padded to the width of three ("汪  峰",
 * as printed tables align names) is one name, not two: a lone character between spaces joins the lone character after it; several
 * such names run together ("陆 明俞 悦") are as many names.
 */
export function splitPeople(text: string): string[] {
  // two-character names padded and then run together as the PDF's lines joined ("陆 明俞 悦", 南陵 2024): each pair is a name
  const t = asText(text).trim();
  if (PADDED_RUN.test(t)) return Array.from(t.matchAll(PADDED_PAIR), (m) => m[1] + m[2]);
  return splitUnits(text);
}

/** A cell of two or more padded two-character names with nothing between them ("陆 明俞 悦"), and one such name. */
const PADDED_RUN = /^(?:[\u4e00-\u9fff][ \u3000]+[\u4e00-\u9fff]){2,}$/;
const PADDED_PAIR = /([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])/g;

/** A line's last name (after its last separator) and the next line's first one. */
const LAST_NAME = /[^、，,；;／/\s]*$/;
const FIRST_NAME = /^[^、，,；;／/\s]*/;
const ROLE_END = new RegExp(`${ROLE_TAIL}$`);
/** A line starting a name of its own, never the rest of one: 各村, 相关部门, 市人行, 县财政局. */
const NEW_NAME = /^(?:各|相关|有关|[省市县区州盟旗乡镇])/;

/**
 * Names a units cell pasted from a PDF may have broken where the printed column wrapped ("县委宣传\n部", "县融媒体\n中心"): a line
 * whose last name does not end as a unit does (…局, …部, …中心) before a line whose first words finish one. Read as written (names on
 * lines of their own are names: "滁州海关\n市人行", "高新园(邹区镇)\n五星街道", "各村\n各社区" are never joined); check says so
 * (UNIT_INCOMPLETE) unless the registry knows the joined name, which it then reads.
 */
export function brokenNames(text: string): { head: string; tail: string; joined: string }[] {
  if (!/[\r\n]/.test(text)) return [];
  const lines = text.split(/\r?\n|\r/);
  const out: { head: string; tail: string; joined: string }[] = [];
  for (let i = 1; i < lines.length; i++) {
    const head = LAST_NAME.exec(lines[i - 1].trimEnd())![0];
    const tail = FIRST_NAME.exec(lines[i].trimStart())![0].replace(ROLE_END, '');
    if (head === '' || tail === '' || NEW_NAME.test(tail) || /[）)〕\]]$/.test(head) || UNIT_END.test(head)) continue;
    if (UNIT_END.test(head + tail)) out.push({ head, tail, joined: head + tail });
  }
  return out;
}

/** A lone character between spaces and the lone character after it: a two-character name padded to align ("汪  峰", "达 县"). */
const PADDED_NAME = /(^|[\s\u3000])([\u4e00-\u9fff])[ \u3000]+([\u4e00-\u9fff])(?=[\s\u3000]|$)/g;

/**
 * The text with each two-character name padded to the width of three or four joined again: printed tables align short
 * names so ("汪  峰" in a 责任领导 column, "达 县", "渠 县" under 单 位 in 达州 2012). A lone character is never a name.
 */
function joinPadded(text: string): string {
  const t = asText(text);
  return /[ \u3000]/.test(t) ? t.replace(PADDED_NAME, '$1$2$3') : t;
}

/** Splits an aliases cell of 单位名录 ("市发展改革委、六安市发展和改革委员会") the same way. */
export function splitAliases(text: string): string[] {
  return splitRaw(text);
}

/** Matching key: NFKC, no whitespace, full/half-width brackets unified. */
export function normalizeUnitName(name: string): string {
  if (typeof name === 'string' && NORMAL_NAME.test(name)) return name;
  return asText(name)
    .normalize('NFKC')
    .replace(ZERO_WIDTH, '')
    .replace(/\s+/g, '')
    .replace(/[﹙]/g, '(')
    .replace(/[﹚]/g, ')')
    .replace(/[【〔〖]/g, '[')
    .replace(/[】〕〗]/g, ']');
}

/** A name as shown: white space runs collapsed to one space, trimmed. */
export function tidyName(name: string): string {
  return asText(name).replace(ZERO_WIDTH, '').replace(/\s+/g, ' ').trim();
}
