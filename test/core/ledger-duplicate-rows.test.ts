// The same article registered twice in 报送台账 (round 11): a batch pasted twice, a return merged by hand after collect had
// merged it. Each copy is counted, so the unit's 报送数 is too high, and nothing said so. Expectations written from how the
// office reads the rows, before running Duban: the same unit, day, title and outlet is one piece; the same title in another
// outlet (一稿多发) or from another unit (a joint piece) is not a repeat, nor are rows without a title.
import { readLedger } from '../../src/core/sheets/ledger-sheet';
import { CellValue } from '../../src/core/sheets/grid';
import { readMediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkWorkbook } from '../../src/core/validation/validate';
import { d, grid, registryGrid, taskGrid } from '../helpers/grids';

const media = grid('媒体名录', [['媒体名称', '级别', '别名'], ['皖西日报', '市级', ''], ['六安发布', '市级', '']]);
const master = [taskGrid([[1, '开展暑期防溺水安全宣传。', '市教体局', '', '2025年8月31日', '每月不少于2篇']]), registryGrid(), media];
const check = checkWorkbook(master, { today: d('2025-07-03') });

test('a row registered again (same unit, day, title, outlet) is one warning naming the first; 一稿多发, a joint piece and untitled rows are not', () => {
  const ledger = grid('报送台账', [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
    ['2025-06-05', '市教体局', '市教体局开展防溺水安全教育进校园', '皖西日报', '市级', '是', 1, 1],
    ['2025-06-12', '市教体局', '市教体局：资助政策暖人心', '六安发布', '市级', '是', 1, 1],
    ['2025-06-05', '市教体局', '市教体局开展防溺水安全教育进校园', '皖西日报', '市级', '是', 1, 1],
    ['2025-06-05', '市教体局', '市教体局开展防溺水安全教育进校园', '六安发布', '市级', '是', 1, 1],
    ['2025-06-12', '市文旅局', '市教体局：资助政策暖人心', '六安发布', '市级', '是', '', 1],
    ['2025-06-05', '市教体局', '市教体局开展防溺水安全教育进校园', '皖西日报', '市级', '是', 1, 1],
    ['2025-06-20', '市教体局', '', '皖西日报', '市级', '是', 1, 1],
    ['2025-06-20', '市教体局', '', '皖西日报', '市级', '是', 1, 1],
  ] as CellValue[][]);
  const read = readLedger([ledger], check.registry, readMediaDirectory(master));
  expect(read.entries).toHaveLength(8);
  expect(read.issues.map((i) => [i.code, i.cell, i.cells ?? null, i.message])).toEqual([
    ['LEDGER_DUPLICATE_ROW', 'C4', ['C4', 'C7'], '“市教体局开展防溺水安全教育进校园”（市教体局，2025-06-05，皖西日报）与第 2 行重复登记，每行都计入了报送数：如是同一篇，请删去重复的行。共 2 行：C4、C7。'],
  ]);
});
