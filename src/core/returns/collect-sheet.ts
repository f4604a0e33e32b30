// The 收集情况 sheet: per unit returned or not, on time or late, rows added and rejected; then every rejected row, duplicate, note and progress change.
import { formatISO } from '../dates/civil-date';
import { CellRange } from '../sheets/grid';
import { SheetSpec, SpecCell, STYLES, TITLE_ROW_HEIGHT, cell, textWidth, wrappedHeights } from '../sheets/sheet-spec';
import { CollectResult, RECEIPT_SOURCE_LABEL } from './collect';
import { groupedNotes, rowRuns } from './collect-items';

export const COLLECT_SHEET = '收集情况';

const TIMELINESS = { onTime: '按时', late: '逾期' } as const;

/**
 * Column widths (characters): 单位 and 文件 wide enough for the longest names; ~150 in all, so the
 * sheet prints landscape on A4 fitted to the width at about 90 % (readable at arm's length).
 */
const WIDTHS = [26, 8, 9, 22, 8, 6, 8, 8, 8, 46];
const LAST = WIDTHS.length - 1;
const LINE_HEIGHT = 15;

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
  const merges: CellRange[] = [{ top: 0, left: 0, bottom: 0, right: LAST }, { top: 1, left: 0, bottom: 1, right: LAST }];
  const spanned = new Map<number, number>(); // section rows: their lines of text
  // a section's last column (原因, 说明) spans to the sheet's last column and wraps: a long reason reads whole
  const section = (title: string, headers: string[], body: SpecCell[][], spanLast = true) => {
    if (body.length === 0) return;
    rows.push([], [cell(title, STYLES.section)]);
    const from = headers.length - 1;
    const span = WIDTHS.slice(from).reduce((a, b) => a + b, 0);
    // a line holds less than the estimate where digits and 、 alternate (a grouped note's rows: 3、8、20–21…), as printed: a sixth to spare
    const linesOf = (value: SpecCell['value'], width: number) => (typeof value === 'string' ? Math.ceil(textWidth(value) / (Math.max(1, width - 2) * (/\d、\d/.test(value) ? 0.8 : 1))) : 1);
    for (const line of [headers.map(h), ...body]) {
      const r = rows.length;
      if (!spanLast) {
        rows.push(line);
        continue;
      }
      const last = line[from];
      rows.push([...line.slice(0, from), { value: last.value, style: { ...last.style, wrap: true } }, ...WIDTHS.slice(from + 1).map(() => cell(null, last.style))]);
      merges.push({ top: r, left: from, bottom: r, right: LAST });
      spanned.set(r, Math.max(linesOf(last.value, span), ...line.slice(0, from).map((c, i) => (c.style?.wrap ? linesOf(c.value, WIDTHS[i]) : 1))));
    }
  };
  // what is owed in the wide fourth column, the figures before it
  section('需催办（有应报未报的）', ['单位', '本期应报', '本期实报', '所欠'], result.missing.map((m) => [cell(m.unit, STYLES.plain), cell(m.expected, STYLES.number), cell(m.submitted, STYLES.number), cell(m.reason, STYLES.warning)]));
  // rows of one file given one reason are one line (the rows in its 行 and before the reason), as the CLI lists them
  const noteRows = (list: CollectResult['rejected'], style = STYLES.text) =>
    groupedNotes(list).map((n) => [
      cell(n.file, STYLES.text), cell(n.rows ? `共 ${n.rows.length} 行` : n.row > 0 ? n.row : '整个文件', STYLES.center), cell(n.unit, STYLES.text),
      cell(n.rows ? `${n.sheet ? `“${n.sheet}”表` : ''}第${rowRuns(n.rows)}行：${n.reason}` : n.row > 0 && n.sheet ? `“${n.sheet}”表第${n.row}行：${n.reason}` : n.reason, style),
    ]);
  section('退回的文件和行', ['文件', '行', '单位', '原因'], noteRows(result.rejected, STYLES.error));
  section('重复的行（只计一次）', ['文件', '行', '单位', '说明'], noteRows(result.duplicates));
  section('请核实', ['文件', '行', '单位', '说明'], noteRows(result.notes, STYLES.warning));
  section('已写入的进展', ['文件', '单位', '任务序号', '完成情况', '完成日期'], result.progressApplied.map((p) => [cell(p.file, STYLES.text), cell(p.unit, STYLES.plain), cell(p.task.seq, STYLES.center), cell(p.status, STYLES.plain), cell(p.doneDate ? formatISO(p.doneDate) : '', STYLES.center)]), false);
  section('未写入的进展', ['文件', '单位', '任务序号', '完成情况', '原因'], result.progressListed.map((p) => [cell(p.file, STYLES.text), cell(p.unit, STYLES.plain), cell(p.task.seq, STYLES.center), cell(p.status, STYLES.plain), cell(p.reason, STYLES.warning)]));
  // rows of wrapped text tall enough to read whole (the title's 14 points too), in Excel and LibreOffice alike
  const heights = wrappedHeights(rows, WIDTHS, LINE_HEIGHT).map((h, r) => (spanned.has(r) ? (spanned.get(r)! > 1 ? spanned.get(r)! * LINE_HEIGHT + 4 : undefined) : h));
  heights[0] = TITLE_ROW_HEIGHT;
  return {
    name: COLLECT_SHEET, generated: true, rows, widths: WIDTHS, merges, heights, freeze: { rows: 3, columns: 1 },
    print: { orientation: 'landscape', titleRows: 3 },
  };
}
