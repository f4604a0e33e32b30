// The generated sheets' texts in the workbook's shared string table: appended once, reused only from plain entries, a table made when there is none.
import type ExcelJS from 'exceljs';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { SheetSpec, cell } from '../../src/core/sheets/sheet-spec';
import { patchGeneratedSheets } from '../../src/workbook/sheet-edit/xlsx-patch';
import { readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { VerifiedParts } from '../../src/workbook/zip';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** A one-sheet package as a small writer would make it; `sst` is the shared strings part, or none. */
function workbook(sst?: string, sheetCells = '<c r="A1" t="inlineStr"><is><t>原有</t></is></c>'): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>${sst ? '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' : ''}</Types>`),
    '_rels/.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`),
    'xl/workbook.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="台账" sheetId="1" r:id="rId1"/></sheets></workbook>`),
    'xl/_rels/workbook.xml.rels': strToU8(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>${sst ? `<Relationship Id="rId2" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` : ''}</Relationships>`),
    'xl/worksheets/sheet1.xml': strToU8(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1">${sheetCells}</row></sheetData></worksheet>`),
  };
  if (sst) files['xl/sharedStrings.xml'] = strToU8(sst);
  return zipSync(files);
}

const spec = (...texts: string[]): SheetSpec => ({ name: '生成表', generated: true, rows: texts.map((t) => [cell(t)]) });

function parts(bytes: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, data] of Object.entries(unzipSync(bytes))) out[name] = strFromU8(data);
  return out;
}

async function exceljsValues(bytes: Uint8Array, sheet: string): Promise<unknown[]> {
  const wb = new Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  const ws = wb.getWorksheet(sheet)!;
  const out: unknown[] = [];
  ws.eachRow((row) => out.push(row.getCell(1).value));
  return out;
}

const gridValues = async (bytes: Uint8Array, sheet: string) => (await readXlsxGrids(bytes)).find((g) => g.name === sheet)!.rows.map((r) => r[0]);

test('a workbook without a table gets one, with its content type and relationship; exceljs and our reader read the texts', async () => {
  const { bytes } = await patchGeneratedSheets(workbook(), [spec('甲', '乙', '甲', '  两端空格 ', '<&>')]);
  const p = parts(bytes);
  expect(p['xl/sharedStrings.xml']).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="5" uniqueCount="4"><si><t>甲</t></si><si><t>乙</t></si><si><t xml:space="preserve">  两端空格 </t></si><si><t>&lt;&amp;&gt;</t></si></sst>`);
  expect(p['[Content_Types].xml']).toContain('<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>');
  expect(p['xl/_rels/workbook.xml.rels']).toMatch(new RegExp(`<Relationship Id="rId\\d+" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`));
  expect(p['xl/worksheets/sheet2.xml']).toContain('<c r="A3" t="s"><v>0</v></c>');
  expect(await exceljsValues(bytes, '生成表')).toEqual(['甲', '乙', '甲', '  两端空格 ', '<&>']);
  expect(await gridValues(bytes, '生成表')).toEqual(['甲', '乙', '甲', '  两端空格 ', '<&>']);
  expect(await gridValues(bytes, '台账')).toEqual(['原有']);
});

test('texts already in the table as plain text are reused; a formatted entry (runs, phonetic guide) is not; counts follow', async () => {
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="3" uniqueCount="3"><si><t>甲</t></si><si><r><rPr><b/></rPr><t>乙</t></r></si><si><t>丙</t><rPh sb="0" eb="1"><t>ひ</t></rPh></si></sst>`;
  const cells = '<c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>';
  const original = workbook(sst, cells);
  const { bytes } = await patchGeneratedSheets(original, [spec('甲', '乙', '丙', '丁')]);
  const table = parts(bytes)['xl/sharedStrings.xml'];
  // the user's entries stay as written, in their places; the table's own count was right, so ours is
  expect(table).toBe(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="7" uniqueCount="6"><si><t>甲</t></si><si><r><rPr><b/></rPr><t>乙</t></r></si><si><t>丙</t><rPh sb="0" eb="1"><t>ひ</t></rPh></si><si><t>乙</t></si><si><t>丙</t></si><si><t>丁</t></si></sst>`);
  const sheet = parts(bytes)['xl/worksheets/sheet2.xml'];
  expect([...sheet.matchAll(/<v>(\d+)<\/v>/g)].map((m) => Number(m[1]))).toEqual([0, 3, 4, 5]);
  expect(await exceljsValues(bytes, '生成表')).toEqual(['甲', '乙', '丙', '丁']);
  expect(await gridValues(bytes, '台账')).toEqual(['甲']);
});

test('the reader hands its table and its counts to the writer: the count stays exact when a generated sheet is replaced', async () => {
  const sst = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="${MAIN}" count="1" uniqueCount="1"><si><t>甲</t></si></sst>`;
  const original = workbook(sst, '<c r="A1" t="s"><v>0</v></c>');
  const once = (await patchGeneratedSheets(original, [spec('甲', '乙', '乙')])).bytes;
  expect(parts(once)['xl/sharedStrings.xml']).toContain('count="4" uniqueCount="2"');
  // replacing the generated sheet: without the reader's counts the count is not known and is left out (it is optional)
  const blind = (await patchGeneratedSheets(once, [spec('乙', '丙')])).bytes;
  expect(parts(blind)['xl/sharedStrings.xml']).toMatch(/<sst xmlns="[^"]*" uniqueCount="3">/);
  // with them, it is exact: 1 (台账) + 2 (the new 生成表); the old sheet's cells are gone
  const verified = new VerifiedParts(once);
  await readXlsxGrids(once, { verified });
  expect(verified.sharedStrings?.strings).toEqual(['甲', '乙']);
  const handed = (await patchGeneratedSheets(once, [spec('乙', '丙')], { verified })).bytes;
  expect(parts(handed)['xl/sharedStrings.xml']).toContain('count="3" uniqueCount="3"><si><t>甲</t></si><si><t>乙</t></si><si><t>丙</t></si></sst>');
  expect(await gridValues(handed, '生成表')).toEqual(['乙', '丙']);
});

test('a text that looks like an OOXML escape (_x0041_) keeps its characters', async () => {
  const { bytes } = await patchGeneratedSheets(workbook(), [spec('_x0041_', 'a_x4E2D_b')]);
  expect(parts(bytes)['xl/sharedStrings.xml']).toContain('<si><t>_x005F_x0041_</t></si>');
  expect(await gridValues(bytes, '生成表')).toEqual(['_x0041_', 'a_x4E2D_b']);
});

test('a prefixed table, with a comment after its end, keeps its prefix, its declaration made UTF-8', async () => {
  const sst = `<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="${MAIN}" uniqueCount="1"><x:si><x:t>甲</x:t></x:si></x:sst><!-- </x:sst> -->`;
  const { bytes } = await patchGeneratedSheets(workbook(sst, '<c r="A1" t="s"><v>0</v></c>'), [spec('甲', '乙')]);
  // the table had no count: it is left out rather than guessed
  expect(parts(bytes)['xl/sharedStrings.xml']).toBe(`<?xml version="1.0" encoding="UTF-8"?><x:sst xmlns:x="${MAIN}" uniqueCount="2"><x:si><x:t>甲</x:t></x:si><x:si><x:t>乙</x:t></x:si></x:sst><!-- </x:sst> -->`);
  expect(await gridValues(bytes, '生成表')).toEqual(['甲', '乙']);
  expect(await gridValues(bytes, '台账')).toEqual(['甲']);
});

test('a table whose XML is broken is refused in Chinese, not extended', async () => {
  const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}"><si><t>甲</t></si>`;
  await expect(patchGeneratedSheets(workbook(sst), [spec('乙')])).rejects.toThrow(/[\u4e00-\u9fff]/);
});
