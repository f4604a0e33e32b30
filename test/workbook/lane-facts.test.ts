// The append facts of the fast pass (lane-facts.ts) are the editor's own scan's, for every sheet it takes; a sheet the editor refuses, or one it cannot read plainly, it leaves to that scan.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { laneFacts } from '../../src/workbook/sheet-edit/lane-facts';
import { AppendFacts, patchCellsVerified, scanAppendFacts } from '../../src/workbook/sheet-edit/cell-patch';
import { scanSheet } from '../../src/workbook/sheet-edit/sheet-editor';
import { readWorkbookLayout } from '../../src/workbook/package/xlsx-stream';
import { InflateBudget, ZipEntry, readZipDirectory } from '../../src/workbook/zip';
import { fixturePackages, oneSheetPackage } from '../helpers/packages';

/** Facts compared as the appended rows use them: a style "0" is no style (both write a cell without s). */
const comparable = (f: AppendFacts) => ({
  ...f,
  lastInColumn: [...f.lastInColumn].map(([c, s]) => [c, s === '0' ? undefined : s]),
  above: { attrs: f.above.attrs, styles: [...f.above.styles].map(([c, s]) => [c, s === '0' ? undefined : s]) },
});

async function sheetsOf(bytes: Uint8Array): Promise<{ name: string; entry: ZipEntry }[]> {
  const zip = readZipDirectory(bytes);
  const layout = await readWorkbookLayout(bytes, zip, { budget: new InflateBudget() });
  return layout.sheets.flatMap((s) => {
    const entry = s.part ? zip.get(s.part) : undefined;
    return entry ? [{ name: s.name, entry }] : [];
  });
}

/** Both scans of one sheet: the editor's facts or its refusal, and the fast pass's facts or null. */
async function both(bytes: Uint8Array, sheet: { name: string; entry: ZipEntry }) {
  let saxes: AppendFacts | Error;
  try {
    saxes = await scanSheet(bytes, sheet.entry, sheet.name, new InflateBudget());
  } catch (e) {
    saxes = e as Error;
  }
  return { saxes, fast: await laneFacts(bytes, sheet.entry, new InflateBudget()) };
}

const ROOT = path.resolve(__dirname, '..', '..');
/** The fixtures, and the shared seeds when they are beside the repository (a clone elsewhere has the fixtures' copies of them). */
const SEEDS = path.join(ROOT, '..', 'shared', 'seeds');
const packages = [...fixturePackages(), ...(existsSync(SEEDS) ? fixturePackages(SEEDS).filter((f) => !f.includes('~$')) : [])];

test('every sheet of the fixtures and seeds: the fast facts are the editor\'s, or left to it; only damaged or unusual sheets are left', async () => {
  let taken = 0;
  const left: string[] = [];
  for (const file of packages) {
    let sheets: { name: string; entry: ZipEntry }[];
    const bytes = new Uint8Array(readFileSync(file));
    try {
      sheets = await sheetsOf(bytes);
    } catch {
      continue; // a package whose workbook cannot be read has no sheet to append to
    }
    for (const sheet of sheets) {
      const { saxes, fast } = await both(bytes, sheet);
      if (fast === null) {
        left.push(path.relative(ROOT, file));
        continue;
      }
      expect(saxes).not.toBeInstanceOf(Error); // never facts for a sheet the editor refuses
      expect(comparable(fast)).toEqual(comparable(saxes as AppendFacts));
      taken++;
    }
  }
  expect(taken).toBeGreaterThan(100);
  // what is left: the hostile fixtures, a sheet without rows, one in UTF-16 or GBK, CDATA
  for (const file of left) expect(file).toMatch(/fixtures\/bad\//);
});

const styles = '<cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/></cellXfs>';
const sheet = (rows: string, after = '', root = 'worksheet', prefix = '') => `<?xml version="1.0" encoding="UTF-8"?>\r\n<${prefix}${root} xmlns${prefix ? `:${prefix.slice(0, -1)}` : ''}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${prefix}sheetData>${rows}</${prefix}sheetData>${after}</${prefix}${root}>`;
const HEADER = '<row r="1"><c r="A1" t="inlineStr"><is><t>日期</t></is></c><c r="B1" t="inlineStr"><is><t>单位</t></is></c></row>';

test.each([
  ['plain rows, a styled date column and a row height', sheet(`${HEADER}<row r="2" ht="20" customHeight="1"><c r="A2" s="1"><v>45078</v></c><c r="B2" t="inlineStr"><is><t>市民政局😀</t></is></c></row>`), 'same'],
  ['cells without r, a self-closing last row, an array formula', sheet(`${HEADER}<row r="2"><c s="1"><v>45078</v></c><c><f t="array" ref="B2:B3">A2*2</f><v>1</v></c></row><row r="3"/>`, '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>'), 'same'],
  ['a namespace prefix', sheet(`<x:row r="1"><x:c r="A1" s="1"><x:v>1</x:v></x:c></x:row><x:row r="2" spans="1:2"><x:c r="B2"><x:v>2</x:v></x:c></x:row>`, '', 'worksheet', 'x:'), 'same'],
  ['a byte-order mark', `\ufeff${sheet(`${HEADER}<row r="2"><c r="B2" t="inlineStr"><is><t>市民政局</t></is></c></row>`)}`, 'same'],
  ['rows out of order', sheet(`${HEADER}<row r="3"><c r="A3"><v>1</v></c></row><row r="2"><c r="A2"><v>1</v></c></row>`), 'refused'],
  ['a cell whose ref names another row', sheet(`${HEADER}<row r="2"><c r="A3"><v>1</v></c></row>`), 'refused'],
  ['cells out of order', sheet(`${HEADER}<row r="2"><c r="B2"><v>1</v></c><c r="A2"><v>1</v></c></row>`), 'refused'],
  ['a comment after the last row', sheet(`${HEADER}<row r="2"><c r="A2"><v>1</v></c></row><!-- </sheetData> -->`), 'left'],
  ['CDATA in the last row', sheet(`${HEADER}<row r="2"><c r="A2" t="inlineStr"><is><t><![CDATA[<row r="9">]]></t></is></c></row>`), 'left'],
])('%s', async (_what, worksheet, expected) => {
  const bytes = await oneSheetPackage({ name: '报送台账', worksheet, styleSheet: styles, sst: '' });
  const [only] = await sheetsOf(bytes);
  const { saxes, fast } = await both(bytes, only);
  if (expected === 'same') {
    expect(fast).not.toBeNull();
    expect(comparable(fast!)).toEqual(comparable(saxes as AppendFacts));
  } else {
    expect(fast).toBeNull();
    if (expected === 'refused') expect(saxes).toBeInstanceOf(Error);
    else expect(saxes).not.toBeInstanceOf(Error);
  }
});

test('rows appended by the fast facts are the rows a full edit appends', async () => {
  const rows = Array.from({ length: 300 }, (_, i) => `<row r="${i + 2}"><c r="A${i + 2}" s="1"><v>${45078 + i}</v></c><c r="B${i + 2}" t="inlineStr"><is><t>第${i}篇 😀</t></is></c></row>`).join('');
  const bytes = await oneSheetPackage({ name: '报送台账', worksheet: sheet(HEADER + rows, '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'), styleSheet: styles, sst: '' });
  const facts = await scanAppendFacts(bytes, '报送台账');
  expect(facts.rowIndex).toBe(300);
  const edits = [{ sheet: '报送台账', updates: [{ cell: 'A302', value: 45200, numberFormat: 'yyyy-mm-dd' }, { cell: 'B302', value: '市民政局开展低保政策宣传' }, { cell: 'C1', value: '来源' }] }];
  const full = await patchCellsVerified(bytes, edits);
  const fast = await patchCellsVerified(bytes, edits, undefined, [facts]);
  expect(Buffer.from(fast.bytes).equals(Buffer.from(full.bytes))).toBe(true);
});
