// 先进单位 of the year-end 通报: the office's own list, printed as its decision and grouped by ranking category; never chosen by Duban.
import { UnitRegistry } from '../units/units';
import { categoriesOf } from '../scoring/ranking';
import { UnitScore } from '../scoring/tally';
import { reporterList } from './reporters';

/** What the 通报 calls them (吉林省工商局 2009: 「授予长春市工商局等9个单位（部门）为…先进单位」; 嘉兴市 2008: 先进集体). */
export const ADVANCED_TITLE = '先进单位';

export interface HonourSection {
  readonly paragraphs: string[];
  /** How many the decision names (units or people). */
  readonly count?: number;
  /** The units it honours, as the registry spells them (先进单位). */
  readonly units?: readonly string[];
  /** To the clerk: names the registry does not know (printed as written: the list is the office's decision). */
  readonly warning: string | null;
}

/**
 * The 先进单位 section from 设置 `先进单位` (「A、B、C」): 「根据2023年度信息报送和采用情况，授予A等3个单位为2023年度…先进单位。」 (吉林省工商局),
 * then the list — by ranking category when it spans several (嘉兴市: 「（一）县（市、区）政府办公室 …（二）市级有关部门 …」), each
 * name as the registry spells it (an alias written resolves to its unit); null when 设置 has no list.
 */
export function advancedUnitSection(
  list: string | undefined, scores: readonly UnitScore[], registry: UnitRegistry | null, year: string, honour: string,
): HonourSection | null {
  const written = reporterList(list ?? '');
  if (written.length === 0) return null;
  const categoryOf = new Map(scores.map((s) => [s.unit, s.category]));
  const names = written.map((w) => {
    const r = registry?.resolve(w);
    return r && (r.kind === 'name' || r.kind === 'alias') ? r.name : w;
  });
  const unknown = names.filter((n) => !categoryOf.has(n));
  const decision = `根据${year}信息报送和采用情况，授予${names.length === 1 ? names[0] : `${names[0]}等${names.length}个单位`}为${honour}。`;
  const categories = categoriesOf(scores).filter((c) => names.some((n) => categoryOf.get(n) === c));
  const listed = categories.length > 1
    ? [...categories.map((c) => `${c}：${names.filter((n) => categoryOf.get(n) === c).join('、')}`), ...(unknown.length ? [`其他：${unknown.join('、')}`] : [])].join('；')
    : names.join('、');
  return {
    paragraphs: [decision, `名单：${listed}。`],
    count: names.length,
    units: names,
    warning: unknown.length
      ? `“设置”表“${ADVANCED_TITLE}”中的${unknown.map((n) => `“${n}”`).join('、')}不在单位名录中，已按所写列入通报，请核对单位全称。`
      : null,
  };
}
