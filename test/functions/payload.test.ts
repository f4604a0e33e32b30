// A column of CHECKUNITS formulas each passing 单位名录!$A$1:$D$2001 against Excel on the web's 5 MB custom-function payload
// (https://github.com/OfficeDev/office-js/issues/4654): a few hundred pass the limit, as docs/ADDIN.md and help.html say, and
// the REGISTRY handle they are steered to gives the same answers at a few dozen bytes a call.
import * as fs from 'fs';
import * as path from 'path';
import { readSampleTexts } from '../../src/cli/io';
import { sampleSheets } from '../../src/core/sheets/sample';
import * as fns from '../../src/functions/functions';
import { ARGUMENT_PAYLOAD_LIMIT, callFromCell, installRuntime } from './excel-runtime';

let restore: () => void;
beforeAll(() => {
  restore = installRuntime();
});
afterAll(() => restore());

/** 单位名录!$A$1:$D$2001 of the sample workbook as Excel passes it ('' for empty cells). */
async function registryRange(): Promise<unknown[][]> {
  const sheet = sampleSheets(await readSampleTexts()).find((s) => s.name === '单位名录')!;
  const out: unknown[][] = [];
  for (let r = 0; r < 2001; r++) {
    const row: unknown[] = [];
    for (let c = 0; c < 4; c++) {
      const v = sheet.rows[r]?.[c]?.value ?? '';
      row.push(v === null || typeof v === 'object' ? '' : v);
    }
    out.push(row);
  }
  return out;
}

const bytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x), 'utf8');

test('300 CHECKUNITS over $A$1:$D$2001 pass the web’s 5 MB; over the REGISTRY handle they stay far below, with the same answers', async () => {
  const range = await registryRange();
  const perCall = bytes(['市发改委', range]);
  expect(perCall).toBeGreaterThan(30_000); // "约 35 KB" in the docs
  expect(perCall).toBeLessThan(40_000);
  const texts = Array.from({ length: 300 }, (_, i) => ['市委宣传部', '市发改委', '市教育局', '市人社局 市民政局'][i % 4]);
  expect(bytes(texts.map((t) => [t, range]))).toBeGreaterThan(ARGUMENT_PAYLOAD_LIMIT);

  const handle = callFromCell(fns.registry as never, [range]);
  expect(handle).toHaveProperty('value');
  const cell = [[(handle as { value: string }).value]];
  expect(bytes(texts.map((t) => [t, cell]))).toBeLessThan(ARGUMENT_PAYLOAD_LIMIT / 100);
  for (const t of texts.slice(0, 4)) expect(callFromCell(fns.checkUnits as never, [t, cell], 'web')).toEqual(callFromCell(fns.checkUnits as never, [t, range]));
});

test('help.html and docs/ADDIN.md steer columns of formulas to the REGISTRY handle or an Excel table', () => {
  const help = fs.readFileSync(path.join(__dirname, '../../src/help/help.html'), 'utf8');
  const doc = fs.readFileSync(path.join(__dirname, '../../docs/ADDIN.md'), 'utf8');
  for (const text of [help, doc]) {
    expect(text).toMatch(/几百个[^。]*5 MB[^。]*#CALC!/);
    expect(text).toMatch(/DUBAN\.REGISTRY\(单位名录!\$A\$1:\$D\$2001\)[^。]*表格/);
  }
});
