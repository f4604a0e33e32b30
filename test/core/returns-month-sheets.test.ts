// A return with one 报送登记 a month (round 12): units that keep the form all year copy the sheet each month in WPS or Excel
// ("5月报送登记", "6月报送登记"; "报送登记 (2)" beside last month's "报送登记"). Expectations written from how the office's clerk
// reads such a file for June: June's sheet is the return, the other months' sheets are named with what they hold, and a sheet
// holding June's articles that is not read is said with how many, so nothing is lost without a word.
import { collectReturns, formSheets, readReturn } from '../../src/core/returns';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, gridOfSpec, registryGrid, taskGrid } from '../helpers/grids';

const JUNE = { from: d('2025-06-01'), to: d('2025-06-30') };
const master = [
  taskGrid([[1, '开展暑期防溺水安全宣传。', '市教体局', '', '2025年8月31日', '每月不少于2篇']]),
  registryGrid(),
  grid('媒体名录', [['媒体名称', '级别', '别名'], ['皖西日报', '市级', ''], ['六安发布', '市级', '']]),
];
const check = checkWorkbook(master, { today: d('2025-07-03'), asOf: d('2025-07-03') });
const H = ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
const APRIL: CellValue[] = ['2025-04-22', '市教体局部署春季校园安全大检查', '皖西日报', '市级', '是', 1, 1];
const MAY: CellValue[] = ['2025-05-20', '市教体局举办中小学生安全教育周', '六安发布', '市级', '是', 1, 1];
const JUNE_ROW: CellValue[] = ['2025-06-05', '市教体局开展防溺水安全教育进校园', '皖西日报', '市级', '是', 1, 1];

/** The form Duban made for 市教体局 with its 报送登记 replaced by the clerk's sheets (name → rows under the header). */
function returned(sheets: [string, CellValue[][]][]) {
  const form = formSheets({ unit: '市教体局', campaign: '2025年民生工程宣传', period: JUNE, tasks: check.tasks, mediaNames: ['皖西日报', '六安发布'] }).map(gridOfSpec);
  const out: Grid[] = form.flatMap((g) => (g.name === '报送登记' ? sheets.map(([name, rows]) => ({ ...g, name, rows: [H, ...rows] })) : [g]));
  return collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: [{ data: readReturn(out, '市教体局.xlsx'), received: d('2025-07-04') }], submissions: [],
  });
}

test('4月/5月/6月报送登记 and no sheet named 报送登记: June\'s is read, the others named with their rows out of the period', () => {
  const r = returned([['4月报送登记', [APRIL]], ['5月报送登记', [MAY]], ['6月报送登记', [JUNE_ROW]]]);
  expect(r.added.map((a) => a.title)).toEqual(['市教体局开展防溺水安全教育进校园']);
  expect(r.rejected).toEqual([]);
  expect(r.notes.map((n) => n.reason)).toEqual([
    '没有“报送登记”表，“4月报送登记”、“5月报送登记”、“6月报送登记”都像报送登记表：按日期在本期（2025-06-01至2025-06-30）内的“6月报送登记”表读取',
    '另有“4月报送登记”表也是报送登记表（登记了 1 行，日期都不在本期内），未读取：本期的稿件请登记在“6月报送登记”表',
    '另有“5月报送登记”表也是报送登记表（登记了 1 行，日期都不在本期内），未读取：本期的稿件请登记在“6月报送登记”表',
  ]);
});

test('last month\'s rows left in 报送登记 and June\'s typed into its copy 报送登记 (2): the copy is read, said once', () => {
  const r = returned([['报送登记', [MAY]], ['报送登记 (2)', [JUNE_ROW]]]);
  expect(r.added.map((a) => a.title)).toEqual(['市教体局开展防溺水安全教育进校园']);
  expect(r.rejected).toEqual([]);
  expect(r.notes.map((n) => n.reason)).toEqual(['“报送登记”表登记的稿件日期都不在本期（2025-06-01至2025-06-30）内，本期的稿件登记在“报送登记 (2)”表中：已按“报送登记 (2)”读取']);
});

test('June\'s articles split over 报送登记 and another month sheet: 报送登记 is read, the other said with how many of June\'s it holds', () => {
  const r = returned([['报送登记', [JUNE_ROW]], ['6月下旬', [['2025-06-26', '市教体局发布暑期安全提醒', '六安发布', '市级', '是', 1, 1], MAY]]]);
  expect(r.added.map((a) => a.title)).toEqual(['市教体局开展防溺水安全教育进校园']);
  expect(r.notes.map((n) => n.reason)).toEqual(['另有“6月下旬”表也是报送登记表（登记了 2 行，其中 1 行日期在本期（2025-06-01至2025-06-30）内），未读取：本期的稿件请登记在“报送登记”表']);
});

test('two month sheets that both hold June\'s rows are still not guessed between', () => {
  const r = returned([['5月', [MAY, JUNE_ROW]], ['6月', [JUNE_ROW]]]);
  expect(r.added).toEqual([]);
  expect(r.rejected.map((x) => x.reason)).toEqual(['没有“报送登记”表，而“5月”、“6月”都像报送登记表，不能确定读哪一张：请只保留一张并改回“报送登记”']);
});
