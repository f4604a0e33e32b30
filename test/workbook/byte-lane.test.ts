// The byte lane (worksheet rows read from the inflated bytes) against the text scanner it stands in for: on every fixture package, on hand-made rows at the edge of the plain form, and on random mutations cut at random places, the grids, marks and errors are the same.
import { readFileSync } from 'fs';
import * as path from 'path';
import { fixturePackages, oneSheetPackage } from '../helpers/packages';
import { readXlsxGrids, StreamReadOptions } from '../../src/workbook/package/xlsx-stream';
import { PlainXmlScanner } from '../../src/workbook/xml/plain-scan';

type Read = { grids?: string; error?: string };

async function read(bytes: Uint8Array, options: StreamReadOptions): Promise<Read> {
  try {
    return { grids: JSON.stringify(await readXlsxGrids(bytes, options)) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The package read both ways, in the same pieces: the same grids (or error), and the same marks; the grids as JSON (a sheet may have a million rows). */
async function expectSameBothWays(bytes: Uint8Array, label: string, chunkSize?: number): Promise<Read> {
  const lane = await read(bytes, { chunkSize, marks: true });
  const text = await read(bytes, { chunkSize, marks: true, byteLane: false });
  expect({ label, error: lane.error }).toEqual({ label, error: text.error });
  if (lane.grids !== text.grids) {
    // where they part, to read
    let at = 0;
    while (lane.grids![at] === text.grids![at]) at++;
    expect({ label, lane: lane.grids!.slice(Math.max(0, at - 200), at + 200) }).toEqual({ label, lane: text.grids!.slice(Math.max(0, at - 200), at + 200) });
  }
  return lane;
}

/** The sheet's rows in a package with a date style (1) and three shared strings, the XML declaration as Excel writes it (CR LF after it). */
function sheetPackage(sheetData: string, around = { before: '<dimension ref="A1:D9"/>', after: '' }): Promise<Uint8Array> {
  return oneSheetPackage({
    name: '台账',
    worksheet: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:x14ac="urn:x14ac">${around.before}<sheetData>${sheetData}</sheetData>${around.after}</worksheet>`,
    styleSheet: '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>',
    sst: '<si><t>市委宣传部</t></si><si><t>标题一</t></si><si><t>是</t></si>',
  });
}

const plainRow = (r: number) => `<row r="${r}" spans="1:4" x14ac:dyDescent="0.25"><c r="A${r}" s="1"><v>44927</v></c><c r="B${r}" t="s"><v>0</v></c><c r="C${r}" t="s"><v>1</v></c><c r="D${r}"><v>${r}</v></c></row>`;

test('every fixture package: the same grids, marks and errors with the byte lane as without', async () => {
  // but the two whose one cell stands in row 1,048,576 (a million-row grid, ~1 s a read): the row at the grid's end is a case below
  const files = fixturePackages().filter((f) => !/[/\\](last-row|cell-last)\.xlsx$/.test(f));
  expect(files.length).toBeGreaterThan(50);
  let read = 0;
  for (const file of files) {
    const result = await expectSameBothWays(new Uint8Array(readFileSync(file)), path.relative(__dirname, file));
    if (result.grids) read++;
  }
  expect(read).toBeGreaterThan(40);
});

describe('rows at the edge of the plain form: read as the text scanner reads them', () => {
  const cases: Record<string, string> = {
    'rows as Excel writes them': [1, 2, 3].map(plainRow).join(''),
    'rows and cells with line breaks and indents between them': `\n  ${plainRow(1)}\n  <row r="2">\n    <c r="A2"><v>1</v></c>\n  </row>\n`,
    'empty rows, self-closing rows, hidden rows': '<row r="1"/><row r="2" hidden="1"><c r="A2"><v>5</v></c></row><row r="3" hidden="true"/><row r="4" hidden="0" ht="20" customHeight="1"><c r="B4" s="1"/></row>',
    'numbers that are not whole, and other types': '<row r="1"><c r="A1"><v>0.8482978662941605</v></c><c r="B1"><v>-3</v></c><c r="C1"><v>1E-3</v></c><c r="D1" t="b"><v>1</v></c></row>'
      + '<row r="2"><c r="A2" t="e"><v>#N/A</v></c><c r="B2" t="d"><v>2023-06-30T00:00:00</v></c><c r="C2" t="n"><v>1234567890123456</v></c><c r="D2"><v></v></c></row>',
    'a formula and an inline string in the middle of a row': `${plainRow(1)}<row r="2"><c r="A2"><v>1</v></c><c r="B2"><f>A2+1</f><v>2</v></c><c r="C2" t="inlineStr"><is><t>中文</t></is></c><c r="D2"><v>4</v></c></row>${plainRow(3)}`,
    'a row without r, a cell without r': `${plainRow(1)}<row><c r="A2"><v>1</v></c></row><row r="3"><c><v>7</v></c><c r="C3"><v>8</v></c></row>`,
    'a comment between rows': `${plainRow(1)}<!-- 备注 --><row r="2"><c r="A2"><v>1</v></c></row>`,
    'an entity in an attribute, a duplicate attribute': '<row r="1" spans="1:2&amp;"><c r="A1"><v>1</v></c></row><row r="2" r="3"><c r="A2"><v>2</v></c></row>',
    'a row number past the grid, a column past the grid': '<row r="1048577"><c r="A1"><v>1</v></c></row>',
    'the last column of the grid, a reference at the last row': `${plainRow(1)}<row r="2"><c r="XFD1048576"><v>1</v></c></row>`,
    'a column past the grid': '<row r="1"><c r="XFE1"><v>1</v></c></row>',
    'cells whose attributes are out of the plain order': '<row r="1"><c s="1" r="A1"><v>44927</v></c><c r="B1"  t="s"><v>1</v></c><c r="C1" t=\'s\'><v>2</v></c><c r="D1" cm="1"><v>3</v></c></row>',
    'a prefixed sheet': '<x:row r="1" xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:c r="A1"><x:v>1</x:v></x:c></x:row>',
    'a row left open at the end': `${plainRow(1)}<row r="2"><c r="A2"><v>1</v></c>`,
    'a cell cut short': `${plainRow(1)}<row r="2"><c r="A2"><v>1</v>`,
    'a control character in a value': '<row r="1"><c r="A1"><v>1\u0001</v></c></row>',
    'characters outside ASCII in a value': '<row r="1"><c r="A1" t="str"><v>中文</v></c><c r="B1"><v>１</v></c></row>',
  };
  for (const [name, rows] of Object.entries(cases)) {
    test(name, async () => {
      const bytes = await sheetPackage(rows);
      for (const size of [undefined, 1, 5, 64]) await expectSameBothWays(bytes, `${name} in pieces of ${size ?? 'the inflater'}`, size);
    });
  }

  test('the last row of the grid (a grid of a million rows: read once each way)', async () => {
    await expectSameBothWays(await sheetPackage(`${plainRow(1)}<row r="1048576"><c r="D1048576"><v>1</v></c></row>`), 'row 1,048,576');
  });

  test('plain rows never reach the text scanner; from a formula on, the text scanner reads them', async () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const cells = jest.spyOn(PlainXmlScanner.prototype as any, 'plainCell');
    try {
      await readXlsxGrids(await sheetPackage([1, 2, 3].map(plainRow).join('')));
      expect(cells).not.toHaveBeenCalled();
      await readXlsxGrids(await sheetPackage([1, 2, 3].map(plainRow).join('')), { byteLane: false });
      expect(cells).toHaveBeenCalledTimes(12);
      cells.mockClear();
      // row 2's second cell has a formula: the rest of row 2 (two cells after it) and row 3 (four) are the text scanner's
      await readXlsxGrids(await sheetPackage([1, 2, 3].map(plainRow).join('').replace('<c r="B2" t="s"><v>0</v></c>', '<c r="B2"><f>1</f><v>1</v></c>')));
      expect(cells).toHaveBeenCalledTimes(7);
    } finally {
      cells.mockRestore();
    }
  });

  test('the rows of a well-formed sheet are read (the lane does not only fail alike)', async () => {
    const bytes = await sheetPackage([1, 2, 3].map(plainRow).join('').replace('<row r="2"', '<row r="2" hidden="1"'), { before: '', after: '<mergeCells count="1"><mergeCell ref="A3:B3"/></mergeCells>' });
    const read = await expectSameBothWays(bytes, 'three rows and a merge');
    // dates as serials, shared strings as text, the merge read after </sheetData> (its covered cell emptied), the hidden row marked
    expect(JSON.parse(read.grids!)).toEqual([expect.objectContaining({
      name: '台账',
      rows: [[44927, '市委宣传部', '标题一', 1], [44927, '市委宣传部', '标题一', 2], [44927, null, '标题一', 3]],
      merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
      marks: expect.objectContaining({ hiddenRows: [1] }),
    })]);
  });
});

test('200 random changes to plain rows, cut at random places: the same grids or the same error', async () => {
  const base = [1, 2, 3, 4, 5, 6].map(plainRow).join('') + '<row r="8" hidden="1"><c r="A8" t="b"><v>0</v></c><c r="B8"><v>2.5</v></c></row>';
  // changes that keep the XML well-formed (each at one random place where it applies), and character edits that may not
  const wellFormed: [RegExp, string][] = [
    [/<v>44927<\/v>/g, '<v>4.5</v>'], [/ t="s"/g, ' t="str"'], [/<v>1<\/v>/g, '<f>A1</f><v>1</v>'], [/<c r="[A-Z]+[0-9]+"/g, '<c'],
    [/<row r="[0-9]+"/g, '<row'], [/<\/c>/g, '</c>\n  '], [/ spans="1:4"/g, ' spans="1:4" hidden="1"'], [/<v>0<\/v>/g, '<v>0</v><!--注-->'],
    [/<row /g, '<x:row xmlns:x="urn:x" '], [/<v>[0-9]+<\/v>/g, '<v>&#49;</v>'], [/<\/row>/g, '</row><row r="99"/>'], [/ s="1"/g, ' s="1" t="n"'],
    [/<c r="B/g, '<c r="XFE'], [/<v>0<\/v>/g, '<v>０</v>'], [/<row r="6"/g, '<row r="1048577"'], [/ s="1"/g, ' s="1234567"'],
  ];
  const palette = ['<', '>', '/', '=', '"', '&amp;', ' ', '\n', '\r', '中', '0', '9', 'r', 's', 't', 'A', '</row>', '<row r="9">', '</c>', '<v>', '</v>', '\u0001'];
  let seed = 20261207;
  const random = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x80000000;
  };
  let errors = 0;
  let grids = 0;
  for (let i = 0; i < 200; i++) {
    let rows = base;
    const edits = 1 + Math.floor(random() * 3);
    for (let e = 0; e < edits; e++) {
      if (random() < 0.75) {
        const [pattern, replacement] = wellFormed[Math.floor(random() * wellFormed.length)];
        const places = [...rows.matchAll(pattern)];
        if (places.length === 0) continue;
        const place = places[Math.floor(random() * places.length)];
        rows = rows.slice(0, place.index) + replacement + rows.slice(place.index! + place[0].length);
        continue;
      }
      const at = Math.floor(random() * rows.length);
      if (random() < 0.6) rows = rows.slice(0, at) + palette[Math.floor(random() * palette.length)] + rows.slice(at);
      else rows = rows.slice(0, at) + rows.slice(at + 1 + Math.floor(random() * 4));
    }
    const result = await expectSameBothWays(await sheetPackage(rows), JSON.stringify(rows), 1 + Math.floor(random() * 80));
    if (result.error) errors++;
    else grids++;
  }
  // the changes reach both outcomes
  expect(errors).toBeGreaterThan(20);
  expect(grids).toBeGreaterThan(60);
});
