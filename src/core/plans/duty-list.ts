// A part of a plan that divides the work by unit in plain paragraphs ("四、任务分工" then "县公安局负责…", "县委宣传部负责…"): each paragraph one unit's task.
import type { Paragraph } from './outline';
import { clauseSubject } from './plan-subjects';
import { unitNames } from './plan-units';
import { toSimplified } from '../sheets/traditional';
import { UNIT_END } from '../units/unit-lists';

/** A top-level heading announcing the division of work: 任务分工, 职责分工, 责任分工, 工作分工, 分工及职责, 部门职责. */
const DIVISION_HEADING = /^(?:任务分工|职责分工|责任分工|工作分工|分工(?:及|与|和)?职责|部门职责|职责任务|任务分解)[。：:]?$/;
/** A sentence naming units without being one unit's duty ("…统一部署,县公安局具体推进,各乡镇和各县直单位落实。"). */
const NAMES_UNITS = /(?:^|[。，,；;：:])\s*(?:[县区市镇乡][^，,。；;：:]{0,14}?(?:局|办|委|部|院|中心|单位|部门|政府)|各(?:镇|乡镇|街道|部门|单位|村|县直|市直|区直))/;

/** A duty headed by its units and a colon: "县委宣传部：负责…", "各乡镇（街道）：结合实际开展…" (縣委宣傳部:要在… in a 防诈 plan). */
const HEAD = /^([^，,。；;：:“”"]{2,40})\s*[：:]\s*\S/;

/** The units a duty paragraph names before its colon (after its number: "2.派出所:…"), as written; null when the words before the colon are no units. */
export function dutyHead(p: Paragraph): string[] | null {
  const m = HEAD.exec(p.plain.slice(p.prefix));
  if (!m) return null;
  const names = unitNames(p.text.slice(p.prefix, p.prefix + m[1].length));
  return names.length > 0 && names.every((n) => UNIT_END.test(toSimplified(n).replace(/[(（][^()（）]*[)）]$/, '')) || /^各/.test(n)) ? names : null;
}

/** How a paragraph that is a whole sentence ends. */
const SENTENCE_END = /[。；;！!？?）)”]\s*$/;

export interface DutyPart {
  readonly heading: Paragraph;
  /** Paragraphs that open with the units doing them, each with the lines a PDF broke it into: one doubtful task each. */
  readonly duties: Paragraph[][];
  /** Other paragraphs of the part that name units (an overview of who does what): for the clerk to look at. */
  readonly others: Paragraph[];
}

/**
 * Parts headed 四、任务分工 (or the like) whose text is unnumbered paragraphs, at least two of them opening with units, as
 * subjects (旌德's 防范电信网络诈骗 plan) or before a colon ("县委宣传部：负责…"): each such paragraph is a task of those units. A part with numbered items under it is
 * read as items are, not here.
 */
export function dutyParts(paras: readonly Paragraph[]): DutyPart[] {
  const parts: DutyPart[] = [];
  paras.forEach((p, i) => {
    if (p.level !== 1 || !DIVISION_HEADING.test(p.plain.slice(p.prefix).trim())) return;
    const body: Paragraph[] = [];
    for (let k = i + 1; k < paras.length && paras[k].level === 0; k++) body.push(paras[k]);
    if (i + 1 + body.length < paras.length && paras[i + 1 + body.length].level > 1) return; // numbered items follow: not a list of paragraphs
    const duties: Paragraph[][] = [];
    const others: Paragraph[] = [];
    let open: Paragraph[] | null = null; // the duty the line before belongs to
    for (const q of body) {
      if (clauseSubject(q.plain) !== null || dutyHead(q) !== null) duties.push((open = [q]));
      // a duty broken at a line's end (a PDF's text): the line goes on with it
      else if (open && !SENTENCE_END.test(open[open.length - 1].plain)) open.push(q);
      else {
        open = null;
        if (NAMES_UNITS.test(q.plain)) others.push(q);
      }
    }
    if (duties.length < 2) return;
    parts.push({ heading: p, duties, others });
  });
  return parts;
}

/**
 * Puts each part's duties among `spans` (made by `make`) and takes them out of `outside`; returns the parts' other paragraphs
 * naming units, for the clerk. With `unitless` (the plan writes no units elsewhere: the paragraph test for units), numbered
 * spans naming none are the plan's outline ("1、宣传对象。全县广大人民群众。"): moved to `outside`.
 */
export function withDutyParts<S extends { paras: Paragraph[]; numbered: boolean }>(
  parts: readonly DutyPart[], spans: S[], outside: Paragraph[], unitless: ((p: Paragraph) => boolean) | null, make: (paras: Paragraph[], section: string) => S,
): Paragraph[] {
  const doubts: Paragraph[] = [];
  if (parts.length && unitless) {
    const outline = spans.filter((s) => s.numbered && !s.paras.some(unitless));
    spans.splice(0, spans.length, ...spans.filter((s) => !outline.includes(s)));
    outside.push(...outline.flatMap((s) => s.paras));
  }
  for (const part of parts) {
    const taken = new Set(spans.flatMap((s) => s.paras));
    for (const d of part.duties) if (!taken.has(d[0])) spans.push(make(d.filter((p) => !taken.has(p)), part.heading.text));
    doubts.push(...part.others.filter((p) => !taken.has(p)));
    const now = new Set(spans.flatMap((s) => s.paras));
    outside.splice(0, outside.length, ...outside.filter((p) => !now.has(p) && !doubts.includes(p)));
  }
  return doubts;
}


/** A heading over a division of the work by unit: "(二)具体分工", "五、任务分工", "人员分工". */
const UNIT_DIVISION = /(?:具体|任务|职责|责任|工作|人员)分工[。：:]?$/;
/** A name masked by a 范文 site ("__区卫计局", "xx县委宣传部"): read as the unit it stands for. */
const MASK = /^[_＿xX×*＊]+/;

/** A line that is only a unit's name, numbered or not ("1、市卫计委", "__区卫计局"): the unit the lines under it are the duties of. */
function unitHeadingLine(p: Paragraph): string | null {
  const body = p.plain.slice(p.prefix).replace(/[。：:]$/, '').trim();
  if (body.length < 2 || body.length > 20 || /[，,。；;、\s]/.test(body)) return null;
  return UNIT_END.test(body.replace(MASK, '')) && !/负责|牵头|配合/.test(body) ? p.text.slice(p.prefix).replace(/[。：:]$/, '').trim() : null;
}

export interface UnitHeadedPart {
  readonly heading: Paragraph;
  /** Each duty, with the unit its heading names. */
  readonly duties: { readonly unit: string; readonly paras: Paragraph[] }[];
  /** Every paragraph of the part under its heading, the units' headings included. */
  readonly body: Paragraph[];
}

/**
 * Parts headed as a division of the work whose items are units, each over its duties: "(二)具体分工" → "1、市卫计委" → "(1)基层卫生科
 * …负责…", "(2)…"; "2、市医改办" → "负责医改政策的…" (a 卫计委's 家庭医生 event). Each duty is a task of its own, doubtful (no units
 * written with it): led by its subject when it names one, else by the unit heading it.
 */
export function unitHeadedParts(paras: readonly Paragraph[]): UnitHeadedPart[] {
  const parts: UnitHeadedPart[] = [];
  paras.forEach((p, i) => {
    if (p.level === 0 || !UNIT_DIVISION.test(p.plain.slice(p.prefix).trim())) return;
    const body: Paragraph[] = [];
    for (let k = i + 1; k < paras.length && (paras[k].level === 0 || paras[k].level > p.level); k++) body.push(paras[k]);
    if (body.length === 0 || unitHeadingLine(body[0]) === null || body.filter((q) => unitHeadingLine(q) !== null).length < 2) return;
    const duties: { unit: string; paras: Paragraph[] }[] = [];
    let unit = '';
    let open: Paragraph[] | null = null;
    for (const q of body) {
      const named = unitHeadingLine(q);
      if (named !== null) {
        unit = named;
        open = null;
      } else if (open && q.level === 0 && !SENTENCE_END.test(open[open.length - 1].plain)) open.push(q);
      else duties.push({ unit, paras: (open = [q]) });
    }
    if (duties.length >= 2) parts.push({ heading: p, duties, body });
  });
  return parts;
}
