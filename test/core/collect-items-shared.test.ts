// A realistic collect read as the office's clerk reads its list (round 12): three returns — 市教体局's dates typed without the
// year on every row, 市文旅局's form with 类型 and 作者 columns added, and its partial resend "(1)". Expectations written from
// what the clerk needs from each line: where to look (file, sheet, rows) and what to do, one line for what is the same on
// many rows. Before: a line per row for each year-less date, two per row for the added columns, one per repeated row of the
// resend, a 进展 row's 第4行 that reads as 报送登记's, and "本文件另有 0 行" for a resend that adds nothing.
import { collectItemLine, collectItems, collectReturns, formSheets, readReturn } from '../../src/core/returns';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, gridOfSpec, registryGrid, taskGrid } from '../helpers/grids';

const JUNE = { from: d('2025-06-01'), to: d('2025-06-30') };
const master = [
  taskGrid([[1, '开展暑期防溺水安全宣传。', '市教体局', '', '2025年8月31日', '每月不少于2篇'], [3, '宣传文旅消费季。', '市文旅局', '', '2025年12月31日', '每月不少于3篇']]),
  registryGrid(),
  grid('媒体名录', [['媒体名称', '级别', '别名'], ['皖西日报', '市级', ''], ['安徽日报', '省级', '']]),
];
const check = checkWorkbook(master, { today: d('2025-07-03'), asOf: d('2025-07-03') });
const H = ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
const form = (unit: string, head: CellValue[], rows: CellValue[][], progress?: CellValue[]): Grid[] =>
  formSheets({ unit, campaign: '2025年民生工程宣传', period: JUNE, tasks: check.tasks, mediaNames: ['皖西日报', '安徽日报'] }).map(gridOfSpec)
    .map((g) => (g.name === '报送登记' ? { ...g, rows: [head, ...rows] } : g.name === '进展' && progress ? { ...g, rows: [g.rows[0], progress] } : g));
const EDU = ['6月2日', '6月9日', '6月16日', '6月23日'].map((day, i): CellValue[] => [day, `市教体局防溺水宣传第${i + 1}期`, '皖西日报', '市级', '是', 1, 1]);
const TOUR = ['消息', '通讯', '消息'].map((kind, i): CellValue[] => [`2025-06-1${i}`, `文旅消费季第${i + 1}场`, '安徽日报', '省级', '是', 3, 1, kind, `王${i + 1}`]);

const lines = (returns: [string, Grid[]][]) => {
  const r = collectReturns({
    period: JUNE, tasks: check.tasks, registry: check.registry, media: readMediaDirectory(master), ledger: [],
    returns: returns.map(([file, g]) => ({ data: readReturn(g, file), received: d('2025-07-04') })), submissions: [],
  });
  const items = collectItems(r);
  return [...items.rejected, ...items.duplicate, ...items.check].map(collectItemLine);
};

test('what many rows share is one line in shared words; a single row keeps its own value', () => {
  expect(lines([
    ['市教体局.xlsx', form('市教体局', H, EDU, [1, '开展暑期防溺水安全宣传。', '已完成', '6月28日', null])],
    ['市文旅局.xlsx', form('市文旅局', [...H, '类型', '作者'], TOUR)],
    ['市文旅局(1).xlsx', form('市文旅局', [...H, '类型', '作者'], TOUR.slice(0, 2))],
    ['市文旅局补报.xlsx', form('市文旅局', [...H, '作者'], [['2025-06-20', '文旅消费季闭幕', '安徽日报', '省级', '是', 3, 1, '李四']])],
  ])).toEqual([
    '市文旅局(1).xlsx 第2–3行（共 2 行）：与同批收到的“市文旅局.xlsx”中的稿件相同（日期、标题、媒体都相同），只计一次',
    '市教体局.xlsx 第2–5行（共 4 行）：日期没有写年份，按填报期间读作 2025 年的日期',
    '市教体局.xlsx “进展”表 第2行：任务 1 的完成日期“6月28日”没有写年份，按填报期间读作 2025-06-28',
    '市文旅局.xlsx 第2–4行（共 3 行）：“类型”列（H 列）所填的内容未汇总入台账：报送台账没有类型列',
    '市文旅局.xlsx 第2–4行（共 3 行）：“作者”列（I 列）所填的内容未汇总入台账：报送台账没有作者列',
    '市文旅局(1).xlsx 第2–3行（共 2 行）：“类型”列（H 列）所填的内容未汇总入台账：报送台账没有类型列',
    '市文旅局(1).xlsx 第2–3行（共 2 行）：“作者”列（I 列）所填的内容未汇总入台账：报送台账没有作者列',
    '市文旅局(1).xlsx：与同一单位的“市文旅局.xlsx”同为本期填报表：本文件的 2 行“市文旅局.xlsx”中都有（只计一次），“市文旅局.xlsx”另有 1 行本文件没有，已登记：如本文件是更正后重发的（删去了那 1 行），请在台账中删去它们',
    '市文旅局补报.xlsx 第2行：H2“作者”列所填“李四”未汇总入台账：报送台账没有作者列',
    // a 补报 shares no row with the earlier forms: both kept, and which it is is the office's call
    '市文旅局补报.xlsx：与同一单位的“市文旅局.xlsx”同为本期填报表，两份没有相同的行（本文件 1 行、“市文旅局.xlsx” 3 行），都已登记：如本文件是补报，无需处理；如是更正后重发的，请在台账中删去“市文旅局.xlsx”中被更正的旧行',
    '市文旅局补报.xlsx：与同一单位的“市文旅局(1).xlsx”同为本期填报表，两份没有相同的行（本文件 1 行、“市文旅局(1).xlsx” 2 行），都已登记：如本文件是补报，无需处理；如是更正后重发的，请在台账中删去“市文旅局(1).xlsx”中被更正的旧行',
  ]);
});
