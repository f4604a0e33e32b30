// The Office.js WorkbookPort against a double of Excel that counts syncs and enforces Excel on the
// web's limits: reads in a constant number of syncs, writes chunked under 5 MB with calculation
// suspended, generated sheets swapped in whole (nothing left behind on failure), text kept text.
import { promises as fs } from 'fs';
import * as path from 'path';
import { parseISO } from '../../src/core/dates/civil-date';
import { checkJson } from '../../src/core/validation/check-json';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { STYLES, SheetSpec, SpecCell, cell } from '../../src/core/sheets/sheet-spec';
import { checkWorkbook } from '../../src/core/validation/validate';
import { FileWorkbook } from '../../src/workbook/file/file';
import {
  DEFAULT_REQUEST_BUDGET, EXCEL_PAYLOAD_LIMIT, OfficeWorkbook, fromExcelValue, planWriteChunks,
  selectCell, sheetOfReference, textNeedsTextFormat, utf8Bytes,
} from '../../src/workbook/excel/office';
import { GENERATED_MARKER } from '../../src/workbook/port';
import { PAYLOAD_LIMIT, READ_CELL_LIMIT, SheetModel, WorkbookModel, sheetValues } from './excel-double';

const HEADER = ['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标', '完成情况', '完成日期', '备注'];
const UNITS = ['市委宣传部', '市发展改革委', '市财政局', '市人社局', '市民政局', '市文化和旅游局', '各县区人民政府'];

/** A task sheet as clerks keep it: a merged title, a header, `rows` tasks, merged lead cells, an error. */
function taskSheet(model: WorkbookModel, rows: number, name = '任务分工表'): SheetModel {
  const s = model.addSheet(name);
  s.setCell(0, 0, { value: '六安市2023年暖民心行动宣传任务分工表' });
  s.merges.push({ top: 0, left: 0, bottom: 0, right: HEADER.length - 1 });
  HEADER.forEach((h, c) => s.setCell(1, c, { value: h }));
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    s.setCell(r, 0, { value: i + 1 });
    s.setCell(r, 1, { value: `围绕民生工程第${i + 1}项开展集中宣传，组织媒体深入基层采访报道，及时报送工作信息和典型案例` });
    if (i % 50 !== 1 && i % 50 !== 2) s.setCell(r, 2, { value: UNITS[i % UNITS.length] });
    s.setCell(r, 3, { value: `${UNITS[(i + 1) % UNITS.length]}、${UNITS[(i + 2) % UNITS.length]}` });
    if (i % 3 === 0) s.setCell(r, 4, { value: 45077 + (i % 200), numberFormat: 'yyyy-mm-dd' });
    else s.setCell(r, 4, { value: i % 3 === 1 ? '每月' : '6月底前' });
    s.setCell(r, 5, { value: '每月不少于2篇' });
    s.setCell(r, 6, { value: i % 4 === 0 ? '已完成' : '推进中' });
    if (i % 4 === 0) s.setCell(r, 7, { value: 45100 + (i % 100), numberFormat: 'yyyy-mm-dd' });
    if (i === 7) s.setCell(r, 8, { value: '#REF!', error: true }); // an error value (valueTypes: Error)
    if (i === 8) s.setCell(r, 8, { value: true });
    if (i % 50 === 0) s.merges.push({ top: r, left: 2, bottom: r + 2, right: 2 }); // a lead unit merged down three rows
  }
  return s;
}

function expectWithinLimits(model: WorkbookModel): void {
  for (const s of model.syncs) {
    expect(s.ok).toBe(true);
    expect(s.requestBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
    expect(s.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  }
}

/** The model's sheets and names, for "left as it was" comparisons. */
function snapshot(model: WorkbookModel) {
  return {
    sheets: model.sheets.map((s) => ({ id: s.id, name: s.name, visibility: s.visibility, values: JSON.stringify(sheetValues(s)) })),
    names: model.names.map((n) => ({ name: n.name, sheet: n.sheet?.id ?? null })),
  };
}

describe('reading', () => {
  test('a 5,000-row task sheet takes at most 3 syncs, each within the limits', async () => {
    const model = new WorkbookModel();
    taskSheet(model, 5000);
    const grid = await new OfficeWorkbook(model.run).readSheet('任务分工表');
    expect(model.syncCount).toBeLessThanOrEqual(3);
    expectWithinLimits(model);
    expect(grid.rows.length).toBe(5002);
    expect(grid.rows[0][0]).toBe('六安市2023年暖民心行动宣传任务分工表');
    expect(grid.rows[1]).toEqual(HEADER);
    expect(grid.rows[2].slice(0, 3)).toEqual([1, expect.stringMatching(/^围绕民生工程第1项/), '市委宣传部']);
    expect(grid.rows[3][2]).toBeNull(); // covered by the merge above
    expect(grid.rows[9][8]).toEqual({ error: '#REF!' });
    expect(grid.rows[10][8]).toBe(true);
    expect(grid.rows[2][4]).toBe(45077);
    expect(grid.numberFormats![2][4]).toBe('yyyy-mm-dd');
    expect(grid.numberFormats![2][0]).toBeNull(); // General
    expect(grid.merges).toHaveLength(1 + 100);
    expect(grid.merges).toContainEqual({ top: 2, left: 2, bottom: 4, right: 2 });
    expect(grid.generated).toBe(false);
  });

  test('a sheet bigger than one request is read in chunks, none over 5 MB or 5,000,000 cells', async () => {
    const model = new WorkbookModel();
    taskSheet(model, 60000);
    const grid = await new OfficeWorkbook(model.run).readSheet('任务分工表');
    expectWithinLimits(model);
    const total = model.syncs.reduce((n, s) => n + s.responseBytes, 0);
    expect(total).toBeGreaterThan(2 * PAYLOAD_LIMIT);
    // a constant plus about one sync per budget's worth of data
    expect(model.syncCount).toBeLessThanOrEqual(2 + Math.ceil((total * 1.6) / DEFAULT_REQUEST_BUDGET));
    expect(grid.rows.length).toBe(60002);
    expect(grid.rows[60001][0]).toBe(60000);
  });

  test('a sheet with cells far longer than expected: an over-size response is retried smaller', async () => {
    const model = new WorkbookModel();
    const s = model.addSheet('长文本');
    const long = '督'.repeat(400);
    for (let r = 0; r < 20000; r++) for (let c = 0; c < 3; c++) s.setCell(r, c, { value: `${r}${long}` });
    const grid = await new OfficeWorkbook(model.run).readSheet('长文本');
    expect(grid.rows.length).toBe(20000);
    expect(grid.rows[19999][2]).toBe(`19999${long}`);
    const failed = model.syncs.filter((x) => !x.ok);
    expect(failed.length).toBeLessThanOrEqual(1);
    for (const x of model.syncs.filter((y) => y.ok)) expect(x.responseBytes).toBeLessThanOrEqual(PAYLOAD_LIMIT);
  });

  test('the cell budget bounds every read', async () => {
    const model = new WorkbookModel();
    const s = model.addSheet('数字');
    for (let r = 0; r < 30000; r++) for (let c = 0; c < 4; c++) s.setCell(r, c, { value: r * 4 + c });
    const grid = await new OfficeWorkbook(model.run, { readCellBudget: 10000 }).readSheet('数字');
    expect(grid.rows[29999]).toEqual([119996, 119997, 119998, 119999]);
    expect(model.syncCount).toBe(1 + 12);
    expect(READ_CELL_LIMIT).toBe(5_000_000);
  });

  test('readAll reads every sheet in a constant number of syncs; small sheets share one', async () => {
    const model = new WorkbookModel();
    for (let i = 0; i < 12; i++) {
      const s = model.addSheet(`表${i}`);
      for (let r = 0; r < 20; r++) s.setCell(r, 0, { value: `第${r}行` });
    }
    model.addSheet('空表');
    const grids = await new OfficeWorkbook(model.run).readAll();
    expect(grids.map((g) => g.name)).toEqual([...Array.from({ length: 12 }, (_, i) => `表${i}`), '空表']);
    expect(grids[12].rows).toEqual([]);
    expect(model.syncCount).toBe(3);
  });

  test('the same workbook read through file.ts and office.ts gives the same check result', async () => {
    const file = await FileWorkbook.load(await fs.readFile(path.join(__dirname, '..', 'fixtures', 'messy.xlsx')));
    const fileGrids = await file.readAll();
    const model = new WorkbookModel();
    for (const g of fileGrids) {
      const s = model.addSheet(g.name);
      g.rows.forEach((row, r) =>
        row.forEach((v, c) => {
          const fmt = g.numberFormats?.[r]?.[c] ?? undefined;
          if (v === null && !fmt) return;
          s.setCell(r, c, { value: v === null ? null : typeof v === 'object' ? v.error : v, ...(v !== null && typeof v === 'object' ? { error: true } : {}), ...(fmt ? { numberFormat: fmt } : {}) });
        }),
      );
      s.merges = g.merges.map((m) => ({ ...m }));
    }
    const officeGrids = await new OfficeWorkbook(model.run).readAll();
    const trim = (grid: Grid) => {
      // Office.js reads an empty string and an empty cell alike ('')
      const rows = grid.rows.map((row) => {
        const out = row.map((v) => (v === undefined || v === '' ? null : v)) as CellValue[];
        while (out.length && out[out.length - 1] === null) out.pop();
        return out;
      });
      while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
      return rows;
    };
    for (let i = 0; i < fileGrids.length; i++) {
      expect(trim(officeGrids[i])).toEqual(trim(fileGrids[i]));
      expect([...officeGrids[i].merges].sort((a, b) => a.top - b.top || a.left - b.left)).toEqual([...fileGrids[i].merges].sort((a, b) => a.top - b.top || a.left - b.left));
    }
    const options = { today: parseISO('2026-11-21')!, asOf: parseISO('2024-07-01')! };
    expect(checkJson(checkWorkbook(officeGrids, options), 'messy.xlsx')).toEqual(checkJson(checkWorkbook(fileGrids, options), 'messy.xlsx'));
  });

  test('without ExcelApi 1.13 merged areas are not read (and nothing fails)', async () => {
    const model = new WorkbookModel();
    taskSheet(model, 10);
    const grid = await new OfficeWorkbook(model.run, { supports: (_set, v) => Number(v.split('.')[1]) < 13 }).readSheet('任务分工表');
    expect(grid.merges).toEqual([]);
    expect(grid.rows.length).toBe(12);
  });

  test('a missing sheet is a Chinese error', async () => {
    const model = new WorkbookModel();
    model.addSheet('甲');
    await expect(new OfficeWorkbook(model.run).readSheet('乙')).rejects.toThrow('没有名为“乙”的工作表');
  });
});

/** A generated sheet of `rows` unit rows, with everything a summary may carry. */
function bigSpec(rows: number, name = '月度通报-2024-03'): SheetSpec {
  const out: SpecCell[][] = [
    [cell('六安市民生工程宣传工作月度通报（2024年3月）', STYLES.title)],
    [cell('生成于 2024-04-01 09:00，数据截至 2024-03-31', STYLES.subtitle)],
    ['单位', '应报', '实报', '完成率', '采用得分', '逾期', '总分', '排名', '链接'].map((h) => cell(h, STYLES.header)),
  ];
  for (let i = 0; i < rows; i++) {
    out.push([
      cell(i === 3 ? '=1+1' : i === 4 ? '+86 0564' : i === 5 ? '0123' : `${UNITS[i % UNITS.length]}第${i}组`, STYLES.text),
      cell(6, STYLES.number),
      cell(i % 7, STYLES.number),
      cell((i % 7) / 6, STYLES.percent),
      cell((i % 40) + 0.5, STYLES.decimal),
      cell(i % 3, STYLES.number),
      cell(60 + (i % 40), STYLES.decimal),
      cell(i + 1, STYLES.center),
      cell({ text: `任务分工表!C${i + 3}`, link: `#'任务分工表'!C${i + 3}` }, i % 2 ? STYLES.warning : STYLES.info),
    ]);
  }
  const last = rows + 3;
  return {
    name, generated: true, rows: out,
    widths: [24, 8, 8, 10, 10, 8, 10, 8, 20],
    merges: [{ top: 0, left: 0, bottom: 0, right: 8 }, { top: 1, left: 0, bottom: 1, right: 8 }],
    freeze: { rows: 3, columns: 1 },
    conditionalFormats: [{ range: `G4:G${last}`, type: 'dataBar', color: '5B9BD5' }],
    charts: [{ type: 'bar', title: '总分', categories: `A4:A${Math.min(last, 23)}`, values: `G4:G${Math.min(last, 23)}`, anchor: 'K4' }],
    validations: [{ range: `F4:F${last}`, list: ['0', '1', '2'] }],
    tabColor: 'C00000',
  };
}

describe('writing a generated sheet', () => {
  test('50,000 rows in ⌈size ÷ chunk⌉ syncs plus a constant, each under 5 MB, calculation suspended', async () => {
    const model = new WorkbookModel();
    taskSheet(model, 3);
    const spec = bigSpec(50000);
    const plan = planWriteChunks(spec);
    const totalBytes = plan.reduce((n, c) => n + c.bytes, 0);
    const maxRow = Math.max(...spec.rows.map((r) => utf8Bytes(JSON.stringify(r)) * 2));
    expect(plan.length).toBeGreaterThanOrEqual(2);
    expect(plan.length).toBeLessThanOrEqual(Math.ceil(totalBytes / (DEFAULT_REQUEST_BUDGET - maxRow)));
    expect(plan.reduce((n, c) => n + c.rowCount, 0)).toBe(spec.rows.length);
    for (const c of plan) expect(c.bytes).toBeLessThanOrEqual(DEFAULT_REQUEST_BUDGET);

    const workbook = new OfficeWorkbook(model.run);
    const name = await workbook.writeGeneratedSheet(spec);
    expect(name).toBe('月度通报-2024-03');
    expectWithinLimits(model);
    // one sync to look, one per chunk (the sheet's other settings ride along or take one more), one to swap in
    // and recalculate, one for freeze panes once the sheet is visible
    expect(model.syncCount).toBeGreaterThanOrEqual(plan.length + 3);
    expect(model.syncCount).toBeLessThanOrEqual(plan.length + 4);
    expect(model.calculations).toEqual(['Recalculate']);
    const writes = model.syncs.slice(1, 1 + plan.length);
    for (const s of writes) expect(s.calculationSuspended).toBe(true);
    expect(Math.max(...model.syncs.map((s) => s.requestBytes))).toBeGreaterThan(EXCEL_PAYLOAD_LIMIT / 4); // chunks are big, not row by row

    const sheet = model.sheet(name)!;
    expect(model.sheets.map((s) => s.name)).toEqual(['任务分工表', '月度通报-2024-03']);
    expect(sheet.visibility).toBe('Visible');
    expect(sheet.cell(2, 0)).toMatchObject({ value: '单位', numberFormat: '@' });
    expect(sheet.cell(6, 0)).toEqual({ value: '=1+1', numberFormat: '@' }); // text, not a formula
    expect(sheet.cell(7, 0)).toEqual({ value: '+86 0564', numberFormat: '@' });
    expect(sheet.cell(8, 0)).toEqual({ value: '0123', numberFormat: '@' });
    expect(sheet.cell(3, 3)).toEqual({ value: 0, numberFormat: '0.0%' });
    expect(sheet.cell(50002, 7)).toMatchObject({ value: 50000 });
    expect(sheet.cell(3, 8)?.formula).toBe(`=HYPERLINK("#'任务分工表'!C3","任务分工表!C3")`);
    expect(model.names).toEqual([{ name: `${GENERATED_MARKER}1`, sheet, comment: expect.any(String) }]);

    const ops = sheet.log.map((o) => `${o.target} ${o.path} ${JSON.stringify(o.args)}`);
    expect(ops).toContain('A1:A1 format.font.bold [true]');
    expect(ops).toContain('A3:I3 format.fill.color ["#DDEBF7"]');
    expect(ops).toContain('sheet freezePanes.freezeAt ["月度通报-2024-03!A1:A3"]'); // once visible, under its final name
    expect(ops.some((o) => o.startsWith('G4:G50003 conditionalFormats.add()'))).toBe(true);
    expect(ops.some((o) => o.startsWith('sheet charts.add ["BarClustered"'))).toBe(true);
    expect(ops).toContain('sheet charts.add().title.text ["总分"]');
    expect(ops.some((o) => o.startsWith('F4:F50003 dataValidation.rule'))).toBe(true);
    expect(ops).toContain('sheet tabColor ["#C00000"]');
    expect(ops).toContain('A1:A1048576 format.columnWidth [129.75]');
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: 8 });
  });

  test('writing again replaces Duban’s sheet in place; a user’s sheet of that name is never touched', async () => {
    const model = new WorkbookModel();
    model.addSheet('封面');
    const workbook = new OfficeWorkbook(model.run);
    await workbook.writeGeneratedSheet(bigSpec(5, '校验结果'));
    model.addSheet('之后');
    const first = model.sheet('校验结果')!;
    await workbook.writeGeneratedSheet(bigSpec(8, '校验结果'));
    const second = model.sheet('校验结果')!;
    expect(second).not.toBe(first);
    expect(model.sheets.map((s) => s.name)).toEqual(['封面', '校验结果', '之后']); // same position
    expect(sheetValues(second).length).toBe(11);
    expect(model.names.map((n) => [n.name, n.sheet?.name])).toEqual([[`${GENERATED_MARKER}1`, '校验结果']]);
    const info = await workbook.listSheets();
    expect(info).toEqual([
      { name: '封面', generated: false, hidden: false },
      { name: '校验结果', generated: true, hidden: false },
      { name: '之后', generated: false, hidden: false },
    ]);

    const user = model.addSheet('逾期预警');
    user.setCell(0, 0, { value: '我的表' });
    const written = await workbook.writeGeneratedSheet(bigSpec(2, '逾期预警'));
    expect(written).toBe('逾期预警 (2)');
    expect(model.sheet('逾期预警')).toBe(user);
    expect(user.cell(0, 0)).toEqual({ value: '我的表' });
    expect(model.names.map((n) => n.sheet?.name).sort()).toEqual(['校验结果', '逾期预警 (2)']);
    // generating again replaces 逾期预警 (2) instead of adding 逾期预警 (3)
    expect(await workbook.writeGeneratedSheet(bigSpec(3, '逾期预警'))).toBe('逾期预警 (2)');
    expect(model.sheets.map((s) => s.name).filter((n) => n.startsWith('逾期预警'))).toEqual(['逾期预警', '逾期预警 (2)']);
    expect(model.sheet('逾期预警')).toBe(user);
  });

  test('a failure midway leaves the workbook as it was (the temporary sheet is deleted)', async () => {
    const model = new WorkbookModel();
    taskSheet(model, 3);
    const workbook = new OfficeWorkbook(model.run);
    await workbook.writeGeneratedSheet(bigSpec(10));
    const before = snapshot(model);
    const start = model.syncCount;
    model.failAtSync = start + 3; // the second chunk of the next write
    await expect(workbook.writeGeneratedSheet(bigSpec(50000))).rejects.toThrow(/simulated failure/);
    model.failAtSync = null;
    expect(snapshot(model)).toEqual(before);
    expect(model.sheets.some((s) => s.name.startsWith('督办生成中'))).toBe(false);
  });

  test('a failure at the first write also leaves nothing behind', async () => {
    const model = new WorkbookModel();
    model.addSheet('任务分工表');
    const before = snapshot(model);
    model.failAtSync = 2;
    await expect(new OfficeWorkbook(model.run).writeGeneratedSheet(bigSpec(3))).rejects.toThrow();
    model.failAtSync = null;
    expect(snapshot(model)).toEqual(before);
  });

  test('a marker whose sheet the user deleted is cleaned up', async () => {
    const model = new WorkbookModel();
    model.addSheet('任务分工表');
    model.names.push({ name: `${GENERATED_MARKER}1`, sheet: null });
    await new OfficeWorkbook(model.run).writeGeneratedSheet(bigSpec(2, '年度考核-2024'));
    expect(model.names.map((n) => [n.name, n.sheet?.name])).toEqual([[`${GENERATED_MARKER}2`, '年度考核-2024']]);
  });
});

describe('user sheets, cell updates, formulas to values, selecting a cell', () => {
  test('addSheets: names taken get new names; validations refer to sheets by their final names', async () => {
    const model = new WorkbookModel();
    model.addSheet('单位名录');
    const specs: SheetSpec[] = [
      { name: '任务分工表', generated: false, rows: [[cell('序号', STYLES.header), cell('牵头责任部门', STYLES.header)]], validations: [{ range: 'B2:B500', list: { source: '=单位名录!$A$2:$A$500' }, allowOther: true, prompt: '从单位名录选择' }] },
      { name: '单位名录', generated: false, rows: [[cell('单位名称', STYLES.header)]] },
      bigSpec(2, '月度通报-2024-01'),
    ];
    const names = await new OfficeWorkbook(model.run).addSheets(specs);
    expect(names).toEqual(['任务分工表', '单位名录 (2)', '月度通报-2024-01']);
    const tasks = model.sheet('任务分工表')!;
    expect(tasks.log.some((o) => o.path === 'dataValidation.rule' && JSON.stringify(o.args).includes('单位名录!$A$2:$A$500'))).toBe(true);
    expect(model.names.map((n) => n.sheet?.name)).toEqual(['月度通报-2024-01']);
    expect(model.sheets.every((s) => s.visibility === 'Visible')).toBe(true);
  });

  test('setCells writes text as text, errors, formulas and number formats, in chunked syncs', async () => {
    const model = new WorkbookModel();
    const s = model.addSheet('任务分工表');
    await new OfficeWorkbook(model.run).setCells('任务分工表', [
      { cell: 'A1', value: '=1+1' },
      { cell: 'A2', value: '市委宣传部' },
      { cell: 'A3', value: '2023-05-31' },
      { cell: 'A4', value: 45077, numberFormat: 'yyyy-mm-dd' },
      { cell: 'A5', value: { error: '#N/A' } },
      { cell: 'A6', value: { formula: 'SUM(A4,1)' } },
      { cell: 'A7', value: null },
      { cell: 'A8', value: true },
    ]);
    expect(s.cell(0, 0)).toEqual({ value: '=1+1', numberFormat: '@' });
    expect(s.cell(1, 0)).toEqual({ value: '市委宣传部' });
    expect(s.cell(2, 0)).toEqual({ value: '2023-05-31', numberFormat: '@' });
    expect(s.cell(3, 0)).toEqual({ value: 45077, numberFormat: 'yyyy-mm-dd' });
    expect(s.cell(4, 0)?.value).toBe('#N/A');
    expect(s.cell(5, 0)?.formula).toBe('=SUM(A4,1)');
    expect(s.cell(6, 0)?.value).toBeNull();
    expect(s.cell(7, 0)?.value).toBe(true);
    expect(model.syncCount).toBe(4); // look, protection, write (calculation suspended), recalculate
    expect(model.calculations).toEqual(['Recalculate']);

    const many = Array.from({ length: 60000 }, (_, i) => ({ cell: `B${i + 1}`, value: `第${i}项补充说明文字` }));
    const before = model.syncCount;
    await new OfficeWorkbook(model.run).setCells('任务分工表', many);
    expectWithinLimits(model);
    expect(model.syncCount - before).toBeGreaterThan(2);
    expect(s.cell(59999, 1)?.value).toBe('第59999项补充说明文字');
    await expect(new OfficeWorkbook(model.run).setCells('没有', [{ cell: 'A1', value: 1 }])).rejects.toThrow('没有名为“没有”的工作表');
  });

  test('formulasToValues pastes values over the used range and counts the formulas', async () => {
    const model = new WorkbookModel();
    const s = model.addSheet('报送台账');
    s.setCell(0, 0, { value: 3, formula: '=1+2' });
    s.setCell(1, 0, { value: '=不是公式', numberFormat: '@' });
    s.setCell(2, 1, { value: 12, formula: '=DUBAN.QUOTA("每月不少于2篇",45292,45473)' });
    const workbook = new OfficeWorkbook(model.run);
    expect(await workbook.formulasToValues('报送台账')).toBe(2);
    expect(s.cell(0, 0)).toEqual({ value: 3 });
    expect(s.cell(1, 0)).toEqual({ value: '=不是公式', numberFormat: '@' });
    expect(s.cell(2, 1)).toEqual({ value: 12 });
    expect(await workbook.formulasToValues('报送台账')).toBe(0);

    const old = new OfficeWorkbook(model.run, { supports: (_s, v) => Number(v.split('.')[1]) < 9 });
    s.setCell(5, 5, { value: '文字', formula: '="文"&"字"' });
    expect(await old.formulasToValues('报送台账')).toBe(1);
    expect(s.cell(5, 5)).toEqual({ value: '文字', numberFormat: '@' });
  });

  test('selectCell activates the sheet and selects the cell', async () => {
    const model = new WorkbookModel();
    model.addSheet('甲');
    model.addSheet('任务分工表');
    await selectCell('任务分工表', 'C7', model.run);
    expect(model.activeSheet?.name).toBe('任务分工表');
    expect(model.selection).toBe('任务分工表!C7:C7');
    await new OfficeWorkbook(model.run).selectCell('甲', 'A1');
    expect(model.activeSheet?.name).toBe('甲');
  });
});

describe('conversions', () => {
  test('values as Office.js reads them', () => {
    expect(fromExcelValue('')).toBeNull();
    expect(fromExcelValue(3)).toBe(3);
    expect(fromExcelValue(false)).toBe(false);
    expect(fromExcelValue('文字')).toBe('文字');
    expect(fromExcelValue('#REF!')).toEqual({ error: '#REF!' });
    expect(fromExcelValue('#N/A')).toEqual({ error: '#N/A' });
  });
  test('text Excel would turn into something else', () => {
    for (const t of ['=1+1', '+1', '-x', '@a', '12', '1,200', '5%', '2023-05-31', '5/31', '9:30', 'TRUE', '5月31日', '2023年5月', '1e5', '#N/A']) {
      expect(textNeedsTextFormat(t)).toBe(true);
    }
    for (const t of ['市委宣传部', '每月不少于2篇', '5月底前', '第1项', 'ABC']) expect(textNeedsTextFormat(t)).toBe(false);
  });
  test('the sheet a marker name refers to', () => {
    expect(sheetOfReference("'月度通报-2024-03'!$A$1")).toBe('月度通报-2024-03');
    expect(sheetOfReference("='It''s'!$A$1")).toBe("It's");
    expect(sheetOfReference('Sheet1!$A$1')).toBe('Sheet1');
    expect(sheetOfReference('#REF!')).toBeNull();
  });
});
