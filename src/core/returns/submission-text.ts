// What a Word submission's text says about itself: its title past a 简报's 报头 (masthead, 第N期, 编印 line) or an 编者按, a 报送单位 line, a date line.
import { CivilDate } from '../dates/civil-date';
import { fullDateIn } from './submission-name';
import { isBodyLine, normalizeReturnedText } from './returned-text';
import { isColumnName } from './return-reader';
import { parseChineseInteger } from '../dates/numerals';

export interface SubmissionText {
  /** The title, or null with why in `titleProblem`. */
  readonly title: string | null;
  readonly titleProblem?: string;
  /** The unit a 报送单位/供稿单位 line (or a form's 单位名称 cell) names, as written. */
  readonly unitText: string | null;
  /** The unit the 落款 names (the line over the closing date, or before it on its line), as written: taken only when nothing else names one. */
  readonly signedBy?: string;
  /** The 编发单位 a 简报's 报头 prints before its date (县教育局办公室　2025年6月20日), as written: taken like the 落款's. */
  readonly issuedBy?: string;
  /**
   * A 综合简报's items (its 本期目录 lists two or more): each as its heading in the body reads, in the 目录's order — every
   * item is one 信息, registered as a row of its own. Only items whose heading the body holds; the others in `contentsMissing`.
   */
  readonly contents?: readonly string[];
  /** Items the 目录 lists that no heading of the body matches (a 目录 left from another issue, a text cut short): not registered, said. */
  readonly contentsMissing?: readonly string[];
  /** The date a line of its own gives (the 编印 line of the 报头, or the 落款 at the end). */
  readonly date: CivilDate | null;
}

/** A 简报's name on its masthead: 教育工作简报, 县教育局信息, 政务信息 (short, no sentence marks; "关于…的信息" is a title). */
const MASTHEAD = /^[^，。；：:,;！？!?]{2,20}(信息|简报|动态|快报|专报|要情|专刊|参阅|通讯|周报|月报|文件)$/u;
/** 第12期, （2023年第15期）, 总第123期. */
const ISSUE = /^[（(]?\s*(\d{4}\s*年\s*)?(总\s*)?第\s*[\d一二三四五六七八九十百零〇]+\s*期/u;
/** A line of rule characters (a 报头's separator typed out). */
const RULE = /^[─—\-_=＝━*~～·.\s]{3,}$/u;
/** The words that label the unit sending a text (longest first: 信息来源单位 before 信息来源 and 来源). */
const UNIT_WORDS = '报送单位|供稿单位|来稿单位|投稿单位|报送部门|供稿部门|投稿部门|信息来源单位|来源单位|供稿|信息来源|来源|班级/部门|所在部门|所在单位';
/** The label of a date line a submission form asks for (富平: 发布时间; 中国科大 MBA中心: 投稿日期). */
const DATE_LABEL = '(?:报送|发布|投稿|供稿|来稿|撰稿|填报|成稿)(?:时间|日期)';
/** Lines of a form a clerk puts around the text: who sends it, who signed it off, who to call. */
const LABEL = new RegExp(`^[（(]?\\s*(${UNIT_WORDS}|签发人|签发|审核人|审核|核稿人?|撰稿人?|撰稿|作者|文章作者|投稿人|姓名|责任编辑|编辑|文字|摄影|图片提供者?|联系人|联系电话|联系方式|电话|密级|紧急程度|编号|报送|抄送|发送|${DATE_LABEL})\\s*(?:[:：]|\\s)`, 'u');
/** The label of the unit that sends it. */
const UNIT_LABEL = new RegExp(`(?:^|[\\s（(])(?:${UNIT_WORDS})\\s*(?:[:：]|\\s)\\s*([^\\s　:：，,；;）)]+)`, 'u');
/** The closing bracket many 信息 end with: （县教育局供稿）. */
const SUPPLIED_BY = /^[（(]\s*([^\s（）()：:，,]{2,20}?)\s*供稿\s*[）)]$/u;
/** A 文件's 文号 under its 红头: 县教〔2023〕12号. */
const DOC_NUMBER = /^[\u4e00-\u9fa5]{1,10}\s*[〔\[（(【]\s*\d{4}\s*[〕\]）)】]\s*\d{1,4}\s*号$/u;
/** An 编者按 (editor's note): its paragraph is no title. */
const EDITOR_NOTE = /^[【\[（(]?\s*编者按\s*[】\])）]?\s*[:：]?/u;
/** A line that ends in a date standing alone: the 落款 (2023年6月20日), or a 编印 line (县教育局办公室编　　2023年6月15日). */
const DATE_LINE = new RegExp(`^(?:|.*(?:\\s|编|编印|印发|印)|${DATE_LABEL}\\s*[:：])\\s*(\\d{4}\\s*年\\s*\\d{1,2}\\s*月\\s*\\d{1,2}\\s*[日号]|\\d{4}[.\\-/]\\d{1,2}[.\\-/]\\d{1,2})$`, 'u');
const DATE_LINE_MAX = 40;
const dateLine = (line: string) => (line.length <= DATE_LINE_MAX && DATE_LINE.test(line) ? fullDateIn(line) : null);
/** A 综合简报's list of its items (政府工作简报格式: 多种信息…采用小标题分述), and one entry of it (1.…, 一、…, ◆…; a page number after dots dropped). */
const CONTENTS = /^[【\[（(]?\s*(本期目录|本期要目|本期导读|本期提要|目\s*录)\s*[】\])）]?\s*[:：]?$/u;
const CONTENTS_ITEM = /^(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[）)]|[一二三四五六七八九十]{1,3}\s*、|[◆●■▲★·•◇○])\s*(.+?)(?:\s*[.…·]{2,}\s*\d+)?$/u;

/** The number a 目录 entry is listed under (1. / （2） / 三、), or null for a bullet. */
function entryNumber(line: string): number | null {
  const m = /^\s*[（(]?\s*(\d{1,2}|[一二三四五六七八九十]{1,3})/u.exec(line);
  return m ? (/^\d/u.test(m[1]) ? Number(m[1]) : parseChineseInteger(m[1])) : null;
}

/** The 本期目录 and its entries: the lines they take (no title) and the items (null without a 目录 of two or more). */
function contentsOf(lines: readonly string[]): { lines: ReadonlySet<number>; items: string[] | null } {
  const at = lines.findIndex((l) => CONTENTS.test(l));
  const taken = new Set<number>();
  if (at < 0) return { lines: taken, items: null };
  taken.add(at);
  const items: string[] = [];
  const keys = new Set<string>();
  let last = 0;
  const marked = at + 1 < lines.length && CONTENTS_ITEM.test(lines[at + 1]);
  let repeated = false;
  for (let i = at + 1; i < lines.length && !isBody(lines[i]); i++) {
    // entries marked (1. / 一、 / ◆) or, unmarked, short lines: the list ends where the body repeats an entry as its 小标题
    const text = marked ? CONTENTS_ITEM.exec(lines[i])?.[1]?.trim() : lines[i];
    if (text === undefined) break;
    const key = headingKey(text);
    if (!marked && (key === '' || isFrameLine(lines[i]))) continue; // a rule or a date line between the 目录 and the body
    if (keys.has(key)) { repeated = true; break; }
    // a numbered list ends where its numbering starts again (the body's 小标题 numbered as the 目录 was: 一、 after 三、)
    const number = marked ? entryNumber(lines[i]) : null;
    if (number !== null && number <= last) break;
    last = number ?? last;
    keys.add(key);
    items.push(text);
    taken.add(i);
  }
  // unmarked lines are a 目录 only when the body then repeats its first entry: else they are the text's own lines
  if (!marked && !repeated) return { lines: new Set([at]), items: null };
  return { lines: taken, items: items.length >= 2 ? items : null };
}

/** A heading as compared with a 目录 entry: without its list number, spaces and punctuation. */
const headingKey = (line: string) => (CONTENTS_ITEM.exec(line)?.[1] ?? line).normalize('NFKC').replace(/[\s\p{P}\p{S}]/gu, '');

/** Whether every character of a short title stands in a longer one in its order (县教育局部署暑期安全工作 in 县教育局多措并举部署暑期学生安全工作). */
function inOrderWithin(short: string, long: string): boolean {
  let at = 0;
  for (const ch of long) if (at < short.length && ch === short[at]) at++;
  return at === short.length;
}

/**
 * Where each 目录 entry stands in the text after the 目录: the first unused line that is the entry (list number, spaces and
 * punctuation aside), or a heading (no sentence) that holds its words in order — a 目录 shortens titles by leaving words
 * out. The body's wording, or null when no line is the entry.
 */
function headingsInBody(lines: readonly string[], taken: ReadonlySet<number>, items: readonly string[]): (string | null)[] {
  const after = Math.max(...taken) + 1;
  const used = new Set<number>();
  return items.map((item) => {
    const key = headingKey(item);
    for (let i = after; i < lines.length; i++) {
      if (used.has(i)) continue;
      const line = headingKey(lines[i]);
      if (line === key || (!isBody(lines[i]) && key.length >= 6 && inOrderWithin(key, line))) {
        used.add(i);
        return (CONTENTS_ITEM.exec(lines[i])?.[1] ?? lines[i]).trim();
      }
    }
    return null;
  });
}

/** A 综合简报's items found in its body (each a 信息 of its own) and those the 目录 lists but the body lacks. */
function listedItems(lines: readonly string[], contents: { lines: ReadonlySet<number>; items: string[] | null }): Pick<SubmissionText, 'contents' | 'contentsMissing'> {
  if (!contents.items) return {};
  const headings = headingsInBody(lines, contents.lines, contents.items);
  const found = headings.filter((h): h is string => h !== null);
  const missing = contents.items.filter((_, i) => headings[i] === null);
  return { ...(found.length > 0 ? { contents: found } : {}), ...(missing.length > 0 ? { contentsMissing: missing } : {}) };
}

/** "标题：…" written out. */
const TITLE_LABEL = /^(标题|题目)\s*[:：]\s*(.+)$/u;

/** A form's cells that label the cell after them (a 审批表, a 稿件登记表: 单位名称 | 县教育局 | 申请人 | 张三; 标题 | …). */
const FORM_TITLE_CELL = /^(标题|题目|稿件标题|信息标题|新闻标题|稿件题目|稿件名称|信息名称)$/u;
const FORM_UNIT_CELL = new RegExp(`^(单位名称|所在单位|单位|${UNIT_WORDS})$`, 'u');
const FORM_DATE_CELL = /^(报送时间|报送日期|投稿时间|投稿日期|日期|时间)$/u;
const FORM_LABEL_CELL = /^(申请人|撰稿人?|作者|通讯员|摄影|审核人?|签发人?|联系人|联系电话|电话|发布渠道|拟发媒体|密级|宣传报道事项|新闻稿件)$/u;
const cellLabel = (cell: string) => cell.normalize('NFKC').replace(/[\s:：*]/gu, '');

/** What a form's table rows (a line's cells, split where the document had a tab) say: its 标题 (null when the form has no such cell, '' when left blank), 单位名称 and 报送时间. */
function formCells(table: readonly (readonly string[])[]): { title: string | null; unit: string | null; date: CivilDate | null; rows: ReadonlySet<number> } {
  let title: string | null = null;
  let unit: string | null = null;
  let date: CivilDate | null = null;
  const rows = new Set<number>();
  table.forEach((cells, i) => {
    if (cells.length < 2) return;
    cells.forEach((cell, c) => {
      const label = cellLabel(cell);
      const isTitle = FORM_TITLE_CELL.test(label), isUnit = FORM_UNIT_CELL.test(label), isDate = FORM_DATE_CELL.test(label);
      if (!isTitle && !isUnit && !isDate && !FORM_LABEL_CELL.test(label)) return;
      rows.add(i);
      // a label's value is the next cell, unless that names a column itself (a register's header: 信息标题 | 报送时间)
      const value = cells[c + 1] ?? '';
      if (value !== '' && isColumnName(value)) return;
      if (isTitle) title ||= value;
      else if (isUnit) unit ??= value || null;
      else if (isDate) date ??= fullDateIn(value);
    });
  });
  return { title, unit, date, rows };
}

/** A 落款 crediting the writers after the unit, without a date (学院 用稿条例: “单位（具体到职能部门）姓名/文，姓名/图”). */
const CREDIT_LINE = /^([^\s，,。：:/／]{2,20})[\s　]+[^\s，,。/／]{2,4}\s*[/／]\s*文(?:\s*[，,、\s　]\s*[^\s，,。/／]{2,4}\s*[/／]\s*(?:图|摄))?$/u;

/** The 落款: the unit on the line over the last date line, or before the date on its line (千山区农业局　2017年7月5日), or before the writers' credit (机电工程系 张三/文). */
function signature(lines: readonly string[], from: number): string | undefined {
  const credit = lines.length - 1 > from ? CREDIT_LINE.exec(lines[lines.length - 1]) : null;
  if (credit) return credit[1];
  for (let j = lines.length - 1; j > from; j--) {
    if (dateLine(lines[j]) === null) continue;
    const before = /^(.*?)\s+\S+$/u.exec(lines[j])?.[1]?.trim() ?? '';
    const over = lines[j - 1];
    const unit = before !== '' ? before : j - 1 > from ? over : '';
    return BYLINE.test(unit) ? unit.split(/\s+/u)[0] : undefined;
  }
  return undefined;
}

/** The 编发单位 on the 报头's date line over the title (县教育局办公室　2025年6月20日; 县教育局办公室编印　…). */
function issuer(lines: readonly string[], until: number): string | undefined {
  for (let i = 0; i < until; i++) {
    if (dateLine(lines[i]) === null) continue;
    const before = (/^(.*?)\s+\S+$/u.exec(lines[i])?.[1] ?? '').trim().replace(/\s*(?:编印|编发|编|印发|印)$/u, '');
    if (BYLINE.test(before)) return before.split(/\s+/u)[0];
  }
  return undefined;
}

/** A byline under the title: the unit alone, or with the writer's name (县教育局, 城关镇 张三) — not the rest of the title. */
const BYLINE = /^[^\s，。：:]{2,15}(局|委|办|镇|乡|街道|中心|政府|部|院|所|站|队|公司|社|馆|会|室|厅)(\s+[^\s]{2,4})*$/u;

const isBody = isBodyLine;

/** A line of the 报头 under its name, or around the text: 第N期, the 编印 line, a rule, a label, an 编者按. */
function isFrameLine(line: string): boolean {
  return ISSUE.test(line) || DOC_NUMBER.test(line) || RULE.test(line) || LABEL.test(line) || EDITOR_NOTE.test(line) || dateLine(line) !== null;
}

/** Whether line i belongs to the 报头 or around the text, not the title: a masthead name only with 报头 lines under it (全县防汛工作动态 alone is a title). */
function isFrame(lines: readonly string[], i: number): boolean {
  const line = lines[i];
  if (isFrameLine(line)) return true;
  const under = lines.slice(i + 1, i + 3).some((l) => ISSUE.test(l) || DOC_NUMBER.test(l) || RULE.test(l) || dateLine(l) !== null);
  return MASTHEAD.test(line) && !/^关于/u.test(line) && !/的(工作)?信息$/u.test(line) && under;
}

/** Reads a submission's paragraphs (one a line): the title, the 报送单位 it names and a date line. */
export function readSubmissionText(text: string): SubmissionText {
  // a table row is a line with its cells split by tabs: the cells are kept apart for a form's labels, the line joins them
  const cellsOf = text.split(/\r?\n/).map((l) => l.split('\t').map((c) => normalizeReturnedText(c).trim())).filter((cells) => cells.some((c) => c !== ''));
  const lines = cellsOf.map((cells) => cells.filter((c) => c !== '').join(' '));
  let unitText: string | null = null;
  let date: CivilDate | null = null;
  for (const line of lines) {
    unitText ??= UNIT_LABEL.exec(line)?.[1] ?? SUPPLIED_BY.exec(line)?.[1] ?? null;
    date ??= dateLine(line);
  }
  // a form's table (审批表, 稿件登记表): its 标题 and 单位名称 cells say what the form is for
  const form = formCells(cellsOf);
  unitText ??= form.unit;
  date ??= form.date;
  if (form.title !== null) {
    const signedBy = signature(lines, 0);
    const signed = signedBy ? { signedBy } : {};
    if (form.title === '') return { title: null, titleProblem: '表格中“标题”一栏没有填写：请填上稿件标题后重新报送', unitText, date, ...signed };
    return { title: form.title, unitText, date, ...signed };
  }
  const contents = contentsOf(lines);
  const listed = listedItems(lines, contents);
  let at = lines.findIndex((l, i) => (!isFrame(lines, i) && !form.rows.has(i) && !contents.lines.has(i)) || TITLE_LABEL.test(l));
  if (at < 0) return { title: null, titleProblem: '文档中只有报头、落款等，没有标题和正文', unitText, date };
  // a 红头 that is the unit's name alone (县教育局), its title on the next line: the unit, not the title
  if (BYLINE.test(lines[at]) && lines[at + 1] !== undefined && !isBody(lines[at + 1]) && !isFrameLine(lines[at + 1])) unitText ??= lines[at++];
  // the 红头 of a 文件 names its unit too (县教育局文件)
  const red = lines.slice(0, at).find((l) => MASTHEAD.test(l) && l.endsWith('文件'));
  if (red) unitText ??= red.slice(0, -2);
  const first = lines[at];
  const signedBy = signature(lines, at);
  const issuedBy = issuer(lines, at);
  const signed = { ...(signedBy ? { signedBy } : {}), ...(issuedBy ? { issuedBy } : {}), ...listed };
  // a 综合简报: its first item, as the body heads it (without its list mark)
  if (listed.contents) return { title: listed.contents[0], unitText, date, ...signed };
  const labelled = TITLE_LABEL.exec(first);
  if (labelled) return { title: labelled[2].trim(), unitText, date, ...signed };
  if (isBody(first)) {
    return { title: null, titleProblem: `正文前没有标题（第一段是“${first.slice(0, 30)}…”）：请在正文前加上标题后重新报送`, unitText, date, ...signed };
  }
  // a long title broken over two centred lines: the second short, no sentence, not the 主送 line (县委办：), and the text goes on after it
  const next = lines[at + 1];
  const after = lines[at + 2];
  const joins = next !== undefined && after !== undefined && first.length <= 30 && next.length <= 30 && !isBody(next) && !isFrameLine(next)
    && !/^[—－\-─（(【\[]/u.test(next) && !BYLINE.test(next) && !/[：:，,]$/u.test(first) && !/[：:]$/u.test(next) && (isBody(after) || isFrameLine(after));
  return { title: joins ? first + next : first, unitText, date, ...signed };
}
