// A return saved by another writer than Excel's own: no shared-string table (every text an inline string, as WPS's and
// generators' writers may save), the 1904 date system (older Excel for Mac), dates as ISO text cells (t="d"), cells without
// their address. Built from a real form by rewriting its parts; the office expects the same rows as from Excel's file.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import JSZip from 'jszip';
import { fromSerial, formatISO } from '../../src/core/dates/civil-date';
import { cellText } from '../../src/core/sheets/grid';
import { FileWorkbook } from '../../src/workbook/file/file';
import { duban } from '../helpers/cli';
import { sheetNamed } from '../helpers/grids';
import { at, formName, lineChecker, openWorkbook, sampleWithForms, typeRows } from '../helpers/returns';

/** Rewrites a package as another writer saves it: shared strings inline, dates in the 1904 system or as ISO text, no cell addresses. */
async function asOtherWriter(bytes: Uint8Array | ArrayBuffer, submissionsPart: string, progressPart: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  // each <si> as its inline <is> (runs and all)
  const strings = [...sst.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => m[1]);
  zip.remove('xl/sharedStrings.xml');
  const rels = 'xl/_rels/workbook.xml.rels';
  zip.file(rels, (await zip.file(rels)!.async('string')).replace(/<Relationship [^>]*sharedStrings[^>]*\/>/, ''));
  zip.file('[Content_Types].xml', (await zip.file('[Content_Types].xml')!.async('string')).replace(/<Override [^>]*sharedStrings[^>]*\/>/, ''));
  const book = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', /<workbookPr/.test(book) ? book.replace(/<workbookPr/, '<workbookPr date1904="1"') : book.replace(/<sheets>/, '<workbookPr date1904="1"/><sheets>'));
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n))) {
    let xml = await zip.file(name)!.async('string');
    xml = xml.replace(/<c r="([A-Z]+\d+)"([^>]*?) t="s"([^>]*)><v>(\d+)<\/v><\/c>/g, (_, r, a, b, i) => `<c r="${r}"${a} t="inlineStr"${b}><is>${strings[Number(i)]}</is></c>`);
    if (name === progressPart) xml = xml.replace(/<c r="D(\d+)"([^>]*)><v>(\d+(?:\.\d+)?)<\/v><\/c>/g, (_, row, attrs, v) => `<c r="D${row}"${attrs}><v>${Number(v) - 1462}</v></c>`);
    if (name === submissionsPart) {
      // 报送登记's dates: row 2 as an ISO date cell, the others as 1904-system serials; row 3's cells without addresses
      xml = xml.replace(/<c r="A(\d+)"([^>]*)><v>(\d+(?:\.\d+)?)<\/v><\/c>/g, (_, row, attrs, v) => (row === '2'
        ? `<c r="A${row}"${attrs.replace(/ t="n"/, '')} t="d"><v>${formatISO(fromSerial(Number(v))!)}T00:00:00</v></c>`
        : `<c r="A${row}"${attrs}><v>${Number(v) - 1462}</v></c>`));
      xml = xml.replace(/(<row r="3"[^>]*>)([\s\S]*?)(<\/row>)/, (_, open, cells: string, close) => open + cells.replace(/<c r="[A-Z]+3"/g, '<c') + close);
    }
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

test('duban collect: a return without shared strings, in the 1904 date system, with ISO date cells, merges as Excel\'s would', async () => {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-writers-'));
  try {
    const { master, forms, back } = await sampleWithForms(dir);
    const mz = formName('市民政局');
    const wb = await openWorkbook(path.join(forms, mz));
    const sub = wb.getWorksheet('报送登记')!;
    typeRows(sub, [
      [2, [at('2023-06-15'), '民政局：防汛宣传进社区', '六安发布', '市级', '是', 3, 1]],
      [3, [at('2023-06-16'), '民政局：低保提标政策解读', '人民网', '中央级', '是', 2, 1]],
      [4, [at('2023-06-19'), { richText: [{ text: '民政局：' }, { text: '养老服务进社区', font: { strike: true } }] }, '皖西日报', '市级', '是', 3, 1]],
    ]);
    const progress = wb.getWorksheet('进展')!;
    progress.getCell('C4').value = '已完成';
    progress.getCell('D4').value = at('2023-06-28');
    const part = (sheet: typeof sub) => `xl/worksheets/sheet${wb.worksheets.indexOf(sheet) + 1}.xml`;
    await fs.writeFile(path.join(back, mz), await asOtherWriter(await wb.xlsx.writeBuffer(), part(sub), part(progress)));
    const bytes = await fs.readFile(path.join(back, mz));
    const zip = await JSZip.loadAsync(bytes);
    expect([zip.file('xl/sharedStrings.xml'), /date1904="1"/.test(await zip.file('xl/workbook.xml')!.async('string'))]).toEqual([null, true]);

    const out = path.join(dir, 'collected.xlsx');
    const res = await duban('collect', master, back, '-o', out, '--month', '2023-06');
    if (process.env.SHOW_COLLECT) console.log(res.out);
    expect(res.err).toBe('');
    const ledger = sheetNamed(await (await FileWorkbook.load(await fs.readFile(out))).readAll(), '报送台账');
    const rows = ledger.rows.map((r) => r.map((v, c) => (c === 0 && typeof v === 'number' ? formatISO(fromSerial(v)!) : cellText(v))).slice(0, 8).join('|'));
    expect(rows).toContain('2023-06-15|市民政局|民政局：防汛宣传进社区|六安发布|市级|是|3|1');
    expect(rows).toContain('2023-06-16|市民政局|民政局：低保提标政策解读|人民网|中央级|是|2|1');
    expect(rows.filter((r) => r.includes('养老服务进社区'))).toEqual([]);
    expect(res.out).toContain('新增 2 行');
    expect(res.out).toContain('写入进展 1 项');
    const line = lineChecker(res.out);
    // part of the title struck in an inline string: sent back naming the cell, as in a shared string
    line(`退回 ${mz} 第4行`, 'B4', '部分文字', '删除线');
    // the progress date, a 1904 serial, is 2023-06-28 in the task sheet (task 3 has several leads: its unit's line)
    const tasks = sheetNamed(await (await FileWorkbook.load(await fs.readFile(out))).readAll(), '任务分工表');
    expect(tasks.rows.flat().map((v) => cellText(v)).filter((t) => t.includes('市民政局：已完成 2023-06-28'))).toHaveLength(1);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
