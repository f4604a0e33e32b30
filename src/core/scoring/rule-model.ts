// The 考核办法 rule model: what a clerk writes in 评分规则 rows (项目 | 对象 | 类型 | 分值), parsed into rules the engine applies.
import type { PointsUnit } from './points-unit';

export type MediaLevel = '中央级' | '省级' | '市级' | '县级';
export const MEDIA_LEVELS: readonly MediaLevel[] = ['中央级', '省级', '市级', '县级'];

/** How often a per-period rule applies: each calendar month, quarter, year, or once over the scored window. */
export type Cadence = 'week' | 'month' | 'quarter' | 'half' | 'year' | 'window';
export const CADENCE_LABEL: Record<Cadence, string> = { week: '每周', month: '每月', quarter: '每季度', half: '每半年', year: '每年', window: '本期' };

/** The components a total is made of, in the order the breakdown lists them. */
export const COMPONENTS = [
  'submission', 'base', 'adoption', 'instruction', 'missing', 'target', 'rate', 'streak', 'late', 'assignment', 'overdue',
  'awareness', 'satisfaction', 'adjustment', 'tier', 'bound', 'rank', 'scale',
] as const;
export type ComponentKey = (typeof COMPONENTS)[number];

/** Chinese name of each component (columns of the 通报, rows of 得分明细). */
export const COMPONENT_LABEL: Record<ComponentKey, string> = {
  submission: '报送得分', base: '基础分', adoption: '采用得分', instruction: '批示加分', missing: '缺报扣分', target: '未达目标扣分',
  rate: '录用率扣分', streak: '连续未达标扣分', late: '迟报扣分', assignment: '约稿', overdue: '逾期扣分', awareness: '知晓率得分',
  satisfaction: '满意度得分', adjustment: '加减分', tier: '分档计分', bound: '封顶/保底', rank: '名次计分', scale: '折算',
};

/** Components that take points off: the word 扣分 in a 上限/下限 row means all of them. */
export const DEDUCTIONS: readonly ComponentKey[] = ['missing', 'target', 'rate', 'streak', 'late', 'overdue'];

/** Points per adopted piece at an outlet (or a level, or any outlet), for one piece type or any. */
export interface AdoptionRule {
  readonly outlet: string | null;
  readonly level: MediaLevel | null;
  readonly type: string | null;
  readonly points: number;
  /** Where the row is, 评分规则!D5; null for the built-in defaults. */
  readonly cell: string | null;
}

/** A multiplier for a piece type (头版头条 ×2, 简讯 ×0.5), at an outlet, a level or any. */
export interface FactorRule {
  readonly outlet: string | null;
  readonly level: MediaLevel | null;
  readonly type: string;
  readonly factor: number;
}

/** A 领导批示 bonus by the leader's level as the ledger's 批示 column writes it. */
export interface InstructionRule {
  readonly leader: string;
  /** Only for pieces of this type or in this outlet (调研类 批示 +10); null: any piece. */
  readonly type: string | null;
  readonly points: number;
  /**
   * Points of each further 批示 at this level on the same piece: 其余批示每条5分 (a row whose 类型 says 其余批示), the same
   * points again (类型 每次); null: once per piece however many leaders of the level write (同级多次批示只加一次).
   */
  readonly repeat: number | null;
  /** 「被领导批示的稿件加倍」 (类型 加倍): the 批示 adds the piece's own points × (factor − 1) at that outlet, not a fixed amount. */
  readonly factor?: number;
}

/** Pieces a unit (a 单位名录 类型 or a unit's name; null: every unit) must submit (or have adopted) per period, of a type or any. */
export interface QuotaRule {
  readonly unit: string | null;
  readonly type: string | null;
  readonly cadence: Cadence;
  readonly pieces: number;
  /** 采用指标: pieces adopted, not submitted; it counts for 基础分 (完成指标) but is no 缺报. */
  readonly adopted: boolean;
}

/** Points per period for a unit (or unit type): 基础分 for meeting the quota, 缺报扣分 per missing piece. */
export interface PeriodRule {
  readonly unit: string | null;
  readonly cadence: Cadence | null;
  readonly points: number;
  /** 基础分 only for meeting the quota (对象 says 完成/达标); otherwise given every period, and deductions take from it. */
  readonly conditional: boolean;
  /** 缺报扣分 once per period the submission quota is not met (对象 says 未完成: “未完成任务扣30分”), not per missing piece. */
  readonly flat: boolean;
  /** 缺报扣分 of the adoption quotas (对象 says 采用: “发稿不少于3篇，每少1篇扣1分”) instead of the submission quotas. */
  readonly adopted?: boolean;
  /**
   * A flat 缺报扣分 doubling with each period missed in the 考核年度 (姚江: 「未完成月度任务累计两次及以上，分别扣除2分、4分、8分，按累计次数加倍
   * 递增」): the n-th missed period costs points × 2^(n−1).
   */
  readonly doubling?: boolean;
}

/** 目标分: adoption points a unit should reach per period, of one piece type or all. */
export interface TargetRule {
  readonly unit: string | null;
  readonly type: string | null;
  readonly cadence: Cadence;
  readonly points: number;
}

/** A cap (max) or floor (min) on the sum of some components, per period (扣完为止 is a floor). */
export interface BoundRule {
  readonly components: readonly ComponentKey[] | 'total';
  readonly cadence: Cadence;
  readonly max: number | null;
  readonly min: number | null;
  /** The group counts negative 加减分 rows too (the word 扣分: every deduction, whoever judged it). */
  readonly negativeAdjustments: boolean;
  /** What the clerk wrote, for the breakdown: "采用 每月不超过 40 分". */
  readonly text: string;
}

/** Points per piece submitted (adopted or not), of a type or any: 提供约稿 +3, 报送即计分. */
export interface SubmissionRule {
  readonly type: string | null;
  readonly points: number;
  /** 「报送信息符合要求，但未采用的信息，每条5分」: only pieces no outlet adopted (an adopted one scores by its outlet instead). */
  readonly unadoptedOnly?: boolean;
}

/**
 * One step of a 分档 ladder: the points of the pieces a ladder is about (all, an outlet, a level or a piece type), once they
 * reach `from` over the window, count as `points` instead (“农机网信息采用得分达到200分以上计45分；达到150分计35分”).
 */
export interface TierRule {
  /** What the ladder scores: outlet name(s), a level or a piece type as 对象 writes it; null: every adopted piece. */
  readonly subject: string | null;
  /** The least raw points of this step (inclusive); -Infinity for the bottom step (“100分以下计10分”). */
  readonly from: number;
  readonly points: number;
  /** The 类型 cell as written, for the breakdown (200分以上). */
  readonly text: string;
}

/**
 * 名次计分 (梯次计分): points by the unit's place within its ranking group on a count — the first `step` places get `top`, each further
 * `step` places `drop` less, never below 0 (“均按全国排名梯次计分，第1～5名得5分，每5名一个梯次，每下降一个梯次少计1分”).
 * Tied units share a place (competition ranking), so a tie across a step's edge scores the higher step.
 */
export interface RankPointsRule {
  /** What units are placed by: pieces submitted, pieces adopted, or their points so far (before 名次计分 and 折算). */
  readonly basis: 'submitted' | 'adopted' | 'points';
  readonly step: number;
  readonly drop: number;
  readonly top: number;
  /** The 对象 and 类型 cells as written, for the breakdown (报送 · 每5名减1分). */
  readonly text: string;
}

/**
 * A count before a deduction applies (两翼: 「凡一年内3次未按时上报或2次不报送约稿信息的单位，除每次扣减该单位信息得分10分外…」): below `count`
 * times nothing is taken (the unit is flagged); at `count`, 'all' takes every time so far (「每次扣减」), 'nth' only from that time on
 * (「第3次起每次扣…」).
 */
export interface CountThreshold {
  readonly count: number;
  readonly from: 'all' | 'nth';
}

export interface RuleModel {
  readonly adoption: readonly AdoptionRule[];
  /**
   * 采用加分 (另加, 再加): points added on top of an adopted piece's own when it is of a type or at an outlet (“粮网主动约稿登载信息
   * 每条加2分” over the piece's 工作动态 2), where an 采用 row of the type would replace them (the highest type wins).
   */
  readonly bonuses: readonly AdoptionRule[];
  readonly submissions: readonly SubmissionRule[];
  readonly factors: readonly FactorRule[];
  readonly instructions: readonly InstructionRule[];
  /** 同稿多用: one piece in several outlets counts every time (sum) or only at its highest (max). */
  /**
   * 同稿多用: 累加 (each outlet), 取最高 (the best outlet only), 取最高两个层次 (the best outlet of each of the two best levels), or 减半
   * (each outlet at half when a piece is adopted in several).
   */
  readonly multiUse: 'sum' | 'max' | 'top2' | 'half';
  readonly quotas: readonly QuotaRule[];
  readonly base: readonly PeriodRule[];
  readonly missing: readonly PeriodRule[];
  readonly targets: readonly TargetRule[];
  /** k in "k × the missing target points" (未达目标扣分); null: no deduction, the target is shown only. */
  readonly belowTargetFactor: number | null;
  /** Points off per late return (收集情况 逾期). */
  readonly latePenalty: number | null;
  /** 「一年内3次未按时上报…每次扣减10分」: late returns cost nothing until the count is reached within a 考核年度. */
  readonly lateThreshold: CountThreshold | null;
  /** 「2次不报送约稿信息…每次扣10分」: overdue 约稿 cost nothing until the count is reached. */
  readonly assignmentThreshold: CountThreshold | null;
  /** Points off per overdue 约稿 task; points per 约稿 task done in the period. */
  readonly assignmentPenalty: number | null;
  readonly assignmentDone: number | null;
  readonly bounds: readonly BoundRule[];
  /**
   * 折算: the total scaled so that the top unit (or a full score) gets `points`; 'target': each unit's total as a share of its own
   * 目标分, `points` once reached (按完成比例得分); perGroup: the top of each ranking group
   * (设置 排名分组) gets them (各组最高分为满分).
   */
  readonly scale: { readonly points: number; readonly basis: 'top' | 'target' | number; readonly perGroup?: boolean } | null;
  /** 录用率 below `below` (0..1) per period: flagged, and `penalty` off when above 0. */
  readonly rateFlag: { readonly below: number; readonly cadence: Cadence; readonly penalty: number } | null;
  /** `periods` consecutive periods below quota: flagged, and `penalty` off when above 0. */
  readonly streakFlag: { readonly periods: number; readonly cadence: Cadence; readonly penalty: number } | null;
  /** 超报计分: points per piece submitted beyond the submission quotas, period by period (null cadence: the quotas' own). */
  /** 超报计分: points per piece beyond each submission quota, or (adopted) beyond each adoption quota (超过部分每条30元). */
  readonly overQuota: { readonly points: number; readonly cadence: Cadence | null; readonly adopted?: boolean } | null;
  /** 分档: ladders replacing the raw points of some pieces by a step's points (each ladder's rows share a subject). */
  readonly tiers: readonly TierRule[];
  /** 名次计分: points by place within the ranking group, applied where units are ranked (before 折算). */
  readonly rankPoints: readonly RankPointsRule[];
  /**
   * Co-authors and 合报单位 split a piece's points (split) or each get them all (full); first: the first author alone is credited
   * (“两人以上合写的信息奖励第一作者”), each 合报单位 keeps the piece whole.
   */
  readonly sharedCredit: 'split' | 'full' | 'first' | 'half' | 'ordered';
  /** ordered: the weights by place of the names (「前两名按3:2分配」 → [3, 2]); authors after them get nothing. */
  readonly creditWeights: readonly number[] | null;
  /** 合作分配 | 平分，录用数量也按单位平分: a 合报 piece counts 1/n toward each unit's quota (某镇 T5), not 1 for each. */
  readonly sharedCounts: boolean;
  /** What every amount is counted in: 分, or 元 for a 奖励办法 (计分单位 | 元); every place that prints an amount says it. */
  readonly pointsUnit: PointsUnit;
  /**
   * Whether the rule ranks units (评分规则 “排名 | 排名” / “排名 | 不排名”); null when it does not say: a 考核办法 (分) ranks, a 奖励办法
   * (元) pays each unit what it earned and ranks only when a row says so — Duban never invents a rank the rule does not have.
   */
  readonly ranked: boolean | null;
  /**
   * The first month of the 考核年度 (评分规则 “考核年度 | 8月1日至次年7月31日”): 1 for January–December. 每年 quotas and bounds, 本年累计
   * and 年度考核 count years from it; the 考核年度 is named by the year it ends in (2015年8月—2016年7月 is 计划年度 2016).
   */
  readonly yearStart: number;
  /**
   * The period the rule judges (评分规则 “考核周期 | 每季度”): 等次 are given for one whole such period (a whole calendar month or
   * quarter, or a whole 考核年度), and a workbook with several 评分规则 (one per ranking: 季度排名, 年度排名) uses the one whose
   * 考核周期 is the report's period. null: not written — a year.
   */
  readonly assessmentCadence: AssessmentCadence | null;
}

/** The periods a 考核周期 row may name. */
export type AssessmentCadence = 'month' | 'quarter' | 'half' | 'year';

/**
 * Whether units are ranked under these rules: as the 排名 row says, else a 考核办法 ranks and a 奖励办法 does not — unless it pays by
 * place (名次计分: “第一名每人奖800元”), which ranks.
 */
export const ranksUnits = (m: Pick<RuleModel, 'ranked' | 'pointsUnit' | 'rankPoints'>): boolean => m.ranked ?? (m.pointsUnit === '分' || m.rankPoints.length > 0);

/** The first column of a score table: 排名, or 序号 where the rule ranks nobody. */
export const placeHeader = (ranked: boolean) => (ranked ? '排名' : '序号');

export const EMPTY_MODEL: RuleModel = {
  adoption: [], bonuses: [], submissions: [], factors: [], instructions: [], multiUse: 'sum', quotas: [], base: [], missing: [], targets: [], belowTargetFactor: null,
  latePenalty: null, lateThreshold: null, assignmentThreshold: null, assignmentPenalty: null, assignmentDone: null, bounds: [], scale: null, rateFlag: null, streakFlag: null, overQuota: null,
  tiers: [], rankPoints: [], sharedCredit: 'split', creditWeights: null, sharedCounts: false, pointsUnit: '分', ranked: null, yearStart: 1, assessmentCadence: null,
};

/** Text compared loosely: NFKC, no spaces, no 《》 or brackets. */
export const looseKey = (text: string) => text.normalize('NFKC').replace(/[\s《》<>〈〉"“”'‘’()（）]/g, '');

/** Words of a cadence, as clerks write them. */
const CADENCE_WORDS: readonly [RegExp, Cadence][] = [
  [/每月|月度|按月|每个月|当月/, 'month'],
  // before the year's words: 半年度 holds 年度 (“各中心、各办公室每半年上报一篇调研报告”)
  [/每半年|半年度|按半年|上半年|下半年/, 'half'],
  [/每季度?|季度|按季/, 'quarter'],
  [/每年|年度|全年|按年|每年度/, 'year'],
  [/本期|通报期|考核期|全期/, 'window'],
  [/每周|周度|按周|每星期/, 'week'],
];

/** The cadence a cell names and the cell's text without it. */
export function splitCadence(text: string): { cadence: Cadence | null; rest: string } {
  for (const [re, cadence] of CADENCE_WORDS) {
    if (re.test(text)) return { cadence, rest: text.replace(re, '').replace(/^[、,，\s]+|[、,，\s]+$/g, '') };
  }
  return { cadence: null, rest: text };
}

/** A level written in a rule's 对象 cell (中央/国家级/省/市/县…), or null when the cell names something else. */
export function ruleLevel(text: string): MediaLevel | null {
  const t = text.replace(/\s+/g, '').replace(/媒体$|主流媒体$|主要媒体$/, '');
  for (const level of MEDIA_LEVELS) if (t === level || t === level.replace('级', '')) return level;
  if (/^(中央|国家级?|央媒)$/.test(t)) return '中央级';
  if (/^(省部级?|省级及以上)$/.test(t)) return '省级';
  if (/^(地市级?)$/.test(t)) return '市级';
  if (/^(县区级?|区县级?|区级)$/.test(t)) return '县级';
  return null;
}

/** Leader words by level, for matching a ledger's 批示 cell to a rule (国务院领导 ~ 国家级领导). */
const LEADER_LEVELS: readonly [RegExp, string][] = [
  [/国务院|中央|国家|中办|国办/, '国'],
  [/省/, '省'],
  [/市/, '市'],
  [/县|区/, '县'],
];
// a department's leaders (省局领导, 市粮食局领导, 省府办公厅领导) are not the province's or city's: no level, matched by their words only
const leaderLevel = (text: string) => (/局|厅/.test(text) ? null : LEADER_LEVELS.find(([re]) => re.test(text))?.[1] ?? null);
const isMain = (text: string) => /主要/.test(text);

/** The 批示 rule a leader written in the ledger matches: the same text, else the same level (主要领导 only to 主要). */
export function matchInstruction(written: string, rules: readonly InstructionRule[]): InstructionRule | null {
  const w = looseKey(written);
  if (w === '') return null;
  const exact = rules.find((r) => looseKey(r.leader) === w);
  if (exact) return exact;
  const contained = rules.filter((r) => w.includes(looseKey(r.leader)) || looseKey(r.leader).includes(w));
  const pool = contained.length ? contained : rules;
  const level = leaderLevel(w);
  if (!level) return contained[0] ?? null;
  const same = pool.filter((r) => leaderLevel(r.leader) === level);
  // a rule named by office, not level (秘书长), that the written leader contains (市政府副秘书长) is that rule
  return same.find((r) => isMain(r.leader) === isMain(w)) ?? same.find((r) => !isMain(r.leader)) ??
    contained.find((r) => leaderLevel(r.leader) === null) ?? null;
}

/** Piece types of a ledger row: its 类型 and 版面 cells split on 、,，/ and spaces. */
export function pieceTypes(...cells: readonly string[]): string[] {
  const out: string[] = [];
  for (const c of cells) for (const t of c.split(/[、,，/／;；\s]+/)) if (t !== '' && !out.includes(looseKey(t))) out.push(looseKey(t));
  return out;
}

/** A quota type naming a level and above (市级以上, 省级及以上): the lowest level counted, as its index in MEDIA_LEVELS; else null. */
export function levelFloor(type: string): number | null {
  const m = /^(.+?)(?:及|或)?以上(?:媒体)?$/.exec(looseKey(type));
  const level = m ? ruleLevel(m[1]) : null;
  return level ? MEDIA_LEVELS.indexOf(level) : null;
}

/** A piece's 字数 among its types ("字数=1200"), for rule types such as "1000字以上". */
export const WORDS_TOKEN = '字数=';
/** A piece's 阅读量 among its types ("阅读量=2600"), for rule types such as "阅读量2000以上" / "阅读量达到2000". */
export const READS_TOKEN = '阅读量=';

/**
 * Whether a piece with these types is of a rule's type (null: any type; "要情、动态": either; by 字数: "1000字以上" counts
 * 1000 words, "超过1000字" only more, as the rule's own words say).
 */
export function hasType(types: readonly string[], type: string | null): boolean {
  if (type === null) return true;
  if (types.length === 0) return false;
  return type.split(/[、,，/／或]/).some((t) => {
    if (t === '') return false;
    const key = looseKey(t);
    const words = types.filter((x) => x.startsWith(WORDS_TOKEN)).map((x) => Number(x.slice(WORDS_TOKEN.length)));
    const atLeast = /^(\d+)字(?:以上|及以上|或以上)$/.exec(key);
    if (atLeast) return words.some((n) => n >= Number(atLeast[1]));
    const over = /^(?:超过|超出|多于|大于)(\d+)字(?:以上)?$/.exec(key);
    if (over) return words.some((n) => n > Number(over[1]));
    // 「字数不少于100字」 as a rule's floor: “不足100字” fewer, “100字以下” at most
    const under = /^(?:不足|少于|低于|不满|未满|未达到?)(\d+)字$/.exec(key);
    if (under) return words.some((n) => n < Number(under[1]));
    const atMost = /^(\d+)字(?:以下|及以下)$/.exec(key);
    if (atMost) return words.some((n) => n <= Number(atMost[1]));
    // 「阅读量达到2000」: at least; 「阅读量超过2000」: more
    const reads = /^(?:阅读量|阅读数|浏览量|点击量)(达到|超过|不少于|满)?(\d+)(?:次|人次)?(及以上|以上)?$/.exec(key);
    if (reads) {
      const n = Number(reads[2]);
      return types.some((x) => x.startsWith(READS_TOKEN) && (reads[1] === '超过' ? Number(x.slice(READS_TOKEN.length)) > n : Number(x.slice(READS_TOKEN.length)) >= n));
    }
    return types.includes(key);
  });
}
