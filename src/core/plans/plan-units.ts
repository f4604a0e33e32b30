// The units a measure names: "(责任单位:…)", "(牵头单位:…,责任单位:…)", "牵头单位：…" lines, "由…牵头/负责/组织" in prose.
import { UNIT_END } from '../units/unit-lists';
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

/** "由X牵头", "由X具体负责", "具体由X负责", "由X、Y联合组织": a unit named in prose as the one doing the work. */
const BY_UNIT = /由([^，,。；;：:()（）]{2,30}?)(?:具体|统一|联合|共同)?(牵头|负责牵头|负责|组织)/g;
/** How strongly each verb names the lead: 牵头 over 负责 over 组织. */
const STRENGTH: Readonly<Record<string, number>> = { 牵头: 3, 负责牵头: 3, 负责: 2, 组织: 1 };
/** Whom "由X统一组织" brings in, when they are units: "组织各党委、各单位在…布置展版". */
const ORGANISED = /^([^，,。；;：:()（）]{2,30}?)(?:在|参加|参与|开展|进行|共同)/;
/** A sentence whose subject is in charge: "办公室和生态办负责…", "法规科负责…" (负责人/负责同志 are people). */
const IN_CHARGE = /(?:^|[。；;])\s*([^，,。；;：:“”"()（）]{2,30}?)负责(?!人|同志)/g;
/** "一个党委", "每个村": a count of units, not the name of one. */
const COUNTED = /^(?:[一两二三四五六七八九十每]|[0-9])个/;

/** Names of `list` (simplified: read as the rules read, shown simplified like every unit name), kept only when each is a unit or a group, not a person. */
function namedUnits(list: string, strict: boolean): string[] {
  const names = unitNames(list).filter((n) => !PERSON.test(n));
  if (!strict) return names;
  return names.every((n) => UNIT_END.test(n) && !COUNTED.test(n)) ? names : [];
}

/**
 * Units a paragraph names in prose rather than under a label. Of the "由X…" phrases the one with the
 * strongest verb (牵头, then 负责, then 组织; the first on a tie) leads and the others cooperate, with the units
 * a 由X组织 brings in; without any, the subjects of "…负责" sentences all lead.
 */
export function proseUnits(plain: string): { lead: string[]; coop: string[] } {
  const found: { names: string[]; strength: number; end: number }[] = [];
  for (const m of plain.matchAll(BY_UNIT)) {
    const from = m.index! + 1;
    // 牵头 is read as before, whatever the name looks like; 负责/组织 only when it is a unit
    const names = namedUnits(plain.slice(from, from + m[1].length), STRENGTH[m[2]] < 3);
    if (names.length) found.push({ names, strength: STRENGTH[m[2]], end: m.index! + m[0].length });
  }
  if (found.length) {
    const lead = found.reduce((best, f) => (f.strength > best.strength ? f : best));
    const coop = found.filter((f) => f !== lead).flatMap((f) => f.names);
    for (const f of found) {
      if (!/组织$/.test(plain.slice(0, f.end))) continue;
      const by = ORGANISED.exec(plain.slice(f.end));
      if (by) coop.push(...namedUnits(by[1], true));
    }
    return { lead: lead.names, coop: coop.filter((n) => !lead.names.includes(n)) };
  }
  const lead: string[] = [];
  for (const m of plain.matchAll(IN_CHARGE)) {
    lead.push(...namedUnits(m[1], true));
  }
  return { lead, coop: [] };
}

/** A person named where a unit is expected: 同志, or a post (书记, 局长, 成员…). */
const PERSON = /同志|(?:书记|局长|部长|县长|区长|市长|镇长|乡长|主任|组长|成员|领导)$/;
