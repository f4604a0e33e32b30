// The 收集情况 sheet: per unit returned or not, on time or late, rows added and rejected; then every rejected row, duplicate, note and progress change.
import { formatISO } from '../dates/civil-date';
import { SheetSpec, SpecCell, STYLES, cell } from '../sheets/sheet-spec';
import { CollectResult, RECEIPT_SOURCE_LABEL } from './collect';

export const COLLECT_SHEET = '收集情况';

const TIMELINESS = { onTime: '按时', late: '逾期' } as const;

export function collectSheet(result: CollectResult, generatedAt: string): SheetSpec {
  const h = (t: string): SpecCell => cell(t, STYLES.header);
  const rows: SpecCell[][] = [
    [cell(`收集情况（${formatISO(result.period.from)}至${formatISO(result.period.to)}，报送截止 ${formatISO(result.due)}）`, STYLES.title)],
    [cell(`生成于 ${generatedAt}；新增 ${result.added.length} 行，重复 ${result.duplicates.length} 行，退回 ${result.rejected.length} 项，需催办 ${result.missing.length} 个单位`, STYLES.subtitle)],
    ['单位', '填报表', '按时/逾期', '收到日期（依据）', '新增行数', '重复', '退回行数', '本期应报', '本期实报', '文件'].map(h),
  ];
  // 未返回 is marked only where a form is owed (设置 填报表要求): otherwise it is a fact, not a fault
  const formOwed = new Set(result.missing.filter((m) => m.formOwed).map((m) => m.unit));
  for (const u of result.units) {
    rows.push([
      cell(u.unit, STYLES.plain), cell(u.returned ? '已返回' : '未返回', formOwed.has(u.unit) ? STYLES.warning : STYLES.center),
      cell(u.timeliness ? TIMELINESS[u.timeliness] : '', u.timeliness === 'late' ? STYLES.warning : STYLES.center),
      cell(u.receivedOn ? `${formatISO(u.receivedOn)}（${RECEIPT_SOURCE_LABEL[u.receivedFrom!]}）` : '', u.receivedFrom === 'mtime' ? STYLES.warning : STYLES.text), cell(u.added, STYLES.number), cell(u.duplicates, STYLES.number),
      cell(u.rejected, STYLES.number), cell(u.expected, STYLES.number), cell(u.submitted, STYLES.number), cell(u.files.join('；'), STYLES.text),
    ]);
  }
  const section = (title: string, headers: string[], body: SpecCell[][]) => {
    if (body.length === 0) return;
    rows.push([], [cell(title, STYLES.section)], headers.map(h), ...body);
  };
  // what is owed in the wide fourth column, the figures before it
  section('需催办（有应报未报的）', ['单位', '本期应报', '本期实报', '所欠'], result.missing.map((m) => [cell(m.unit, STYLES.plain), cell(m.expected, STYLES.number), cell(m.submitted, STYLES.number), cell(m.reason, STYLES.warning)]));
  const noteRows = (list: CollectResult['rejected'], style = STYLES.text) =>
    list.map((n) => [cell(n.file, STYLES.text), cell(n.row > 0 ? n.row : '整个文件', STYLES.center), cell(n.unit, STYLES.plain), cell(n.reason, style)]);
  section('退回的文件和行', ['文件', '行', '单位', '原因'], noteRows(result.rejected, STYLES.error));
  section('重复的行（只计一次）', ['文件', '行', '单位', '说明'], noteRows(result.duplicates));
  section('请核实', ['文件', '行', '单位', '说明'], noteRows(result.notes, STYLES.warning));
  section('已写入的进展', ['文件', '单位', '任务序号', '完成情况', '完成日期'], result.progressApplied.map((p) => [cell(p.file, STYLES.text), cell(p.unit, STYLES.plain), cell(p.task.seq, STYLES.center), cell(p.status, STYLES.plain), cell(p.doneDate ? formatISO(p.doneDate) : '', STYLES.center)]));
  section('未写入的进展', ['文件', '单位', '任务序号', '完成情况', '原因'], result.progressListed.map((p) => [cell(p.file, STYLES.text), cell(p.unit, STYLES.plain), cell(p.task.seq, STYLES.center), cell(p.status, STYLES.plain), cell(p.reason, STYLES.warning)]));
  return { name: COLLECT_SHEET, generated: true, rows, widths: [40, 10, 12, 30, 10, 8, 10, 10, 10, 50], freeze: { rows: 3, columns: 1 } };
}
