// Generated sheets patched into .xlsx packages at the zip level: user parts byte for byte, charts kept, replaced in place, Excel-readable.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { ValueType, Workbook } from '../../src/workbook/file/exceljs-core';
import JSZip from 'jszip';
import { daysInMonth } from '../../src/core/dates/civil-date';
import { parseCsv } from '../../src/core/sheets/csv';
import { buildReport } from '../../src/core/scoring/report';
import { sampleSheets } from '../../src/core/sheets/sample';
import { SheetSpec, STYLES, cell } from '../../src/core/sheets/sheet-spec';
import { summarySheets } from '../../src/core/scoring/summaries';
import { readSampleTexts } from '../../src/cli/io';
import { FileWorkbook } from '../../src/workbook/file/file';
import { GENERATED_MARKER } from '../../src/workbook/port';
import { patchGeneratedSheets } from '../../src/workbook/sheet-edit/xlsx-patch';
import { crc32 } from '../../src/workbook/zip';
import { readXlsxGrids, readZipDirectory } from '../../src/workbook/package/xlsx-stream';
import { duban } from '../helpers/cli';
import { TODAY } from '../helpers/grids';
import { SOFFICE, runLibreOffice, testWith } from '../helpers/system';


const withLibreOffice = testWith('LibreOffice 读回测试', ['libreoffice-calc-nogui']);

/** The parts a patch may rewrite; every other part of the user's package must come out byte for byte. */
const REWRITTEN = new Set(['[content_types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docprops/app.xml']);

/** Each entry's uncompressed content (read with jszip: a second, independent zip reader). */
async function contents(bytes: Uint8Array): Promise<Map<string, Buffer>> {
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map<string, Buffer>();
  for (const [name, file] of Object.entries(zip.files)) if (!file.dir) out.set(name.toLowerCase(), await file.async('nodebuffer'));
  return out;
}

/** Each entry's stored (compressed) bytes. */
function stored(bytes: Uint8Array): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const [name, e] of readZipDirectory(bytes)) out.set(name, Buffer.from(bytes.subarray(e.dataStart, e.dataStart + e.compressedSize)));
  return out;
}

/** The <si> entries of a shared string table as written, and its counts. */
function sharedTable(xml: string): { entries: string; count?: string; uniqueCount?: string } {
  const open = /<sst\b[^>]*>/.exec(xml)!;
  return { entries: xml.slice(open.index + open[0].length, xml.lastIndexOf('</sst>')), count: attr(open[0], 'count'), uniqueCount: attr(open[0], 'uniqueCount') };
}

/** Cells of every worksheet that refer to the shared string table. */
function sharedRefs(files: Map<string, Buffer>): number {
  let n = 0;
  for (const [name, data] of files) if (/^xl\/worksheets\/[^/]+\.xml$/.test(name)) n += [...data.toString('utf8').matchAll(/<c [^>]*\bt="s"/g)].length;
  return n;
}

/**
 * Every part of `before` but the rewritten ones (and those named gone) is in `after`, equal in
 * content and in its stored bytes; the shared string table's entries are kept as written, in
 * their places, with new ones only after them.
 */
async function expectUserPartsKept(before: Uint8Array, after: Uint8Array, gone: readonly string[] = []): Promise<void> {
  const [a, b] = await Promise.all([contents(before), contents(after)]);
  const [sa, sb] = [stored(before), stored(after)];
  for (const [name, data] of a) {
    if (REWRITTEN.has(name) || gone.includes(name)) continue;
    if (name === 'xl/sharedstrings.xml') {
      const [old, now] = [sharedTable(data.toString('utf8')), sharedTable(b.get(name)!.toString('utf8'))];
      expect(now.entries.startsWith(old.entries)).toBe(true);
      continue;
    }
    expect({ name, present: b.has(name) }).toEqual({ name, present: true });
    expect({ name, same: b.get(name)!.equals(data) }).toEqual({ name, same: true });
    expect({ name, sameStored: sb.get(name)!.equals(sa.get(name)!) }).toEqual({ name, sameStored: true });
  }
  for (const name of gone) expect(b.has(name)).toBe(false);
}

const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/** The package holds together: content types, relationships, sheet ids and names. */
async function expectConsistent(bytes: Uint8Array): Promise<void> {
  const files = await contents(bytes);
  const text = (name: string) => files.get(name)!.toString('utf8');
  const types = text('[content_types].xml');
  const overrides = [...types.matchAll(/<Override [^>]*>/g)].map((m) => attr(m[0], 'PartName')!.replace(/^\//, '').toLowerCase());
  const defaults = [...types.matchAll(/<Default [^>]*>/g)].map((m) => attr(m[0], 'Extension')!.toLowerCase());
  for (const part of overrides) expect({ override: part, exists: files.has(part) }).toEqual({ override: part, exists: true });
  for (const name of files.keys()) {
    if (name === '[content_types].xml') continue;
    const typed = overrides.includes(name) || defaults.includes(name.slice(name.lastIndexOf('.') + 1));
    expect({ part: name, typed }).toEqual({ part: name, typed: true });
  }
  for (const name of files.keys()) {
    const m = /^(.*?)_rels\/([^/]*)\.rels$/.exec(name);
    if (!m) continue;
    for (const rel of text(name).matchAll(/<Relationship [^>]*>/g)) {
      if (attr(rel[0], 'TargetMode') === 'External') continue;
      const target = attr(rel[0], 'Target')!;
      const parts = (target.startsWith('/') ? target.slice(1) : m[1] + target).split('/');
      const resolved: string[] = [];
      for (const p of parts) if (p === '..') resolved.pop(); else if (p && p !== '.') resolved.push(p);
      expect({ from: name, target: resolved.join('/').toLowerCase(), exists: files.has(resolved.join('/').toLowerCase()) }).toEqual({ from: name, target: resolved.join('/').toLowerCase(), exists: true });
    }
  }
  const workbook = text('xl/workbook.xml');
  const sheets = [...workbook.matchAll(/<sheet [^>]*>/g)].map((m) => m[0]);
  const rels = text('xl/_rels/workbook.xml.rels');
  const ids = sheets.map((s) => attr(s, 'sheetId'));
  expect(new Set(ids).size).toBe(ids.length);
  const names = sheets.map((s) => attr(s, 'name'));
  expect(new Set(names).size).toBe(names.length);
  for (const s of sheets) expect(rels).toContain(`Id="${attr(s, 'r:id')}"`);
  const sheetCount = sheets.length;
  for (const m of workbook.matchAll(/localSheetId="(\d+)"/g)) expect(Number(m[1])).toBeLessThan(sheetCount);
}

async function exceljsRead(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

function markedSheets(wb: ExcelJS.Workbook): string[] {
  return (wb.definedNames.model as { name: string; ranges: string[] }[])
    .filter((d) => d.name.startsWith(GENERATED_MARKER))
    .flatMap((d) => d.ranges.map((r) => /^'?(.*?)'?!/.exec(r)![1].replace(/''/g, "'")))
    .sort();
}

/** A generated sheet using every feature the file port writes. */
function featureSpec(name = '测试生成表'): SheetSpec {
  return {
    name,
    generated: true,
    rows: [
      [cell('标题 & <特殊> "引号" \'单\'', STYLES.title)],
      [cell('  前后有空格  ', STYLES.subtitle)],
      ['文本', '比例', '日期', '布尔', '内部链接', '外部链接', '控制字符', '小数'].map((h) => cell(h, STYLES.header)),
      [cell('=1+1', STYLES.text), cell(0.875, STYLES.percent), cell(45107, STYLES.date), cell(true, STYLES.center),
        cell({ text: '任务分工表!B2', link: "#'任务分工表'!B2" }, STYLES.plain), cell({ text: '官网', link: 'https://example.com/a?b=1&c=2' }, STYLES.plain),
        cell('响铃\u0007之后', STYLES.plain), cell(12.5, STYLES.decimal)],
      [cell('=HYPERLINK("http://x","y")', STYLES.error), cell(0.5, STYLES.percent), cell(null, STYLES.date), cell(false), cell(null), cell(null), cell('换行\n第二行', STYLES.text), cell(-3, STYLES.number)],
    ],
    widths: [20, 9, 12, 6, 18, 10, 12, 8],
    merges: [{ top: 0, left: 0, bottom: 0, right: 7 }],
    freeze: { rows: 3, columns: 1 },
    autoFilter: 'A3:H5',
    validations: [
      { range: 'D4:D10', list: ['是', '否'] },
      { range: 'A4:A10', list: { source: '=单位名录!$A$2:$A$5' }, allowOther: true, prompt: '请从名录中选择' },
    ],
    conditionalFormats: [{ range: 'B4:B5', type: 'dataBar', color: '5B9BD5' }],
    tabColor: 'C00000',
  };
}

/** The built-in sample as a clerk's workbook made by exceljs (shared strings, styles). */
async function sampleWorkbook(): Promise<FileWorkbook> {
  const wb = FileWorkbook.create();
  await wb.addSheets(sampleSheets(await readSampleTexts()));
  return wb;
}

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r><a:t>各单位得分</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:cat><c:strRef><c:f>'我的图表'!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'我的图表'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1001"/></c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>`;

const CHART_ANCHOR = `<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>5</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>20</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="1001" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdDubanTestChart"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

/**
 * The sample with what a clerk adds in Excel: a sheet with a picture, a note and a bar chart (the
 * chart added to the package by hand: exceljs cannot make one), a sheet of their own named
 * 校验结果, a named range, a print area.
 */
async function clerkWorkbook(): Promise<Uint8Array> {
  const wb = await sampleWorkbook();
  const raw = wb.workbook;
  const mine = raw.addWorksheet('我的图表');
  mine.addRow(['单位', '得分']);
  mine.addRow(['金安区', 95]);
  mine.addRow(['裕安区', 88]);
  mine.addRow(['霍邱县', 91]);
  mine.getCell('A1').note = '这是我的批注';
  mine.addImage(raw.addImage({ buffer: PNG, extension: 'png' } as unknown as ExcelJS.Image), 'D2:E4');
  mine.pageSetup.printArea = 'A1:B4';
  const own = raw.addWorksheet('校验结果');
  own.addRow(['我自己的校验记录', '请勿删除']);
  own.addRow([1, '=1+1']);
  raw.definedNames.add("'单位名录'!$A$2:$A$20", '我的单位');
  const zip = await JSZip.loadAsync(await wb.save());
  const drawingName = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
  const drawing = await zip.file(drawingName)!.async('string');
  zip.file(drawingName, drawing.replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
  const relsName = drawingName.replace('drawings/', 'drawings/_rels/') + '.rels';
  const rels = await zip.file(relsName)!.async('string');
  zip.file(relsName, rels.replace('</Relationships>', '<Relationship Id="rIdDubanTestChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'));
  zip.file('xl/charts/chart1.xml', CHART);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** The report's sheets for a workbook: built once for each workbook and month, each caller given its own copy. */
const specsBuilt = new WeakMap<Uint8Array, Map<number, Promise<SheetSpec[]>>>();
async function reportSpecs(bytes: Uint8Array, month = 6): Promise<SheetSpec[]> {
  const byMonth = specsBuilt.get(bytes) ?? new Map<number, Promise<SheetSpec[]>>();
  specsBuilt.set(bytes, byMonth);
  if (!byMonth.has(month)) byMonth.set(month, buildSpecs(bytes, month));
  return structuredClone(await byMonth.get(month)!);
}
async function buildSpecs(bytes: Uint8Array, month: number): Promise<SheetSpec[]> {
  const report = buildReport(await readXlsxGrids(bytes), {
    today: TODAY,
    period: { from: { year: 2023, month, day: 1 }, to: { year: 2023, month, day: daysInMonth(2023, month) } },
  });
  return summarySheets(report, { generatedAt: '2023-06-30 10:00', asOf: report.asOf });
}

let dir: string;
let clerk: Uint8Array;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-patch-'));
  clerk = await clerkWorkbook();
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('crc32', () => {
  test('known values, and continued over pieces as over the whole', () => {
    const enc = new TextEncoder();
    expect(crc32(enc.encode('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
    const text = enc.encode('督办：任务分工表校验与汇总 '.repeat(50));
    for (const cut of [0, 1, 7, 8, 9, 100, text.length]) expect(crc32(text.subarray(cut), crc32(text.subarray(0, cut)))).toBe(crc32(text));
  });
});

describe('patchGeneratedSheets', () => {
  test('the clerk\'s chart, picture and note survive; exceljs\'s full read and write would drop the chart', async () => {
    const { bytes, names } = await patchGeneratedSheets(clerk, await reportSpecs(clerk));
    expect(names).toEqual(['校验结果 (2)', '单位任务清单', '月度通报-2023-06', '得分明细', '逾期预警', '年度考核-2023']);
    await expectUserPartsKept(clerk, bytes);
    const out = await contents(bytes);
    expect(out.get('xl/charts/chart1.xml')!.toString('utf8')).toBe(CHART);
    expect(out.has('xl/media/image1.png')).toBe(true);
    await expectConsistent(bytes);

    // the motivation: the previous path (exceljs load, write the sheets, save) loses the chart
    const viaExceljs = await FileWorkbook.load(clerk);
    for (const spec of await reportSpecs(clerk)) await viaExceljs.writeGeneratedSheet(spec);
    const lost = await contents(await viaExceljs.save());
    expect([...lost.keys()].some((n) => n.startsWith('xl/charts/'))).toBe(false);
  });

  test('the same sheets, names, markers and values as FileWorkbook.writeGeneratedSheet', async () => {
    const specs = await reportSpecs(clerk);
    const patched = await exceljsRead((await patchGeneratedSheets(clerk, specs)).bytes);
    const viaExceljs = await FileWorkbook.load(clerk);
    for (const spec of specs) await viaExceljs.writeGeneratedSheet(spec);
    const expected = await exceljsRead(await viaExceljs.save());
    expect(patched.worksheets.map((w) => w.name)).toEqual(expected.worksheets.map((w) => w.name));
    expect(markedSheets(patched)).toEqual(markedSheets(expected));
    // exceljs reads an internal link with no relationship as its text: compare links by text
    const values = (ws: ExcelJS.Worksheet) => JSON.parse(JSON.stringify(ws.getSheetValues(), (_, v) => (v && typeof v === 'object' && 'hyperlink' in v ? v.text : v)));
    for (const ws of expected.worksheets) expect({ sheet: ws.name, values: values(patched.getWorksheet(ws.name)!) }).toEqual({ sheet: ws.name, values: values(ws) });
  });

  test('every feature of a generated sheet, read back by exceljs', async () => {
    const { bytes, names } = await patchGeneratedSheets(clerk, [featureSpec()]);
    expect(names).toEqual(['测试生成表']);
    await expectUserPartsKept(clerk, bytes);
    await expectConsistent(bytes);
    const wb = await exceljsRead(bytes);
    const ws = wb.getWorksheet('测试生成表')!;
    expect(wb.worksheets[wb.worksheets.length - 1].name).toBe('测试生成表');
    expect(ws.getCell('A1').value).toBe('标题 & <特殊> "引号" \'单\'');
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A2').value).toBe('  前后有空格  ');
    expect(ws.getCell('A2').font).toMatchObject({ italic: true, color: { argb: 'FF595959' } });
    expect(ws.getCell('A3').fill).toMatchObject({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('A3').alignment).toMatchObject({ horizontal: 'center', vertical: 'middle', wrapText: true });
    expect(ws.getCell('A3').border?.top).toMatchObject({ style: 'thin', color: { argb: 'FFBFBFBF' } });
    // text that looks like a formula is text
    expect(ws.getCell('A4').value).toBe('=1+1');
    expect(ws.getCell('A4').type).toBe(ValueType.String);
    expect(ws.getCell('A5').value).toBe('=HYPERLINK("http://x","y")');
    expect(ws.getCell('A5').fill).toMatchObject({ fgColor: { argb: 'FFF8CBAD' } });
    expect(ws.getCell('B4').value).toBe(0.875);
    expect(ws.getCell('B4').numFmt).toBe('0.0%');
    expect(ws.getCell('C4').numFmt).toBe('yyyy-mm-dd');
    expect(ws.getCell('D4').value).toBe(true);
    expect(ws.getCell('D5').value).toBe(false);
    expect(ws.getCell('E4').value).toBe('任务分工表!B2');
    expect(ws.getCell('F4').value).toEqual({ text: '官网', hyperlink: 'https://example.com/a?b=1&c=2' });
    expect(ws.getCell('G4').value).toBe('响铃之后'); // a character XML cannot hold is dropped, as exceljs drops it
    expect(ws.getCell('G5').value).toBe('换行\n第二行');
    expect(ws.getCell('H4').numFmt).toBe('0.00');
    expect(ws.getCell('H5').value).toBe(-3);
    expect(ws.getColumn(1).width).toBe(20);
    expect(ws.getColumn(5).width).toBe(18);
    expect((ws.model as unknown as { merges: string[] }).merges).toEqual(['A1:H1']);
    expect(ws.getCell('C1').style.font).toMatchObject({ bold: true }); // covered cells take the master's style
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 3, topLeftCell: 'B4' });
    expect(ws.autoFilter).toBe('A3:H5');
    expect(ws.properties.tabColor).toEqual({ argb: 'FFC00000' });
    const validations = (ws as unknown as { dataValidations: { model: Record<string, ExcelJS.DataValidation> } }).dataValidations.model;
    const list = Object.entries(validations).find(([, v]) => v.formulae?.[0] === '"是,否"')!;
    expect(list[1]).toMatchObject({ type: 'list', allowBlank: true, showErrorMessage: true });
    const source = Object.values(validations).find((v) => v.formulae?.[0] === '单位名录!$A$2:$A$5')!;
    expect(source).toMatchObject({ type: 'list', errorStyle: 'information', showInputMessage: true, prompt: '请从名录中选择' });
    const cf = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string }[] }[] }).conditionalFormattings;
    expect(cf).toEqual([expect.objectContaining({ ref: 'B4:B5', rules: [expect.objectContaining({ type: 'dataBar' })] })]);
    // the internal link is a location in the sheet, needing no relationship
    const files = await contents(bytes);
    const sheetXml = [...files].map(([, d]) => d.toString('utf8')).find((x) => x.includes('<hyperlink ref="E4"'))!;
    expect(sheetXml).toContain(`<hyperlink ref="E4" location="'任务分工表'!B2" display="任务分工表!B2"/>`);
    // texts are in the shared string table, as Excel writes them: =1+1 is an entry of text, not a formula
    const entries = [...sharedTable(files.get('xl/sharedstrings.xml')!.toString('utf8')).entries.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
    const a4 = /<c r="A4" s="\d+" t="s"><v>(\d+)<\/v><\/c>/.exec(sheetXml);
    expect(entries[Number(a4?.[1])]).toBe('<t>=1+1</t>');
    expect(entries).toContain('<t xml:space="preserve">  前后有空格  </t>');
    expect(sheetXml).not.toContain('inlineStr');
    // and our own reader agrees
    const grids = await readXlsxGrids(bytes);
    const grid = grids.find((g) => g.name === '测试生成表')!;
    expect(grid.generated).toBe(true);
    expect(grid.rows[3].slice(0, 5)).toEqual(['=1+1', 0.875, 45107, true, '任务分工表!B2']);
  });

  test('running twice: one copy of each generated sheet, in the same places; the user\'s 校验结果 untouched; styles.xml does not grow', async () => {
    const once = (await patchGeneratedSheets(clerk, await reportSpecs(clerk))).bytes;
    const twice = await patchGeneratedSheets(once, await reportSpecs(once));
    expect(twice.names[0]).toBe('校验结果 (2)');
    const [a, b] = await Promise.all([exceljsRead(once), exceljsRead(twice.bytes)]);
    expect(b.worksheets.map((w) => w.name)).toEqual(a.worksheets.map((w) => w.name));
    expect(a.worksheets.map((w) => w.name)).toEqual([
      '任务分工表', '单位名录', '媒体名录', '报送台账', '抽查结果', '评分规则', '设置', '节假日', '我的图表', '校验结果',
      '校验结果 (2)', '单位任务清单', '月度通报-2023-06', '得分明细', '逾期预警', '年度考核-2023',
    ]);
    expect(markedSheets(b)).toEqual(['单位任务清单', '年度考核-2023', '得分明细', '月度通报-2023-06', '校验结果 (2)', '逾期预警']);
    const own = b.getWorksheet('校验结果')!;
    expect(own.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))).toEqual([['我自己的校验记录', '请勿删除'], [1, '=1+1']]);
    // the user's parts are still those of the original, the old generated parts are gone
    await expectUserPartsKept(clerk, twice.bytes);
    await expectConsistent(twice.bytes);
    const [first, second] = await Promise.all([contents(once), contents(twice.bytes)]);
    expect(second.get('xl/styles.xml')!.equals(first.get('xl/styles.xml')!)).toBe(true);
    // nor does the shared string table: every text of the second report is already there
    const [firstTable, secondTable] = [first, second].map((f) => sharedTable(f.get('xl/sharedstrings.xml')!.toString('utf8')));
    expect(secondTable.entries).toBe(firstTable.entries);
    expect(secondTable.uniqueCount).toBe(firstTable.uniqueCount);
    expect(Number(firstTable.uniqueCount)).toBe([...firstTable.entries.matchAll(/<si>/g)].length);
    expect(firstTable.count).toBe(String(sharedRefs(first))); // the clerk's table counted its cells right, and so do we
    expect([...second.keys()].sort()).toEqual([...first.keys()].sort());
    // styles were appended: the user's cell formats keep their indices
    const original = (await contents(clerk)).get('xl/styles.xml')!.toString('utf8');
    const xfs = (xml: string) => /<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)![1];
    expect(xfs(first.get('xl/styles.xml')!.toString('utf8')).startsWith(xfs(original))).toBe(true);
    // a different month adds its bulletin beside the other
    const june = await exceljsRead((await patchGeneratedSheets(twice.bytes, await reportSpecs(twice.bytes, 5))).bytes);
    expect(june.worksheets.map((w) => w.name).filter((n) => n.startsWith('月度通报-'))).toEqual(['月度通报-2023-06', '月度通报-2023-05']);
  });

  test('the user\'s defined names survive; names local to a replaced generated sheet go with it', async () => {
    const once = (await patchGeneratedSheets(clerk, [featureSpec()])).bytes;
    // the clerk sets a print area on the generated sheet, and one on a sheet after it
    const zip = await JSZip.loadAsync(once);
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const sheetNames = [...workbook.matchAll(/<sheet [^>]*name="([^"]*)"/g)].map((m) => m[1]);
    const generatedAt = sheetNames.indexOf('测试生成表');
    zip.file('xl/workbook.xml', workbook.replace('</definedNames>', `<definedName name="_xlnm.Print_Area" localSheetId="${generatedAt}">'测试生成表'!$A$1:$H$5</definedName></definedNames>`));
    const edited = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const twice = (await patchGeneratedSheets(edited, [featureSpec()])).bytes;
    await expectConsistent(twice);
    const xml = (await contents(twice)).get('xl/workbook.xml')!.toString('utf8');
    // as exceljs wrote them, character for character
    const before = (await contents(clerk)).get('xl/workbook.xml')!.toString('utf8');
    const userNames = [...before.matchAll(/<definedName [^>]*>[^<]*<\/definedName>/g)].map((m) => m[0]);
    // the clerk's two, and the print titles every sheet of the template carries
    expect(userNames.filter((n) => !n.includes('_xlnm.Print_Titles'))).toHaveLength(2);
    expect(userNames.filter((n) => n.includes('_xlnm.Print_Titles')).length).toBeGreaterThan(0);
    for (const n of userNames) expect(xml).toContain(n);
    const mineAt = sheetNames.indexOf('我的图表');
    expect(userNames.some((n) => n.includes(`localSheetId="${mineAt}"`) && n.includes('我的图表'))).toBe(true);
    expect(xml).not.toContain(`localSheetId="${generatedAt}"`);
    expect((xml.match(/DUBAN_GENERATED_/g) ?? []).length).toBe(1);
    const wb = await exceljsRead(twice);
    expect(wb.getWorksheet('我的图表')!.pageSetup.printArea).toBe('A1:B4');
    expect(wb.worksheets.map((w) => w.name).indexOf('测试生成表')).toBe(generatedAt);
  });

  test('a sheet name with quotes and XML specials is marked and found again', async () => {
    const name = "A&B's <表>";
    const once = await patchGeneratedSheets(clerk, [featureSpec(name)]);
    const twice = await patchGeneratedSheets(once.bytes, [featureSpec(name)]);
    expect([once.names, twice.names]).toEqual([[name], [name]]);
    const wb = await exceljsRead(twice.bytes);
    expect(wb.worksheets.filter((w) => w.name === name)).toHaveLength(1);
    expect(markedSheets(wb)).toEqual([name]);
    expect((await readXlsxGrids(twice.bytes)).find((g) => g.name === name)?.generated).toBe(true);
  });

  test('replacing sheets an earlier exceljs-based report wrote: their relationships, notes and drawings go with them, nothing else', async () => {
    // an old output: generated by FileWorkbook (internal links as relationships); the clerk added a note to one
    const old = await FileWorkbook.load(clerk);
    for (const spec of await reportSpecs(clerk)) await old.writeGeneratedSheet(spec);
    old.workbook.getWorksheet('逾期预警')!.getCell('A1').note = '看过了';
    const oldBytes = await old.save();
    const oldParts = await contents(oldBytes);
    const { bytes } = await patchGeneratedSheets(oldBytes, await reportSpecs(oldBytes));
    await expectConsistent(bytes);
    const out = await contents(bytes);
    const wb = await exceljsRead(bytes);
    expect(wb.worksheets.map((w) => w.name)).toEqual((await exceljsRead(oldBytes)).worksheets.map((w) => w.name));
    expect(markedSheets(wb)).toEqual(['单位任务清单', '年度考核-2023', '得分明细', '月度通报-2023-06', '校验结果 (2)', '逾期预警']);
    // the note on the replaced sheet is gone with it; the clerk's own sheet keeps its note, picture and drawing
    const comments = (m: Map<string, Buffer>) => [...m.keys()].filter((n) => /comments\d*\.xml$/.test(n)).map((n) => m.get(n)!.toString('utf8'));
    expect(comments(oldParts).some((c) => c.includes('看过了'))).toBe(true);
    expect(comments(out).some((c) => c.includes('看过了'))).toBe(false);
    expect(comments(out).some((c) => c.includes('这是我的批注'))).toBe(true);
    expect(wb.getWorksheet('我的图表')!.getCell('A1').note).toBeDefined();
    expect(wb.getWorksheet('我的图表')!.getImages()).toHaveLength(1);
  });

  test('docProps/app.xml: the worksheet titles follow the sheets, other groups (named ranges) kept', async () => {
    // as a Chinese Excel writes it: 工作表 then 命名范围
    const zip = await JSZip.loadAsync(clerk);
    const app = await zip.file('docProps/app.xml')!.async('string');
    const sheets = ['任务分工表', '单位名录', '媒体名录', '报送台账', '抽查结果', '评分规则', '设置', '节假日', '我的图表', '校验结果'];
    const titles = [...sheets, '我的单位'];
    const excelLike = app
      .replace(/<HeadingPairs>[\s\S]*<\/HeadingPairs>/, `<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>`)
      .replace(/<TitlesOfParts>[\s\S]*<\/TitlesOfParts>/, `<TitlesOfParts><vt:vector size="${titles.length}" baseType="lpstr">${titles.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}</vt:vector></TitlesOfParts>`);
    zip.file('docProps/app.xml', excelLike);
    const input = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const { bytes } = await patchGeneratedSheets(input, [featureSpec("A&B's 表")]);
    const out = (await contents(bytes)).get('docprops/app.xml')!.toString('utf8');
    expect(out).toContain('<vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>11</vt:i4></vt:variant>');
    expect(out).toContain('<vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant>');
    expect(out).toContain(`<vt:vector size="12" baseType="lpstr">${sheets.map((t) => `<vt:lpstr>${t}</vt:lpstr>`).join('')}<vt:lpstr>A&amp;B's 表</vt:lpstr><vt:lpstr>我的单位</vt:lpstr></vt:vector>`);
    // the rest of the part as it was
    expect(out.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, '')).toBe(excelLike.replace(/<HeadingPairs>[\s\S]*<\/TitlesOfParts>/, ''));
  });

  test('the output is a well-formed zip: jszip reads every entry with a matching CRC', async () => {
    const { bytes } = await patchGeneratedSheets(clerk, await reportSpecs(clerk));
    const zip = await JSZip.loadAsync(bytes, { checkCRC32: true });
    expect(Object.keys(zip.files).length).toBeGreaterThan(20);
  });

  test('a calculation chain that cannot be read is dropped with its relationship and content type when a generated sheet is replaced (Excel rebuilds it)', async () => {
    const { bytes: first } = await patchGeneratedSheets(clerk, [featureSpec()]);
    const zip = await JSZip.loadAsync(first);
    zip.file('xl/calcChain.xml', '<?xml version="1.0"?><calcChain xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><c r="A1" i="1"></calcChain>');
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>'));
    const types = await zip.file('[Content_Types].xml')!.async('string');
    zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>'));
    const withChain = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
    const { bytes: second } = await patchGeneratedSheets(withChain, [featureSpec()]);
    const out = await JSZip.loadAsync(second);
    expect(out.file('xl/calcChain.xml')).toBeNull();
    expect(await out.file('xl/_rels/workbook.xml.rels')!.async('string')).not.toContain('calcChain');
    expect(await out.file('[Content_Types].xml')!.async('string')).not.toContain('calcChain');
    await expectConsistent(second);
  });

  test('a package that is not a workbook is refused with a Chinese message', async () => {
    const zip = new JSZip();
    zip.file('hello.txt', '你好');
    const notXlsx = await zip.generateAsync({ type: 'uint8array' });
    await expect(patchGeneratedSheets(notXlsx, [featureSpec()])).rejects.toThrow(/Content_Types|工作簿/);
  });
});

describe('duban report on a clerk\'s workbook', () => {
  test('twice: the chart and every user part carried over, one copy of each generated sheet, =1+1 stays text', async () => {
    const input = path.join(dir, 'clerk.xlsx');
    await fs.writeFile(input, clerk);
    const once = path.join(dir, 'once.xlsx');
    const twice = path.join(dir, 'twice.xlsx');
    // both runs in the same minute of 生成于, as a clerk's two clicks would be: the shared strings are compared below, and two
    // runs on either side of a minute's turn (likelier on a busy machine) would each write their own stamp
    const now = jest.spyOn(Date, 'now').mockReturnValue(Date.UTC(2023, 6, 3, 1, 30));
    try {
      expect((await duban('report', input, '-o', once, '--month', '2023-06', '--as-of', '2023-06-30')).code).toBe(1);
      expect((await duban('report', once, '-o', twice, '--month', '2023-06', '--as-of', '2023-06-30')).code).toBe(1);
    } finally {
      now.mockRestore();
    }
    const out = await fs.readFile(twice);
    await expectUserPartsKept(clerk, out);
    await expectConsistent(out);
    const wb = await exceljsRead(out);
    expect(wb.worksheets.filter((w) => w.name.startsWith('校验结果')).map((w) => w.name)).toEqual(['校验结果', '校验结果 (2)']);
    expect(markedSheets(wb)).toEqual(['单位任务清单', '年度考核-2023', '得分明细', '月度通报-2023-06', '校验结果 (2)', '逾期预警']);
    expect((wb.definedNames.model as { name: string }[]).some((d) => d.name === '我的单位')).toBe(true);
    expect(wb.getWorksheet('校验结果')!.getCell('B2').value).toBe('=1+1');
    // the reader counted the cells of every sheet kept, so the table's count stays exact on the second report
    const files = await contents(out);
    const table = sharedTable(files.get('xl/sharedstrings.xml')!.toString('utf8'));
    expect(table.count).toBe(String(sharedRefs(files)));
    expect(table.uniqueCount).toBe(sharedTable((await contents(await fs.readFile(once))).get('xl/sharedstrings.xml')!.toString('utf8')).uniqueCount);
  });
});

describe('read back by LibreOffice Calc', () => {
  withLibreOffice('values and formats of the generated sheets, and the clerk\'s chart, as LibreOffice reads them', async () => {
    if (!SOFFICE) throw new Error('CI 需要 LibreOffice（libreoffice-calc-nogui），但没有找到 soffice');
    const specs = [...(await reportSpecs(clerk)), featureSpec()];
    const { bytes } = await patchGeneratedSheets(clerk, specs);
    const work = await fs.mkdtemp(path.join(dir, 'lo-'));
    const file = path.join(work, 'patched.xlsx');
    await fs.writeFile(file, bytes);
    const soffice = (...args: string[]) => runLibreOffice(work, [...args, '--outdir', path.join(work, 'out'), file]);
    soffice('--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1');
    const csv = async (sheet: string) => parseCsv(await fs.readFile(path.join(work, 'out', `patched-${sheet}.csv`), 'utf8'));
    const features = await csv('测试生成表');
    expect(features[0][0]).toBe('标题 & <特殊> "引号" \'单\'');
    expect(features[3]).toEqual(['=1+1', '87.5%', '2023-06-30', 'TRUE', '任务分工表!B2', '官网', '响铃之后', '12.50']);
    expect(features[4].slice(0, 2)).toEqual(['=HYPERLINK("http://x","y")', '50.0%']);
    const bulletin = await csv('月度通报-2023-06');
    // June does not start the year: 累计报送 after 实报, as the 通报's attachment tables have it
    expect(bulletin[2].slice(0, 6)).toEqual(['排名', '单位', '应报', '实报', '累计报送', '完成率']);
    const issues = await csv('校验结果 (2)');
    expect(issues[2]).toEqual(['序号', '级别', '问题', '位置', '说明', '建议', '代码']);
    expect((await csv('校验结果'))[1]).toEqual(['1', '=1+1']);

    // LibreOffice's own .xlsx of it: the styles were understood, the chart was kept
    soffice('--convert-to', 'xlsx');
    const again = await fs.readFile(path.join(work, 'out', 'patched.xlsx'));
    const wb = await exceljsRead(again);
    const ws = wb.getWorksheet('测试生成表')!;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('A3').fill).toMatchObject({ fgColor: { argb: 'FFDDEBF7' } });
    expect(ws.getCell('B4').numFmt).toBe('0.0%');
    expect([...(await contents(again)).keys()].some((n) => n.startsWith('xl/charts/'))).toBe(true);
  });
});
