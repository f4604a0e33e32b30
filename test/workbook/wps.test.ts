// The WPS port beyond the shared contract: slices no longer than 200 ms on a 100k-cell sheet, DUBAN.*
// results written as values where WPS runs no add-in functions, a large saved workbook read from its
// file, protection, failures leaving the workbook as it was, and the app's settings restored.
import { STYLES, SheetSpec, cell } from '../../src/core/sheets/sheet-spec';
import { ProtectedError } from '../../src/workbook/excel/calculation';
import { FileWorkbook } from '../../src/workbook/file/file';
import { WpsWorkbook } from '../../src/workbook/wps/wps-workbook';
import { SheetModel, WorkbookModel, sheetValues } from './excel-double';
import { arithmetic, comparable, fixtureBytes, modelFormula, modelOf } from './port-contract';
import { EtDouble, EtDoubleError } from './wps-double';

const UNITS = ['市委宣传部', '市发展改革委', '市财政局', '市人社局', '市民政局'];

/** A ledger sheet of `rows` rows (10 columns), dates formatted, a merged title. */
function ledger(model: WorkbookModel, rows: number): SheetModel {
  const s = model.addSheet('报送台账');
  s.setCell(0, 0, { value: '2024年信息报送台账' });
  s.merges.push({ top: 0, left: 0, bottom: 0, right: 9 });
  ['序号', '报送单位', '标题', '报送日期', '媒体', '级别', '篇数', '得分', '备注', '链接'].forEach((h, c) => s.setCell(1, c, { value: h }));
  for (let i = 0; i < rows; i++) {
    const r = i + 2;
    s.setCell(r, 0, { value: i + 1 });
    s.setCell(r, 1, { value: UNITS[i % UNITS.length] });
    s.setCell(r, 2, { value: `关于第${i + 1}项民生实事推进情况的信息` });
    s.setCell(r, 3, { value: 45292 + (i % 366), numberFormat: 'yyyy-mm-dd' });
    s.setCell(r, 4, { value: i % 2 ? '安徽日报' : '六安日报' });
    s.setCell(r, 5, { value: i % 2 ? '省级' : '市级' });
    s.setCell(r, 6, { value: 1 });
    s.setCell(r, 7, { value: i % 2 ? 5 : 2, numberFormat: '0.0' });
  }
  model.activeSheet = s;
  return s;
}

function summary(rows: number): SheetSpec {
  const out = [[cell('汇总', STYLES.title)], [cell('单位', STYLES.header), cell('得分', STYLES.header)]];
  for (let i = 0; i < rows; i++) out.push([cell(`单位${i + 1}`, STYLES.text), cell(i, STYLES.plain)]);
  return { name: '得分汇总', generated: true, rows: out, merges: [{ top: 0, left: 0, bottom: 0, right: 1 }], freeze: { rows: 2, columns: 0 }, print: { orientation: 'portrait', titleRows: 2 } };
}

describe('WPS port on the ET double', () => {
  test('the double is strict: a misspelt member throws where real WPS would read undefined', () => {
    const et = new EtDouble();
    et.model.addSheet('甲');
    const wb = et.Application.ActiveWorkbook as Record<string, unknown>;
    expect(() => wb.Worksheet).toThrow(EtDoubleError);
    expect(() => (et.Application as Record<string, unknown>).ActiveWorkBook).toThrow('没有成员 ActiveWorkBook');
  });

  test('reading and writing a 10k-row ledger never works longer than 200 ms (modelled clock) without yielding', async () => {
    const model = new WorkbookModel();
    ledger(model, 10_000);
    const et = new EtDouble(model, { clock: 'modelled', perCallMs: 0.05, perCellMs: 0.002 });
    let yields = 0;
    const port = new WpsWorkbook(et.Application, { now: et.now, yieldToPage: async () => void yields++ });
    const [grid] = await port.readAll();
    expect(grid.rows.length).toBe(10_002);
    expect(grid.rows[2]).toEqual([1, '市委宣传部', '关于第1项民生实事推进情况的信息', 45292, '六安日报', '市级', 1, 2]);
    expect(grid.numberFormats?.[2]?.[3]).toBe('yyyy-mm-dd');
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 9 }]);
    const progress: number[] = [];
    await port.writeGeneratedSheet(summary(10_000), { onProgress: (done) => void progress.push(done) });
    expect(yields).toBeGreaterThan(2); // 120k cells at 2 µs each and 50 µs a call: several 50 ms slices
    expect(progress.length).toBeGreaterThan(5);
    expect(port.longestSliceMs).toBeLessThanOrEqual(200);
  });

  test('without add-in functions, DUBAN.* formulas are written as their results and plain formulas stay', async () => {
    const model = new WorkbookModel();
    ledger(model, 3);
    const et = new EtDouble(model);
    const port = new WpsWorkbook(et.Application, { now: et.now, customFunctions: false });
    await port.setCells('报送台账', [
      { cell: 'K3', value: { formula: '=DUBAN.STATUS(D3,"已完成")', result: '已完成' } },
      { cell: 'L3', value: { formula: '=DUBAN.DEADLINE("6月底前",2024)', result: 45473 }, numberFormat: 'yyyy-mm-dd' },
      { cell: 'M3', value: { formula: '=COUNTIFS(B:B,B3)', result: 1 } },
    ]);
    expect(modelFormula(model, '报送台账', 'K3')).toBeUndefined();
    expect(model.sheet('报送台账')!.cell(2, 10)?.value).toBe('已完成');
    expect(model.sheet('报送台账')!.cell(2, 11)).toEqual({ value: 45473, numberFormat: 'yyyy-mm-dd' });
    expect(modelFormula(model, '报送台账', 'M3')).toBe('=COUNTIFS(B:B,B3)');
    const live = new WpsWorkbook(et.Application, { now: et.now, customFunctions: true });
    await live.setCells('报送台账', [{ cell: 'K4', value: { formula: '=DUBAN.STATUS(D4,"已完成")', result: '已完成' } }]);
    expect(modelFormula(model, '报送台账', 'K4')).toBe('=DUBAN.STATUS(D4,"已完成")');
  });

  test('a large saved workbook is read from its file by the streaming reader; an unsaved one through ET', async () => {
    const bytes = await fixtureBytes('sample.xlsx');
    const model = await modelOf(bytes);
    const et = new EtDouble(model);
    et.fullName = 'C:\\Users\\科员\\Documents\\台账.xlsx';
    et.files.set(et.fullName, bytes);
    const port = new WpsWorkbook(et.Application, { now: et.now, fileReadCells: 100 });
    const fromFile = (await port.readAll()).map(comparable);
    expect(et.calledMembers.get('Value2') ?? 0).toBe(0);
    expect(et.calledMembers.get('ReadFileAsArrayBuffer')).toBe(1);
    et.saved = false; // unsaved edits: the file is stale
    const throughEt = (await port.readAll()).map(comparable);
    expect(et.calledMembers.get('Value2')).toBeGreaterThan(0);
    expect(throughEt).toEqual(fromFile);
  });

  test('a protected sheet or structure is refused with the reason, before anything is written', async () => {
    const model = new WorkbookModel();
    ledger(model, 3).protected = true;
    const et = new EtDouble(model);
    const port = new WpsWorkbook(et.Application, { now: et.now });
    await expect(port.setCells('报送台账', [{ cell: 'A1', value: 1 }])).rejects.toThrow(ProtectedError);
    await expect(port.formulasToValues('报送台账')).rejects.toThrow(ProtectedError);
    model.structureProtected = true;
    await expect(port.writeGeneratedSheet(summary(3))).rejects.toThrow(ProtectedError);
    expect(model.sheets.map((s) => s.name)).toEqual(['报送台账']);
  });

  test('a write failing halfway leaves the workbook as it was and the app settings restored', async () => {
    const model = await modelOf(await fixtureBytes('sample.xlsx'));
    const et = new EtDouble(model);
    const port = new WpsWorkbook(et.Application, { now: et.now });
    await port.writeGeneratedSheet(summary(5));
    const before = model.sheets.map((s) => ({ name: s.name, values: JSON.stringify(sheetValues(s)) }));
    const names = model.names.map((n) => n.name);
    // two overlapping merges: ET refuses the second, after the values were written
    const bad = { ...summary(50), merges: [{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 0, left: 1, bottom: 1, right: 1 }] };
    await expect(port.writeGeneratedSheet(bad)).rejects.toThrow('重叠');
    expect(model.sheets.map((s) => ({ name: s.name, values: JSON.stringify(sheetValues(s)) }))).toEqual(before);
    expect(model.names.map((n) => n.name)).toEqual(names);
    expect({ screen: et.screenUpdating, alerts: et.displayAlerts, calculation: et.calculation }).toEqual({ screen: true, alerts: true, calculation: -4105 });
  });

  test('定稿 keeps text text, errors errors, and counts only formulas', async () => {
    const model = new WorkbookModel();
    const s = model.addSheet('汇总');
    model.activeSheet = s;
    model.calculator = (_sheet, _r, _c, f) => (f === '=TEXTJOIN()' ? '=不是公式' : f === '=NA()' ? '#N/A' : arithmetic(_sheet, _r, _c, f));
    const et = new EtDouble(model);
    const port = new WpsWorkbook(et.Application, { now: et.now });
    await port.setCells('汇总', [
      { cell: 'A1', value: '=我是文字' },
      { cell: 'A2', value: { formula: '=TEXTJOIN()' } },
      { cell: 'A3', value: { formula: '=3*4' } },
      { cell: 'A4', value: { formula: '=NA()' } },
    ]);
    model.sheet('汇总')!.setError(3, 0, '#N/A');
    expect(await port.formulasToValues('汇总')).toBe(3);
    const grid = await port.readSheet('汇总');
    expect(grid.rows.map((r) => r[0])).toEqual(['=我是文字', '=不是公式', 12, { error: '#N/A' }]);
    expect(model.sheet('汇总')!.formulaCells()).toEqual([]);
  });

  test('selectCell activates the sheet and selects the cell', async () => {
    const model = await modelOf(await fixtureBytes('sample.xlsx'));
    const et = new EtDouble(model, { flavour: 'method' });
    const port = new WpsWorkbook(et.Application, { now: et.now });
    const name = model.sheets[1].name;
    await port.selectCell(name, 'C7');
    expect(model.activeSheet?.name).toBe(name);
    expect(model.selection).toBe(`${name}!C7`);
    // generating (freeze panes go through the window) leaves the clerk on her sheet
    await port.writeGeneratedSheet(summary(3));
    expect(model.activeSheet?.name).toBe(name);
  });

  test('the file port and the WPS port give the same generated sheet values', async () => {
    const file = FileWorkbook.create();
    const model = new WorkbookModel();
    model.activeSheet = model.addSheet('Sheet1');
    const et = new EtDouble(model);
    const wps = new WpsWorkbook(et.Application, { now: et.now });
    const a = await file.readSheet(await file.writeGeneratedSheet(summary(20)));
    const b = await wps.readSheet(await wps.writeGeneratedSheet(summary(20)));
    expect(comparable(b).rows).toEqual(comparable(a).rows);
    expect(b.merges).toEqual(a.merges);
  });
});
