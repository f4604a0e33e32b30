// A plan's table of contents (目录): the headings listed before the body that repeats them, never tasks of their own.
import type { Paragraph } from './outline';

/**
 * A heading as a contents line shows it, without its number (Word may number the body on from the contents: 六、 for 一、)
 * and without Word's dot leader and page number ("一、指导思想……1", "一、指导思想\t3").
 */
function headingKey(p: Paragraph): string {
  return p.plain.slice(p.prefix).replace(/[\s\u3000]*(?:[.．…·─—-]{2,}[\s\u3000]*)?\d{0,3}[\s\u3000]*$/, '').replace(/[\s\u3000]+/g, '');
}

/** A contents line: a numbered heading, no sentence (no 。；, no comma), short. */
const isContentsLine = (p: Paragraph) => p.level > 0 && headingKey(p).length <= 40 && !/[。；;，,：:！!？?]/.test(headingKey(p));
const CONTENTS_TITLE = /^目[\s\u3000]*录$/;

/** Fewest headings a table of contents lists (a part and a few of its points). */
const MIN_LINES = 4;

/**
 * The paragraphs of the plan's table of contents, if it has one: a run of at least four numbered headings with no text
 * between them (after a 目录 line, or opening the text), whose first-level headings the body repeats further down — a
 * 2026 教育系统 工作方案 listing 一、指导思想和工作目标 … 五、组织保障, every (一)(二) and its four 实施步骤 stages
 * before its title and body. Read as items they would be every task twice; the body's own headings are the tasks.
 */
export function contentsLines(paras: readonly Paragraph[]): number[] {
  for (let i = 0; i < paras.length; i++) {
    const titled = CONTENTS_TITLE.test(paras[i].plain.trim());
    const from = titled ? i + 1 : i;
    // a contents run is the first part heading of the text or follows its 目录 line (a title or a site's lines may come before it)
    if (!titled && paras[i].level !== 1) continue;
    if (!titled && !isContentsLine(paras[i])) return [];
    let to = from;
    while (to < paras.length && isContentsLine(paras[to])) to++;
    if (to - from < MIN_LINES) return [];
    const later = new Set(paras.slice(to).filter((p) => p.level === 1).map(headingKey));
    const repeated = paras.slice(from, to).filter((p) => p.level === 1 && later.has(headingKey(p)));
    if (repeated.length === 0) return [];
    return paras.slice(titled ? i : from, to).map((p) => p.index);
  }
  return [];
}
