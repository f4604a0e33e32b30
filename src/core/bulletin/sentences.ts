// The bulletin's written account, generated from the report's figures: 基本情况, 存在问题, 下一步要求.
import { vetoOf } from '../scoring/veto';
import { GRADE_NAMES, MEDIA_LEVELS, MediaLevel } from '../scoring/scoring-rules';
import { Report } from '../scoring/report';
import { UNTYPED_CATEGORY, categoriesOf } from '../scoring/ranking';
import { percentText } from './figures';
import { compareDates } from '../dates/civil-date';
import { PointsUnit, amountText, scoredWord } from '../scoring/points-unit';
import { OVERALL_CATEGORY, UnitScore } from '../scoring/tally';
import { SilentRun, runsByLength, silenceOf } from '../scoring/silence';
import { ranksUnits } from '../scoring/rule-model';
import { DEFAULT_WORK, workNoun } from '../scoring/work-name';

/**
 * How the text says "this period": 本期, or 全年 in a year-end 通报 (达州市 2010: 「全年市政府办公室共编辑《达州政务快讯》97期」),
 * where 本期 would read as the last month.
 */
export type PeriodWord = '本期' | '全年';

/** Category words Duban gives a list it was not told to split: the 通报 names no category when it is the only one. */
export const GENERIC_CATEGORIES: readonly string[] = [OVERALL_CATEGORY, UNTYPED_CATEGORY];

/** Completion below which a unit is named under 存在问题. */
export const LOW_COMPLETION = 0.6;
/** Units named as the top of each category. */
const TOP_UNITS = 3;
/** Characters of a task's text quoted when it is overdue. */
const TASK_QUOTE = 24;

/** Default 下一步要求 when 设置 has no 通报要求. */
export const DEFAULT_REQUIREMENTS = [
  `（一）提高思想认识。各单位要把${DEFAULT_WORK}摆上重要位置，主要负责同志亲自过问，明确专人负责，确保按时保质完成报送任务。`,
  '（二）补齐工作短板。报送完成率偏低、连续未报送的单位要认真查找原因，制定整改措施，尽快扭转被动局面。',
  '（三）提升稿件质量。各单位要围绕中心工作深入挖掘典型经验和亮点做法，积极向中央、省、市级媒体投稿，提高采用率。',
];

export const CHINESE_ORDINALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二', '十三', '十四', '十五'];
const joinNames = (names: readonly string[]) => names.join('、');
/**
 * Names a 存在问题 paragraph lists before it only counts: offices name a handful (霍林郭勒市 4, 商洛市 12 「…等12个部门」), and a
 * registry of 300 units made pages of names; 30 keeps every name of a usual list. Every unit stays in the attachment table.
 */
export const MAX_NAMED_UNITS = 30;
/** Overdue tasks quoted before the rest are only counted. */
export const MAX_NAMED_TASKS = 10;

/**
 * Units named in 存在问题: "A、B等2个单位" as offices count them ("对…等4个部门单位予以通报"), one unit by its name alone;
 * past MAX_NAMED_UNITS the first of them (the lowest completion first where completion is named), the count still all
 * ("A、B…等300个单位").
 */
export function namedUnits(names: readonly string[]): string {
  if (names.length === 1) return names[0];
  return `${joinNames(names.slice(0, MAX_NAMED_UNITS))}等${names.length}个单位`;
}
const quote = (text: string) => (text.length > TASK_QUOTE ? `${text.slice(0, TASK_QUOTE)}…` : text);

/**
 * The overall completion rate: each unit counted at most at its quota, so that one unit's
 * over-reporting cannot hide another's nothing; null when no unit has a quota.
 */
export function overallCompletion(scores: readonly UnitScore[]): number | null {
  let expected = 0;
  let counted = 0;
  for (const s of scores) {
    if (s.expected <= 0) continue;
    expected += s.expected;
    counted += Math.min(s.actual, s.expected);
  }
  return expected > 0 ? counted / expected : null;
}

/** Units 存在问题 names (no submissions for months or this period, completion below the line, nothing adopted): never praised in 基本情况. */
function criticised(report: Report): Set<string> {
  const out = new Set(report.zeroReport.units);
  for (const s of [...zeroThisPeriod(report), ...lowCompletion(report), ...noneAdopted(report)]) out.add(s.unit);
  return out;
}

const adoptedOf = (s: UnitScore) => MEDIA_LEVELS.reduce((n, l) => n + s.adopted[l], 0);

/**
 * The share of what was sent that was adopted (西宁市城中区 2017年4月份: 「累计报送各类信息301条，采纳发布159条。信息采发率52.8%」), or null:
 * nothing sent or nothing adopted, or the office's own rules (评分规则), under which 实报 counts a piece once however many outlets adopted it while 采用 counts
 * each outlet — a ratio of the two is no rate. Under the default rules each ledger row is one submission, adopted or not; a ledger without a
 * single row not adopted (`publishedOnly`) records published pieces only (遂溪县人大 「共发布新闻稿件894篇」, 合肥市关工委's and 重师's 用稿
 * statistics): its 100.0 % would be no rate either.
 */
export const publishedOnly = (report: Pick<Report, 'ledger'>) => report.ledger.entries.length > 0 && report.ledger.entries.every((e) => e.adopted);

export function adoptionRate(scores: readonly UnitScore[], custom: boolean, publishedOnly = false): number | null {
  const sent = scores.reduce((n, s) => n + s.actual, 0);
  if (custom || publishedOnly || sent === 0) return null;
  const adopted = scores.reduce((n, s) => n + adoptedOf(s), 0);
  // none adopted: 「采用0篇」 says it, and a ledger that does not record adoption would read 0.0 %
  return adopted > 0 && adopted <= sent ? adopted / sent : null;
}

/**
 * Units that sent something this period and had none of it adopted (西宁市城中区: 「区民政局虽上报2条信息，但因内容质量不高未被采纳」;
 * 霍林郭勒市 「零报送、零采用」; 商洛市 「…等12个部门信息采用数量为零」) — only when the ledger shows adoption at all this period: a ledger
 * that does not record it would name every unit.
 */
function noneAdopted(report: Report): UnitScore[] {
  if (!report.scores.some((s) => adoptedOf(s) > 0)) return [];
  return report.scores.filter((s) => s.actual > 0 && adoptedOf(s) === 0);
}

/** Units that owed submissions this period and sent none, apart from those already named for months of none. */
const zeroThisPeriod = (report: Report) => {
  const none = new Set(silenceOf(report).thisPeriod);
  return report.scores.filter((s) => none.has(s.unit));
};

/**
 * Whether the office's own rules set the quota (评分规则 报送指标): that quota is the rule's minimum, and every unit below it is named
 * (怀远县 2024: 「低于最低标准的有：县农业农村局、文化和旅游局、退役军人局、魏庄镇、常坟镇、兰桥镇」 — every unit below its minimum, not
 * only those far below it). Under today's default rules the quota comes from the plans and only units below LOW_COMPLETION are named.
 */
const rulesSetMinimum = (report: Report) => report.rules.custom && report.rules.model.quotas.length > 0;

/** Units that sent something, but less than LOW_COMPLETION of their quota — or less than the rule's minimum where the rules set one. */
const lowCompletion = (report: Report) => {
  const line = rulesSetMinimum(report) ? 1 : LOW_COMPLETION;
  return report.scores.filter((s) => s.actual > 0 && s.completion !== null && s.completion < line && !report.zeroReport.units.includes(s.unit));
};

/**
 * Where the submissions came from, by category, the parts adding up to the total (as 白水县 writes 「共报送政务信息455篇，
 * 其中各镇（办）报送115篇，部门报送340篇」), then where the adoptions came from (扎兰屯市 「共采用773条，其中，部门采用456条，乡镇采用317条」;
 * 商洛市 「采用县区报送的信息34条，采用市直部门报送的信息48条」; 贵州省林业厅, 达州市 the same); categories with none are left out; null with one
 * category or none sent.
 */
export function categorySentence(scores: readonly UnitScore[]): string | null {
  const categories = categoriesOf(scores);
  const total = scores.reduce((n, s) => n + s.actual, 0);
  if (categories.length < 2 || total === 0) return null;
  const byCategory = (count: (s: UnitScore) => number) =>
    categories.map((c) => [c, scores.filter((s) => s.category === c).reduce((n, s) => n + count(s), 0)] as const).filter(([, n]) => n > 0);
  const parts = (what: string, sum: number, list: ReturnType<typeof byCategory>) =>
    list.length === 1 ? `${what}的${sum}篇均来自${list[0][0]}` : `${what}的${sum}篇中，${list.map(([c, n]) => `${c}${n}篇`).join('、')}`;
  const adopted = scores.reduce((n, s) => n + adoptedOf(s), 0);
  const clauses = [parts('报送', total, byCategory((s) => s.actual)), ...(adopted > 0 ? [parts('采用', adopted, byCategory(adoptedOf))] : [])];
  return `${clauses.join('；')}。`;
}

/** Outlets named within a level before the rest are only counted (白水县 names two: 「《陕西日报》《渭南日报》等报刊杂志刊登20篇」). */
const NAMED_OUTLETS = 3;

/**
 * The adoptions by level, levels with none left out (遂溪县人大 2023年度 names only the two it had: 「其中市级媒体平台采用119篇…；县级媒体平台采用
 * 775篇」), each with its outlets from the ledger's 媒体, most first (「市级媒体平台采用119篇（《湛江日报》86篇、“湛江人大”微信公众号28篇、“湛江人大”网5篇）」)
 * — only when the ledger's rows of the period give every piece of the level an outlet and add up to the level's count (an office's rules may
 * count a piece otherwise, 一稿多用); past NAMED_OUTLETS the rest counted: 「（A4篇、B2篇、C1篇等5家媒体）」. '' when nothing was adopted.
 */
export function levelClause(report: Pick<Report, 'scores' | 'ledger' | 'period'>, adopted: readonly number[]): string {
  const ranked = new Set(report.scores.map((s) => s.unit));
  const from = report.period.from;
  const to = report.period.to;
  const rows = report.ledger.entries.filter((e) => e.adopted && e.level !== null && ranked.has(e.unit) && compareDates(e.date, from) >= 0 && compareDates(e.date, to) <= 0);
  return MEDIA_LEVELS.flatMap((level, i) => {
    if (adopted[i] <= 0) return [];
    const outlets = new Map<string, number>();
    for (const e of rows) if (e.level === level) outlets.set(e.media.trim(), (outlets.get(e.media.trim()) ?? 0) + e.count);
    const sum = [...outlets.values()].reduce((a, b) => a + b, 0);
    if (sum !== adopted[i] || outlets.has('')) return [`${level}${adopted[i]}篇`];
    const list = [...outlets].sort((a, b) => b[1] - a[1]);
    const named = list.slice(0, NAMED_OUTLETS).map(([m, n]) => (list.length === 1 ? m : `${m}${n}篇`)).join('、');
    return [`${level}${adopted[i]}篇（${named}${list.length > NAMED_OUTLETS ? `等${list.length}家媒体` : ''}）`];
  }).join('、');
}

/** Levels whose adopters 基本情况 names unit by unit: the outlets above the office's own, as offices praise them. */
const NAMED_LEVELS: readonly MediaLevel[] = ['中央级', '省级'];

/**
 * Who the upper levels adopted, unit by unit, most first, equal counts together, ties in the table's order (温县 2023年: 「农业农村局12条，
 * 人力资源和社会保障局8条，…科技和工业信息化局、文化广电和旅游局、商务局各4条」; 内蒙古计生协 2024年二季度: 「赤峰市（4条）、兴安盟（3条）…被中国计生协采用」;
 * a 市政府门户网站 通报 of 2023年9月: 「被省采用得分较多的单位有：市卫健委、应急管理局…」): 「中央级采用的有A4篇，B、C各3篇；省级采用的有…」; the counts
 * add up to the level's total. Past MAX_NAMED_UNITS units a level is only counted (「中央级采用涉及300个单位」); null when neither level adopted anything.
 */
export function upperLevelSentence(scores: readonly UnitScore[]): string | null {
  const clauses: string[] = [];
  for (const level of NAMED_LEVELS) {
    const adopters = scores.filter((s) => s.adopted[level] > 0);
    if (adopters.length === 0) continue;
    if (adopters.length > MAX_NAMED_UNITS) {
      clauses.push(`${level}采用涉及${adopters.length}个单位`);
      continue;
    }
    const counts = [...new Set(adopters.map((s) => s.adopted[level]))].sort((a, b) => b - a);
    const groups = counts.map((n) => {
      const names = adopters.filter((s) => s.adopted[level] === n).map((s) => s.unit);
      return names.length === 1 ? `${names[0]}${n}篇` : `${joinNames(names)}各${n}篇`;
    });
    clauses.push(`${level}采用的有${groups.join('，')}`);
  }
  return clauses.length ? `${clauses.join('；')}。` : null;
}

/**
 * How many units with a quota completed it and how many did not, with shares that add up to 100 % and the units
 * among them that sent nothing (as offices write it: "完成…任务的单位有36个，占63.1%…未完成的21个，占36.9%，其中4个单位的报送数为零").
 */
export function quotaSentence(scores: readonly UnitScore[], now: PeriodWord = '本期'): string | null {
  const owing = scores.filter((s) => s.expected > 0);
  if (owing.length === 0) return null;
  const done = owing.filter((s) => s.actual >= s.expected).length;
  const notDone = owing.length - done;
  if (notDone === 0) return `有报送指标的${owing.length}个单位均完成了报送任务。`;
  if (done === 0) {
    const none = owing.filter((s) => s.actual === 0).length;
    return `有报送指标的${owing.length}个单位均未完成报送任务${none ? `，其中${none}个单位${now}未报送` : ''}。`;
  }
  const doneShare = Number(((done / owing.length) * 100).toFixed(1));
  const zero = owing.filter((s) => s.actual === 0).length;
  return (
    `有报送指标的${owing.length}个单位中，完成报送任务的${done}个，占${doneShare.toFixed(1)}%；` +
    `未完成的${notDone}个，占${(100 - doneShare).toFixed(1)}%${zero ? `，其中${zero}个单位${now}未报送` : ''}。`
  );
}

/** Without any quota: how many units sent nothing (吉林市: 「信息零报送单位…第三季度的6家」); '' when all sent. */
function silentSentence(scores: readonly UnitScore[], now: PeriodWord): string {
  const silent = scores.filter((s) => s.actual === 0).length;
  return silent ? `${now}未报送信息的单位${silent}个。` : '';
}

/**
 * 一、基本情况, in three paragraphs: the figures (totals, completion, levels, who the upper levels adopted, by category); how many units
 * completed their quota or sent nothing, then `after` (the year so far, the period before); the top units of each category (only units
 * that scored), the year's leaders (`yearSpan`) and where the tables are (`annexes`: "附件", "附件1至附件3").
 */
export function overviewParagraphs(report: Report, period: string, hasRows: boolean, annexes = '附件', now: PeriodWord = '本期', yearSpan?: string, after = ''): string[] {
  const scores = report.scores;
  if (!hasRows) return [`${period}，报送台账中没有该期间的报送记录，${now}暂不排名。`];
  const expected = scores.reduce((n, s) => n + s.expected, 0);
  const actual = scores.reduce((n, s) => n + s.actual, 0);
  const adopted = MEDIA_LEVELS.map((l) => scores.reduce((n, s) => n + s.adopted[l], 0));
  const totalAdopted = adopted.reduce((a, b) => a + b, 0);
  const levels = levelClause(report, adopted);
  const rate = overallCompletion(scores);
  const adoption = adoptionRate(scores, report.rules.custom, publishedOnly(report));
  const completion = rate !== null ? `，总体完成率${percentText(rate)}（各单位按不超过本单位指标计）` : '';
  const first =
    // without any quota there is nothing "due": the sent count alone (吉林市: 「…共报送信息3599条，采用2900条」)
    (expected > 0 ? `${period}，纳入通报的${scores.length}个单位应报送信息${expected}篇，实际报送${actual}篇${completion}；` : `${period}，纳入通报的${scores.length}个单位共报送信息${actual}篇；`) +
    `被各级媒体采用${totalAdopted}篇${adoption !== null ? `（采用率${percentText(adoption)}）` : ''}${levels && `，其中${levels}`}。` +
    (upperLevelSentence(scores) ?? '') +
    (categorySentence(scores) ?? '');
  // who met the quota (or sent nothing), then the year so far and the period before: a paragraph of its own, as 贵州省林业厅 puts
  // 「超额完成…任务的单位有36个…」 under its totals and 吉林市 its comparison with the quarters before (the figures alone ran to twelve lines)
  const standing = (quotaSentence(scores, now) ?? silentSentence(scores, now)) + after;
  const named = criticised(report);
  // a 奖励办法 pays in 元: its bulletin says 奖励 and 元, never 分
  const unit = report.rules.model.pointsUnit;
  const scored = scoredWord(unit);
  const tops: string[] = [];
  const scoredNothing: string[] = [];
  const noneToPraise: string[] = [];
  const leftOut: string[] = [];
  /** Units among the first that 一票否决 keeps from the 前列, each with its 事由. */
  const vetoedTop: string[] = [];
  // a rule that ranks nobody (奖励办法 “每季度统计一次，发放奖金”) names who was rewarded, in the registry's order, never a 前列
  const ranked = ranksUnits(report.rules.model);
  for (const category of categoriesOf(scores)) {
    const inCategory = scores.filter((s) => s.category === category);
    if (!ranked) {
      const paid = inCategory.filter((s) => s.total > 0);
      if (paid.length === 0) scoredNothing.push(category);
      else {
        const listed = paid.length > MAX_NAMED_UNITS ? `${joinNames(paid.slice(0, MAX_NAMED_UNITS).map((s) => `${s.unit}（${amountText(s.total, unit)}）`))}等${paid.length}个单位` : joinNames(paid.map((s) => `${s.unit}（${amountText(s.total, unit)}）`));
        tops.push(`${categoriesOf(scores).length > 1 ? category : ''}获得${scored}的有${listed}`);
      }
      continue;
    }
    // a unit under 一票否决 (取消评先评优资格) is not praised as 前列, whatever its rank: said so with its 事由, since the table ranks it
    const top = inCategory.filter((s) => s.rank <= TOP_UNITS && s.total > 0 && !named.has(s.unit) && vetoOf(s) === null);
    const vetoed = inCategory.filter((s) => s.rank <= TOP_UNITS && s.total > 0 && !named.has(s.unit) && vetoOf(s) !== null);
    vetoedTop.push(...vetoed.map((s) => `${s.unit}虽${now}${scored}排名靠前，但因“${vetoOf(s)}”实行一票否决，不列为前列`));
    if (top.length === 0) {
      if (inCategory.every((s) => s.total <= 0)) scoredNothing.push(category);
      else if (vetoed.length === 0) noneToPraise.push(category);
      else leftOut.push(...inCategory.filter((s) => s.rank <= TOP_UNITS && s.total > 0 && named.has(s.unit)).map((s) => s.unit));
      continue;
    }
    // a unit among the first by points left out for what 存在问题 says of it (潜江市 2023年上半年: 「由于市小龙虾产业发展促进中心报送有效信息条目偏少，
    // 故虽得分排名靠前，本次不予通报表扬」): named, so the reader of the table knows why it is not here
    leftOut.push(...inCategory.filter((s) => s.rank <= TOP_UNITS && s.total > 0 && named.has(s.unit)).map((s) => s.unit));
    const names = joinNames(top.map((s) => `${s.unit}（${amountText(s.total, unit)}）`));
    // one list under a word of Duban's own (全部单位, or 其他单位 when the 名录 has no 类型): no category to name (「其他单位排名前列的是」 reads as a remainder)
    const word = categoriesOf(scores).length === 1 && GENERIC_CATEGORIES.includes(category) ? '' : category;
    tops.push(top.length === 1 && inCategory.length === 1 ? `${word}${word && '：'}${names}` : `${word}排名前列的是${names}`);
  }
  // categories with nothing to praise in one clause each, not one clause per category
  // their units that scored are named under 存在问题 (below quota, silent, overdue): said so, not "none to list" beside a 良好 等次
  if (leftOut.length) tops.push(`${joinNames(leftOut)}虽${now}${scored}排名靠前，但在下文“存在问题”中列出，不列为前列`);
  tops.push(...vetoedTop);
  if (noneToPraise.length) tops.push(`${joinNames(noneToPraise)}${now}${scored}靠前的单位均在下文“存在问题”中列出，不列为前列`);
  // 「县区本期各单位均未得分」, but 「其他单位本期均未得分」 (not 「其他单位本期各单位…」, seed 000's 区融媒体中心)
  const each = scoredNothing.length > 1 || /单位$/.test(scoredNothing[0] ?? '') ? '' : '各单位';
  if (scoredNothing.length) tops.push(`${joinNames(scoredNothing)}${now}${each}均未${unit === '分' ? '得分' : '获得奖励'}`);
  const note = report.categories.note ? [report.categories.note] : [];
  // the year so far's leaders beside the period's (a rule that ranks): 「2023年1—9月份累计得分排名前列的是…」
  const leaders = yearSpan && ranked ? yearLeaders(report.yearToDate, unit) : '';
  return [first, ...(standing ? [standing] : []), `从${scored}情况看，${tops.join('；')}。${leaders && `${yearSpan}${leaders}。`}各单位报送、采用及${scored}情况详见${annexes}。`, ...note];
}

/**
 * The units silent for months, each with its own count, the longest first: 「A、B等19个单位连续6个月未报送信息；市城管局连续2个月
 * 未报送信息」 (武定县 2025年9月: 「县水务局连续两个月未有信息发布，县地震局连续三个月未有信息发布」).
 */
export function zeroRunClauses(runs: readonly SilentRun[]): string[] {
  return runsByLength(runs).map(([run, units]) => `${namedUnits(units)}连续${run}个月未报送信息`);
}

/**
 * 二、存在问题: units without submissions, units below 60 %, overdue tasks, names to be checked. A unit the same 通报 praises
 * (`praised`: unit → 考核为优秀等次, 获评先进单位) and that was silent for months is named with both, so the two do not read as a
 * contradiction: 「洋青镇人大虽考核为优秀等次、获评先进单位，但连续7个月未报送信息」.
 */
export function problemParagraphs(report: Report, now: PeriodWord = '本期', hasRows = true, praised: ReadonlyMap<string, string> = new Map()): string[] {
  const out: string[] = [];
  const { named } = silenceOf(report);
  const plain = named.filter((r) => !praised.has(r.unit));
  const despite = named.filter((r) => praised.has(r.unit)).map((r) => `${r.unit}虽${praised.get(r.unit)}，但连续${r.months}个月未报送信息`);
  if (named.length) out.push(`${[...zeroRunClauses(plain), ...despite].join('；')}。`);
  const none = zeroThisPeriod(report);
  if (none.length) out.push(`${namedUnits(none.map((s) => s.unit))}${now}未报送信息。`);
  const low = lowCompletion(report);
  if (low.length) {
    // more than can be named: the lowest first
    const listed = low.length > MAX_NAMED_UNITS ? [...low].sort((a, b) => a.completion! - b.completion!) : low;
    if (rulesSetMinimum(report)) {
      out.push(`低于报送指标（最低标准）的有：${namedUnits(listed.map((s) => `${s.unit}（应报${s.expected}篇，实报${s.actual}篇）`))}。`);
    } else {
      out.push(`${namedUnits(listed.map((s) => `${s.unit}（${percentText(s.completion!)}）`))}报送完成率低于${LOW_COMPLETION * 100}%。`);
    }
  }
  const unadopted = noneAdopted(report);
  if (unadopted.length === 1) out.push(`${unadopted[0].unit}${now}报送信息${unadopted[0].actual}篇，均未被采用。`);
  else if (unadopted.length) out.push(`${namedUnits(unadopted.map((s) => `${s.unit}（${s.actual}篇）`))}${now}报送的信息均未被采用。`);
  const overdue = report.check.tasks.filter((t) => t.status === 'overdue');
  if (overdue.length) {
    const leadsOf = (t: (typeof overdue)[number]) =>
      t.leadProgress?.length ? `未完成的牵头单位：${joinNames(t.owingLeads)}；${t.lead.length - t.owingLeads.length}/${t.lead.length}个已完成` : `牵头单位：${joinNames(t.lead) || '未填写'}`;
    const items = overdue.slice(0, MAX_NAMED_TASKS).map((t) => `${t.seq ? `第${t.seq}项` : ''}“${quote(t.task)}”（${leadsOf(t)}）`);
    const more = overdue.length > MAX_NAMED_TASKS ? `等${overdue.length}项任务` : '';
    out.push(`截至${report.asOf.year}年${report.asOf.month}月${report.asOf.day}日，${items.join('；')}${more}已超过完成时限，尚未完成。`);
  }
  // names the 名录 does not know, in one paragraph (the 300-unit benchmark had 235, one paragraph each, numbered past （十五） as （16）)
  const unknown = report.unverified;
  if (unknown.length === 1) {
    const [u] = unknown;
    out.push(`任务分工表或报送台账中的“${u.name}”不在单位名录中${u.suggestion ? `（可能是“${u.suggestion}”）` : ''}，${now}未列入排名，请核实。`);
  } else if (unknown.length > 1) {
    const listed = unknown.slice(0, MAX_NAMED_UNITS).map((u) => `“${u.name}”${u.suggestion ? `（可能是“${u.suggestion}”）` : ''}`);
    out.push(`任务分工表或报送台账中的${joinNames(listed)}等${unknown.length}个名称不在单位名录中，${now}未列入排名，请核实。`);
  }
  // nothing recorded is no proof that all reported: 基本情况 has just said the ledger holds nothing for the period
  if (out.length === 0) out.push(hasRows ? `${now}各单位均按要求报送，未发现突出问题。` : `报送台账中没有${now}的报送记录，无法核对各单位的报送情况。`);
  return out.length > 1 ? out.map((p, i) => `（${CHINESE_ORDINALS[i] ?? i + 1}）${p}`) : out;
}

/**
 * The year-end word to those praised and to the rest, as every year-end 通报 read has it (吉林省工商局: 「希望受表彰的先进单位
 * （部门）和先进个人珍惜荣誉，再接再厉…其他单位和个人要以先进典型为榜样」; 嘉兴市: 「希望受表彰的先进集体和先进个人戒骄戒躁，
 * 再接再厉」; 西城区: 「希望以上考核为优秀的单位要戒骄戒躁，再接再厉」); null when nobody is praised.
 */
export function praiseParagraph(excellentUnits: boolean, reporters: boolean, advancedUnits = false, work = DEFAULT_WORK): string | null {
  // those honoured said once (吉林省工商局: 「希望受表彰的先进单位（部门）和先进个人珍惜荣誉」), not 「受表彰的先进单位和受表彰的优秀信息员」
  const honoured = [advancedUnits ? '先进单位' : '', reporters ? '优秀信息员' : ''].filter(Boolean);
  const praised = [excellentUnits ? `考核为${GRADE_NAMES.excellent}等次的单位` : '', honoured.length ? `受表彰的${honoured.join('和')}` : ''].filter(Boolean);
  if (praised.length === 0) return null;
  return `希望${praised.join(honoured.length > 1 ? '、' : '和')}戒骄戒躁、再接再厉，在新的一年里取得更好成绩；其他单位和个人要以先进为榜样，查找差距，切实加强${workNoun(work)}。`;
}

/**
 * 下一步要求: the 设置 通报要求 text, one paragraph per line; the default otherwise (its work named as 设置 通报事项 says; without any
 * quota, no completion rate), after the year-end `praise` when there is one.
 */
export function requirementParagraphs(text: string | undefined, praise: string | null = null, work = DEFAULT_WORK, quota = true): string[] {
  const lines = (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
  if (lines.length) return lines;
  // without any quota there is no completion rate to be low (西宁市城中区, 洋县: no 指标): those that sent little
  const defaults = DEFAULT_REQUIREMENTS.map((p) => p.replace(DEFAULT_WORK, workNoun(work)).replace('报送完成率偏低、', quota ? '报送完成率偏低、' : '报送较少、'));
  return praise ? [praise, ...defaults] : defaults;
}

/**
 * The year so far beside the period's figures (商洛市 2016年7—9月份: 「今年前9个月，最多的山阳县被采用35条」; 通州区,
 * 霍林郭勒市 print 累计 columns): "2023年1—9月份累计报送信息120篇，被各级媒体采用45篇。"; null when nothing was sent.
 */
export function yearToDateSentence(yearToDate: readonly UnitScore[], span: string): string | null {
  const sent = yearToDate.reduce((n, s) => n + s.actual, 0);
  if (sent === 0) return null;
  const adopted = yearToDate.reduce((n, s) => n + adoptedOf(s), 0);
  return `${span}累计报送信息${sent}篇，被各级媒体采用${adopted}篇。`;
}

/**
 * The year's leaders by its points, units above 0 (内蒙古计生协 2024年二季度: 「截至二季度信息报送得分排名前6位的盟市是：鄂尔多斯市（903分）、
 * 兴安盟（884分）…」; 商洛市 「今年前9个月，最多的山阳县被采用35条」): one category, its first three by rank (ties in) — 「累计得分排名前列的是
 * A（903分）、B（884分）、C（711分）」; several, each category's first (one of a single unit left out) — 「累计得分居各类首位的：市直部门为市人社局（61.5分），县区为…」;
 * '' when none scored.
 */
export function yearLeaders(yearToDate: readonly UnitScore[], unit: PointsUnit): string {
  const categories = categoriesOf(yearToDate);
  const label = (s: UnitScore) => `${s.unit}（${amountText(s.total, unit)}）`;
  const scored = `累计${scoredWord(unit)}`;
  if (categories.length === 1) {
    const top = yearToDate.filter((s) => s.rank <= TOP_UNITS && s.total > 0);
    return top.length ? `${scored}排名前列的是${joinNames(top.map(label))}` : '';
  }
  // a category of one unit has no first to name (the sample's 开发区: 市开发区管委 alone)
  const firsts = categories
    .filter((c) => yearToDate.filter((s) => s.category === c).length > 1)
    .map((c) => [c, yearToDate.filter((s) => s.category === c && s.rank === 1 && s.total > 0)] as const)
    .filter(([, top]) => top.length > 0);
  return firsts.length ? `${scored}居各类首位的：${firsts.map(([c, top]) => `${c}为${joinNames(top.map(label))}`).join('，')}` : '';
}
