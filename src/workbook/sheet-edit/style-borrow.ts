// The cell format a date borrows when the format it would borrow shows no dates.
import { CellXf } from '../package/xlsx-stream';

/**
 * A cell format showing dates, for a date written where the borrowed format is not one: the date
 * format sharing most of the borrowed one's font, fill and border; undefined when there is none.
 */
export function dateStyleLike(xfs: readonly CellXf[], base: number): number | undefined {
  const like = xfs[base];
  let best: number | undefined;
  let bestScore = -1;
  xfs.forEach((xf, i) => {
    if (!xf.date) return;
    const score = like ? Number(xf.fontId === like.fontId) + Number(xf.fillId === like.fillId) + Number(xf.borderId === like.borderId) : 0;
    if (score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}
