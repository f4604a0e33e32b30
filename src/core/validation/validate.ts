// Validates a workbook's task-division sheets cell by cell: units, deadlines, quotas, status.
import { WorkCalendar } from '../dates/calendar';
import { CivilDate, compareDates, formatISO } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { Deadline, deadlineFromSerial, parseDeadline } from '../deadlines/deadline';
import { CellValue, Grid, a1, cellText, isBlank, isCellError, parseA1 } from '../sheets/grid';
import { RULES_HEADERS, RulesField, SHEET_NAMES, TaskField, findHeaderRow } from '../sheets/headers';
import { readHolidayOverrides } from '../sheets/holiday-sheet';
import { Issue, IssueCode, SEVERITY_ORDER, makeIssue } from './issues';
import { RepeatedIssues } from './repeated-issues';
import { memoize } from '../memo';
import { HeaderNear, MESSAGES } from './messages';
import { HeaderCandidate, detectTaskHeader } from '../sheets/header-roles';
import { ColumnMap, mappedTaskHeader, parseColumnMap } from '../sheets/column-map';
import { Quota, namesCount, parseQuota, quotaSeveralCounts } from '../quotas/quota';
import { quotaWithFrequency, taskTextPeriod } from '../quotas/frequency';
import { readRegistry } from '../units/registry-sheet';
import { Settings, readSettings } from '../sheets/settings-sheet';
import { CompletionRule, LeadProgress, completionRuleOf, isLeadProgressText, readLeadProgress, tallyLeads } from '../deadlines/lead-progress';
import { NOT_DONE, TaskStatus, isDoneText, taskStatus } from '../deadlines/task-status';
import { SkipReason, TaskSheet, readTaskSheet } from '../sheets/task-sheet';
import { headingLead, headingLeader } from '../sheets/headings';
import { UnitCellAnalysis, UnitRegistry, analyzeUnitCellCached, splitPeople } from '../units/units';
import { FIRST_LISTED_LEADS, UnitRole, UnitRoles, splitUnitRoles, unitsInTaskText } from '../units/unit-roles';
import { carriedColumns, carryRow } from './carried-cells';
import { limitInWords } from './deadline-in-words';

export interface CheckOptions {
  /** Only this sheet is the task sheet. */
  readonly sheet?: string;
  /** Plan year (overrides 设置 and titles). */
  readonly year?: number;
  /** As-of date (overrides 设置). */
  readonly asOf?: CivilDate;
  /** The clerk's column mapping (--columns), over 设置's 列映射 and the detected header. */
  readonly columns?: ColumnMap;
  /** Today's date in China, the as-of date when nothing else gives one. */
  readonly today: CivilDate;
}

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

/** A row under a task header that is not a task, and why (DESIGN-r3: no silent drop). */
export interface SkippedTaskRow {
  readonly sheet: string;
  /** 1-based row of the sheet. */
  readonly row: number;
  readonly reason: SkipReason | 'no-task';
  readonly text: string;
}

export type PlanYearSource = 'option' | 'settings' | 'title' | 'asOf' | 'today';

export interface CheckResult {
  readonly planYear: number;
  readonly planYearSource: PlanYearSource;
  readonly asOf: CivilDate;
  readonly taskSheets: string[];
  readonly tasks: TaskRecord[];
  /** The header each task sheet was read with (TaskSheet.header: columns, and the roles read from content). */
  readonly headers: { readonly sheet: string; readonly header: TaskSheet['header'] }[];
  /** Every row under a task header that is not a task (sections, notes, repeated headers, rows with no task). */
  readonly skipped: SkippedTaskRow[];
  readonly issues: Issue[];
  readonly registry: UnitRegistry | null;
  readonly registrySheet: string | null;
  readonly settings: Settings;
  readonly calendar: WorkCalendar;
  /** Publicity months from 设置 (undefined when not set). */
  readonly publicityMonths?: number[];
}

/** Finds the task sheets: the named one, or every user sheet with a task header. */
/** Every column of a 评分规则 table: a sheet headed 项目 · 对象 · 类型 · 分值 is the office's rules, however its rows read. */
const RULE_TABLE: readonly RulesField[] = ['item', 'target', 'type', 'value'];

/**
 * Whether a task header found in a grid is one of the rows of a 评分规则 table above it: “目标分 | | 每季度 | 10 | 各单位每季度须达到10分”
 * reads as a target and a units column, and made every rule row below it a task (采用 | 市级 … 说明 “市级每篇5分” an unknown unit).
 */
function underRulesHeader(grid: Grid, headerRow: number): boolean {
  const rules = findHeaderRow(grid.rows, RULES_HEADERS, RULE_TABLE);
  return rules !== null && rules.row < headerRow;
}

function findTaskSheets(grids: readonly Grid[], options: CheckOptions, map: ColumnMap | undefined, issues: Issue[], isUnit?: (name: string) => boolean): TaskSheet[] {
  const names = grids.map((g) => g.name);
  if (options.sheet !== undefined) {
    const grid = grids.find((g) => g.name === options.sheet);
    if (!grid) {
      issues.push(makeIssue('HEADER_NOT_FOUND', options.sheet, 'A1', MESSAGES.sheetMissing(options.sheet, names)));
      return [];
    }
    if (map) return [readTaskSheet(grid, mappedTaskHeader(grid, map).header)];
    const { header, best } = detectTaskHeader(grid, isUnit);
    if (!header) {
      issues.push(makeIssue('HEADER_NOT_FOUND', grid.name, 'A1', MESSAGES.sheetNotTaskSheet(grid.name, nearHeader(grid.name, best))));
      return [];
    }
    return [readTaskSheet(grid, header)];
  }
  const sheets: TaskSheet[] = [];
  const ordered = [...grids].sort((a, b) => Number(b.name === SHEET_NAMES.tasks) - Number(a.name === SHEET_NAMES.tasks));
  let near: HeaderNear | undefined;
  let nearScore = -Infinity;
  for (const grid of ordered) {
    if (grid.generated) continue;
    const { header, best } = detectTaskHeader(grid, isUnit);
    if (header && underRulesHeader(grid, header.row)) continue;
    if (header) sheets.push(readTaskSheet(grid, header));
    else if (best && best.score > nearScore) {
      near = nearHeader(grid.name, best);
      nearScore = best.score;
    }
  }
  if (map) {
    // the clerk's mapping: over every detected task sheet, else the sheet that looks most like one
    if (sheets.length > 0) return sheets.map((s) => readTaskSheet(grids.find((g) => g.name === s.sheet)!, mappedTaskHeader(grids.find((g) => g.name === s.sheet)!, map).header));
    const target = grids.find((g) => g.name === near?.sheet) ?? ordered.find((g) => !g.generated && g.name !== SHEET_NAMES.settings);
    if (target) return [readTaskSheet(target, mappedTaskHeader(target, map).header)];
  }
  if (sheets.length === 0) {
    const userSheets = grids.filter((g) => !g.generated).map((g) => g.name);
    const cell = near ? a1(near.row - 1, 0) : 'A1';
    issues.push(makeIssue('HEADER_NOT_FOUND', near?.sheet ?? userSheets[0] ?? names[0] ?? SHEET_NAMES.tasks, cell, MESSAGES.headerNotFound(userSheets, near)));
  }
  return sheets;
}

/** 设置's 列映射 row, read; an unreadable one is reported and ignored. */
function settingsColumnMap(settings: Settings, issues: Issue[]): ColumnMap | undefined {
  const text = settings.text.columnMap;
  if (!text) return undefined;
  const parsed = parseColumnMap(text);
  if (parsed.ok) return parsed.map;
  const at = settings.cells.columnMap;
  issues.push(makeIssue('COLUMN_MAP_INVALID', settings.sheet ?? SHEET_NAMES.settings, at ? a1(at.row, at.col) : 'A1', MESSAGES.columnMapInvalid(parsed.error)));
  return undefined;
}

/** The closest row to a header, when it names at least two columns (a lone word is not a header). */
function nearHeader(sheet: string, best: HeaderCandidate | null): HeaderNear | undefined {
  if (!best || best.cells.filter((c) => c !== null).length < 2) return undefined;
  return { sheet, row: best.row + 1, lacking: best.lacking };
}

function choosePlanYear(options: CheckOptions, settings: Settings, sheets: TaskSheet[], asOf: CivilDate | undefined): [number, PlanYearSource] {
  if (options.year !== undefined) return [options.year, 'option'];
  if (settings.planYear !== undefined) return [settings.planYear, 'settings'];
  const titleYear = sheets.map((s) => s.titleYear).find((y) => y !== null);
  if (titleYear != null) return [titleYear, 'title'];
  if (asOf) return [asOf.year, 'asOf'];
  return [options.today.year, 'today'];
}

/** Checks every task sheet of a workbook (its sheets as grids). */
export function checkWorkbook(grids: readonly Grid[], options: CheckOptions): CheckResult {
  const issues: Issue[] = [];
  const settings = readSettings(grids);
  const map = options.columns ?? settingsColumnMap(settings, issues);
  const registrySheet = readRegistry(grids);
  const registry = registrySheet ? new UnitRegistry(registrySheet.entries) : null;
  const sheets = findTaskSheets(grids, options, map, issues, registry ? (name) => registry.kindOf(name) !== 'unknown' : undefined);
  const explicitAsOf = options.asOf ?? settings.asOf;
  const [planYear, planYearSource] = choosePlanYear(options, settings, sheets, explicitAsOf);
  const asOf = explicitAsOf ?? options.today;
  const calendar = new WorkCalendar(readHolidayOverrides(grids));
  const publicityMonths = settings.publicityMonths;

  const deadlineOf = memoize((text: string) => parseDeadline(text, planYear, publicityMonths));
  const serialDeadlineOf = memoize((serial: number) => deadlineFromSerial(serial, planYear));
  const findingsOf = memoize((deadline: Deadline & { kind: 'date' }) => dateFindings(deadline, calendar, planYear));
  // the names of a cell come from memoised role splits: one analysis per list, not a joined string per row
  const unitsOf = memoize((names: readonly string[]) => analyzeUnitCellCached(names.join('、'), registry));
  const leadRoles = memoize((text: string) => splitUnitRoles(text, 'lead'));
  const coopRoles = memoize((text: string) => splitUnitRoles(text, 'coop'));
  const firstLeadRoles = memoize((text: string) => splitUnitRoles(text, 'lead', true));
  let firstLeads = false; // the table says the first-listed unit leads (a note row, a title, or a cell's "下同")
  const rolesOf = (text: string, role: UnitRole) => {
    if (role === 'coop') return coopRoles(text);
    if (firstLeads) return firstLeadRoles(text);
    if (text.includes('下同') && FIRST_LISTED_LEADS.test(text)) firstLeads = true;
    return leadRoles(text);
  };
  const rolesInTask = memoize(unitsInTaskText);
  const dateOf = memoize(readDateValue);
  const quotaOf = memoize((text: string) => parseQuota(text, publicityMonths ? { publicityMonths } : {}));
  // a quota cell and a frequency (or recurring time limit) read together once per pair of texts: the quota is quotaOf(quotaText)
  const withFrequencyOf = memoize((quotaText: string) =>
    memoize((frequencyText: string) => quotaWithFrequency(quotaOf(quotaText), quotaText, frequencyText, publicityMonths ? { publicityMonths } : {})));
  const withFrequency = (quotaText: string, frequencyText: string) => withFrequencyOf(quotaText)(frequencyText);

  // a merged cell read by several rows is reported once: the issues reported so far, by sheet and cell (no key string per issue)
  const reported = new Map<string, Map<string, Issue[]>>();
  // one unknown unit written on many cells is one issue listing them all (the ledger's contract, repeated-issues.ts)
  const repeated = new Map<string, RepeatedIssues>();
  const report = (code: IssueCode, sheet: string, cell: string, message: string, suggestion?: string, replaces?: string) => {
    if (code === 'UNKNOWN_UNIT') {
      let inSheet = repeated.get(sheet);
      if (!inSheet) repeated.set(sheet, (inSheet = new RepeatedIssues(sheet)));
      inSheet.add(code, message, cell, () => ({ message, suggestion, replaces }));
      return;
    }
    let inSheet = reported.get(sheet);
    if (!inSheet) reported.set(sheet, (inSheet = new Map()));
    const here = inSheet.get(cell);
    if (here?.some((i) => i.code === code && i.message === message)) return;
    const issue = makeIssue(code, sheet, cell, message, suggestion, replaces);
    if (here) here.push(issue);
    else inSheet.set(cell, [issue]);
    issues.push(issue);
  };

  const completion = completionRuleOf(settings.text.completionRule);
  const tasks: TaskRecord[] = [];
  const skipped: SkippedTaskRow[] = [];
  for (const sheet of sheets) {
    const grid = grids.find((g) => g.name === sheet.sheet)!;
    // error values anywhere in the table
    for (let r = sheet.header.row; r < grid.rows.length; r++) {
      const row = grid.rows[r] ?? [];
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (isCellError(v)) report('FORMULA_ERROR', sheet.sheet, a1(r, c), MESSAGES.formulaError(v.error));
      }
    }
    for (const i of sheet.header.inferred ?? []) {
      report('COLUMN_INFERRED', sheet.sheet, a1(sheet.header.row, i.col), MESSAGES.columnInferred(i));
    }
    // a table printed n-up: two tasks share a row, the clerk is told how the row was read
    if (sheet.header.blocks) {
      const b = sheet.header.blocks;
      report('COLUMN_INFERRED', sheet.sheet, a1(sheet.header.row, b.start + b.width), MESSAGES.nUp(b.count));
    }
    if (sheet.header.taskFromTitle) report('COLUMN_INFERRED', sheet.sheet, sheet.rows[0]?.cells.task || 'A1', MESSAGES.taskFromTitle(sheet.taskTitle ?? ''));
    if (sheet.header.leadFromTitle) report('COLUMN_INFERRED', sheet.sheet, sheet.header.leadFromTitle.cell, MESSAGES.leadFromTitle(sheet.header.leadFromTitle.name));
    if (sheet.header.leadFromHeadings) {
      const heading = sheet.skipped.find((s) => s.reason === 'section' && headingLead(s.text) !== null);
      report('COLUMN_INFERRED', sheet.sheet, a1(heading?.row ?? sheet.header.row, 0), MESSAGES.leadFromHeadings(heading?.text ?? ''));
    }
    // a heading naming the leader in charge ("一、王纲市长主抓重点工作") filled blank leaders cells: the clerk is told where from
    const leaderHeading = [...sheet.titles, ...sheet.skipped.filter((s) => s.reason === 'section').map((s) => s.text)].find((t) => headingLeader(t) !== null);
    if (leaderHeading !== undefined && sheet.rows.some((r) => r.values.leaders === headingLeader(leaderHeading))) {
      const at = sheet.rows.find((r) => r.values.leaders === headingLeader(leaderHeading))!.cells.leaders ?? a1(sheet.header.row, 0);
      report('COLUMN_INFERRED', sheet.sheet, at, MESSAGES.leadersFromHeadings(leaderHeading));
    }
    const seqSeen = new Map<string, string>();
    firstLeads = [...sheet.titles, ...sheet.notes].some((t) => FIRST_LISTED_LEADS.test(t));
    const context: RowContext = {
      planYear, asOf, calendar, deadlineOf, serialDeadlineOf, dateFindings: findingsOf, unitsOf, rolesOf, rolesInTask, quotaOf, withFrequency, report, seqSeen,
      completion, dateOf,
    };
    // units and deadlines given once for several rows (同上, 同第N项, 下同, 以下各项均由…牵头): each row reads them, and says where from
    const carried = carriedColumns(sheet);
    for (let r = 0; r < sheet.rows.length; r++) {
      const { taskRow, unresolvedLead, unresolvedDeadline } = carryRow(sheet, r, carried, report);
      const record = checkTaskRow(sheet, taskRow, context, unresolvedLead, unresolvedDeadline);
      if (record) tasks.push(record);
      else skipped.push({ sheet: sheet.sheet, row: taskRow.row + 1, reason: 'no-task', text: Object.values(taskRow.values).map(cellText).filter((t) => t !== '').join(' | ') });
    }
    // no 完成时限 column, yet tasks set a dated time limit in their words: said once for the sheet, every such cell listed
    if (sheet.header.columns.deadline === undefined) {
      const found = tasks.filter((t) => t.sheet === sheet.sheet).flatMap((t) => {
        const text = limitInWords(t.task, planYear);
        return text ? [{ cell: t.cells.task ?? a1(t.row - 1, 0), text }] : [];
      });
      if (found.length > 0) {
        const issue = makeIssue('DEADLINE_MISSING', sheet.sheet, found[0].cell, MESSAGES.deadlineOnlyInWords(found.length, found[0].cell, found[0].text));
        issues.push(found.length > 1 ? { ...issue, cells: found.map((f) => f.cell) } : issue);
      }
    }
    for (const s of sheet.skipped) {
      skipped.push({ sheet: sheet.sheet, row: s.row + 1, reason: s.reason, text: s.text });
      // a heading or note row that also names units or a deadline: say so, it may be a task written as a heading
      const raw = grid.rows[s.row] ?? [];
      const own = (f: TaskField) => {
        const c = sheet.header.columns[f];
        const t = c === undefined ? '' : cellText(raw[c] ?? null).trim();
        return t !== '' && !s.text.startsWith(t) ? c : undefined;
      };
      const at = s.reason === 'repeated-header' || s.reason === 'total' ? undefined : own('lead') ?? own('coop') ?? own('deadline');
      if (at !== undefined) report('ROW_SKIPPED', sheet.sheet, a1(s.row, at), MESSAGES.rowSkipped(s.reason, s.text));
    }
  }
  for (const inSheet of repeated.values()) issues.push(...inSheet.issues());
  sortInSheetOrder(issues, grids);
  const sheetIndex = new Map(sheets.map((s, i) => [s.sheet, i]));
  skipped.sort((a, b) => sheetIndex.get(a.sheet)! - sheetIndex.get(b.sheet)! || a.row - b.row);
  return {
    planYear, planYearSource, asOf, taskSheets: sheets.map((s) => s.sheet), headers: sheets.map((s) => ({ sheet: s.sheet, header: s.header })),
    tasks, skipped, issues, registry,
    registrySheet: registrySheet?.sheet ?? null, settings, calendar,
    ...(publicityMonths ? { publicityMonths } : {}),
  };
}

/**
 * Sorts issues by sheet (workbook order), row, column and severity, stably. Each issue's position
 * becomes one number (sheet · row · column · severity), computed once; issues found row by row are
 * mostly in order already, and then nothing is moved.
 */
function sortInSheetOrder(issues: Issue[], grids: readonly Grid[]): void {
  const sheetOrder = new Map(grids.map((g, i) => [g.name, i]));
  const keys = issues.map((i) => {
    const at = parseA1(i.cell);
    const row = at ? Math.min(at.row + 1, 2 ** 21 - 1) : 0; // unreadable addresses first, as A0
    const col = at ? at.col + 1 : 0;
    return (((sheetOrder.get(i.sheet) ?? 0) * 2 ** 21 + row) * 2 ** 15 + col) * 4 + SEVERITY_ORDER[i.severity];
  });
  let sorted = true;
  for (let k = 1; k < keys.length && sorted; k++) sorted = keys[k - 1] <= keys[k];
  if (sorted) return;
  const order = keys.map((_, k) => k).sort((a, b) => keys[a] - keys[b] || a - b);
  const copy = issues.slice();
  order.forEach((from, to) => (issues[to] = copy[from]));
}

interface RowContext {
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
function checkTaskRow(sheet: TaskSheet, taskRow: TaskSheet['rows'][number], ctx: RowContext, unresolvedLead = false, unresolvedDeadline = false): TaskRecord | null {
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

  const deadline = deadlineIssues(values.deadline, sheet.header.columns.deadline !== undefined, ctx, unresolvedDeadline ? () => undefined : report, () => limitInWords(taskText, ctx.planYear));

  // a bare number under a header that names its measure ("新种任务(亩)" | 2150, 采用条数 | 120, 目标分数 | 150) counts in it: "2150亩"
  const measure = sheet.quotaMeasure;
  const quotaCell = cellText(values.quota);
  const quotaText = measure && BARE_NUMBER.test(quotaCell) ? quotaCell.trim() + measure : quotaCell;
  let quota: Quota | null = null;
  if (quotaText !== '') {
    quota = ctx.quotaOf(quotaText);
    // a target column's milestone prose (三季度目标 "完成招标,进场施工。") is no quota written wrong: only counts are;
    // nor is an amount in a measure no quota counts (2150亩 of new orchards, 目标分数 150分: the 评分规则 score points)
    if (!quota && ((!sheet.header.targetQuota && !measure && !POINTS_ONLY.test(quotaText)) || namesCount(quotaText))) report('QUOTA_UNPARSED', 'quota', MESSAGES.quotaUnparsed(quotaText, quotaSeveralCounts(quotaText)));
    // "各5条" beside 频次/报送时间 "每月": 5 per unit per month
    // …or beside a task that names its period ("10条" under 月报送信息任务: 每月10条)
    const frequency = has(values.frequency) ? cellText(values.frequency) : deadline.kind === 'recurring' ? deadline.text : taskTextPeriod(cellText(values.task));
    if (frequency !== '') quota = ctx.withFrequency(quotaText, frequency);
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
  const status = taskStatus(deadline, done, doneDate, ctx.asOf);
  if (status === 'done_late' && deadline.kind === 'date' && doneDate) {
    report('DONE_LATE', values.doneDate !== undefined ? 'doneDate' : 'status', MESSAGES.doneLate(deadline.date, doneDate));
  } else if (status === 'overdue' && deadline.kind === 'date') {
    report('TASK_OVERDUE', 'deadline', MESSAGES.taskOverdue(deadline.date, ctx.asOf));
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
    if (r.kind === 'unknown') out.push({ code: 'UNKNOWN_UNIT', message: MESSAGES.unknownUnit(m.written, r.suggestion, r.placed, r.partOf), suggestion: r.suggestion, replaces: r.suggestion && m.written });
    else if (r.kind === 'alias') out.push({ code: 'UNIT_ALIAS', message: MESSAGES.unitAlias(r.alias, r.name), suggestion: r.name, replaces: m.written });
    else if (r.kind === 'group') out.push({ code: 'UNIT_GROUP', message: MESSAGES.unitGroup(r.group, r.members) });
  }
  for (let i = 0; i < analysis.duplicates.length; i++) out.push({ code: 'DUPLICATE_UNIT', message: MESSAGES.duplicateUnit(analysis.duplicates[i]) });
  unitFindings.set(analysis, (found = out));
  return found;
}

function unitIssues(
  field: 'lead' | 'coop' | 'task',
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
interface DeadlineFinding {
  readonly code: IssueCode;
  readonly message: string;
  readonly suggestion?: string;
}

/** What a dated deadline is reported for: year only, a date the calendar lacks, a rest day, a date outside the plan year. */
function dateFindings(deadline: Deadline & { kind: 'date' }, calendar: WorkCalendar, planYear: number): DeadlineFinding[] {
  const out: DeadlineFinding[] = [];
  if (deadline.precision === 'year') out.push({ code: 'DEADLINE_YEAR_ONLY', message: MESSAGES.deadlineYearOnly(deadline.text, deadline.date) });
  for (const date of deadline.dates) {
    // a month or a year alone is due at its end: a rest day there is nothing the clerk wrote or can fix
    const coarse = deadline.precision !== undefined && compareDates(date, deadline.date) === 0;
    if (!calendar.covers(date.year)) {
      if (!coarse) out.push({ code: 'CALENDAR_NOT_COVERED', message: MESSAGES.calendarNotCovered(date, calendar.coveredYears()) });
    } else if (!coarse && !calendar.isWorkday(date)) {
      const previous = calendar.previousWorkday(date);
      out.push({ code: 'DEADLINE_NON_WORKDAY', message: MESSAGES.deadlineNonWorkday(date, calendar.dayName(date), previous), suggestion: formatISO(previous) });
    }
    if (deadline.explicitYear && !deadline.nextYear && date.year !== planYear) {
      out.push({ code: 'DEADLINE_OUT_OF_YEAR', message: MESSAGES.deadlineOutOfYear(date, planYear) });
    }
  }
  return out;
}

function deadlineIssues(
  value: CellValue | undefined,
  columnExists: boolean,
  ctx: RowContext,
  report: (code: IssueCode, field: TaskField, message: string, suggestion?: string) => void,
  inWords: () => string | null,
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
      report('DEADLINE_PLACEHOLDER', 'deadline', MESSAGES.deadlinePlaceholder(deadline.text));
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
    default:
      break;
  }
  return deadline;
}
