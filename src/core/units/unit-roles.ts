// Units cells as people write them: role phrases (牵头/配合, "由…牵头", "（牵头）"), 等部门 trimmed, vague references set apart.
import { toSimplified, withoutPinyin } from '../sheets/traditional';
import { splitUnits } from './units';

export type UnitRole = 'lead' | 'coop';

export interface UnitRoles {
  /** Unit names the cell makes lead / cooperating, as written (role words and 等部门 taken off, 繁體 characters simplified). */
  readonly lead: string[];
  readonly coop: string[];
  /** Vague references (相关部门, 各有关单位, 属地政府 …): not units. */
  readonly vague: string[];
}

/**
 * Role words after a name or in a label, with the role they give (examples from real tables):
 * "区发改局牵头" / "由区发改局牵头" / "综合科牵头负责" → lead; "区财政局、区住建局配合" / "各股室参与"
 * / "县财政局协助" → cooperating. A suffix gives its role to the names before it in the same clause
 * (up to the previous marked name); clauses are cut at ，；。 and new lines.
 */
const SUFFIX = /(?:分别|共同)?(?:牵头负责|牵头抓总|牵头落实|牵头|负总责|主责|主办|具体负责|负责落实|负责|配合落实|配合|参与|协助|协办|协同|共同推进|按(?:照)?职责分工负责|按(?:照)?职责分工落实|按(?:照)?职责分工|按(?:照)?职责负责|分工负责|抓好落实|具体落实|落实)$/;
const LEAD_SUFFIX = /牵头|负总责|主责|主办|负责$/;
/** Suffixes that give no role ("按职责分工", "按照职责分工负责", "分工负责", "抓好落实"): the name keeps the cell's role. */
const NEUTRAL_SUFFIX = /^(?:分别)?(?:按(?:照)?职责分工负责|按(?:照)?职责分工落实|按(?:照)?职责分工|按(?:照)?职责负责|分工负责|抓好落实|具体落实|落实)$/;
/** "县民政局（牵头）", "区财政局(配合)": the marked name only. */
const BRACKET_MARK = /[（(]\s*(牵头(?:单位|部门)?|主责|主办|配合(?:单位|部门)?|参与|协助|协办)\s*[）)]$/;
/** "牵头单位：…", "配合：…", "责任单位：…" at the start of a clause. */
const LABEL = /^(?:(牵头|主办|主责)|(配合|协办|协助|参与)|责任|承办|实施)(?:单位|部门|处室|科室)?\s*[:：]\s*/;
/** "等", "等部门", "等有关单位" after a name, anywhere in the cell. */
const ETC = /等(?:相关|有关|其他|其它)?(?:职能)?(?:部门|单位|乡镇|科室|股室|处室|成员单位)?$/;
/**
 * A remark closing the units, as a clause of its own: "下同" ("the same below"); "除专门列出外" / "以下任务均涉及…" /
 * "不再重复" (贵州 2026: the units every task below shares, not listed again). What follows is no unit.
 */
const SAME_BELOW = /^(?:下同[。.]?|除[^，,；;。]{0,12}外|以下(?:各项|各|所有)?(?:任务|工作|事项|措施)|不再(?:重复|列出|一一列出|另列))/;
/**
 * A role label inside a clause, after the names of another ("牵头单位：市商务局  责任单位：市编办、…", 西宁): it starts
 * a clause of its own, as if a ； were written before it.
 */
const INNER_LABEL = /([^，,；;。\n\r（(:：\s])\s*(?=(?:牵头|主办|主责|配合|协办|协助|参与|责任|承办|实施)(?:单位|部门|处室|科室)\s*[:：])/g;
/** "为牵头单位" / "为配合单位" after a name. */
const AS_ROLE = /为(牵头|配合|责任)(?:单位|部门)$/;

/**
 * References that name no definite set of units: 相关部门, 有关部门, 各有关单位, 相关单位, 有关科室,
 * 各相关部门, 相关乡镇, 区直相关部门, 属地政府, 市安委会有关成员单位, 有关产业园区 (绵竹 2025), 县各有关单位 (南陵 2024), and the governments or zone committees "concerned"
 * (相关县（市、区）政府, 相关管委会: which ones, the cell does not say). Groups that name a definite
 * set stay units: 各乡镇, 各镇（街道）, 各县区人民政府, 区直各单位, 各区政府.
 */
const VAGUE_BODY = '部门|单位|科室|股室|处室|乡镇|镇|街道|镇街|镇(?:街道)|县区|区县|企业|机构|方面|人员|部门单位|管委会|(?:产业)?园区|'
  + '(?:县|区|市|乡|镇|县区|区县|县市区|市县|乡镇)?(?:人民)?政府';
const VAGUE = new RegExp(
  `^(?:[\u4e00-\u9fff]{0,4}?(?:政府|直|级|委|委会|属)|[县市区省州乡镇旗]|各|其他|其它)?各?(?:相关|有关)(?:的)?(?:职能|责任|成员|业务)?(?:${VAGUE_BODY})*$`
  + '|^属地(?:政府|乡镇|街道|镇街|党委政府|党委、政府|部门|单位)?$',
);

/** Whether a name is a vague reference rather than a unit. */
export function isVagueReference(name: string): boolean {
  // levels listed with 、 ("相关市、县政府") are read as one run (相关市县政府)
  return VAGUE.test(name.replace(/[（(][^）)]*[）)]/g, '').replace(/[\s、]+/g, ''));
}

const ANY_MARK = /按职责|落实|牵头|配合|参与|协助|协办|协同|负责|主责|主办|负总责|共同|等|相关|有关|属地|由|[:：]/;
const CLAUSE_BREAK = new Set(['，', ',', '；', ';', '。', '\n', '\r']);

/** Cuts a cell at clause breaks outside brackets. */
function clauses(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '（' || ch === '(' || ch === '【' || ch === '[') depth++;
    else if ((ch === '）' || ch === ')' || ch === '】' || ch === ']') && depth > 0) depth--;
    if (depth === 0 && CLAUSE_BREAK.has(ch)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.filter((c) => c.trim() !== '');
}

interface Piece {
  name: string;
  role: UnitRole | null;
}

/**
 * A note that the first-listed unit leads: "（列第一位者为工作牵头单位或汇总单位，下同）", "排在首位的为牵头单位",
 * "第一个单位为牵头单位", "（第一责任单位为牵头单位，下同）" (厦门 2019). In a cell it holds for that cell (and, with 下同, the rows below); in a title or note row, for the table.
 */
export const FIRST_LISTED_LEADS = /(?:第一位|首位|第1位|第一个|第一(?:责任|承办|主办)?单位|排名第一|排在第一|排第一|最前)[^（()）]{0,12}牵头/;
const FIRST_LISTED_NOTE = /[（(][^（()）]*(?:第一位|首位|第1位|第一个|第一(?:责任|承办|主办)?单位|排名第一|排在第一|排第一|最前)[^（()）]*牵头[^（()）]*[)）]/g;

/**
 * Splits a units cell into lead and cooperating names; names with no role word take `defaultRole`.
 * With `firstLeads` (the table says the first-listed unit leads), a lead cell naming several units
 * without role words makes the first lead and the others cooperating.
 */
export function splitUnitRoles(written: string, defaultRole: UnitRole, firstLeads = false): UnitRoles {
  // a cell pasted from a 繁體 copy ("市行政審批…辦公室牽頭", "鎮(zhèn)人民政府"): its role words read, its names the registry's own
  const text = withoutPinyin(toSimplified(written));
  if (FIRST_LISTED_LEADS.test(text)) return firstListed(splitUnitRoles(text.replace(FIRST_LISTED_NOTE, ''), defaultRole));
  const read = splitRoles(text, defaultRole);
  return firstLeads && defaultRole === 'lead' ? firstListed(read) : read;
}

function firstListed(read: UnitRoles): UnitRoles {
  if (read.coop.length > 0 || read.lead.length < 2) return read;
  return { lead: read.lead.slice(0, 1), coop: read.lead.slice(1), vague: read.vague };
}

/**
 * A cell wrapped whole in one pair of brackets, as the units close a measure in the document
 * ("（牵头单位：市发改委、经贸委；配合单位：市科技局）", 广州 2007): the inside, so its clauses are read.
 */
export function unwrapBrackets(text: string): string {
  const t = text.trim();
  // round brackets, or square ones where the units hold round ones ("[牵头单位:县发改局(粮食局);责任单位:…]", 嘉鱼 2021)
  const close = BRACKET_PAIRS[t[0]];
  if (close === undefined || !t.endsWith(close)) return text;
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch in BRACKET_PAIRS) depth++;
    else if (CLOSING.has(ch)) {
      depth--;
      if (depth === 0 && i < t.length - 1) return text;
    }
  }
  return t.slice(1, -1);
}

/** The brackets a units cell may be wrapped in, each with its closing one. */
const BRACKET_PAIRS: Readonly<Record<string, string>> = { '（': '）', '(': ')', '[': ']', '［': '］', '【': '】', '〔': '〕' };
const CLOSING = new Set(Object.values(BRACKET_PAIRS));

/** Names that end as bodies do (局, 委, 办, 中心, 小组 …): what may follow 配合 for it to be a verb with an object. */
const BODY_END = /(?:局|委|办|部|室|科|股|所|站|院|中心|队|会|处|府|组|单位|部门|公司|集团|馆|社|行|司)$/;

/**
 * "各乡镇(街道)配合市文明办、经发中心、热线办" (章丘 2011): 配合 between names is a verb — those before it assist,
 * those after it lead. Only when every name after 配合 ends as a body; "配合做好…" and "…配合" read as before.
 */
function assistsClause(clause: string): { coop: string; lead: string } | null {
  const at = clause.indexOf('配合');
  if (at <= 0) return null;
  const before = clause.slice(0, at).trim();
  const after = clause.slice(at + 2).trim();
  if (before === '' || after === '' || LABEL.test(clause) || /^(?:单位|部门|落实)/.test(after)) return null;
  const names = splitUnits(after);
  return names.length > 0 && names.every((n) => BODY_END.test(n.replace(ETC, ''))) ? { coop: before, lead: after } : null;
}

function splitRoles(cell: string, defaultRole: UnitRole): UnitRoles {
  const text = unwrapBrackets(cell).replace(INNER_LABEL, '$1；');
  if (!ANY_MARK.test(text)) {
    const names = splitUnits(text);
    return defaultRole === 'lead' ? { lead: names, coop: [], vague: [] } : { lead: [], coop: names, vague: [] };
  }
  const pieces: Piece[] = [];
  const vague: string[] = [];
  let leadMarked = false;
  // a name marked 牵头 in this cell: a bare "负责" after it marks those responsible beside the lead ("市人社局牵头，市发改委、财政局…负责", 石家庄)
  let ledBy = false;
  const split: string[] = [];
  let assisted = false; // the names after "X配合" go on, on lines of their own, until a clause says something else
  for (const clause of clauses(text)) {
    const assists = assistsClause(clause.trim());
    const goesOn: boolean = !assists && assisted && !ANY_MARK.test(clause) && splitUnits(clause).every((n) => BODY_END.test(n));
    if (assists) split.push(`${assists.coop}配合`, `${assists.lead}牵头`);
    else if (goesOn) split.push(`${clause.trim()}牵头`);
    else split.push(clause);
    assisted = assists !== null || goesOn;
  }
  for (const clause of split) {
    let body = clause.trim();
    // "…按职责分工负责，下同。以下各项任务均涉及四市…，不再列出" (内蒙古 2023): 下同 closes the list, a remark follows
    if (SAME_BELOW.test(body)) break;
    let clauseRole: UnitRole | null = null;
    const label = LABEL.exec(body);
    if (label) {
      clauseRole = label[1] ? 'lead' : label[2] ? 'coop' : null;
      body = body.slice(label[0].length);
    }
    const pending: Piece[] = [];
    for (const raw of splitUnits(body)) {
      let name = raw.replace(/^由/, '');
      let role: UnitRole | null = clauseRole;
      let ownOnly = false;
      let respectively = false;
      const bracket = BRACKET_MARK.exec(name);
      if (bracket) {
        role = /^(?:牵头|主责|主办)/.test(bracket[1]) ? 'lead' : 'coop';
        name = name.slice(0, bracket.index);
        ownOnly = true;
      } else {
        const as = AS_ROLE.exec(name);
        const suffix = as ?? SUFFIX.exec(name);
        if (suffix) {
          respectively = suffix[0].startsWith('分别');
          if (as) role = as[1] === '配合' ? 'coop' : as[1] === '牵头' ? 'lead' : clauseRole;
          else if (ledBy && suffix[0] === '负责') role = clauseRole;
          else if (!NEUTRAL_SUFFIX.test(suffix[0])) role = /共同负责|负责落实/.test(suffix[0]) && !/牵头/.test(suffix[0]) ? (suffix[0].startsWith('共同') ? 'coop' : 'lead') : LEAD_SUFFIX.test(suffix[0]) ? 'lead' : 'coop';
          name = name.slice(0, suffix.index);
        }
      }
      name = name.replace(ETC, '').trim();
      if (role === 'lead') leadMarked = true;
      if (role === 'lead' && (label?.[1] === '牵头' || /牵头/.test(raw))) ledBy = true;
      if (name === '') continue;
      if (isVagueReference(name)) {
        vague.push(name);
        if (role && !ownOnly) for (const p of pending.splice(0)) p.role = role;
        continue;
      }
      const piece: Piece = { name, role };
      pieces.push(piece);
      // "分别牵头" takes in every unit listed before it without a role, on earlier lines too ("A\nB\nC分别牵头落实")
      if (role && respectively) for (const p of pieces) p.role ??= role;
      if (role && !ownOnly && clauseRole === null) for (const p of pending.splice(0)) p.role = role;
      else if (!role) pending.push(piece);
    }
  }
  const rest: UnitRole = leadMarked ? (defaultRole === 'lead' ? 'coop' : defaultRole) : defaultRole;
  const lead: string[] = [];
  const coop: string[] = [];
  for (const p of pieces) ((p.role ?? rest) === 'lead' ? lead : coop).push(p.name);
  return { lead, coop, vague };
}

/**
 * Units written inside a task's text, read when the unit columns are empty: "…（责任单位：区民生办、各镇）",
 * "…（牵头单位：县发改委；配合单位：县财政局）", "…。责任单位：县教体局".
 */
const IN_TEXT = /[（(]((?:牵头|责任|主办|承办|实施|落实)(?:单位|部门|处室|科室)\s*[:：][^（）()]+)[）)]|(?:^|[。；;，,\s])((?:牵头|责任|主办|承办|实施)(?:单位|部门)\s*[:：].+)$/;

export function unitsInTaskText(task: string): UnitRoles | null {
  const m = IN_TEXT.exec(task);
  if (!m) return null;
  const roles = splitUnitRoles(m[1] ?? m[2], 'lead');
  return roles.lead.length + roles.coop.length > 0 ? roles : null;
}
