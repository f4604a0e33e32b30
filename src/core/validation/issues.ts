// The issue codes of DESIGN.md with their severities: the one home of what Duban reports.

export type Severity = 'error' | 'warning' | 'info';

export const ISSUE_SEVERITY = {
  HEADER_NOT_FOUND: 'error',
  COLUMN_MAP_INVALID: 'warning',
  EMPTY_TASK: 'error',
  DUPLICATE_SEQ: 'warning',
  FORMULA_ERROR: 'error',
  MISSING_LEAD: 'error',
  UNKNOWN_UNIT: 'error',
  UNIT_ALIAS: 'warning',
  UNIT_GROUP: 'info',
  UNIT_VAGUE: 'info',
  UNIT_INCOMPLETE: 'warning',
  DUPLICATE_UNIT: 'warning',
  LEAD_ALSO_COOP: 'warning',
  UNITS_CARRIED: 'info',
  UNITS_BY_ITEM: 'info',
  UNITS_SAME_NOTHING: 'error',
  DEADLINE_MISSING: 'warning',
  SAME_ABOVE_CARRIED: 'info',
  SAME_ABOVE_NOTHING: 'error',
  DEADLINE_PLACEHOLDER: 'error',
  DEADLINE_UNPARSED: 'error',
  DEADLINE_INVALID_DATE: 'error',
  DEADLINE_NON_WORKDAY: 'warning',
  DEADLINE_OUT_OF_YEAR: 'warning',
  DEADLINE_RELATIVE: 'info',
  DEADLINE_YEAR_ONLY: 'info',
  DEADLINE_AMBIGUOUS: 'info',
  COLUMN_INFERRED: 'info',
  ROW_SKIPPED: 'warning',
  TASK_OVERDUE: 'warning',
  DONE_LATE: 'info',
  QUOTA_UNPARSED: 'warning',
  QUOTA_PART_UNCHECKED: 'info',
  CALENDAR_NOT_COVERED: 'info',
  LEDGER_UNKNOWN_UNIT: 'warning',
  LEDGER_UNKNOWN_MEDIA: 'warning',
  LEDGER_BAD_DATE: 'error',
  LEDGER_ADOPTED_UNCLEAR: 'warning',
  LEDGER_MERGED_COUNT: 'warning',
  LEDGER_SUMMARY_ONLY: 'warning',
  LEDGER_SHEETS_UNREAD: 'warning',
  LEDGER_COUNT_TEXT: 'warning',
  LEDGER_YEAR_UNCLEAR: 'warning',
  LEDGER_DUPLICATE_ROW: 'warning',
  RULE_UNKNOWN_ITEM: 'error',
  RULE_BAD_VALUE: 'error',
  RULE_SHEETS_UNUSED: 'warning',
  RULE_NOT_COMPUTED: 'warning',
  ADJUSTMENT_BAD_ROW: 'error',
} as const satisfies Record<string, Severity>;

export type IssueCode = keyof typeof ISSUE_SEVERITY;

export const ISSUE_CODES = Object.keys(ISSUE_SEVERITY) as IssueCode[];

/** Short Chinese title of each code, for grouping in reports and the pane. */
export const ISSUE_TITLE: Record<IssueCode, string> = {
  HEADER_NOT_FOUND: '找不到可读的表头（任务分工表或台账）',
  COLUMN_MAP_INVALID: '列映射无法识别',
  EMPTY_TASK: '缺少任务内容',
  DUPLICATE_SEQ: '序号重复',
  FORMULA_ERROR: '单元格公式错误',
  MISSING_LEAD: '缺少牵头单位',
  UNKNOWN_UNIT: '单位不在名录中',
  UNIT_ALIAS: '使用了单位简称或别名',
  UNIT_GROUP: '单位分组（按名录展开）',
  UNIT_VAGUE: '泛指单位，未计入',
  UNIT_INCOMPLETE: '单位名称不完整（被隐去或被换行断开）',
  DUPLICATE_UNIT: '同一单位重复填写',
  LEAD_ALSO_COOP: '既牵头又配合',
  UNITS_CARRIED: '单位按“同上”“下同”等读取',
  UNITS_BY_ITEM: '单位按①②③分项填写',
  UNITS_SAME_NOTHING: '“同上”没有可依据的单位',
  DEADLINE_MISSING: '完成时限为空',
  SAME_ABOVE_CARRIED: '完成时限、领导按“同上”读取',
  SAME_ABOVE_NOTHING: '“同上”的上一行没有可依据的内容',
  DEADLINE_PLACEHOLDER: '完成时限未填写（模板占位）',
  DEADLINE_UNPARSED: '完成时限无法识别',
  DEADLINE_INVALID_DATE: '完成时限不是有效日期',
  DEADLINE_NON_WORKDAY: '完成时限落在休息日',
  DEADLINE_OUT_OF_YEAR: '完成时限不在计划年度内',
  DEADLINE_RELATIVE: '相对时限，无法核对',
  DEADLINE_YEAR_ONLY: '完成时限只写到年份',
  DEADLINE_AMBIGUOUS: '完成时限有两种读法',
  COLUMN_INFERRED: '按内容识别的列',
  ROW_SKIPPED: '未作为任务读取的行',
  TASK_OVERDUE: '任务逾期',
  DONE_LATE: '逾期完成',
  QUOTA_UNPARSED: '量化指标无法识别',
  QUOTA_PART_UNCHECKED: '量化指标的分项未单独核对',
  CALENDAR_NOT_COVERED: '缺少该年节假日数据',
  LEDGER_UNKNOWN_UNIT: '台账单位不在名录中',
  LEDGER_UNKNOWN_MEDIA: '台账媒体不在名录中',
  LEDGER_BAD_DATE: '台账日期有误',
  LEDGER_ADOPTED_UNCLEAR: '台账是否采用无法识别',
  LEDGER_MERGED_COUNT: '台账数量合并了几行',
  LEDGER_SUMMARY_ONLY: '只有按单位汇总的统计表',
  LEDGER_SHEETS_UNREAD: '另有像报送台账的表未读取',
  LEDGER_COUNT_TEXT: '台账数量写成了文字',
  LEDGER_YEAR_UNCLEAR: '按月日登记的台账跨了年',
  LEDGER_DUPLICATE_ROW: '台账同一篇稿件登记了两次',
  RULE_UNKNOWN_ITEM: '评分规则项目无法识别',
  RULE_BAD_VALUE: '评分规则填写有误',
  RULE_SHEETS_UNUSED: '另有评分规则表未使用',
  RULE_NOT_COMPUTED: '评分规则有督办不能计算的部分',
  ADJUSTMENT_BAD_ROW: '加减分记录有误',
};

export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', info: '提示' };

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** One problem found in the workbook, tied to a cell. */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string;
  /** A1 address such as C7. */
  readonly cell: string;
  /** Chinese, for the clerk. */
  readonly message: string;
  /** The value that fixes the cell, when there is one (e.g. the registry name). */
  readonly suggestion?: string;
  /** The text in the cell that the suggestion replaces; absent when it replaces the whole cell. */
  readonly replaces?: string;
  /** Every cell with the same problem when it was written on several rows (the first is `cell`); absent for one cell. */
  readonly cells?: readonly string[];
}

export function makeIssue(code: IssueCode, sheet: string, cell: string, message: string, suggestion?: string, replaces?: string): Issue {
  const severity = ISSUE_SEVERITY[code];
  // written out, not spread: 10k issues at 100k rows, made before the JIT optimises (the fields' order is the JSON's)
  if (suggestion === undefined) return { severity, code, sheet, cell, message };
  return replaces === undefined ? { severity, code, sheet, cell, message, suggestion } : { severity, code, sheet, cell, message, suggestion, replaces };
}

export function countBySeverity(issues: readonly Issue[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const i of issues) counts[i.severity]++;
  return counts;
}
