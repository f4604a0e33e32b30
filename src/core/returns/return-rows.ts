// One row of a returned 报送登记 checked on its own: dates, text (normalised, bounded), adoption, level, task and count — a ledger row or the reason it is refused.
import { CivilDate, compareDates, formatISO } from '../dates/civil-date';
import { parseChineseInteger } from '../dates/numerals';
import { CellValue, cellText, isCellError } from '../sheets/grid';
import { tableFurniture } from '../sheets/headings';
import { ADOPTED_NO, ADOPTED_YES, readAdoption } from '../sheets/adoption';
import { LedgerEntry, LedgerScoringField, countFigure } from '../sheets/ledger-sheet';
import { MediaDirectory, normalizeLevel } from '../sheets/media-sheet';
import { TaskRecord } from '../validation/validate';
import { SubmissionField } from './return-reader';
import { isBodyLine, MAX_RETURNED_TEXT, normalizeReturnedText } from './returned-text';
import { readReturnedDate } from './returned-dates';


/** The most 数量 one row may claim. */
export const MAX_ROW_COUNT = 1000;

/** A returned cell's text, normalised once (what is stored and compared); an error value's text is its code. */
export function returnedText(value: CellValue | undefined): string {
  if (isCellError(value)) return value.error;
  return normalizeReturnedText(cellText(value));
}

export interface RowContext {
  readonly unit: string;
  readonly period: { readonly from: CivilDate; readonly to: CivilDate };
  readonly media: MediaDirectory;
  readonly mySeqs: ReadonlySet<string>;
  readonly tasksBySeq: ReadonlyMap<string, TaskRecord>;
}

export type CheckedRow =
  | { readonly entry: Omit<LedgerEntry, 'row' | LedgerScoringField>; readonly notes: string[] }
  | { readonly reject: string }
  /** Not an article (a 合计 line, the 填表人's name under the table): listed, not merged, nothing to send back. */
  | { readonly skip: string };

/** Why a text is a line under the table (a 合计, the 填表人's name, a 填表说明), not an article, or null. */
export function furnitureReason(text: string): string | null {
  switch (tableFurniture(text)) {
    case 'total': return `“${text.slice(0, 20)}”是合计行，不是一篇稿件，未登记（台账按逐行登记的稿件计数）`;
    case 'signOff': return `“${text.slice(0, 30)}”是填表人等落款，不是一篇稿件，未登记`;
    case 'note': return `“${text.slice(0, 40)}”是填表说明，不是一篇稿件，未登记`;
    default: return null;
  }
}

/** The figure a 合计 line of a return states in its 数量 cell ("合计 | … | 3"), or null when the row is no total or states none. */
export function totalFigure(v: Readonly<Record<SubmissionField, CellValue>>): number | null {
  const title = returnedText(v.title);
  if (title !== '' && !/^(合|小|总|共)\s*计\s*[:：]?$/u.test(title)) return null;
  if (!(Object.keys(v) as SubmissionField[]).some((f) => tableFurniture(returnedText(v[f])) === 'total')) return null;
  const n = returnedText(v.count) === '' ? NaN : countFigure(typeof v.count === 'number' ? v.count : returnedText(v.count));
  return Number.isInteger(n) && n >= 0 ? n : null;
}

/** What a unit writes in the first row when it has nothing to report: 无, 本月无信息报送, 本期暂无稿件, a slash or a dash. */
const NOTHING_TO_REPORT = /^(?:(?:本月|本期|当月|本季度?|本周)?(?:暂无|无|没有)(?:信息|稿件|新闻|报道|内容)?(?:报送|上报|刊发|采用)?|[/／\\—–\-]+)[。.！!]?$/u;

/** Why a row is no article but a line under the table, or null. */
function notAnArticle(v: Readonly<Record<SubmissionField, CellValue>>): string | null {
  // a nil return: every filled cell says there is nothing (本月无信息报送; 无 | 无 | 无)
  const filled = (Object.keys(v) as SubmissionField[]).map((f) => returnedText(v[f])).filter((t) => t !== '');
  const nil = filled.find((t) => !/^[/／\\—–\-]+$/u.test(t)) ?? filled[0];
  if (filled.length > 0 && filled.every((t) => NOTHING_TO_REPORT.test(t.replace(/\s+/gu, '')))) return `单位填写本期没有稿件（“${nil.slice(0, 20)}”），不是一篇稿件，未登记`;
  // a title is an article's, even one that starts 总计 (总计12亿元…); only a bare 合计 in the title column is a total
  const title = returnedText(v.title);
  if (title !== '' && !/^(合|小|总|共)\s*计\s*[:：]?$/u.test(title)) return null;
  // a note (说明：…) in a form column of a row is the clerk's remark on it, not a line of its own
  for (const f of Object.keys(v) as SubmissionField[]) {
    const text = returnedText(v[f]);
    if (tableFurniture(text) !== 'note') {
      const why = furnitureReason(text);
      if (why) return why;
    }
  }
  return null;
}

/** A name wrapped whole in 《》 or quotation marks, unwrapped (the marks set a name off, they are not part of it). */
function unwrapped(text: string): string {
  const m = /^(?:《([^《》]+)》|“([^“”]+)”|"([^"]+)"|〈([^〈〉]+)〉)$/u.exec(text);
  return m ? (m[1] ?? m[2] ?? m[3] ?? m[4]).trim() : text;
}

/** A title as written: a line break between two Chinese characters (typed to wrap the cell) joins them, others become a space; 《…》 round the whole unwrapped. */
function titleText(value: CellValue | undefined): string {
  const raw = typeof value === 'string' ? value.replace(/([^\x00-\x7f])[ \t\u3000]*\r?\n[ \t\u3000]*(?=[^\x00-\x7f])/gu, '$1') : value;
  return unwrapped(returnedText(raw).replace(LIST_NUMBER, ''));
}

/**
 * A 标题 cell into which a whole article was pasted (title, then the body on lines of its own): the lines before the
 * first line of body text are the title, said with how much body followed; a cell whose first line is already body
 * text has no title and is sent back. A cell of one line, or of title lines only, is left to `titleText` (null).
 */
function pastedArticle(value: CellValue | undefined): { title: string; note: string } | { reject: string } | null {
  if (typeof value !== 'string' || !/\n/u.test(value)) return null;
  const lines = value.split(/\r?\n/u).map((l) => normalizeReturnedText(l).trim()).filter((l) => l !== '');
  const body = lines.findIndex(isBodyLine);
  if (body < 0) return null;
  if (body === 0) return { reject: `标题格中是正文（“${lines[0].slice(0, 20)}……”），没有标题：请只填写稿件标题` };
  const title = titleText(lines.slice(0, body).join('\n'));
  const rest = lines.slice(body).join('').length;
  return { title, note: `标题格中粘贴了整篇稿件（标题下还有 ${rest} 字正文），按${body === 1 ? '第一行' : `前 ${body} 行`}“${title.slice(0, 60)}”登记为标题` };
}

/** A list number a clerk put before a title ("1、", "2.", "（3）", "④"): not part of it ("1.5万户" and "10万群众" are). */
const LIST_NUMBER = /^(?:\d{1,3}\s*[、．]|\d{1,3}\.(?!\d)|[（(]\d{1,3}[）)]|[\u2460-\u2473])\s*(?=\S)/u;

/**
 * An outlet as named: 《安徽日报》 is 安徽日报; "皖西日报（市级）" is 皖西日报 when 媒体名录 knows that name
 * (the bracket gave the level, which the directory holds).
 */
function mediaText(value: CellValue | undefined, media: MediaDirectory): string {
  const text = unwrapped(returnedText(value));
  if (text === '' || media.find(text)) return text;
  const base = unwrapped(text.replace(/\s*[（(][^（）()]*级[^（）()]*[）)]$/u, ''));
  return base !== text && media.find(base) ? base : text;
}

const tooLong = (what: string, text: string) => `${what}过长（${text.length} 个字符，上限 ${MAX_RETURNED_TEXT}），不像一篇稿件的${what}`;

/** A 报送登记 row as a ledger entry, or why it is refused. */
export function checkReturnRow(v: Readonly<Record<SubmissionField, CellValue>>, ctx: RowContext): CheckedRow {
  const errorIn = (Object.keys(v) as SubmissionField[]).find((f) => isCellError(v[f]));
  if (errorIn !== undefined) {
    const names: Record<SubmissionField, string> = { date: '日期', title: '标题', media: '媒体', level: '级别', adopted: '是否采用', taskSeq: '任务序号', count: '数量' };
    return { reject: `${names[errorIn]}是错误值 ${(v[errorIn] as { error: string }).error}（公式出错或数值无效），请改为正确的内容` };
  }
  const skip = notAnArticle(v);
  if (skip !== null) return { skip };
  const date = readReturnedDate(v.date, ctx.period);
  if (date === null) return { reject: cellText(v.date) === '' ? '缺少日期' : `日期“${returnedText(v.date).slice(0, 40)}”无法识别` };
  if ('reject' in date) return date;
  const notes: string[] = date.note ? [date.note] : [];
  const { from, to } = ctx.period;
  if (compareDates(date.date, from) < 0 || compareDates(date.date, to) > 0) {
    return { reject: `日期 ${formatISO(date.date)} 不在填报期间（${formatISO(from)}至${formatISO(to)}）内` };
  }
  const pasted = pastedArticle(v.title);
  if (pasted && 'reject' in pasted) return pasted;
  if (pasted) notes.push(pasted.note);
  const title = pasted ? pasted.title : titleText(v.title);
  if (title === '') return { reject: '缺少标题' };
  if (title.length > MAX_RETURNED_TEXT) return { reject: tooLong('标题', title) };
  let mediaName = mediaText(v.media, ctx.media);
  if (mediaName.length > 100) return { reject: `媒体名称过长（${mediaName.length} 个字符），不像媒体名称` };
  const adoptedWritten = returnedText(v.adopted);
  // "是（头版）", "是，已转载": the answer, then a remark the ledger has no column for (said so)
  const remark = /^(.+?)\s*(?:[（(](.+)[）)]|[，,；;：:]\s*(.+))$/u.exec(adoptedWritten);
  const adoptedText = remark && (ADOPTED_YES.test(remark[1]) || ADOPTED_NO.test(remark[1])) ? remark[1] : adoptedWritten;
  if (adoptedText !== adoptedWritten) notes.push(`“是否采用”填的是“${adoptedWritten.slice(0, 40)}”：按“${ADOPTED_YES.test(adoptedText) ? '是' : '否'}”计，其后的说明未汇总入台账`);
  const adoption = adoptedText === '' ? null : readAdoption(adoptedText);
  if (adoptedText !== '' && !adoption) return { reject: `“是否采用”应填“是”或“否”（填的是“${adoptedText.slice(0, 40)}”）` };
  // "被皖西日报采用": the outlet it names is the row's 媒体 when that is blank, and must be it when not
  const named = adoption?.outlet ? mediaText(adoption.outlet, ctx.media) : '';
  if (named !== '' && mediaName === '') {
    mediaName = named;
    notes.push(`“是否采用”填的是“${adoptedText.slice(0, 40)}”：媒体按其中的“${named}”登记`);
  } else if (named !== '' && (ctx.media.find(named)?.name ?? named) !== (ctx.media.find(mediaName)?.name ?? mediaName)) {
    return { reject: `“是否采用”写的是“${adoptedText.slice(0, 40)}”，媒体填的是“${mediaName.slice(0, 40)}”，两者不一致：请核实后重新填写` };
  }
  const adopted = adoption === null ? mediaName !== '' : adoption.adopted;
  if (adoptedText === '' && mediaName !== '') notes.push(`“是否采用”未填，已填媒体“${mediaName}”，按已采用计，请核实`);
  if (adopted && mediaName === '') return { reject: '填了已采用，但没有填采用的媒体' };
  const levelText = returnedText(v.level);
  const statedLevel = normalizeLevel(levelText);
  if (levelText !== '' && statedLevel === null) return { reject: `级别“${levelText.slice(0, 40)}”无法识别（应为中央级、省级、市级或县级）` };
  // an outlet in the 媒体名录 scores at the directory's level, whatever the unit wrote; an unknown one at the unit's, to be checked
  const listedLevel = mediaName ? ctx.media.find(mediaName)?.level ?? null : null;
  const level = listedLevel ?? statedLevel;
  if (listedLevel !== null && statedLevel !== null && statedLevel !== listedLevel) {
    notes.push(`媒体“${mediaName}”在媒体名录中是${listedLevel}，单位填的是${statedLevel}：按媒体名录的${listedLevel}计`);
  } else if (listedLevel === null && statedLevel !== null && mediaName !== '' && ctx.media.entries.length > 0) {
    // (an empty 媒体名录, as import leaves it, checks nothing: seed 000's collect said this of every one of its 9 rows)
    notes.push(`媒体“${mediaName}”不在媒体名录中，级别按单位所填的${statedLevel}计，请核实`);
  }
  const written = returnedText(v.taskSeq);
  const taskSeq = seqOf(written, ctx);
  if (taskSeq !== written && !ctx.tasksBySeq.has(written)) notes.push(`任务序号“${written}”按任务 ${taskSeq} 计`);
  if (taskSeq !== '' && !ctx.mySeqs.has(taskSeq)) {
    if (/^\S+\s*[、，,;；/和及]\s*\S+/u.test(taskSeq) && !ctx.tasksBySeq.has(taskSeq)) {
      return { reject: `任务序号“${taskSeq.slice(0, 20)}”填了几个任务：一行只对应一个任务序号，请按主要任务填一个（或分行登记）` };
    }
    return { reject: ctx.tasksBySeq.has(taskSeq) ? `任务序号 ${taskSeq} 不是本单位牵头或配合的任务` : `任务序号 ${taskSeq.slice(0, 20)} 不存在` };
  }
  const count = countOf(v.count);
  if (typeof count === 'string') return { reject: count };
  if (mediaName !== '' && level === null) notes.push(`媒体“${mediaName}”不在媒体名录中，也未填级别，采用得分按 0 计`);
  return { entry: { date: date.date, unit: ctx.unit, title, media: mediaName, level, adopted, taskSeq, count }, notes };
}

/** 任务序号 as clerks write it: "任务2", "第2项", "2.", "２", "二" name task 2 when the table has a task 2 and none of the name written. */
function seqOf(written: string, ctx: RowContext): string {
  if (written === '' || ctx.tasksBySeq.has(written) || ctx.mySeqs.has(written)) return written;
  const bare = written.normalize('NFKC').replace(/^(任务|第)\s*/u, '').replace(/\s*(项|号|条)?\s*[.、．]?$/u, '').trim();
  const n = parseChineseInteger(bare);
  for (const candidate of [bare, n === null ? null : String(n)]) {
    if (candidate && (ctx.tasksBySeq.has(candidate) || ctx.mySeqs.has(candidate))) return candidate;
  }
  return written;
}

/**
 * A row as one or more ledger rows: an article several outlets took ("人民网、新华网") is one row per outlet when
 * 媒体名录 knows each (its level from there), said so; when it does not know them all, the row is sent back to be
 * split, since the level of each cannot be told.
 */
export function checkReturnRows(v: Readonly<Record<SubmissionField, CellValue>>, ctx: RowContext): CheckedRow[] {
  const text = returnedText(v.media);
  const parts = text.split(OUTLET_SEPARATOR).map((p) => unwrapped(p.trim())).filter((p) => p !== '');
  if (parts.length < 2 || ctx.media.find(text) || isCellError(v.media)) return [checkReturnRow(v, ctx)];
  const unknown = parts.filter((p) => !ctx.media.find(p));
  if (unknown.length > 0) {
    return [{ reject: `媒体“${text.slice(0, 60)}”填了 ${parts.length} 个媒体，其中${unknown.map((u) => `“${u.slice(0, 20)}”`).join('、')}不在媒体名录中，定不了级别：一篇稿件被几家媒体采用就登记几行，每行一个媒体` }];
  }
  return parts.map((media) => {
    const checked = checkReturnRow({ ...v, media, level: null }, ctx);
    return 'entry' in checked ? { ...checked, notes: [`媒体“${text}”是 ${parts.length} 个媒体，按媒体分行登记，级别按媒体名录`, ...checked.notes] } : checked;
  });
}

/** Between outlets named in one cell (not a space or a slash: 人民日报 海外版, 学习强国/安徽学习平台 are one outlet's names). */
const OUTLET_SEPARATOR = /\s*[、，,；;]\s*|\s+和\s+/u;

/** 数量: blank is 1; otherwise a whole number from 1 to MAX_ROW_COUNT, finite ("1篇", "一", "两条" read as clerks write them) — the reason as a string when not. */
export function countOf(value: CellValue | undefined): number | string {
  const text = returnedText(value);
  if (text === '') return 1;
  const n = countFigure(typeof value === 'number' ? value : text);
  const why = !Number.isFinite(n)
    ? Number.isNaN(n) ? '不是数字' : '不是有限的数（如 1e999）'
    : n < 0 ? '是负数'
    : n === 0 ? '是 0（没有报送就不必登记）'
    : !Number.isInteger(n) ? '不是整数'
    : n > MAX_ROW_COUNT ? `超过 ${MAX_ROW_COUNT}` : null;
  return why ? `数量“${text.slice(0, 40)}”${why}：应为 1 至 ${MAX_ROW_COUNT} 的整数` : n;
}
