// A workbook saved with the 1904 date system (Excel for Mac's old default) through the Office port and
// the WPS port: its dates read as the days the app shows, generated and updated dates written in its
// own serials, the date system learned without changing the workbook, and an unknown one refused, not guessed.
import { readSampleTexts } from '../../src/cli/io';
import { civil, parseISO, toSerial } from '../../src/core/dates/civil-date';
import { sampleSheets } from '../../src/core/sheets/sample';
import { STYLES, SheetSpec, cell } from '../../src/core/sheets/sheet-spec';
import { PaneActions } from '../../src/taskpane/actions';
import { OfficeWorkbook } from '../../src/workbook/excel/office';
import { WpsWorkbook } from '../../src/workbook/wps/wps-workbook';
import { SheetModel, WorkbookModel, sheetValues } from './excel-double';
import { EtDouble } from './wps-double';

/** 2023-05-31 as Excel stores it: 45077 in the 1900 system, 1,462 less in the 1904 system (Microsoft's KB 180162). */
const MAY31_1900 = 45077;
const MAY31_1904 = 43615;

/** A task sheet typed in Mac Excel with 使用 1904 日期系统 on: the deadline cell holds the 1904 serial. */
function macTaskSheet(model: WorkbookModel): SheetModel {
  const s = model.addSheet('任务分工表');
  s.setCell(0, 0, { value: '2023年宣传任务分工表' });
  ['序号', '主要任务', '牵头责任部门', '完成时限', '份数'].forEach((h, c) => s.setCell(1, c, { value: h }));
  s.setCell(2, 0, { value: 1 });
  s.setCell(2, 1, { value: '开设专栏，发布暖民心行动政策。' });
  s.setCell(2, 2, { value: '市委宣传部' });
  s.setCell(2, 3, { value: MAY31_1904, numberFormat: 'yyyy-mm-dd' });
  s.setCell(2, 4, { value: 3 }); // a plain number is no date: never shifted
  s.setCell(3, 3, { value: MAY31_1904 + 30, numberFormat: 'yyyy"年"m"月"d"日"' });
  return s;
}

function model1904(): WorkbookModel {
  const model = new WorkbookModel();
  model.date1904 = true;
  return model;
}

test('the double calculates DATE in the workbook\'s date system, as Microsoft documents it', () => {
  const mac = model1904();
  const win = new WorkbookModel();
  expect(win.dateFunction(2023, 5, 31)).toBe(MAY31_1900);
  expect(mac.dateFunction(2023, 5, 31)).toBe(MAY31_1904);
  expect(mac.dateFunction(1904, 1, 1)).toBe(0);
  expect(win.dateFunction(1904, 1, 1)).toBe(1462);
  expect(mac.dateFunction(1902, 8, 12)).toBe('#NUM!'); // KB 175753: before 1904 in the 1904 system
  expect(win.dateFunction(2024, 2, 29)).toBe(toSerial(civil(2024, 2, 29)));
});

describe('reading a 1904 workbook', () => {
  test('date cells read as the days Excel shows; other numbers stay as they are', async () => {
    const model = model1904();
    macTaskSheet(model);
    const grid = await new OfficeWorkbook(model.run).readSheet('任务分工表');
    expect(grid.rows[2][3]).toBe(toSerial(parseISO('2023-05-31')!));
    expect(grid.rows[3][3]).toBe(toSerial(parseISO('2023-06-30')!));
    expect(grid.rows[2][4]).toBe(3);
    expect(grid.rows[2][0]).toBe(1);
  });

  test('the date system rides on the first request: as many syncs as a 1900 workbook, nothing changed', async () => {
    const mac = model1904();
    macTaskSheet(mac);
    const win = new WorkbookModel();
    const s = macTaskSheet(win);
    s.setCell(2, 3, { value: MAY31_1900, numberFormat: 'yyyy-mm-dd' });
    s.setCell(3, 3, { value: MAY31_1900 + 30, numberFormat: 'yyyy"年"m"月"d"日"' });
    const before = JSON.stringify(sheetValues(mac.sheet('任务分工表')!));
    const [macGrid] = await new OfficeWorkbook(mac.run).readAll();
    const [winGrid] = await new OfficeWorkbook(win.run).readAll();
    expect(macGrid.rows).toEqual(winGrid.rows);
    expect(mac.syncCount).toBe(win.syncCount);
    expect(mac.functionCalls).toEqual(['DATE(2000,1,1)']);
    expect(JSON.stringify(sheetValues(mac.sheet('任务分工表')!))).toBe(before);
    expect(mac.sheets.map((x) => x.name)).toEqual(['任务分工表']);
  });

  test('when Excel does not tell its date system, date cells are refused with a Chinese message, not read four years off', async () => {
    const model = model1904();
    macTaskSheet(model);
    model.dateFunction = () => '#NUM!';
    await expect(new OfficeWorkbook(model.run).readSheet('任务分工表')).rejects.toThrow(/1900 还是 1904 日期系统/);
    // a sheet without dates does not need to know
    const plain = model.addSheet('单位名录');
    plain.setCell(0, 0, { value: '单位名称' });
    plain.setCell(1, 0, { value: '市委宣传部' });
    plain.setCell(1, 1, { value: 7 });
    expect((await new OfficeWorkbook(model.run).readSheet('单位名录')).rows[1]).toEqual(['市委宣传部', 7]);
  });
});

describe('writing into a 1904 workbook', () => {
  const spec: SheetSpec = {
    name: '逾期预警',
    generated: true,
    rows: [
      [cell('完成时限', STYLES.header), cell('份数', STYLES.header)],
      [cell(MAY31_1900, STYLES.date), cell(MAY31_1900)],
    ],
  };

  test('a generated sheet stores each date 1,462 days less, so Excel shows the same day', async () => {
    const mac = model1904();
    mac.addSheet('Sheet1');
    await new OfficeWorkbook(mac.run).writeGeneratedSheet(spec);
    const out = mac.sheet('逾期预警')!;
    expect(out.cell(1, 0)?.value).toBe(MAY31_1904);
    expect(out.cell(1, 1)?.value).toBe(MAY31_1900); // not a date: as it is
    const win = new WorkbookModel();
    win.addSheet('Sheet1');
    await new OfficeWorkbook(win.run).writeGeneratedSheet(spec);
    expect(win.sheet('逾期预警')!.cell(1, 0)?.value).toBe(MAY31_1900);
  });

  test('setCells writes a date (a serial with a date format) in the workbook\'s serials', async () => {
    const mac = model1904();
    macTaskSheet(mac);
    await new OfficeWorkbook(mac.run).setCells('任务分工表', [
      { cell: 'D5', value: MAY31_1900, numberFormat: 'yyyy-mm-dd' },
      { cell: 'E5', value: 12 },
      { cell: 'F5', value: 0.25, numberFormat: '0.0%' },
    ]);
    const s = mac.sheet('任务分工表')!;
    expect(s.cell(4, 3)?.value).toBe(MAY31_1904);
    expect(s.cell(4, 4)?.value).toBe(12);
    expect(s.cell(4, 5)?.value).toBe(0.25);
  });

  test('an unknown date system refuses to write a date and leaves the workbook as it was', async () => {
    const mac = model1904();
    mac.addSheet('Sheet1');
    mac.dateFunction = () => 12345;
    await expect(new OfficeWorkbook(mac.run).writeGeneratedSheet(spec)).rejects.toThrow(/1900 还是 1904 日期系统/);
    expect(mac.sheets.map((x) => x.name)).toEqual(['Sheet1']);
    macTaskSheet(mac);
    await expect(new OfficeWorkbook(mac.run).setCells('任务分工表', [{ cell: 'D5', value: MAY31_1900, numberFormat: 'yyyy-mm-dd' }])).rejects.toThrow(/1904/);
    expect(mac.sheet('任务分工表')!.cell(4, 3)).toBeUndefined();
  });
});

test('the pane on the sample in a 1904 workbook: the same check and the same days in every generated sheet', async () => {
  /** 2023-07-03 10:05 in China. */
  const clock = { now: () => Date.UTC(2023, 6, 3, 2, 5) };
  const run = async (date1904: boolean) => {
    const model = new WorkbookModel();
    model.date1904 = date1904;
    model.addSheet('Sheet1');
    const port = new OfficeWorkbook(model.run);
    await port.addSheets(sampleSheets(await readSampleTexts()));
    const actions = new PaneActions(port, clock);
    const view = await actions.check({});
    const outcome = await actions.generate({});
    return { model, view, outcome };
  };
  const win = await run(false);
  const mac = await run(true);
  expect(mac.view.issues).toEqual(win.view.issues);
  expect(mac.view.asOf).toEqual(win.view.asOf);
  expect(mac.outcome.sheets).toEqual(win.outcome.sheets);
  // every sheet, cell by cell: a date cell of the 1904 workbook holds 1,462 less, every other cell the same
  let dates = 0;
  for (const winSheet of win.model.sheets) {
    const macSheet = mac.model.sheet(winSheet.name)!;
    for (const [r, row] of winSheet.cells) {
      for (const [c, w] of row) {
        const m = macSheet.cell(r, c)!;
        const isDate = typeof w.value === 'number' && /[yd]/.test(w.numberFormat ?? '');
        if (isDate) dates++;
        expect([winSheet.name, r, c, m.value]).toEqual([winSheet.name, r, c, isDate ? (w.value as number) - 1462 : w.value]);
      }
    }
  }
  expect(dates).toBeGreaterThan(10);
});

describe('WPS 表格 with a 1904 workbook (Workbook.Date1904; Value2 carries that system\'s serials)', () => {
  test('reads the days WPS shows and writes dates in the workbook\'s serials', async () => {
    const model = model1904();
    macTaskSheet(model);
    const et = new EtDouble(model);
    const port = new WpsWorkbook(et.Application, { now: et.now });
    const grid = await port.readSheet('任务分工表');
    expect(grid.rows[2][3]).toBe(MAY31_1900);
    expect(grid.rows[3][3]).toBe(MAY31_1900 + 30);
    expect(grid.rows[2][4]).toBe(3);
    await port.writeGeneratedSheet({ name: '逾期预警', generated: true, rows: [[cell('完成时限', STYLES.header)], [cell(MAY31_1900, STYLES.date)]] });
    expect(model.sheet('逾期预警')!.cell(1, 0)?.value).toBe(MAY31_1904);
    await port.setCells('任务分工表', [{ cell: 'D5', value: MAY31_1900, numberFormat: 'yyyy-mm-dd' }, { cell: 'E5', value: 12 }]);
    expect(model.sheet('任务分工表')!.cell(4, 3)?.value).toBe(MAY31_1904);
    expect(model.sheet('任务分工表')!.cell(4, 4)?.value).toBe(12);
  });

  test('a build without Date1904 is asked DATE(2000,1,1) through Application.Evaluate instead', async () => {
    const model = model1904();
    macTaskSheet(model);
    const et = new EtDouble(model);
    et.noDate1904 = true;
    const before = JSON.stringify(sheetValues(model.sheet('任务分工表')!));
    const grid = await new WpsWorkbook(et.Application, { now: et.now }).readSheet('任务分工表');
    expect(grid.rows[2][3]).toBe(MAY31_1900);
    expect(JSON.stringify(sheetValues(model.sheet('任务分工表')!))).toBe(before);
  });

  test('a WPS that tells neither: dates refused with the reason, nothing written', async () => {
    const model = model1904();
    macTaskSheet(model);
    const et = new EtDouble(model);
    et.noDate1904 = true;
    et.noEvaluate = true;
    const port = new WpsWorkbook(et.Application, { now: et.now });
    await expect(port.readSheet('任务分工表')).rejects.toThrow(/1900 还是 1904 日期系统/);
    await expect(port.setCells('任务分工表', [{ cell: 'D5', value: MAY31_1900, numberFormat: 'yyyy-mm-dd' }])).rejects.toThrow(/1904/);
    expect(model.sheet('任务分工表')!.cell(4, 3)).toBeUndefined();
    // text and plain numbers need no date system
    await port.setCells('任务分工表', [{ cell: 'E5', value: 12 }]);
    expect(model.sheet('任务分工表')!.cell(4, 4)?.value).toBe(12);
  });
});

test('docs/ADDIN.md\'s Mac check: one task typed into a new 1904 workbook, 生成汇总, 逾期预警 shows its deadline as typed', async () => {
  const model = model1904();
  const s = model.addSheet('Sheet1');
  ['序号', '主要任务', '牵头责任部门', '完成时限'].forEach((h, c) => s.setCell(0, c, { value: h }));
  s.setCell(1, 0, { value: 1 });
  s.setCell(1, 1, { value: '开设专栏' });
  s.setCell(1, 2, { value: '市委宣传部' });
  s.setCell(1, 3, { value: MAY31_1904, numberFormat: 'yyyy/m/d' }); // 2023-05-31 as Mac Excel stores what was typed
  const actions = new PaneActions(new OfficeWorkbook(model.run), { now: () => Date.UTC(2026, 11, 6, 2) });
  const outcome = await actions.generate({});
  expect(outcome.sheets).toContain('逾期预警');
  const dates = [...model.sheet('逾期预警')!.cells.values()].flatMap((row) => [...row.values()]).filter((c) => typeof c.value === 'number' && /[yd]/.test(c.numberFormat ?? ''));
  expect(dates.map((c) => c.value)).toEqual([MAY31_1904]);
});
