// How one unit's name is written in full and short (中共六安市委宣传部 = 市委宣传部, 市发展和改革委员会 = 市发改委): the
// key two writings of one unit share, and when a near name is safe to suggest (never another level, place or body).

/** Prefixes a full name carries that tables leave off: the Party's, the State's, a central agency's. */
const ORG_PREFIXES = ['中国共产党', '中共', '中华人民共和国', '国家税务总局'];

/**
 * The usual short form of words in department names (national usage since the 2018 reform), a phrase before any inside it. Only
 * abbreviations are here, never renames: 市卫生计生委 is not 市卫健委 and 市工商局 is not 市市场监管局 — a renamed
 * unit is found through the registry's 别名 column.
 */
const WORD_SHORTS: readonly (readonly [string, string])[] = [
  ['人民代表大会常务委员会', '人大常委会'], ['纪律检查委员会', '纪委'], ['监察委员会', '监委'], ['机关工作委员会', '机关工委'],
  ['委员会办公室', '办'], ['机构编制', '编'],
  ['人力资源和社会保障', '人社'], ['人力资源社会保障', '人社'], ['公共资源交易监督管理', '公管'], ['国有资产监督管理', '国资'],
  ['网络安全和信息化', '网信'], ['粮食和物资储备', '粮储'], ['住房和城乡建设', '住建'], ['住房城乡建设', '住建'],
  ['自然资源和规划', '自然资源规划'], ['规划和自然资源', '自然资源规划'], ['文学艺术界联合会', '文联'], ['残疾人联合会', '残联'],
  ['妇女联合会', '妇联'], ['工商业联合会', '工商联'], ['科学技术协会', '科协'], ['发展和改革', '发改'], ['发展改革', '发改'],
  ['经济和信息化', '经信'], ['工业和信息化', '工信'], ['民族宗教事务', '民宗'], ['市场监督管理', '市场监管'],
  ['退役军人事务', '退役军人'], ['机关事务管理', '机关事务'], ['住房公积金管理', '住房公积金'], ['数据资源管理', '数据资源'],
  ['统一战线工作', '统战'], ['精神文明建设', '文明'], ['粮食和储备', '粮储'], ['供销合作社', '供销社'], ['文化和旅游', '文旅'],
  ['文化旅游', '文旅'], ['卫生健康', '卫健'], ['教育体育', '教体'], ['科学技术', '科技'], ['医疗保障', '医保'], ['应急管理', '应急'],
  ['城市管理', '城管'], ['交通运输', '交通'], ['人民防空', '人防'], ['广播电视', '广电'], ['老干部', '老干'],
  ['委员会', '委'], ['人民政府', '政府'], ['办公室', '办'], ['办公厅', '办'],
];

/** The long form each short form stands for (the first long form listed), to compare a name with a registry name's words. */
const LONG_OF = new Map<string, string>();
for (const [long, short] of WORD_SHORTS) if (!LONG_OF.has(short) && short.length < long.length) LONG_OF.set(short, long);
/** Short forms of two characters or more by their first character, longest first (市场监管 before any shorter form). */
const SHORTS_BY_FIRST = new Map<string, string[]>();
for (const short of [...LONG_OF.keys()].sort((a, b) => b.length - a.length)) {
  if (short.length < 2) continue;
  const list = SHORTS_BY_FIRST.get(short[0]) ?? [];
  list.push(short);
  SHORTS_BY_FIRST.set(short[0], list);
}

/** A level a name starts with: 市委宣传部, 县发改委, 区民生办 (a different level is a different unit). */
const LEVEL_CHARS = '省市县区州盟旗镇乡';
/** A place and its level before a department: 安庆市发展和改革委员会, 六安市委宣传部, 霍山县教育局. */
const PLACE_PREFIX = /^(?![省市县区州盟旗镇乡])([\u4e00-\u9fff]{2,3}?)([市县区州旗])(?=[\u4e00-\u9fff])/;
/** What follows a place in its own government's name or a place below it: 金安区人民政府, 霍山县新岗镇 (no department of it). */
const PLACE_ITSELF = /^(?:人民政府|政府|党委|委|[\u4e00-\u9fff]{1,6}(?:镇|乡|街道|社区|村))$/;

/** What kind of body a name ends with; 局, 委, 厅 and 办 are one kind (市卫健局 for 市卫健委, 市财政厅 for 市财政局). */
const KIND_SUFFIXES = ['支队', '大队', '中队', '分局', '中心', '公司', '政府', '管委', '街道', '局', '委', '厅', '办', '部', '院', '所', '站', '台', '社', '行', '队', '会', '团', '馆', '处', '科', '室', '镇', '乡', '村'];
const AGENCY_KINDS = new Set(['局', '委', '厅', '办']);

function kindOf(key: string): string {
  return KIND_SUFFIXES.find((suffix) => key.endsWith(suffix)) ?? '';
}

/** The place (with its level) a name starts with when it names a department of that place; '' otherwise. */
export function placeOf(key: string): string {
  const m = PLACE_PREFIX.exec(stripOrgPrefix(key));
  if (!m) return '';
  const rest = stripOrgPrefix(key).slice(m[0].length);
  return PLACE_ITSELF.test(rest) ? '' : m[1] + m[2];
}

function stripOrgPrefix(key: string): string {
  let k = key;
  for (let changed = true; changed; ) {
    changed = false;
    for (const prefix of ORG_PREFIXES) {
      if (k.startsWith(prefix) && k.length > prefix.length + 1) {
        k = k.slice(prefix.length);
        changed = true;
      }
    }
  }
  return k;
}

/** The registry's own place: the place its department names start with most often (安庆市 in 安庆市发展和改革委员会…); '' when none. */
export function homePlaceOf(keys: Iterable<string>): string {
  const counts = new Map<string, number>();
  for (const key of keys) {
    const place = placeOf(key);
    if (place) counts.set(place, (counts.get(place) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  let tie = false;
  for (const [place, count] of counts) {
    if (count > bestCount) [best, bestCount, tie] = [place, count, false];
    else if (count === bestCount) tie = true;
  }
  return tie ? '' : best;
}

/**
 * The key one unit's writings share (from a normalised name): the Party's and State's prefixes dropped, the registry's own
 * place dropped before its level (安庆市 in 安庆市财政局), 共青团…市委 as 团市委, usual words shortened (发展和改革 → 发改,
 * 委员会 → 委, 人民政府 → 政府), and 和/与 between words dropped.
 */
export function shortFormKey(key: string, home: string): string {
  // 中国人民政治协商会议安庆市委员会 is 安庆市政协 (never 市委, the Party's committee)
  let k = stripOrgPrefix(key).replace(/^中国人民政治协商会议(.+?)委员会/, '$1政协');
  const youth = k.startsWith('共青团');
  if (youth) k = k.slice(3);
  if (home && k.startsWith(home) && k.length > home.length) k = k.slice(home.length - 1);
  if (youth) k = /^[市县区]委$/.test(k) ? `团${k}` : `共青团${k}`;
  for (const [long, short] of WORD_SHORTS) if (k.includes(long)) k = k.split(long).join(short);
  return k.length > 2 ? k[0] + k.slice(1, -1).replace(/[和与]/g, '') + k.slice(-1) : k;
}

/** The short-form key with the usual short words written out again (发改 → 发展改革 …, without 和), for comparing words. */
export function longFormKey(key: string, home: string): string {
  const k = shortFormKey(key, home);
  let out = '';
  for (let i = 0; i < k.length; ) {
    const short = SHORTS_BY_FIRST.get(k[i])?.find((s) => k.startsWith(s, i));
    if (short) {
      out += LONG_OF.get(short)!.replace(/和/g, '');
      i += short.length;
    } else {
      out += k[i];
      i++;
    }
  }
  return out;
}

/** Whether every character of `short` appears in `long` in order. */
function isSubsequence(short: readonly string[], long: readonly string[]): boolean {
  let i = 0;
  for (let j = 0; j < long.length && i < short.length; j++) if (long[j] === short[i]) i++;
  return i === short.length;
}

function sameCharacters(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && [...a].sort().join('') === [...b].sort().join('');
}

/**
 * Whether a registry name may be suggested for a written one (both long-form keys): the same level (or none written),
 * the same kind of body (局/委/厅/办 one kind), and the words of one contained in the other's in order — the written name
 * leaves words out (市教育局 for 市教育体育局, 市发改 for 市发改委) or adds some (市农业农村局 for 市农业局) — or the same
 * characters reordered (省农村农业厅), or the kind word mistyped into no kind (市委宣传布). A changed character never is: 市审计局 is not 市统计局, 市民宗局 not 市民政局,
 * 县委宣传部 not 市委宣传部, 市公安局交警支队 not 市公安局. Both keys have the registry's own place taken off: a place left
 * on either (桐城市公安局, 霍山县教育局) must be on both.
 */
export function safeToSuggest(written: string | NameParts, registered: string | NameParts): boolean {
  const w = typeof written === 'string' ? nameParts(written) : written;
  const r = typeof registered === 'string' ? nameParts(registered) : registered;
  // the same level, or none written; 市 and 市委 one level (市宣传部 for 市委宣传部, 市委老干部局 for 市老干局)
  if (w.lead !== '' && w.lead.charAt(0) !== r.lead.charAt(0)) return false;
  if (!r.kind || (w.kind && w.kind !== r.kind && !(AGENCY_KINDS.has(w.kind) && AGENCY_KINDS.has(r.kind)))) return false;
  // a department of another place is never suggested for a name that does not say that place, nor the other way round
  if ((r.place && !w.key.startsWith(r.place)) || (w.place && !r.key.startsWith(w.place))) return false;
  if (Math.min(w.body.length, r.body.length) < 2) return false;
  if (sameCharacters(w.body, r.body)) return true;
  // the kind word mistyped into no kind at all (市委宣传布, 市教体居: the input method's homophone) names no other body
  if (!w.kind && Array.from(r.kind).length === 1 && w.lead === r.lead && w.body.length === r.body.length + 1
    && w.body.slice(0, -1).join('') === r.body.join('')) return true;
  const longer = isSubsequence(w.body, r.body) ? r.body : w.kind !== '' && w.lead === r.lead && isSubsequence(r.body, w.body) ? w.body : null;
  // the longer name must not be a part of another body (市教育局党委, 市公安局交警支队)
  return longer !== null && !longer.some((ch) => INNER_BODY_END.has(ch));
}

/**
 * Characters that end a body: inside a name they mark a part of another body (市公安局交警支队), or a government's own
 * office (县人民政府办公室: 民政 is a subsequence of 人民政府, and 县民政局 was suggested — and 修复 would have written — for
 * 县政府办 in a plan naming both).
 */
const INNER_BODY_END = new Set(Array.from('局委部厅办处府'));

/** A long-form key cut into what safeToSuggest compares, once per name. */
export interface NameParts {
  readonly key: string;
  /** The level it starts with: 市, 县, 市委 …; '' when none. */
  readonly lead: string;
  /** The characters between the level and the kind. */
  readonly body: readonly string[];
  /** The kind of body it ends with (局, 中心 …); '' when none. */
  readonly kind: string;
  /** The place it starts with (placeOf); '' when none. */
  readonly place: string;
}

export function nameParts(key: string): NameParts {
  const chars = Array.from(key);
  let lead = LEVEL_CHARS.includes(chars[0]) ? chars[0] : '';
  if (lead && chars[1] === '委' && chars.length > 3) lead += '委';
  const kind = kindOf(key);
  const body = chars.slice(Array.from(lead).length, chars.length - Array.from(kind).length);
  return { key, lead, body, kind, place: placeOf(key) };
}

/** A committee or government whose 办公室 is a unit of its own (市委办公室, 县人民政府办公室, 镇党委办公室). */
const OWN_OFFICE = /(?:政府|[省市县区州镇乡]委|党委|党组|工委)$/;

/**
 * The unit whose own office a written name is ("市发改委办公室", "叶集区东山镇办公室": ledgers give the office that sent the
 * piece), as a normalised key; null when it is no such name, or when the office is a unit of its own (市委办公室, 市政府办公室).
 */
export function officeOwner(key: string): string | null {
  if (!key.endsWith('办公室') || key.length < 6) return null;
  const owner = key.slice(0, -3);
  return OWN_OFFICE.test(owner) ? null : owner;
}

/** The body a part of a unit ends with: 交警支队, 新闻科, 宣传股, 执法大队, 派出所 (a unit's own office is officeOwner's). */
const PART_END = /(?:支队|大队|中队|分局|科|股|处|室|所|站|中心)$/;

/** Whether text after a unit's name names a part of it (two characters or more, ending in a part's body word). */
export function isPartName(text: string): boolean {
  return Array.from(text).length >= 2 && PART_END.test(text) && text !== '办公室';
}
