// Levenshtein edit distance on characters (code points), with an optional early cut-off.

/**
 * Number of single-character insertions, deletions and substitutions turning `a` into `b`,
 * counted on code points (a CJK character or an astral character is one step).
 * With `max`, the work stops as soon as the distance must exceed it and `max + 1` is returned.
 */
export function editDistance(a: string, b: string, max = Infinity): number {
  return editDistanceOfChars(Array.from(a), Array.from(b), max);
}

/** editDistance of texts already split into code points (for callers comparing one text with many). */
export function editDistanceOfChars(s: readonly string[], t: readonly string[], max = Infinity): number {
  return s.length < t.length ? distanceOf(t, s, max) : distanceOf(s, t, max);
}

/** Two rows of the distance table, reused from call to call (the engine compares one name with hundreds). */
let scratchA: number[] = [];
let scratchB: number[] = [];

/** `s` is the longer (or equal) sequence. */
function distanceOf(s: readonly string[], t: readonly string[], max: number): number {
  const limit = max < 0 ? 0 : max;
  if (s.length - t.length > limit) return limit + 1;
  if (t.length === 0) return s.length;
  if (scratchA.length <= t.length) {
    scratchA = new Array<number>(t.length + 1);
    scratchB = new Array<number>(t.length + 1);
  }
  let prev = scratchA;
  let curr = scratchB;
  for (let j = 0; j <= t.length; j++) prev[j] = j;
  for (let i = 1; i <= s.length; i++) {
    curr[0] = i;
    let rowMin = curr[0];
    const si = s[i - 1];
    for (let j = 1; j <= t.length; j++) {
      const cost = si === t[j - 1] ? 0 : 1;
      const value = Math.min(prev[j] + 1, curr[j - 1] + 1, prev[j - 1] + cost);
      curr[j] = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin > limit) return limit + 1;
    const swap = prev;
    prev = curr;
    curr = swap;
  }
  const result = prev[t.length];
  return result > limit ? limit + 1 : result;
}
