// The units a measure names: "(责任单位:…)", "(牵头单位:…,责任单位:…)", "牵头单位：…" lines, "由…牵头".
import { splitUnits } from '../units/units';

export interface UnitMentionSpan {
  /** Start and end (exclusive) in the paragraph, brackets included. */
  readonly start: number;
  readonly end: number;
  readonly lead: string[];
  readonly coop: string[];
}

const LABEL = /(牵头单位|牵头部门|主责单位|责任单位|责任部门|配合单位|配合部门|协办单位|参与单位)\s*[:：]/g;
const LEAD_LABELS = /^(?:牵头|主责)/;
const COOP_LABELS = /^(?:配合|协办|参与)/;
const INNER = '(?:[^()（）]|[(（][^()（）]*[)）])';
const BRACKET = new RegExp(`[(（](${INNER}*?(?:单位|部门)\\s*[:：]${INNER}*)[)）]`, 'g');
const LINE = /^(?:牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门)\s*[:：]/;
/** Units written as the paragraph's last sentence, without brackets: "…简报。责任部门:成员单位、县民生办。" */
const TAIL = /(?:^|[。；;！!])\s*((?:牵头单位|牵头部门|责任单位|责任部门|配合单位|配合部门)\s*[:：][^。]*)。?\s*$/;
const LED_BY = /由([^，,。；;：:()（）]{2,30}?)(?:牵头|负责牵头)/;

/** Names of one list as written: split on 、，; etc. (never inside brackets), 等/等部门 trimmed. */
export function unitNames(list: string): string[] {
  return splitUnits(list.replace(/[。.]+$/, ''))
    .map((n) => n.replace(/^(?:和|及|以及)/, '').replace(/等(?:相关|有关)?(?:部门|单位|部门单位)?$/, '').trim())
    .filter((n) => n.length > 0);
}

/** Labelled lists inside `original` (read on `plain`): lead and coop by the plan's own labels. */
function labelled(original: string, plain: string): { lead: string[]; coop: string[] } {
  const marks: { label: string; from: number; to: number }[] = [];
  for (const m of plain.matchAll(LABEL)) marks.push({ label: m[1], from: m.index!, to: m.index! + m[0].length });
  const hasLead = marks.some((m) => LEAD_LABELS.test(m.label));
  const lead: string[] = [];
  const coop: string[] = [];
  marks.forEach((m, i) => {
    const list = original.slice(m.to, i + 1 < marks.length ? marks[i + 1].from : original.length).replace(/[,，;；\s]+$/, '');
    const names = unitNames(list);
    if (LEAD_LABELS.test(m.label) || (!hasLead && !COOP_LABELS.test(m.label))) lead.push(...names);
    else coop.push(...names);
  });
  return { lead, coop };
}

/** A paragraph that only names who leads the paragraph before it: "市发改委牵头落实", "市金融办、人民银行…分别牵头落实". */
const LEADS_LINE = /^([^，,。；;：:()（）]{2,80}?)(?:分别)?(?:牵头落实|牵头负责|负责落实|牵头)[。.]?$/;

/** The lead units of a paragraph that is only a "…牵头落实" line; null otherwise. */
export function leadsLine(original: string, plain: string): string[] | null {
  const m = LEADS_LINE.exec(plain);
  return m ? unitNames(original.slice(0, m[1].length)) : null;
}

/** Every units bracket of a paragraph, and a "牵头单位：…" line read as one. */
export function unitSpans(original: string, plain: string): UnitMentionSpan[] {
  const out: UnitMentionSpan[] = [];
  for (const m of plain.matchAll(BRACKET)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!/(?:牵头|主责|责任|配合|协办|参与)(?:单位|部门)/.test(m[1])) continue;
    out.push({ start, end, ...labelled(original.slice(start + 1, end - 1), plain.slice(start + 1, end - 1)) });
  }
  const leads = out.length === 0 ? leadsLine(original, plain) : null;
  if (leads) out.push({ start: 0, end: plain.length, lead: leads, coop: [] });
  else if (out.length === 0 && LINE.test(plain)) out.push({ start: 0, end: plain.length, ...labelled(original, plain) });
  else if (out.length === 0) {
    const tail = TAIL.exec(plain);
    if (tail) {
      const start = tail.index! + tail[0].indexOf(tail[1]);
      out.push({ start, end: plain.length, ...labelled(original.slice(start), plain.slice(start)) });
    }
  }
  return out;
}

/** "由区民生办牵头" → the lead named in the sentence, as written. */
export function ledBy(original: string, plain: string): string[] {
  const m = LED_BY.exec(plain);
  // "由局党组成员XX同志牵头": a person leads, not a unit
  return m ? unitNames(original.slice(m.index! + 1, m.index! + 1 + m[1].length)).filter((n) => !PERSON.test(n)) : [];
}

/** A person named where a unit is expected: 同志, or a post (书记, 局长, 成员…). */
const PERSON = /同志|(?:书记|局长|部长|县长|区长|市长|镇长|乡长|主任|组长|成员|领导)$/;
