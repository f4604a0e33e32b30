// A plan's paragraphs (non-blank lines, numbered from 1) and its numbered headings 一、/（一）/1./(1).
import { toSimplified } from '../sheets/traditional';

export interface Paragraph {
  /** 1-based index among the non-blank lines of the text. */
  readonly index: number;
  /** As written, trimmed. */
  readonly text: string;
  /** Same length as `text`, traditional characters simplified: what the rules read. */
  readonly plain: string;
  /** Numbering level: 1 一、 2 （一） 3 1. 4 (1)/①; 0 for a paragraph that is no numbered item. */
  readonly level: number;
  /** Length of the number prefix ("1." → 2), 0 when none. */
  readonly prefix: number;
}

const CN = '一二三四五六七八九十';
const LEVELS: readonly RegExp[] = [
  new RegExp(`^第[${CN}]+[部分章条][、.．\\s]*`),
  // "三。责任和任务": a copy's full stop for the 、
  new RegExp(`^[${CN}]+\\s*[、.．。]\\s*`),
  // "一)": a copy that lost the opening bracket of (一)
  new RegExp(`^(?:[(（]\\s*)?[${CN}]+\\s*[)）]\\s*[、.．]?\\s*`),
  // "1、3月5日,…": after 、 a digit is the item's own text (after . it may be a decimal, 1.5); "1﹒" (small full stop, 安徽 2022)
  /^\d{1,2}\s*(?:[.．﹒](?!\d)|、)\s*/,
  /^(?:[(（]\s*\d{1,2}\s*[)）]|[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳])\s*[、.．]?\s*/,
];

/**
 * A numbered field of an activity ("1.活动时间:…", "3.组织单位:…"; a 镇's 春节 activities: "1、比赛时间:年初一、初二",
 * "2、放映地点:…", "3、负责单位:汤口社区", "4、组队形式:…", "4、活动要求:…"): part of the item above it, never an item.
 */
const FIELD =
  /^(?:(?:活动|宣传|实施|比赛|竞赛|放映|演出|展演|展览|举办)?(?:时间|地点)|(?:活动)?内容|(?:组织|主办|承办|协办|参加|参与|牵头|责任|配合|负责|参演|参赛)(?:单位|部门)|(?:组队|参赛|报名)(?:形式|方式|对象|办法)|活动(?:要求|形式|对象))\s*[:：]/;

/** A field line of an activity, numbered or not ("活动时间:…", "活动地点:…", "牵头单位:…"). */
export function isActivityField(plain: string): boolean {
  return FIELD.test(plain) || isFieldLine(plain);
}

/** A numbered field line ("1、时间:…", "3.组织单位:…"). */
export function isFieldLine(plain: string): boolean {
  return LEVELS.slice(3).some((re) => {
    const m = re.exec(plain);
    return m !== null && FIELD.test(plain.slice(m[0].length));
  });
}

/** The numbering level and prefix length of a line (level 0: not a numbered item). */
export function numberingOf(plain: string): { level: number; prefix: number } {
  for (let i = 0; i < LEVELS.length; i++) {
    const m = LEVELS[i].exec(plain);
    if (m && i >= 3 && FIELD.test(plain.slice(m[0].length))) return { level: 0, prefix: 0 };
    // "第一部分" is level 1 like "一、"; the others follow in order
    if (m && m[0].length < plain.length) return { level: Math.max(1, i), prefix: m[0].length };
  }
  return { level: 0, prefix: 0 };
}

/** A space a web page printed as text: "&nbsp;", or "&bsp;" as some copies garble it. */
const SPACE_ENTITY = /&n?bsp;?/g;

/** The text's paragraphs: each non-blank line, trimmed (also of full-width spaces and of spaces a page printed as "&nbsp;"). */
export function paragraphsOf(text: string): Paragraph[] {
  const out: Paragraph[] = [];
  let index = 0;
  for (const line of String(text ?? '').split(/\r\n|\r|\n|\u2028|\u2029/)) {
    if (!line.trim()) continue;
    // a line of "&bsp;" alone still counts: paragraphs are numbered as the text's non-blank lines
    index++;
    const trimmed = line.replace(SPACE_ENTITY, ' ').replace(/^[\s\u3000\u00a0\ufeff]+|[\s\u3000\u00a0]+$/g, '');
    if (!trimmed) continue;
    const plain = toSimplified(trimmed);
    out.push({ index, text: trimmed, plain, ...numberingOf(plain) });
  }
  return withGluedNumbers(out);
}

/** "2各级…": an item number a copy glued to its text (its 、 or . lost), not a count ("3个乡镇", "50亩以上", "5G"). */
const GLUED = /^(\d{1,2})(?=[\u4e00-\u9fa5])(?![个年月日号时万亿千百项条家名人次所座处亩元天周小岁倍批台辆套种类级期届栋间户村镇件份篇期位分公米吨度型场])/;
const ITEM_NUMBER = /^\d{1,2}/;

/**
 * Reads a glued number as the item number it stands for when it continues the numbering around it: "2各级各部门…"
 * between "1.…" and "3.…" (or after "1.…", or before "3.…", under the same heading) is item 2. Alone it stays text:
 * nothing tells a lost 、 from a figure the sentence starts with.
 */
function withGluedNumbers(paragraphs: Paragraph[]): Paragraph[] {
  const numberOf = (p: Paragraph | undefined) => (p && p.level === 3 ? Number(ITEM_NUMBER.exec(p.plain)?.[0] ?? NaN) : NaN);
  return paragraphs.map((p, i) => {
    const m = p.level === 0 ? GLUED.exec(p.plain) : null;
    if (!m) return p;
    const n = Number(m[1]);
    // the nearest numbered item before and after it, not across a heading of a higher level
    let before: Paragraph | undefined;
    for (let k = i - 1; k >= 0 && !(paragraphs[k].level > 0 && paragraphs[k].level < 3); k--) if (paragraphs[k].level === 3) { before = paragraphs[k]; break; }
    let after: Paragraph | undefined;
    for (let k = i + 1; k < paragraphs.length && !(paragraphs[k].level > 0 && paragraphs[k].level < 3); k++) if (paragraphs[k].level === 3) { after = paragraphs[k]; break; }
    return numberOf(before) === n - 1 || numberOf(after) === n + 1 ? { ...p, level: 3, prefix: m[1].length } : p;
  });
}

/**
 * Lines that close a run of sub-items for their parent: "1.完善应急预案体系" then "(1)…" … "(4)…" then "(责任单位:…)" (运城 2017):
 * the line after two or more items one level below an item, when `closes` says it is such a line (units only). Maps the
 * line's position in `paras` to its parent's.
 */
export function linesClosingSubItems(paras: readonly Paragraph[], closes: (p: Paragraph) => boolean): Map<number, number> {
  const out = new Map<number, number>();
  paras.forEach((p, i) => {
    if (p.level === 0) return;
    let k = i + 1;
    let children = 0;
    for (; k < paras.length && paras[k].level > p.level; k++) if (paras[k].level === p.level + 1) children++;
    if (children >= 2 && k < paras.length && paras[k].level === 0 && closes(paras[k])) out.set(k, i);
  });
  return out;
}

