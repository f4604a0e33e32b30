// The bounded zip reader's pieces: CRC-32 against the standard check value, and the whole-package cap across parts.
import { readFileSync } from 'fs';
import * as path from 'path';
import { InflateBudget, crc32, inflate, readZipDirectory } from '../../src/workbook/zip';
import { XlsxReadError } from '../../src/workbook/package/read-error';

test('CRC-32 of "123456789" is the standard check value 0xCBF43926, also when fed in pieces', () => {
  const bytes = new TextEncoder().encode('123456789');
  expect(crc32(bytes)).toBe(0xcbf43926);
  expect(crc32(bytes.subarray(4), crc32(bytes.subarray(0, 4)))).toBe(0xcbf43926);
});

test('the whole-package cap counts every part inflated with one budget', async () => {
  const bytes = new Uint8Array(readFileSync(path.resolve(__dirname, '..', 'fixtures', 'bad', 'hostile', 'valid.xlsx')));
  const zip = readZipDirectory(bytes);
  const sheet = zip.get('xl/worksheets/sheet1.xml')!;
  const drain = async (budget: InflateBudget) => {
    for await (const chunk of inflate(bytes, sheet, budget)) void chunk;
  };
  const budget = new InflateBudget(sheet.uncompressedSize * 2 + 10);
  await drain(budget);
  await drain(budget);
  await expect(drain(budget)).rejects.toThrow(XlsxReadError);
  await expect(drain(new InflateBudget(sheet.uncompressedSize * 2 + 10))).resolves.toBeUndefined();
});
