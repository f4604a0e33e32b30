// The ports' optional arguments: formulasToValues over one A1 range only, and writeGeneratedSheet's progress by rows
// (awaited, so a page can repaint) with a failure while writing leaving the workbook as it was, in both ports.
import type ExcelJS from 'exceljs';
import { STYLES, SheetSpec, cell } from '../../src/core/sheets/sheet-spec';
import { FileWorkbook, PROGRESS_ROWS } from '../../src/workbook/file/file';
import { OfficeWorkbook } from '../../src/workbook/excel/office';
import { WorkbookModel, sheetValues } from './excel-double';

function bigSpec(rows: number, name = '校验结果'): SheetSpec {
  return {
    name,
    generated: true,
    rows: [
      [cell('标题', STYLES.title)],
      ...Array.from({ length: rows }, (_, i) => [cell(i + 1, STYLES.number), cell(`第${i + 1}行：围绕民生工程开展集中宣传`, STYLES.text), cell({ formula: `=A${i + 2}*2` })]),
    ],
  };
}

describe('formulasToValues with a range', () => {
  test('file: only formulas inside the range become values', async () => {
    const workbook = FileWorkbook.create();
    const ws = workbook.workbook.addWorksheet('任务分工表');
    ws.getCell('A1').value = { formula: '1+1', result: 2 } as ExcelJS.CellFormulaValue;
    ws.getCell('J3').value = { formula: 'DUBAN.QUOTA(F3,DATE(2023,1,1),DATE(2023,6,30))', result: 12 } as ExcelJS.CellFormulaValue;
    ws.getCell('K4').value = { formula: 'DUBAN.STATUS(E4,G4,DATE(2023,6,30))', result: '逾期' } as ExcelJS.CellFormulaValue;
    ws.getCell('L5').value = { formula: 'SUM(1,2)', result: 3 } as ExcelJS.CellFormulaValue;
    ws.getCell('K9').value = '文字';
    expect(await workbook.formulasToValues('任务分工表', 'J3:K9')).toBe(2);
    expect(ws.getCell('J3').value).toBe(12);
    expect(ws.getCell('K4').value).toBe('逾期');
    expect(ws.getCell('K9').value).toBe('文字');
    expect(ws.getCell('A1').formula).toBe('1+1');
    expect(ws.getCell('L5').formula).toBe('SUM(1,2)');
    expect(await workbook.formulasToValues('任务分工表', 'L5')).toBe(1);
    expect(ws.getCell('A1').formula).toBe('1+1');
    await expect(workbook.formulasToValues('任务分工表', 'J3:K9:Z1')).rejects.toThrow('不是有效的单元格区域');
    await expect(workbook.formulasToValues('没有', 'A1')).rejects.toThrow('没有名为“没有”的工作表');
  });

  test.each([
    ['ExcelApi 1.9 (paste values)', (_s: string, _v: string) => true],
    ['older Excel (cell by cell)', (_s: string, v: string) => Number(v.split('.')[1]) < 9],
  ])('office, %s: only formulas inside the range become values', async (_label, supports) => {
    const model = new WorkbookModel();
    const s = model.addSheet('任务分工表');
    s.setCell(0, 0, { value: 2, formula: '=1+1' });
    s.setCell(2, 9, { value: 12, formula: '=DUBAN.QUOTA(F3,DATE(2023,1,1),DATE(2023,6,30))' });
    s.setCell(3, 10, { value: '逾期', formula: '=DUBAN.STATUS(E4,G4,DATE(2023,6,30))' });
    s.setCell(4, 11, { value: 3, formula: '=SUM(1,2)' });
    s.setCell(8, 10, { value: '=不是公式', numberFormat: '@' });
    const workbook = new OfficeWorkbook(model.run, { supports });
    expect(await workbook.formulasToValues('任务分工表', 'J3:K9')).toBe(2);
    expect(s.cell(2, 9)?.formula).toBeUndefined();
    expect(s.cell(2, 9)?.value).toBe(12);
    expect(s.cell(3, 10)?.formula).toBeUndefined();
    expect(s.cell(3, 10)?.value).toBe('逾期');
    expect(s.cell(8, 10)).toEqual({ value: '=不是公式', numberFormat: '@' });
    expect(s.cell(0, 0)?.formula).toBe('=1+1');
    expect(s.cell(4, 11)?.formula).toBe('=SUM(1,2)');
    expect(await workbook.formulasToValues('任务分工表', 'J3:K9')).toBe(0);
    await expect(workbook.formulasToValues('任务分工表', 'not a range')).rejects.toThrow('不是有效的单元格区域');
    await expect(workbook.formulasToValues('没有', 'A1')).rejects.toThrow('没有名为“没有”的工作表');
  });
});

describe('writeGeneratedSheet progress', () => {
  test('file: reports every PROGRESS_ROWS rows and awaits the callback', async () => {
    const workbook = FileWorkbook.create();
    workbook.workbook.addWorksheet('任务分工表');
    const spec = bigSpec(PROGRESS_ROWS * 3 + 10);
    const seen: [number, number][] = [];
    let awaited = 0;
    const name = await workbook.writeGeneratedSheet(spec, {
      onProgress: async (done, total) => {
        seen.push([done, total]);
        await Promise.resolve();
        awaited++;
      },
    });
    expect(name).toBe('校验结果');
    const total = spec.rows.length;
    // every PROGRESS_ROWS rows, then the finished sheet once (as the Office and WPS ports report it: the port contract)
    expect(seen).toEqual([[PROGRESS_ROWS, total], [PROGRESS_ROWS * 2, total], [PROGRESS_ROWS * 3, total], [total, total]]);
    expect(awaited).toBe(4);
    expect((await workbook.listSheets()).map((s) => [s.name, s.generated])).toEqual([['任务分工表', false], ['校验结果', true]]);
  });

  test('file: a failure while writing leaves the workbook as it was (the earlier sheet kept)', async () => {
    const workbook = FileWorkbook.create();
    workbook.workbook.addWorksheet('任务分工表');
    await workbook.writeGeneratedSheet(bigSpec(3));
    const before = JSON.stringify(await workbook.readAll());
    await expect(
      workbook.writeGeneratedSheet(bigSpec(PROGRESS_ROWS * 2), {
        onProgress: () => {
          throw new Error('磁盘已满');
        },
      }),
    ).rejects.toThrow('磁盘已满');
    expect(JSON.stringify(await workbook.readAll())).toBe(before);
    expect((await workbook.listSheets()).map((s) => s.name)).toEqual(['任务分工表', '校验结果']);
    // and the workbook still saves and reloads
    const reloaded = await FileWorkbook.load(await workbook.save());
    expect((await reloaded.listSheets()).map((s) => [s.name, s.generated])).toEqual([['任务分工表', false], ['校验结果', true]]);
  });

  test('office: reports progress per request-sized chunk, then the whole sheet once swapped in', async () => {
    const model = new WorkbookModel();
    model.addSheet('任务分工表');
    const workbook = new OfficeWorkbook(model.run, { requestBudget: 100_000 });
    const spec = bigSpec(3000);
    const seen: number[] = [];
    await workbook.writeGeneratedSheet(spec, {
      onProgress: (done, total) => {
        expect(total).toBe(spec.rows.length);
        seen.push(done);
      },
    });
    expect(seen.length).toBeGreaterThan(3);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen[seen.length - 1]).toBe(spec.rows.length);
    expect(sheetValues(model.sheet('校验结果')!)).toHaveLength(spec.rows.length);
  });

  test('office: a sheet of 150,000 rows plans its chunks without overflowing the stack', async () => {
    const model = new WorkbookModel();
    model.addSheet('任务分工表');
    const spec: SheetSpec = { name: '台账汇总', generated: true, rows: Array.from({ length: 150_000 }, (_, i) => [cell(i)]) };
    await new OfficeWorkbook(model.run).writeGeneratedSheet(spec);
    expect(model.sheet('台账汇总')?.cell(149_999, 0)?.value).toBe(149_999);
  });
});
