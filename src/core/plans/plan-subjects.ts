// Units named only as the subject of a sentence ("县融媒体中心开设…", "乡宣传办、综治办等要设立宣传台"): the doubtful leads of an item that writes no 责任单位.
import { Paragraph } from './outline';
import { unitNames } from './plan-units';
import { UNIT_END } from '../units/unit-lists';

/** A unit a sentence can start with: a county's, a town's or a group's (各村, 各有关部门, 各镇); a county left as a placeholder (x县, XX市) is still a county. */
/** A character of a name: no punctuation, and no adverb of when (省政府办公厅定期会对… is 省政府办公厅, then 定期会: no name ends in 定期会). */
const NAME_CHAR = '(?:(?!定期|适时|及时|随时|每[年季月周日天])[^，,。；;：:、“”"（）()])';
/** A short bracket inside a name: 各村(居)民委 (the village and the residents' committees), 各乡镇(街道). */
const NAME_PART = `(?:${NAME_CHAR}|[(（][^()（），,。；;]{1,4}[)）])`;
const FIRST_NAME = `(?:各[镇乡]|(?:[xX×*＊]{1,2}(?=[县区市镇乡]))?(?:[县区市镇乡州省]|各)${NAME_PART}{0,20}?(?:局|办|委|部|院|中心|单位|部门|政府|街道|台|社|团|会|所|站|企业|村|社区|乡镇|处室|科室|厅|办公室))`;
/** A further name of a list after the first (综治办, 派出所, 中心卫生院, 相关部门). */
const NEXT_NAME = `(?:单位|部门|${NAME_PART}{1,20}?(?:局|办|委|部|中心|单位|部门|政府|街道|台|社|团|会|所|站|院|队|企业|村|社区|处室|科室|厅|校|办公室))`;
/** The bodies a plan sets up (组委会, 领导小组办公室, 指挥部) act too. */
const BODY = '(?:活动|工作)?(?:组委会|领导小组(?:办公室)?|指挥部(?:办公室)?)';
/** What the subject then does; or how it goes about it ("各成员单位根据五经普宣传方案…制定…", a 普查 plan's stage). */
const VERB = '(?:要|负责|开设|开办|牵头|组织|制作|安排|开展|做好|会同|联合|将|每|推出|刊登|刊播|刊发|播出|发布|开辟|举办|对|召开|发表|分别|在|自行|结合|根据|按照|依据)';
/** A day the subject acts by, between it and the verb ("各处室、单位2月20日前将…"; a copy that lost the 月 too: "220日前"). */
const BY_DAY = '(?:于?\\d{1,2}月?\\d{1,2}日(?:前|之前)?)?';
/** A paragraph's opening subject; a dated schedule's item starts with its day ("3月5日,组委会召开…"). */
const SUBJECT = new RegExp(`^(?:\\d{1,2}月\\d{1,2}日(?:前|[至到]\\d{1,2}月\\d{1,2}日)?[，,]\\s*)?(${FIRST_NAME}|${BODY})${VERB}`);
/** A clause opening with a list of units ("乡宣传办、综治办、派出所等要…", "各村、相关部门要…", "各村(居)民委,镇直各单位要…"). */
const LIST_SUBJECT = new RegExp(`^((?:${FIRST_NAME})(?:[、和及,，]${NEXT_NAME})*)(?:等(?:相关|有关)?(?:单位|部门)?)?(?:请)?${BY_DAY}${VERB}`);
/** A list of two or more names the plan itself calls units ("工商所、农业服务中心、兽医站等部门选择在…"): no county or 各 needed. */
const GROUP_SUBJECT = new RegExp(`^(${NEXT_NAME}(?:[、和及]${NEXT_NAME})+)等(?:相关|有关)?(?:部门|单位)(?![的：:])`);
/** A role rather than a group of units: 各牵头单位, 各责任单位, 各配合部门 (whoever leads or helps each task). 各成员单位 is a group. */
const ROLE_GROUP = /^各(?:牵头|责任|配合|协办|协同)(?:单位|部门)$/;
const CLAUSE_END = /[。，,；;]/g;
/** Names of places, not units, though they end as 厅 does: 展示大厅, 展厅. */
const PLACE = /(?:大厅|展厅)$/;

/** The units a clause opens with, as a range of `clause` ("各村自行制作1幅…" → 各村); the clause may still carry its item number. */
export function clauseSubject(clause: string): { start: number; text: string } | null {
  const lead = /^\s*(?:[(（]?[一二三四五六七八九十]+[)）、]|[(（]?\d{1,2}[)）、.．])?\s*/.exec(clause)![0].length;
  const m = LIST_SUBJECT.exec(clause.slice(lead)) ?? SUBJECT.exec(clause.slice(lead));
  // "各牵头单位按照工作方案…" (五城联创's stages): a role, the units named per task elsewhere, never a lead of its own
  return m && !ROLE_GROUP.test(m[1]) ? { start: lead + m[0].indexOf(m[1]), text: m[1] } : null;
}

/** The list a clause of `plain` opens with, read by any of the subject rules: its range. */
function openingList(plain: string): { start: number; length: number } | null {
  const m = LIST_SUBJECT.exec(plain) ?? GROUP_SUBJECT.exec(plain);
  return m ? { start: m[0].indexOf(m[1]), length: m[1].length } : null;
}

/** The unit `p` starts with, after its number (`from`), as written. */
export function subjectOf(p: Paragraph, from = 0): string[] | null {
  const m = SUBJECT.exec(p.plain.slice(from));
  // a hall is where things happen ("省政协展示大厅将开设…专题展示"), not who does them
  if (!m || PLACE.test(m[1])) return null;
  const at = from + m[0].indexOf(m[1]);
  return unitNames(p.text.slice(at, at + m[1].length));
}

/**
 * The units an item names only as subjects, as written: the one it starts with and those opening any later clause
 * ("(二)乡政府在乡内制作…。各村自行制作…" → 乡政府, 各村; "…,届时…,乡宣传办、综治办等要设立宣传台" → 乡宣传办, 综治办); null when none.
 */
export function itemSubjects(p: Paragraph, from = 0): string[] | null {
  const names: string[] = (subjectOf(p, from) ?? []).filter((n) => !ROLE_GROUP.test(n));
  // a line below the item's title opens with its subjects too ("各村、学校、企事业单位…在单位门口悬挂…")
  const starts = [...(names.length === 0 ? [from] : []), ...[...p.plain.slice(from).matchAll(CLAUSE_END)].map((m) => from + m.index! + 1)];
  for (const at of starts) {
    const m = openingList(p.plain.slice(at));
    if (!m) continue;
    for (const n of unitNames(p.text.slice(at + m.start, at + m.start + m.length))) if (!names.includes(n) && !PLACE.test(n) && !ROLE_GROUP.test(n)) names.push(n);
  }
  return names.length ? names : null;
}

/** A unit's name and nothing else but a bracket (its day): "县教育局(7月7日)", "市民生办。" — a county's, a town's or a group's. */
const UNIT_HEADING = /^((?:[县区市镇乡州省]|各)[^，,。；;：:、()（）\s]{1,20})(?:[(（][^()（）]{1,20}[)）])?[。.]?$/;

/** The unit an item's line is, when the line is only its name (the item being that unit's work). */
export function unitHeading(p: Paragraph): string | null {
  const m = UNIT_HEADING.exec(p.plain.slice(p.prefix));
  return m && UNIT_END.test(m[1]) && !/平台$/.test(m[1]) && !EVENT_NAME.test(m[1]) ? p.text.slice(p.prefix, p.prefix + m[1].length) : null;
}

/**
 * An event's name, though it ends in 会 as 委员会 and 协会 do: "(十一)庆“6.5”文艺晚会:" (乌苏市环保局's 环境日 plan) heads an
 * activity, it names no one; a name in quotes (“6.5”) is an event's or a campaign's, never an office's.
 */
const EVENT_NAME = /(?:晚会|联欢会|茶话会|座谈会|运动会|报告会|发布会|演唱会|音乐会|展销会|博览会|交流会|推介会|见面会|研讨会|启动会|动员会|表彰会|培训会|推进会|庙会|灯会|大会)$|[“”"]/;

/**
 * An item that is only the names of units, its duties on the lines below ("6、南康庄村党支部、村委" over "负责提前至少10天…", "派至少
 * 10人…", a 送春联下乡 plan's division): those units, as written; null for any other item.
 */
export function unitsItem(p: Paragraph): string[] | null {
  const body = p.plain.slice(p.prefix).replace(/[。：:]$/, '').trim();
  if (body.length < 2 || body.length > 30 || /[，,。；;\s(（]/.test(body) || /负责|牵头|配合|工作|活动/.test(body)) return null;
  const names = body.split('、');
  return names.every((n) => n.length >= 2 && UNIT_END.test(n) && !/平台$/.test(n) && !EVENT_NAME.test(n)) ? p.text.slice(p.prefix).replace(/[。：:]$/, '').trim().split('、') : null;
}

/** The units an item names as the subjects of its sentences, its first line's and those of the lines below, as written; null when none. */
export function subjectsOf(paras: readonly Paragraph[], from: number): string[] | null {
  const names = paras.flatMap((p, i) => itemSubjects(p, i === 0 ? from : 0) ?? []);
  return names.length ? [...new Set(names)] : null;
}

/**
 * A heading that names who leads every item under it: "一、县示范区管委会牵头工作(8项)" (沁县 2025's 任务清单, grouped by
 * lead), "（二）县发改局负责的事项", "县财政局牵头任务". The units, as written, when each is a unit; null otherwise.
 */
const SECTION_LEAD = /^\s*(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）]|\d{1,2}[、.．])?\s*([^，,。；;：:()（）]{2,60}?)(?:牵头|负责|承办)(?:的|落实的)?(?:工作|事项|任务)(?:清单)?\s*(?:[(（][^()（）]{1,10}[)）])?[。：:]?\s*$/;
export function sectionLeads(section: string): string[] | null {
  const m = SECTION_LEAD.exec(section);
  if (!m) return null;
  const names = unitNames(m[1]);
  // "二、部门负责事项", "（三）牵头单位负责的工作" name no unit
  return names.length > 0 && names.every((n) => (UNIT_END.test(n) || /^各/.test(n)) && !/^(?:部门|单位|(?:牵头|责任|配合)(?:部门|单位))$/.test(n)) ? names : null;
}

