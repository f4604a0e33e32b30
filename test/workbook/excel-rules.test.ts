// The add-in under Excel's real rules, each enforced by the double (excel-double.ts, which cites the
// documentation): 512 merged areas per call, calculation left suspended, freeze panes on hidden
// sheets, error values told from error-looking text by valueTypes, protected sheets and structure.
import { readSampleTexts } from '../../src/cli/io';
import { a1 } from '../../src/core/sheets/grid';
import { sampleSheets } from '../../src/core/sheets/sample';
import { STYLES, SheetSpec, cell } from '../../src/core/sheets/sheet-spec';
import { COMPUTED_HEADERS } from '../../src/core/validation/computed-columns';
import { PaneActions } from '../../src/taskpane/actions';
import { describeError } from '../../src/taskpane/errors';
import { ZH } from '../../src/taskpane/strings';
import { OfficeWorkbook } from '../../src/workbook/excel/office';
import { MERGED_AREA_LIMIT, SheetModel, WorkbookModel } from './excel-double';

/** 2023-07-03 10:05 in China. */
const CLOCK = { now: () => Date.UTC(2023, 6, 3, 2, 5) };
const HEADER = ['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标'];
const LEADS = ['市委宣传部', '市财政局', '市人社局', '市民政局'];

async function sampleModel() {
  const model = new WorkbookModel();
  model.addSheet('Sheet1');
  const port = new OfficeWorkbook(model.run);
  await port.addSheets(sampleSheets(await readSampleTexts()));
  return { model, port, actions: new PaneActions(port, CLOCK) };
}

/** A 分工表 of 2,000 task rows, a lead unit merged over every two rows and two pairs of columns merged in every row (5,000 merged areas, 1,000 in each band of 400 rows). */
function mergedTaskSheet(model: WorkbookModel): SheetModel {
  const s = model.addSheet('任务分工表');
  HEADER.forEach((h, c) => s.setCell(0, c, { value: h }));
  for (let i = 0; i < 2000; i++) {
    const r = i + 1;
    s.setCell(r, 0, { value: i + 1 });
    s.setCell(r, 1, { value: `第${i + 1}项宣传任务` });
    if (i % 2 === 0) {
      s.setCell(r, 2, { value: LEADS[(i / 2) % LEADS.length] });
      s.merges.push({ top: r, left: 2, bottom: r + 1, right: 2 });
    }
    s.setCell(r, 4, { value: '6月底前' });
    s.setCell(r, 6, { value: '按月报送' });
    s.merges.push({ top: r, left: 4, bottom: r, right: 5 }, { top: r, left: 6, bottom: r, right: 7 });
  }
  return s;
}
const mergeKey = (m: { top: number; left: number; bottom: number; right: number }) => `${m.top},${m.left},${m.bottom},${m.right}`;

describe('merged areas as Excel returns them (top-left rule, null or failure over 512)', () => {
  test('the double answers only areas whose top-left cell lies in the range (office-js 3611)', async () => {
    const model = new WorkbookModel();
    const s = model.addSheet('表');
    s.setCell(0, 0, { value: '标题' });
    s.merges.push({ top: 0, left: 0, bottom: 3, right: 0 }, { top: 2, left: 1, bottom: 2, right: 2 });
    const areas = await model.run(async (context: Excel.RequestContext) => {
      const found = context.workbook.worksheets.getItem('表').getRangeByIndexes(1, 0, 3, 3).getMergedAreasOrNullObject();
      found.load('areaCount');
      await context.sync();
      return found.areaCount;
    });
    expect(areas).toBe(1); // B3:C3 only: A1:A4 touches the range but starts above it
  });

  test('over 512 areas a null object, as for none: the bands are asked again in halves and every merge is kept', async () => {
    const model = new WorkbookModel();
    const s = mergedTaskSheet(model);
    expect(s.merges.length).toBeGreaterThan(MERGED_AREA_LIMIT);
    const grid = await new OfficeWorkbook(model.run).readSheet('任务分工表');
    expect(grid.merges.map(mergeKey).sort()).toEqual(s.merges.map(mergeKey).sort());
    expect(grid.rows[2000][1]).toBe('第2000项宣传任务');
  });

  test('over 512 areas an error: the halving path retries and every merge is kept', async () => {
    const model = new WorkbookModel();
    model.mergedOverLimit = 'error';
    const s = mergedTaskSheet(model);
    const grid = await new OfficeWorkbook(model.run).readSheet('任务分工表');
    expect(model.syncs.some((x) => !x.ok)).toBe(true); // the failing band was asked
    expect(grid.merges.map(mergeKey).sort()).toEqual(s.merges.map(mergeKey).sort());
  });

  test('a sheet without merged cells is confirmed so in a few requests', async () => {
    const model = new WorkbookModel();
    const s = model.addSheet('报送台账');
    for (let r = 0; r < 3000; r++) for (let c = 0; c < 8; c++) s.setCell(r, c, { value: r * 8 + c });
    const grid = await new OfficeWorkbook(model.run).readSheet('报送台账');
    expect(grid.merges).toEqual([]);
    expect(model.syncCount).toBeLessThanOrEqual(12);
  });
});

describe('values and their types', () => {
  test('text reading “#N/A” stays text; a real error value is an error', async () => {
    const model = new WorkbookModel();
    const s = model.addSheet('备注');
    s.setCell(0, 0, { value: '#N/A', numberFormat: '@' }); // typed as text: valueTypes String
    s.setCell(1, 0, { value: '#N/A', error: true }); // an error value: valueTypes Error
    const grid = await new OfficeWorkbook(model.run).readSheet('备注');
    expect(grid.rows[0][0]).toBe('#N/A');
    expect(grid.rows[1][0]).toEqual({ error: '#N/A' });
  });
});

describe('calculation after writes', () => {
  /** Excel's calculation in the double: each formula gives a value naming its cell, so a stale one shows. */
  const calculated = (sheet: SheetModel, r: number, c: number) => `已计算 ${sheet.name}!${a1(r, c)}`;

  test('定稿 after 添加计算列 freezes the recalculated values, not stale ones', async () => {
    const { model, actions } = await sampleModel();
    model.calculator = calculated;
    const added = await actions.addComputedColumns({});
    expect(added.cells).toBeGreaterThan(0);
    expect(model.calculationState).toBe('Done'); // recalculated after the write
    const tasks = model.sheet('任务分工表')!;
    const headerRow = [...tasks.cells].find(([, row]) => [...row.values()].some((c) => c.value === COMPUTED_HEADERS.status))![0];
    const statusCol = [...tasks.cells.get(headerRow)!].find(([, c]) => c.value === COMPUTED_HEADERS.status)![0];
    const outcome = await actions.finalize({});
    expect(outcome.cells).toBeGreaterThanOrEqual(added.cells);
    const frozen = tasks.cell(headerRow + 1, statusCol)!;
    expect(frozen.formula).toBeUndefined();
    expect(frozen.value).toBe(calculated(tasks, headerRow + 1, statusCol));
  });

  test('cells written by setCells are calculated before the port returns', async () => {
    const model = new WorkbookModel();
    model.addSheet('计算');
    model.calculator = calculated;
    await new OfficeWorkbook(model.run).setCells('计算', [{ cell: 'B2', value: { formula: '=1+1' } }]);
    expect(model.sheet('计算')!.cell(1, 1)?.value).toBe('已计算 计算!B2');
    expect(model.calculationState).toBe('Done');
  });
});

describe('定稿 and asynchronous results (office-js issues 4152 and 3319)', () => {
  const calculated = (sheet: SheetModel, r: number, c: number) => `已计算 ${sheet.name}!${a1(r, c)}`;
  /** The sample with the computed columns added; DUBAN.* cells then compute asynchronously as the test says. */
  async function withComputedColumns(asyncSyncs: number) {
    const model = new WorkbookModel();
    model.addSheet('Sheet1');
    const sleeps: number[] = [];
    const port = new OfficeWorkbook(model.run, { sleep: async (ms) => void sleeps.push(ms) });
    await port.addSheets(sampleSheets(await readSampleTexts()));
    const actions = new PaneActions(port, CLOCK);
    model.calculator = calculated;
    await actions.addComputedColumns({});
    model.asyncFormula = (f) => /DUBAN\./.test(f);
    model.asyncSyncs = asyncSyncs;
    model.calculate('Full'); // Excel recalculates (a reopened workbook, F9): the DUBAN.* cells show #BUSY! for a while
    return { model, actions, sleeps, tasks: model.sheet('任务分工表')! };
  }
  const formulaCells = (sheet: SheetModel) => [...sheet.cells].flatMap(([r, row]) => [...row].filter(([, c]) => c.formula !== undefined).map(([c]) => [r, c] as const));

  test('cells still showing #BUSY! (calculationState already Done) are waited for, then their values frozen', async () => {
    const { model, actions, tasks, sleeps } = await withComputedColumns(40); // more syncs than 定稿 takes to read the workbook
    const formulas = formulaCells(tasks);
    expect(formulas.length).toBeGreaterThan(0);
    await actions.finalize({});
    expect(model.busy.size).toBe(0);
    for (const [r, c] of formulas) expect([a1(r, c), tasks.cell(r, c)!.formula, tasks.cell(r, c)!.value]).toEqual([a1(r, c), undefined, calculated(tasks, r, c)]);
    expect(sleeps.length).toBeGreaterThan(0);
  });

  test('#BUSY! that never clears: refused after the bounded wait, the cell named in Chinese, nothing frozen', async () => {
    const { actions, tasks, sleeps } = await withComputedColumns(Number.POSITIVE_INFINITY);
    const before = formulaCells(tasks).length;
    const error = await actions.finalize({}).then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    const message = describeError(error, ZH);
    expect(message).toMatch(/单元格 任务分工表![A-Z]+\d+ 仍显示 #BUSY!/);
    expect(message).toContain('没有改动');
    expect(formulaCells(tasks).length).toBe(before);
    expect(sleeps.reduce((n, ms) => n + ms, 0)).toBeLessThanOrEqual(31_000); // bounded
  });

  test('calculationState stuck at Pending: refused after the bounded wait with what to do, nothing frozen', async () => {
    const { model, actions, tasks } = await withComputedColumns(0);
    model.stuckPending = true;
    const before = formulaCells(tasks).length;
    const error = await actions.finalize({}).then(() => null, (e: unknown) => e);
    const message = describeError(error, ZH);
    expect(message).toContain('Ctrl+Alt+F9');
    expect(message).toContain('过期');
    expect(formulaCells(tasks).length).toBe(before);
  });
});

describe('freeze panes and AutoFilter', () => {
  test('a generated sheet keeps its frozen header and filter (set once the sheet is visible)', async () => {
    const model = new WorkbookModel();
    model.addSheet('Sheet1');
    const spec: SheetSpec = {
      name: '逾期预警',
      generated: true,
      rows: [[cell('单位', STYLES.header), cell('任务', STYLES.header)], [cell('市财政局'), cell('宣传')]],
      freeze: { rows: 1, columns: 0 },
      autoFilter: 'A1:B2',
    };
    await new OfficeWorkbook(model.run).writeGeneratedSheet(spec);
    const ops = model.sheet('逾期预警')!.log.map((o) => o.path);
    expect(ops).toContain('freezePanes.freezeRows');
    expect(ops).toContain('autoFilter.apply');
  });
});

describe('protection', () => {
  test('a protected task sheet: 添加计算列 says which sheet and what to do, in Chinese', async () => {
    const { model, actions } = await sampleModel();
    model.sheet('任务分工表')!.protected = true;
    const error = await actions.addComputedColumns({}).then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    const message = describeError(error, ZH);
    expect(message).toContain('任务分工表');
    expect(message).toContain('撤销工作表保护');
  });

  test('a protected workbook structure: 生成汇总 says so, and nothing is left behind', async () => {
    const { model, actions } = await sampleModel();
    model.structureProtected = true;
    const before = model.sheets.map((s) => s.name);
    const error = await actions.generate({}).then(() => null, (e: unknown) => e);
    expect(error).not.toBeNull();
    expect(describeError(error, ZH)).toContain('保护工作簿');
    expect(model.sheets.map((s) => s.name)).toEqual(before);
  });
});
