// The ledger scan collect runs in a worker thread: the same facts as the scan in this thread, and none (never an error) when the sheet cannot be scanned.
import ExcelJS from 'exceljs';
import { scanBeside } from '../../src/cli/ledger-scan';
import { scanAppendFacts } from '../../src/workbook/sheet-edit/cell-patch';

async function ledgerBook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('报送台账');
  ws.addRow(['日期', '单位', '标题']).font = { bold: true };
  for (let i = 0; i < 50; i++) ws.addRow([new Date(Date.UTC(2023, 5, 1 + (i % 30))), '市民政局', `民生工程宣传第${i}篇`]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

test('the worker finds what the scan in this thread finds; an unknown sheet gives no facts', async () => {
  const bytes = await ledgerBook();
  const beside = await scanBeside(bytes, '报送台账');
  expect(beside).toEqual(await scanAppendFacts(bytes, '报送台账'));
  expect(beside?.rowIndex).toBe(50);
  expect(bytes.length).toBeGreaterThan(0); // the caller's bytes are not detached by the transfer
  expect(await scanBeside(bytes, '没有这张表')).toBeUndefined();
}, 60_000);
