// One row of a returned 报送登记 checked on its own: dates, text (normalised, bounded), adoption, level, task and count — a ledger row or the reason it is refused.
import { CivilDate, compareDates, formatISO } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { CellValue, cellText, isCellError } from '../sheets/grid';
import { LedgerEntry, LedgerScoringField } from '../sheets/ledger-sheet';
import { MediaDirectory, normalizeLevel } from '../sheets/media-sheet';
import { TaskRecord } from '../validation/validate';
import { SubmissionField } from './return-reader';
import { MAX_RETURNED_TEXT, normalizeReturnedText } from './returned-text';

const ADOPTED_YES = /^(是|已采用|采用|√|✓|y|yes)$/i;
const ADOPTED_NO = /^(否|未采用|不采用|×|n|no)$/i;

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
  | { readonly reject: string };

const tooLong = (what: string, text: string) => `${what}过长（${text.length} 个字符，上限 ${MAX_RETURNED_TEXT}），不像一篇稿件的${what}`;

/** A 报送登记 row as a ledger entry, or why it is refused. */
export function checkReturnRow(v: Readonly<Record<SubmissionField, CellValue>>, ctx: RowContext): CheckedRow {
  const errorIn = (Object.keys(v) as SubmissionField[]).find((f) => isCellError(v[f]));
  if (errorIn !== undefined) {
    const names: Record<SubmissionField, string> = { date: '日期', title: '标题', media: '媒体', level: '级别', adopted: '是否采用', taskSeq: '任务序号', count: '数量' };
    return { reject: `${names[errorIn]}是错误值 ${(v[errorIn] as { error: string }).error}（公式出错或数值无效），请改为正确的内容` };
  }
  const date = readDateValue(v.date);
  if (!date.ok) return { reject: cellText(v.date) === '' ? '缺少日期' : `日期“${returnedText(v.date).slice(0, 40)}”无法识别` };
  const { from, to } = ctx.period;
  if (compareDates(date.date, from) < 0 || compareDates(date.date, to) > 0) {
    return { reject: `日期 ${formatISO(date.date)} 不在填报期间（${formatISO(from)}至${formatISO(to)}）内` };
  }
  const title = returnedText(v.title);
  if (title === '') return { reject: '缺少标题' };
  if (title.length > MAX_RETURNED_TEXT) return { reject: tooLong('标题', title) };
  const mediaName = returnedText(v.media);
  if (mediaName.length > 100) return { reject: `媒体名称过长（${mediaName.length} 个字符），不像媒体名称` };
  const adoptedText = returnedText(v.adopted);
  if (adoptedText !== '' && !ADOPTED_YES.test(adoptedText) && !ADOPTED_NO.test(adoptedText)) {
    return { reject: `“是否采用”应填“是”或“否”（填的是“${adoptedText.slice(0, 40)}”）` };
  }
  const adopted = adoptedText === '' ? mediaName !== '' : ADOPTED_YES.test(adoptedText);
  if (adopted && mediaName === '') return { reject: '填了已采用，但没有填采用的媒体' };
  const levelText = returnedText(v.level);
  const statedLevel = normalizeLevel(levelText);
  if (levelText !== '' && statedLevel === null) return { reject: `级别“${levelText.slice(0, 40)}”无法识别（应为中央级、省级、市级或县级）` };
  const notes: string[] = [];
  // an outlet in the 媒体名录 scores at the directory's level, whatever the unit wrote; an unknown one at the unit's, to be checked
  const listedLevel = mediaName ? ctx.media.find(mediaName)?.level ?? null : null;
  const level = listedLevel ?? statedLevel;
  if (listedLevel !== null && statedLevel !== null && statedLevel !== listedLevel) {
    notes.push(`媒体“${mediaName}”在媒体名录中是${listedLevel}，单位填的是${statedLevel}：按媒体名录的${listedLevel}计`);
  } else if (listedLevel === null && statedLevel !== null && mediaName !== '') {
    notes.push(`媒体“${mediaName}”不在媒体名录中，级别按单位所填的${statedLevel}计，请核实`);
  }
  const taskSeq = returnedText(v.taskSeq);
  if (taskSeq !== '' && !ctx.mySeqs.has(taskSeq)) {
    return { reject: ctx.tasksBySeq.has(taskSeq) ? `任务序号 ${taskSeq} 不是本单位牵头或配合的任务` : `任务序号 ${taskSeq.slice(0, 20)} 不存在` };
  }
  const count = countOf(v.count);
  if (typeof count === 'string') return { reject: count };
  if (mediaName !== '' && level === null) notes.push(`媒体“${mediaName}”不在媒体名录中，也未填级别，采用得分按 0 计`);
  return { entry: { date: date.date, unit: ctx.unit, title, media: mediaName, level, adopted, taskSeq, count }, notes };
}

/** 数量: blank is 1; otherwise a whole number from 1 to MAX_ROW_COUNT, finite — the reason as a string when not. */
export function countOf(value: CellValue | undefined): number | string {
  const text = returnedText(value);
  if (text === '') return 1;
  const n = typeof value === 'number' ? value : Number(text.replace(/[,，]/g, ''));
  const why = !Number.isFinite(n)
    ? Number.isNaN(n) ? '不是数字' : '不是有限的数（如 1e999）'
    : n < 0 ? '是负数'
    : n === 0 ? '是 0（没有报送就不必登记）'
    : !Number.isInteger(n) ? '不是整数'
    : n > MAX_ROW_COUNT ? `超过 ${MAX_ROW_COUNT}` : null;
  return why ? `数量“${text.slice(0, 40)}”${why}：应为 1 至 ${MAX_ROW_COUNT} 的整数` : n;
}
