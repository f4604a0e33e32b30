// duban collect on a master holding a picture and a chart on its ledger sheet: both survive, every part but the edited sheets byte for byte.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import JSZip from 'jszip';
import { run } from '../../src/cli/main';
import { toSerial } from '../../src/core/dates/civil-date';
import { readXlsxGrids, readZipDirectory } from '../../src/workbook/package/xlsx-stream';

const io = () => {
  const out: string[] = [];
  return { io: { out: (t: string) => void out.push(t), err: (t: string) => void out.push(t) }, out };
};

const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/><c:val><c:numRef><c:f>'报送台账'!$H$2:$H$6</c:f></c:numRef></c:val></c:ser><c:axId val="1001"/><c:axId val="1002"/></c:barChart><c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1001"/></c:valAx></c:plotArea></c:chart></c:chartSpace>`;
const CHART_ANCHOR = `<xdr:twoCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>16</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to><xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="1001" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rIdDubanTestChart"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`;

/** The sample with a picture on 报送台账 (exceljs) and a bar chart beside it (added by hand: exceljs cannot make one). */
async function masterWithDrawing(file: string): Promise<void> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet('报送台账')!.addImage(wb.addImage({ buffer: PNG, extension: 'png' } as unknown as ExcelJS.Image), 'K18:L20');
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const drawingName = Object.keys(zip.files).find((n) => /^xl\/drawings\/drawing\d+\.xml$/.test(n))!;
  zip.file(drawingName, (await zip.file(drawingName)!.async('string')).replace('</xdr:wsDr>', `${CHART_ANCHOR}</xdr:wsDr>`));
  const relsName = drawingName.replace('drawings/', 'drawings/_rels/') + '.rels';
  zip.file(relsName, (await zip.file(relsName)!.async('string')).replace('</Relationships>', '<Relationship Id="rIdDubanTestChart" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/chart1.xml"/></Relationships>'));
  zip.file('xl/charts/chart1.xml', CHART);
  const types = await zip.file('[Content_Types].xml')!.async('string');
  zip.file('[Content_Types].xml', types.replace('</Types>', '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/></Types>'));
  await fs.writeFile(file, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
}

/** A filled return of 市民政局's form for the master, in `dir`/returns. */
async function returnOf(dir: string, master: string): Promise<string> {
  expect(await run(['forms', master, '-o', path.join(dir, 'forms'), '--month', '2023-06', '--units', '市民政局'], io().io)).toBe(0);
  const [form] = await fs.readdir(path.join(dir, 'forms'));
  const filled = new Workbook();
  await filled.xlsx.readFile(path.join(dir, 'forms', form));
  const ws = filled.getWorksheet('报送登记')!;
  [['2023-06-05', '市民政局开展低保政策宣传', '六安日报', '市级', '是', null, 1], ['2023-06-12', '民政惠民政策进社区', null, null, '否', null, 2]]
    .forEach((r, i) => r.forEach((v, c) => (ws.getCell(i + 2, c + 1).value = v)));
  await fs.mkdir(path.join(dir, 'returns'), { recursive: true });
  await filled.xlsx.writeFile(path.join(dir, 'returns', form));
  return path.join(dir, 'returns');
}

test('collect keeps the chart and picture of the master; only the edited sheets and the workbook parts change', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-collect-keeps-'));
  const master = path.join(dir, '台账.xlsx');
  expect(await run(['init', master, '--sample'], io().io)).toBe(0);
  await masterWithDrawing(master);
  const returns = await returnOf(dir, master);

  const out = path.join(dir, '台账-已汇总.xlsx');
  const r = io();
  expect(await run(['collect', master, returns, '-o', out, '--month', '2023-06'], r.io)).toBe(0);
  expect(r.out.join('\n')).toContain('新增 2 行');
  const [before, after] = [await fs.readFile(master), await fs.readFile(out)];
  const [a, b] = [readZipDirectory(before), readZipDirectory(after)];
  // the parts that may change: the ledger's sheet, and those the generated 收集情况 sheet needs
  // (its texts are appended to the shared string table, whose entries stay as they were)
  const ledgerPart = 'xl/worksheets/sheet4.xml';
  const rewritten = new Set([ledgerPart, '[content_types].xml', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml', 'docprops/app.xml', 'xl/sharedstrings.xml']);
  const entries = async (bytes: Uint8Array) => /<sst[^>]*>([\s\S]*)<\/sst>/.exec(await (await JSZip.loadAsync(bytes)).file('xl/sharedStrings.xml')!.async('string'))![1];
  expect((await entries(after)).startsWith(await entries(before))).toBe(true);
  for (const [name, e] of a) {
    expect({ name, kept: b.has(name) }).toEqual({ name, kept: true });
    if (rewritten.has(name)) continue;
    const f = b.get(name)!;
    expect({ name, crc: f.crc32, same: Buffer.from(after.subarray(f.dataStart, f.dataStart + f.compressedSize)).equals(Buffer.from(before.subarray(e.dataStart, e.dataStart + e.compressedSize))) })
      .toEqual({ name, crc: e.crc32, same: true });
  }
  expect(b.has('xl/charts/chart1.xml') && b.has('xl/media/image1.png')).toBe(true);
  const sheetXml = await (await JSZip.loadAsync(after)).file(ledgerPart)!.async('string');
  expect(sheetXml).toMatch(/<drawing r:id="rId\d+"\/>/);
  const grids = await readXlsxGrids(after);
  const ledger = grids.find((g) => g.name === '报送台账')!;
  expect(ledger.rows.slice(-2).map((row) => row[2])).toEqual(['市民政局开展低保政策宣传', '民政惠民政策进社区']);
  expect(grids.map((g) => g.name)).toContain('收集情况');
  await fs.rm(dir, { recursive: true, force: true });
});

test('a macro-enabled 1904 master: .xlsm out with its macros, the new dates in its date system; .xlsx out refused', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-collect-xlsm-'));
  const plain = path.join(dir, 'plain.xlsx');
  expect(await run(['init', plain, '--sample'], io().io)).toBe(0);
  const zip = await JSZip.loadAsync(await fs.readFile(plain));
  const types = (await zip.file('[Content_Types].xml')!.async('string'))
    .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
    .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>');
  zip.file('[Content_Types].xml', types);
  zip.file('xl/vbaProject.bin', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
  const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
  zip.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  const workbookXml = await zip.file('xl/workbook.xml')!.async('string');
  expect(workbookXml).toContain('<workbookPr');
  zip.file('xl/workbook.xml', workbookXml.replace('<workbookPr', '<workbookPr date1904="1"'));
  const master = path.join(dir, '台账.xlsm');
  await fs.writeFile(master, await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
  const returns = await returnOf(dir, master);

  const refused = io();
  expect(await run(['collect', master, returns, '-o', path.join(dir, 'out.xlsx'), '--month', '2023-06'], refused.io)).toBe(2);
  const out = path.join(dir, 'out.xlsm');
  expect(await run(['collect', master, returns, '-o', out, '--month', '2023-06'], io().io)).toBe(0);
  const after = await JSZip.loadAsync(await fs.readFile(out));
  expect(await after.file('xl/vbaProject.bin')!.async('uint8array')).toEqual(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4]));
  const ledger = (await readXlsxGrids(await fs.readFile(out))).find((g) => g.name === '报送台账')!;
  const june5 = toSerial({ year: 2023, month: 6, day: 5 });
  expect(ledger.rows.slice(-2).map((row) => row[0])).toEqual([june5, june5 + 7]);
  expect(await after.file('xl/worksheets/sheet4.xml')!.async('string')).toContain(`<v>${june5 - 1462}</v>`);
  await fs.rm(dir, { recursive: true, force: true });
});
