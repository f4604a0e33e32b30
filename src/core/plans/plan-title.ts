// A plan's own title, as the task sheet's title is made from it: the line naming its 方案/计划/要点, a title broken over two lines joined.
import { Paragraph } from './outline';
import { UNIT_END } from '../units/unit-lists';

/** The plan's title: a line naming a 方案/计划 near the top, the document's own title before a covering notice's. */
export function titleOfPlan(paras: readonly Paragraph[]): string | null {
  // "…系列主题日活动安排" titles a schedule as 方案 titles a plan; "…规划责任分解" (运城 2017), "…重要工作事项责任分工" (金乡 2025),
  // "…工作报告任务清单" (沁县 2025) title a division of work
  // its year may close it in brackets: "市政府工作报告重点工作责任分解(2023年)" (丽水 2023)
  const candidates = paras.slice(0, 20).filter((p) => p.level === 0 && /方案|计划|要点|活动安排$|(?:责任|任务)(?:分解|分工)(?:[(（]20\d\d年度?[)）])?$|任务清单$/.test(p.plain) && p.text.length <= 60 && !/[。，,；;]/.test(p.plain.slice(0, -1)));
  const ownTitle = (p: Paragraph) => !/关于印发|的通知$|^《|》/.test(p.plain) && /(?:方案|计划|要点|活动安排|(?:责任|任务)(?:分解|分工)|任务清单)(?:[(（]20\d\d年度?[)）])?(?:\.docx?)?$/.test(p.plain);
  // a title of its own line before one of a numbered list of attachments ("2.2025年十五件民盼实事任务分解")
  const own = candidates.find((p) => ownTitle(p) && !/^\d{1,2}\s*[.．、]/.test(p.plain)) ?? candidates.find(ownTitle);
  const chosen = splitTitle(paras, own ?? candidates[0]);
  return chosen ? chosen.text.replace(/\.docx?$/i, '').replace(/(\d)\s+/g, '$1').replace(/\s+(?=\d|年)/g, '') /* spaces after a digit, then before a digit or 年 (no lookbehind: Safari before 16.4) */ : null;
}

/**
 * A title a 公文 breaks over two centred lines ("立山区政府2023年重点工作" / "任务分解和责任分工方案"): the two joined. The
 * line above must be a bare start of a title naming the year — no punctuation, no date, no unit's name (a signature, an
 * office's letterhead), no 方案 of its own — and the line no covering notice (关于…).
 */
function splitTitle(paras: readonly Paragraph[], chosen: Paragraph | undefined): Paragraph | undefined {
  if (!chosen) return chosen;
  const above = paras[paras.findIndex((p) => p.index === chosen.index) - 1];
  if (!above || above.index !== chosen.index - 1 || above.level > 0 || above.text.length > 30 || above.text.length + chosen.text.length > 60) return chosen;
  const bare = !/[。，,；;：:、()（）《》“”"【】\s]/.test(above.plain) && !/方案|计划|要点|通知|文件$|^附件/.test(above.plain)
    && !/\d{1,2}月\d{1,2}日$/.test(above.plain) && !UNIT_END.test(above.plain) && /20\d\d年|年度/.test(above.plain);
  return bare && /^[\u4e00-\u9fff]/.test(chosen.plain) && !/关于/.test(chosen.plain) ? { ...chosen, text: above.text + chosen.text, plain: above.plain + chosen.plain } : chosen;
}
