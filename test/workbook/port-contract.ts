// The one contract every WorkbookPort keeps (file, Office over the Excel double, WPS over the ET
// double): grids equal the streaming reader's on the fixtures; generated sheets replaced whole, a
// user's sheet never touched; text never becomes a formula; 定稿 replaces formulas by their values,
// only where asked; long writes report progress.
import { promises as fs } from 'fs';
import * as path from 'path';
import { CellValue, Grid, parseA1 } from '../../src/core/sheets/grid';
import { STYLES, SheetSpec, cell } from '../../src/core/sheets/sheet-spec';
import { FileWorkbook } from '../../src/workbook/file/file';
import { readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { WorkbookPort } from '../../src/workbook/port';
import { SheetModel, WorkbookModel } from './excel-double';
import { modelFromGrids } from './model-from-grids';

/** A port holding a workbook, and a look at what the host holds beneath it. */
export interface ContractSubject {
  readonly port: WorkbookPort;
  /** The formula a cell holds in the host, undefined where it holds a value. */
  formulaAt(sheet: string, cell: string): Promise<string | undefined>;
}

export interface ContractHost {
  readonly label: string;
  /** The workbook of these .xlsx bytes, held by the port's host. */
  open(bytes: Uint8Array): Promise<ContractSubject>;
}

export const FIXTURES = ['sample.xlsx', 'messy.xlsx', 'holidays.xlsx', 'no-header.xlsx'];

export function fixtureBytes(name: string): Promise<Buffer> {
  return fs.readFile(path.join(__dirname, '..', 'fixtures', name));
}

/** Grids as every host can agree on them: '' and empty alike, trailing empties trimmed (the streaming reader gives no number formats). */
export function comparable(grid: Grid) {
  const rows = grid.rows.map((row) => {
    const out = row.map((v) => (v === undefined || v === '' ? null : v)) as CellValue[];
    while (out.length && out[out.length - 1] === null) out.pop();
    return out;
  });
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return {
    name: grid.name,
    hidden: grid.hidden === true,
    generated: grid.generated === true,
    rows,
    merges: [...grid.merges].sort((a, b) => a.top - b.top || a.left - b.left),
  };
}

/** The Excel model (shared by both doubles) holding a workbook as exceljs reads it from bytes. */
export async function modelOf(bytes: Uint8Array): Promise<WorkbookModel> {
  return modelFromGrids(await (await FileWorkbook.load(bytes)).readAll());
}

/** Formula cell → value, for the doubles: =a*b multiplies, anything else is left as it is. */
export function arithmetic(_sheet: SheetModel, _row: number, _col: number, formula: string): string | number | boolean | null {
  const m = /^=(\d+)\*(\d+)$/.exec(formula.replace(/\s/g, ''));
  return m ? Number(m[1]) * Number(m[2]) : null;
}

/** The formula held at sheet!cell in an Excel model. */
export function modelFormula(model: WorkbookModel, sheet: string, address: string): string | undefined {
  const at = parseA1(address)!;
  return model.sheet(sheet)?.formulaAt(at.row, at.col);
}

const TRICKY_TEXT = ['=1+1', '+86 138', '-5', '00123', '2024-05-01', '#N/A', 'TRUE', '1,200', '5%', '@所有人'];

function bigSpec(name: string, rows: number, label: string): SheetSpec {
  const out = [[cell(`${label}标题`, STYLES.title)], [cell('序号', STYLES.header), cell('单位', STYLES.header), cell('得分', STYLES.header)]];
  for (let i = 0; i < rows; i++) out.push([cell(i + 1, STYLES.plain), cell(`第${i + 1}个单位`, STYLES.text), cell((i * 7) % 100, STYLES.plain)]);
  return { name, generated: true, rows: out, merges: [{ top: 0, left: 0, bottom: 0, right: 2 }], widths: [6, 20, 8], freeze: { rows: 2, columns: 0 } };
}

/** Declares the contract's tests for one host. */
export function portContract(host: ContractHost): void {
  describe(`WorkbookPort contract: ${host.label}`, () => {
    test.each(FIXTURES)('%s reads as the streaming reader reads it', async (fixture) => {
      const bytes = await fixtureBytes(fixture);
      const expected = (await readXlsxGrids(bytes)).map(comparable);
      const { port } = await host.open(bytes);
      const grids = (await port.readAll()).map(comparable);
      expect(grids).toEqual(expected);
      const one = await port.readSheet(expected[0].name);
      expect(comparable(one)).toEqual(expected[0]);
      expect((await port.listSheets()).map((s) => s.name)).toEqual(expected.map((g) => g.name));
    });

    test('a generated sheet is replaced whole; a user sheet of that name is never touched', async () => {
      const { port } = await host.open(await fixtureBytes('sample.xlsx'));
      const before = await port.readAll();
      const [userName] = await port.addSheets([{ name: '统计', generated: false, rows: [[cell('我自己的统计')], [cell(42)]] }]);
      expect(userName).toBe('统计');
      const first = await port.writeGeneratedSheet(bigSpec('统计', 30, '第一次'));
      expect(first).toBe('统计 (2)');
      const second = await port.writeGeneratedSheet(bigSpec('统计', 10, '第二次'));
      expect(second).toBe(first);
      const sheets = await port.listSheets();
      expect(sheets.filter((s) => s.name.startsWith('统计'))).toEqual([
        { name: '统计', generated: false, hidden: false },
        { name: '统计 (2)', generated: true, hidden: false },
      ]);
      expect(sheets.filter((s) => s.name.startsWith('督办生成中'))).toEqual([]);
      const user = await port.readSheet('统计');
      expect(comparable(user).rows).toEqual([['我自己的统计'], [42]]);
      const generated = await port.readSheet(second);
      expect(generated.rows[0][0]).toBe('第二次标题');
      expect(comparable(generated).rows.length).toBe(12); // the second write, not the first's 32 rows
      // the user's own sheets read as before
      const after = await port.readAll();
      for (const g of before) expect(comparable(after.find((x) => x.name === g.name)!).rows).toEqual(comparable(g).rows);
    });

    test('several sheets written at once (in one pass where the host has one, else one by one) replace and name as one by one', async () => {
      const { port } = await host.open(await fixtureBytes('sample.xlsx'));
      const writeAll = async (specs: SheetSpec[]) => {
        if (port.writeGeneratedSheets) return port.writeGeneratedSheets(specs);
        const names: string[] = [];
        for (const spec of specs) names.push(await port.writeGeneratedSheet(spec));
        return names;
      };
      const [userName] = await port.addSheets([{ name: '统计', generated: false, rows: [[cell('我自己的统计')]] }]);
      const names = await writeAll([bigSpec('统计', 5, '甲'), bigSpec('汇总', 3, '乙')]);
      expect(names).toEqual(['统计 (2)', '汇总']);
      // again: each replaces its own, the user's sheet untouched
      expect(await writeAll([bigSpec('统计', 2, '丙'), bigSpec('汇总', 1, '丁')])).toEqual(names);
      expect((await port.listSheets()).filter((s) => s.generated).map((s) => s.name)).toEqual(names);
      expect(comparable(await port.readSheet(userName)).rows).toEqual([['我自己的统计']]);
      expect((await port.readSheet(names[0])).rows[0][0]).toBe('丙标题');
      expect((await port.readSheet(names[1])).rows[0][0]).toBe('丁标题');
    });

    test('text never becomes a formula, a number or an error', async () => {
      const subject = await host.open(await fixtureBytes('sample.xlsx'));
      const { port } = subject;
      const name = await port.writeGeneratedSheet({ name: '文字', generated: true, rows: TRICKY_TEXT.map((t) => [cell(t)]) });
      const grid = await port.readSheet(name);
      expect(grid.rows.map((r) => r[0])).toEqual(TRICKY_TEXT);
      for (let i = 0; i < TRICKY_TEXT.length; i++) expect(await subject.formulaAt(name, `A${i + 1}`)).toBeUndefined();
      const [user] = await port.addSheets([{ name: '填写', generated: false, rows: [[cell('说明')]] }]);
      await port.setCells(user, TRICKY_TEXT.map((t, i) => ({ cell: `B${i + 1}`, value: t })));
      const read = await port.readSheet(user);
      expect(read.rows.map((r) => r[1])).toEqual(TRICKY_TEXT);
      for (let i = 0; i < TRICKY_TEXT.length; i++) expect(await subject.formulaAt(user, `B${i + 1}`)).toBeUndefined();
    });

    test('定稿 replaces formulas by their values, only inside the range asked', async () => {
      const subject = await host.open(await fixtureBytes('sample.xlsx'));
      const { port } = subject;
      const [sheet] = await port.addSheets([{ name: '定稿', generated: false, rows: [[cell('甲'), cell('乙'), cell('丙')]] }]);
      await port.setCells(sheet, [
        { cell: 'A2', value: { formula: '=2*3', result: 6 } },
        { cell: 'B2', value: { formula: '=4*5', result: 20 } },
        { cell: 'C2', value: { formula: '=6*7', result: 42 } },
      ]);
      expect(await subject.formulaAt(sheet, 'B2')).toBe('=4*5');
      expect(await port.formulasToValues(sheet, 'B1:C2')).toBe(2);
      expect(await subject.formulaAt(sheet, 'A2')).toBe('=2*3'); // outside the range: the clerk's formula stays
      expect(await subject.formulaAt(sheet, 'B2')).toBeUndefined();
      expect(await subject.formulaAt(sheet, 'C2')).toBeUndefined();
      expect((await port.readSheet(sheet)).rows[1]).toEqual([6, 20, 42]);
      expect(await port.formulasToValues(sheet)).toBe(1);
      expect(await subject.formulaAt(sheet, 'A2')).toBeUndefined();
      expect((await port.readSheet(sheet)).rows[1]).toEqual([6, 20, 42]);
    });

    test('a long write reports progress by rows, never going back, ending with all rows', async () => {
      const { port } = await host.open(await fixtureBytes('sample.xlsx'));
      const spec = bigSpec('进度', 6000, '进度');
      const seen: [number, number][] = [];
      await port.writeGeneratedSheet(spec, { onProgress: (done, total) => void seen.push([done, total]) });
      expect(seen.length).toBeGreaterThan(1);
      for (let i = 1; i < seen.length; i++) expect(seen[i][0]).toBeGreaterThanOrEqual(seen[i - 1][0]);
      expect(seen.every(([, total]) => total === spec.rows.length)).toBe(true);
      expect(seen[seen.length - 1]).toEqual([spec.rows.length, spec.rows.length]);
    });
  });
}
