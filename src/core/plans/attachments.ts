// A plan's list of attachments (附件：…): where its body ends, and which listed attachment is its task-division table.
import type { Paragraph } from './outline';

/** A line listing or heading the attachments (附件：…, 附件1, 附件二：…): the body of the plan has ended. */
export const ATTACHMENT = /^附件\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})?\s*(?:[:：.．、]|$)/;

/** An attachment's title that names a task-division table (任务分工表, 责任分解表, 重点任务清单, 责任清单…). */
const TASK_TABLE_TITLE = /分工|分解|任务清单|责任清单|任务表|责任表/;
/** A line of the list longer than this is text, not a title. */
const MAX_TITLE = 60;
/** One attachment of a list written on one line ("1.…分工表 2.…报名表"): split at each number. */
const LIST_NUMBER = /\s*(?:^|\s)\d{1,2}\s*[.．、]\s*/;

/**
 * The title of the task-division table the plan lists as an attachment ("附件：六安市2023年暖民心行动宣传任务分工表",
 * "附件1" over "XX重点任务分解表", "附件：1.…分工表 2.…报名表"), and the paragraph it is in; null when it lists none.
 */
export function listedTaskTable(paras: readonly Paragraph[]): { paragraph: number; title: string } | null {
  for (const [i, p] of paras.entries()) {
    if (p.level !== 0 || !ATTACHMENT.test(p.plain)) continue;
    // the line's own titles, then the short lines right under it (a title, or the list going on "2.…")
    const lines = [{ index: p.index, text: p.text.replace(ATTACHMENT, ''), plain: p.plain.replace(ATTACHMENT, '') }];
    for (let k = i + 1; k < paras.length && k <= i + 3 && paras[k].plain.length <= MAX_TITLE && !ATTACHMENT.test(paras[k].plain); k++) {
      lines.push({ index: paras[k].index, text: paras[k].text, plain: paras[k].plain });
    }
    for (const line of lines) {
      const titles = line.plain.split(LIST_NUMBER).map((t) => t.trim()).filter(Boolean);
      const title = titles.find((t) => t.length <= MAX_TITLE && TASK_TABLE_TITLE.test(t));
      if (title) return { paragraph: line.index, title: unquoted(title).replace(/\s+/g, '') };
    }
  }
  return null;
}

/** A title without the marks around it ("《…任务分工表》" → …任务分工表); marks inside stay (《政府工作报告》任务分解表). */
function unquoted(title: string): string {
  return /^《[^《》]*》$/.test(title) || /^[“"][^“”"]*[”"]$/.test(title) ? title.slice(1, -1) : title;
}

/** A title compared as clerks retype it: no quotes or book-title marks, no spaces ("2025年县《政府工作报告》任务清单" = "2025年县政府工作报告任务清单"). */
const titleKey = (t: string): string => t.replace(/[《》〈〉<>“”"‘’'\s\u3000]/g, '');

/** The paragraph where the listed table's title is printed again below the list, the attachment given as text (沁县 2025's 任务清单); null when it is not. */
export function attachmentTitledBelow(paras: readonly Paragraph[], listed: { paragraph: number; title: string }): number | null {
  const key = titleKey(listed.title);
  return paras.find((p) => p.index > listed.paragraph && titleKey(p.plain) === key)?.index ?? null;
}

