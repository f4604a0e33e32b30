// What one header cell's words say it names: a task-sheet role (task, lead, coop, deadline, quota, leaders …) and how sure, and a quota header's measure.
import { CellValue } from './grid';
import { TASK_HEADERS, TaskField, normalizeHeader } from './headers';

/**
 * Roles a header cell can have. `responsible` (责任单位, 承办单位, 实施单位, 责任处室 …) is the lead
 * column when the table has no 牵头 column, and the cooperating column when it has one.
 */
export type HeaderRole = Exclude<TaskField, never> | 'responsible';

export interface HeaderCell {
  readonly role: HeaderRole;
  /** 10 for an exact synonym of TASK_HEADERS, 6 for a cell read by its words. */
  readonly score: number;
  /** For task-like cells: how specific the wording is (具体举措 2 > 重点任务 1 > 工作事项 0). */
  readonly specific: number;
  /** A 目标/要求 column: the quota column, or the task column when nothing else names tasks. */
  readonly altTask?: boolean;
  /** An indicator's name (指标, 指标名称): the task of an indicator table, a quota beside another task column. */
  readonly indicator?: boolean;
  /** A target in points (目标分数, 目标分值): a quota column whose bare numbers are points, never a count written wrong. */
  readonly points?: boolean;
  /** A 是否完成 / 是否办结 column: its 是/否 says whether the task is done, before any progress prose beside it. */
  readonly doneFlag?: boolean;
}

const EXACT_SCORE = 10;
const WORD_SCORE = 6;
/** A filled cell of a candidate row that names no column. */
export const UNKNOWN_PENALTY = 3;
/** Header cells are short: a longer normalized text is data (a task, a unit list). */
export const MAX_HEADER_CHARS = 16;

/** Exact names that mean "the units responsible" without saying 牵头. */
const RESPONSIBLE_EXACT = new Set(['责任单位', '责任部门']);

const EXACT = new Map<string, HeaderRole>();
for (const field of Object.keys(TASK_HEADERS) as TaskField[]) {
  for (const name of TASK_HEADERS[field]) {
    const key = normalizeHeader(name);
    if (!EXACT.has(key)) EXACT.set(key, RESPONSIBLE_EXACT.has(key) ? 'responsible' : field);
  }
}

/** Numbered headings and items ("一、持续减少审批事项", "1.深化改革") are never header cells. */
const NUMBERED = /^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]|\d+[、.．])/;
const UNIT_WORD = /单位|部门|处室|科室|股室|机构|机关|主体|街道|乡镇|站所|^(?:责任|包保|牵头|配合)?(?:村|社区|村居)$/;

/**
 * Word rules, first match wins (examples are headers of published 任务分工表):
 * - seq: 序号, 编号, 项次 (also "任务序号" — a number, never the task)
 * - doneDate: 实际完成时间, 完成日期, 办结时间 (not 计划完成日期)
 * - leaders: 责任领导, 分管领导, 县领导, 牵头领导, 责任人, 联系人 — people, never units (a cell also
 *   naming 单位/部门, "责任单位及责任人", stays a units column)
 * - coop: 配合单位, 协办单位, 协助部门, 参与单位
 * - lead: 牵头单位, 牵头部门, 主办单位, 主责单位
 * - responsible: 责任单位, 责任处室, 责任股室, 承办单位, 实施单位, 落实单位, 责任主体
 * - deadline: 完成时限, 时间安排, 进度安排, 完成时限要求, 计划完成时间, 时间节点
 * - status: 完成情况, 进展情况, 推进情况, 工作评价 ("达到时序进度", "已完成")
 * - note: 备注, 说明
 * - category: 类别, 领域, 板块, 专项; 阶段 (a 专项整治's stages: 动员部署阶段 | 时间 | 工作内容 | 责任单位)
 * - quota: 量化指标, 目标值, 频次; 目标/要求 (年度目标, 工作要求) are quota unless no column names tasks; so is one
 *   period's plan or target (工作任务安排第二季度, 三季度目标), which is never the deadline
 * - task: 主要任务, 工作事项, 重点工作, 工作举措, 实施内容, 建设内容, 项目名称, 整改措施
 */
const RULES: readonly [HeaderRole, RegExp][] = [
  ['seq', /^(?:序|序号|编号|项次|排序|No\.?)$|序号|编号/i],
  ['doneDate', /^(?!.*计划)(?:.*(?:实际完成|完成日期|办结(?:时间|日期)|销号(?:时间|日期)))/],
  ['coop', /配合|协办|协助|协同|参与/],
  ['lead', /牵头|主办|主责|主抓/],
  ['responsible', /责任|承办|实施|落实|执行|承担|负责|归口|办理|主管/],
  ['deadline', /时限|时间|期限|节点|截止|日期|安排|工期|年限|时序/],
  ['status', /完成情况|进展|进度|落实情况|推进情况|办理情况|整改情况|情况|状态|成效|^(?:工作|完成|进度|综合)?评价$|评价(?:等次|结果)/],
  ['note', /备注|说明|附注/],
  ['category', /类别|分类|领域|板块|方面|类型|专项|^.{0,4}阶段$/],
  ['frequency', /频率|周期/],
  ['quota', /指标|频次|数量|目标值|量化|任务数|篇数|条数|件数|次数/],
];
/** Whether the task is done, asked as a yes/no question (是否完成, 是否办结, 是否销号, 完成与否): the status column that says it. */
const DONE_FLAG = /^是否(?:已)?(?:完成|办结|销号|完工|落实到位|按期完成)$|^(?:完成|办结)与否$/;
/** People: checked before the unit rules, and only when the cell names no unit word. */
const PERSON = /领导|责任人|联系人|负责人|分管|包保|督办人|经办人|牵头人|姓名|(?:包村|驻村|包片|责任)干部/;
/** Units: a unit word with any of the role words above, or alone (单位, 部门). */
export const UNIT_ROLES = new Set<HeaderRole>(['coop', 'lead', 'responsible']);
const TASK_WORDS = /任务|内容|措施|举措|事项|工作|项目|要点|问题|清单|实事|事件|目标|要求|做法|计划|方案/;
export const TARGET_WORDS = /目标|要求/;
const SCORE_WORDS = /分数|分值|得分/;
/**
 * A count's measure in brackets at a task header's end ("新种任务(亩)", 融安 2023 金桔生产任务分解表): the column holds
 * the count each row must reach, a quota, not the task (brackets are dropped from the header's words, so the raw cell is read).
 */
export const COUNT_MEASURE = /[(（][十百千万亿]*(?:元|人|人次|户|个|项|家|所|座|处|公里|千米|米|平方米|平方公里|亩|公顷|吨|千瓦|辆|套|件|条|篇|株|头|只)[)）]$/;
/** The measure a header names in brackets at its end ("新种任务(亩)" → "亩"), or null. */
export function headerMeasure(value: CellValue | undefined): string | null {
  if (typeof value !== 'string') return null;
  const m = COUNT_MEASURE.exec(value.replace(/\s+/g, ''));
  return m ? m[0].slice(1, -1) : null;
}
/** A quota word qualifying the header's last word, a task word ("量化目标任务", "量化工作"): the column names tasks. */
const QUOTA_OF_TASKS = /^(?!.*(?:指标|频次|数量|任务数|篇数|条数|件数|次数)).*量化.*(?:任务|工作|事项|措施|举措)$/;
/** The name column of an indicator table (指标 | 单位 | 2015年目标 | 牵头部门), not a 量化指标 or 指标值 column. */
const INDICATOR_NAME = /^(?:考核|考评|评价)?指标(?:名称|项目)?$|指标名称$/;
/** A quarter, a half-year or a span of months named in a header (第二季度, 上半年, 1-8月). */
const PERIOD = /[一二三四1-4１-４]季度|上半年|下半年|\d{1,2}\s*[-—－~～至]\s*\d{1,2}\s*月/;
const PERIOD_PLAN = /任务|安排|计划|目标|工作/;
/** …but a period's progress (1-8月推进情况, not 1-3月份进度安排: the next quarter's plan) or a time column (季度时间节点) is what its words say. */
const PERIOD_NOT_PLAN = /情况|进展|进度(?!安排|计划)|成效|时限|时间|期限|节点|截止|日期/;
const SPECIFIC = /具体|措施|举措|明细|细化|分解|内容|做法/;
const GENERAL = /项目|事项|名称|领域|方向|重点工作|问题|目标|类/;

/** The role a header cell's words give it, or null (data, a title, an unknown header). */
export function classifyHeaderCell(value: CellValue | undefined): HeaderCell | null {
  if (typeof value !== 'string' || value === '') return null;
  if (value.length > 3 * MAX_HEADER_CHARS) return null;
  const text = normalizeHeader(value);
  if (text === '' || text.length > MAX_HEADER_CHARS || NUMBERED.test(text)) return null;
  const exact = EXACT.get(text);
  // an exact 工作要求 / 目标要求 is a target as 年度目标 is: the quota column whose prose is no quota written wrong
  if (exact !== undefined) return { role: exact, score: EXACT_SCORE, specific: specificity(text), ...(exact === 'quota' && TARGET_WORDS.test(text) ? { altTask: true } : {}) };
  // an indicator table's name column (指标, 指标名称, 分类指标名称): each row names the indicator to reach, the task
  if (INDICATOR_NAME.test(text)) return { role: 'task', score: WORD_SCORE, specific: 0, indicator: true };
  if (text.includes('指标') && SPECIFIC.test(text)) return { role: 'task', score: WORD_SCORE, specific: 2 }; // 指标内容
  if (text === '计量单位') return null; // 元, %, 万人: never an office
  const unitWord = UNIT_WORD.test(text);
  const taskCell = (t: string) => (COUNT_MEASURE.test(value.replace(/\s+/g, '')) ? { role: 'quota' as const, score: WORD_SCORE, specific: 0 } : wordTaskCell(t));
  if (!unitWord && PERSON.test(text)) return { role: 'leaders', score: WORD_SCORE, specific: 0 };
  if (DONE_FLAG.test(text)) return { role: 'status', score: WORD_SCORE, specific: 0, doneFlag: true };
  // one period's plan or target (工作任务安排第二季度, 三季度目标): a target column, never the deadline
  if (PERIOD.test(text) && PERIOD_PLAN.test(text) && !PERIOD_NOT_PLAN.test(text)) return { role: 'quota', score: WORD_SCORE, specific: 0, altTask: true };
  for (const [role, pattern] of RULES) {
    if (!pattern.test(text)) continue;
    if (UNIT_ROLES.has(role) && !unitWord && !/^(?:牵头|配合|协办|主办|责任)$/.test(text)) {
      // 牵头/责任 with no unit word: 责任领导 was taken above; "实施内容", "落实措施" are tasks
      if (TASK_WORDS.test(text)) return taskCell(text);
      if (role !== 'responsible') return { role, score: WORD_SCORE - 1, specific: 0 };
      continue;
    }
    // "重点量化目标任务" (呼和浩特 2021): 量化 qualifies the tasks the header ends with; 任务数, 量化指标 stay quota
    if (role === 'quota' && QUOTA_OF_TASKS.test(text)) return taskCell(text);
    return { role, score: WORD_SCORE, specific: 0 };
  }
  if (unitWord) return { role: 'responsible', score: WORD_SCORE - 1, specific: 0 };
  if (TASK_WORDS.test(text)) return taskCell(text);
  return null;
}

function wordTaskCell(text: string): HeaderCell {
  // a target in points (目标分数, 目标分值: 达州 2009 政务信息 allocation) is a quota, never the task
  if (SCORE_WORDS.test(text)) return { role: 'quota', score: WORD_SCORE, specific: 0, points: true };
  if (TARGET_WORDS.test(text) && !/任务|措施|举措|内容|事项|具体/.test(text)) return { role: 'quota', score: WORD_SCORE, specific: specificity(text), altTask: true };
  return { role: 'task', score: WORD_SCORE, specific: specificity(text) };
}

function specificity(text: string): number {
  if (SPECIFIC.test(text)) return 2;
  if (GENERAL.test(text)) return 0;
  return 1;
}

/**
 * What a quota header says its bare numbers count: the measure in brackets ("新种任务(亩)" → 亩), 采用条数 → 条, 篇数 → 篇, a
 * target in points (目标分数, 任务分值) → 分. The one home of this reading (TaskSheet.quotaMeasure).
 */
export function quotaUnitOf(header: string): string | undefined {
  const measure = headerMeasure(header);
  if (measure !== null) return measure;
  const text = normalizeHeader(header);
  if (/(?:目标|任务)(?:分数|分值|分)/.test(text)) return '分';
  const m = /([条篇件次期])数/.exec(text);
  return m ? m[1] : undefined;
}
