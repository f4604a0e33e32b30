// The helper columns 添加计算列 plans for the sample: formulas that stay live, and the engine's results beside them.
import { promises as fs } from 'fs';
import * as path from 'path';
import { LEDGER_HEADROOM, planComputedColumns } from '../../src/core/validation/computed-columns';
import { buildReport } from '../../src/core/scoring/report';
import { FileWorkbook } from '../../src/workbook/file/file';
import { TODAY } from '../helpers/grids';

test('the sample task sheet gets 应完成, 已报送, 完成率 and 督办状态 after its last column', async () => {
  const grids = await (await FileWorkbook.load(await fs.readFile(path.join(__dirname, '..', 'fixtures', 'sample.xlsx')))).readAll();
  const report = buildReport(grids, { today: TODAY });
  const plan = planComputedColumns(grids, report.check, report.ledger)!;
  expect(plan.sheet).toBe('任务分工表');
  expect(plan.headers).toEqual([
    { cell: 'J2', text: '应完成(每单位)' }, { cell: 'K2', text: '已报送' }, { cell: 'L2', text: '完成率' }, { cell: 'M2', text: '督办状态' },
  ]);
  const at = (cell: string) => plan.cells.find((c) => c.cell === cell)!;
  // task 2: 每月至少完成两次, Jan–Jun 2023 → 12 per unit
  expect(at('J4')).toEqual({ cell: 'J4', formula: "=IF($F4=\"\",\"\",DUBAN.QUOTA($F4,DATE(2023,1,1),'设置'!$B$3))", result: 12 });
  // bounded ledger columns: from the row under the header (row 1) to the last row plus the headroom
  const last = grids.find((g) => g.name === '报送台账')!.rows.length + LEDGER_HEADROOM;
  const col = (c: string) => `'报送台账'!$${c}$2:$${c}$${last}`;
  const criteria = `${col('G')},$A4,${col('A')},">="&DATE(2023,1,1),${col('A')},"<="&'设置'!$B$3`;
  // a blank 数量 counts one piece, as the engine counts it
  expect(at('K4').formula).toBe(`=SUMIFS(${col('H')},${criteria})+COUNTIFS(${criteria},${col('H')},"")`);
  expect(at('K4').result).toBeGreaterThan(0);
  expect(at('L4')).toMatchObject({ formula: '=IF(N(J4)>0,MIN(K4/J4,1),"")', numberFormat: '0.0%' });
  expect(at('M4')).toEqual({ cell: 'M4', formula: "=DUBAN.STATUS($E4,$G4,'设置'!$B$3)", result: '周期性' });
  expect(at('M8').result).toBe('逾期');
  expect(at('J6').result).toBe('');
  expect(plan.cells).toHaveLength(14 * 4);
});

test('planning again reuses the columns it made', async () => {
  const grids = await (await FileWorkbook.load(await fs.readFile(path.join(__dirname, '..', 'fixtures', 'sample.xlsx')))).readAll();
  const report = buildReport(grids, { today: TODAY });
  const first = planComputedColumns(grids, report.check, report.ledger)!;
  const tasks = grids.find((g) => g.name === '任务分工表')!;
  const rows = tasks.rows.map((r) => r.slice());
  first.headers.forEach((h, i) => (rows[1][9 + i] = h.text));
  const again = planComputedColumns([{ ...tasks, rows }, ...grids.filter((g) => g !== tasks)], report.check, report.ledger)!;
  expect(again.headers).toEqual(first.headers);
});
