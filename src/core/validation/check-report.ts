// The readable Chinese report of a check, grouped by severity then code (for `duban check`).
import { formatChinese } from '../dates/civil-date';
import { ISSUE_TITLE, Issue, IssueCode, SEVERITY_LABEL, Severity, countBySeverity } from './issues';
import { CheckResult } from './validate';

const PLAN_YEAR_SOURCE: Record<CheckResult['planYearSource'], string> = {
  option: '命令行指定', settings: '设置表', title: '表格标题', asOf: '统计截止日', today: '当前年份',
};

/** Plain-text report; `file` is the name shown in the heading. */
export function formatCheckReport(result: CheckResult & { readonly ledgerSheet?: string | null }, file: string): string {
  const lines: string[] = [];
  const counts = countBySeverity(result.issues);
  lines.push(`督办 · 任务分工表校验：${file}`);
  lines.push(`计划年度 ${result.planYear}（${PLAN_YEAR_SOURCE[result.planYearSource]}）  统计截止日 ${formatChinese(result.asOf)}`);
  if (result.taskSheets.length > 0) {
    lines.push(`任务表：${result.taskSheets.join('、')}，共 ${result.tasks.length} 项任务；单位名录：${result.registrySheet ?? '无（只检查单位名称的拆分与重复）'}${result.ledgerSheet !== undefined ? `；报送台账：${result.ledgerSheet ?? '无'}` : ''}`);
  }
  lines.push(`结果：错误 ${counts.error} 个，警告 ${counts.warning} 个，提示 ${counts.info} 个`);
  for (const severity of ['error', 'warning', 'info'] as Severity[]) {
    const ofSeverity = result.issues.filter((i) => i.severity === severity);
    if (ofSeverity.length === 0) continue;
    lines.push('');
    lines.push(`【${SEVERITY_LABEL[severity]}】${ofSeverity.length} 个`);
    const byCode = new Map<IssueCode, Issue[]>();
    for (const i of ofSeverity) byCode.set(i.code, [...(byCode.get(i.code) ?? []), i]);
    for (const [code, list] of byCode) {
      lines.push(`  ${ISSUE_TITLE[code]}（${code}）${list.length} 个`);
      for (const i of list) {
        lines.push(`    ${i.sheet}!${i.cell}  ${i.message}${i.suggestion !== undefined ? `  → 建议：${i.suggestion}` : ''}`);
      }
    }
  }
  if (result.issues.length === 0) lines.push('', '没有发现问题。');
  return lines.join('\n');
}
