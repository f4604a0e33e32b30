// 优秀信息员 of the year-end 通报: the office's own list, or its quota filled by the year's points, or a marked place to fill.
import { PersonScore } from '../scoring/people';
import { PointsUnit, amountText, scoredWord } from '../scoring/points-unit';
import { parseChineseInteger, asciiDigits } from '../dates/numerals';

/** What the 通报 calls them (吉林省工商局 2009: 「授予肖金红等9名同志为2009年度…优秀信息员」; 民建北京市委: 优秀信息员). */
export const REPORTER_TITLE = '优秀信息员';

/**
 * A place the office fills before the leader signs: printed as it reads here, highlighted by the document writer, and named
 * in the warnings — never a name Duban made up.
 */
export const TO_FILL = (what: string) => `【待填：${what}】`;
/** Finds the TO_FILL places in a text (for the writer's highlight). */
export const TO_FILL_PATTERN = /【待填：[^】]*】/g;

/** Candidates named to the clerk (not in the document) when the office has not chosen. */
const CANDIDATES_SHOWN = 10;

export interface ReporterSection {
  readonly paragraphs: string[];
  /** How many people the decision names; absent where the names are left to the office (【待填】). */
  readonly count?: number;
  /** To the clerk: what to fill and from where (the year's leading authors), when the 设置 has no list. */
  readonly warning: string | null;
}

/**
 * Names of a 设置 list: "张三（金安区人民政府）、李四，王五" — separated by 、，,；; or new lines, a unit in brackets kept with its name,
 * a leading "名单：" dropped. Spaces inside a name are the padding of two-character names (吉林省工商局: 「赵 江、董 彦」) and go;
 * only a list with no other separator is split at spaces ("王芳 李军").
 */
export function reporterList(text: string): string[] {
  const body = text.replace(/^\s*(?:名单)?[：:]/, '').trim();
  if (!body) return [];
  const pieces = /[、，,；;\n]/.test(body) ? body.split(/[、，,；;\n]+/) : body.split(/\s+/);
  return pieces.map((n) => n.replace(/\s+/g, '').replace(/\(/g, '（').replace(/\)/g, '）')).filter(Boolean);
}

/** "10", "十", "10名", "前10名": the quota; null when the text is no positive whole number. */
export function reporterQuota(text: string | undefined): number | null {
  if (!text) return null;
  const t = asciiDigits(text.normalize('NFKC')).replace(/[名个人位\s]/g, '').replace(/^前/, '');
  const n = /^\d+$/.test(t) ? Number(t) : parseChineseInteger(t);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/** The authors within the quota by the year's points (ties at the line all in, as 温县 lists four under 「前3名」), points above 0. */
export function leadingReporters(people: readonly PersonScore[], quota: number): PersonScore[] {
  return people.filter((p) => p.points > 0 && p.rank <= quota);
}

/** 「授予肖金红等9名同志为2009年度全省工商系统政务信息工作优秀信息员。」 (吉林省工商局), one person 「授予张三同志为…」. */
const named = (names: readonly string[], honour: string) =>
  `授予${names.length === 1 ? `${names[0]}同志` : `${names[0]}等${names.length}名同志`}为${honour}。`;
const withUnit = (unit: PointsUnit) => (p: PersonScore) => `${p.name}（${p.unit}，${amountText(p.points, unit)}）`;
const bareName = (n: string) => n.replace(/（.*$/, '');
/** The one paragraph when the office has not chosen: the names left to it. */
const placeToFill = (year: string, honour: string) => `根据${year}信息报送和采用情况，授予以下同志为${honour}：${TO_FILL('姓名（单位），由发文机关研究确定')}。`;

/**
 * The 优秀信息员 section of a year-end 通报 (`year`: "2023年度"; `honour`: "2023年度六安市暖民心行动宣传工作优秀信息员"):
 * - 设置 优秀信息员 lists them: named as listed (吉林省工商局: 「授予肖金红等9名同志为…优秀信息员」, then the names);
 * - 设置 优秀信息员名额 N: the N authors with the most points over the year (民建北京市委 评选办法: 「被信息部门采用量较大
 *   （以被采用累计得分为准）」), with their units and points;
 * - neither, but the ledger names authors: a marked place to fill, and the year's leading authors told to the clerk only;
 * - neither, and no authors: null (the office does not track people; nothing to say).
 */
export function reporterSection(
  people: readonly PersonScore[], list: string | undefined, quotaText: string | undefined, year: string, honour: string, unit: PointsUnit = '分',
): ReporterSection | null {
  const basis = `根据${year}信息报送和采用情况，`;
  const names = reporterList(list ?? '');
  if (names.length) return { paragraphs: [`${basis}${named(names.map(bareName), honour)}`, `名单：${names.join('、')}。`], count: names.length, warning: null };
  const quota = reporterQuota(quotaText);
  if (quota !== null) {
    const chosen = leadingReporters(people, quota);
    if (chosen.length === 0) {
      return {
        paragraphs: [placeToFill(year, honour)],
        warning: `“设置”表“优秀信息员名额”为${quota}名，但报送台账全年没有作者得分：通报“${REPORTER_TITLE}”一节留有待填处。请在报送台账填写“作者”列，或在“设置”表加一行“优秀信息员 | 姓名（单位）、…”。`,
      };
    }
    const tie = chosen.length > quota ? `（第${quota}名得分并列的一并列入）` : '';
    return {
      paragraphs: [`${basis}按个人被采用稿件累计${scoredWord(unit)}评定，${named(chosen.map((p) => p.name), honour)}`, `名单${tie}：${chosen.map(withUnit(unit)).join('、')}。`],
      count: chosen.length,
      warning: null,
    };
  }
  // a 名额 that is no number is the office's wish not understood: said so, and the place left to fill
  const unread = quotaText?.trim() ? `“设置”表“优秀信息员名额”应填人数（如“10”），“${quotaText.trim()}”未能识别。` : '';
  if (people.length === 0 && !unread) return null;
  const leading = people.filter((p) => p.points > 0).slice(0, CANDIDATES_SHOWN);
  const hint = leading.length ? `报送台账按作者统计，${year}${scoredWord(unit)}前列的是${leading.map(withUnit(unit)).join('、')}，供研究时参考。` : '';
  return {
    paragraphs: [placeToFill(year, honour)],
    warning:
      `${unread}“设置”表没有“优秀信息员”名单：通报“${REPORTER_TITLE}”一节留有待填处（【待填：…】），不由督办代定。${hint}` +
      '请在“设置”表加一行“优秀信息员 | 姓名（单位）、…”，或“优秀信息员名额 | 人数”（按全年个人得分评定），然后重新生成。',
  };
}
