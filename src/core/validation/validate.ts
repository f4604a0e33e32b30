// Validates a workbook's task-division sheets cell by cell: units, deadlines, quotas, status.
import { WorkCalendar } from '../dates/calendar';
import { CivilDate } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { Deadline, deadlineFromSerial, parseDeadline } from '../deadlines/deadline';
import { Grid, a1, cellText, isCellError, parseA1 } from '../sheets/grid';
import { RULES_HEADERS, RulesField, SHEET_NAMES, TaskField, findHeaderRow } from '../sheets/headers';
import { readHolidayOverrides } from '../sheets/holiday-sheet';
import { Issue, IssueCode, SEVERITY_ORDER, makeIssue } from './issues';
import { RepeatedIssues } from './repeated-issues';
import { memoize } from '../memo';
import { HeaderNear, MESSAGES } from './messages';
import { HeaderCandidate, detectTaskHeader } from '../sheets/header-roles';
import { ColumnMap, mappedTaskHeader, parseColumnMap } from '../sheets/column-map';
import { parseQuota } from '../quotas/quota';
import { quotaWithFrequency } from '../quotas/frequency';
import { readRegistry } from '../units/registry-sheet';
import { Settings, readSettings } from '../sheets/settings-sheet';
import { completionRuleOf } from '../deadlines/lead-progress';
import { SkipReason, TaskSheet, readTaskSheet } from '../sheets/task-sheet';
import { headingLead, headingLeader } from '../sheets/headings';
import { UnitRegistry, analyzeUnitCellCached } from '../units/units';
import { FIRST_LISTED_LEADS, UnitRole, splitUnitRoles, unitsInTaskText } from '../units/unit-roles';
import { carriedColumns, carryRow } from './carried-cells';
import { limitInWords, periodSchedule } from './deadline-in-words';
import { RowContext, TaskRecord, checkTaskRow, dateFindings } from './task-row';

export type { TaskRecord } from './task-row';

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
    // 设置 holds Duban's key | value rows: 「发文机关 | 城中区人民政府办公室」 reads like a unit column beside a task column
    if (grid.generated || grid.name === SHEET_NAMES.settings) continue;
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
  // one unknown unit (or one group) written on many cells is one issue listing them all (the ledger's contract, repeated-issues.ts):
  // seed 000's three groups on 14 rows were 44 identical hints, its ten tasks without a time limit ten identical warnings
  const repeated = new Map<string, RepeatedIssues>();
  const report = (code: IssueCode, sheet: string, cell: string, message: string, suggestion?: string, replaces?: string) => {
    if (code === 'UNKNOWN_UNIT' || code === 'UNIT_GROUP' || code === 'DEADLINE_MISSING') {
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
        if (text) return [{ cell: t.cells.task ?? a1(t.row - 1, 0), text }];
        // a target column's quarters ("第二三季度…任务分别为…", 杨凌 2020 分季目标) are times written in the words too
        const target = sheet.header.targetQuota && t.cells.quota ? limitInWords(t.quotaText, planYear) : null;
        if (target) return [{ cell: t.cells.quota!, text: target }];
        // …and a 备注 that carries the time limit ("6月底前完成") where there is no time column
        const noteCol = sheet.header.columns.note;
        const note = noteCol === undefined ? null : limitInWords(cellText(grid.rows[t.row - 1]?.[noteCol] ?? null), planYear);
        return note ? [{ cell: a1(t.row - 1, noteCol!), text: note }] : [];
      });
      if (found.length > 0) {
        const issue = makeIssue('DEADLINE_MISSING', sheet.sheet, found[0].cell, MESSAGES.deadlineOnlyInWords(found.length, found[0].cell, found[0].text));
        issues.push(found.length > 1 ? { ...issue, cells: found.map((f) => f.cell) } : issue);
      }
      // …or lays a schedule out across quarter or month columns (一季度 | 二季度 | 三季度 | 四季度): said once too
      const schedule = periodSchedule(sheet, grid);
      if (schedule) issues.push(makeIssue('DEADLINE_MISSING', sheet.sheet, schedule.cell, MESSAGES.deadlineInPeriodColumns(schedule.headers)));
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
