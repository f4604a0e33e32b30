// The streaming .xlsx reader: characters split across chunk boundaries come back whole, and it reads what exceljs reads.
import { promises as fs } from 'fs';
import * as path from 'path';
import { Workbook } from '../src/workbook/file/exceljs-core';
import { checkJson } from '../src/core/validation/check-json';
import { CellValue, Grid } from '../src/core/sheets/grid';
import { checkWorkbook } from '../src/core/validation/validate';
import { FileWorkbook } from '../src/workbook/file/file';
import { XlsxReadError, decodeChunks, gridRef, readXlsxGrids, rowOf } from '../src/workbook/package/xlsx-stream';


/**
 * Grids compared as the engine sees them: trailing empty cells dropped, times to the second; the rows as their count
 * and the non-empty ones by index (a sheet whose one cell is in row 1,048,576 compares in a moment, not as a million rows).
 */
function normalized(grids: Grid[]) {
  return grids.map((g) => {
    const filled: [number, CellValue[]][] = [];
    g.rows.forEach((r, i) => {
      const cells = r.map((v): CellValue => (typeof v === 'number' ? Math.round(v * 86400 * 1000) / (86400 * 1000) : v ?? null));
      while (cells.length && cells[cells.length - 1] === null) cells.pop();
      if (cells.length) filled.push([i, cells]);
    });
    const rowCount = filled.length ? filled[filled.length - 1][0] + 1 : 0;
    return { name: g.name, rowCount, rows: filled, merges: g.merges, hidden: !!g.hidden, generated: !!g.generated };
  });
}

async function exceljsGrids(bytes: Uint8Array): Promise<Grid[]> {
  return (await FileWorkbook.load(bytes)).readAll();
}

const texts = (grids: Grid[]) => grids.flatMap((g) => g.rows.flat()).filter((v): v is string => typeof v === 'string');

describe('row numbers and references within Excel\'s grid', () => {
  test('a row attribute is 1–7 ASCII digits from 1 to 1048576', () => {
    expect([rowOf('1'), rowOf('0000012'), rowOf('1048576')]).toEqual([0, 11, 1048575]);
    for (const bad of ['', '0', '1048577', '12345678', '1.5', ' 1', '1 ', '+1', '-1', '１', '1e3', 'abc']) expect(() => rowOf(bad)).toThrow(XlsxReadError);
  });
  test('a cell reference by character codes or by the expression agrees', () => {
    expect([gridRef('A1'), gridRef('XFD1048576'), gridRef('$B$2'), gridRef('ab7')]).toEqual([{ row: 0, col: 0 }, { row: 1048575, col: 16383 }, { row: 1, col: 1 }, { row: 6, col: 27 }]);
    for (const bad of ['XFE1', 'A0', 'A1048577', '1A', 'A1B']) expect(() => gridRef(bad)).toThrow(XlsxReadError);
  });
});

describe('decodeChunks', () => {
  const text = '西阳县人社局：暖民心行动😀（第1期）\n市委宣传部、市发改委';
  const bytes = new TextEncoder().encode(text);

  test('one byte at a time: every multi-byte character straddles a boundary', async () => {
    let out = '';
    for await (const piece of decodeChunks([bytes], 1)) out += piece;
    expect(out).toBe(text);
  });

  test('split in two at every byte', async () => {
    for (let cut = 1; cut < bytes.length; cut++) {
      let out = '';
      for await (const piece of decodeChunks([bytes.subarray(0, cut), bytes.subarray(cut)])) out += piece;
      expect(out).toBe(text);
    }
  });
});

describe('readXlsxGrids', () => {
  let sample: Uint8Array;
  let ledger: Uint8Array;
  beforeAll(async () => {
    // every kind of value, with Chinese, 4-byte characters and XML specials
    const wb = FileWorkbook.create();
    const raw = wb.workbook;
    const ws = raw.addWorksheet('任务分工表');
    ws.addRow(['六安市2023年暖民心行动宣传任务分工表']);
    ws.mergeCells('A1:F1');
    ws.addRow(['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标']);
    ws.addRow([1, '开设“暖民心 在行动”专栏 <b>&amp; “引号” \'单\' 😀', '市委宣传部 市发改委', '西阳县人社局、各县区人民政府', new Date(Date.UTC(2023, 5, 30)), '每月不少于2篇']);
    ws.addRow([2, { richText: [{ text: '富文本' }, { font: { bold: true }, text: '任务' }] }, '市教体局', null, '长期坚持', { formula: 'A3+1', result: 3 }]);
    ws.addRow([3, '换行\n第二行', { error: '#REF!' }, true, 45107.5, { formula: 'B3', result: '公式结果' }]);
    ws.getCell('H10').value = '远处的单元格';
    ws.mergeCells('G4:G5');
    const hidden = raw.addWorksheet('单位名录', { state: 'veryHidden' });
    hidden.addRow(['单位名称', '别名']);
    hidden.addRow(['市委宣传部', '六安市委宣传部']);
    await wb.writeGeneratedSheet({ name: '校验结果', generated: true, rows: [[{ value: '生成的表' }], [{ value: '=1+1' }]] });
    sample = await wb.save();

    // a ledger whose sheet and shared strings span many chunks
    const big = new Workbook();
    const sheet = big.addWorksheet('报送台账');
    sheet.addRow(['日期', '单位', '标题', '媒体']);
    const units = ['西阳县人社局', '市委宣传部', '霍邱县人民政府', '金寨县融媒体中心', '市民生工作领导小组办公室'];
    for (let i = 0; i < 3000; i++) {
      sheet.addRow([new Date(Date.UTC(2023, i % 12, 1 + (i % 28))), units[i % units.length], `${units[(i * 7) % units.length]}：暖民心行动专题报道（第${i}期）`, i % 2 ? '皖西日报' : '安徽日报']);
    }
    ledger = new Uint8Array(await big.xlsx.writeBuffer());
  });

  test('reads what exceljs reads: values, merges, hidden and generated sheets', async () => {
    const grids = await readXlsxGrids(sample);
    expect(normalized(grids)).toEqual(normalized(await exceljsGrids(sample)));
    expect(grids.map((g) => [g.name, g.hidden, g.generated])).toEqual([
      ['任务分工表', false, false], ['单位名录', true, false], ['校验结果', false, true],
    ]);
    expect(grids[0].rows[2][1]).toBe('开设“暖民心 在行动”专栏 <b>&amp; “引号” \'单\' 😀');
    expect(grids[0].rows[4].slice(0, 6)).toEqual([3, '换行\n第二行', { error: '#REF!' }, true, 45107.5, '公式结果']);
    expect(grids[0].rows[3][5]).toBe(3);
    expect(grids[2].rows[1][0]).toBe('=1+1');
  });

  let expectedLedger: ReturnType<typeof normalized> | undefined;
  test.each([1, 2, 3, 5, 7, 13, 64, 4096, 16384])('chunks of %i bytes: every character whole, same grids', async (chunkSize) => {
    const expected = (expectedLedger ??= normalized(await exceljsGrids(ledger)));
    const grids = await readXlsxGrids(ledger, { chunkSize });
    expect(normalized(grids)).toEqual(expected);
    expect(texts(grids).some((t) => t.includes('\ufffd'))).toBe(false);
  });

  test('the same engine results as through exceljs on every fixture', async () => {
    const dir = path.resolve(__dirname, 'fixtures');
    const files = [
      ...(await fs.readdir(dir)).filter((f) => f.endsWith('.xlsx')).map((f) => path.join(dir, f)),
      ...['empty-workbook.xlsx', 'headers-only.xlsx', 'last-row.xlsx', 'long-cells.xlsx', 'errors-everywhere.xlsx', 'merged-headers.xlsx', 'all-hidden.xlsx'].map((f) => path.join(dir, 'bad', f)),
    ];
    const options = { today: { year: 2023, month: 6, day: 30 } };
    for (const file of files) {
      const bytes = await fs.readFile(file);
      const viaExceljs = await exceljsGrids(bytes);
      const streamed = await readXlsxGrids(bytes, { chunkSize: 7 });
      expect({ file, grids: normalized(streamed) }).toEqual({ file, grids: normalized(viaExceljs) });
      expect(checkJson(checkWorkbook(streamed, options), file)).toEqual(checkJson(checkWorkbook(viaExceljs, options), file));
    }
  });

  test('anything that is not an .xlsx package is an XlsxReadError', async () => {
    const bad = path.resolve(__dirname, 'fixtures', 'bad');
    for (const name of ['not-a-zip.xlsx', 'truncated.xlsx', 'empty-file.xlsx', 'encrypted.xlsx', 'csv-renamed.xlsx']) {
      await expect(readXlsxGrids(await fs.readFile(path.join(bad, name)))).rejects.toBeInstanceOf(XlsxReadError);
    }
    const halfSheet = sample.slice();
    // corrupt the deflated data of every part: no crash, a clear error
    for (let i = 200; i < halfSheet.length - 200; i += 97) halfSheet[i] ^= 0x5a;
    await expect(readXlsxGrids(halfSheet)).rejects.toBeInstanceOf(XlsxReadError);
  });
});
