// patchCells: cells set on the user's worksheets at the zip level — styles kept or borrowed, rows appended, dimension, 1904 dates, odd sheets refused, other parts byte for byte.
import JSZip from 'jszip';
import { strFromU8, unzipSync } from 'fflate';
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { toSerial } from '../../src/core/dates/civil-date';
import { CellUpdate } from '../../src/workbook/port';
import { AppendFacts, patchCells, patchCellsVerified, scanAppendFacts } from '../../src/workbook/sheet-edit/cell-patch';
import { FileWorkbook } from '../../src/workbook/file/file';
import { XlsxReadError, readXlsxGrids, readZipDirectory } from '../../src/workbook/package/xlsx-stream';

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** cellXfs: 0 general, 1 bold header, 2 date (built-in 14), 3 custom date with a border, 4 text with a border. */
const STYLES = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="2"><font><sz val="11"/><name val="宋体"/></font><font><b/><sz val="11"/><name val="宋体"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"/><right style="thin"/><top style="thin"/><bottom style="thin"/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="5"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="1" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0"/><xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0"/></cellXfs></styleSheet>`;
const STYLES_NO_DATES = STYLES.replace('numFmtId="14"', 'numFmtId="0"').replace('numFmtId="164" fontId', 'numFmtId="0" fontId');

const str = (ref: string, s: number, text: string) => `<c r="${ref}" s="${s}" t="inlineStr"><is><t>${text}</t></is></c>`;
const LEDGER = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><dimension ref="A1:C3"/><sheetData>`
  + `<row r="1" spans="1:3">${str('A1', 1, '日期')}${str('B1', 1, '单位')}${str('C1', 1, '数量')}</row>`
  + `<row r="2" spans="1:3" ht="20" customHeight="1"><c r="A2" s="2"><v>45000</v></c>${str('B2', 4, '甲')}<c r="C2" s="4"><v>7</v></c></row>`
  + `<row r="3" ht="20" customHeight="1"><c r="A3" s="2"><v>45001</v></c><c r="C3" s="4"><f>C2+1</f><v>8</v></c></row>`
  + `</sheetData><mergeCells count="1"><mergeCell ref="E1:F1"/></mergeCells></worksheet>`;

interface Parts {
  sheet?: string;
  styles?: string;
  date1904?: boolean;
  extra?: Record<string, string>;
  sheetRels?: string;
  workbookRels?: string;
}

/** A small package written by hand (what Excel writes, trimmed), with a picture beside the sheet. */
async function workbook(parts: Parts = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`);
  zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file('xl/workbook.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="${MAIN}" xmlns:r="${REL}"><workbookPr${parts.date1904 ? ' date1904="1"' : ''}/><sheets><sheet name="报送台账" sheetId="1" r:id="rId1"/><sheet name="其他" sheetId="2" r:id="rId2"/></sheets></workbook>`);
  zip.file('xl/_rels/workbook.xml.rels', parts.workbookRels ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/></Relationships>`);
  zip.file('xl/styles.xml', parts.styles ?? STYLES);
  zip.file('xl/worksheets/sheet1.xml', parts.sheet ?? LEDGER);
  zip.file('xl/worksheets/sheet2.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`);
  if (parts.sheetRels) zip.file('xl/worksheets/_rels/sheet1.xml.rels', parts.sheetRels);
  zip.file('xl/media/image1.png', Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64'));
  for (const [name, text] of Object.entries(parts.extra ?? {})) zip.file(name, text);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The sheet part's cells as saxes reads them: ref → attributes, formula and value. */
async function cellsOf(bytes: Uint8Array, part = 'xl/worksheets/sheet1.xml') {
  const xml = await (await JSZip.loadAsync(bytes)).file(part)!.async('string');
  const cells = new Map<string, { s?: string; t?: string; f?: string; v?: string }>();
  const rows = new Map<string, Record<string, string>>();
  let dimension = '';
  let current: { s?: string; t?: string; f?: string; v?: string } | null = null;
  let into: 'f' | 'v' | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag: SaxesTagPlain) => {
    if (tag.name === 'c') {
      current = { s: tag.attributes.s, t: tag.attributes.t };
      cells.set(tag.attributes.r, current);
    } else if (tag.name === 'row') rows.set(tag.attributes.r, tag.attributes);
    else if (tag.name === 'dimension') dimension = tag.attributes.ref;
    else if ((tag.name === 'f' || tag.name === 'v') && current) {
      into = tag.name;
      current[tag.name] = '';
    }
  });
  parser.on('closetag', (tag: SaxesTagPlain) => {
    if (tag.name === 'f' || tag.name === 'v') into = null;
    if (tag.name === 'c') current = null;
  });
  parser.on('text', (t) => {
    if (into && current) current[into] += t;
  });
  parser.write(xml).close();
  return { cells, rows, dimension, xml };
}

const ledger = async (bytes: Uint8Array) => (await readXlsxGrids(bytes)).find((g) => g.name === '报送台账')!;

/** Every entry but `changed` has the same stored (compressed) bytes and CRC-32 as before. */
function expectOthersAsStored(before: Uint8Array, after: Uint8Array, changed: readonly string[]): void {
  const a = readZipDirectory(before);
  const b = readZipDirectory(after);
  expect([...b.keys()]).toEqual([...a.keys()]);
  for (const [name, e] of a) {
    if (changed.includes(name)) continue;
    const f = b.get(name)!;
    expect({ name, crc: f.crc32, size: f.compressedSize }).toEqual({ name, crc: e.crc32, size: e.compressedSize });
    expect({ name, same: Buffer.from(after.subarray(f.dataStart, f.dataStart + f.compressedSize)).equals(Buffer.from(before.subarray(e.dataStart, e.dataStart + e.compressedSize))) }).toEqual({ name, same: true });
  }
}

async function refusal(bytes: Uint8Array, updates: CellUpdate[], sheet = '报送台账'): Promise<string> {
  const e = await patchCells(bytes, [{ sheet, updates }]).then(() => null, (err: unknown) => err);
  expect(e).toBeInstanceOf(XlsxReadError);
  const message = (e as Error).message;
  expect(message).not.toContain('\n');
  expect(message).toMatch(/[\u4e00-\u9fff]/);
  return message;
}

describe('patchCells', () => {
  test('replaces a cell keeping its style, inserts into a row in column order, appends rows styled like the row above, widens the dimension', async () => {
    const before = await workbook();
    const after = await patchCells(before, [{
      sheet: '报送台账', updates: [
        { cell: 'B2', value: '乙' },
        { cell: 'B3', value: '丙 <&> "引号"\u0007' },
        { cell: 'C3', value: 9 },
        { cell: 'D1', value: '来源' },
        { cell: 'A5', value: toSerial({ year: 2023, month: 6, day: 5 }), numberFormat: 'yyyy-mm-dd' },
        { cell: 'B5', value: '市民政局' },
        { cell: 'C5', value: Infinity },
        { cell: 'D5', value: '返回.xlsx' },
        { cell: 'A4', value: true },
      ],
    }]);
    expectOthersAsStored(before, after, ['xl/worksheets/sheet1.xml']);
    const { cells, rows, dimension, xml } = await cellsOf(after);
    expect(dimension).toBe('A1:D5');
    expect(xml).toContain('</sheetData><mergeCells count="1"><mergeCell ref="E1:F1"/></mergeCells></worksheet>'); // the rest as it was
    expect(cells.get('B2')).toMatchObject({ s: '4', t: 'inlineStr' }); // kept
    expect(cells.get('B3')).toMatchObject({ s: '4', t: 'inlineStr' }); // borrowed from B2, the row above
    expect(cells.get('C3')).toEqual({ s: '4', v: '9', t: undefined }); // the formula dropped, the style kept
    expect(cells.get('D1')?.s).toBe('1'); // no D in the row above: the header to its left
    expect(cells.get('A4')).toMatchObject({ s: '2', t: 'b', v: '1' });
    expect(cells.get('A5')).toMatchObject({ s: '2', v: String(toSerial({ year: 2023, month: 6, day: 5 })) });
    expect(cells.get('B5')?.s).toBe('4'); // no B in the row above: the nearest B of the clerk's (B2), not A's date style
    expect(cells.get('D5')?.s).toBe('4'); // no D above but the new header: its left neighbour
    expect(cells.get('C5')).toMatchObject({ s: '4', t: 'e', v: '#NUM!' });
    expect(rows.get('2')?.spans).toBeUndefined(); // an edited row's spans hint goes
    expect(rows.get('5')).toMatchObject({ ht: '20', customHeight: '1' });
    const grid = await ledger(after);
    expect(grid.rows.map((r) => [0, 1, 2, 3].map((c) => r[c] ?? null))).toEqual([
      ['日期', '单位', '数量', '来源'],
      [45000, '乙', 7, null],
      [45001, '丙 <&> "引号"', 9, null],
      [true, null, null, null],
      [toSerial({ year: 2023, month: 6, day: 5 }), '市民政局', { error: '#NUM!' }, '返回.xlsx'],
    ]);
    // exceljs (the reader behind the pane) opens it too
    const viaExceljs = await (await FileWorkbook.load(after)).readAll();
    expect(viaExceljs.find((g) => g.name === '报送台账')!.rows[4][1]).toBe('市民政局');
  });

  test('a date under a column that is not date-formatted takes the closest date format; without any, a new one like the cell\'s own', async () => {
    const date = toSerial({ year: 2023, month: 6, day: 5 });
    const after = await patchCells(await workbook(), [{ sheet: '报送台账', updates: [{ cell: 'C5', value: date, numberFormat: 'yyyy-mm-dd' }] }]);
    // C's style (4: border 1) is text; format 3 is a date with the same border
    expect((await cellsOf(after)).cells.get('C5')).toMatchObject({ s: '3', v: String(date) });
    const plain = await patchCells(await workbook({ styles: STYLES_NO_DATES }), [{ sheet: '报送台账', updates: [{ cell: 'C5', value: date, numberFormat: 'yyyy-mm-dd' }] }]);
    // no date format anywhere: C's own format with yyyy-mm-dd is appended, and the day reads back as a date
    expect((await ledger(plain)).rows[4][2]).toBe(date);
    const styles = await (await JSZip.loadAsync(plain)).file('xl/styles.xml')!.async('string');
    expect(styles).toContain('formatCode="yyyy-mm-dd"');
    // in a 1904 workbook the appended date format stores the day in that system, and it reads back as the same day
    const plain1904 = await patchCells(await workbook({ styles: STYLES_NO_DATES, date1904: true }), [{ sheet: '报送台账', updates: [{ cell: 'C5', value: date, numberFormat: 'yyyy-mm-dd' }] }]);
    expect((await cellsOf(plain1904)).cells.get('C5')?.v).toBe(String(date - 1462));
    expect((await ledger(plain1904)).rows[4][2]).toBe(date);
  });

  test('a new column (computed columns) takes its left neighbour\'s look row by row: its header like the header, its data like the data', async () => {
    const before = await cellsOf(await workbook());
    const after = await patchCells(await workbook(), [{ sheet: '报送台账', updates: [{ cell: 'D1', value: '完成率' }, { cell: 'D2', value: 0.5 }, { cell: 'D3', value: 1 }] }]);
    const { cells } = await cellsOf(after);
    expect(before.cells.get('C1')!.s).not.toBe(before.cells.get('C2')!.s);
    expect(['D1', 'D2', 'D3'].map((r) => cells.get(r)!.s)).toEqual(['C1', 'C2', 'C3'].map((r) => before.cells.get(r)!.s));
  });

  test('another number format (a rate as 0.0%) keeps the cell\'s look and adds the format once to styles.xml, existing indices untouched', async () => {
    const before = await workbook();
    const oldStyles = await (await JSZip.loadAsync(before)).file('xl/styles.xml')!.async('string');
    const after = await patchCells(before, [{ sheet: '报送台账', updates: [{ cell: 'C2', value: 0.85, numberFormat: '0.0%' }, { cell: 'C3', value: 0.5, numberFormat: '0.0%' }] }]);
    const { cells } = await cellsOf(after);
    const s2 = cells.get('C2')!.s!;
    expect(cells.get('C3')!.s).toBe(s2);
    const styles = await (await JSZip.loadAsync(after)).file('xl/styles.xml')!.async('string');
    expect(styles.match(/formatCode="0\.0%"/g)).toHaveLength(1);
    const xfs = (xml: string) => xml.slice(xml.indexOf('<cellXfs'), xml.indexOf('</cellXfs>')).match(/<xf\b[^>]*>/g)!;
    // the old entries stay as they were, in their places; the new one is appended at the index the cells use
    expect(xfs(styles).slice(0, xfs(oldStyles).length)).toEqual(xfs(oldStyles));
    expect(Number(s2)).toBe(xfs(oldStyles).length);
    expect(xfs(styles)[Number(s2)]).toMatch(/applyNumberFormat="1"/);
    expect((await ledger(after)).rows[1][2]).toBe(0.85);
    // patched again with the same format: no second entry
    const again = await patchCells(after, [{ sheet: '报送台账', updates: [{ cell: 'C2', value: 0.9, numberFormat: '0.0%' }] }]);
    expect(xfs(await (await JSZip.loadAsync(again)).file('xl/styles.xml')!.async('string'))).toHaveLength(xfs(styles).length);
  });

  test('a 1904 workbook stores dates in its own system and reads back as the same day', async () => {
    const date = toSerial({ year: 2023, month: 6, day: 5 });
    const after = await patchCells(await workbook({ date1904: true }), [{ sheet: '报送台账', updates: [{ cell: 'A5', value: date, numberFormat: 'yyyy-mm-dd' }, { cell: 'C5', value: 3 }] }]);
    const { cells } = await cellsOf(after);
    expect(cells.get('A5')?.v).toBe(String(date - 1462));
    expect(cells.get('C5')?.v).toBe('3'); // not a date: unchanged
    const grid = await ledger(after);
    expect(grid.rows[4][0]).toBe(date);
    expect(grid.rows[1][0]).toBe(45000 + 1462); // the clerk's dates read the same way
  });

  test('formulas with their cached result; an empty sheet gets its first rows', async () => {
    const empty = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:sheetData/></x:worksheet>`;
    const after = await patchCells(await workbook({ sheet: empty }), [{ sheet: '报送台账', updates: [
      { cell: 'B2', value: { formula: '=1+1', result: 2 } }, { cell: 'A1', value: '=不是公式' }, { cell: 'C2', value: { formula: 'A1&"x"', result: '=不是公式x' } },
    ] }]);
    const { xml } = await cellsOf(after);
    // text that reads like a formula is stored with a quotePrefix style (issue 21): re-typing the cell cannot revive it
    const quoted = /<x:row r="1"><x:c r="A1" s="(\d+)" t="inlineStr"><x:is><x:t>=不是公式<\/x:t><\/x:is><\/x:c><\/x:row>/.exec(xml);
    expect(quoted).not.toBeNull();
    const styles = strFromU8(unzipSync(after)['xl/styles.xml']);
    const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf\b[^>]*?(?:\/>|>[\s\S]*?<\/xf>)/g)].map((m) => m[0]);
    expect(xfs[Number(quoted![1])]).toContain('quotePrefix="1"');
    const grid = await ledger(after);
    expect(grid.rows).toEqual([['=不是公式'], [null, 2, '=不是公式x']]);
  });

  test('a long sheet edited across the inflater\'s chunks: every other cell as it was', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 20_000; r++) rows.push(`<row r="${r}"><c r="A${r}" s="2"><v>${45000 + (r % 300)}</v></c>${str(`B${r}`, 4, `单位${r}——民生工程宣传`)}</row>`);
    const sheet = `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><dimension ref="A1:B20000"/><sheetData>${rows.join('')}</sheetData></worksheet>`;
    const before = await workbook({ sheet });
    const updates: CellUpdate[] = [];
    for (let r = 7; r <= 20_000; r += 997) updates.push({ cell: `B${r}`, value: `改${r}` }, { cell: `C${r}`, value: r });
    for (let r = 20_001; r <= 20_100; r++) updates.push({ cell: `A${r}`, value: 45100, numberFormat: 'yyyy-mm-dd' }, { cell: `B${r}`, value: `新${r}` });
    const after = await patchCells(before, [{ sheet: '报送台账', updates }]);
    const [a, b] = [await ledger(before), await ledger(after)];
    expect(b.rows.length).toBe(20_100);
    // every row as it was but the edited ones (one comparison of all 20,000: an expect per row cost a second)
    const edited = (r: number) => (r + 1 - 7) % 997 === 0;
    expect(b.rows.slice(0, 20_000)).toEqual(a.rows.map((row, r) => (edited(r) ? [row[0], `改${r + 1}`, r + 1] : row)));
    expect(b.rows[20_099]).toEqual([45100, '新20100']);
    const { dimension, cells } = await cellsOf(after);
    expect(dimension).toBe('A1:C20100');
    expect(cells.get('B20100')?.s).toBe('4');
  });

  test('what cannot be edited safely is refused with one Chinese line', async () => {
    const shared = LEDGER.replace('<c r="C2" s="4"><v>7</v></c>', '<c r="C2" s="4"><f t="shared" ref="C2:C3" si="0">A2+1</f><v>7</v></c>');
    expect(await refusal(await workbook({ sheet: shared }), [{ cell: 'C2', value: 1 }])).toContain('共享公式');
    const array = LEDGER.replace('<c r="C2" s="4"><v>7</v></c>', '<c r="C2" s="4"><f t="array" ref="C2:C3">A2:A3*2</f><v>7</v></c>');
    expect(await refusal(await workbook({ sheet: array }), [{ cell: 'C3', value: 1 }])).toContain('数组公式');
    const disorder = LEDGER.replace('<row r="3"', '<row r="1"');
    expect(await refusal(await workbook({ sheet: disorder }), [{ cell: 'A9', value: 1 }])).toContain('顺序');
    expect(await refusal(await workbook(), [{ cell: 'XFE1', value: 1 }])).toContain('超出 Excel 范围');
    expect(await refusal(await workbook(), [{ cell: 'A1048577', value: 1 }])).toContain('超出 Excel 范围');
    expect(await refusal(await workbook(), [{ cell: 'A1', value: 1 }], '没有这张表')).toContain('没有这张表');
    const doctype = LEDGER.replace('<worksheet', '<!DOCTYPE x [<!ENTITY a "b">]><worksheet');
    expect(await refusal(await workbook({ sheet: doctype }), [{ cell: 'A1', value: 1 }])).toContain('DOCTYPE');
    expect(await refusal(await workbook({ sheet: LEDGER.replace('</sheetData>', '') }), [{ cell: 'A1', value: 1 }])).toMatch(/XML|sheetData/);
    // a table's header row holds its column names
    const table = {
      sheetRels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
      extra: { 'xl/tables/table1.xml': `<?xml version="1.0" encoding="UTF-8"?><table xmlns="${MAIN}" id="1" name="台账" displayName="台账" ref="A1:C3"><tableColumns count="3"><tableColumn id="1" name="日期"/><tableColumn id="2" name="单位"/><tableColumn id="3" name="数量"/></tableColumns></table>` },
    };
    expect(await refusal(await workbook(table), [{ cell: 'B1', value: '改' }])).toContain('标题行');
    const inTable = await patchCells(await workbook(table), [{ sheet: '报送台账', updates: [{ cell: 'B3', value: '丁' }] }]);
    expect((await ledger(inTable)).rows[2][1]).toBe('丁');
  });

  test('a replaced formula leaves Excel\'s calculation chain; an entry that inherited its sheet from it gets its own', async () => {
    const chain = (cells: string) => ({
      workbookRels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/><Relationship Id="rId3" Type="${REL}/styles" Target="styles.xml"/><Relationship Id="rId4" Type="${REL}/calcChain" Target="calcChain.xml"/></Relationships>`,
      extra: { 'xl/calcChain.xml': `<?xml version="1.0" encoding="UTF-8"?>\n<calcChain xmlns="${MAIN}">${cells}</calcChain>` },
    });
    const before = await workbook(chain('<c r="C3" i="1"/><c r="C2"/><c r="B1" i="2"/><c r="C3"/>'));
    const after = await patchCells(before, [{ sheet: '报送台账', updates: [{ cell: 'C3', value: 1 }, { cell: 'C2', value: 2 }] }]);
    expectOthersAsStored(before, after, ['xl/worksheets/sheet1.xml', 'xl/calcchain.xml']);
    // C3 of sheet 1 goes; C2 (no formula here) keeps its place but now says its sheet; C3 of sheet 2 stays
    expect(await (await JSZip.loadAsync(after)).file('xl/calcChain.xml')!.async('string'))
      .toBe(`<?xml version="1.0" encoding="UTF-8"?>\n<calcChain xmlns="${MAIN}"><c r="C2" i="1"/><c r="B1" i="2"/><c r="C3"/></calcChain>`);
    expect((await cellsOf(after)).cells.get('C3')).toEqual({ s: '4', v: '1', t: undefined });
    // a chain that would be left empty is not written
    expect(await refusal(await workbook(chain('<c r="C3" i="1"/>')), [{ cell: 'C3', value: 1 }])).toContain('计算链');
  });

  test('rows appended right below a table join it (its ref and filter grow); a table with a totals row stays as it was', async () => {
    const tableXml = (extra: string) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="台账" displayName="台账" ref="A1:C3"${extra}><autoFilter ref="A1:C3"/><tableColumns count="3"><tableColumn id="1" name="日期"/><tableColumn id="2" name="单位"/><tableColumn id="3" name="数量"/></tableColumns><tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></table>`;
    const parts = (extra: string) => ({
      sheetRels: `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`,
      extra: { 'xl/tables/table1.xml': tableXml(extra) },
    });
    const updates: CellUpdate[] = [{ cell: 'A4', value: 45100 }, { cell: 'B4', value: '乙' }, { cell: 'B5', value: '丙' }, { cell: 'D5', value: '来源' }, { cell: 'B7', value: '隔一行' }];
    const before = await workbook(parts(''));
    const after = await patchCells(before, [{ sheet: '报送台账', updates }]);
    expectOthersAsStored(before, after, ['xl/worksheets/sheet1.xml', 'xl/tables/table1.xml']);
    const table = await (await JSZip.loadAsync(after)).file('xl/tables/table1.xml')!.async('string');
    expect(table).toBe(tableXml('').replace('ref="A1:C3"', 'ref="A1:C5"').replace('<autoFilter ref="A1:C3"/>', '<autoFilter ref="A1:C5"/>'));
    const totals = await workbook(parts(' totalsRowCount="1"'));
    expectOthersAsStored(totals, await patchCells(totals, [{ sheet: '报送台账', updates }]), ['xl/worksheets/sheet1.xml']);
  });

  test('no edits: the package comes back as it was', async () => {
    const before = await workbook();
    expect(await patchCells(before, [{ sheet: '报送台账', updates: [] }])).toBe(before);
  });
});

describe('appending with the facts of an earlier scan (duban collect scans the ledger beside reading the returns)', () => {
  /** The package patched with the facts of a scan, and without: the same bytes, or the same refusal. */
  async function same(before: Uint8Array, updates: CellUpdate[], facts?: AppendFacts[]): Promise<Uint8Array> {
    const known = facts ?? [await scanAppendFacts(before, '报送台账')];
    const [full, fast] = await Promise.all([
      patchCells(before, [{ sheet: '报送台账', updates }]).catch((e: Error) => e),
      patchCellsVerified(before, [{ sheet: '报送台账', updates }], undefined, known).then((r) => r.bytes, (e: Error) => e),
    ]);
    if (full instanceof Error) {
      expect(fast).toBeInstanceOf(XlsxReadError);
      expect((fast as Error).message).toBe(full.message);
      return before;
    }
    expect(fast).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(fast as Uint8Array).equals(Buffer.from(full))).toBe(true);
    return full;
  }
  const appended: CellUpdate[] = [
    { cell: 'A4', value: toSerial({ year: 2023, month: 6, day: 5 }), numberFormat: 'yyyy-mm-dd' }, { cell: 'B4', value: '=HYPERLINK("x")' },
    { cell: 'D4', value: '返回.xlsx' }, { cell: 'C5', value: 0.25, numberFormat: '0.0%' }, { cell: 'B6', value: ' 前后有空格 ' },
  ];

  test('rows below the last come out byte for byte as the full edit makes them, the scanned text copied and not parsed again', async () => {
    const after = await same(await workbook(), appended);
    const { cells, dimension } = await cellsOf(after);
    expect(dimension).toBe('A1:D6');
    expect(cells.get('B4')?.s).not.toBe('4'); // formula-looking text: a quotePrefix look of the borrowed style
    expect((await ledger(after)).rows[3]).toEqual([toSerial({ year: 2023, month: 6, day: 5 }), '=HYPERLINK("x")', null, '返回.xlsx']);
    // a prefixed, self-closing sheetData; a 1904 workbook; a sheet long enough to cross the inflater's chunks
    await same(await workbook({ sheet: `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="${MAIN}"><x:dimension ref="A1"/><x:sheetData/></x:worksheet>` }), appended);
    await same(await workbook({ date1904: true }), appended);
    const rows: string[] = [];
    for (let r = 1; r <= 20_000; r++) rows.push(`<row r="${r}" ht="18"><c r="A${r}" s="2"><v>${45000 + (r % 300)}</v></c>${str(`B${r}`, 4, `单位${r}——民生工程宣传`)}</row>`);
    const long = await workbook({ sheet: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><dimension ref="A1:B20000"/><sheetData>${rows.join('')}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>` });
    const tail: CellUpdate[] = [];
    for (let r = 20_001; r <= 20_300; r++) tail.push({ cell: `A${r}`, value: 45100, numberFormat: 'yyyy-mm-dd' }, { cell: `B${r}`, value: `新${r}` }, { cell: `C${r}`, value: 'x.xlsx' });
    expect((await ledger(await same(long, tail))).rows[20_299]).toEqual([45100, '新20300', 'x.xlsx']);
    expect((await ledger(await same(long, [{ cell: 'C1', value: '来源' }, { cell: 'B500', value: '改' }, ...tail]))).rows[0][2]).toBe('来源'); // a new column's header
    // what the append goes by past the last edited row is the facts (told that B's last style is the header's, the new B cells take it)
    const facts = await scanAppendFacts(long, '报送台账');
    const told = await patchCellsVerified(long, [{ sheet: '报送台账', updates: tail }], undefined, [{ ...facts, lastInColumn: new Map([[1, '1']]) }]);
    expect((await cellsOf(told.bytes)).cells.get('B20300')?.s).toBe('1');
    // an array formula high above that reaches the new rows: refused alike, though its row is not parsed again
    const arrayAbove = await workbook({ sheet: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows.join('').replace('单位2——民生工程宣传</t></is></c>', '单位2——民生工程宣传</t></is></c><c r="C2"><f t="array" ref="C2:C30000">A2:A30000*2</f><v>1</v></c>')}</sheetData></worksheet>` });
    expect(await same(arrayAbove, tail)).toBe(arrayAbove);
  });

  test('the rows past the edits go on as the inflated bytes: a byte-order mark and Chinese after </sheetData> alike; a tail that does not match is refused', async () => {
    const rows: string[] = [];
    for (let r = 1; r <= 20_000; r++) rows.push(`<row r="${r}"><c r="A${r}" s="2"><v>${45000 + (r % 300)}</v></c>${str(`B${r}`, 4, `单位${r}——“暖民心”行动宣传`)}</row>`);
    const footer = '<headerFooter><oddFooter>&amp;C第 &amp;P 页，共 &amp;N 页（督办）</oddFooter></headerFooter>';
    const long = await workbook({ sheet: `\ufeff<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><dimension ref="A1:B20000"/><sheetData>${rows.join('')}</sheetData>${footer}</worksheet>` });
    const tail: CellUpdate[] = [];
    for (let r = 20_001; r <= 20_050; r++) tail.push({ cell: `A${r}`, value: 45100, numberFormat: 'yyyy-mm-dd' }, { cell: `B${r}`, value: `新增${r}` });
    const facts = await scanAppendFacts(long, '报送台账');
    expect(facts.tailBytes).toBe(new TextEncoder().encode(`</sheetData>${footer}</worksheet>`).length);
    const after = await same(long, tail, [facts]);
    expect((await ledger(after)).rows[20_049]).toEqual([45100, '新增20050']);
    // facts that put </sheetData> elsewhere in these very bytes: refused, nothing written wrong
    await expect(patchCellsVerified(long, [{ sheet: '报送台账', updates: tail }], undefined, [{ ...facts, tailBytes: facts.tailBytes! + 3 }])).rejects.toThrow('与扫描时不同');
  });

  test('edits above the last row, facts of other bytes, and what the full edit refuses: the facts are not used, the result the same', async () => {
    const before = await workbook();
    await same(before, [{ cell: 'B2', value: '乙' }, { cell: 'D1', value: '来源' }, ...appended]); // rows of the sheet's own edited too
    await same(before, [{ cell: 'C3', value: 5 }, ...appended]); // the last row too
    const other = await scanAppendFacts(await workbook({ sheet: LEDGER.replace('甲', '丙') }), '报送台账');
    await same(before, appended, [other]);
    const array = LEDGER.replace('<c r="C2" s="4"><v>7</v></c>', '<c r="C2" s="4"><f t="array" ref="C2:C9">A2:A9*2</f><v>7</v></c>');
    await same(await workbook({ sheet: array }), [{ cell: 'C5', value: 1 }]); // inside an array formula: refused alike
    const disorder = LEDGER.replace('<row r="3"', '<row r="1"');
    await expect(scanAppendFacts(await workbook({ sheet: disorder }), '报送台账')).rejects.toThrow('顺序');
    await expect(scanAppendFacts(before, '没有这张表')).rejects.toThrow('没有这张表');
  });

  test('rows appended right below a table join it alike', async () => {
    const sheetRels = `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="${PKG}"><Relationship Id="rId1" Type="${REL}/table" Target="../tables/table1.xml"/></Relationships>`;
    const table = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN}" id="1" name="台账" displayName="台账" ref="A1:C3"><autoFilter ref="A1:C3"/><tableColumns count="3"><tableColumn id="1" name="日期"/><tableColumn id="2" name="单位"/><tableColumn id="3" name="数量"/></tableColumns></table>`;
    await same(await workbook({ sheetRels, extra: { 'xl/tables/table1.xml': table } }), appended);
  });
});
