// The year-end 通报's 考核等次: how many units in each 等次, the praised ones named by category, the rest left to the table.
import { GRADE_NAMES, ScoringRules, excellentShareText } from '../scoring/scoring-rules';
import { categoriesOf } from '../scoring/ranking';
import { Grade, UnitScore } from '../scoring/tally';
import { CHINESE_ORDINALS, MAX_NAMED_UNITS, namedUnits } from './sentences';

/** 等次 a 通报 names unit by unit: those it praises. The lower ones are counted and left to the attachment's 等次 column. */
const NAMED: readonly Grade[] = [GRADE_NAMES.excellent, GRADE_NAMES.good];

/** What of the rules the section states: which lines exist (for units below them) and the 优秀 quota. */
export type GradeRules = Pick<ScoringRules, 'gradeLines' | 'excellentShare'>;

/** 「优秀等次不超过各类单位数的30%」 when the rules cap 优秀 (the reason a unit at the line may not be 优秀). */
function shareClause(rules: GradeRules | null, categories: number): string {
  return rules?.excellentShare == null ? '' : `，${excellentShareText(rules.excellentShare, categories > 1)}`;
}

/**
 * Units with no 等次, as the rules leave them (custom rules only: unscaled totals against the lines): below the lowest line
 * written (「未达到良好分数线的3个」), at the 优秀 line but past 优秀比例 with no lower line (「达到优秀分数线但超出优秀比例的2个」),
 * or, when 优秀 is by quota alone, 「其余12个未评定等次」.
 */
function ungradedParts(rules: GradeRules | null, ungraded: readonly UnitScore[]): CountPart[] {
  if (ungraded.length === 0) return [];
  const lines = rules?.gradeLines;
  const lowest = lines ? ([[lines.fair, GRADE_NAMES.fair], [lines.good, GRADE_NAMES.good], [lines.excellent, GRADE_NAMES.excellent]] as const).find(([l]) => l !== null) : undefined;
  if (!lowest) return [{ label: '其余', count: ungraded.length, suffix: '未评定等次' }];
  const line = lowest[0]!;
  const cut = ungraded.filter((s) => s.total >= line - 1e-9).length;
  const below = ungraded.length - cut;
  return [
    ...(cut ? [{ label: `达到${GRADE_NAMES.excellent}分数线但超出${GRADE_NAMES.excellent}比例的`, count: cut }] : []),
    ...(below ? [{ label: `未达到${lowest[1]}分数线的`, count: below }] : []),
  ];
}

/** One count of the lead: 「良好2个」, 「未达到优秀分数线的3个」, 「其余13个未评定等次」. */
interface CountPart {
  readonly label: string;
  readonly count: number;
  readonly suffix?: string;
}

/**
 * The counts with their shares, in tenths of a per cent that add up to 100 (largest remainders take the rounding; 咸宁市:
 * 「90分以上的网站38家，占比95%」, 贵州省林业厅 「…36个，占63.1 %…21个，占36.9%」); no share when one part holds every unit.
 */
function countsWithShares(parts: readonly CountPart[], total: number): string[] {
  const exact = parts.map((p) => (p.count * 1000) / total);
  const tenths = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - tenths[i], i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = 1000 - tenths.reduce((a, b) => a + b, 0); left > 0; k++, left--) tenths[order[k % order.length][1]]++;
  return parts.map((p, i) => `${p.label}${p.count}个${parts.length > 1 ? `（占${(tenths[i] / 10).toFixed(1)}%）` : ''}${p.suffix ?? ''}`);
}

/**
 * 二、考核等次 of a year-end 通报 (null when the rules give no 等次):
 * - the count in each 等次 with its share, adding up to the units ranked (北京市西城区 2008: 「督查考核优秀单位（共13个）」; 咸宁市 2020:
 *   「90分以上的网站38家，占比95%」);
 * - the praised units (优秀, 良好) named by category, best first (凉山州 2011年度: 「一、考核结果为优秀的县市政府办公室 雷波县政府办、…
 *   二、考核结果为优秀的州级部门 州科技局、…」; 嘉兴市 2008年度: per group 「一等奖：…二等奖：…」);
 * - the rest pointed to the attachment, where every unit's 等次 stands: no real 通报 read names units 一般 or 较差 in its text
 *   (凉山州 names only 优秀 and prints every score in its table; 西城区: 「其它部门均为良好部门」).
 */
export function gradeParagraphs(scores: readonly UnitScore[], period: string, rules: GradeRules | null = null, annexes = '附件'): string[] | null {
  const graded = rules ? rules.gradeLines !== null : scores.some((s) => s.grade !== null);
  if (scores.length === 0 || !graded) return null;
  const grades = Object.values(GRADE_NAMES).filter((g) => scores.some((s) => s.grade === g));
  const parts = [...grades.map((g) => ({ label: g, count: scores.filter((s) => s.grade === g).length })), ...ungradedParts(rules, scores.filter((s) => s.grade === null))];
  const counts = countsWithShares(parts, scores.length);
  const categories = categoriesOf(scores);
  const lead = `按${period}考核得分评定等次${shareClause(rules, categories.length)}，纳入考核的${scores.length}个单位中，${counts.join('、')}。`;
  const named = (list: readonly UnitScore[]) =>
    NAMED.map((g) => [g, list.filter((s) => s.grade === g).map((s) => s.unit)] as const)
      .filter(([, names]) => names.length > 0)
      // 优秀 in full, as a 表彰 lists them (嘉兴市: 35 先进集体); a longer 良好 list named up to MAX_NAMED_UNITS, then counted
      .map(([g, names]) => `${g}等次：${g !== GRADE_NAMES.excellent && names.length > MAX_NAMED_UNITS ? namedUnits(names) : names.join('、')}`)
      .join('；');
  // per category with praised units: numbered when several (「（一）县区。优秀等次：…」), one alone unnumbered (「县区良好等次：…」)
  const listed = categories.length < 2
    ? [['', named(scores)] as const].filter(([, text]) => text)
    : categories.map((c) => [c, named(scores.filter((s) => s.category === c))] as const).filter(([, text]) => text);
  const lines = listed.map(([c, text], i) => (listed.length > 1 ? `（${CHINESE_ORDINALS[i] ?? i + 1}）${c}。${text}。` : `${c}${text}。`));
  const rest = scores.some((s) => !NAMED.includes(s.grade as Grade));
  const tail = lines.length === 0 ? `各单位等次详见${annexes}。` : rest ? `其余单位等次详见${annexes}。` : '';
  if (tail && lines.length) lines[lines.length - 1] += tail;
  return [lead + (lines.length ? '' : tail), ...lines];
}
