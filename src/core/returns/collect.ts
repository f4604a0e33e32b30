// Merges returned forms and Word submissions into the ledger: checks each row, skips duplicates, applies lead units' progress, and tells who has not reported.
import { CivilDate, compareDates, daysInMonth, formatISO, toSerial } from '../dates/civil-date';
import { CompletionRule } from '../deadlines/lead-progress';
import { CellValue } from '../sheets/grid';
import { memoize } from '../memo';
import { MediaDirectory } from '../sheets/media-sheet';
import { LedgerEntry, LedgerScoringField } from '../sheets/ledger-sheet';
import { UnitRegistry } from '../units/units';
import { TaskRecord } from '../validation/validate';
import { FORM_SHEETS, UnitQuotaContext, responsibleUnits } from './form';
import { LedgerIndex } from './ledger-index';
import { formIdentity, resolveUnit, unitAtStart } from './form-identity';
import { LeadCells, mergeLeadProgress } from './merge-progress';
import { ReturnData } from './return-reader';
import { EXTRA_FIELDS, ExtraField, ExtraValues, takeExtras, takeUnitCells } from './extra-columns';
import { CheckedRow, checkReturnRows, countOf, returnedText, totalFigure } from './return-rows';
import { readReturnedDate } from './returned-dates';
import { MAX_RETURNED_TEXT, nameProblem, normalizeReturnedText } from './returned-text';

export { resolveUnit, unitFromFileName } from './form-identity';

/** Where a received date came from, strongest first: the clerk's record, the form's 填报日期, the document's own saved date, the file's modification time. */
export type ReceiptSource = 'clerk' | 'form' | 'document' | 'mtime';

/** What each source is called where the date is shown. */
export const RECEIPT_SOURCE_LABEL: Readonly<Record<ReceiptSource, string>> = {
  clerk: '登记的收件日期',
  form: '填报表所填的填报日期',
  document: '文件内记录的保存日期',
  mtime: '文件修改时间（可能是下载时间，请核实）',
};

/** Who owes a 填报表 (设置 填报表要求): every responsible unit, only lead units, or nobody (only quotas are owed). */
export type FormRequirement = 'all' | 'leads' | 'none';

/** 设置's 填报表要求 text: 各单位/全部/是/必须 → all; 牵头 → leads; blank, 否, 不要求 → none. */
export function formRequirementOf(text: string | undefined): FormRequirement {
  if (!text || /^(否|不|无)|不要求|不需|可不/.test(text)) return 'none';
  if (/牵头/.test(text)) return 'leads';
  return 'all';
}

export interface Period {
  readonly from: CivilDate;
  readonly to: CivilDate;
}

/** A Word submission ("市民政局-2023年5月8日工作信息.docx") as read from its name and first line. */
export interface WordSubmission {
  readonly file: string;
  readonly unitText: string;
  readonly date: CivilDate;
  readonly title: string;
  /** The file name gave no year: the date's year is the period's. */
  readonly yearFromPeriod?: true;
  /** The unit a 报送单位 line of the text names, as written. */
  readonly unitInText?: string;
  /** The unit the text's 落款 names, as written: taken only when neither the name nor a 报送单位 line gives a registry unit. */
  readonly signedBy?: string;
  /** The 编发单位 a 简报's 报头 prints, as written: taken like the 落款's (a 科室 of a unit, 县教育局办公室, as the unit it starts with). */
  readonly issuedBy?: string;
  /** A 综合简报's items (its 本期目录 lists several, found as headings in the body): each registered as a row of its own. */
  readonly contents?: readonly string[];
  /** Items the 目录 lists that the body does not hold: not registered, said. */
  readonly contentsMissing?: readonly string[];
  /** The file name gave no date: it is the text's (its 落款 or 编印 line). */
  readonly dateFromText?: true;
}

/** A ledger row to append: a ledger entry (no row yet) with the file it came from (来源). */
export type NewLedgerRow = Omit<LedgerEntry, 'row' | LedgerScoringField> & {
  readonly source: string;
  /** Cells of columns the clerk added that the ledger has a column for (版面, 批示, 字数 …). */
  readonly extras?: ExtraValues;
};

export interface RowNote {
  readonly file: string;
  /** 1-based row in the return's sheet; 0 for the file as a whole. */
  readonly row: number;
  readonly unit: string;
  readonly reason: string;
  /** The sheet the row is on when it is not 报送登记 (a 进展 row): said with the row, so that 第4行 is looked for where it is. */
  readonly sheet?: string;
}

export interface ProgressChange {
  readonly file: string;
  readonly unit: string;
  readonly task: TaskRecord;
  readonly status: string;
  /** The done date as a civil date, when one was given and read. */
  readonly doneDate: CivilDate | null;
  /** The unit's 说明 (normalised). */
  readonly note?: string;
}

/**
 * A repeat's note said once for several rows of a return ("与同批收到的“x.xlsx”中的稿件相同（日期、标题、媒体都相同），只计一次"):
 * a whole resend is one line; null for any other note.
 */
export function duplicateNoteShared(reason: string): string | null {
  const m = /^与(同批收到的“[^”]+”|本文件|台账已有的一行)(?:第 \d+ 行)?相同（[\s\S]*），只计一次$/u.exec(reason);
  if (!m) return null;
  const place = m[1] === '台账已有的一行' ? '台账已有的行' : m[1] === '本文件' ? '本文件前面的行' : `${m[1]}中的稿件`;
  return `与${place}相同（日期、标题、媒体都相同），只计一次`;
}

/** A progress row a form carried, checked (task exists, the unit leads or joins it). */
export type ProgressReport = ProgressChange & { readonly note: string };

export interface UnitCollectStatus {
  readonly unit: string;
  readonly files: string[];
  /** Whether a 填报表 came back (a Word submission alone is no return: the form carries the progress report). */
  readonly returned: boolean;
  /** 'onTime' / 'late' against the due date; null when nothing was returned or the receipt date is unknown. */
  readonly timeliness: 'onTime' | 'late' | null;
  /** The received date judged (the earliest form's) and where it came from. */
  readonly receivedOn: CivilDate | null;
  readonly receivedFrom: ReceiptSource | null;
  readonly added: number;
  readonly rejected: number;
  readonly duplicates: number;
  /** What the unit is expected to report over the period (sum over its tasks with a quota); null when none has a quota. */
  readonly expected: number | null;
  /** Submissions counted for the period after the merge (ledger rows dated inside it, summing 数量). */
  readonly submitted: number;
}

export interface MissingUnit {
  readonly unit: string;
  /** What is owed, in words: 未返回填报表, 本期应报 4 篇、已报 1 篇，尚差 3 篇 (joined by '；'). */
  readonly reason: string;
  /** The form is owed (设置 填报表要求) and did not come back. */
  readonly formOwed: boolean;
  /** Submissions short of the quota (0 when met or no quota). */
  readonly shortfall: number;
  readonly expected: number | null;
  readonly submitted: number;
}

export interface CollectResult {
  readonly period: Period;
  readonly due: CivilDate;
  readonly added: NewLedgerRow[];
  readonly duplicates: RowNote[];
  readonly rejected: RowNote[];
  readonly notes: RowNote[];
  readonly progressApplied: ProgressChange[];
  /** Progress a cooperating unit reported that differs from the master, listed and not applied. */
  readonly progressListed: (ProgressChange & { readonly reason: string })[];
  readonly units: UnitCollectStatus[];
  readonly missing: MissingUnit[];
  /** Tasks with several leads: the 完成情况 (and, when done, 完成日期) cells their leads' reports make. */
  readonly leadCells: LeadCells[];
}

export interface CollectInput {
  readonly period: Period;
  /** When progress reports are due; default the 7th of the month after the period (次月7日前). */
  readonly due?: CivilDate;
  readonly tasks: readonly TaskRecord[];
  readonly registry: UnitRegistry | null;
  readonly media: MediaDirectory;
  readonly ledger: readonly LedgerEntry[];
  readonly returns: readonly { readonly data: ReturnData; readonly received: CivilDate | null; readonly receivedFrom?: ReceiptSource }[];
  readonly submissions: readonly WordSubmission[];
  /** The master's current text of a task cell (sheet, A1), so that progress already recorded is not applied again. */
  readonly cellTextAt?: (sheet: string, cell: string) => string;
  /** When a task with several leads is done (设置 任务完成标准); default every lead. */
  readonly completionRule?: CompletionRule;
  /** Who owes a 填报表 (设置 填报表要求); default none: only a quota shortfall is owed. */
  readonly formRequired?: FormRequirement;
  /** The ledger's columns (its LedgerField names): a column a clerk added is taken when the ledger has its kind. */
  readonly ledgerColumns?: ReadonlySet<string>;
  /** Each unit's categories and projects, as the report reads them: what a unit owes is what the 通报 judges it by. */
  readonly quotaContext?: UnitQuotaContext;
  /** The ledger's rows keyed and the units' tasks, built ahead (of `ledger`, `tasks`, `period` and `quotaContext`, as given here); built here when not. */
  readonly index?: LedgerIndex;
}

/** 次月7日: the default due date of a period's returns. */
export function defaultDue(period: Period): CivilDate {
  const year = period.to.month === 12 ? period.to.year + 1 : period.to.year;
  const month = period.to.month === 12 ? 1 : period.to.month + 1;
  return { year, month, day: Math.min(7, daysInMonth(year, month)) };
}

const RECEIPT_ORDER: readonly ReceiptSource[] = ['clerk', 'form', 'document', 'mtime'];

/** The received date of a form: the clerk's record, else the form's own 填报日期, else the date given (the document's or the file's). */
function receiptOf(data: ReturnData, period: Period, received: CivilDate | null, from: ReceiptSource | undefined): { date: CivilDate; from: ReceiptSource } | null {
  if (received && from === 'clerk') return { date: received, from };
  // the 填报说明's 填报日期, else a 登记时间/填报日期 line over a unit's own 登记表
  const filled = data.guide?.filledOn ?? data.heading?.filledOn;
  // typed as clerks type it: 2023年7月3日, 7.5 (the year after the period's start), 20230705
  const stated = filled === undefined || filled === null ? null : readReturnedDate(filled, period, '填报日期');
  if (stated && 'date' in stated) return { date: stated.date, from: 'form' };
  return received ? { date: received, from: from ?? 'mtime' } : null;
}

/**
 * A second, different form of a unit in one batch (a corrected resend, or the period split over two files): its rows are
 * merged as read — a mended title cannot be told from a new piece — but where the two differ is said, so that the office
 * removes the rows a correction replaced. A form that only adds rows to an earlier one says nothing (its repeats are listed).
 */
function againNotes(file: string, unit: string, keys: Set<string>, formsOf: Map<string, { file: string; keys: Set<string> }[]>): RowNote[] {
  const earlier = formsOf.get(unit) ?? [];
  formsOf.set(unit, [...earlier, { file, keys }]);
  const out: RowNote[] = [];
  for (const e of earlier) {
    const shared = [...keys].filter((k) => e.keys.has(k)).length;
    const onlyHere = keys.size - shared, onlyThere = e.keys.size - shared;
    if (onlyThere === 0 || keys.size === 0) continue;
    // every row of this file is in the earlier one: nothing here corrects a row, but a resend may have left rows out on purpose
    // (nothing in common: a 补报 of more articles, or every row corrected — either way both are kept and the choice is the office's)
    out.push({ file, row: 0, unit, reason: onlyHere === 0
      ? `与同一单位的“${e.file}”同为本期填报表：本文件的 ${shared} 行“${e.file}”中都有（只计一次），“${e.file}”另有 ${onlyThere} 行本文件没有，已登记：如本文件是更正后重发的（删去了那 ${onlyThere} 行），请在台账中删去它们`
      : shared === 0
        ? `与同一单位的“${e.file}”同为本期填报表，两份没有相同的行（本文件 ${onlyHere} 行、“${e.file}” ${onlyThere} 行），都已登记：如本文件是补报，无需处理；如是更正后重发的，请在台账中删去“${e.file}”中被更正的旧行`
        : `与同一单位的“${e.file}”同为本期填报表：${shared} 行相同（只计一次），本文件另有 ${onlyHere} 行、“${e.file}”另有 ${onlyThere} 行，都已登记：如本文件是更正后重发的，请在台账中删去被更正的旧行` });
  }
  return out;
}

/** The notes a checked row carries: an entry's, or why it was skipped. */
const rowNotes = (c: CheckedRow): readonly string[] => ('entry' in c ? c.notes : 'skip' in c ? [c.skip] : []);

/** What a return reports — its rows and progress as filled — to tell the same form sent twice from two forms. */
function returnContent(data: ReturnData): string {
  return JSON.stringify([
    data.rows.map((r) => [r.values, r.extra?.map((e) => [e.header, e.text]) ?? [], r.withdrawn ?? '', r.skip ?? '', r.problem ?? '']),
    data.progress.map((p) => [p.seq, p.status, p.doneDate, p.note, p.withdrawn ?? '', p.problem ?? '']),
  ]);
}

export function collectReturns(input: CollectInput): CollectResult {
  const { period, registry, media } = input;
  const ledgerColumns = input.ledgerColumns ?? new Set<string>();
  const due = input.due ?? defaultDue(period);
  const index = input.index ?? new LedgerIndex(input.ledger, input.tasks, period, input.quotaContext);
  const { keyOf, tasksOf } = index;
  const seen = index.takeRows();
  const seqsOf = memoize((unit: string) => new Set(tasksOf(unit).map((m) => m.task.seq)));
  /** A unit's returns so far: the same form sent again under another name is counted once (what they hold compared only when a unit sent several). */
  const sent = new Map<string, { file: string; data: ReturnData; content?: string }[]>();
  /** Each unit's forms read so far in this batch, with the rows they report: a second, different form of the unit is said. */
  const formsOf = new Map<string, { file: string; keys: Set<string> }[]>();
  const added: NewLedgerRow[] = [];
  const duplicates: RowNote[] = [];
  const rejected: RowNote[] = [];
  const notes: RowNote[] = [];
  const progress: ProgressReport[] = [];
  const perUnit = new Map<string, { files: string[]; forms: number; received: { date: CivilDate; from: ReceiptSource }[]; added: number; rejected: number; duplicates: number }>();
  const stat = (unit: string) => {
    let s = perUnit.get(unit);
    if (!s) perUnit.set(unit, (s = { files: [], forms: 0, received: [], added: 0, rejected: 0, duplicates: 0 }));
    return s;
  };
  const add = (row: NewLedgerRow, note: Omit<RowNote, 'reason'>, key = keyOf(row.unit, row.date, row.title, row.media)) => {
    if (seen.has(key)) {
      const first = seen.get(key);
      const what = `（${formatISO(row.date)}《${row.title}》${row.media ? `，${row.media}` : ''}）`;
      const where = !first ? '台账已有的一行' : first.file === note.file ? `本文件第 ${first.row} 行`
        : `同批收到的“${first.file}”${first.row > 0 ? `第 ${first.row} 行` : ''}`;
      duplicates.push({ ...note, reason: `与${where}相同${what}，只计一次` });
      stat(row.unit).duplicates++;
      return;
    }
    seen.set(key, { file: note.file, row: note.row });
    added.push(row);
    stat(row.unit).added++;
  };
  const tasksBySeq = new Map<string, TaskRecord>();
  for (const t of input.tasks) if (t.seq !== '' && !tasksBySeq.has(t.seq)) tasksBySeq.set(t.seq, t);
  /** Runs one file's or row's work so that whatever goes wrong in it is that file's or row's reason, never the whole collect's. */
  const alone = (note: Omit<RowNote, 'reason'>, work: () => void, onFail?: () => void) => {
    try {
      work();
    } catch (e) {
      rejected.push({ ...note, reason: `处理时出错，未收入：${String((e as Error)?.message ?? e).slice(0, 200)}` });
      onFail?.();
    }
  };

  for (const { data, received, receivedFrom } of input.returns) {
    const file = data.file;
    alone({ file, row: 0, unit: '' }, () => {
      const identity = formIdentity(data, registry, period);
      if ('refuse' in identity) {
        rejected.push({ file, row: 0, unit: identity.unit, reason: identity.refuse });
        return;
      }
      const unit = identity.unit;
      const s = stat(unit);
      const mine = sent.get(unit) ?? [];
      const content = mine.length > 0 ? returnContent(data) : '';
      const earlier = mine.find((e) => (e.content ??= returnContent(e.data)) === content);
      if (earlier !== undefined) {
        s.files.push(file);
        return void notes.push({ file, row: 0, unit, reason: `与“${earlier.file}”内容相同（同一份填报表发了两次），只计一次` });
      }
      sent.set(unit, [...mine, { file, data }]);
      if (!data.fromWord) s.forms++; // a Word 登记表 reports articles, not progress: like a Word submission, no returned form
      s.files.push(file);
      const receipt = receiptOf(data, period, received, receivedFrom);
      if (receipt) s.received.push(receipt);
      for (const reason of [...(data.notes ?? []), ...(identity.note ? [identity.note] : [])]) notes.push({ file, row: 0, unit, reason });
      const ctx = { unit, period, media, tasksBySeq, mySeqs: seqsOf(unit) };
      // a 合计 line the clerk wrote, against the articles listed row by row (rows added under it are read too)
      const tally: { listed: number; total: { row: number; figure: number; below: number } | null } = { listed: 0, total: null };
      const keys = new Set<string>();
      for (const row of data.rows) {
        const note = { file, row: row.row, unit };
        alone(note, () => {
          if (row.withdrawn) return void notes.push({ ...note, reason: row.withdrawn });
          if (row.skip) return void notes.push({ ...note, reason: row.skip });
          const rowsOf = row.problem ? [{ reject: row.problem }] : checkReturnRows(row.values, ctx);
          const figure = totalFigure(row.values);
          if (figure !== null) tally.total = { row: row.row, figure, below: 0 };
          else if (!rowsOf.every((c) => 'skip' in c)) {
            const n = countOf(row.values.count);
            tally.listed += typeof n === 'number' ? n : 1;
            if (tally.total) tally.total.below++;
          }
          const refused = rowsOf.find((c) => 'reject' in c);
          if (refused && 'reject' in refused) {
            rejected.push({ ...note, reason: refused.reject });
            s.rejected++;
            return;
          }
          const say = (reason: string) => void notes.push({ file, row: row.row, unit, reason });
          if (row.note) say(row.note);
          const one = rowsOf.length === 1 ? rowNotes(rowsOf[0]) : null;
          const said = one && one.length <= 1 ? one : new Set(rowsOf.flatMap(rowNotes));
          for (const reason of said) say(reason);
          let extras: ExtraValues | undefined;
          if (row.extra && row.extra.length > 0) {
            const units = takeUnitCells(row.extra, unit, (text) => resolveUnit(text, registry));
            units.notes.forEach(say);
            const taken = takeExtras(units.rest, ledgerColumns);
            taken.notes.forEach(say);
            if (Object.keys(taken.values).length > 0) extras = taken.values;
          }
          for (const checked of rowsOf) {
            if (!('entry' in checked)) continue;
            const { date, unit: of, title, media: outlet, level, adopted, taskSeq, count } = checked.entry;
            const key = keyOf(of, date, title, outlet);
            keys.add(key);
            add({ date, unit: of, title, media: outlet, level, adopted, taskSeq, count, source: file, ...(extras ? { extras } : {}) }, note, key);
          }
        }, () => s.rejected++);
      }
      if (!data.fromWord) notes.push(...againNotes(file, unit, keys, formsOf));
      const { total, listed } = tally;
      if (total && total.figure !== listed) {
        const below = total.below > 0 ? `（合计行下面还登记了 ${total.below} 行）` : '';
        notes.push({ file, row: total.row, unit, reason: `合计写的是 ${total.figure} 篇，表中逐行登记的是 ${listed} 篇${below}：按逐行登记的 ${listed} 篇计（合计数不作依据）` });
      }
      for (const p of data.progress) {
        const note = { file, row: p.row, unit, sheet: FORM_SHEETS.progress };
        alone(note, () => {
          const seq = returnedText(p.seq);
          const task = tasksBySeq.get(seq);
          const reject = (reason: string) => {
            rejected.push({ ...note, reason });
            s.rejected++;
          };
          if (p.withdrawn) return void notes.push({ ...note, reason: p.withdrawn });
          if (p.problem) return reject(p.problem);
          if (!task) return reject(`进展表中的任务序号 ${seq.slice(0, 20)} 不存在`);
          // typed as clerks type it (6月28日 in the period's year, 20230628); a number that is no date refused with why
          const done = returnedText(p.doneDate) === '' ? null : readReturnedDate(p.doneDate, period, `任务 ${seq} 的完成日期`);
          if (done && 'reject' in done) return reject(done.reject);
          if (returnedText(p.doneDate) !== '' && done === null) return reject(`任务 ${seq} 的完成日期“${returnedText(p.doneDate).slice(0, 40)}”无法识别`);
          if (done?.note) notes.push({ ...note, reason: done.note });
          const status = normalizeReturnedText(p.status);
          const text = normalizeReturnedText(p.note);
          if (status.length > 20) return reject(`任务 ${seq} 的完成情况过长（${status.length} 个字符），应为“已完成”“推进中”等`);
          if (text.length > MAX_RETURNED_TEXT) return reject(`任务 ${seq} 的说明过长（${text.length} 个字符，上限 ${MAX_RETURNED_TEXT}）`);
          if (!task.lead.includes(unit) && !task.coop.includes(unit)) return reject(`任务 ${seq} 不是本单位牵头或配合的任务`);
          progress.push({ file, unit, task, status, doneDate: done ? done.date : null, note: text });
        }, () => s.rejected++);
      }
    }, () => undefined);
  }

  const inPeriod = (d: CivilDate) => compareDates(d, period.from) >= 0 && compareDates(d, period.to) <= 0;
  for (const sub of input.submissions) {
    alone({ file: sub.file, row: 0, unit: '' }, () => {
      const named = submissionUnit(sub, registry);
      if ('reject' in named) {
        rejected.push({ file: sub.file, row: 0, unit: normalizeReturnedText(sub.unitText || sub.unitInText || ''), reason: named.reject });
        return;
      }
      const unit = named.unit;
      if (named.note) notes.push({ file: sub.file, row: 0, unit, reason: named.note });
      if (sub.dateFromText) notes.push({ file: sub.file, row: 0, unit, reason: `文件名中没有日期，按正文中的日期 ${formatISO(sub.date)} 登记` });
      const title = normalizeReturnedText(sub.title);
      if (title === '' || title.length > MAX_RETURNED_TEXT) {
        rejected.push({ file: sub.file, row: 0, unit, reason: title === '' ? '文档中没有文字，读不出标题' : `标题过长（${title.length} 个字符），不像一篇稿件的标题` });
        return;
      }
      const s = stat(unit);
      s.files.push(sub.file);
      if (sub.yearFromPeriod) notes.push({ file: sub.file, row: 0, unit, reason: `文件名中没有年份，按本期记为 ${formatISO(sub.date)}` });
      // the ledger holds the whole campaign: a submission from another month is registered, but said so (it does not count now)
      if (!inPeriod(sub.date)) notes.push({ file: sub.file, row: 0, unit, reason: `文件名中的日期 ${formatISO(sub.date)} 不在本期（${formatISO(period.from)}至${formatISO(period.to)}）内：已登记入台账，不计入本期` });
      // a 综合简报: one file, several 信息 — offices count 信息 by the 条 and adopt each on its own, so each item is a row
      const items = (sub.contents ?? []).map(normalizeReturnedText).filter((t) => t !== '' && t.length <= MAX_RETURNED_TEXT);
      for (const item of items.length > 0 ? items : [title]) {
        add({ date: sub.date, unit, title: item, media: '', level: null, adopted: false, taskSeq: '', count: 1, source: sub.file }, { file: sub.file, row: 0, unit });
      }
      if (items.length > 0) {
        notes.push({ file: sub.file, row: 0, unit, reason: `综合简报的本期目录列有 ${items.length + (sub.contentsMissing?.length ?? 0)} 条信息，按正文中的标题逐条登记了 ${items.length} 行（${items.map((t) => `“${t.slice(0, 30)}”`).join('、')}）：每条是否采用请在台账中分别填写` });
      }
      if (sub.contentsMissing) {
        const missing = sub.contentsMissing.map((t) => `“${normalizeReturnedText(t).slice(0, 30)}”`).join('、');
        notes.push({ file: sub.file, row: 0, unit, reason: `本期目录中的${missing}在正文中没有找到对应的标题，未登记：请核实简报是否完整（或目录是否为别期的）` });
      }
    });
  }

  const counted = new Map<string, number>();
  for (const e of input.ledger) if (inPeriod(e.date)) counted.set(e.unit, (counted.get(e.unit) ?? 0) + e.count);
  for (const r of added) if (inPeriod(r.date)) counted.set(r.unit, (counted.get(r.unit) ?? 0) + r.count);

  const responsible: string[] = [];
  const known = new Set<string>();
  for (const u of responsibleUnits(input.tasks, registry)) if (!known.has(u)) (known.add(u), responsible.push(u));
  for (const u of perUnit.keys()) if (!known.has(u)) (known.add(u), responsible.push(u));
  const units: UnitCollectStatus[] = responsible.map((unit) => {
    const s = perUnit.get(unit);
    const mine = tasksOf(unit);
    const withQuota = mine.filter((m) => m.expected !== null);
    const expected = withQuota.length > 0 ? withQuota.reduce((sum, m) => sum + (m.expected ?? 0), 0) : null;
    // the earliest form counts (a unit that sent on time and corrected later was on time), by the strongest source that dates it
    const dates = [...(s?.received ?? [])].sort((a, b) => compareDates(a.date, b.date) || RECEIPT_ORDER.indexOf(a.from) - RECEIPT_ORDER.indexOf(b.from));
    const first = dates[0] ?? null;
    const timeliness = !s || s.forms === 0 || !first ? null : compareDates(first.date, due) <= 0 ? 'onTime' : 'late';
    return {
      unit, files: s?.files ?? [], returned: (s?.forms ?? 0) > 0, timeliness, receivedOn: first?.date ?? null, receivedFrom: first?.from ?? null,
      added: s?.added ?? 0, rejected: s?.rejected ?? 0, duplicates: s?.duplicates ?? 0, expected, submitted: counted.get(unit) ?? 0,
    };
  });
  const { applied, listed, leadCells } = mergeLeadProgress(progress, input.completionRule ?? 'all', input.cellTextAt);
  return { period, due, added, duplicates, rejected, notes, progressApplied: applied, progressListed: listed, units, missing: owedBy(units, input.tasks, input.formRequired ?? 'none'), leadCells };
}

/**
 * A submission's unit: the file name's, else the one its 报送单位 line names (said so). When both are given and name
 * different units, whose it is cannot be told: sent back naming both.
 */
function submissionUnit(sub: WordSubmission, registry: UnitRegistry | null): { unit: string; note?: string } | { reject: string } {
  const written = (text: string) => normalizeReturnedText(text);
  const of = (text: string | undefined) => {
    if (!text) return null;
    const problem = nameProblem(text);
    return problem ? { problem } : { unit: resolveUnit(text, registry) };
  };
  const byName = of(sub.unitText);
  const byText = of(sub.unitInText);
  // "县教育局关于暑期安全的信息6月15日": the name runs the unit into the title — the unit it starts with
  const startsWith = byName && 'unit' in byName && !byName.unit ? unitAtStart(sub.unitText, registry) : null;
  const nameUnit = byName && 'unit' in byName ? byName.unit ?? startsWith : null;
  const textUnit = byText && 'unit' in byText ? byText.unit : null;
  if (nameUnit && textUnit && nameUnit !== textUnit) {
    return { reject: `文件名中的单位是“${nameUnit}”，正文中写明的单位是“${written(sub.unitInText!)}”：不能确定是哪个单位的稿件，请核实后重新报送` };
  }
  if (nameUnit && startsWith) return { unit: nameUnit, note: `文件名中单位后接着写了标题（“${written(sub.unitText).slice(0, 30)}”），按开头的单位名登记为${nameUnit}` };
  if (nameUnit) return { unit: nameUnit };
  const why = sub.unitText ? `文件名中的“${written(sub.unitText)}”不是名录中的单位` : '文件名中没有单位';
  if (textUnit) return { unit: textUnit, note: `${why}，按正文中写明的单位“${written(sub.unitInText!)}”登记为${textUnit}` };
  // the 落款 (千山区农业局 over 2017年7月5日): the unit that signed the text
  const signed = !sub.unitInText && sub.signedBy ? of(sub.signedBy) : null;
  if (signed && 'unit' in signed && signed.unit) return { unit: signed.unit, note: `${why}，按正文落款的单位“${written(sub.signedBy!)}”登记为${signed.unit}` };
  // the 报头's 编发单位 (县教育局办公室 over the title of its 简报): the unit, or the registry unit it starts with (its 办公室)
  const issued = !sub.unitInText && sub.issuedBy && !nameProblem(sub.issuedBy) ? resolveUnit(sub.issuedBy, registry) ?? unitAtStart(sub.issuedBy, registry) : null;
  if (issued) return { unit: issued, note: `${why}，按简报报头的编发单位“${written(sub.issuedBy!)}”登记为${issued}` };
  const shown = written(sub.unitText || sub.unitInText || '');
  const problem = (byName && 'problem' in byName ? byName.problem : null) ?? (byText && 'problem' in byText ? byText.problem : null);
  const alsoSigned = signed && sub.signedBy ? `，正文落款的“${written(sub.signedBy)}”也不是名录中的单位` : '';
  return { reject: `${sub.unitText || sub.unitInText ? `${sub.unitText ? '文件名' : '正文'}中的单位“${shown}”${problem ?? '不在单位名录中'}` : '读不出报送单位'}${alsoSigned}` };
}

/** The units that owe something this period, each with what: a 填报表 设置 requires and that did not come back, or submissions short of the quota. */
function owedBy(units: readonly UnitCollectStatus[], tasks: readonly TaskRecord[], required: FormRequirement): MissingUnit[] {
  const leads = new Set(tasks.flatMap((t) => t.lead));
  const out: MissingUnit[] = [];
  for (const u of units) {
    const formOwed = !u.returned && (required === 'all' || (required === 'leads' && leads.has(u.unit)));
    const shortfall = u.expected !== null ? Math.max(0, u.expected - u.submitted) : 0;
    if (!formOwed && shortfall === 0) continue;
    const reasons = [
      ...(formOwed ? ['未返回填报表'] : []),
      ...(shortfall > 0 ? [`本期应报 ${u.expected} 篇，已报 ${u.submitted} 篇，尚差 ${shortfall} 篇`] : []),
    ];
    out.push({ unit: u.unit, reason: reasons.join('；'), formOwed, shortfall, expected: u.expected, submitted: u.submitted });
  }
  return out;
}

/** A ledger row's cells by ledger field, as written into 报送台账 (dates as serials). */
export function ledgerRowValues(row: NewLedgerRow): Record<'date' | 'unit' | 'title' | 'media' | 'level' | 'adopted' | 'taskSeq' | 'count' | 'source' | ExtraField, CellValue> {
  const values = {
    date: toSerial(row.date), unit: row.unit, title: row.title, media: row.media, level: row.level ?? '',
    adopted: row.adopted ? '是' : '否', taskSeq: /^\d{1,9}$/.test(row.taskSeq) ? Number(row.taskSeq) : row.taskSeq, count: row.count, source: row.source,
  } as Record<'date' | 'unit' | 'title' | 'media' | 'level' | 'adopted' | 'taskSeq' | 'count' | 'source' | ExtraField, CellValue>;
  for (const f of EXTRA_FIELDS) values[f] = row.extras?.[f] ?? '';
  return values;
}
