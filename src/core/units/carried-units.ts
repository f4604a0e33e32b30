// Units a table gives once for several rows (同上, 同第N项, 下同, 以下各项均由…牵头): each row's units text as the office means it.
import { parseChineseInteger } from '../dates/numerals';
import { SAME_ABOVE_SOURCE } from '../sheets/ditto';
import { unwrapBrackets } from './unit-roles';

/** One task row's cell of a units column (lead or cooperating), in sheet order. */
export interface UnitCellIn {
  /** 0-based row of the sheet. */
  readonly row: number;
  /** The cell's text ('' when blank). */
  readonly text: string;
  /** A1 address of the cell (the top-left one when merged). */
  readonly cell: string;
  /** The row's 序号, if the table has one ("3", "（三）", "3."). */
  readonly seq?: string;
  /** The row's 备注, if the table has one: a remark there ("下同", "以下各项均由…牵头") counts as in the units cell. */
  readonly note?: string;
}

/** A row that is no task (a section heading, a note) whose text may say who does the rows after it. */
export interface RemarkRow {
  /** 0-based row of the sheet. */
  readonly row: number;
  readonly text: string;
  readonly cell: string;
}

/** Where a row's carried units come from. */
export interface CarriedFrom {
  /** 1-based row of the sheet the units are written in. */
  readonly row: number;
  readonly cell: string;
  /** What the table wrote: "同上", "同第3项", "下同", or the remark ("以下各项均由市委宣传部牵头"). */
  readonly words: string;
  /** 'replace': the row's units are those; 'add': they are added to the row's own. */
  readonly mode: 'replace' | 'add';
  /** The units carried, as written there. */
  readonly units: string;
}

export interface CarriedUnits {
  /** The text to read as this row's units: the cell itself when nothing is carried. */
  readonly text: string;
  readonly from?: CarriedFrom;
  /** A 同上 / 同第N项 naming nothing (first row, a blank row above, no such item): the words written. */
  readonly unresolved?: string;
}

/** "同上", "同上。", "〃", "同前", "责任单位：同上" — alone, or followed by more units ("同上，市财政局"). */
const SAME_ABOVE = new RegExp(`^[（(]?\\s*(?:(?:责任|牵头|配合|协办|主办)?(?:单位|部门)\\s*[:：]?\\s*)?(${SAME_ABOVE_SOURCE})[。.]?\\s*[）)]?\\s*(?:[，,、；;]\\s*|$)`);
/** "同第3项", "同第三项", "责任单位同第1项", "同序号2", "同(一)". */
const SAME_AS_ITEM = /^[（(]?\s*(?:(?:责任|牵头|配合|协办|主办)?(?:单位|部门)\s*[:：]?\s*)?同\s*(?:第\s*([0-9０-９一二三四五六七八九十百〇零两]+)\s*(?:项|条|点|个)|序号\s*([0-9０-９]+)|[（(]\s*([一二三四五六七八九十]+)\s*[）)])[。.]?\s*[）)]?\s*(?:[，,、；;]\s*)?/;
/** "以下各项均由市委宣传部牵头", "以下工作由县民政局负责" — who does the rows after it (their blank cells). */
const SHARED_LEAD = /以下(?:各项|各|所有|几项|[0-9一二三四五六七八九十]+项)?(?:任务|工作|事项|措施|项目|内容)?(?:均|都|全部|皆)?由\s*([^，,；;。]+?)\s*(?:牵头(?:负责|落实)?|负责(?:落实)?|承办|主办)/;
/** "以下任务均涉及各市〔州〕、贵安新区数据管理部门，不再重复" — units every row after it also has. */
const SHARED_ALSO = /以下(?:各项|各|所有)?(?:任务|工作|事项|措施|项目)?(?:均|都|全部)?(?:涉及|包括|需|要求)\s*([^，,；;。]+)/;
/** Shared units that name no definite set ("四市或部分市人民政府"): not carried. */
const NOT_DEFINITE = /或|部分|相关|有关|等/;
/** Whether a text may hold any of the words this module reads (a cheap test before the patterns). */
const MAY_CARRY = /同|〃|以下|^\s*["”“]/;

/** A remark clause opening ("下同", "除专门列出外", "以下各项任务…", "不再重复"): it and all after it are no units. */
const REMARK_START = /^\s*(?:下同|除[^，,；;。]{0,12}外|以下(?:各项|各|所有)?(?:任务|工作|事项|措施|项目)|不再(?:重复|列出|一一列出|另列))/;
const BREAK = new Set(['，', ',', '；', ';', '。', '\n', '\r']);

/** Where the remark starts in a cell (outside brackets: "(第一责任单位为牵头单位，下同)" is a note of its own), or -1. */
function remarkAt(text: string): number {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(' || ch === '〔' || ch === '[') depth++;
    else if ((ch === '）' || ch === ')' || ch === '〕' || ch === ']') && depth > 0) depth--;
    else if (depth === 0 && (i === 0 || BREAK.has(ch)) && REMARK_START.test(text.slice(i === 0 ? 0 : i + 1))) return i;
  }
  return -1;
}

/** A units cell without its closing remark ("A、B，下同。以下…" → "A、B"; a cell wrapped whole in brackets read inside). */
export function unitsBeforeRemark(text: string): string {
  const inner = unwrapBrackets(text);
  const at = remarkAt(inner);
  return at < 0 ? text : inner.slice(0, at).trim();
}

/** Whether a cell says 下同 of its units (outside any bracketed note). */
const saysSameBelow = (text: string) => text.includes('下同') && remarkAt(unwrapBrackets(text)) >= 0 && /(?:^|[，,；;。\s])下同/.test(unwrapBrackets(text).replace(/[（(〔[][^）)〕\]]*[）)〕\]]/g, ''));

/** The item number a 序号 cell gives ("3", "3.", "（三）", "第3项"). */
function itemNumber(seq: string | undefined): number | null {
  if (!seq) return null;
  const m = /([0-9０-９]+|[一二三四五六七八九十百〇零两]+)/.exec(seq);
  return m ? parseChineseInteger(m[1]) : null;
}

/** A remark a row's cells or a heading makes for the rows after it. */
interface Shared {
  readonly mode: 'replace' | 'add';
  readonly units: string;
  readonly words: string;
  readonly row: number;
  readonly cell: string;
}

function sharedRemark(text: string, row: number, cell: string): Shared | null {
  if (!text.includes('以下')) return null;
  const lead = SHARED_LEAD.exec(text);
  if (lead && !NOT_DEFINITE.test(lead[1])) return { mode: 'replace', units: lead[1].trim(), words: lead[0], row, cell };
  const also = SHARED_ALSO.exec(text);
  if (also && !NOT_DEFINITE.test(also[1])) return { mode: 'add', units: also[1].trim(), words: also[0], row, cell };
  return null;
}

/** "A、B" and "C" joined as one units text ("A、B，C"): each part keeps its own clause. */
const joined = (a: string, b: string) => (a === '' ? b : b === '' ? a : `${unwrapBrackets(a)}，${unwrapBrackets(b)}`);
/** A level-one heading ("二、…"): it ends what a remark under the heading before said. */
const LEVEL_ONE = /^\s*[一二三四五六七八九十]+\s*[、.．]/;

/**
 * Reads one units column down the table as the clerk does: 同上 is the units of the row above (in this column), 同上
 * with more units is both, 同第N项 is that item's, a cell saying 下同 holds for the blank cells below until another is
 * written, and "以下各项均由X牵头" (in a cell, a 备注 or a heading row) gives X to the blank cells after it
 * ("以下任务均涉及X" adds X to each). Never silent: each carried row says where from, a 同上 naming nothing says so.
 * `remarks` are the rows between the task rows (headings, notes), for the lead column only.
 */
export function carryUnitCells(cells: readonly UnitCellIn[], remarks: readonly RemarkRow[] = []): CarriedUnits[] {
  const out: CarriedUnits[] = [];
  if (!cells.some((c) => MAY_CARRY.test(c.text) || (c.note !== undefined && MAY_CARRY.test(c.note))) && !remarks.some((r) => r.text.includes('以下'))) {
    return cells.map((c) => ({ text: c.text }));
  }
  // each row's own units (its remark cut off), as the rows below read them
  const own: string[] = [];
  const byItem = new Map<number, number>();
  let sameBelow: { units: string; row: number; cell: string } | null = null;
  let shared: Shared | null = null;
  let remark = 0;
  const sortedRemarks = [...remarks].sort((a, b) => a.row - b.row);
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    while (remark < sortedRemarks.length && sortedRemarks[remark].row < c.row) {
      const r = sortedRemarks[remark++];
      const found = sharedRemark(r.text, r.row, r.cell);
      if (found) {
        shared = found;
        sameBelow = null;
      } else if (LEVEL_ONE.test(r.text)) shared = null;
    }
    const text = c.text.trim();
    // a merged cell read by several rows: the first row's reading holds for the others
    if (i > 0 && c.cell === cells[i - 1].cell && text === cells[i - 1].text.trim()) {
      out.push(out[i - 1]);
      own.push(own[i - 1]);
      continue;
    }
    let result: CarriedUnits = { text: c.text };
    const above = SAME_ABOVE.exec(text);
    const item = above ? null : SAME_AS_ITEM.exec(text);
    if (above || item) {
      const m = (above ?? item)!;
      const rest = text.slice(m[0].length).replace(/[）)]\s*$/, '').trim();
      const words = m[0].replace(/[，,、；;。.\s]+$/, '').trim();
      let source = -1;
      if (above) source = i - 1;
      else {
        const n = parseChineseInteger(item![1] ?? item![2] ?? item![3]);
        const hasSeq = cells.some((x) => itemNumber(x.seq) !== null);
        source = n === null ? -1 : hasSeq ? (byItem.get(n) ?? -1) : n - 1 < i ? n - 1 : -1;
      }
      const units = source >= 0 ? own[source] : '';
      if (units.trim() === '') {
        result = rest === '' ? { text: '', unresolved: words } : { text: rest, unresolved: words };
        own.push(rest);
      } else {
        const from = { row: cells[source].row + 1, cell: cells[source].cell, words, mode: 'replace' as const, units: units };
        result = { text: joined(units, rest), from };
        own.push(joined(units, rest));
      }
    } else if (text === '' && sameBelow) {
      result = { text: sameBelow.units, from: { row: sameBelow.row + 1, cell: sameBelow.cell, words: '下同', mode: 'replace', units: sameBelow.units } };
      own.push(sameBelow.units);
    } else if (text === '' && shared?.mode === 'replace') {
      result = { text: shared.units, from: { row: shared.row + 1, cell: shared.cell, words: shared.words, mode: 'replace', units: shared.units } };
      own.push(shared.units);
    } else {
      const ownText = MAY_CARRY.test(text) ? unitsBeforeRemark(text) : text;
      if (text !== '' && shared?.mode === 'add' && !ownText.includes(shared.units)) {
        result = { text: joined(c.text, shared.units), from: { row: shared.row + 1, cell: shared.cell, words: shared.words, mode: 'add', units: shared.units } };
        own.push(joined(ownText, shared.units));
      } else own.push(ownText);
      if (text !== '') sameBelow = null;
    }
    // this row's remarks, for the rows after it
    const remarkText = `${text}${c.note ? `；${c.note}` : ''}`;
    if (MAY_CARRY.test(remarkText)) {
      if ((saysSameBelow(text) || (c.note !== undefined && /^\s*下同/.test(c.note))) && !SAME_ABOVE.test(text)) {
        const units = own[own.length - 1];
        if (units.trim() !== '') sameBelow = { units, row: c.row, cell: c.cell };
      }
      const found = sharedRemark(remarkText, c.row, c.cell);
      if (found) shared = found;
    }
    const n = itemNumber(c.seq);
    if (n !== null && !byItem.has(n)) byItem.set(n, i);
    out.push(result);
  }
  return out;
}
