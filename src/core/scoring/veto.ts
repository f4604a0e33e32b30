// 一票否决: a 加减分 row whose 事由 takes away a unit's right to be rated 优秀/先进 (取消评先资格), whatever its total.
import type { UnitScore } from './tally';

/**
 * Words of a 事由 that withhold 优秀 (评先评优): 一票否决, 取消评先/评优/评先评优资格, 不得评为先进/优秀 — as real rules word the
 * consequence of a 迟报、漏报、瞒报、误报 of urgent information (池州 「取消评优资格」, 黑龙江 「取消单位评先资格」) or of 失实 (广东安监局).
 */
// 广东安监局: 「取消年度政务信息工作评先资格」 — what the 资格 is of may take a dozen characters
const VETO = /一票否决|取消[^，。；]{0,12}(评先|评优|先进|优秀)[^，。；]{0,4}资格|不得(评为|参评|评选)[^，。；]{0,4}(先进|优秀)/;

/** The 加减分 事由 that vetoes the unit's 优秀 (the first, as written), or null. */
export function vetoOf(score: Pick<UnitScore, 'parts'>): string | null {
  for (const p of score.parts) if (p.component === 'adjustment' && VETO.test(p.label)) return p.label;
  return null;
}

/** The flag a vetoed unit carries in every table, naming why. */
export const vetoFlag = (reason: string) => `取消评先评优资格（一票否决）：${reason}`;
