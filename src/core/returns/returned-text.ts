// Text from a unit's return is untrusted: one normalisation (controls, bidi and zero-width marks out) used before storing and before comparing, and the tests a name must pass.
import { looksLikeFormula } from '../sheets/grid';
import { lookAlikes } from '../units';

/** C0 (tab/newline/CR aside: they become spaces), DEL and C1 controls. */
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
/** Marks that reorder or hide text: bidi embeddings, overrides and isolates, LRM/RLM/ALM, and zero-width characters. */
const HIDDEN = /[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u180e\u00ad]/gu;
const SPACES = /[\s\u3000]+/gu;

/**
 * What the normalisation would change: a hidden mark or control, whitespace other than one inner
 * space (every \s character but U+0020 is listed). Most cells have none and are returned as they are
 * (collect normalises each cell of 60k returned rows and every ledger row's key).
 */
// eslint-disable-next-line no-control-regex
const CHANGES = /[\u0000-\u001f\u007f-\u00a0\u00ad\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f-\u2064\u2066-\u2069\u3000\ufeff]|^ | $| {2}/;

/** The text a return's cell is stored and compared as: controls, bidi and zero-width marks removed, runs of spaces one space, trimmed. */
export function normalizeReturnedText(text: string): string {
  if (!CHANGES.test(text)) return text;
  return text.replace(HIDDEN, '').replace(CONTROLS, ' ').replace(SPACES, ' ').trim();
}

/** The hidden or control characters a text holds (for the reason a name is refused), as U+XXXX. */
export function hiddenMarks(text: string): string[] {
  const found = new Set<string>();
  for (const m of text.matchAll(HIDDEN)) found.add(m[0]);
  for (const m of text.matchAll(CONTROLS)) found.add(m[0]);
  return [...found].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}

export { looksLikeFormula } from '../sheets/grid';

/** The longest text of one cell a return may carry (a title, a note): an article's title is far shorter. */
export const MAX_RETURNED_TEXT = 500;

/** A line a title is not: body text (a sentence ended with 。, or long); a title may hold ；or end with ！ (Word submissions and the 标题 cell alike). */
export const isBodyLine = (line: string): boolean => line.length > 60 || /。/u.test(line);

/** Why a unit name taken from a return cannot be trusted as written, or null when it can. */
export function nameProblem(raw: string): string | null {
  const marks = hiddenMarks(raw);
  if (marks.length > 0) return `含有不可见的控制字符（${marks.join('、')}，如从右到左标记、零宽字符），显示的名称可能与实际不同`;
  const alike = lookAlikes(raw.trim());
  if (alike.length > 0) return `含有形近字 ${alike.join('、')}，不是单位名录中的写法`;
  if (looksLikeFormula(raw)) return '以 =、+、-、@ 开头，是公式而不是单位名称';
  if (raw.length > 100) return `长达 ${raw.length} 个字符，不是单位名称`;
  return null;
}
