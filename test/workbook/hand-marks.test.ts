// The marks a clerk's hand leaves, read from the package's XML: hidden rows (hidden="1" or "true"), a filter that is on, and
// text struck through by the cell's font (strike, not strike val="0") or by runs of a shared or inline string.
import JSZip from 'jszip';
import { readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { oneSheetPackage } from '../helpers/packages';

function pkg(sheet: string, sst: string): Promise<Uint8Array> {
  // fonts: 0 plain, 1 strike val="0" (off), 2 struck; cell formats 0, 1, 2 on them
  return oneSheetPackage({
    name: '报送登记',
    worksheet: sheet,
    styleSheet: '<fonts count="3"><font><sz val="11"/></font><font><strike val="0"/><sz val="11"/></font><font><b/><strike/><sz val="11"/></font></fonts>'
      + '<cellXfs count="3"><xf numFmtId="0" fontId="0"/><xf numFmtId="0" fontId="1"/><xf numFmtId="0" fontId="2"/></cellXfs>',
    sst,
  });
}

const SST = '<si><t>标题</t></si>'
  + '<si><r><t>民政局：</t></r><r><rPr><strike/></rPr><t>初稿</t></r></si>' // 1: part struck
  + '<si><r><rPr><strike/></rPr><t>全划掉</t></r><r><rPr><strike/></rPr><t> </t></r></si>' // 2: whole struck
  + '<si><r><rPr><b/></rPr><t>粗体</t></r><r><t>其余</t></r></si>'; // 3: runs, none struck

test('hidden rows, the filter and struck cells as the package marks them', async () => {
  const sheet = '<sheetData>'
    + '<row r="1"><c r="A1" t="s"><v>0</v></c></row>'
    + '<row r="2" hidden="true"><c r="A2" s="1"><v>1</v></c><c r="B2" s="2"/></row>' // B2 struck but empty: nothing
    + '<row r="3"><c r="A3" s="2"><v>5</v></c><c r="B3" t="s"><v>1</v></c><c r="C3" t="s"><v>2</v></c><c r="D3" t="s" s="2"><v>3</v></c></row>'
    + '<row r="4" hidden="1"><c r="A4" t="inlineStr"><is><r><rPr><strike val="1"/></rPr><t>内联</t></r></is></c><c r="B4" t="inlineStr" s="2"><is><t>整格</t></is></c></row>'
    + '</sheetData>';
  const [plain] = await readXlsxGrids(await pkg(sheet, SST));
  expect(plain.marks).toBeUndefined();
  const [grid] = await readXlsxGrids(await pkg(sheet, SST), { marks: true });
  expect(grid.marks).toEqual({
    hiddenRows: [1, 3], filtered: false,
    struck: [
      { row: 2, col: 0, whole: true }, // a number in a struck font
      { row: 2, col: 1, whole: false }, // one run of two
      { row: 2, col: 2, whole: true }, // every run
      { row: 2, col: 3, whole: false }, // a struck font, but a run with its own properties and no strike
      { row: 3, col: 0, whole: true },
      { row: 3, col: 1, whole: true },
    ],
  });
  const [filtered] = await readXlsxGrids(await pkg(`<sheetPr filterMode="1"/>${sheet}<autoFilter ref="A1:D4"/>`, SST), { marks: true });
  expect(filtered.marks?.filtered).toBe(true);
  const [criteria] = await readXlsxGrids(await pkg(`${sheet}<autoFilter ref="A1:D4"><filterColumn colId="0"><filters><filter val="x"/></filters></filterColumn></autoFilter>`, SST), { marks: true });
  expect(criteria.marks?.filtered).toBe(true);
  const [bare] = await readXlsxGrids(await pkg(`${sheet}<autoFilter ref="A1:D4"/>`, SST), { marks: true });
  expect(bare.marks?.filtered).toBe(false);
});

test('with nothing struck anywhere, the cell pass alone gives the hidden rows and the filter', async () => {
  const plainStyles = (bytes: Uint8Array) => JSZip.loadAsync(bytes).then(async (zip) => {
    zip.file('xl/styles.xml', (await zip.file('xl/styles.xml')!.async('string')).replace(/<strike\/>/g, ''));
    zip.file('xl/sharedStrings.xml', '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>标题</t></si></sst>');
    return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
  });
  const sheet = '<sheetPr filterMode="true"/><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2" hidden="1"><c r="A2" s="2"><v>1</v></c></row></sheetData>';
  const [grid] = await readXlsxGrids(await plainStyles(await pkg(sheet, '')), { marks: true });
  expect(grid.marks).toEqual({ hiddenRows: [1], filtered: true, struck: [] });
});

test('hidden columns: hidden="1"/"true" or a width of 0, as 0-based spans; a plain <cols> gives none', async () => {
  const data = '<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>';
  const cols = '<cols><col min="1" max="2" width="9" customWidth="1"/><col min="3" max="3" width="9" hidden="1"/>'
    + '<col min="5" max="6" width="0" customWidth="1"/><col min="8" max="16384" hidden="true"/></cols>';
  const [grid] = await readXlsxGrids(await pkg(cols + data, SST), { marks: true });
  expect(grid.marks?.hiddenColumns).toEqual([[2, 2], [4, 5], [7, 16383]]);
  const [plain] = await readXlsxGrids(await pkg('<cols><col min="1" max="3" width="12" customWidth="1"/></cols>' + data, SST), { marks: true });
  expect(plain.marks?.hiddenColumns).toBeUndefined();
});
