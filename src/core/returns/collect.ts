// Merges returned forms and Word submissions into the ledger: checks each row, skips duplicates, applies lead units' progress, and tells who has not reported.
import { CivilDate, compareDates, daysInMonth, formatISO, toSerial } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { CellValue, cellText } from '../sheets/grid';
import { MediaDirectory, normalizeLevel } from '../sheets/media-sheet';
import { LedgerEntry, LedgerScoringField } from '../sheets/ledger-sheet';
import { UnitRegistry, normalizeUnitName } from '../units/units';
import { TaskRecord } from '../validation/validate';
import { responsibleUnits, tasksOfUnit } from './form';
import { ReturnData } from './return-reader';

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
}

/** A ledger row to append: a ledger entry (no row yet) with the file it came from (来源). */
export type NewLedgerRow = Omit<LedgerEntry, 'row' | LedgerScoringField> & { readonly source: string };

export interface RowNote {
  readonly file: string;
  /** 1-based row in the return's sheet; 0 for the file as a whole. */
  readonly row: number;
  readonly unit: string;
  readonly reason: string;
}

export interface ProgressChange {
  readonly file: string;
  readonly unit: string;
  readonly task: TaskRecord;
  readonly status: string;
  /** The done date as a civil date, when one was given and read. */
  readonly doneDate: CivilDate | null;
}

export interface UnitCollectStatus {
  readonly unit: string;
  readonly files: string[];
  /** Whether a 填报表 came back (a Word submission alone is no return: the form carries the progress report). */
  readonly returned: boolean;
  /** 'onTime' / 'late' against the due date; null when nothing was returned or the receipt date is unknown. */
  readonly timeliness: 'onTime' | 'late' | null;
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
  /** 未返回填报表 / 本期无报送. */
  readonly reason: string;
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
}

export interface CollectInput {
  readonly period: Period;
  /** When progress reports are due; default the 7th of the month after the period (次月7日前). */
  readonly due?: CivilDate;
  readonly tasks: readonly TaskRecord[];
  readonly registry: UnitRegistry | null;
  readonly media: MediaDirectory;
  readonly ledger: readonly LedgerEntry[];
  readonly returns: readonly { readonly data: ReturnData; readonly received: CivilDate | null }[];
  readonly submissions: readonly WordSubmission[];
  /** The master's current text of a task cell (sheet, A1), so that progress already recorded is not applied again. */
  readonly cellTextAt?: (sheet: string, cell: string) => string;
}

/** 次月7日: the default due date of a period's returns. */
export function defaultDue(period: Period): CivilDate {
  const year = period.to.month === 12 ? period.to.year + 1 : period.to.year;
  const month = period.to.month === 12 ? 1 : period.to.month + 1;
  return { year, month, day: Math.min(7, daysInMonth(year, month)) };
}

const ADOPTED_YES = /^(是|已采用|采用|√|✓|y|yes)$/i;
const ADOPTED_NO = /^(否|未采用|不采用|×|n|no)$/i;

const keyOf = (unit: string, date: CivilDate, title: string, media: string) =>
  [normalizeUnitName(unit), formatISO(date), title.replace(/\s+/g, ''), normalizeUnitName(media)].join('|');

/** The registry name of a written unit (alias resolved), or null when the registry does not know it. */
function resolveUnit(text: string, registry: UnitRegistry | null): string | null {
  const t = text.trim();
  if (t === '') return null;
  if (!registry) return t;
  const r = registry.resolve(t);
  return r.kind === 'name' || r.kind === 'alias' ? r.name : null;
}

/** A registry unit whose name or alias a file name contains (the longest), for files without a marker. */
export function unitFromFileName(file: string, registry: UnitRegistry | null): string | null {
  if (!registry) return null;
  let best: { name: string; length: number } | null = null;
  const base = file.replace(/\.[^.]+$/, '');
  for (const e of registry.entries) {
    for (const key of [e.name, ...e.aliases]) {
      if (key.length >= 2 && base.includes(key) && (!best || key.length > best.length)) best = { name: e.name, length: key.length };
    }
  }
  return best?.name ?? null;
}

export function collectReturns(input: CollectInput): CollectResult {
  const { period, registry, media } = input;
  const due = input.due ?? defaultDue(period);
  const seen = new Set(input.ledger.map((e) => keyOf(e.unit, e.date, e.title, e.media)));
  const added: NewLedgerRow[] = [];
  const duplicates: RowNote[] = [];
  const rejected: RowNote[] = [];
  const notes: RowNote[] = [];
  const progressApplied: ProgressChange[] = [];
  const progressListed: (ProgressChange & { reason: string })[] = [];
  const perUnit = new Map<string, { files: string[]; forms: number; received: (CivilDate | null)[]; added: number; rejected: number; duplicates: number }>();
  const stat = (unit: string) => {
    let s = perUnit.get(unit);
    if (!s) perUnit.set(unit, (s = { files: [], forms: 0, received: [], added: 0, rejected: 0, duplicates: 0 }));
    return s;
  };
  const add = (row: NewLedgerRow, note: Omit<RowNote, 'reason'>) => {
    const key = keyOf(row.unit, row.date, row.title, row.media);
    if (seen.has(key)) {
      duplicates.push({ ...note, reason: `与台账已有的一行相同（${formatISO(row.date)}《${row.title}》${row.media ? `，${row.media}` : ''}），只计一次` });
      stat(row.unit).duplicates++;
      return;
    }
    seen.add(key);
    added.push(row);
    stat(row.unit).added++;
  };
  const tasksBySeq = new Map<string, TaskRecord>();
  for (const t of input.tasks) if (t.seq !== '' && !tasksBySeq.has(t.seq)) tasksBySeq.set(t.seq, t);

  for (const { data, received } of input.returns) {
    const file = data.file;
    const nameUnit = unitFromFileName(file, registry);
    const markerUnit = data.marker ? resolveUnit(data.marker.unit, registry) ?? data.marker.unit : null;
    const unit = markerUnit ?? nameUnit;
    if (data.problem || !unit) {
      rejected.push({ file, row: 0, unit: unit ?? '', reason: data.problem ?? '无法确定是哪个单位的填报表（文件中没有督办标记，文件名中也没有单位名称）' });
      continue;
    }
    if (markerUnit && nameUnit && nameUnit !== markerUnit) {
      // one unit's name on another's form: crediting either could put one unit's work in another's count, so neither is credited
      rejected.push({ file, row: 0, unit: nameUnit, reason: `文件名是“${nameUnit}”的，表内标记却是“${markerUnit}”的填报表，无法确定是哪个单位的，整个文件未收入；请核实后让报送单位用本单位的填报表重报` });
      continue;
    }
    const s = stat(unit);
    s.forms++;
    s.files.push(file);
    s.received.push(received);
    const window = data.marker ? { from: data.marker.from, to: data.marker.to } : period;
    const mySeqs = new Set(tasksOfUnit(unit, input.tasks, period).map((m) => m.task.seq));
    for (const row of data.rows) {
      const v = row.values;
      const note = { file, row: row.row, unit };
      const reject = (reason: string) => {
        rejected.push({ ...note, reason });
        s.rejected++;
      };
      const date = readDateValue(v.date);
      if (!date.ok) {
        reject(cellText(v.date) === '' ? '缺少日期' : `日期“${cellText(v.date)}”无法识别`);
        continue;
      }
      if (compareDates(date.date, window.from) < 0 || compareDates(date.date, window.to) > 0) {
        reject(`日期 ${formatISO(date.date)} 不在填报期间（${formatISO(window.from)}至${formatISO(window.to)}）内`);
        continue;
      }
      const title = cellText(v.title);
      if (title === '') {
        reject('缺少标题');
        continue;
      }
      const mediaName = cellText(v.media);
      const adoptedText = cellText(v.adopted);
      if (adoptedText !== '' && !ADOPTED_YES.test(adoptedText) && !ADOPTED_NO.test(adoptedText)) {
        reject(`“是否采用”应填“是”或“否”（填的是“${adoptedText}”）`);
        continue;
      }
      const adopted = adoptedText === '' ? mediaName !== '' : ADOPTED_YES.test(adoptedText);
      if (adopted && mediaName === '') {
        reject('填了已采用，但没有填采用的媒体');
        continue;
      }
      const levelText = cellText(v.level);
      const statedLevel = normalizeLevel(levelText);
      if (levelText !== '' && statedLevel === null) {
        reject(`级别“${levelText}”无法识别（应为中央级、省级、市级或县级）`);
        continue;
      }
      // an outlet in the 媒体名录 scores at the directory's level, whatever the unit wrote; an unknown one at the unit's, to be checked
      const listedLevel = mediaName ? media.find(mediaName)?.level ?? null : null;
      const level = listedLevel ?? statedLevel;
      if (listedLevel !== null && statedLevel !== null && statedLevel !== listedLevel) {
        notes.push({ ...note, reason: `媒体“${mediaName}”在媒体名录中是${listedLevel}，单位填的是${statedLevel}：按媒体名录的${listedLevel}计` });
      } else if (listedLevel === null && statedLevel !== null && mediaName !== '') {
        notes.push({ ...note, reason: `媒体“${mediaName}”不在媒体名录中，级别按单位所填的${statedLevel}计，请核实` });
      }
      const taskSeq = cellText(v.taskSeq);
      if (taskSeq !== '' && !mySeqs.has(taskSeq)) {
        reject(tasksBySeq.has(taskSeq) ? `任务序号 ${taskSeq} 不是本单位牵头或配合的任务` : `任务序号 ${taskSeq} 不存在`);
        continue;
      }
      const countValue = v.count;
      const count = cellText(countValue) === '' ? 1 : Number(typeof countValue === 'number' ? countValue : cellText(countValue));
      if (!Number.isInteger(count) || count < 1 || count > 1000) {
        reject(`数量“${cellText(countValue)}”应为 1 至 1000 的整数`);
        continue;
      }
      if (mediaName !== '' && level === null) notes.push({ ...note, reason: `媒体“${mediaName}”不在媒体名录中，也未填级别，采用得分按 0 计` });
      add({ date: date.date, unit, title, media: mediaName, level, adopted, taskSeq, count, source: file }, note);
    }
    for (const p of data.progress) {
      const task = tasksBySeq.get(p.seq);
      const note = { file, row: p.row, unit };
      if (!task) {
        rejected.push({ ...note, reason: `进展表中的任务序号 ${p.seq} 不存在` });
        s.rejected++;
        continue;
      }
      const done = cellText(p.doneDate) === '' ? null : readDateValue(p.doneDate);
      if (done && !done.ok) {
        rejected.push({ ...note, reason: `任务 ${p.seq} 的完成日期“${cellText(p.doneDate)}”无法识别` });
        s.rejected++;
        continue;
      }
      const change: ProgressChange = { file, unit, task, status: p.status, doneDate: done?.ok ? done.date : null };
      const current = (field: 'status' | 'doneDate') => {
        const at = task.cells[field];
        return at && input.cellTextAt ? input.cellTextAt(task.sheet, at) : null;
      };
      const doneText = change.doneDate ? formatISO(change.doneDate) : '';
      const unchanged = (p.status === '' || current('status') === p.status) && (doneText === '' || current('doneDate') === doneText);
      if (unchanged) continue;
      if (task.lead.includes(unit)) {
        if (!task.cells.status && p.status !== '') progressListed.push({ ...change, reason: '任务分工表没有“完成情况”列，未写入' });
        else progressApplied.push(change);
      } else if (task.coop.includes(unit)) {
        progressListed.push({ ...change, reason: `${unit}是配合单位，以牵头单位（${task.lead.join('、')}）的填报为准，未写入` });
      } else {
        rejected.push({ ...note, reason: `任务 ${p.seq} 不是本单位牵头或配合的任务` });
        s.rejected++;
      }
    }
  }

  const inPeriod = (d: CivilDate) => compareDates(d, period.from) >= 0 && compareDates(d, period.to) <= 0;
  for (const sub of input.submissions) {
    const unit = resolveUnit(sub.unitText, registry);
    if (!unit) {
      rejected.push({ file: sub.file, row: 0, unit: sub.unitText, reason: `单位“${sub.unitText}”不在单位名录中` });
      continue;
    }
    const s = stat(unit);
    s.files.push(sub.file);
    s.received.push(null);
    if (sub.yearFromPeriod) notes.push({ file: sub.file, row: 0, unit, reason: `文件名中没有年份，按本期记为 ${formatISO(sub.date)}` });
    // the ledger holds the whole campaign: a submission from another month is registered, but said so (it does not count now)
    if (!inPeriod(sub.date)) notes.push({ file: sub.file, row: 0, unit, reason: `文件名中的日期 ${formatISO(sub.date)} 不在本期（${formatISO(period.from)}至${formatISO(period.to)}）内：已登记入台账，不计入本期` });
    add({ date: sub.date, unit, title: sub.title, media: '', level: null, adopted: false, taskSeq: '', count: 1, source: sub.file }, { file: sub.file, row: 0, unit });
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
    const mine = tasksOfUnit(unit, input.tasks, period);
    const withQuota = mine.filter((m) => m.expected !== null);
    const expected = withQuota.length > 0 ? withQuota.reduce((sum, m) => sum + (m.expected ?? 0), 0) : null;
    const dates = s?.received.filter((d): d is CivilDate => d !== null) ?? [];
    const timeliness = !s || s.forms === 0 || dates.length === 0 ? null : dates.some((d) => compareDates(d, due) <= 0) ? 'onTime' : 'late';
    return { unit, files: s?.files ?? [], returned: (s?.forms ?? 0) > 0, timeliness, added: s?.added ?? 0, rejected: s?.rejected ?? 0, duplicates: s?.duplicates ?? 0, expected, submitted: counted.get(unit) ?? 0 };
  });
  const missing: MissingUnit[] = [];
  for (const u of units) {
    if (!u.returned) missing.push({ unit: u.unit, reason: '未返回填报表', expected: u.expected, submitted: u.submitted });
    else if (u.submitted === 0 && (u.expected ?? 0) > 0) missing.push({ unit: u.unit, reason: '本期无报送', expected: u.expected, submitted: 0 });
  }
  return { period, due, added, duplicates, rejected, notes, progressApplied: agreedProgress(progressApplied, progressListed), progressListed, units, missing };
}

/** A ledger row's cells by ledger field, as written into 报送台账 (dates as serials). */
export function ledgerRowValues(row: NewLedgerRow): Record<'date' | 'unit' | 'title' | 'media' | 'level' | 'adopted' | 'taskSeq' | 'count' | 'source', CellValue> {
  return {
    date: toSerial(row.date), unit: row.unit, title: row.title, media: row.media, level: row.level ?? '',
    adopted: row.adopted ? '是' : '否', taskSeq: /^\d{1,9}$/.test(row.taskSeq) ? Number(row.taskSeq) : row.taskSeq, count: row.count, source: row.source,
  };
}

/**
 * The lead units' changes that can be written: a task whose leads (or one lead's two files) report
 * different progress in one collect gets none of them — each is listed, so that no report silently wins.
 */
function agreedProgress(applied: readonly ProgressChange[], listed: (ProgressChange & { reason: string })[]): ProgressChange[] {
  const byTask = new Map<TaskRecord, ProgressChange[]>();
  for (const c of applied) byTask.set(c.task, [...(byTask.get(c.task) ?? []), c]);
  const out: ProgressChange[] = [];
  for (const [task, changes] of byTask) {
    const says = new Set(changes.map((c) => `${c.status}\u0000${c.doneDate ? formatISO(c.doneDate) : ''}`));
    if (says.size === 1) {
      out.push(changes[0]);
      continue;
    }
    const who = changes.map((c) => `${c.unit}：${c.status || '（未填）'}${c.doneDate ? `，${formatISO(c.doneDate)}` : ''}`).join('；');
    for (const c of changes) listed.push({ ...c, reason: `任务 ${task.seq} 的牵头单位填报的进展不一致（${who}），均未写入，请核实后手工填写` });
  }
  return out;
}
