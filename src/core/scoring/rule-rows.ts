// Interprets the 评分规则 sheet's rows (项目 | 对象 | 类型 | 分值) as ScoringRules; a row written wrong becomes an issue naming its cell.
import { Issue, makeIssue } from '../validation/issues';
import { MESSAGES } from '../validation/messages';
import { EXCELLENT_SHARE_KEY, RULE_ITEMS, RuleKey, ScoringRules, rulesFromValues } from './scoring-rules';
import {
  AdoptionRule, BoundRule, COMPONENTS, Cadence, ComponentKey, DEDUCTIONS, EMPTY_MODEL, FactorRule, InstructionRule, PeriodRule, QuotaRule,
  AssessmentCadence, CountThreshold, MEDIA_LEVELS, RankPointsRule, RuleModel, SubmissionRule, TargetRule, TierRule, levelFloor, looseKey, ruleLevel, splitCadence,
} from './rule-model';
import { pointsUnitOf } from './points-unit';
import { weightsOf } from './credit-shares';

/** One row of 评分规则 as read from the sheet, with the A1 address of each cell. */
export interface RuleRow {
  readonly item: string;
  readonly target: string;
  readonly type: string;
  /** The 分值 cell: a number, or text such as 30%, 累加. */
  readonly value: string | number | null;
  readonly cells: { readonly item: string; readonly target: string; readonly type: string; readonly value: string };
}

const itemKey = (text: string) => text.normalize('NFKC').replace(/[\s()（）]/g, '');
const LEGACY_KEYS = new Map<string, RuleKey>(RULE_ITEMS.map((r) => [itemKey(r.item), r.key]));
/** 项目 words of 优秀比例 (优秀等次比例, 优秀比例上限, 优秀率 …). */
const EXCELLENT_SHARE_WORDS = /^优秀(?:等次)?(?:比例|占比|率)(?:上限)?$/;

type Kind =
  | 'adoption' | 'bonus' | 'submission' | 'factor' | 'instruction' | 'multiUse' | 'quota' | 'adoptedQuota' | 'base' | 'missing' | 'target' | 'belowTarget' | 'late'
  | 'assignmentPenalty' | 'assignmentDone' | 'max' | 'min' | 'scale' | 'rateFlag' | 'streakFlag' | 'sharedCredit' | 'overQuota' | 'tier' | 'rankPoints'
  | 'pointsUnit' | 'ranking' | 'assessmentYear' | 'assessmentPeriod';

/** The words a clerk may write in 项目 for each kind of row (first: the word the template and README use). */
export const RULE_WORDS: Record<Kind, readonly string[]> = {
  adoption: ['采用', '录用', '媒体采用', '采用计分', '采用得分', '刊发', '用稿'],
  bonus: ['采用加分', '另加', '再加', '另加分', '再加分', '加计', '再奖', '另奖', '再奖励'],
  submission: ['报送计分', '报送得分', '每报送一篇'],
  factor: ['系数', '倍数', '类型系数', '加权'],
  instruction: ['批示', '领导批示', '批示加分'],
  multiUse: ['同稿多用', '一稿多用', '同稿多发'],
  quota: ['报送指标', '指标', '报送任务', '报送数量', '任务数'],
  adoptedQuota: ['采用指标', '采用任务', '录用指标', '录用任务', '采用目标任务'],
  base: ['基础分', '基本分', '月度基础分', '季度基础分', '基础得分'],
  missing: ['缺报扣分', '少报扣分', '每缺一篇扣分', '未完成指标扣分', '少采用扣分', '采用不足扣分', '少发稿扣分'],
  target: ['目标分', '目标分值', '任务分'],
  belowTarget: ['未达目标扣分', '缺分扣分', '差额扣分'],
  late: ['迟报扣分', '逾期报送扣分', '报送不及时', '迟报'],
  assignmentPenalty: ['约稿未完成', '约稿未报', '约稿逾期', '约稿迟报'],
  assignmentDone: ['约稿完成', '完成约稿'],
  max: ['上限', '封顶', '最高'],
  min: ['下限', '保底', '扣完为止', '最低'],
  scale: ['折算', '折合'],
  tier: ['分档', '分档计分', '按档计分', '分档折算', '得分分档'],
  rankPoints: ['名次计分', '排名计分', '梯次计分', '按名次计分', '按排名计分', '排名梯次计分'],
  rateFlag: ['录用率低于', '采用率低于', '录用率'],
  streakFlag: ['连续未达标', '连续未完成', '连续不达标'],
  overQuota: ['超报计分', '超报', '超额报送', '每超报一篇', '超报加分'],
  sharedCredit: ['合作分配', '合报', '共同署名', '合作稿件'],
  pointsUnit: ['计分单位', '计量单位', '分值单位', '奖励单位', '金额单位', '计奖单位'],
  ranking: ['排名', '排名次', '排序', '名次', '是否排名'],
  assessmentYear: ['考核年度', '评比年度', '考核年度起止', '年度起止', '考核年度起始'],
  // not 通报周期: a rule may 通报 each month and grade each year
  assessmentPeriod: ['考核周期', '考核期', '评比周期', '考核频次'],
};
const KIND_OF = new Map<string, Kind>();
for (const kind of Object.keys(RULE_WORDS) as Kind[]) for (const w of RULE_WORDS[kind]) KIND_OF.set(itemKey(w), kind);

/** 报送计分's 对象/类型 naming the pieces no outlet adopted (未采用、未被采用的信息、未录用). */
const UNADOPTED_WORDS = /^(未被?(采用|录用|采纳|刊用)|没有被?(采用|录用))(的)?(信息|稿件)?$/;

/** Words of components in a 上限/下限 row's 对象 (扣分: every deduction; 总分: the total). */
const COMPONENT_WORDS: readonly [RegExp, readonly ComponentKey[]][] = [
  [/^(采用|录用|采用得分|媒体采用)$/, ['adoption']],
  [/^(批示|批示加分)$/, ['instruction']],
  [/^(加分)$/, ['adoption', 'instruction']],
  [/^(基础分|基本分|基础得分)$/, ['base']],
  [/^(扣分|扣减)$/, DEDUCTIONS],
  [/^(缺报|缺报扣分|漏报|漏报扣分)$/, ['missing']],
  [/^(迟报|迟报扣分|报送不及时)$/, ['late']],
  [/^(报送|报送得分)$/, ['submission']],
  [/^(加减分)$/, ['adjustment']],
  [/^(约稿)$/, ['assignment']],
];

interface Parsed {
  model: RuleModel;
  values: Partial<Record<RuleKey, number>>;
  issues: Issue[];
}

/** A number in a cell: 10, -2, 0.5, "10分", "30%" (→ 0.3 when `percent`). */
function numberOf(value: string | number | null, percent = false): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const t = String(value ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/分$|倍$|篇$|个$|期$|次$/, '');
  const m = /^([+-]?\d+(?:\.\d+)?)(%)?$/.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  return m[2] || (percent && n > 1) ? n / 100 : n;
}

const CHINESE_COUNTS: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };

/**
 * The count before a deduction applies, from 对象/类型: 「一年内3次」「满3次」「累计3次及以上」「3次以上」 → every time once reached;
 * 「第3次起」「从第3次开始」 → from that time on; null when the words name no count.
 */
export function countThresholdOf(text: string): CountThreshold | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /(第)?([0-9]+|[一两二三四五六七八九十])次(起|开始|以后|之后|及以上|以上)?/.exec(t);
  if (!m) return null;
  const count = /\d/.test(m[2]) ? Number(m[2]) : CHINESE_COUNTS[m[2]];
  if (!(count >= 1)) return null;
  return { count, from: m[1] && /起|开始|以后|之后/.test(m[3] ?? '') ? 'nth' : m[1] && !m[3] ? 'nth' : 'all' };
}

/** A unit or unit type a row's 对象 names (报送指标 | 乡镇 …), with its cell: the registry must know it, or the row applies to nobody. */
export interface RuleUnitName {
  readonly item: string;
  readonly unit: string;
  readonly cell: string;
}

/** Interprets the rows; the legacy items alone keep today's defaults, any other row makes the rules the office's own. */
export function rulesFromRows(rows: readonly RuleRow[], sheet: string): { rules: ScoringRules; issues: Issue[]; unitNames: RuleUnitName[] } {
  const unitNames: RuleUnitName[] = [];
  const parsed: Parsed = { model: { ...EMPTY_MODEL }, values: {}, issues: [] };
  let custom = false;
  const m = parsed.model as { -readonly [K in keyof RuleModel]: RuleModel[K] };
  const adoption: AdoptionRule[] = [];
  const adoptionFromFloor: AdoptionRule[] = [];
  const bonuses: AdoptionRule[] = [];
  const submissions: SubmissionRule[] = [];
  const factors: FactorRule[] = [];
  const instructions: { -readonly [K in keyof InstructionRule]: InstructionRule[K] }[] = [];
  const repeats: { leader: string; points: number; each: boolean; cell: string; written: string }[] = [];
  const quotas: QuotaRule[] = [];
  const base: PeriodRule[] = [];
  const missing: PeriodRule[] = [];
  const targets: TargetRule[] = [];
  const bounds: BoundRule[] = [];
  const tiers: TierRule[] = [];
  const rankPoints: RankPointsRule[] = [];
  for (const row of rows) {
    const item = itemKey(row.item);
    // blank rows, and comment rows: # …, or a 说明/注 line of the template
    if (item === '' || /^[#＃]|^(说明|注)[:：]?$/.test(item)) continue;
    const bad = (cell: string, written: string, expected: string) =>
      parsed.issues.push(makeIssue('RULE_BAD_VALUE', sheet, cell, MESSAGES.ruleBadValue(row.item, written, expected)));
    const valueText = typeof row.value === 'number' ? String(row.value) : String(row.value ?? '').trim();
    // a setting row's word may stand in 对象, 类型 or 分值 (计分单位 | 元, 考核周期 | | 每季度): the filled cells, tidied
    const wordsOf = (tidy: (t: string) => string = (t) => t.trim()) => [row.target, row.type, valueText].map(tidy).filter(Boolean);
    // today's items: 中央级媒体采用(每篇) | 10, 优秀/良好/一般分数线 | 90/75/60 …
    if (/优秀.*良好.*一般/.test(item)) {
      const nums = valueText.split(/[/／、,，\s]+/).map(Number).filter((n) => Number.isFinite(n));
      if (nums.length === 3) [parsed.values['grade:excellent'], parsed.values['grade:good'], parsed.values['grade:fair']] = nums;
      else bad(row.cells.value, valueText, '三个分数，如“90/75/60”');
      continue;
    }
    // 优秀比例 | | | 30%: 「优秀等次不超过参评单位的30%」 (a share of each ranking category)
    if (EXCELLENT_SHARE_WORDS.test(item)) {
      const n = numberOf(row.value, true);
      if (n !== null && n > 0 && n <= 1) parsed.values[EXCELLENT_SHARE_KEY] = n;
      else bad(row.cells.value, valueText, '一个比例，如“30%”');
      continue;
    }
    const legacy = LEGACY_KEYS.get(item);
    if (legacy) {
      const n = numberOf(row.value);
      if (n !== null) parsed.values[legacy] = n;
      else if (valueText !== '') bad(row.cells.value, valueText, '一个数，如“10”');
      continue;
    }
    const kind = KIND_OF.get(item);
    if (!kind) {
      parsed.issues.push(makeIssue('RULE_UNKNOWN_ITEM', sheet, row.cells.item, MESSAGES.ruleUnknownItem(row.item)));
      continue;
    }
    // 排名 alone leaves today's defaults in force: it says who is ranked, not how units score
    if (kind !== 'ranking' && kind !== 'assessmentYear' && kind !== 'assessmentPeriod') custom = true;
    const target = splitCadence(row.target);
    const type = splitCadence(row.type);
    const cadence: Cadence | null = target.cadence ?? type.cadence;
    const value = numberOf(row.value);
    const needValue = (expected = '一个数（分值），如“10”“-2”“0.5”'): number | null => {
      if (value === null) bad(row.cells.value, valueText, expected);
      return value;
    };
    const needCadence = (): Cadence | null => {
      if (cadence === null) bad(row.cells.type, row.type, '周期：每周、每月、每季度、每半年、每年或本期（可写在“对象”或“类型”列）');
      return cadence;
    };
    const unitOf = (text: string) => {
      if (text === '' || /^(所有|全部|各)单位$|^所有$|^全部$/.test(text)) return null;
      unitNames.push({ item: row.item, unit: text, cell: row.cells.target });
      return text;
    };
    switch (kind) {
      case 'adoption':
      case 'bonus':
      case 'factor': {
        const written = target.rest;
        // 「在省级以上刊物刊载文章的…400元/篇」: one row for every level at or above (after the rows that name one level, which win)
        const floor = written === '' ? null : levelFloor(written);
        const level = written === '' || floor !== null ? null : ruleLevel(written);
        const outlet = written === '' || level || floor !== null ? null : written;
        const pieceType = type.rest === '' ? null : type.rest;
        if (kind !== 'factor') {
          const points = needValue();
          const cell = `${sheet}!${row.cells.value}`;
          if (points !== null && floor !== null) (kind === 'adoption' ? adoptionFromFloor : bonuses).push(...MEDIA_LEVELS.slice(0, floor + 1).map((l) => ({ outlet: null, level: l, type: pieceType, points, cell })));
          else if (points !== null) (kind === 'adoption' ? adoption : bonuses).push({ outlet, level, type: pieceType, points, cell });
        } else {
          if (pieceType === null) {
            bad(row.cells.type, row.type, '稿件类型或版面，如“头版头条”“简讯”');
            break;
          }
          const factor = needValue('一个倍数，如“2”“0.5”');
          if (factor !== null && floor !== null) factors.push(...MEDIA_LEVELS.slice(0, floor + 1).map((l) => ({ outlet: null, level: l, type: pieceType, factor })));
          else if (factor !== null) factors.push({ outlet, level, type: pieceType, factor });
        }
        break;
      }
      case 'submission': {
        const points = needValue();
        const pieceType = [target.rest, type.rest].filter(Boolean).join('') || null;
        // 报送计分 | 未采用 | | 5: the words name which pieces score, not a piece type
        const unadopted = pieceType !== null && UNADOPTED_WORDS.test(pieceType.normalize('NFKC').replace(/\s+/g, ''));
        if (points !== null) submissions.push(unadopted ? { type: null, points, unadoptedOnly: true } : { type: pieceType, points });
        break;
      }
      case 'instruction': {
        const leader = target.rest || type.rest;
        if (leader === '') {
          bad(row.cells.target, row.target, '批示领导的级别，如“市级领导”“省领导”“国务院领导”');
          break;
        }
        // 类型 加倍 (「被领导批示的稿件加倍」): the piece's own points once more at that outlet; 分值 the multiple (blank: 2)
        if (/^(加倍|翻倍|倍数|乘|×)/.test(type.rest)) {
          if (target.rest === '') {
            bad(row.cells.target, row.target, '批示领导的级别，如“市领导”（类型写“加倍”：该稿件分值加倍）');
            break;
          }
          const factor = valueText === '' ? 2 : needValue('倍数，如“2”（批示的稿件分值加倍）');
          if (factor !== null) instructions.push({ leader: target.rest, type: null, points: 0, repeat: null, factor });
          break;
        }
        const points = needValue();
        if (points === null) break;
        // 类型 其余批示: the points of a further 批示 of that leader on the same piece; 每次: every 批示 scores in full
        const again = target.rest && type.rest ? repeatOf(type.rest) : null;
        if (again) repeats.push({ leader: target.rest, points, each: again === 'each', cell: row.cells.target, written: row.target });
        else instructions.push({ leader, type: target.rest && type.rest ? type.rest : null, points, repeat: null });
        break;
      }
      case 'multiUse': {
        const text = wordsOf().join('');
        // 减半 (“发生一稿多用时，作减半计分”): each outlet's points halved
        if (/减半|计半|各半/.test(text)) m.multiUse = 'half';
        // 取最高两个层次 (“取最高层次两次累计加分，同一层级只计一次”)
        else if (/两个?层次|两层|两次累计|最高两/.test(text)) m.multiUse = 'top2';
        else if (/不累加|取最高|最高|只计一次|按最高/.test(text)) m.multiUse = 'max';
        else if (/累加|分别计|每次/.test(text)) m.multiUse = 'sum';
        else bad(row.cells.target, row.target, '“累加”“取最高”“取最高两个层次”或“减半”');
        break;
      }
      case 'quota':
      case 'adoptedQuota': {
        const c = needCadence();
        const pieces = needValue('篇数，如“8”');
        if (c !== null && pieces !== null) quotas.push({ unit: unitOf(target.rest), type: type.rest || null, cadence: c, pieces, adopted: kind === 'adoptedQuota' });
        break;
      }
      case 'base':
      case 'missing': {
        if (kind === 'base' && cadence === null) needCadence();
        const points = needValue();
        const said = `${target.rest}${type.rest}`;
        // 缺报扣分 | 未完成指标 | 每月 | 30: once per period the quota is missed, however many pieces short
        const flat = kind === 'missing' && NOT_MET.test(said);
        // 姚江: 「未完成月度任务累计两次及以上，分别扣除2分、4分、8分，按累计次数加倍递增」: a flat deduction doubling with each missed period;
        // any other 递增 (per piece, or by a step not doubling) is not computed, and said
        const doubling = kind === 'missing' && flat && /加倍|翻倍|倍增/.test(said) && /累计|递增|次数/.test(said);
        if (kind === 'missing' && !doubling && /递增|加倍|翻倍|倍增/.test(said)) {
          parsed.issues.push(makeIssue('RULE_NOT_COMPUTED', sheet, row.cells.target, MESSAGES.ruleNotComputed(row.item, said, flat ? '按累计次数递增的扣分（只能按次数加倍递增）' : '每缺1篇的扣分按次数递增（递增只用于“未完成指标”每期一次的扣分）',
            '这一行按每次相同的分值计；递增多出的扣分请在加减分表逐次写明（事由写第几次）。')));
        }
        const conditional = !flat && /完成|达标|达到/.test(said);
        // 缺报扣分 | 采用 (未完成采用指标, 少采用扣分): of the adoption quotas
        const adopted = kind === 'missing' && ADOPTED_WORDS.test(`${item}${said}`);
        // what is left of 对象 after the condition (完成报送和采用任务, 未完成指标) names a unit or unit type
        const unit = unitOf(target.rest.replace(/[，,、；;]?[^，,、；;]*(加倍|翻倍|倍增|递增)[^，,、；;]*/g, '').replace(NOT_MET, '').replace(/(完成|达到)(当月|当季|本期|每月|每季度?)?(报送|采用|和|及|与|、)*(目标)?(指标|任务)|达标|完成/g, '')
          .replace(kind === 'missing' ? /^(采用|录用|刊发|发表|用稿|发稿)(指标|任务)?$/ : /^$/, ''));
        if (points === null || (kind === 'base' && cadence === null)) break;
        (kind === 'base' ? base : missing).push({ unit, cadence, points: kind === 'missing' ? -Math.abs(points) : points, conditional, flat, ...(adopted ? { adopted } : {}), ...(doubling ? { doubling } : {}) });
        break;
      }
      case 'target': {
        const c = needCadence();
        const points = needValue();
        if (c !== null && points !== null) targets.push({ unit: unitOf(target.rest), type: type.rest || null, cadence: c, points });
        break;
      }
      case 'belowTarget':
        m.belowTargetFactor = needValue('倍数，如“2”（按所缺分值的2倍扣分）');
        break;
      case 'late':
      case 'assignmentPenalty': {
        const points = needValue();
        if (points === null) break;
        // 对象 or 类型 may say the count first reached (一年内3次, 满3次, 第3次起): nothing is taken before it
        const said = `${target.rest}${type.rest}`;
        const threshold = countThresholdOf(said);
        // words of a count that name none (“三次以上” is read; “多次以上” is not): said, not silently dropped
        if (threshold === null && /次.*(以上|起|开始)|门槛|累计/.test(said)) {
          bad(row.cells.target, row.target || row.type, '次数门槛，如“一年内3次”（满3次起每次都扣，前几次一并扣）或“第3次起”（从第3次起扣），不设门槛则留空');
          break;
        }
        if (kind === 'late') [m.latePenalty, m.lateThreshold] = [-Math.abs(points), threshold];
        else [m.assignmentPenalty, m.assignmentThreshold] = [-Math.abs(points), threshold];
        break;
      }
      case 'assignmentDone':
        m.assignmentDone = needValue();
        break;
      case 'max':
      case 'min': {
        const components = componentsOf(target.rest);
        if (components === null) {
          bad(row.cells.target, row.target, '计分项：采用、批示、加分、基础分、扣分、加减分、总分，可用“+”连接，如“基础分+扣分”');
          break;
        }
        const n = value ?? (kind === 'min' && valueText === '' && /扣完为止/.test(item) ? 0 : null);
        if (n === null) {
          bad(row.cells.value, valueText, '一个数（分值）');
          break;
        }
        const c = cadence ?? 'window';
        const what = target.rest === '' ? '总分' : target.rest;
        bounds.push({
          components, cadence: c, max: kind === 'max' ? n : null, min: kind === 'min' ? n : null, negativeAdjustments: /扣分|扣减/.test(target.rest),
          text: `${what}${c === 'window' ? '' : CADENCE_LABEL_SHORT[c]}${kind === 'max' ? '不超过' : '不低于'}${n}分`,
        });
        break;
      }
      case 'scale': {
        const points = needValue('折算后的满分，如“10”');
        const basisText = target.rest.replace(/^满分/, '');
        // 目标分 / 完成比例: each unit against its own 目标分 (“未完成基本分按完成比例得分，完成基本分得100分”)
        const basis = basisText === '' || /最高/.test(basisText) ? 'top' : /目标|基本分|完成比例|完成率/.test(basisText) ? 'target' : numberOf(basisText);
        // 各组最高分: the top unit of each ranking group gets full marks (排名分组), not the top of all
        const perGroup = basis === 'top' && /各组|每组|分组|本组|组内|各类|同类/.test(basisText);
        if (basis === null) bad(row.cells.target, row.target, '“最高分”（最高的单位得满分）、“各组最高分”、“目标分”（按完成目标分的比例）或原满分，如“满分120”');
        else if (points !== null) m.scale = perGroup ? { points, basis, perGroup } : { points, basis };
        break;
      }
      case 'tier': {
        const from = tierFrom(row.type);
        if (from === null) {
          bad(row.cells.type, row.type, '该档的起点，如“200分以上”“达到150分”，最低一档写“100分以下”');
          break;
        }
        const points = needValue('该档计的分，如“45”');
        const subject = row.target.trim();
        if (points !== null) tiers.push({ subject: subject === '' || /^(采用|采用得分|录用|得分|总分)$/.test(looseKey(subject)) ? null : subject, from, points, text: row.type.trim() });
        break;
      }
      case 'rankPoints': {
        const basis = rankBasis(row.target);
        const steps = rankSteps(row.type);
        const top = needValue('第一梯次的分值，如“5”');
        if (basis === null) bad(row.cells.target, row.target, '按什么排名：“报送”（报送条数）、“采用”（采用条数）或“得分”');
        else if (steps === null) bad(row.cells.type, row.type, '梯次与递减，如“每5名减1分”“每名减0.5分”');
        else if (top !== null) rankPoints.push({ basis, ...steps, top, text: `${row.target.trim()} · ${row.type.trim()}` });
        break;
      }
      case 'rateFlag': {
        const below = numberOf(target.rest || type.rest, true);
        if (below === null) {
          bad(row.cells.target, row.target, '录用率，如“30%”');
          break;
        }
        m.rateFlag = { below, cadence: cadence ?? 'window', penalty: -Math.abs(value ?? 0) };
        break;
      }
      case 'overQuota': {
        const points = needValue('每超报1篇的分值，如“1”');
        // 超报计分 | 采用 | 每月 | 30: 「每月录用信息不少于1条的基础上进行奖励，超过部分每条30元」 — beyond the adoption quota
        const adopted = ADOPTED_WORDS.test(`${target.rest}${type.rest}`);
        if (points !== null) m.overQuota = { points, cadence, ...(adopted ? { adopted } : {}) };
        break;
      }
      case 'streakFlag': {
        const periods = numberOf(target.rest || type.rest);
        if (periods === null || periods < 1) {
          bad(row.cells.target, row.target, '连续期数，如“3”');
          break;
        }
        m.streakFlag = { periods, cadence: cadence ?? 'month', penalty: -Math.abs(value ?? 0) };
        break;
      }
      case 'sharedCredit': {
        const text = wordsOf().join('');
        // 畜牧局: 「多人合写的，只计前两名作者，按3:2分配」 — shares by the order of names
        const weights = weightsOf(text);
        if (weights) [m.sharedCredit, m.creditWeights] = ['ordered', weights];
        else if (/前两名|按比例|按署名顺序|[:：比]/.test(text)) bad(row.cells.target, row.target || text, '按署名顺序的比例，如“3:2”（第一作者3份、第二作者2份，其后不计）或“60%、40%”');
        else if (/第一作者|第一署名|第一执笔/.test(text)) m.sharedCredit = 'first';
        else if (/减半|计半|各半|一半/.test(text)) m.sharedCredit = 'half';
        else if (/平分|均分|分摊|平均/.test(text)) m.sharedCredit = 'split';
        else if (/全额|各计|全分|各得/.test(text)) m.sharedCredit = 'full';
        else bad(row.cells.target, row.target, '“平分”“各计全分”“减半”“第一作者”或按署名顺序的比例“3:2”');
        // 「按平均数计算所在单位录用信息数量」: the count toward a quota is shared too, not only the points
        if (/(数量|篇数|条数|件数|计数)/.test(text) && /平分|均分|平均|按人数|按单位数|比例/.test(text)) m.sharedCounts = true;
        break;
      }
      case 'pointsUnit': {
        // 计分单位 | 元: a 奖励办法 pays in 元 (“每篇奖励200元”); the word may stand in 对象, 类型 or 分值
        const written = wordsOf();
        const unit = written.length === 1 ? pointsUnitOf(written[0]) : null;
        if (unit) m.pointsUnit = unit;
        else bad(row.cells.target, written.join(' '), '“元”（奖励办法按金额计）或“分”');
        break;
      }
      case 'assessmentYear': {
        // 考核年度 | 8月1日至次年7月31日 (“上年12月1日至本年11月30日”, “8月—次年7月”, “每年8月起”): years counted from that month
        const written = wordsOf().join('');
        const start = yearStartOf(written);
        if (start === null) bad(row.cells.target, written, '考核年度的起止，如“8月1日至次年7月31日”“1月至12月”（从某月1日起算满一年）');
        else m.yearStart = start;
        break;
      }
      case 'assessmentPeriod': {
        // 考核周期 | 每季度 (“每季度为一个考核期”, “《吕梁民进信息》采用的每季度汇总排名”): the period 等次 are given for and this sheet ranks
        const written = wordsOf().join('');
        const period = assessmentCadenceOf(written);
        if (period === null) bad(row.cells.target, written, '“每月”“每季度”“每半年”或“每年”（按哪种期间考核、排名）');
        else m.assessmentCadence = period;
        break;
      }
      case 'ranking': {
        // 排名 | 不排名: a 奖励办法 that pays each unit (“每季度统计一次，发放奖金”) ranks nobody; 排名 | 按奖励合计 asks for a rank
        const written = wordsOf(looseKey).join('');
        // the whole word: “不分组” (one list, still ranked) belongs to 设置 排名分组 and is no “不排名”
        if (/^(否|无|不|不排|不排名|不排名次|不排序|不分名次|不评比|不评名次)$/.test(written)) m.ranked = false;
        else if (/^(是|排名|排名次|排序|按|竞争排名|通报排名|评比)/.test(written)) m.ranked = true;
        else bad(row.cells.target, written, '“排名”（按总分在排名分组内排名）或“不排名”');
        break;
      }
    }
  }
  for (const r of repeats) {
    const same = instructions.filter((i) => looseKey(i.leader) === looseKey(r.leader));
    if (same.length === 0 && r.each) instructions.push({ leader: r.leader, type: null, points: r.points, repeat: r.points });
    else if (same.length === 0) {
      parsed.issues.push(makeIssue('RULE_BAD_VALUE', sheet, r.cell, MESSAGES.ruleBadValue('批示', r.written, `先有一行“批示 | ${r.leader} |  | 分值”给第一条批示的分值`)));
    }
    for (const i of same) i.repeat = r.points;
  }
  // a bound's text was written in 分 before the 计分单位 row may have been read
  const unitBounds = m.pointsUnit === '分' ? bounds : bounds.map((b) => ({ ...b, text: b.text.replace(/分$/, m.pointsUnit) }));
  Object.assign(m, { adoption: adoption.concat(adoptionFromFloor), bonuses, submissions, factors, instructions, quotas, base, missing, targets, bounds: unitBounds, tiers, rankPoints });
  const defaults = rulesFromValues(parsed.values);
  const rules = custom ? rulesFromValues(parsed.values, m) : { ...defaults, model: { ...defaults.model, ranked: m.ranked, yearStart: m.yearStart, assessmentCadence: m.assessmentCadence } };
  return { rules, issues: parsed.issues, unitNames };
}

/** A 分档 row's 类型: the step's least points (“200分以上”“达到150分”“≥30”“100—149分”), or -Infinity for the bottom step (“100分以下”“不足20分”). */
function tierFrom(text: string): number | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  // a range “100—149分” starts at its first number
  const m = /^(?:达到|达|满|得到|≥|>=)?(\d+(?:\.\d+)?)(?:分|条|篇)?(?:(?:[-—–~～至到])\d+(?:\.\d+)?(?:分|条|篇)?|以上|及以上|或以上)?$/.exec(t);
  if (m) return Number(m[1]);
  if (/^(?:不足|低于|少于|<)?\d+(?:\.\d+)?(?:分|条|篇)?(以下|以内)?$/.test(t) && /不足|低于|少于|<|以下|以内/.test(t)) return -Infinity;
  if (/^(其他|其余|以下|最低档)$/.test(t)) return -Infinity;
  return null;
}

/**
 * The first month of a 考核年度 as written: “8月1日至次年7月31日”, “上年12月1日至本年11月30日”, “8月—次年7月”, “8月起”, “1月至12月”; null
 * when it does not start on the 1st of a month or does not end the day before it starts a year later.
 */
export function yearStartOf(text: string): number | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(/^(每年|自|从)/, '');
  const m = /^(?:上年|上一年|当年|本年)?(\d{1,2})月(?:(\d{1,2})日)?(?:起|开始)?(?:(?:至|到|—|-|~|～|－)+(?:次年|下年|下一年|本年|当年)?(\d{1,2})月(?:(\d{1,2})日)?(?:止)?)?$/.exec(t);
  if (!m) return null;
  const start = Number(m[1]);
  if (start < 1 || start > 12 || (m[2] && Number(m[2]) !== 1)) return null;
  if (m[3]) {
    const end = Number(m[3]);
    const last = start === 1 ? 12 : start - 1;
    if (end !== last) return null;
    // the end day, when written, is the month's last (31, 30, or 28/29 for February)
    if (m[4] && Number(m[4]) < 28) return null;
  }
  return start;
}

/** A 考核周期 as written: 每月/月度/按月, 每季度/季度/按季, 每半年/半年度, 每年/年度/全年 (每周 is no period Duban grades), or null. */
export function assessmentCadenceOf(text: string): AssessmentCadence | null {
  const t = looseKey(text).replace(/为一?个?(考核期|考核周期|周期)$/, '').replace(/^(按|每)/, '').replace(/(考核|排名|通报|评比|汇总|一次)+$/, '');
  if (/^(月|月度|个月|每月)$/.test(t)) return 'month';
  if (/^(季|季度|个季度)$/.test(t)) return 'quarter';
  if (/^(半年|半年度)$/.test(t)) return 'half';
  if (/^(年|年度|全年|考核年度)$/.test(t)) return 'year';
  return null;
}

/** The 考核周期 a 评分规则 sheet's name says (评分规则（季度）, 月度评分规则, 评分规则-年度), or null. */
export function assessmentCadenceInName(name: string): AssessmentCadence | null {
  const m = /(月度|每月|季度|每季|半年|年度|每年|全年)/.exec(name);
  return m ? assessmentCadenceOf(m[1]) : null;
}

/** A 名次计分 row's 对象: what units are placed by (报送条数, 采用数量, 得分), or null. */
function rankBasis(text: string): RankPointsRule['basis'] | null {
  const t = looseKey(text);
  if (/^(报送|上报|报送条数|报送数量|上报材料|信息数量|数量)(条数|数量|多少)?$/.test(t)) return 'submitted';
  if (/^(采用|录用|采用条数|采用数量|录用数量|质量|信息质量)(条数|数量|多少)?$/.test(t)) return 'adopted';
  if (/^(得分|积分|总分|原始分)$/.test(t)) return 'points';
  return null;
}

/** A 名次计分 row's 类型: places per step and points less per step (“每5名减1分”“每5名一个梯次，每下降一个梯次少计1分”“每名减0.5分”). */
function rankSteps(text: string): { step: number; drop: number } | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const m = /^每(\d*)名(?:为?一个梯次|一档)?[,，、;；]?(?:每(?:下降|降低?)一?个?(?:梯次|档|名))?(?:减|少计|少|递减|降|扣)(\d+(?:\.\d+)?)[分元]?$/.exec(t);
  if (!m) return null;
  const step = m[1] === '' ? 1 : Number(m[1]);
  return step >= 1 ? { step, drop: Number(m[2]) } : null;
}

/** Words of a 缺报扣分 row taken once per period the quota is missed (未完成任务的扣30分). */
const NOT_MET = /(未|没有|没)(完成|达标|达到)(报送|采用|录用)?(指标|任务)?|完不成(报送|采用|录用)?(指标|任务)?|每期|一次性/;

/** Words of a 缺报扣分 row about the adoption quotas (少采用扣分, 对象 未完成采用指标): pieces short of 采用指标, not of 报送指标. */
const ADOPTED_WORDS = /采用|录用|刊发|发表|用稿|发稿/;

/** A 批示 row's 类型 that says how further 批示 of the same level on one piece score: 其余批示 (its own points) or 每次 (in full). */
function repeatOf(type: string): 'rest' | 'each' | null {
  const t = looseKey(type);
  if (/^(其余|其他|其它|再次|第二[条次位]?(及以后|起)?)([^每]*批示)?(每[条次])?(计分)?$/.test(t)) return 'rest';
  if (/^(每[次条](批示)?|多次批示(每次|分别)计分?|分别计分?)$/.test(t)) return 'each';
  return null;
}

const CADENCE_LABEL_SHORT: Record<Cadence, string> = { week: '每周', month: '每月', quarter: '每季度', half: '每半年', year: '每年', window: '' };

/** The components a 上限/下限 row's 对象 names ("基础分+扣分"); 'total' for 总分 or blank; null when not understood. */
function componentsOf(text: string): readonly ComponentKey[] | 'total' | null {
  const t = looseKey(text);
  if (t === '' || /^(总分|总得分|合计|得分|综合得分)$/.test(t)) return 'total';
  const out: ComponentKey[] = [];
  for (const word of t.split(/[+＋、,，和与及]/).filter(Boolean)) {
    const hit = COMPONENT_WORDS.find(([re]) => re.test(word));
    if (!hit) return null;
    for (const c of hit[1]) if (!out.includes(c)) out.push(c);
  }
  return out.length ? out.sort((a, b) => COMPONENTS.indexOf(a) - COMPONENTS.indexOf(b)) : null;
}
