// Where collected rows land in the master: fields a unit left empty stay blank cells (an empty text would count in COUNTA and in 非空 filters).
import { collectWrites } from '../../src/core/returns/apply';
import { CollectResult, NewLedgerRow } from '../../src/core/returns/collect';
import { Grid } from '../../src/core/sheets/grid';

const ledger: Grid = {
  name: '报送台账',
  rows: [['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量', '来源'], [45078, '市教体局', '已有一篇', '六安日报', '市级', '是', 3, 1, '']],
  merges: [],
};

test('a collected row without 级别 and 任务序号 writes no cell there; the fields it has are written', () => {
  const row = { date: { year: 2023, month: 6, day: 12 }, unit: '舒城县', title: '舒城县暖民心行动宣传', media: '皖西日报', adopted: true, taskSeq: '', count: 1, source: '舒城县.xlsx' } as unknown as NewLedgerRow;
  const result = { added: [row], progressApplied: [], leadCells: [] } as unknown as CollectResult;
  const writes = collectWrites([ledger], result);
  const cells = new Map(writes.sheets[0].updates.map((u) => [u.cell, u.value]));
  // row 3 of the sheet: A 日期 … I 来源; E 级别 and G 任务序号 left alone
  expect([...cells.keys()].sort()).toEqual(['A3', 'B3', 'C3', 'D3', 'F3', 'H3', 'I3']);
  expect(cells.get('B3')).toBe('舒城县');
  expect(cells.get('F3')).toBe('是');
  expect(cells.get('A3')).toBe(45089);
});
