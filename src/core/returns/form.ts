// The 填报表 a unit fills each period: its tasks, a 报送登记 sheet, a 进展 sheet and a hidden marker, as sheet specs.
import { CivilDate, formatISO } from '../dates/civil-date';
import { expectedCount } from '../quotas/quota';
import { quotaAskedOf } from '../quotas/by-category';
import { namedCategories, notOwedNote, owesQuota } from '../quotas/scope';
import { LEDGER_HEADERS } from '../sheets/headers';
import { SheetSpec, STYLES, SpecCell, cell, wrappedHeights } from '../sheets/sheet-spec';
import { MEDIA_LEVELS } from '../scoring/scoring-rules';
import { TaskRecord } from '../validation/validate';
import { UnitRegistry } from '../units/units';

/** Sheet names of a form: one home, read back by the return reader. */
export const FORM_SHEETS = {
  guide: '填报说明',
  tasks: '本单位任务',
  submissions: '报送登记',
  progress: '进展',
  marker: '督办填报标记',
} as const;

/** Keys of the hidden marker sheet (key in column A, value in column B). */
export const MARKER_KEYS = { unit: '单位', campaign: '活动', from: '期间起', to: '期间止', kind: '表单' } as const;
export const MARKER_KIND = '督办填报表v1';

/** Labels of 填报说明's lines that collect reads back (the unit and period the form was made for, the date the unit fills in). */
export const GUIDE_LABELS = { unit: '填报单位', period: '填报期间', filledOn: '填报日期' } as const;

/** 进展 columns, in order. */
export const PROGRESS_HEADERS = ['任务序号', '工作任务', '完成情况', '完成日期', '说明'] as const;
export const PROGRESS_STATUS_CHOICES = ['已完成', '推进中', '未开始'] as const;

/** An instruction line of 填报说明: wrapped within its column. */
const GUIDE_LINE = { wrap: true, verticalAlign: 'top' } as const;

/** Rows left to fill in 报送登记. */
export const SUBMISSION_ROWS = 200;

/** 报送登记's columns: the ledger's own header words (one home), in the form's order. */
export const SUBMISSION_COLUMNS = (['date', 'title', 'media', 'level', 'adopted', 'taskSeq', 'count'] as const).map((field) => ({
  field,
  header: LEDGER_HEADERS[field][0],
}));

export interface FormInput {
  readonly unit: string;
  readonly campaign: string;
  readonly period: { readonly from: CivilDate; readonly to: CivilDate };
  readonly tasks: readonly TaskRecord[];
  readonly mediaNames: readonly string[];
  /** The unit's categories and projects, as the report reads them (without: a quota by category asks nothing). */
  readonly quotaContext?: UnitQuotaContext;
}

/**
 * A unit's categories (类型, 所属分组) and projects (设置 项目数), as the report reads them: the form's 本期应报 and the
 * collect's 尚差 are then the number the unit is judged by in the 通报.
 */
export interface UnitQuotaContext {
  readonly categoriesOf?: (unit: string) => readonly string[];
  readonly projectsOf?: (unit: string) => number;
  /** The categories a task's words name among its listed units' (namedCategories), when the caller keeps them per task (a collect asks for every unit). */
  readonly namedOf?: (task: TaskRecord) => ReadonlySet<string>;
}

/** The categories a task's words name among those of the units it lists. */
export const taskNamedCategories = (task: TaskRecord, context: UnitQuotaContext): Set<string> =>
  namedCategories(task, [...task.lead, ...task.coop].map((u) => context.categoriesOf?.(u) ?? []));

export interface UnitTask {
  readonly task: TaskRecord;
  readonly role: '牵头' | '配合';
  readonly expected: number | null;
  /** Why a quota of the task is not the unit's own (a cooperating unit's, an activity): the 填报表 says it beside 量化指标. */
  readonly notOwed?: string;
}

/** The tasks a unit leads or joins, with what it is expected to report over the period (null: the task asks it nothing). */
export function tasksOfUnit(unit: string, tasks: readonly TaskRecord[], period: FormInput['period'], context: UnitQuotaContext = {}): UnitTask[] {
  const out: UnitTask[] = [];
  const categories = context.categoriesOf?.(unit) ?? [];
  const projects = context.projectsOf && (() => context.projectsOf!(unit));
  for (const task of tasks) {
    const role = task.lead.includes(unit) ? '牵头' : task.coop.includes(unit) ? '配合' : null;
    if (!role) continue;
    // the same quotas the 通报 judges: a cooperating unit owes the lead's only when the task names it; an activity is no 应报
    const named = role === '配合' && task.quota ? context.namedOf?.(task) ?? taskNamedCategories(task, context) : new Set<string>();
    const owed = task.quota !== null && owesQuota(task, unit, role === '牵头', categories, named);
    const asked = owed ? quotaAskedOf(task.quota!, categories, projects) : null;
    const notOwed = task.quota !== null && !owed ? notOwedNote(task, role === '配合') : undefined;
    out.push({ task, role, expected: asked ? expectedCount(asked.quota, period.from, period.to) * asked.times : null, ...(notOwed ? { notOwed } : {}) });
  }
  return out;
}

/**
 * The units a form is made for: every unit named as lead or coop, in first-seen order; with a
 * registry, only the units it knows (a misspelt name that `check` reports gets no form of its own).
 */
export function responsibleUnits(tasks: readonly TaskRecord[], registry: UnitRegistry | null = null): string[] {
  const seen = new Set<string>();
  for (const t of tasks) for (const u of [...t.lead, ...t.coop]) seen.add(u);
  return [...seen].filter((u) => !registry || registry.resolve(u).kind === 'name');
}

/** Why no unit gets a form: no tasks, or every unit named is a group without members or not in the registry. */
export function noFormsReason(tasks: readonly TaskRecord[], registry: UnitRegistry | null): string {
  if (tasks.length === 0) return '任务分工表中没有任务。';
  const named = [...new Set(tasks.flatMap((t) => [...t.lead, ...t.coop]))];
  if (named.length === 0) return '所有任务都没有填写牵头或配合单位。';
  const groups = registry ? named.filter((u) => registry.resolve(u).kind === 'group') : [];
  const unknown = registry ? named.filter((u) => registry.resolve(u).kind === 'unknown') : [];
  const parts: string[] = [];
  if (groups.length) parts.push(`${groups.map((g) => `“${g}”`).join('、')}是单位分组，单位名录中没有成员单位的“所属分组”写有它们，填报表不能发给分组`);
  if (unknown.length) parts.push(`${unknown.slice(0, 8).map((u) => `“${u}”`).join('、')}${unknown.length > 8 ? `等 ${unknown.length} 个名称` : ''}不在单位名录中`);
  return `${parts.join('；') || '没有可以发送填报表的单位'}。请在“单位名录”中补全单位及其所属分组后再生成。`;
}

/** The campaign a task sheet's title names: "六安市2023年暖民心行动宣传任务分工表" → 六安市2023年暖民心行动宣传. */
export function campaignFromTitle(title: string): string {
  return title.replace(/\s+/g, '').replace(/(?:重点)?(?:工作)?任务(?:分工|分解)(?:表|方案|清单)?$|分工表$/, '');
}

export function periodLabel(period: FormInput['period']): string {
  return `${formatISO(period.from)}至${formatISO(period.to)}`;
}

/** The sheets of one unit's form. */
export function formSheets(input: FormInput): SheetSpec[] {
  const mine = tasksOfUnit(input.unit, input.tasks, input.period, input.quotaContext);
  const seqs = mine.map((m) => m.task.seq).filter((s) => s !== '');
  const label = periodLabel(input.period);
  const h = (text: string): SpecCell => cell(text, STYLES.header);
  const guide: SheetSpec = {
    name: FORM_SHEETS.guide,
    generated: false,
    protect: true,
    widths: [80],
    // the 填报日期 the unit fills in sits under its label, in the one wide column, so it is seen and printed
    unlocked: ['A5'],
    heights: [undefined, undefined, undefined, undefined, undefined, undefined, 32, 32, 32, 32],
    // one column that A4 portrait holds at full size (LibreOffice cut a 100-character one off at both sides,
    // fitted or not), its lines wrapping inside it
    print: { orientation: 'portrait', titleRows: 1 },
    rows: [
      [cell(`${input.campaign} 填报表`, STYLES.title)],
      [cell(`${GUIDE_LABELS.unit}：${input.unit}`)],
      [cell(`${GUIDE_LABELS.period}：${label}`)],
      [cell(`${GUIDE_LABELS.filledOn}（请在下一行填写报出本表的日期，如 ${formatISO(input.period.to)}）：`)],
      [cell(null, { ...STYLES.date, align: 'left' })],
      [cell('填写说明：')],
      [cell(`1. 在“${FORM_SHEETS.submissions}”表逐行登记本期报送的信息稿件：日期、标题、媒体（可从下拉中选）、级别、是否采用（是/否）、对应的任务序号和数量。`, GUIDE_LINE)],
      [cell(`2. 在“${FORM_SHEETS.progress}”表填写每项任务的完成情况、完成日期和说明（牵头任务以本单位填报为准）。`, GUIDE_LINE)],
      [cell(`3. “${FORM_SHEETS.tasks}”表列出本单位牵头和配合的任务及本期应报数量，供参考，不必修改。`, GUIDE_LINE)],
      [cell('4. 除填写区外，各表已保护（无密码）；请勿改动表名和表头。文件改名不影响汇总。')],
    ],
  };
  const taskRows: SpecCell[][] = [
    ['任务序号', '工作任务', '角色', '完成时限', '量化指标', '本期应报'].map(h),
    ...mine.map((m) => [
      cell(m.task.seq, STYLES.center), cell(m.task.task, STYLES.text), cell(m.role, STYLES.center),
      cell(m.task.deadline.text, STYLES.text), cell(m.notOwed ? `${m.task.quotaText}（${m.notOwed}）` : m.task.quotaText, STYLES.text),
      cell(m.expected, STYLES.number),
    ]),
  ];
  const taskWidths = [10, 60, 8, 22, 24, 10];
  const tasksSheet: SheetSpec = {
    name: FORM_SHEETS.tasks,
    heights: wrappedHeights(taskRows, taskWidths),
    print: { orientation: 'landscape', titleRows: 1 },
    generated: false,
    protect: true,
    widths: taskWidths,
    freeze: { rows: 1, columns: 0 },
    rows: taskRows,
  };
  const last = SUBMISSION_ROWS + 1;
  const blankRow = SUBMISSION_COLUMNS.map((c) => cell(null, c.field === 'date' ? STYLES.date : STYLES.plain));
  const submissions: SheetSpec = {
    name: FORM_SHEETS.submissions,
    generated: false,
    print: { orientation: 'landscape', titleRows: 1 },
    protect: true,
    widths: [12, 48, 20, 10, 10, 10, 8],
    freeze: { rows: 1, columns: 0 },
    rows: [SUBMISSION_COLUMNS.map((c) => h(c.header)), ...Array.from({ length: SUBMISSION_ROWS }, () => blankRow)],
    validations: [
      ...(input.mediaNames.length > 0
        ? [{ range: `C2:C${last}`, list: { source: `'${FORM_SHEETS.marker}'!$D$2:$D$${input.mediaNames.length + 1}` }, allowOther: true, prompt: '从媒体名录中选择，或填写媒体全称' }]
        : []),
      { range: `D2:D${last}`, list: [...MEDIA_LEVELS] },
      { range: `E2:E${last}`, list: ['是', '否'] },
      ...(seqs.length > 0 ? [{ range: `F2:F${last}`, list: seqs, prompt: '本单位任务的序号' }] : []),
    ],
    unlocked: [`A2:G${last}`],
  };
  const progressRows: SpecCell[][] = [
    PROGRESS_HEADERS.map(h),
    ...mine.map((m) => [cell(m.task.seq, STYLES.center), cell(m.task.task, STYLES.text), cell(null, STYLES.plain), cell(null, STYLES.date), cell(null, STYLES.text)]),
  ];
  const progress: SheetSpec = {
    name: FORM_SHEETS.progress,
    heights: wrappedHeights(progressRows, [10, 60, 12, 12, 40]),
    print: { orientation: 'landscape', titleRows: 1 },
    generated: false,
    protect: true,
    widths: [10, 60, 12, 12, 40],
    freeze: { rows: 1, columns: 0 },
    rows: progressRows,
    validations: mine.length > 0 ? [{ range: `C2:C${mine.length + 1}`, list: [...PROGRESS_STATUS_CHOICES], allowOther: true }] : [],
    unlocked: mine.length > 0 ? [`C2:E${mine.length + 1}`] : [],
  };
  const marker: SheetSpec = {
    name: FORM_SHEETS.marker,
    generated: false,
    protect: true,
    hidden: true,
    rows: [
      [cell('项目'), cell('值'), cell(''), cell('媒体名录')],
      ...[
        [MARKER_KEYS.kind, MARKER_KIND],
        [MARKER_KEYS.unit, input.unit],
        [MARKER_KEYS.campaign, input.campaign],
        [MARKER_KEYS.from, formatISO(input.period.from)],
        [MARKER_KEYS.to, formatISO(input.period.to)],
      ].map(([k, v], i) => [cell(k), cell(v), cell(''), cell(input.mediaNames[i] ?? null)]),
      ...input.mediaNames.slice(5).map((m) => [cell(null), cell(null), cell(null), cell(m)]),
    ],
  };
  return [guide, tasksSheet, submissions, progress, marker];
}

/** The file name of a unit's form: 名称-填报表-期间.xlsx, with characters file systems refuse replaced. */
export function formFileName(unit: string, period: FormInput['period']): string {
  const safe = unit.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_');
  return `${safe}-填报表-${formatISO(period.from)}至${formatISO(period.to)}.xlsx`;
}
