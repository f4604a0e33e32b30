// Rows withdrawn by hand in a returned form, as the reader's marks give them: hidden or struck-through rows are listed and not
// merged, a strike that may withdraw only one cell is sent back naming it, rows a filter hides are read (expectations written first).
import { CellValue, Grid, SheetMarks } from '../../src/core/sheets/grid';
import { readReturn } from '../../src/core/returns';

const HEADER = ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
const row = (title: string): CellValue[] => ['2023-06-15', title, '六安发布', '市级', '是', 2, 1];
const sheet = (marks: SheetMarks): Grid => ({
  name: '报送登记', merges: [], marks,
  rows: [HEADER, row('甲：照常的一篇'), row('乙：隐藏的一篇'), row('丙：整行划掉'), row('丁：只划了媒体'), row('戊：标题划了一半')],
});
const none: SheetMarks = { hiddenRows: [], filtered: false, struck: [] };

test('a hidden row and a row whose title is struck through whole are withdrawn, naming the row and the cells', () => {
  const data = readReturn([sheet({ ...none, hiddenRows: [2], struck: [0, 1, 2, 3, 4, 5, 6].map((col) => ({ row: 3, col, whole: true })) })], 'x.xlsx');
  expect(data.rows.map((r) => [r.row, r.withdrawn ?? '', r.problem ?? ''])).toEqual([
    [2, '', ''],
    [3, '第3行被隐藏（乙：隐藏的一篇）：按单位撤回处理，未登记；如仍要报送，请取消隐藏后重新报送', ''],
    [4, 'A4:G4划了删除线（标题“丙：整行划掉”）：按单位撤回处理，未登记；如仍要报送，请取消删除线后重新报送', ''],
    [5, '', ''],
    [6, '', ''],
  ]);
});

test('a struck outlet or part of a title may withdraw only itself: the row is sent back naming the cell', () => {
  const data = readReturn([sheet({ ...none, struck: [{ row: 4, col: 2, whole: true }, { row: 5, col: 1, whole: false }] })], 'x.xlsx');
  expect(data.rows[3].problem).toBe('C5“六安发布”划了删除线：不能确定是撤回这一行还是只作废这些内容，未登记；请删去作废的内容、取消删除线后重新报送');
  expect(data.rows[4].problem).toContain('B6“戊：标题划了一半”（部分文字）划了删除线');
  expect(data.rows[3].withdrawn).toBeUndefined();
});

test('rows a filter hides are read, and the file says which', () => {
  const data = readReturn([sheet({ ...none, filtered: true, hiddenRows: [2, 4, 40] })], 'x.xlsx');
  expect(data.rows.every((r) => !r.withdrawn && !r.problem)).toBe(true);
  expect(data.notes).toEqual(['“报送登记”表设了筛选，被筛选隐藏的第3、5行照常读取（筛选只是查看方式，不是撤回）']);
});

test('a row withdrawn in words: its title marked （作废）, or a remark 作废/撤回/重复报送 in a column the clerk added', () => {
  const grid: Grid = {
    name: '报送登记', merges: [],
    rows: [
      [...HEADER, '备注'],
      [...row('（作废）甲：旧稿'), null],
      [...row('乙：养老服务进社区【已撤回】'), null],
      [...row('丙：照常的一篇'), '此条作废'],
      [...row('丁：照常的一篇'), '重复报送，以第2行为准'],
      [...row('戊：被转载的一篇'), '被学习强国转载'],
      [...row('己：关于作废旧证件的公告'), null],
    ],
  };
  const data = readReturn([grid], 'x.xlsx');
  expect(data.rows.map((r) => r.withdrawn ?? '')).toEqual([
    'B2标题“（作废）甲：旧稿”注明了作废或撤回：按单位撤回处理，未登记；如仍要报送，请去掉该字样后重新报送',
    'B3标题“乙：养老服务进社区【已撤回】”注明了作废或撤回：按单位撤回处理，未登记；如仍要报送，请去掉该字样后重新报送',
    'H4“备注”列写着“此条作废”：按单位撤回处理，未登记；如仍要报送，请删去该字样后重新报送',
    'H5“备注”列写着“重复报送，以第2行为准”：按单位撤回处理，未登记；如仍要报送，请删去该字样后重新报送',
    '',
    '',
  ]);
});
