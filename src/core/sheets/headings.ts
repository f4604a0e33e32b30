// Section headings of a task table: how a heading row is told, and the lead unit or leader a heading names ("一、县示范区管委会牵头工作(8项)", "一、王纲市长主抓重点工作").

/** A top-level heading ("一、…", "第二部分"): it ends the group of the one before, where a sub-heading "(一)" does not. */
export const HEADING_LEVEL_ONE = /^(?:[一二三四五六七八九十百]+[、.．]|第[一二三四五六七八九十百\d]+(?:部分|章|篇))/;

/** A heading's number: "一、", "(一)", "第二部分", "A、…". */
export const HEADING = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）]|第[一二三四五六七八九十百\d]+(?:部分|章|节|篇|项)|[A-Z][、.．]\S)/;

/**
 * A heading that groups tasks by their lead unit, as a 县 list printed without a unit column does:
 * "一、县示范区管委会牵头工作(8项)", "二、县发改局牵头任务（12项）", "(三)县住建局牵头事项". Group 1 is the unit.
 */
const LEAD_HEADING = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）])\s*(\S{2,30}?)牵头(?:的)?(?:工作|任务|事项)\s*(?:[（(]\s*(?:共)?\s*\d+\s*(?:项|条|个)\s*[)）])?\s*[。:：]?$/;

/** The lead unit a heading names ("一、县示范区管委会牵头工作(8项)" → 县示范区管委会), or null. */
export function headingLead(text: string): string | null {
  const m = LEAD_HEADING.exec(text.trim());
  return m ? m[1] : null;
}

/**
 * A heading that groups tasks by the leader who takes charge of them, as a 市 list printed per leader does:
 * "一、王纲市长主抓重点工作" (湖州 2020), "一、徐国龙副市长重点工作" (绍兴 2021), "(二)张三副县长分管工作". Group 1 is the name.
 */
const LEADER_HEADING = /^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[)）])\s*([\u4e00-\u9fa5]{2,4}?)(?:同志)?(?:常务)?副?(?:省长|市长|县长|区长|州长|旗长|镇长|乡长|主任|秘书长)(?:主抓|分管|牵头|负责|联系)?(?:的)?(?:重点)?(?:工作|任务|事项)\s*(?:[（(]\s*(?:共)?\s*\d+\s*(?:项|条|个)\s*[)）])?\s*[。:：]?$/;

/** Role words that stand where a name would. */
const NOT_A_NAME = /分管|主管|常务|牵头|负责|联系|各|相关|有关|其他|政府/;

/** The leader a heading names ("一、王纲市长主抓重点工作" → 王纲), or null. */
export function headingLeader(text: string): string | null {
  const m = LEADER_HEADING.exec(text.trim());
  // a title without a name ("分管副市长重点工作", "各副县长…") names nobody
  return m && !NOT_A_NAME.test(m[1]) ? m[1] : null;
}

/** Who filled in, checked or answers for a printed table (填表人：张三, 联系人 李四, 联系电话 …): a line starting so is no row of it. */
const SIGN_OFF_PEOPLE = ['填表人', '填报人', '审核人', '联系人', '联系电话', '负责人', '制表人', '签发人', '分管领导'];
/** Other sign-off labels, each with its colon (制表：县政府督查室, 填报单位（盖章）：, 电话：…): "审核把关" is no sign-off. */
const SIGN_OFF_LABELS = ['制表', '制表单位', '填表', '填表单位', '填报单位', '填表日期', '填报日期', '报送日期', '审核', '审签', '签字', '签发', '电话'];

/** A sign-off line under (or over) a printed table or a returned form: 制表、填报人、审核、联系电话 … */
export const SIGN_OFF_LINE = new RegExp(`^(?:(?:${SIGN_OFF_PEOPLE.join('|')})|(?:${SIGN_OFF_LABELS.join('|')})\\s*(?:[（(]\\s*(?:签字|签名|盖章)\\s*[)）])?\\s*[:：])`, 'u');

/** The words of a totals line clerks add under a table: 合计, 小计, 总计, 共计, 全县合计. */
const TOTAL_WORDS = '(?:全[县市区省州盟旗乡镇]|[县市区])?(?:合\\s*计|小\\s*计|总\\s*计|共\\s*计)';
/** A line that starts as a totals line ("合计：12篇" under a return's rows). */
export const TOTAL_LINE = new RegExp(`^${TOTAL_WORDS}`, 'u');
/** A cell that is a totals line's label alone ("全县合计 | 7000" over an allocation's towns, 融安 2023). */
export const TOTAL_CELL = new RegExp(`^${TOTAL_WORDS}$`, 'u');

/** A note under (or over) a table: 注：, 注1：, 说明：, 备注：, 附注：, 填表说明：, 填报说明：. */
export const NOTE_LINE = /^(?:注\s*\d{0,2}|备注|说明|附注|填表说明|填报说明)\s*[:：]/u;

/** What a line under a printed table is when it is no row of it (a total, a sign-off, a note), or null. */
export function tableFurniture(text: string): 'total' | 'signOff' | 'note' | null {
  return TOTAL_LINE.test(text) ? 'total' : SIGN_OFF_LINE.test(text) ? 'signOff' : NOTE_LINE.test(text) ? 'note' : null;
}
