// The units a measure names: "(责任单位:…)", "【责任单位:…】", "牵头单位：…" lines, "由…牵头/负责/组织" and "…配合" in prose.
import { GROUPISH, UNIT_END } from '../units/unit-lists';
import { splitUnits } from '../units/units';
import { splitUnitRoles } from '../units/unit-roles';
import { toSimplified } from '../sheets/traditional';
import { findDeadline } from './phrases';

export interface UnitMentionSpan {
  /** Start and end (exclusive) in the paragraph, brackets included. */
  readonly start: number;
  readonly end: number;
  readonly lead: string[];
  readonly coop: string[];
  /** The time written with the units ("…；完成时限：2023年6月底前", "…，3月底前完成"), as written; the measure's time limit. */
  readonly time?: string;
  /** The list closes with 下同 ("（牵头单位：县文旅局，配合单位：各乡镇，下同）"): the units are those of the measures after it too. */
  readonly downward?: boolean;
}

// 牵头责任单位 / 协同责任单位 (安徽 2022's 重点工作及责任分解) before 责任单位, so the longer label is read whole;
// 部门分工 holds prose ("部门分工:省发展改革委牵头,各地、各部门配合。", 广东 2021's 分工方案)
// 负责单位 leads like 责任单位, 参演单位 (the team that performs) takes part (a 镇's 春节 activities: "3、负责单位:汤口社区")
// a 街道's or a 局's plan for its own sections labels them 责任科室 / 牵头科室 / 配合科室 (五马街道's 2010 元旦春节 plan:
// "(责任科室:市容科、经济科)"); 处室 and 股室 likewise
/** What a units label names: 单位, 部门, or an office's own sections (科室, 处室, 股室). */
export const OFFICE_WORD = '(?:单位|部门|科室|处室|股室)';
const LABEL_WORDS =
  '牵头责任单位|协同责任单位|牵头单位|牵头部门|牵头科室|牵头处室|主责单位|责任单位|责任部门|责任科室|责任处室|责任股室|负责单位|负责部门|负责科室|配合单位|配合部门|配合科室|配合处室|协同单位|协同部门|协办单位|参与单位|参加单位|参演单位|参赛单位|组织单位|主办单位|承办单位|部门分工|责任分工';
const LABEL = new RegExp(`(${LABEL_WORDS})\\s*[:：]`, 'g');
/** A label written in 【】 instead of with a colon: "【牵头单位】市委宣传部【配合单位】市发改委". */
const BRACKETED_LABEL = new RegExp(`【(${LABEL_WORDS})】`, 'g');

/** The text with each 【label】 written "label：" and a space (the same length, so spans still fit the original). */
function colonLabels(original: string, plain: string): { original: string; plain: string } {
  let o = original;
  let p = plain;
  for (const m of plain.matchAll(BRACKETED_LABEL)) {
    const written = `${m[1]}：　`;
    o = o.slice(0, m.index!) + written + o.slice(m.index! + written.length);
    p = p.slice(0, m.index!) + written + p.slice(m.index! + written.length);
  }
  return { original: o, plain: p };
}
const LEAD_LABELS = /^(?:牵头|主责)/;
const COOP_LABELS = /^(?:配合|协同|协办|参与|参加|参演|参赛)/;
/** A label whose list is written as prose: "X牵头,Y配合". */
const DIVISION_LABEL = /分工$/;
const INNER = '(?:[^()（）]|[(（][^()（）]*[)）])';
// full-width 【责任单位:…】 too (济源 2022), and the 公文's 〔责任单位：…〕 (四川 2022's 流通体系 plan)
const BRACKET = new RegExp(`(?:[(（](${INNER}*?${OFFICE_WORD}\\s*[:：]${INNER}*)[)）]|【(${INNER}*?${OFFICE_WORD}\\s*[:：][^【】]*)】|〔(${INNER}*?${OFFICE_WORD}\\s*[:：][^〔〕]*)〕)`, 'g');
/** A line naming units, numbered as an activity's field or not: "责任单位:…", "3.组织单位:…". */
const LINE = new RegExp(`^(?:\\d{1,2}\\s*[.．、]\\s*)?(?:${LABEL_WORDS.replace('|主责单位', '').replace('|参与单位|参加单位', '')}|协办部门)\\s*[:：]`);

/** A field for who does it left blank, a form to fill in: "责任人:", "责任单位：" with nothing after (乌苏市环保局's 环境日 plan). */
const BLANK_DOER = new RegExp(`^(?:责任人|负责人|联系人|(?:${LABEL_WORDS}))\\s*[:：][\\s\u3000_＿]*$`);

/** Whether a paragraph (simplified) is a field naming who does the work, left blank. */
export function isBlankDoerField(plain: string): boolean {
  return BLANK_DOER.test(plain.trim());
}

/** Whether a paragraph (simplified) is a line naming units: "牵头单位:…", "协办单位:…". */
export function isUnitsLine(plain: string): boolean {
  return LINE.test(plain);
}
/** Units written as the paragraph's last sentence, without brackets: "…简报。责任部门:成员单位、县民生办。" */
const TAIL = new RegExp(`(?:^|[。；;！!])\\s*((?:牵头|责任|配合)${OFFICE_WORD}\\s*[:：][^。]*)。?\\s*$`);

/**
 * Names of one list as written: split on 、，; etc. (never inside brackets), 等/等部门 trimmed. The list is split as
 * simplified text (so "縣安委辦及安委會成員單位" splits at 及 like its simplified form), each name given back as written.
 */
export function unitNames(list: string): string[] {
  const plainList = toSimplified(list).replace(/[。.]+$/, '');
  let from = 0;
  const names = splitUnits(plainList)
    .map((n) => n.replace(/^(?:和|及|以及)/, '').replace(/等(?:相关|有关)?(?:部门|单位|部门单位)?$/, '').trim())
    .filter((n) => n.length > 0);
  // "县有关部门和单位" is one group: a bare 单位/部门 after 和 is no unit of its own
  for (let i = names.length - 1; i > 0; i--) {
    const joined = `${names[i - 1]}和${names[i]}`;
    if (/^(?:单位|部门)$/.test(names[i]) && plainList.includes(joined)) names.splice(i - 1, 2, joined);
  }
  // "书法、美术协会": a short word that is no unit before a name sharing its ending is one name written short (书法协会 and
  // 美术协会), kept whole as written — never "书法" as a unit of its own
  for (let i = names.length - 2; i >= 0; i--) {
    const joined = `${names[i]}、${names[i + 1]}`;
    if (names[i].length <= 3 && !UNIT_END.test(names[i]) && !GROUPISH.test(names[i]) && SHARED_ENDING.test(names[i + 1]) && plainList.includes(joined)) names.splice(i, 2, joined);
  }
  return names
    .map((n) => {
      const at = plainList.indexOf(n, from);
      if (at < 0) return n;
      from = at + n.length;
      return list.slice(at, at + n.length);
    });
}

/** Endings a list writes once for two names ("书法、美术协会", "教育、卫健部门"); never 单位 ("学校、企事业单位" are two). */
const SHARED_ENDING = /(?:协会|学会|研究会|部门)$/;

/** The words that label a time field ("完成时限：", "实施时间：", "时间安排："): one home for the plan readers. */
export const TIME_LABEL_WORDS = '(?:(?:完成|办结|截止|实施)?(?:时限|时间|期限|时间节点)|时间安排|时限要求)';
/** A time given beside the units in the same brackets: "；完成时限：…", "，完成时间：…", "时间节点：…". */
const TIME_LABEL = new RegExp(`^${TIME_LABEL_WORDS}$`);
/** Another field after a list of units ("；完成时限：…", " 责任人：张明", "；牵头领导：…"): units never hold a colon. */
const FIELD = /[,，;；、\s\u3000]*([\u4e00-\u9fff]{1,6})\s*[:：]/;
/**
 * A person's field written with a semicolon for its colon: "（责任单位：拆违控违办、各村、社区;责任人;xx）" (a 镇's 2021 创文
 * plan). Read as "责任人：" so that the list ends there: a person and a name left as xx are no units.
 */
const PERSON_FIELD_SEMI = /([,，;；、\s\u3000])(责任人|联系人|负责人|责任领导|分管领导|牵头领导|包保领导)\s*[;；]/g;
/** An aside in brackets holding a field ("市委宣传部（联系人：张明）"): a note on the unit, not part of its name. */
const FIELD_ASIDE = /[（(][^（()）]*[:：][^（()）]*[)）]/g;
/** A list marking its units' roles in brackets: "市委宣传部（牵头）、市发改委". */
const ROLE_MARK = /[（(]\s*(?:牵头|主责|配合|协办|参与)\s*[)）]/;

/** 下同 closing a list: "…，各乡镇，下同", "…（下同）". */
const DOWNWARD = /[,，;；、\s]*[(（]?下同[)）]?\s*$/;

/** The words closing a list that say each unit does its own part: "按职责分工负责", "分别负责", "各负其责". */
const OWN_PARTS = /(?:按(?:照)?(?:职责|职能)(?:分工)?|分别|共同)负责$|各负其责$|分别牵头$/;
/**
 * A note in brackets closing a list, a sentence rather than part of a name ("…、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或
 * 汇总单位,下同)", 丽水 2023): it has a comma or says 下同. Names keep their short brackets (各县(市、区)政府, 各村(居)民委).
 */
const NOTE_ASIDE = /[（(][^（()）]*(?:[，,。；;]|下同)[^（()）]*[)）]\s*$/;

/**
 * The plan's own rule that the unit listed first leads (丽水 2023: "列第一位为牵头或汇总单位"; also "排在第一位的为牵头单位",
 * "第一个单位为牵头单位").
 */
const FIRST_LISTED_LEADS = /(?:列|排)(?:在|名)?(?:第一位|首位|第一个|第一|最前)(?:的)?(?:单位|部门)?(?:为|是)牵头|第一(?:个|家)?(?:单位|部门)(?:为|是)牵头/;

/** Whether a plan says the unit listed first in a list of 责任单位 leads. */
export function firstListedLeads(plainText: string): boolean {
  return FIRST_LISTED_LEADS.test(plainText);
}

/**
 * Under that rule, a list of leads read from a 责任单位 line: its first unit leads, the others cooperate, unless the list says its
 * units lead each their own part ("…分别牵头").
 */
export function firstOfListLeads(lead: string[], coop: string[], plain: string): { lead: string[]; coop: string[] } {
  // (the rule's own words quote it: 除标注“分别牵头”外)
  return lead.length > 1 && !/分别牵头/.test(plain.replace(/[“"][^”"]*[”"]/g, '')) ? { lead: lead.slice(0, 1), coop: [...lead.slice(1), ...coop] } : { lead, coop };
}

/** A name of a list that is the time the units are to finish by ("2023年3月底前完成", "每季度第二个月"), not a unit. */
function isTime(name: string): boolean {
  const found = findDeadline(toSimplified(name));
  return found !== null && found.start === 0 && found.text.length >= name.replace(/(?:完成|办结|前)$/, '').length - 2;
}

/** Labelled lists inside `original` (read on `plain`): lead and coop by the plan's own labels, and a time written with them. */
function labelled(original: string, plain: string): { lead: string[]; coop: string[]; time?: string; downward?: boolean } {
  const marks: { label: string; from: number; to: number }[] = [];
  for (const m of plain.matchAll(LABEL)) marks.push({ label: m[1], from: m.index!, to: m.index! + m[0].length });
  const hasLead = marks.some((m) => LEAD_LABELS.test(m.label));
  const lead: string[] = [];
  const coop: string[] = [];
  let time: string | undefined;
  let downward = false;
  marks.forEach((m, i) => {
    // a list ends at its sentence's end: "参加单位:县安监局、…公司。各乡镇自行设定…" names no unit after 。
    let list = original.slice(m.to, i + 1 < marks.length ? marks[i + 1].from : original.length).split(/[。]/)[0].replace(FIELD_ASIDE, '').replace(PERSON_FIELD_SEMI, '$1$2：');
    // and at another field written after it: a time ("牵头单位：市委宣传部；完成时限：2023年6月底前") is the measure's
    const field = FIELD.exec(toSimplified(list));
    if (field) {
      if (TIME_LABEL.test(field[1])) time ??= list.slice(field.index + field[0].length).split(FIELD)[0].replace(/[,，;；\s]+$/, '') || undefined;
      list = list.slice(0, field.index);
    }
    // "…、省大数据中心按职责分工负责": how the listed units share the work, not part of the last name
    list = list.replace(/[,，;；\s]+$/, '').replace(NOTE_ASIDE, '').replace(OWN_PARTS, '');
    // "…，各乡镇，下同": the units hold for the measures below too — a note, never a unit called 下同
    if (DOWNWARD.test(toSimplified(list))) {
      downward = true;
      list = list.replace(DOWNWARD, '');
    }
    const isLead = LEAD_LABELS.test(m.label) || (!hasLead && !COOP_LABELS.test(m.label));
    if (DIVISION_LABEL.test(m.label)) {
      // "部门分工:省财政厅牵头,各地、各部门配合": the prose says who leads and who cooperates
      const prose = proseUnits(toSimplified(list));
      lead.push(...prose.lead);
      coop.push(...prose.coop);
      return;
    }
    if (ROLE_MARK.test(toSimplified(list))) {
      // "责任单位：市委宣传部（牵头）、市发改委": the marked one leads, the others cooperate
      const roles = splitUnitRoles(toSimplified(list), isLead ? 'lead' : 'coop');
      lead.push(...roles.lead);
      coop.push(...roles.coop);
      return;
    }
    // a name cut to one character by a copy ("责任单位:市") is none
    const names = unitNames(list).filter((n) => toSimplified(n).replace(/[\s\u3000]/g, '').length >= 2);
    // "责任单位：市发改委，2023年3月底前完成": the time closing the list is no unit
    // (popped whatever: "time ??= names.pop()" would not pop once a list before gave the time, and loop for ever —
    // "（牵头单位：市文明办，2026年6月底前；配合单位：各县区，持续推进）" hung the import)
    while (names.length > 1 && isTime(names[names.length - 1])) {
      const closing = names.pop();
      time ??= closing;
    }
    if (isLead) lead.push(...names);
    else coop.push(...names);
  });
  return { lead, coop, ...(time ? { time } : {}), ...(downward ? { downward } : {}) };
}

/** A paragraph that only names who leads the paragraph before it: "市发改委牵头落实", "市金融办、人民银行…分别牵头落实". */
const LEADS_LINE = /^([^，,。；;：:()（）]{2,80}?)(?:分别)?(?:牵头落实|牵头负责|负责落实|牵头)[。.]?$/;

/** The lead units of a paragraph that is only a "…牵头落实" line; null otherwise. */
export function leadsLine(original: string, plain: string): string[] | null {
  const m = LEADS_LINE.exec(plain);
  return m ? unitNames(original.slice(0, m[1].length)) : null;
}

/** A bracket holds units when it labels a role: (责任单位:…), (牵头部门:…), (责任科室:…). */
const ROLE_LABEL = new RegExp(`(?:牵头|主责|责任|配合|协办|参与|参加|组织|主办|承办)${OFFICE_WORD}`);

/** Every units bracket of a paragraph, and a "牵头单位：…" line read as one. */
export function unitSpans(writtenOriginal: string, writtenPlain: string): UnitMentionSpan[] {
  const { original, plain } = colonLabels(writtenOriginal, writtenPlain);
  const out: UnitMentionSpan[] = [];
  for (const m of plain.matchAll(BRACKET)) {
    const start = m.index!;
    const end = start + m[0].length;
    if (!ROLE_LABEL.test(m[1] ?? m[2] ?? m[3])) continue;
    out.push({ start, end, ...labelled(original.slice(start + 1, end - 1), plain.slice(start + 1, end - 1)) });
  }
  const leads = out.length === 0 ? leadsLine(original, plain) : null;
  if (leads) out.push({ start: 0, end: plain.length, lead: leads, coop: [] });
  else if (LINE.test(plain)) {
    // the line's own list, up to a units bracket it also carries ("组织单位:…。(…参加单位:…)")
    const end = out.length ? Math.min(...out.map((s) => s.start)) : plain.length;
    out.unshift({ start: 0, end, ...labelled(original.slice(0, end), plain.slice(0, end)) });
  } else if (out.length === 0) {
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
/** A sentence whose subject is in charge: "办公室和生态办负责…", "法规科负责…", a duty list's "教育局:负责…", "“三防办”:负责…" (负责人/负责同志 are people). */
const IN_CHARGE = /(?:^|[。；;])\s*[“"]?([^，,。；;：:“”"()（）]{2,30}?)[”"]?(?:\s*[:：]\s*)?负责(?!人|同志)/g;
/**
 * A clause whose subject cooperates or takes part: "…由县委宣传部牵头，各乡镇配合", "县安监局配合在…", "…各成员单位及相关企业参加"
 * (配合单位: is a label, read elsewhere); next to a lead, "X牵头,Y按职责分工负责" (each does its part under the lead).
 */
const COOPERATES = /(?:^|[，,。；;(（])\s*(?!组织|邀请|动员|请|要求|督促|号召|鼓励|引导|发动)([^，,。；;：:“”"()（）]{2,30}?)(?:(?:积极|主动|协助|共同)?(?:配合|参加|参与)(?!单位|部门)|按职责(?:分工)?负责|按职能(?:分工)?负责|分工负责)/g;
/** A clause whose subject leads: "县安委办、县安监局牵头,会同…", "由县科委牵头". */
// a clause describing a way of working is no lead: "形成政府牵头、部门其责、全民动手…的良好局面" (大足's 绿化 plan)
const LEADS = /(?:^|[，,。；;(（])\s*由?(?!组织|邀请|动员|请|要求|督促|形成|建立|构建|健全|完善|坚持|实行|推行)([^，,。；;：:“”"()（）]{2,30}?)(?:分别)?(?:负责)?牵头(?!单位|部门)/g;

/** Whom the one in charge brings in, called units by the plan itself: "负责协调中国移动、中国电信、中国联通等单位利用…". */
// and those listed right after the lead: "由县委宣传部牵头,县纪委监委、文旅局…文联及各乡镇(街道)等单位,组织开展…" (a 2026 春节 plan)
const BROUGHT_IN = /(?:协调|组织|会同|联合|督促|牵头[，,])((?:[^，,。；;：:“”"()（）]|[(（][^，,。；;()（）]{1,8}[)）]){2,120}?)等(?:有关|相关)?(?:单位|部门)/g;

/** Units a paragraph's clauses name as cooperating ("各乡镇配合"; only names that end as units do) or bring in as "…等单位". */
export function proseCoop(plain: string): string[] {
  const named = [...plain.matchAll(COOPERATES)].flatMap((m) => {
    const own = namedUnits(m[1], true);
    return own.length ? [...listsBefore(plain, m.index! + m[0].indexOf(m[1])), ...own] : own;
  });
  const brought = [...plain.matchAll(BROUGHT_IN)].flatMap((m) => namedUnits(m[1], false));
  return [...new Set([...named, ...brought])];
}

/**
 * The lists of units written just before a cooperating clause, parted from it by commas: in "(区发改局牵头,区财政局、区交运局等部门,
 * 区国投公司、各街道办事处配合)" both lists cooperate (官渡 2016). Each clause must be units only; one saying anything else
 * (区发改局牵头) ends the walk.
 */
function listsBefore(plain: string, at: number): string[] {
  const out: string[] = [];
  let end = at;
  while (end > 0 && /[，,]/.test(plain[end - 1])) {
    const start = Math.max(...['，', ',', '。', '；', ';', '(', '（', '：', ':'].map((c) => plain.lastIndexOf(c, end - 2))) + 1;
    const names = namedUnits(plain.slice(start, end - 1).trim(), true);
    if (names.length === 0) break;
    out.unshift(...names);
    end = start;
  }
  return out;
}

/** A 牵头 clause whose subject is the 由X of the clause before: "由县安委办制定方案,牵头组织开展…". */
const LEADS_AFTER = /由([^，,。；;：:“”"()（）]{2,30}?)(?:制定|研究|起草|拟定|统筹|召集|会同)[^，,。；;：:]{0,20}[，,]\s*(?:并|负责)?牵头(?!单位|部门)/g;

/** Units a paragraph's clauses name as leading ("X、Y牵头", "由X制定方案,牵头…"): only names that end as units do. */
export function proseLeads(plain: string): string[] {
  const found = [...plain.matchAll(LEADS), ...plain.matchAll(LEADS_AFTER)].flatMap((m) => namedUnits(m[1], true));
  return [...new Set(found)];
}
/** "一个党委", "每个村": a count of units, not the name of one. */
const COUNTED = /^(?:[一两二三四五六七八九十每]|[0-9])个/;

/** Names of `list` (simplified: read as the rules read, shown simplified like every unit name), kept only when each is a unit or a group, not a person. */
function namedUnits(list: string, strict: boolean): string[] {
  const names = unitNames(list).filter((n) => !PERSON.test(n));
  if (!strict) return names;
  // enterprises take part as units do ("相关企业", "各重点企业"); 各地 is every locality's government ("各地、各部门配合")
  return names.every((n) => (UNIT_END.test(n) || /企业$/.test(n) || /^各地(?:区)?$/.test(n)) && !COUNTED.test(n)) ? names : [];
}

/**
 * Units a paragraph names in prose rather than under a label. Of the "由X…" phrases the one with the
 * strongest verb (牵头, then 负责, then 组织; the first on a tie) leads and the others cooperate, with the units
 * a 由X组织 brings in and those of "…配合" clauses; without any, the subjects of "…负责" sentences all lead.
 */
export function proseUnits(plain: string): { lead: string[]; coop: string[] } {
  const found: { names: string[]; strength: number; end: number }[] = [];
  for (const m of plain.matchAll(BY_UNIT)) {
    const from = m.index! + 1;
    // 牵头 is read as before, whatever the name looks like; 负责/组织 only when it is a unit
    const names = namedUnits(plain.slice(from, from + m[1].length), STRENGTH[m[2]] < 3);
    if (names.length) found.push({ names, strength: STRENGTH[m[2]], end: m.index! + m[0].length });
  }
  if (found.length === 0) {
    // "(市场监管分局牵头,各有关单位配合)": clauses without 由
    const leads = proseLeads(plain);
    if (leads.length) return { lead: leads, coop: proseCoop(plain).filter((n) => !leads.includes(n)) };
  }
  if (found.length) {
    const lead = found.reduce((best, f) => (f.strength > best.strength ? f : best));
    const coop = found.filter((f) => f !== lead).flatMap((f) => f.names);
    for (const f of found) {
      if (!/组织$/.test(plain.slice(0, f.end))) continue;
      const by = ORGANISED.exec(plain.slice(f.end));
      if (by) coop.push(...namedUnits(by[1], true));
    }
    coop.push(...proseCoop(plain));
    return { lead: lead.names, coop: [...new Set(coop)].filter((n) => !lead.names.includes(n)) };
  }
  const lead: string[] = [];
  for (const m of plain.matchAll(IN_CHARGE)) {
    lead.push(...namedUnits(m[1], true));
  }
  return { lead, coop: lead.length ? proseCoop(plain).filter((n) => !lead.includes(n)) : [] };
}

/** A person named where a unit is expected: 同志, or a post (书记, 局长, 成员…). */
const PERSON = /同志|(?:书记|局长|部长|县长|区长|市长|镇长|乡长|主任|组长|成员|领导)$/;
