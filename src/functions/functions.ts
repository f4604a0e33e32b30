// The DUBAN.* custom functions as Excel registers them: JSDoc for functions.json (read by
// custom-functions-metadata at build time) and thin wrappers that turn impl.ts errors into
// CustomFunctions.Error, registered under their metadata ids at the end of this file.
/// <reference types="custom-functions-runtime" />
import { civilDateAt } from '../core/dates/civil-date';
import { DATE_FORMAT } from '../core/sheets/sheet-spec';
import { loadOffice } from '../taskpane/host';
import type { DateShift } from '../workbook/excel/date-system';
import { learnDateShift } from '../workbook/excel/date-system';
import { DATE_SYSTEM_UNKNOWN_IN_FUNCTION, DateSystemCache, ShiftSource, dateArgIn1900, rangeIn1900 } from './date-system';
import * as impl from './impl';
import { recordRegistryCell, registryCellStore, startRegistryRefresh } from './registry-refresh';

/** Today in China (UTC+8), the default as-of date and plan year. */
function today() {
  return civilDateAt(Date.now());
}

/** A date as a cell shows it: a number formatted as a date (a Double data type), or the plain serial where Excel has no data types. */
export type DateResult = number | { type: 'Double'; basicValue: number; numberFormat: string };

/**
 * Whether Excel takes data types from custom functions (ExcelApi 1.16,
 * https://learn.microsoft.com/office/dev/add-ins/excel/custom-functions-data-types-concepts): asked once.
 */
let dataTypes: boolean | null = null;
function dataTypesSupported(): boolean {
  if (dataTypes === null) {
    try {
      dataTypes = typeof Office !== 'undefined' && Office.context.requirements.isSetSupported('ExcelApi', '1.16');
    } catch {
      dataTypes = false;
    }
  }
  return dataTypes;
}

/** A serial as a date the cell displays as one, where Excel can; the serial otherwise. */
export function dateResult(serial: number, withTypes: boolean = dataTypesSupported()): DateResult {
  return withTypes ? { type: 'Double', basicValue: serial, numberFormat: DATE_FORMAT } : serial;
}

/**
 * Excel's answer to the date system of the document this runtime serves (DATE(2000,1,1) through
 * Workbook.functions: a read, as Microsoft allows a custom function to make,
 * https://learn.microsoft.com/office/dev/add-ins/excel/call-excel-apis-from-custom-function).
 * Without Excel (tests, a plain page) there is no workbook: serials are core's own, the 1900 system.
 * In Excel the functions always have Excel.run: the manifest asks for the shared runtime (SharedRuntime 1.1).
 */
export const excelShiftSource: ShiftSource = () => {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') return 0;
  return Excel.run((context) => learnDateShift(context));
};

let dateSystem = new DateSystemCache(excelShiftSource);

/**
 * Another host's way to tell the date system (WPS reads its active workbook's at once, at every call:
 * keep = false); tests pass their own.
 */
export function setDateShiftSource(source: ShiftSource, timeoutMs?: number, keep?: boolean): void {
  dateSystem = new DateSystemCache(source, timeoutMs, keep);
}

/**
 * Runs a date function with the date system: at once when known (every call after the first, in a
 * document), else after Excel's answer. Excel awaits a promise a function returns (the first cells
 * show #BUSY! for that request), whatever its declared result type; WPS's source answers at once.
 * No answer within the bound: #VALUE! saying so, never a date four years off.
 */
function withDates<T>(compute: (shift: DateShift) => T): T {
  const shift = dateSystem.get();
  const run = (s: DateShift | null): T => {
    if (s === null) throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, DATE_SYSTEM_UNKNOWN_IN_FUNCTION);
    return compute(s);
  };
  return shift instanceof Promise ? (shift.then(run) as unknown as T) : run(shift);
}

/** The value, or throws the Excel error it stands for; an unexpected failure becomes #VALUE!. */
function excel<T>(compute: () => impl.FnResult<T>): T {
  let result: impl.FnResult<T>;
  try {
    result = compute();
  } catch (e) {
    result = new impl.FnError('invalidValue', `督办函数内部错误：${e instanceof Error ? e.message : String(e)}`);
  }
  if (result instanceof impl.FnError) throw new CustomFunctions.Error(CustomFunctions.ErrorCode[result.code], result.message);
  return result;
}

/**
 * 量化指标在一段期间内的应报数量，如“每月不少于2篇”在2024年1月1日至6月30日为12。
 * @customfunction QUOTA
 * @param rule 量化指标，如“每月不少于2篇”“每季度1次”“5月、10月各1次”。
 * @param from 起始日期（含当天）。
 * @param to 截止日期（含当天）。
 * @param [category] 单位类别（单位名录的类型或所属分组），量化指标按类别分别规定时取该类别的要求，如“区直各责任单位”。
 * @returns 应报数量。
 */
export function quota(rule: unknown, from: unknown, to: unknown, category?: unknown): number {
  return withDates((s) => excel(() => impl.quota(rule, dateArgIn1900(from, s), dateArgIn1900(to, s), category)));
}

/**
 * 完成时限的截止日期。周期性时限（每月、次月7日前……）给出起算日期当天或之后的第一个到期日；不给起算日期时给出计划年度内第一个到期日。
 * @customfunction DEADLINE
 * @param text 完成时限，如“5月底前”“2023年6月30日”“每季度”，或日期。
 * @param [year] 计划年度（未写年份的日期属于该年）；默认为起算日期所在年或今年。
 * @param [after] 起算日期：周期性时限取该日当天或之后的到期日。
 * @param [holidays] 节假日区域（如 节假日!$A$1:$C$200：日期、类型“休息日/工作日”、名称；或一列休息日），补充内置数据没有的年份或本地调整。
 * @returns 截止日期：支持数据类型的 Excel 中为按 yyyy-mm-dd 显示的日期，较早的 Excel 中为日期序列号（请把单元格设为日期格式）；序列号按本工作簿的日期系统（1900 或 1904）。
 */
export function deadline(text: unknown, year?: unknown, after?: unknown, holidays?: unknown[][]): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  return withDates((s) => dateResult(excel(() => impl.deadline(dateArgIn1900(text, s), year, dateArgIn1900(after, s), today(), rangeIn1900(holidays, s))) - s));
}

/**
 * 按国务院放假和调休安排（含周末调休上班日），某日期之前或之后若干个工作日的日期。
 * @customfunction WORKDAY
 * @param date 开始日期。
 * @param days 工作日天数，负数表示往前数。
 * @param [holidays] 节假日区域（如 节假日!$A$1:$C$200：日期、类型“休息日/工作日”、名称；或一列休息日），补充内置数据没有的年份或本地调整。
 * @returns 日期：支持数据类型的 Excel 中为按 yyyy-mm-dd 显示的日期，较早的 Excel 中为日期序列号（请把单元格设为日期格式）；序列号按本工作簿的日期系统（1900 或 1904）。
 */
export function workday(date: unknown, days: unknown, holidays?: unknown[][]): any { // eslint-disable-line @typescript-eslint/no-explicit-any
  return withDates((s) => dateResult(excel(() => impl.workday(dateArgIn1900(date, s), days, rangeIn1900(holidays, s))) - s));
}

/**
 * 某日期是否为工作日（按国务院放假和调休安排，调休上班的周末为工作日）。
 * @customfunction ISWORKDAY
 * @param date 日期。
 * @param [holidays] 节假日区域（如 节假日!$A$1:$C$200：日期、类型“休息日/工作日”、名称；或一列休息日），补充内置数据没有的年份或本地调整。
 * @returns 工作日为 TRUE。
 */
export function isWorkday(date: unknown, holidays?: unknown[][]): boolean {
  return withDates((s) => excel(() => impl.isWorkday(dateArgIn1900(date, s), rangeIn1900(holidays, s))));
}

/**
 * 两个日期之间（含首尾）的工作日天数，按国务院放假和调休安排。
 * @customfunction NETWORKDAYS
 * @param from 起始日期。
 * @param to 截止日期。
 * @param [holidays] 节假日区域（如 节假日!$A$1:$C$200：日期、类型“休息日/工作日”、名称；或一列休息日），补充内置数据没有的年份或本地调整。
 * @returns 工作日天数；截止日期早于起始日期时为负数。
 */
export function networkdays(from: unknown, to: unknown, holidays?: unknown[][]): number {
  return withDates((s) => excel(() => impl.networkdays(dateArgIn1900(from, s), dateArgIn1900(to, s), rangeIn1900(holidays, s))));
}

/**
 * 任务状态：已完成、逾期完成、逾期、未到期、周期性、长期或无法判断。
 * @customfunction STATUS
 * @param deadline 完成时限（日期或文字）。
 * @param [done] 完成情况：如“已完成”、TRUE/FALSE，或完成日期。
 * @param [asof] 统计截止日；默认为今天（北京时间）。需要随日期刷新时请传入 TODAY()。
 * @returns 状态文字。
 */
export function status(deadline: unknown, done?: unknown, asof?: unknown): string {
  return withDates((s) => excel(() => impl.status(dateArgIn1900(deadline, s), dateArgIn1900(done, s), dateArgIn1900(asof, s), today())));
}

/**
 * 单位名录的句柄。在一个单元格中写 =DUBAN.REGISTRY(单位名录!$A$1:$D$2001)，UNITS、CHECKUNITS 引用该单元格代替名录区域：
 * 一列上万个公式时，每次计算不必再传入整个名录；名录改动后句柄随之改变，引用它的公式自动重算。
 * @customfunction REGISTRY
 * @requiresAddress
 * @param range 单位名录区域（单位名称·别名·类型·所属分组，可含表头），须是有界区域如 单位名录!$A$1:$D$2001，不能是整列。
 * @returns 句柄，如“单位名录#1a2b3c4d（300 个单位）”。
 */
export function registry(range: unknown[][], invocation?: CustomFunctions.Invocation): string {
  const handle = excel(() => impl.registry(range));
  // where this handle lives, so that the next opening recalculates this cell (registry-refresh.ts)
  void recordRegistryCell(invocation?.address, registryCellStore()).then((added) => added && loadWithDocument(), () => undefined);
  return handle;
}

/** From now on the runtime loads with this document, to recalculate its REGISTRY cells (SharedRuntime 1.1). */
function loadWithDocument(): void {
  try {
    if (Office.context.requirements.isSetSupported('SharedRuntime', '1.1')) void Office.addin.setStartupBehavior(Office.StartupBehavior.load).catch(() => undefined);
  } catch {
    // outside Excel: nothing to ask
  }
}

/**
 * 拆分单元格中的单位（简称换为规范名称，分组展开为成员单位），结果按列溢出。
 * @customfunction UNITS
 * @param text 单位单元格，如“市委宣传部 市发改委”。
 * @param registry 单位名录区域（单位名称·别名·类型·所属分组，可含表头，有界区域如 单位名录!$A$1:$D$2001，不能是整列）；或 DUBAN.REGISTRY 所在的单元格。
 * @returns 单位名称，每行一个。
 */
export function units(text: unknown, registry: unknown[][]): string[][] {
  return excel(() => impl.units(text, registry));
}

/**
 * 检查单元格中的单位：不在名录中、使用简称、重复填写；没有问题时为“正常”。
 * @customfunction CHECKUNITS
 * @param text 单位单元格。
 * @param registry 单位名录区域（单位名称·别名·类型·所属分组，可含表头）；或 DUBAN.REGISTRY 所在的单元格。
 * @returns “正常”或问题说明。
 */
export function checkUnits(text: unknown, registry: unknown[][]): string {
  return excel(() => impl.checkUnits(text, registry));
}

/**
 * 媒体的级别（中央级、省级、市级、县级），按媒体名录查名称或别名。
 * @customfunction LEVEL
 * @param media 媒体名称或别名。
 * @param mediaRange 媒体名录区域（媒体名称·级别·别名，可含表头）。
 * @returns 级别。
 */
export function level(media: unknown, mediaRange: unknown[][]): string {
  return excel(() => impl.level(media, mediaRange));
}

/**
 * 某级别媒体每采用一篇的得分，取自评分规则（“采用 | 省级 | | 10”这样的行，或“省级媒体采用(每篇)”）；不给评分规则时用默认分值（中央级10、省级5、市级2、县级1）。
 * @customfunction POINTS
 * @param level 媒体级别，如“省级”。
 * @param [rulesRange] 评分规则区域（项目·对象·类型·分值，或项目·分值，可含表头）。
 * @returns 分值。
 */
export function points(level: unknown, rulesRange?: unknown[][]): number {
  return excel(() => impl.points(level, rulesRange));
}

/**
 * 一篇采用稿件的得分（与汇总、通报同一套评分规则）：按媒体或级别的分值、稿件类型/版面的分值或倍数，加上领导批示加分。
 * @customfunction PIECEPOINTS
 * @param media 采用媒体，如“《常山政务》”。
 * @param [level] 媒体级别，如“省级”；留空时按媒体名录。
 * @param [type] 稿件类型或版面，如“单篇”“头版头条”，多个用“、”分隔。
 * @param [instruction] 领导批示，如“市级领导”，多个用“、”分隔。
 * @param [rulesRange] 评分规则区域（项目·对象·类型·分值，可含表头）。
 * @param [mediaRange] 媒体名录区域（媒体名称·级别·别名·分值）。
 * @returns 分值。
 */
export function piecePoints(media: unknown, level?: unknown, type?: unknown, instruction?: unknown, rulesRange?: unknown[][], mediaRange?: unknown[][]): number {
  return excel(() => impl.piecePointsOf(media, level, type, instruction, rulesRange, mediaRange));
}

/** Registers the functions under the ids of functions.json (test/functions checks the two agree). */
export function register(): void {
  CustomFunctions.associate('QUOTA', quota);
  CustomFunctions.associate('DEADLINE', deadline);
  CustomFunctions.associate('WORKDAY', workday);
  CustomFunctions.associate('ISWORKDAY', isWorkday);
  CustomFunctions.associate('NETWORKDAYS', networkdays);
  CustomFunctions.associate('STATUS', status);
  CustomFunctions.associate('REGISTRY', registry);
  CustomFunctions.associate('UNITS', units);
  CustomFunctions.associate('CHECKUNITS', checkUnits);
  CustomFunctions.associate('LEVEL', level);
  CustomFunctions.associate('POINTS', points);
  CustomFunctions.associate('PIECEPOINTS', piecePoints);
}

// A runtime already there (WPS's shim, src/wps/cf-shim.ts): registered at once. In Excel's page: as soon as
// office.js has loaded (this bundle loads it, before and without the pane's code; in a plain browser office.js
// does not load and nothing is registered). Saved REGISTRY handles then come back (registry-refresh.ts says how).
// The date system is asked for at once too, so that the first date function rarely has to wait for it.
if (typeof CustomFunctions !== 'undefined') {
  register();
  void startRegistryRefresh();
  void dateSystem.get();
} else if (typeof window !== 'undefined' && typeof document !== 'undefined') {
  void loadOffice().then(() => {
    if (typeof CustomFunctions === 'undefined') return;
    register();
    void startRegistryRefresh();
    void dateSystem.get();
  });
}
