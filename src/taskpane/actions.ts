// The pane's logic, free of React and Office: what each button does, over a WorkbookPort and a clock.
import { CivilDate, civilDateAt, formatDateTimeAt } from '../core/dates/civil-date';
import { computedColumnRanges, planComputedColumns } from '../core/validation/computed-columns';
import { CellFix, planFixes } from '../core/validation/fixes';
import { SeverityGroup, groupIssues, issueKey } from '../core/validation/issue-groups';
import { Issue, IssueCode, Severity, countBySeverity } from '../core/validation/issues';
import { Report, ReportOptions, buildReport } from '../core/scoring/report';
import { GENERATED_NAMES, summarySheets } from '../core/scoring/summaries';
import { bulletinContent, campaignName } from '../core/bulletin/content';
import { Period } from '../core/scoring/tally';
import { taskSheetCandidates } from '../core/sheets/task-sheet';
import { ColumnMap, MappedColumn, describeMapping, formatColumnMap, parseColumnMap } from '../core/sheets/column-map';
import { SETTINGS_KEYS, TaskField } from '../core/sheets/headers';
import { Grid, a1, cellText } from '../core/sheets/grid';
import { settingsSheet } from '../core/sheets/template';
import { templateSheets } from '../core/sheets/template';
import { readHolidayNotice } from '../core/dates/holiday-notice';
import { holidayNoticeLines, holidayWrites } from '../core/sheets/holiday-rows';
import { CellUpdate, SheetInfo, WorkbookPort } from '../workbook/port';
import { CollectResult, reminders } from '../core/returns';
import { CheckResult } from '../core/validation/validate';
import { formatChinese, formatISO } from '../core/dates/civil-date';
// the Word writer (docx) and the returned-file readers (exceljs) load when a button first needs them, not with the pane
import type { ReturnedFile } from '../documents/returns-session';
const returnsSession = () => import('../documents/returns-session');
import { zipSync } from 'fflate';

/** Where the pane gets the time: the "生成于" line and today's date (the as-of date when nothing else gives one). */
export interface Clock {
  /** Milliseconds since 1970-01-01T00:00Z. */
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** What the clerk set in the pane; anything left out is found as `duban report` finds it. */
export interface PaneSettings {
  readonly sheet?: string;
  readonly planYear?: number;
  readonly asOf?: CivilDate;
  readonly period?: Period;
}

/** A collect worked out and shown to the clerk, not yet written (the workbook as it was read stays with the actions). */
export interface CollectPreview {
  readonly result: CollectResult;
  readonly files: number;
  /** The 催办通知 for the units that have not reported: a .docx (one section per unit) and text for a chat; null when none is late. */
  readonly notice: ReminderNotice | null;
}

/** What 确认写入 did: the 收集情况 sheet, the generated sheets written again, and those it could not refresh. */
export interface CollectApplied {
  readonly sheet: string;
  readonly view: CheckView;
  /** Generated sheets written again from the new rows (none when the workbook had none yet). */
  readonly refreshed: readonly string[];
  /** Generated sheets of another period (an earlier 通报) left as they were: 需重新生成. */
  readonly stale: readonly string[];
}

export interface ReminderNotice {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly text: string;
  readonly units: number;
}

/** The workbook as the last check saw it. */
export interface CheckView {
  readonly sheets: readonly SheetInfo[];
  /** User sheets with a task header: what the clerk may pick. */
  readonly candidates: readonly string[];
  /** The task sheet checked (the first, when several were found); null when there is none. */
  readonly taskSheet: string | null;
  readonly planYear: number;
  readonly asOf: CivilDate;
  readonly period: Period;
  readonly issues: readonly Issue[];
  readonly groups: readonly SeverityGroup[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** Whether the task sheet already has computed columns (定稿 then has something to do there). */
  readonly hasComputedColumns: boolean;
  /** The task sheet's columns as read (letter, header, role), for the mapping view; [] without a task sheet. */
  readonly mapping: readonly MappedColumn[];
}

export interface FixOutcome {
  /** The cells changed (several fixes to one cell count once). */
  readonly applied: readonly CellFix[];
  /** False when the issue was no longer reported by a fresh check (the cell changed meanwhile). */
  readonly found: boolean;
  readonly view: CheckView;
}

export interface ComputedOutcome {
  /** The sheet the columns went to; null when no column could be planned. */
  readonly sheet: string | null;
  readonly headers: readonly string[];
  readonly cells: number;
  readonly view: CheckView;
  /** No column was added because the task sheet is printed n-up (two tasks to a row). */
  readonly nUp?: boolean;
}

export type GeneratePhase = 'read' | 'compute' | 'write' | 'done';

export interface GenerateProgress {
  readonly phase: GeneratePhase;
  /** 0 … 1, never going back. */
  readonly fraction: number;
  /** The sheet being written (phase write). */
  readonly sheet?: string;
}

/** Receives progress; may return a promise (to let the page repaint), which generation awaits. */
export type GenerateProgressCallback = (progress: GenerateProgress) => void | Promise<void>;

export interface GenerateOutcome {
  /** Names written, in order (a clash with a user's sheet gives a new name). */
  readonly sheets: readonly string[];
  /** The bulletin's name as written. */
  readonly bulletin: string;
  readonly view: CheckView;
}

/** What 写入节假日表 did: the notice as read and written, in the clerk's words, and the workbook checked again. */
export interface HolidayOutcome {
  readonly lines: readonly string[];
  /** Days written; days kept because the sheet says otherwise; things in the notice that did not add up. */
  readonly added: number;
  readonly conflicts: number;
  readonly problems: number;
  readonly view: CheckView;
}

export interface FinalizeOutcome {
  /** Sheets that had formulas replaced (generated sheets and task sheets with computed columns). */
  readonly sheets: number;
  readonly cells: number;
}

/** Issues listed per code in the pane; the rest are counted (the generated 校验结果 sheet lists them all). */
export const ISSUES_SHOWN_PER_CODE = 50;

/**
 * The view with only the issues the pane lists (the first ISSUES_SHOWN_PER_CODE of each code; the
 * counts stay whole): what the workbook worker sends the browser page, so that a check with tens of
 * thousands of issues costs the page's main thread no more than one with a few hundred.
 */
export function shownView(view: CheckView): CheckView {
  const groups = view.groups.map((g) => ({ ...g, codes: g.codes.map((c) => ({ ...c, issues: c.issues.slice(0, ISSUES_SHOWN_PER_CODE) })) }));
  return { ...view, groups, issues: groups.flatMap((g) => g.codes.flatMap((c) => c.issues)) };
}

/** Share of the progress bar for reading the workbook and for computing the report; writing gets the rest. */
const READ_SHARE = 0.1;
const COMPUTE_SHARE = 0.05;

/**
 * What the pane asks of its engine: PaneActions itself inside Excel; in the browser page a proxy to
 * the same PaneActions running in a Web Worker beside the workbook (workbook-client.ts).
 */
export type PaneEngine = Pick<
  PaneActions,
  | 'check' | 'setColumnRole' | 'select' | 'fixIssue' | 'fixCode' | 'addComputedColumns' | 'formsZip' | 'collectPreview'
  | 'collectApply' | 'bulletinDocument' | 'generate' | 'finalize' | 'addTemplate' | 'addHolidayNotice'
>;

export class PaneActions {
  /** The grids each preview was worked out on, for collectApply. */
  private readonly previewGrids = new WeakMap<CollectPreview, Grid[]>();

  constructor(
    readonly port: WorkbookPort,
    private readonly clock: Clock = systemClock,
  ) {}

  /** Today's date in China, by the clock. */
  today(): CivilDate {
    return civilDateAt(this.clock.now());
  }

  private options(settings: PaneSettings): ReportOptions {
    return {
      today: this.today(),
      ...(settings.sheet !== undefined ? { sheet: settings.sheet } : {}),
      ...(settings.planYear !== undefined ? { year: settings.planYear } : {}),
      ...(settings.asOf !== undefined ? { asOf: settings.asOf } : {}),
      ...(settings.period !== undefined ? { period: settings.period } : {}),
    };
  }

  private async analyse(settings: PaneSettings): Promise<{ grids: Grid[]; report: Report; view: CheckView }> {
    const grids = await this.port.readAll();
    const report = buildReport(grids, this.options(settings));
    return { grids, report, view: viewOf(grids, report) };
  }

  /** 校验: reads the workbook and checks it. */
  async check(settings: PaneSettings): Promise<CheckView> {
    return (await this.analyse(settings)).view;
  }

  /**
   * The mapping view's dropdown: gives column `col` the role `field` (null: not read), saves the
   * whole mapping in 设置's 列映射 row (so the CLI and the functions read the same), and checks again.
   */
  async setColumnRole(col: number, field: TaskField | null, settings: PaneSettings): Promise<CheckView> {
    const { grids, report, view } = await this.analyse(settings);
    const map: ColumnMap = {};
    // the first column of a role (a further people column also shows as 领导): a mapping holds one column per role
    for (const m of view.mapping) if (m.field && m.col !== col && map[m.field] === undefined) map[m.field] = m.col;
    if (field) map[field] = col;
    const text = formatColumnMap(map);
    let sheet = report.check.settings.sheet;
    if (sheet === null) sheet = (await this.port.addSheets([settingsSheet({})]))[0];
    const grid = grids.find((g) => g.name === sheet) ?? (await this.port.readSheet(sheet));
    let row = grid.rows.findIndex((r) => SETTINGS_KEYS.columnMap.some((k) => cellText(r.find((v) => cellText(v) !== '') ?? null) === k));
    let keyCol = row >= 0 ? grid.rows[row].findIndex((v) => cellText(v) !== '') : 0;
    if (row < 0) {
      row = grid.rows.length;
      keyCol = 0;
    }
    await this.port.setCells(sheet, [
      { cell: a1(row, keyCol), value: SETTINGS_KEYS.columnMap[0] },
      { cell: a1(row, keyCol + 1), value: text },
    ]);
    return this.check(settings);
  }

  /** Shows an issue's cell (in Excel: activates its sheet and selects it). */
  async select(issue: Issue): Promise<void> {
    await this.port.selectCell(issue.sheet, issue.cell);
  }

  /**
   * Applies one issue's suggestion: the issue is looked up in a fresh check (the clerk may have
   * edited the cell since), its fix written, and the workbook checked again.
   */
  async fixIssue(issue: Issue, settings: PaneSettings): Promise<FixOutcome> {
    const { grids, report, view } = await this.analyse(settings);
    const key = issueKey(issue);
    const fresh = report.issues.filter((i) => issueKey(i) === key);
    if (fresh.length === 0) return { applied: [], found: false, view };
    return this.applyFixes(fresh, grids, settings);
  }

  /** 全部修复: applies every suggestion of one code, from a fresh check, and checks again. */
  async fixCode(code: IssueCode, settings: PaneSettings): Promise<FixOutcome> {
    const { grids, report, view } = await this.analyse(settings);
    const fresh = report.issues.filter((i) => i.code === code);
    if (fresh.length === 0) return { applied: [], found: false, view };
    return this.applyFixes(fresh, grids, settings);
  }

  private async applyFixes(issues: readonly Issue[], grids: readonly Grid[], settings: PaneSettings): Promise<FixOutcome> {
    const fixes = planFixes(issues, grids);
    const bySheet = new Map<string, CellUpdate[]>();
    for (const f of fixes) {
      const list = bySheet.get(f.sheet) ?? [];
      list.push({ cell: f.cell, value: f.value, ...(f.numberFormat ? { numberFormat: f.numberFormat } : {}) });
      bySheet.set(f.sheet, list);
    }
    for (const [sheet, updates] of bySheet) await this.port.setCells(sheet, updates);
    return { applied: fixes, found: true, view: await this.check(settings) };
  }

  /** 添加计算列: live formulas (with the engine's results) after the task sheet's last column. */
  async addComputedColumns(settings: PaneSettings): Promise<ComputedOutcome> {
    const { grids, report, view } = await this.analyse(settings);
    const plan = planComputedColumns(grids, report.check, report.ledger, settings.sheet);
    if (!plan || plan.headers.length === 0) return { sheet: null, headers: [], cells: 0, view, ...(plan?.nUp ? { nUp: true } : {}) };
    const updates: CellUpdate[] = [
      ...plan.headers.map((h) => ({ cell: h.cell, value: h.text })),
      ...plan.cells.map((c) => ({
        cell: c.cell,
        value: { formula: c.formula, result: c.result },
        ...(c.numberFormat ? { numberFormat: c.numberFormat } : {}),
      })),
    ];
    await this.port.setCells(plan.sheet, updates);
    return { sheet: plan.sheet, headers: plan.headers.map((h) => h.text), cells: plan.cells.length, view: await this.check(settings) };
  }

  /** 生成填报表: one form per responsible unit for the period, zipped for one download. */
  async formsZip(settings: PaneSettings): Promise<{ bytes: Uint8Array; fileName: string; count: number }> {
    const { grids, report } = await this.analyse(settings);
    const { formWorkbooks, campaignOf } = await returnsSession();
    const forms = await formWorkbooks(report.check, grids, report.period, campaignOf(report.check, grids, '督办'));
    const bytes = zipSync(Object.fromEntries(forms.map((f) => [f.name, f.bytes])));
    return { bytes, fileName: `填报表-${formatISO(report.period.from)}至${formatISO(report.period.to)}.zip`, count: forms.length };
  }

  /** 收集填报, first step: reads the returned files and works out the collect; the workbook is not changed. */
  async collectPreview(settings: PaneSettings, files: readonly ReturnedFile[], onFile?: (done: number, total: number) => void | Promise<void>): Promise<CollectPreview> {
    const { grids, report } = await this.analyse(settings);
    const { readReturnedFiles, collectFromRead } = await returnsSession();
    const read = await readReturnedFiles(files, onFile, report.period);
    const result = collectFromRead(report.check, grids, read, report.period);
    const preview: CollectPreview = { result, files: files.length, notice: await this.reminderNotice(report.check, grids, result) };
    this.previewGrids.set(preview, grids);
    return preview;
  }

  private async reminderNotice(check: CheckResult, grids: readonly Grid[], result: CollectResult): Promise<ReminderNotice | null> {
    if (result.missing.length === 0) return null;
    const today = civilDateAt(this.clock.now());
    const issuer = check.settings.text.issuer || '';
    const [{ campaignOf }, { reminderDocx }] = await Promise.all([returnsSession(), import('../documents/reminder-docx')]);
    const notices = reminders(result, campaignOf(check, grids, '督办'), issuer || '我办', today, check.calendar);
    const bytes = await reminderDocx(notices.list, issuer, formatChinese(today));
    return { bytes, fileName: `催办通知-${formatISO(today)}.docx`, text: notices.text, units: notices.list.length };
  }

  /**
   * 收集填报, second step (the clerk confirmed): ledger rows, progress and 收集情况 written; then the
   * generated sheets already in the workbook (通报, 逾期预警 …) are generated again from the new rows,
   * so that none shows the ledger as it was. A 通报 of another period than the pane's is left and named.
   */
  async collectApply(preview: CollectPreview, settings: PaneSettings): Promise<CollectApplied> {
    const grids = this.previewGrids.get(preview) ?? (await this.port.readAll());
    const { applyCollect } = await returnsSession();
    const sheet = await applyCollect(this.port, grids, preview.result, formatDateTimeAt(this.clock.now()));
    const before = (await this.port.listSheets()).filter((s) => s.generated && s.name !== sheet).map((s) => s.name);
    if (before.length === 0) return { sheet, view: await this.check(settings), refreshed: [], stale: [] };
    const outcome = await this.generate(settings);
    return { sheet, view: outcome.view, refreshed: outcome.sheets, stale: before.filter((n) => !outcome.sheets.includes(n)) };
  }

  /** 生成通报文档: the 通报 of the period as a .docx (GB/T 9704 layout), for the pane to download. */
  async bulletinDocument(settings: PaneSettings): Promise<{ bytes: Uint8Array; fileName: string; attachments: number; warnings: string[] }> {
    const { grids, report } = await this.analyse(settings);
    const content = bulletinContent(report, campaignName(grids, report), civilDateAt(this.clock.now()));
    const { bulletinDocx } = await import('../documents/bulletin-docx');
    const bytes = await bulletinDocx(content);
    const attachments = content.attachmentLayout === 'each' ? content.attachments.length : Math.min(1, content.attachments.length);
    return { bytes, fileName: `${GENERATED_NAMES.bulletin(report.period)}.docx`, attachments, warnings: content.warnings };
  }

  /**
   * 生成汇总: reads and scores the workbook, then writes every generated sheet (each replaces
   * Duban's earlier one whole), reporting progress by phase and, while writing, by rows.
   */
  async generate(settings: PaneSettings, onProgress: GenerateProgressCallback = () => undefined): Promise<GenerateOutcome> {
    await onProgress({ phase: 'read', fraction: 0 });
    const grids = await this.port.readAll();
    await onProgress({ phase: 'compute', fraction: READ_SHARE });
    const report = buildReport(grids, this.options(settings));
    const specs = summarySheets(report, { generatedAt: formatDateTimeAt(this.clock.now()), asOf: report.asOf });
    const totalRows = Math.max(1, specs.reduce((n, s) => n + s.rows.length, 0));
    const start = READ_SHARE + COMPUTE_SHARE;
    let rowsBefore = 0;
    let last = start;
    const report01 = async (fraction: number, sheet: string) => {
      last = Math.max(last, Math.min(1, fraction));
      await onProgress({ phase: 'write', fraction: last, sheet });
    };
    let names: string[] = [];
    if (this.port.writeGeneratedSheets) {
      // the host writes them in one pass: progress by the rows of the sheets made so far, named by the next to make
      const sheetAfter = (done: number) => {
        let rows = 0;
        for (const spec of specs) if ((rows += spec.rows.length) > done) return spec.name;
        return specs[specs.length - 1]?.name ?? '';
      };
      await report01(start, sheetAfter(0));
      names = await this.port.writeGeneratedSheets(specs, { onProgress: (done) => report01(start + ((1 - start) * done) / totalRows, sheetAfter(done)) });
    } else {
      for (const spec of specs) {
        await report01(start + ((1 - start) * rowsBefore) / totalRows, spec.name);
        names.push(await this.port.writeGeneratedSheet(spec, {
          onProgress: (done) => report01(start + ((1 - start) * (rowsBefore + done)) / totalRows, spec.name),
        }));
        rowsBefore += spec.rows.length;
      }
    }
    const bulletinAt = specs.findIndex((spec) => spec.name === GENERATED_NAMES.bulletin(report.period));
    const bulletin = bulletinAt >= 0 ? names[bulletinAt] : '';
    await onProgress({ phase: 'done', fraction: 1 });
    const sheets = await this.port.listSheets();
    return { sheets: names, bulletin, view: viewOf(refreshSheets(grids, sheets), report) };
  }

  /**
   * 定稿: replaces formulas with their values on Duban's generated sheets and in the computed
   * columns of task sheets, and nowhere else (the clerk's own formulas stay formulas).
   */
  async finalize(settings: PaneSettings = {}): Promise<FinalizeOutcome> {
    const sheets = await this.port.listSheets();
    let cells = 0;
    let touched = 0;
    for (const s of sheets.filter((x) => x.generated)) {
      const n = await this.port.formulasToValues(s.name);
      cells += n;
      if (n > 0) touched++;
    }
    const grids = settings.sheet !== undefined ? [await this.port.readSheet(settings.sheet)] : await this.port.readAll();
    for (const name of taskSheetCandidates(grids)) {
      const grid = grids.find((g) => g.name === name)!;
      let n = 0;
      for (const range of computedColumnRanges(grid)) n += await this.port.formulasToValues(name, range);
      cells += n;
      if (n > 0) touched++;
    }
    return { sheets: touched, cells };
  }

  /**
   * 节假日安排: the State Council's notice pasted by the clerk, its days written into 节假日 (a new
   * sheet when there is none; the clerk's rows kept), and the workbook checked again with them.
   */
  async addHolidayNotice(text: string, settings: PaneSettings): Promise<HolidayOutcome> {
    const notice = readHolidayNotice(text, settings.planYear);
    if (!notice.items.length) throw new Error(notice.problems.join('；'));
    const writes = holidayWrites(await this.port.readAll(), notice);
    if (writes.newSheet) await this.port.addSheets([writes.newSheet]);
    else if (writes.cells.length) await this.port.setCells(writes.sheet!, writes.cells);
    return {
      lines: holidayNoticeLines(notice, writes), added: writes.added, conflicts: writes.conflicts.length, problems: notice.problems.length,
      view: await this.check(settings),
    };
  }

  /** 新建模板: adds the blank template's sheets to the workbook (a taken name gets a new one). */
  async addTemplate(): Promise<string[]> {
    return this.port.addSheets(templateSheets());
  }
}

/** Sheet list after generation: the grids read before, with the generated sheets as they are now. */
function refreshSheets(grids: readonly Grid[], sheets: readonly SheetInfo[]): Grid[] {
  const byName = new Map(grids.map((g) => [g.name, g]));
  return sheets.map((s) => byName.get(s.name) ?? { name: s.name, rows: [], merges: [], generated: s.generated, hidden: s.hidden });
}

function settingsMapOf(text: string | undefined): ColumnMap | undefined {
  if (!text) return undefined;
  const parsed = parseColumnMap(text);
  return parsed.ok ? parsed.map : undefined;
}

/** The view of a check over the grids read. */
export function viewOf(grids: readonly Grid[], report: Report): CheckView {
  const taskSheet = report.check.taskSheets[0] ?? null;
  const grid = taskSheet === null ? undefined : grids.find((g) => g.name === taskSheet);
  return {
    sheets: grids.map((g) => ({ name: g.name, generated: g.generated === true, hidden: g.hidden === true })),
    candidates: taskSheetCandidates(grids),
    taskSheet,
    planYear: report.check.planYear,
    asOf: report.asOf,
    period: report.period,
    issues: report.issues,
    groups: groupIssues(report.issues),
    counts: countBySeverity(report.issues),
    hasComputedColumns: grid ? computedColumnRanges(grid).length > 0 : false,
    mapping: grid ? describeMapping(grid, settingsMapOf(report.check.settings.text.columnMap)) : [],
  };
}
