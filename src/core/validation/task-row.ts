// One task row of a task sheet checked cell by cell (units, deadline, quota, status) into a TaskRecord and its issues.
import { WorkCalendar } from '../dates/calendar';
import { CivilDate, compareDates, formatISO } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { Deadline } from '../deadlines/deadline';
import { CellValue, a1, cellText, isBlank, isCellError } from '../sheets/grid';
import { TaskField } from '../sheets/headers';
import { IssueCode } from './issues';
import { MESSAGES } from './messages';
import { Quota, namesCount, quotaParts, quotaSeveralCounts } from '../quotas/quota';
import { taskTextPeriod } from '../quotas/frequency';
import { CompletionRule, LeadProgress, isLeadProgressText, readLeadProgress, tallyLeads } from '../deadlines/lead-progress';
import { NOT_DONE, TaskStatus, effectiveDueDate, isDoneText, taskStatus } from '../deadlines/task-status';
import { TaskSheet } from '../sheets/task-sheet';
import { UnitCellAnalysis, splitPeople } from '../units/units';
import { MASKED_NAME, brokenNames, hasItemMarks } from '../units/unit-names';
import { UNIT_END } from '../units/unit-lists';
import { UnitRole, UnitRoles } from '../units/unit-roles';
import { limitInWords } from './deadline-in-words';

export interface TaskRecord {
  readonly sheet: string;
  /** 1-based row of the sheet. */
  readonly row: number;
  /** In a table printed n-up, the block (1 = the leftmost) the task was read in: two tasks then share a row. */
  readonly block?: number;
  readonly seq: string;
  readonly section: string | null;
  readonly task: string;
  readonly lead: string[];
  readonly coop: string[];
  /** People named in a 责任领导/责任人 column: never units. */
  readonly leaders: string[];
  readonly deadline: Deadline;
  readonly quota: Quota | null;
  readonly quotaText: string;
  readonly status: TaskStatus;
  readonly done: boolean;
  readonly doneDate: CivilDate | null;
  /** Each lead unit's progress when the 完成情况 cell keeps it per unit ("3/22 已完成" and a line per unit); [] otherwise. */
  readonly leadProgress: LeadProgress[];
  /** The lead units that have not done the task (all leads when progress is not kept per unit); [] when the task is done. */
  readonly owingLeads: string[];
  /** A1 address of each field's cell. */
  readonly cells: Partial<Record<TaskField, string>>;
}

export interface RowContext {
  readonly planYear: number;
  readonly asOf: CivilDate;
  readonly calendar: WorkCalendar;
  readonly deadlineOf: (text: string) => Deadline;
  readonly unitsOf: (names: readonly string[]) => UnitCellAnalysis;
  readonly rolesOf: (text: string, role: UnitRole) => UnitRoles;
  readonly rolesInTask: (task: string) => UnitRoles | null;
  readonly quotaOf: (text: string) => Quota | null;
  readonly withFrequency: (quotaText: string, frequencyText: string) => Quota | null;
  readonly report: (code: IssueCode, sheet: string, cell: string, message: string, suggestion?: string, replaces?: string) => void;
  readonly seqSeen: Map<string, string>;
  readonly completion: CompletionRule;
  /** A date serial's deadline, once per distinct serial. */
  readonly serialDeadlineOf: (serial: number) => Deadline;
  /** A dated deadline's own issues, once per deadline. */
  readonly dateFindings: (deadline: Deadline & { kind: 'date' }) => readonly DeadlineFinding[];
  /** 完成日期 cells read as dates, once per distinct value. */
  readonly dateOf: (value: CellValue | undefined) => ReturnType<typeof readDateValue>;
}

/** A row's report for findings in one given cell (one of several cooperating columns). */
function reportAt(ctx: RowContext, sheet: string, cell: string) {
  return (code: IssueCode, _field: TaskField, message: string, suggestion?: string, replaces?: string) => ctx.report(code, sheet, cell, message, suggestion, replaces);
}

/** A cell that holds something other than blanks or an error. */
const has = (v: CellValue | undefined) => v !== undefined && !isBlank(v) && !isCellError(v);

const BARE_NUMBER = /^\s*\d+(?:\.\d+)?\s*$/;
/** A target in points alone ("150分", as `duban import` writes 达州's 目标分数): the 评分规则 scores it, no count to check. */
const POINTS_ONLY = /^\s*\d+(?:\.\d+)?\s*分\s*$/;

/** `unresolvedLead`/`unresolvedDeadline`: that cell's 同上 named nothing, already reported (no MISSING_LEAD or DEADLINE_UNPARSED beside it). */
export function checkTaskRow(sheet: TaskSheet, taskRow: TaskSheet['rows'][number], ctx: RowContext, unresolvedLead = false, unresolvedDeadline = false): TaskRecord | null {
  const { values } = taskRow;
  const { cells } = taskRow;
  // each field read by name, once (the row's object has every mapped field, in one shape per sheet)
  const hasTask = has(values.task);
  const hasLead = has(values.lead);
  const hasCoop = has(values.coop);
  const report = (code: IssueCode, field: TaskField, message: string, suggestion?: string, replaces?: string) =>
    ctx.report(code, sheet.sheet, cells[field] ?? a1(taskRow.row, 0), message, suggestion, replaces);

  const taskText = cellText(values.task);
  const anyOther = hasLead || hasCoop || has(values.deadline);
  if (!hasTask && !anyOther) return null; // a row with only a number or a remark
  if (!hasTask && !isCellError(values.task)) report('EMPTY_TASK', 'task', MESSAGES.emptyTask());

  const seq = cellText(values.seq);
  if (seq !== '') {
    const first = ctx.seqSeen.get(seq);
    if (first !== undefined && first !== cells.seq) report('DUPLICATE_SEQ', 'seq', MESSAGES.duplicateSeq(seq, first));
    else if (first === undefined && cells.seq) ctx.seqSeen.set(seq, cells.seq);
  }

  // role phrases inside either cell ("由区发改局牵头，区财政局配合"), else units written in the task text
  let leadCell = ctx.rolesOf(cellText(values.lead), 'lead');
  let coopCell = ctx.rolesOf(cellText(values.coop), 'coop');
  let unitField: 'lead' | 'task' = 'lead';
  if (!hasLead && !hasCoop && taskText !== '') {
    const inText = ctx.rolesInTask(taskText);
    if (inText) {
      leadCell = inText;
      unitField = 'task';
    }
  }
  // several cooperating columns: each read as its own cell, so a finding (and its fix) points at the column holding the name
  const parts = taskRow.coopParts
    ? taskRow.coopParts.map((p) => ({ roles: ctx.rolesOf(p.text, 'coop'), report: reportAt(ctx, sheet.sheet, p.cell) }))
    : [{ roles: coopCell, report }];
  let vagueCount = leadCell.vague.length;
  for (const part of parts) {
    vagueCount += part.roles.vague.length;
    if (part.roles.vague.length) part.report('UNIT_VAGUE', 'coop', MESSAGES.unitVague(part.roles.vague));
  }
  // units numbered by sub-item ("①县住建局；②县住建局、县财政局"): every item's together, each once (the same unit for two items
  // is no repeat), and said
  const byItem = unitField === 'lead' && hasItemMarks(cellText(values.lead));
  if (byItem) leadCell = { ...leadCell, lead: [...new Set(leadCell.lead)], coop: [...new Set(leadCell.coop)].filter((u) => !leadCell.lead.includes(u)) };
  // concat, not spread: a new array each (the analyses are shared) without an iterator step per unit (a group is 200 units)
  let lead = unitIssues(unitField, leadCell.lead, ctx.unitsOf, report);
  let coop = unitIssues(unitField, leadCell.coop, ctx.unitsOf, report);
  const coopOf: (readonly string[])[] = [];
  for (const part of parts) {
    lead = lead.concat(unitIssues('coop', part.roles.lead, ctx.unitsOf, part.report));
    const own = unitIssues('coop', part.roles.coop, ctx.unitsOf, part.report);
    coopOf.push(own);
    coop = coop.concat(parts.length > 1 ? own.filter((u) => !coop.includes(u)) : own);
  }
  // a name broken where a PDF's column wrapped ("县委宣传\n部"): said, unless the registry read it whole
  for (const field of ['lead', 'coop'] as const) {
    for (const b of brokenNames(cellText(values[field]))) if (!lead.includes(b.joined) && !coop.includes(b.joined)) report('UNIT_INCOMPLETE', field, MESSAGES.unitBroken(b.head, b.tail, b.joined));
  }
  // a 备注 naming units with a role word ("县文明办、县融媒体中心配合"): read with that role, and said at the 备注
  const noteText = cellText(values.note);
  if (noteText !== '' && NOTE_ROLE.test(noteText) && !NOTE_REMARK.test(noteText)) {
    const inNote = ctx.rolesOf(noteText, 'coop');
    const named = inNote.lead.concat(inNote.coop);
    if (named.length > 0 && named.every((n) => UNIT_END.test(n))) {
      lead = lead.concat(unitIssues('note', inNote.lead, ctx.unitsOf, report).filter((u) => !lead.includes(u)));
      coop = coop.concat(unitIssues('note', inNote.coop, ctx.unitsOf, report).filter((u) => !coop.includes(u) && !lead.includes(u)));
      report('COLUMN_INFERRED', 'note', MESSAGES.noteUnits(inNote.lead, inNote.coop));
    }
  }
  if (byItem && lead.length + coop.length > 0) report('UNITS_BY_ITEM', 'lead', MESSAGES.unitsByItem([...lead, ...coop]));
  if (leadCell.vague.length) {
    // a vague lead ("市政府各有关部门") is dropped beside definite units, but kept as written when it is the only lead
    const kept = lead.length === 0;
    if (kept) lead.push(...leadCell.vague);
    report('UNIT_VAGUE', unitField, kept ? MESSAGES.unitVagueKept(leadCell.vague) : MESSAGES.unitVague(leadCell.vague));
  }
  if (lead.length === 0 && vagueCount === 0 && hasTask && !unresolvedLead && !isCellError(values.lead)) report('MISSING_LEAD', 'lead', MESSAGES.missingLead());
  if (coop.length > 0) {
    // a lead list of a few units is searched, a long one (a group expanded) put in a set
    const leadSet = lead.length > 16 ? new Set(lead) : null;
    for (let i = 0; i < coop.length; i++) {
      const name = coop[i];
      if (!(leadSet ? leadSet.has(name) : lead.includes(name))) continue;
      const part = parts.length > 1 ? parts[Math.max(0, coopOf.findIndex((own) => own.includes(name)))] : parts[0];
      part.report('LEAD_ALSO_COOP', 'coop', MESSAGES.leadAlsoCoop(name));
    }
  }

  // a bare number under a header that names its measure ("新种任务(亩)" | 2150, 采用条数 | 120, 目标分数 | 150) counts in it: "2150亩"
  const measure = sheet.quotaMeasure;
  const quotaCell = cellText(values.quota);
  const quotaText = measure && BARE_NUMBER.test(quotaCell) ? quotaCell.trim() + measure : quotaCell;
  // "自**月**日起，每日推出一期" (seed 001): a run from a start nobody has filled in asked 30 a month of each such task's
  // unit; until the date is written it asks nothing (a quota naming its own months, "5月、10月各1次", still counts)
  const quotaWaits = (d: Deadline) => quotaText !== '' && d.kind === 'placeholder' && (/起/.test(d.text) || RUN_PER.has(ctx.quotaOf(quotaText)?.per ?? ''));
  const deadline = deadlineIssues(
    values.deadline, sheet.header.columns.deadline !== undefined, ctx, unresolvedDeadline ? () => undefined : report, () => limitInWords(taskText, ctx.planYear),
    quotaWaits,
  );
  let quota: Quota | null = null;
  if (quotaText !== '') {
    quota = ctx.quotaOf(quotaText);
    // a target column's milestone prose (三季度目标 "完成招标,进场施工。") is no quota written wrong: only counts are;
    // nor is an amount in a measure no quota counts (2150亩 of new orchards, 目标分数 150分: the 评分规则 score points)
    if (!quota && ((!sheet.header.targetQuota && !measure && !POINTS_ONLY.test(quotaText)) || namesCount(quotaText))) report('QUOTA_UNPARSED', 'quota', MESSAGES.quotaUnparsed(quotaText, quotaSeveralCounts(quotaText)));
    // "…不少于100条，其中向县政府网站…不少于70条": the total is checked; its parts are not, and the clerk is told so
    const parts = quota ? quotaParts(quotaText) : [];
    if (quota && parts.length > 0) report('QUOTA_PART_UNCHECKED', 'quota', MESSAGES.quotaPartUnchecked(quotaText, `${quota.min}${quota.unit}`, parts));
    // "各5条" beside 频次/报送时间 "每月": 5 per unit per month
    // …or beside a task that names its period ("10条" under 月报送信息任务: 每月10条)
    const frequency = has(values.frequency) ? cellText(values.frequency) : deadline.kind === 'recurring' ? deadline.text : taskTextPeriod(cellText(values.task));
    if (frequency !== '') quota = ctx.withFrequency(quotaText, frequency);
    if (quotaWaits(deadline)) quota = null;
  }

  const doneValue = values.doneDate;
  const doneRead = ctx.dateOf(doneValue);
  const statusText = cellText(values.status);
  // several leads' progress kept per unit: the task is done by 设置's rule (every lead by default), never by the words "n/m 已完成"
  const perLead = isLeadProgressText(statusText);
  const leadProgress = lead.length > 0 && perLead ? readLeadProgress(statusText) : [];
  const tally = perLead ? tallyLeads(lead, leadProgress, ctx.completion) : null;
  const doneDate = tally ? (tally.taskDone ? (doneRead.ok ? doneRead.date : tally.doneDate) : null) : doneRead.ok ? doneRead.date : null;
  const done = tally ? tally.taskDone : isDoneText(statusText) || (doneDate !== null && !NOT_DONE.test(statusText));
  const status = taskStatus(deadline, done, doneDate, ctx.asOf, ctx.calendar);
  if (status === 'done_late' && deadline.kind === 'date' && doneDate) {
    report('DONE_LATE', values.doneDate !== undefined ? 'doneDate' : 'status', MESSAGES.doneLate(effectiveDueDate(deadline, ctx.calendar), doneDate));
  } else if (status === 'overdue' && deadline.kind === 'date') {
    report('TASK_OVERDUE', 'deadline', MESSAGES.taskOverdue(effectiveDueDate(deadline, ctx.calendar), ctx.asOf));
  }

  return {
    sheet: sheet.sheet, row: taskRow.row + 1, ...(taskRow.block !== undefined ? { block: taskRow.block } : {}), seq, section: taskRow.section, task: taskText, lead, coop,
    leaders: has(values.leaders) ? splitPeople(cellText(values.leaders)) : [], deadline, quota,
    // shown with the measure its header names (目标分数 150 → 150分), as a leader reads the printed table
    quotaText, status, done, doneDate, cells,
    leadProgress, owingLeads: done ? [] : tally ? tally.owing : lead,
  };
}

/** An issue a units cell raises, the same on every row that cell's names are written in. */
interface UnitFinding {
  readonly code: IssueCode;
  readonly message: string;
  readonly suggestion?: string;
  readonly replaces?: string;
}

/** Each analysis's findings (analyses are shared by every cell naming the same units): messages built once. */
const unitFindings = new WeakMap<UnitCellAnalysis, readonly UnitFinding[]>();

function findingsOf(analysis: UnitCellAnalysis): readonly UnitFinding[] {
  let found = unitFindings.get(analysis);
  if (found) return found;
  const out: UnitFinding[] = [];
  const mentions = analysis.mentions;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    const r = m.resolution;
    // a name a copy masked ("****分局", 网页转载): said as such, not as a name missing from the registry
    if (MASKED_NAME.test(m.written)) out.push({ code: 'UNIT_INCOMPLETE', message: MESSAGES.unitMasked(m.written) });
    else if (r.kind === 'unknown') out.push({ code: 'UNKNOWN_UNIT', message: MESSAGES.unknownUnit(m.written, r.suggestion, r.placed, r.partOf, r.lookAlikes), suggestion: r.suggestion, replaces: r.suggestion && m.written });
    else if (r.kind === 'alias') out.push({ code: 'UNIT_ALIAS', message: MESSAGES.unitAlias(r.alias, r.name), suggestion: r.name, replaces: m.written });
    else if (r.kind === 'group') out.push({ code: 'UNIT_GROUP', message: MESSAGES.unitGroup(r.group, r.members) });
  }
  for (let i = 0; i < analysis.duplicates.length; i++) out.push({ code: 'DUPLICATE_UNIT', message: MESSAGES.duplicateUnit(analysis.duplicates[i]) });
  unitFindings.set(analysis, (found = out));
  return found;
}

/** A 备注 that gives units a role (配合, 协助, 牵头 …), unless it is a remark carried to other rows (下同, 以下各项…, 同上). */
const NOTE_ROLE = /配合|协助|协办|参与|牵头|主办/;
const NOTE_REMARK = /下同|以下|同上|同第/;

function unitIssues(
  field: 'lead' | 'coop' | 'task' | 'note',
  names: readonly string[],
  unitsOf: (names: readonly string[]) => UnitCellAnalysis,
  report: (code: IssueCode, field: TaskField, message: string, suggestion?: string, replaces?: string) => void,
): string[] {
  if (names.length === 0) return [];
  const analysis = unitsOf(names);
  const findings = findingsOf(analysis);
  for (let i = 0; i < findings.length; i++) report(findings[i].code, field, findings[i].message, findings[i].suggestion, findings[i].replaces);
  return analysis.units;
}

/** An issue of a deadline's own (its code, message and suggestion), the same for every row it is written in. */
export interface DeadlineFinding {
  readonly code: IssueCode;
  readonly message: string;
  readonly suggestion?: string;
}

/** What a dated deadline is reported for: year only, a date the calendar lacks, a rest day, a date outside the plan year. */
export function dateFindings(deadline: Deadline & { kind: 'date' }, calendar: WorkCalendar, planYear: number): DeadlineFinding[] {
  const out: DeadlineFinding[] = [];
  if (deadline.precision === 'year') out.push({ code: 'DEADLINE_YEAR_ONLY', message: MESSAGES.deadlineYearOnly(deadline.text, deadline.date) });
  if (deadline.monthBefore) out.push({ code: 'DEADLINE_AMBIGUOUS', message: MESSAGES.deadlineMonthBefore(deadline.text, deadline.date.month, deadline.date) });
  for (const date of deadline.dates) {
    // a month or a year alone is due at its end: a rest day there is nothing the clerk wrote or can fix
    const coarse = (deadline.precision !== undefined && compareDates(date, deadline.date) === 0) || !!deadline.dayless?.some((x) => compareDates(x, date) === 0);
    if (!calendar.covers(date.year)) {
      if (!coarse) out.push({ code: 'CALENDAR_NOT_COVERED', message: MESSAGES.calendarNotCovered(date, calendar.coveredYears()) });
    } else if (!coarse && !deadline.onRestDay && !calendar.isWorkday(date)) { // 遇节假日顺延 says itself where a rest day goes
      const previous = calendar.previousWorkday(date);
      out.push({ code: 'DEADLINE_NON_WORKDAY', message: MESSAGES.deadlineNonWorkday(date, calendar.dayName(date), previous), suggestion: formatISO(previous) });
    }
    if (deadline.explicitYear && !deadline.nextYear && date.year !== planYear) {
      out.push({ code: 'DEADLINE_OUT_OF_YEAR', message: MESSAGES.deadlineOutOfYear(date, planYear) });
    }
  }
  return out;
}

/** Quotas that run day by day or week by week from a start: none can be counted from a placeholder date. */
const RUN_PER = new Set(['day', 'week']);

function deadlineIssues(
  value: CellValue | undefined,
  columnExists: boolean,
  ctx: RowContext,
  report: (code: IssueCode, field: TaskField, message: string, suggestion?: string) => void,
  inWords: () => string | null,
  quotaWaits: (deadline: Deadline) => boolean = () => false,
): Deadline {
  if (value === undefined || isCellError(value)) return { kind: 'none', text: '' };
  let deadline: Deadline;
  // a number that is a year (建设年限 2022 typed as a number), not an Excel date serial of 1905
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1950 && value <= 2100) deadline = ctx.deadlineOf(String(value));
  else if (typeof value === 'number') deadline = ctx.serialDeadlineOf(value);
  else deadline = ctx.deadlineOf(cellText(value));
  switch (deadline.kind) {
    case 'none':
      if (columnExists) report('DEADLINE_MISSING', 'deadline', MESSAGES.deadlineMissing(inWords() ?? undefined));
      break;
    case 'placeholder':
      report('DEADLINE_PLACEHOLDER', 'deadline', MESSAGES.deadlinePlaceholder(deadline.text, quotaWaits(deadline)));
      break;
    case 'unparsed':
      report('DEADLINE_UNPARSED', 'deadline', MESSAGES.deadlineUnparsed(deadline.text));
      break;
    case 'invalid':
      report('DEADLINE_INVALID_DATE', 'deadline', MESSAGES.deadlineInvalid(deadline.text, deadline.reason));
      break;
    case 'relative':
      report('DEADLINE_RELATIVE', 'deadline', MESSAGES.deadlineRelative(deadline.text));
      break;
    case 'date': {
      // what a dated deadline says is the same on every row sharing it (parsed deadlines are shared): worked out once
      const findings = ctx.dateFindings(deadline);
      for (let i = 0; i < findings.length; i++) report(findings[i].code, 'deadline', findings[i].message, findings[i].suggestion);
      break;
    }
    case 'recurring':
      // 次月5个工作日内, 遇节假日顺延: its due days need the plan year's holidays, which a guess would get wrong
      if ((deadline.workdays || deadline.onRestDay) && !ctx.calendar.covers(ctx.planYear)) {
        report('CALENDAR_NOT_COVERED', 'deadline', MESSAGES.calendarNotCoveredRecurring(deadline.text, ctx.planYear, ctx.calendar.coveredYears()));
      }
      break;
    default:
      break;
  }
  return deadline;
}
