// The DUBAN.* worksheet functions without Office globals: arguments as Excel sends them in, a value
// or a typed error {code, message} out. functions.ts maps the errors to CustomFunctions.Error.
import { DEFAULT_CALENDAR, WorkCalendar } from '../core/dates/calendar';
import { CivilDate, addDays, compareDates, formatChinese, fromSerial, isValidCivil, toSerial } from '../core/dates/civil-date';
import { readDateValue } from '../core/dates/date-values';
import { Deadline, parseDeadline, deadlineFromSerial, onWorkday, recurringDueDates } from '../core/deadlines/deadline';
import { isCellError } from '../core/sheets/grid';
import { normalizeLevel } from '../core/sheets/media-sheet';
import { MESSAGES } from '../core/validation/messages';
import { DEFAULT_PUBLICITY_MONTHS, expectedCount, parseQuota, quotaSeveralCounts } from '../core/quotas/quota';
import { categoryQuotaFor } from '../core/quotas/by-category';
import { holidayCalendarFromRange, registryFromRange } from '../core/sheets/range-tables';
import { RegistryHandles, isRegistryHandle } from '../core/units/registry-handles';
import { DEFAULT_RULES } from '../core/scoring/scoring-rules';
import { piecePoints } from '../core/scoring/piece-points';
import { pieceTypes } from '../core/scoring/rule-model';
import { TASK_STATUS_LABEL, isDoneText, taskStatus } from '../core/deadlines/task-status';
import { UnitCellAnalysis, UnitRegistry, analyzeUnitCellCached } from '../core/units/units';
import { FnError, FnResult, REGISTRY_EXAMPLE, dateArg, fromError, integerArg, isFnError, matrix, mediaArg, q, registryArgs, rulesArg, scalar, textArg, wholeColumn, yearArg } from './args';

export { FnError, isFnError } from './args';
export type { FnErrorCode, FnResult } from './args';

// ---------------------------------------------------------------------------------------------
// The unit registry argument, and DUBAN.REGISTRY's handles for it

/** The unit registry in a 单位名录 range argument (null when it names no unit). */
const registryArg = (x: unknown) => registryArgs.get(x, readRegistryArg);
const readRegistryArg = (x: unknown) => registryFromRange(matrix(x));
const handles = new RegistryHandles();

/** The one cell a handle argument holds (a cell reference arrives as a 1×1 array), or null. */
function handleIn(x: unknown): string | null {
  if (isRegistryHandle(x)) return x;
  if (Array.isArray(x) && x.length === 1) {
    const row: unknown = x[0];
    if (Array.isArray(row) && row.length === 1 && isRegistryHandle(row[0])) return row[0];
  }
  return null;
}

/**
 * The registry a UNITS or CHECKUNITS argument gives: the cell of a DUBAN.REGISTRY handle (a small
 * lookup) or the 单位名录 range itself (compared with the last few, cell by cell).
 */
function registryOf(x: unknown): FnResult<UnitRegistry | null> {
  const handle = handleIn(x);
  if (handle === null) return wholeColumn(x, '单位名录区域', REGISTRY_EXAMPLE) ?? registryArg(x);
  return handles.find(handle) ?? new FnError('notAvailable', `${handle}尚未载入（工作簿重新打开后，DUBAN.REGISTRY 所在单元格需重新计算）：请按 Ctrl+Alt+F9 全部重算。`);
}

/** REGISTRY(range): a handle for the 单位名录 range, to pass to UNITS and CHECKUNITS in its place. */
export function registry(range: unknown): FnResult<string> {
  if (handleIn(range) !== null) return new FnError('invalidValue', '参数应为单位名录区域，不能是另一个 DUBAN.REGISTRY 的结果。');
  const whole = wholeColumn(range, '单位名录区域', REGISTRY_EXAMPLE);
  if (whole) return whole;
  const reg = registryArg(range);
  if (!reg) return new FnError('notAvailable', '单位名录为空：请选择含“单位名称”列的区域。');
  return handles.handleFor(reg, matrix(range));
}


// ---------------------------------------------------------------------------------------------
// Deadlines, memoized (10,000 STATUS cells over a few distinct texts parse each text once)

const DEADLINE_MEMO_LIMIT = 5000;
/** Parsed deadlines by plan year, then text (no key string is built per call). */
const deadlineMemo = new Map<number, Map<string, Deadline>>();
let deadlineMemoSize = 0;

function parseDeadlineMemo(text: string, planYear: number): Deadline {
  let byText = deadlineMemo.get(planYear);
  let d = byText?.get(text);
  if (!d) {
    d = parseDeadline(text, planYear, DEFAULT_PUBLICITY_MONTHS);
    if (deadlineMemoSize >= DEADLINE_MEMO_LIMIT) {
      deadlineMemo.clear();
      deadlineMemoSize = 0;
      byText = undefined;
    }
    if (!byText) deadlineMemo.set(planYear, (byText = new Map()));
    byText.set(text, d);
    deadlineMemoSize++;
  }
  return d;
}

/** The deadline in a cell (a date serial or text), or the error that says why there is none to use. */
function deadlineArg(x: unknown, planYear: number): FnResult<Deadline> {
  const v = scalar(x, '完成时限');
  if (isFnError(v)) return v;
  if (v === undefined || v === null) return { kind: 'none', text: '' };
  if (isCellError(v)) return fromError(v.error, '完成时限');
  if (typeof v === 'boolean') return new FnError('invalidValue', '完成时限应为日期或文字，不能是逻辑值。');
  const d = typeof v === 'number' ? deadlineFromSerial(v, planYear) : parseDeadlineMemo(v, planYear);
  switch (d.kind) {
    case 'placeholder':
      return new FnError('invalidValue', MESSAGES.deadlinePlaceholder(d.text));
    case 'unparsed':
      return new FnError('invalidValue', MESSAGES.deadlineUnparsed(d.text));
    case 'invalid':
      return new FnError('invalidValue', MESSAGES.deadlineInvalid(d.text, d.reason));
    default:
      return d;
  }
}

const HOLIDAYS_EXAMPLE = '节假日!$A$1:$C$200';

function notCovered(year: number, calendar: WorkCalendar): FnError {
  const years = calendar.coveredYears();
  return new FnError(
    'notAvailable',
    `${year} 年没有节假日数据（已知 ${years[0]}–${years[years.length - 1]} 年），无法按国务院放假和调休安排计算工作日；` +
      `可把该年的安排写入“节假日”表，并在最后一个参数传入该区域，如 ${HOLIDAYS_EXAMPLE}。`,
  );
}

function checkCovered(from: CivilDate, to: CivilDate, calendar: WorkCalendar): FnError | null {
  const missing = calendar.uncoveredYears(from, to);
  return missing.length ? notCovered(missing[0], calendar) : null;
}

/**
 * The calendar of an optional 节假日 range argument (日期 · 类型 · 名称, or one column of rest days as
 * Excel's WORKDAY takes them), its days over the package's; the package's alone without one.
 */
function calendarArg(x: unknown): FnResult<WorkCalendar> {
  if (x === undefined || x === null) return DEFAULT_CALENDAR;
  const whole = wholeColumn(x, '节假日区域', HOLIDAYS_EXAMPLE);
  if (whole) return whole;
  const read = holidayCalendarFromRange(matrix(x));
  if (read.unread > 0) return new FnError('invalidValue', `节假日区域中有 ${read.unread} 行读不出日期或类型（类型应为“休息日”或“工作日”）。`);
  return read.calendar;
}

// ---------------------------------------------------------------------------------------------
// The functions

const QUOTA_MEMO_LIMIT = 20_000;
/** QUOTA results by rule text, then start serial, then end serial: a hit builds no key and parses nothing. */
const quotaMemo = new Map<string, Map<number, Map<number, FnResult<number>>>>();
let quotaMemoSize = 0;

/**
 * QUOTA(rule, from, to): the count a quota expects over [from, to]. A column of QUOTA cells repeats
 * a few rules over a few windows: text and serial arguments are looked up in quotaMemo first.
 */
export function quota(rule: unknown, from: unknown, to: unknown, category?: unknown): FnResult<number> {
  const categoryArg = category === undefined || category === null ? '' : scalar(category, '单位类别');
  if (isFnError(categoryArg)) return categoryArg;
  const categoryText = categoryArg === undefined || categoryArg === null ? '' : String(categoryArg).trim();
  if (categoryText !== '') return quotaUncached(rule, from, to, categoryText);
  if (typeof rule !== 'string' || typeof from !== 'number' || typeof to !== 'number') return quotaUncached(rule, from, to);
  let byFrom = quotaMemo.get(rule);
  let byTo = byFrom?.get(from);
  const hit = byTo?.get(to);
  if (hit !== undefined) return hit;
  const result = quotaUncached(rule, from, to);
  if (quotaMemoSize >= QUOTA_MEMO_LIMIT) {
    quotaMemo.clear();
    quotaMemoSize = 0;
    byFrom = byTo = undefined;
  }
  if (!byFrom) quotaMemo.set(rule, (byFrom = new Map()));
  if (!byTo) byFrom.set(from, (byTo = new Map()));
  byTo.set(to, result);
  quotaMemoSize++;
  return result;
}

function quotaUncached(rule: unknown, from: unknown, to: unknown, category = ''): FnResult<number> {
  const raw = scalar(rule, '量化指标');
  if (typeof raw === 'number') return new FnError('invalidValue', `量化指标应为文字，如“每月不少于2篇”，实为数字 ${raw}。`);
  const text = textArg(rule, '量化指标');
  if (isFnError(text)) return text;
  if (text === null) return new FnError('notAvailable', '量化指标为空。');
  const start = dateArg(from, '起始日期', true);
  if (isFnError(start)) return start;
  const end = dateArg(to, '截止日期', true);
  if (isFnError(end)) return end;
  let parsed = parseQuota(text, { publicityMonths: DEFAULT_PUBLICITY_MONTHS });
  if (!parsed) return new FnError('invalidValue', MESSAGES.quotaUnparsed(text, quotaSeveralCounts(text)));
  if (compareDates(start!, end!) > 0) return new FnError('invalidValue', `起始日期 ${formatChinese(start!)} 晚于截止日期 ${formatChinese(end!)}。`);
  // a quota by category: the rule of the category given (类型 or 所属分组 of the unit)
  if (parsed.byCategory && category !== '') {
    const piece = categoryQuotaFor(parsed.byCategory, [category]);
    if (!piece) return new FnError('notAvailable', `量化指标“${text}”没有对“${category}”类单位的要求。`);
    parsed = piece.quota;
  }
  return expectedCount(parsed, start!, end!);
}

/**
 * DEADLINE(text, [year], [after]): the due date (serial). Recurring deadlines give the first due
 * date on or after `after`, or without it the first in the plan year. The plan year is `year`,
 * else the year of `after`, else the current year (`today`).
 */
export function deadline(text: unknown, year: unknown, after: unknown, today: CivilDate, holidays?: unknown): FnResult<number> {
  const calendar = calendarArg(holidays);
  if (isFnError(calendar)) return calendar;
  const y = yearArg(year);
  if (isFnError(y)) return y;
  const from = dateArg(after, '起算日期', false);
  if (isFnError(from)) return from;
  const planYear = y ?? from?.year ?? today.year;
  const d = deadlineArg(text, planYear);
  if (isFnError(d)) return d;
  switch (d.kind) {
    case 'none':
      return new FnError('notAvailable', MESSAGES.deadlineMissing());
    case 'ongoing':
      return new FnError('notAvailable', `完成时限${q(d.text)}是长期任务，没有截止日期。`);
    case 'relative':
      return new FnError('notAvailable', MESSAGES.deadlineRelative(d.text));
    case 'date': {
      const written = (from && [...d.dates].sort(compareDates).find((x) => compareDates(x, from) >= 0)) || d.date;
      if (d.onRestDay && !calendar.covers(written.year)) return notCovered(written.year, calendar); // 遇节假日顺延 needs the year's holidays
      return toSerial(onWorkday(written, d.onRestDay, calendar));
    }
    case 'recurring': {
      const start = from ?? { year: planYear, month: 1, day: 1 };
      const end = from ? addDays(from, 800) : { year: planYear, month: 12, day: 31 };
      const due = recurringDueDates(d, start, end, calendar)[0];
      if (!due) {
        return new FnError('notAvailable', from ? `完成时限${q(d.text)}在 ${formatChinese(from)} 之后没有到期日。` : `完成时限${q(d.text)}在 ${planYear} 年没有到期日。`);
      }
      if ((d.workdays || d.onRestDay) && !calendar.covers(due.year)) return notCovered(due.year, calendar);
      return toSerial(due);
    }
    default:
      return new FnError('invalidValue', MESSAGES.deadlineUnparsed(d.text));
  }
}

/** WORKDAY(date, days, [holidays]): the working day `days` working days after (before, when negative) date. */
export function workday(date: unknown, days: unknown, holidays?: unknown): FnResult<number> {
  const calendar = calendarArg(holidays);
  if (isFnError(calendar)) return calendar;
  const start = dateArg(date, '日期', true);
  if (isFnError(start)) return start;
  const n = integerArg(days, '工作日天数', true);
  if (isFnError(n)) return n;
  // The result lies at least |n| calendar days away: every year up to there must be covered.
  const reach = addDays(start!, n!);
  if (reach.year < 1 || reach.year > 9999) return new FnError('invalidValue', `工作日天数 ${n} 超出日期范围。`);
  const uncovered = checkCovered(start!, reach, calendar);
  if (uncovered) return uncovered;
  const result = calendar.addWorkdays(start!, n!);
  return checkCovered(start!, result, calendar) ?? toSerial(result);
}

/** ISWORKDAY(date, [holidays]): whether the date is a working day, make-up working weekends (调休) included. */
export function isWorkday(date: unknown, holidays?: unknown): FnResult<boolean> {
  const calendar = calendarArg(holidays);
  if (isFnError(calendar)) return calendar;
  const d = dateArg(date, '日期', true);
  if (isFnError(d)) return d;
  if (!calendar.covers(d!.year)) return notCovered(d!.year, calendar);
  return calendar.isWorkday(d!);
}

/** NETWORKDAYS(from, to, [holidays]): working days from `from` to `to`, both counted; negative when to < from. */
export function networkdays(from: unknown, to: unknown, holidays?: unknown): FnResult<number> {
  const calendar = calendarArg(holidays);
  if (isFnError(calendar)) return calendar;
  const a = dateArg(from, '起始日期', true);
  if (isFnError(a)) return a;
  const b = dateArg(to, '截止日期', true);
  if (isFnError(b)) return b;
  return checkCovered(a!, b!, calendar) ?? calendar.networkdays(a!, b!);
}

/**
 * STATUS(deadline, [done], [asof]): the task's status label (已完成, 逾期, 未到期 …). `done` is
 * text such as 已完成, TRUE/FALSE, or the completion date; `asof` defaults to `today`.
 */
export function status(deadlineCell: unknown, done: unknown, asof: unknown, today: CivilDate): FnResult<string> {
  const asOf = dateArg(asof, '统计截止日', false);
  if (isFnError(asOf)) return asOf;
  const day = asOf ?? today;
  const d = deadlineArg(deadlineCell, day.year);
  if (isFnError(d)) return d;

  const v = scalar(done, '完成情况');
  if (isFnError(v)) return v;
  let isDone = false;
  let doneDate: CivilDate | null = null;
  if (v === undefined || v === null) {
    isDone = false;
  } else if (isCellError(v)) {
    return fromError(v.error, '完成情况');
  } else if (typeof v === 'boolean') {
    isDone = v;
  } else if (typeof v === 'number') {
    if (v !== 0) {
      const date = fromSerial(v);
      if (!date || !isValidCivil(date.year, date.month, date.day)) return new FnError('invalidValue', `完成日期 ${v} 不是有效的 Excel 日期。`);
      isDone = true;
      doneDate = date;
    }
  } else {
    const read = readDateValue(v);
    if (read.ok) {
      isDone = true;
      doneDate = read.date;
    } else {
      isDone = isDoneText(v.trim());
    }
  }
  return TASK_STATUS_LABEL[taskStatus(d, isDone, doneDate, day, DEFAULT_CALENDAR)]; // 遇节假日顺延 moves by the holidays
}

/** UNITS(text, registry): the units a cell names, as a column (aliases → names, groups expanded). */
export function units(text: unknown, registry: unknown): FnResult<string[][]> {
  const t = textArg(text, '单位');
  if (isFnError(t)) return t;
  if (t === null) return new FnError('notAvailable', '单元格中没有单位。');
  const reg = registryOf(registry);
  if (isFnError(reg)) return reg;
  const analysis = analyzeUnitCellCached(t, reg);
  let spill = spills.get(analysis);
  if (!spill) {
    const names = analysis.units;
    spill = names.length === 0 ? new FnError('notAvailable', `${q(t)}中没有单位名称。`) : Object.freeze(names.map((n) => Object.freeze([n]) as string[])) as string[][];
    spills.set(analysis, spill);
  }
  return spill;
}

/**
 * UNITS results by the (memoized) analysis they come from, so that a repeated cell allocates
 * nothing. Frozen: Excel's runtime only reads (serializes) what a function returns.
 */
const spills = new WeakMap<UnitCellAnalysis, FnResult<string[][]>>();

/** CHECKUNITS(text, registry): 正常, or what is wrong with the units a cell names. */
export function checkUnits(text: unknown, registry: unknown): FnResult<string> {
  const t = textArg(text, '单位');
  if (isFnError(t)) return t;
  if (t === null) return new FnError('notAvailable', '单元格中没有单位。');
  const reg = registryOf(registry);
  if (isFnError(reg)) return reg;
  if (!reg) return new FnError('notAvailable', '单位名录为空：请选择含“单位名称”列的区域。');
  const analysis = analyzeUnitCellCached(t, reg);
  const problems: string[] = [];
  for (const m of analysis.mentions) {
    const r = m.resolution;
    if (r.kind === 'unknown') problems.push(MESSAGES.unknownUnit(m.written, r.suggestion, r.placed, r.partOf, r.lookAlikes));
    else if (r.kind === 'alias') problems.push(MESSAGES.unitAlias(r.alias, r.name));
  }
  for (const name of analysis.duplicates) problems.push(MESSAGES.duplicateUnit(name));
  return problems.length ? [...new Set(problems)].join('') : '正常';
}

/** LEVEL(media, mediaRange): the level (中央级/省级/市级/县级) of an outlet in 媒体名录. */
export function level(media: unknown, mediaRange: unknown): FnResult<string> {
  const name = textArg(media, '媒体');
  if (isFnError(name)) return name;
  if (name === null) return new FnError('notAvailable', '媒体名称为空。');
  const whole = wholeColumn(mediaRange, '媒体名录区域', '媒体名录!$A$1:$C$2001');
  if (whole) return whole;
  const directory = mediaArg(mediaRange);
  if (directory.entries.length === 0) return new FnError('notAvailable', '媒体名录为空：请选择含“媒体名称”“级别”列的区域。');
  const entry = directory.find(name);
  if (!entry) return new FnError('notAvailable', `媒体${q(name)}不在媒体名录中。`);
  if (!entry.level) return new FnError('notAvailable', `媒体${q(entry.name)}在媒体名录中没有填写级别（中央级、省级、市级或县级）。`);
  return entry.level;
}

/** POINTS(level, [rulesRange]): points per adopted piece at a level, from 评分规则 or the defaults. */
export function points(levelCell: unknown, rulesRange: unknown): FnResult<number> {
  const text = textArg(levelCell, '级别');
  if (isFnError(text)) return text;
  if (text === null) return new FnError('notAvailable', '级别为空。');
  const lv = normalizeLevel(text);
  if (!lv) return new FnError('invalidValue', `${q(text)}不是媒体级别，应为中央级、省级、市级或县级。`);
  const whole = wholeColumn(rulesRange, '评分规则区域', '评分规则!$A$1:$B$30');
  if (whole) return whole;
  const rules = rulesArg(rulesRange) ?? DEFAULT_RULES;
  // the same rule model as the report: a level row of the office's own rows, else today's level points
  return piecePoints({ media: '', level: lv, types: [], instruction: '' }, rules.model, null).points;
}

/**
 * PIECEPOINTS(media, [level], [type], [instruction], [rulesRange], [mediaRange]): one adopted piece's
 * points as the report counts them — outlet or level points, by type or × multipliers, plus 批示.
 */
export function piecePointsOf(
  mediaCell: unknown, levelCell: unknown, typeCell: unknown, instructionCell: unknown, rulesRange: unknown, mediaRange: unknown,
): FnResult<number> {
  const media = textArg(mediaCell, '媒体');
  if (isFnError(media)) return media;
  const levelText = textArg(levelCell, '级别');
  if (isFnError(levelText)) return levelText;
  const type = textArg(typeCell, '类型');
  if (isFnError(type)) return type;
  const instruction = textArg(instructionCell, '批示');
  if (isFnError(instruction)) return instruction;
  for (const [range, label, example] of [[rulesRange, '评分规则区域', '评分规则!$A$1:$E$60'], [mediaRange, '媒体名录区域', '媒体名录!$A$1:$D$2001']] as const) {
    const whole = wholeColumn(range, label, example);
    if (whole) return whole;
  }
  const directory = mediaRange === undefined || mediaRange === null ? null : mediaArg(mediaRange);
  let level = levelText ? normalizeLevel(levelText) : null;
  if (levelText && !level) return new FnError('invalidValue', `${q(levelText)}不是媒体级别，应为中央级、省级、市级或县级。`);
  if (!level && media) level = directory?.find(media)?.level ?? null;
  if (!media && !level) return new FnError('notAvailable', '媒体和级别都为空。');
  const rules = rulesArg(rulesRange) ?? DEFAULT_RULES;
  const piece = { media: media ?? '', level, types: pieceTypes(type ?? ''), instruction: instruction ?? '' };
  const p = piecePoints(piece, rules.model, directory);
  return p.points + p.instructions.reduce((s, i) => s + i.points, 0);
}
