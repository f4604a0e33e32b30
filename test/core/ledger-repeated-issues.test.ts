// A ledger problem written on many rows is one issue (written before running Duban): a clerk who reads 校验结果 wants to
// learn once that 某某自媒体 is not in 媒体名录 and on which rows, not to read the same line 800 times. One rule for every
// LEDGER_* code: one issue per code and text as written (the outlet, the unit, the date), at its first cell, saying how many
// rows and which (the first five and the last), carrying every cell so that one fix mends them all.
import { buildReport } from '../../src/core/scoring/report';
import { CellValue } from '../../src/core/sheets/grid';
import { planFixes } from '../../src/core/validation/fixes';
import { makeIssue } from '../../src/core/validation/issues';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const ledger = (...rows: CellValue[][]) => grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用', '数量'], ...rows]);
const media = grid('媒体名录', [['媒体名称', '级别'], ['人民网', '中央级'], ['皖西日报', '市级']]);
const row = (date: string, unit: string, title: string, outlet: string): CellValue[] => [date, unit, title, outlet, '', '是', 1];

test('one issue per unknown outlet, unit and date text, naming its rows', () => {
  const r = buildReport([taskGrid([]), registryGrid(), media, ledger(
    row('2023-06-05', '金安区人民政府', '一', '某某自媒体'),
    row('2023-06-06', '金安区人民政府', '二', '人民网'),
    row('2023-06-07', '某某局', '三', '某某自媒体'),
    row('2023-06-08', '某某局', '四', '某某自媒体'),
    row('', '裕安区人民政府', '五', '人民网'),
    row('2023-06-09', '裕安区人民政府', '六', '某某自媒体'),
    row('2023-06-10', '裕安区人民政府', '七', '某某自媒体'),
    row('2023-06-11', '裕安区人民政府', '八', '某某自媒体'),
    row('2023-06-12', '裕安区人民政府', '九', '某某自媒体'),
    row('2023-02-30', '裕安区人民政府', '十', '人民网'),
    row('', '裕安区人民政府', '十一', '人民网'),
    row('2023-06-13', '裕安区人民政府', '十二', '某县公众号'),
    row('2023-06-14', '某某局', '十三', '人民网'),
  )], { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: { from: d('2023-06-01'), to: d('2023-06-30') } });
  const issues = r.issues.filter((i) => i.sheet === '报送台账');
  expect(issues.map((i) => [i.code, i.cell, i.cells ?? null])).toEqual([
    ['LEDGER_UNKNOWN_MEDIA', 'D2', ['D2', 'D4', 'D5', 'D7', 'D8', 'D9', 'D10']],
    ['LEDGER_UNKNOWN_UNIT', 'B4', ['B4', 'B5', 'B14']],
    ['LEDGER_BAD_DATE', 'A6', ['A6', 'A12']],
    ['LEDGER_BAD_DATE', 'A11', null],
    ['LEDGER_UNKNOWN_MEDIA', 'D13', null],
  ]);
  expect(issues[0].message).toBe('媒体“某某自媒体”不在媒体名录中，也没有填写级别，采用不计分。共 7 行：D2、D4、D5、D7、D8……D10。');
  expect(issues[1].message).toMatch(/^报送单位“某某局”不在单位名录中.*共 3 行：B4、B5、B14。$/u);
  expect(issues[2].message).toBe('报送日期为空。共 2 行：A6、A12。');
  expect(issues[3].message).toBe('报送日期“2023-02-30”不是有效日期。');
  expect(issues[4].message).toBe('媒体“某县公众号”不在媒体名录中，也没有填写级别，采用不计分。');
});

test('one fix of a unit written on several rows mends every row', () => {
  const sheet = ledger(row('2023-06-05', '金安区', '一', '人民网'), row('2023-06-06', '金安区', '二', '人民网'), row('2023-06-07', '金安区', '三', '人民网'));
  const issue = { ...makeIssue('LEDGER_UNKNOWN_UNIT', '报送台账', 'B2', '报送单位“金安区”不在单位名录中。', '金安区人民政府'), cells: ['B2', 'B3', 'B4'] };
  expect(planFixes([issue], [sheet]).map((f) => [f.cell, f.before, f.value])).toEqual([
    ['B2', '金安区', '金安区人民政府'], ['B3', '金安区', '金安区人民政府'], ['B4', '金安区', '金安区人民政府'],
  ]);
});
