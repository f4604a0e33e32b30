// Builders of the generated sheets leaders read: 校验结果, 单位任务清单, 通报, 逾期预警, 年度考核.
import { CivilDate, addDays, compareDates, daysBetween, formatISO, toSerial } from '../dates/civil-date';
import { columnLetters } from '../sheets/grid';
import { ISSUE_TITLE, SEVERITY_LABEL, SEVERITY_ORDER, Issue } from '../validation/issues';
import { memoize } from '../memo';
import { describeQuota } from '../quotas/quota';
import { Report, periodScores, scoringInput, yearToDateOf, yearToDatePeriod, yearToDateSpan } from './report';
import { isWholeMonth, periodPhrase, zeroCountStart } from './movement';
import { ASSESSMENT_CADENCE_LABEL, assessmentYearLabel, showsGrades } from './periods';
import { categoriesOf } from './ranking';
import { ComponentKey, ranksUnits } from './rule-model';
import { BREAKDOWN_SHEET, breakdownSheet, pointComponents, totalNote } from './breakdown';
import { totalHeader, unitNote } from './points-unit';
import { excellentShareText } from './scoring-rules';
import { silenceLines, silenceOf } from './silence';
import { GRADE_HEADER, ScoreColumn, ScoreRow, anyMovement, anyQuota, scoreColumns, yearToDateNote } from './score-columns';
import { CellStyle, SheetSpec, SpecCell, SpecValue, STYLES, cell } from '../sheets/sheet-spec';
import { GenerationStamp, SUMMARY_HEADER_ROW, SummaryColumn, cellLines, summarySheet, summarySheetOfCells } from './summary-layout';
import { TASK_STATUS_LABEL, effectiveDueDate } from '../deadlines/task-status';
import { Period, UnitScore } from './tally';
import { workName, workNoun } from './work-name';
import { TaskRecord } from '../validation/validate';

/** Names of the generated sheets (one home). */
export const GENERATED_NAMES = {
  issues: '校验结果',
  unitTasks: '单位任务清单',
  overdue: '逾期预警',
  breakdown: BREAKDOWN_SHEET,
  bulletin: (period: Period) => (isWholeMonth(period) ? `月度通报-${formatISO(period.from).slice(0, 7)}` : `通报-${compact(period.from)}-${compact(period.to)}`),
  annual: (year: number) => `年度考核-${year}`,
} as const;

/** Working days ahead within which a task counts as due soon (逾期预警). */
export const DUE_SOON_WORKDAYS = 5;

const compact = (d: CivilDate) => formatISO(d).replace(/-/g, '');



const col = (header: string, width: number, style = STYLES.plain): SummaryColumn => ({ header, width, style });
const date = (d: CivilDate | null): SpecValue => (d ? toSerial(d) : null);
const quotedSheets = new Map<string, string>();
/** Excel's quoted sheet name in a link, '' for each ' (memoized: one per sheet, not per row). */
function quotedSheet(sheet: string): string {
  let quoted = quotedSheets.get(sheet);
  if (quoted === undefined) {
    quoted = `'${sheet.replace(/'/g, "''")}'`;
    if (quotedSheets.size > 1000) quotedSheets.clear();
    quotedSheets.set(sheet, quoted);
  }
  return quoted;
}
const link = (sheet: string, cellA1: string): SpecValue => ({ text: `${sheet}!${cellA1}`, link: `#${quotedSheet(sheet)}!${cellA1}` });

/** 校验结果: every issue with a link to its cell, errors first. */
export function issuesSheet(issues: readonly Issue[], stamp: GenerationStamp): SheetSpec {
  const columns = [
    col('序号', 6, STYLES.center), col('级别', 7, STYLES.center), col('问题', 22), col('位置', 18), col('说明', 60, STYLES.text),
    col('建议', 20, STYLES.text), col('代码', 26),
  ];
  // errors, then warnings, then notes, each in sheet order: a bucket per severity (SEVERITY_ORDER counts from 0), not a sort
  const buckets: Issue[][] = Object.keys(SEVERITY_ORDER).map(() => []);
  for (let i = 0; i < issues.length; i++) buckets[SEVERITY_ORDER[issues[i].severity]].push(issues[i]);
  const ordered = ([] as Issue[]).concat(...buckets);
  // the rows' values as an array read by index (a generator resumes once per row, slowly before the JIT optimises it)
  const rows: SpecValue[][] = new Array(ordered.length);
  for (let n = 0; n < ordered.length; n++) {
    const i = ordered[n];
    rows[n] = [n + 1, SEVERITY_LABEL[i.severity], ISSUE_TITLE[i.code], link(i.sheet, i.cell), i.message, i.suggestion ?? null, i.code];
  }
  const fillOf = { error: { fill: STYLES.error.fill }, warning: { fill: STYLES.warning.fill }, info: { fill: STYLES.info.fill } };
  const fills = ordered.map((i) => fillOf[i.severity]);
  const tally = { error: 0, warning: 0, info: 0 };
  for (const i of issues) tally[i.severity]++;
  const counts = (['error', 'warning', 'info'] as const).map((s) => `${SEVERITY_LABEL[s]} ${tally[s]}`).join('，');
  return summarySheet(GENERATED_NAMES.issues, `校验结果（${counts}）`, stamp, columns, rows, { rowStyles: fills, tabColor: 'C00000' });
}

function deadlineText(t: TaskRecord): SpecValue {
  return t.deadline.text || null;
}

/** 单位任务清单: for each unit, the tasks it leads and those it joins. */
export function unitTasksSheet(report: Report, stamp: GenerationStamp): SheetSpec {
  const columns = [
    col('单位', 22), col('角色', 7, STYLES.center), col('序号', 6, STYLES.center), col('任务', 56, STYLES.text),
    col('完成时限', 14), col('量化指标', 18), col('状态', 9, STYLES.center),
  ];
  const order = new Map<string, number>();
  report.check.registry?.entries.forEach((e, i) => order.set(e.name, i));
  const quotaText = memoize(describeQuota); // parsed quotas are shared objects: describe each once
  // each unit's tasks (by index): those it leads, then those it joins, each in sheet order
  const byUnit = new Map<string, { lead: number[]; coop: number[] }>();
  const listOf = (u: string) => {
    let list = byUnit.get(u);
    if (!list) byUnit.set(u, (list = { lead: [], coop: [] }));
    return list;
  };
  const tasks = report.check.tasks;
  for (let i = 0; i < tasks.length; i++) {
    const t = tasks[i];
    for (let u = 0; u < t.lead.length; u++) listOf(t.lead[u]).lead.push(i);
    for (let u = 0; u < t.coop.length; u++) if (!t.lead.includes(t.coop[u])) listOf(t.coop[u]).coop.push(i);
  }
  // registry units in registry order, then names it lacks in order of first use: placed by their registry index, no sort
  const placed: (string | undefined)[] = new Array(order.size);
  const unknown: string[] = [];
  let rowCount = 0;
  for (const [u, list] of byUnit) {
    const at = order.get(u);
    if (at === undefined) unknown.push(u);
    else placed[at] = u;
    rowCount += list.lead.length + list.coop.length;
  }
  const units: string[] = [];
  for (let i = 0; i < placed.length; i++) if (placed[i] !== undefined) units.push(placed[i]!);
  for (let i = 0; i < unknown.length; i++) units.push(unknown[i]);
  // a task's five cells are built once and shared by every unit listing it; one row array per unit and task
  const styleOf = (i: number) => columns[i].style;
  // and each row's printed lines, the largest of its unit's, role's and task's cells (each measured once, not per row)
  const linesOf = cellLines(columns);
  const taskCells: (SpecCell[] | null)[] = tasks.map(() => null);
  const taskLines: number[] = tasks.map(() => 1);
  const cellsOf = (index: number) => {
    let cells = taskCells[index];
    if (!cells) {
      const t = tasks[index];
      const values = [t.seq || null, t.task, deadlineText(t), t.quota ? quotaText(t.quota) : t.quotaText || null, TASK_STATUS_LABEL[t.status]];
      taskCells[index] = cells = new Array<SpecCell>(values.length);
      let lines = 1;
      for (let i = 0; i < values.length; i++) {
        cells[i] = cell(values[i], styleOf(i + 2));
        lines = Math.max(lines, linesOf(cells[i], i + 2));
      }
      taskLines[index] = lines;
    }
    return cells;
  };
  const roleCells = { lead: cell('牵头', styleOf(1)), coop: cell('配合', styleOf(1)) };
  const rows: SpecCell[][] = new Array(rowCount);
  const rowLines = new Int32Array(rowCount);
  let n = 0;
  const add = (unitCell: SpecCell, roleCell: SpecCell, listed: readonly number[]) => {
    const own = Math.max(linesOf(unitCell, 0), linesOf(roleCell, 1));
    for (let i = 0; i < listed.length; i++) {
      const c = cellsOf(listed[i]);
      const lines = taskLines[listed[i]];
      rowLines[n] = lines > own ? lines : own;
      rows[n++] = [unitCell, roleCell, c[0], c[1], c[2], c[3], c[4]];
    }
  };
  for (const u of units) {
    const unitCell = cell(u, styleOf(0));
    const { lead, coop } = byUnit.get(u)!;
    add(unitCell, roleCells.lead, lead);
    add(unitCell, roleCells.coop, coop);
  }
  rows.length = n; // every unit's rows are listed: n is rowCount
  return summarySheetOfCells(GENERATED_NAMES.unitTasks, `单位任务清单（${units.length} 个单位）`, stamp, columns, rows, { rowLines });
}

/** Sheet width and format of a score column, by what it holds (its words and order are score-columns.ts'). */
function sheetColumn(c: ScoreColumn): SummaryColumn {
  switch (c.kind) {
    case 'rank': return col(c.header, 6, STYLES.center);
    case 'unit': return col(c.header, 22);
    case 'count': return col(c.header, c.header.length > 3 ? 9 : 7, STYLES.number);
    case 'percent': return col(c.header, 9, STYLES.percent);
    case 'points': return col(c.header, c.header.length > 2 ? 10 : 9, STYLES.decimal);
    case 'label': return col(c.header, c.header.length + 5, STYLES.center);
  }
}

/** The rows of a score table: a heading per category (when there is more than one), units, then notes (what adds up to 总分, 待核实). */
function scoreRows(report: ScoredReport, scores: readonly UnitScore[], components: readonly ComponentKey[], columns: readonly ScoreColumn[], extra: BulletinExtra | null) {
  const rows: SpecValue[][] = [];
  const styles: (CellStyle | undefined)[] = [];
  const headed = categoriesOf(scores).length > 1;
  const counts = new Map<string, number>();
  for (const s of scores) counts.set(s.category, (counts.get(s.category) ?? 0) + 1);
  let category: string | null = null;
  let serial = 0;
  for (const s of scores) {
    serial = s.category === category ? serial + 1 : 1;
    if (headed && s.category !== category) {
      rows.push([`${s.category}（${counts.get(s.category)} 个单位）`]);
      styles.push(SECTION_ROW);
    }
    category = s.category;
    const row: ScoreRow = { score: s, movement: extra?.movement.get(s.unit), yearToDate: extra?.yearToDate ? (extra.yearToDate.scores.get(s.unit) ?? null) : undefined, serial };
    rows.push(columns.map((c) => c.value(row)));
    styles.push(extra?.zeroReport.includes(s.unit) ? ZERO_FILL : undefined);
  }
  const note = (text: string) => {
    for (const line of noteLines(text)) {
      rows.push([line]);
      styles.push(NOTE_STYLE);
    }
  };
  const unit = report.rules.model.pointsUnit;
  if (scores.length) note(`注：${totalNote(components, scores, unit)}${extra?.yearToDate ? yearToDateNote(extra.yearToDate.span, unit) : ''}各单位明细见“${BREAKDOWN_SHEET}”。`);
  // 优秀比例: why a unit at the 优秀 line may stand 良好 (凉山州's five 优秀 of seventeen)
  const share = report.rules.excellentShare;
  if (share !== null && columns.some((c) => c.header === GRADE_HEADER) && scores.some((s) => s.grade !== null)) note(`等次：${excellentShareText(share, categoriesOf(scores).length > 1)}（评分规则“优秀比例”），按总分从高到低确定。`);
  if (report.categories.note) note(report.categories.note);
  // several 评分规则 (one per ranking, 考核周期 每季度 / 每年): which one these scores follow
  const cadence = report.rules.model.assessmentCadence;
  if (report.rulesSheet && (report.rulesSheets?.length ?? 0) > 1) note(`计分依据：“${report.rulesSheet}”表${cadence ? `（考核周期：${ASSESSMENT_CADENCE_LABEL[cadence]}）` : ''}。`);
  // the same words as the terminal, naming what the Word 通报 names; every unit silent for months is shaded
  if (extra && extra.zeroReport.length) note(`底色标出的单位连续${extra.zeroMonths}个月以上未报送${extra.zeroFrom ? `（${extra.zeroFrom}）` : ''}。`);
  for (const line of extra?.silence ?? []) note(`${line}。`);
  // the office's 报送指标 is its minimum: every unit below it is named, as 通报 do (怀远县 2024 「低于最低标准的有：…」)
  const below = extra && report.rules.custom && report.rules.model.quotas.length ? scores.filter((s) => s.expected > 0 && s.actual < s.expected) : [];
  if (below.length) note(`低于报送指标（最低标准）：${below.map((s) => `${s.unit}（${s.actual}/${s.expected}）`).join('、')}`);
  if (report.unverified.length) {
    note(`待核实（未列入排名，请核对单位名称）：${report.unverified.length} 个`);
    for (const u of report.unverified) {
      note(`${u.name}${u.suggestion ? `（可能是“${u.suggestion}”）` : '（单位名录中没有）'}：见 ${u.places.join('、')}`);
    }
  }
  return { rows, styles };
}

/** What a score table reads of a report (the 评分规则 used is named when the workbook has several). */
type ScoredReport = Pick<Report, 'categories' | 'unverified' | 'rules'> & Partial<Pick<Report, 'rulesSheet' | 'rulesSheets'>>;

const ZERO_FILL: CellStyle = { fill: STYLES.warning.fill };
/** Heading and note rows: text from column A running to the right (not centred in the narrow 排名 column). */
const SECTION_ROW: CellStyle = { ...STYLES.section, align: 'left' };
const NOTE_STYLE: CellStyle = { border: false, wrap: false, align: 'left' };

/** Characters of a note row: notes stay within the table's printed width. */
const NOTE_CHARS = 60;

/** A long note in rows of at most NOTE_CHARS characters, broken after a 、 where possible. */
function noteLines(text: string): string[] {
  const lines: string[] = [];
  let rest = text;
  while (rest.length > NOTE_CHARS) {
    const cut = rest.lastIndexOf('、', NOTE_CHARS);
    const at = cut > NOTE_CHARS / 2 ? cut + 1 : NOTE_CHARS;
    lines.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  lines.push(rest);
  return lines;
}

interface BulletinExtra {
  readonly movement: ReadonlyMap<string, string | null>;
  /** Each unit's score from 1 January and that span as the note says it; null when the period starts on 1 January. */
  readonly yearToDate: { readonly scores: ReadonlyMap<string, UnitScore>; readonly span: string } | null;
  readonly zeroReport: readonly string[];
  readonly zeroMonths: number;
  /** Where the months are counted from (zeroCountStart): 「自2023年5月起计，台账5月前没有记录」. */
  readonly zeroFrom: string;
  /** What the 通报 says of the silent units (silenceLines). */
  readonly silence: readonly string[];
}

function scoreSheet(
  name: string, title: string, report: ScoredReport, scores: readonly UnitScore[], stamp: GenerationStamp, extra: BulletinExtra | null, graded: boolean,
): SheetSpec {
  const components = pointComponents(scores);
  const unit = report.rules.model.pointsUnit;
  const scoreCols = scoreColumns(components, { yearToDate: extra?.yearToDate != null, movement: extra !== null && anyMovement(scores, extra.movement), quota: anyQuota(scores), unit, ranked: ranksUnits(report.rules.model), graded });
  const columns = scoreCols.map(sheetColumn);
  const totalCol = columnLetters(columns.findIndex((c) => c.header === totalHeader(unit)));
  // a 奖励办法's table says its unit once, in the title, as 公文 tables do (“金额单位：元”)
  const said = unitNote(unit);
  if (said) title = `${title}（${said}）`;
  const unitCol = columnLetters(1);
  const { rows, styles } = scoreRows(report, scores, components, scoreCols, extra);
  const first = SUMMARY_HEADER_ROW + 1;
  const last = SUMMARY_HEADER_ROW + Math.max(rows.length, 1);
  return summarySheet(name, title, stamp, columns, rows, {
    rowStyles: styles,
    landscape: true,
    conditionalFormats: scores.length ? [{ range: `${totalCol}${first}:${totalCol}${last}`, type: 'dataBar', color: '5B9BD5' }] : [],
    charts: scores.length
      ? [{ type: 'bar', title: totalHeader(unit), categories: `${unitCol}${first}:${unitCol}${last}`, values: `${totalCol}${first}:${totalCol}${last}`, anchor: `${columnLetters(columns.length + 1)}${SUMMARY_HEADER_ROW}` }]
      : [],
  });
}

/**
 * 月度通报-YYYY-MM (or a window's bulletin): units ranked by total within their categories, with 较上期, and 累计报送 and
 * 累计得分 when the period does not start on 1 January — the columns of the 通报's attachment tables, in their order.
 */
export function bulletinSheet(report: Report, stamp: GenerationStamp): SheetSpec {
  const span = yearToDateSpan(report.period, report.rules.model.yearStart);
  const silence = silenceOf(report);
  const extra: BulletinExtra = {
    movement: report.movement,
    yearToDate: span ? { scores: new Map(report.yearToDate.map((s) => [s.unit, s])), span: periodPhrase(span) } : null,
    // an empty ledger is no evidence of silence: nothing shaded (as the 通报 names nobody)
    zeroReport: silence.noLedger ? [] : report.zeroReport.units,
    zeroMonths: report.zeroReport.months,
    zeroFrom: zeroCountStart(report.zeroReport),
    silence: silenceLines(silence),
  };
  return scoreSheet(GENERATED_NAMES.bulletin(report.period), `${periodPhrase(report.period)}${workNoun(workName(report.check.settings.text.workName))}通报`, report, report.scores, stamp, extra, showsGrades(report.period, report.rules));
}

/** 年度考核-YYYY: the same table over the whole plan year (to the as-of date). */
export function annualSheet(year: number, report: ScoredReport & Partial<Pick<Report, 'check'>>, scores: readonly UnitScore[], stamp: GenerationStamp): SheetSpec {
  // a 考核年度 that does not start in January says its months (2015年8月至2016年7月宣传工作考核), as 合肥市关工委's 评比年度
  const yearStart = report.rules.model.yearStart;
  const work = workNoun(workName(report.check?.settings.text.workName));
  const title = yearStart > 1 ? `${assessmentYearLabel(year, yearStart)}${work}考核` : `${year}年度${work}考核`;
  // 等次 judged over a month or a quarter (考核周期) are not a year's: the year's sum would grade everyone 优秀
  const graded = (report.rules.model.assessmentCadence ?? 'year') === 'year' && report.rules.gradeLines !== null;
  return scoreSheet(GENERATED_NAMES.annual(year), title, report, scores, stamp, null, graded);
}

/** 逾期预警: tasks overdue at the as-of date and tasks due within DUE_SOON_WORKDAYS working days. */
export function overdueSheet(report: Report, stamp: GenerationStamp): SheetSpec {
  const { calendar, asOf } = report.check;
  const soonLimit = calendar.addWorkdays(asOf, DUE_SOON_WORKDAYS);
  const columns = [
    col('状态', 9, STYLES.center), col('序号', 6, STYLES.center), col('任务', 50, STYLES.text), col('未完成的牵头单位', 22, STYLES.text),
    col('配合单位', 22, STYLES.text), col('完成时限', 12, STYLES.date), col('逾期天数', 9, STYLES.number), col('剩余工作日', 10, STYLES.number),
    col('位置', 16),
  ];
  const overdue: SpecValue[][] = [];
  const soon: SpecValue[][] = [];
  for (const t of report.check.tasks) {
    if (t.deadline.kind !== 'date') continue;
    const due = effectiveDueDate(t.deadline, calendar); // 遇节假日顺延: the working day it moves to
    const where = link(t.sheet, t.cells.deadline ?? `A${t.row}`);
    if (t.status === 'overdue') {
      overdue.push(['逾期', t.seq || null, t.task, t.owingLeads.join('、'), t.coop.join('、') || null, date(due), daysBetween(due, asOf), null, where]);
    } else if (t.status === 'pending' && compareDates(due, soonLimit) <= 0) {
      soon.push(['即将到期', t.seq || null, t.task, t.owingLeads.join('、'), t.coop.join('、') || null, date(due), null, calendar.networkdays(addDays(asOf, 1), due), where]);
    }
  }
  const rows = [...overdue, ...soon];
  const overdueFill = { fill: STYLES.error.fill };
  const soonFill = { fill: STYLES.warning.fill };
  const styles = rows.map((r) => (r[0] === '逾期' ? overdueFill : soonFill));
  return summarySheet(GENERATED_NAMES.overdue, `逾期预警（逾期 ${overdue.length} 项，${DUE_SOON_WORKDAYS} 个工作日内到期 ${soon.length} 项）`, stamp, columns, rows, { rowStyles: styles, tabColor: 'C00000' });
}

/** Every generated sheet of a report, in the order they are added to the workbook. */
export function summarySheets(report: Report, stamp: GenerationStamp): SheetSpec[] {
  const year = report.check.planYear;
  // a rule ranked each quarter and each year (two 评分规则): the 年度考核 follows the yearly one
  const yearly = report.yearlyRules;
  const annualReport: Report = yearly ? { ...report, rules: yearly.rules, rulesSheet: yearly.sheet } : report;
  const yearStart = annualReport.rules.model.yearStart;
  const annualPeriod = yearToDatePeriod(year, report.asOf, yearStart);
  const same = (a: Period, b: Period) => compareDates(a.from, b.from) === 0 && compareDates(a.to, b.to) === 0;
  // 年度考核 over the report's period or its 本年累计 (the usual case) is scored already
  const annualScores = !yearly && same(annualPeriod, report.period)
    ? report.scores
    : !yearly && same(annualPeriod, yearToDateOf(report.period, yearStart))
      ? report.yearToDate
      : periodScores({ ...scoringInput(report.check, annualReport, report.creditTo), period: annualPeriod }, report.check, report.categories);
  return [
    issuesSheet(report.issues, stamp),
    unitTasksSheet(report, stamp),
    bulletinSheet(report, stamp),
    breakdownSheet(report, stamp),
    overdueSheet(report, stamp),
    annualSheet(year, annualReport, annualScores, stamp),
  ];
}
