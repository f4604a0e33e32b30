// Columns a clerk hid in a returned form (written before running Duban). Hiding is how a clerk makes a sheet print on one
// page or puts away scratch figures; it is no withdrawal. So: a hidden column the header names as one of the form's or the
// ledger's columns (级别, 版面 …) is read as if shown, and the file says so once; a hidden column of anything else (测算,
// 备注, no header) is not listed cell by cell as an added column — the file says once how many cells it holds, unread; when
// a field's header stands over a hidden and a shown column (an old 媒体 column hidden, a new one typed beside it) the shown
// one is read and the file says which. A remark that withdraws its row still withdraws it when its column is hidden.
import { CellValue, Grid, SheetMarks } from '../../src/core/sheets/grid';
import { readReturn } from '../../src/core/returns';

const none: SheetMarks = { hiddenRows: [], filtered: false, struck: [] };

test('a hidden column of the form or the ledger is read and said once; a hidden scratch column is not listed cell by cell', () => {
  const header = ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量', '版面', '测算', '备注'];
  const rows: CellValue[][] = [
    header,
    ['2023-06-15', '甲：防汛宣传进社区', '六安发布', '市级', '是', 2, 1, '头版', 0.5, null],
    ['2023-06-16', '乙：养老服务', '皖西日报', '市级', '是', 2, 1, null, 1.5, '被转载'],
  ];
  const grid: Grid = { name: '报送登记', merges: [], rows, marks: { ...none, hiddenColumns: [[3, 3], [7, 8], [12, 16383]] } };
  const data = readReturn([grid], 'x.xlsx');
  expect(data.rows.map((r) => r.values.level)).toEqual(['市级', '市级']);
  expect(data.rows.map((r) => (r.extra ?? []).map((x) => `${x.cell}${x.header}${x.text}`))).toEqual([['H2版面头版'], ['J3备注被转载']]);
  expect(data.notes).toEqual([
    '“报送登记”表的D列（级别）、H列（版面）被隐藏：隐藏不算作废，仍按所填读取；如其中内容作废，请删去后重新报送',
    '“报送登记”表的I列（测算）被隐藏，不是填报表的列，其中 2 格内容未读取',
  ]);
});

test('an old column hidden under the same header as a new one: the shown column is read, the hidden one named', () => {
  const rows: CellValue[][] = [
    ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量', '媒体'],
    ['2023-06-15', '甲：防汛宣传进社区', '六安日报', '市级', '是', 2, 1, '皖西日报'],
    ['2023-06-16', '乙：养老服务', '六安日报', '市级', '是', 2, 1, '六安发布'],
  ];
  const data = readReturn([{ name: '报送登记', merges: [], rows, marks: { ...none, hiddenColumns: [[2, 2]] } }], 'x.xlsx');
  expect(data.rows.map((r) => r.values.media)).toEqual(['皖西日报', '六安发布']);
  expect(data.rows.every((r) => !r.extra)).toBe(true);
  expect(data.notes).toEqual(['“报送登记”表的C列（媒体）被隐藏，已按未隐藏的H列（媒体）读取，C列的 2 格内容未读取']);
});

test('a withdrawing remark in a hidden column still withdraws its row; hidden empty columns say nothing', () => {
  const rows: CellValue[][] = [
    ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量', '备注'],
    ['2023-06-15', '甲：防汛宣传进社区', '六安发布', '市级', '是', 2, 1, '此条作废'],
    ['2023-06-16', '乙：养老服务', '皖西日报', '市级', '是', 2, 1, null],
  ];
  const data = readReturn([{ name: '报送登记', merges: [], rows, marks: { ...none, hiddenColumns: [[7, 7], [9, 20]] } }], 'x.xlsx');
  expect(data.rows.map((r) => r.withdrawn ?? '')).toEqual(['H2“备注”列写着“此条作废”：按单位撤回处理，未登记；如仍要报送，请删去该字样后重新报送', '']);
  expect(data.rows.every((r) => !r.extra)).toBe(true);
  expect(data.notes).toEqual(['“报送登记”表的H列（备注）被隐藏，不是填报表的列，其中 1 格内容未读取']);
});

test('a hidden 进展 column is read and said', () => {
  const sub: Grid = { name: '报送登记', merges: [], rows: [['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量']] };
  const progress: Grid = {
    name: '进展', merges: [], marks: { ...none, hiddenColumns: [[3, 3]] },
    rows: [['任务序号', '工作任务', '完成情况', '完成日期', '说明'], ['3', '防汛宣传', '已完成', '2023-06-28', '']],
  };
  const data = readReturn([sub, progress], 'x.xlsx');
  expect(data.progress.map((p) => [p.seq, p.status, p.doneDate])).toEqual([['3', '已完成', '2023-06-28']]);
  expect(data.notes).toEqual(['“进展”表的D列（完成日期）被隐藏：隐藏不算作废，仍按所填读取；如其中内容作废，请删去后重新报送']);
});
