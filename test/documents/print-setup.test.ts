// Sheets print on A4, one page wide, header rows repeated (generated sheets with page numbers centred, the 分工表 and other user sheets of the template too): checked in the package XML of
// both writers (duban report's zip patch, exceljs for demo) and by LibreOffice's PDF of the bulletin sheet.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import { printOrientation } from '../../src/core/sheets/sheet-spec';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { duban } from '../helpers/cli';
import { runLibreOffice, testWith } from '../helpers/system';


describe('print setup of generated sheets', () => {
  let dir: string;
  let report: string;
  let demo: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-print-'));
    const sample = path.join(dir, 'sample.xlsx');
    report = path.join(dir, 'report.xlsx');
    demo = path.join(dir, 'demo.xlsx');
    await duban('init', sample, '--sample');
    await duban('report', sample, '-o', report, '--month', '2023-06');
    await duban('demo', '-o', demo);
  });
  afterAll(() => dir && fs.rm(dir, { recursive: true, force: true }));

  async function parts(file: string, sheetName: string) {
    const zip = await JSZip.loadAsync(await fs.readFile(file));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    const names = [...workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)].map((m) => ({ name: m[1], rid: m[2] }));
    const index = names.findIndex((n) => n.name === sheetName);
    const rels = await zip.file('xl/_rels/workbook.xml.rels')!.async('string');
    const target = new RegExp(`Id="${names[index].rid}"[^>]*Target="/?(?:xl/)?([^"]+)"|Target="/?(?:xl/)?([^"]+)"[^>]*Id="${names[index].rid}"`).exec(rels)!;
    const sheet = await zip.file(`xl/${target[1] ?? target[2]}`)!.async('string');
    return { workbook, index, sheet };
  }

  test.each([
    ['duban report (zip patch)', () => report, '月度通报-2023-06'],
    ['duban demo (exceljs)', () => demo, '通报-20230101-20230630'],
  ])('%s: A4 landscape, one page wide, rows 1–3 repeated, page numbers', async (_label, file, name) => {
    const { workbook, index, sheet } = await parts(file(), name);
    expect(sheet).toMatch(/<pageSetUpPr [^>]*fitToPage="1"/);
    expect(sheet).toMatch(/<pageSetup [^>]*paperSize="9"/);
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToHeight="0"/);
    expect(sheet).toContain('&amp;C第 &amp;P 页，共 &amp;N 页');
    expect(workbook).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">(?:'|&apos;)${name}(?:'|&apos;)!\\$1:\\$3</definedName>`));
  });

  test('a sheet wider than A4 portrait holds readably prints landscape (issue 21: tiny portrait print)', async () => {
    // 单位任务清单: 单位 22 + 角色 7 + 序号 6 + 任务 56 + 完成时限 14 + 量化指标 18 + 状态 9 = 132 characters
    const { sheet } = await parts(report, '单位任务清单');
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    // and the task text wraps in rows tall enough to print whole
    expect(sheet).toMatch(/<row r="4" ht="\d+" customHeight="1">/);
    expect(printOrientation([22, 7, 6, 40, 14])).toBe('portrait');
    expect(printOrientation([22, 7, 6, 56, 14, 18, 9])).toBe('landscape');
  });

  test('the 分工表 of the sample prints as offices print it: landscape, one page wide, title and header on every page, rows tall enough', async () => {
    // 序号 6 + 主要任务 40 + 牵头 … + 备注: 176 characters, wider than portrait holds
    const sample = path.join(dir, 'sample.xlsx');
    const { workbook, index, sheet } = await parts(sample, '任务分工表');
    expect(sheet).toMatch(/<pageSetup [^>]*orientation="landscape"/);
    expect(sheet).toMatch(/<pageSetup [^>]*fitToWidth="1"/);
    expect(workbook).toMatch(new RegExp(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">(?:'|&apos;)任务分工表(?:'|&apos;)!\\$1:\\$2</definedName>`));
    // task 2 (row 4) runs over four lines of 主要任务: its row is made tall enough
    expect(sheet).toMatch(/<row r="4"[^>]* ht="(?:[6-9]\d|\d{3})(?:\.\d+)?" customHeight="1"/);
    // the narrow 单位名录 prints portrait
    expect((await parts(sample, '单位名录')).sheet).toMatch(/<pageSetup [^>]*orientation="portrait"/);
  });

  testWith('LibreOffice 打印测试', ['libreoffice-calc-nogui', 'poppler-utils'])('LibreOffice prints the bulletin sheet one page wide, landscape A4, with the last column', async () => {
    runLibreOffice(dir, ['--convert-to', 'pdf', '--outdir', dir, report]);
    const pdf = path.join(dir, 'report.pdf');
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');
    const bulletinPages = pages.map((p, i) => [p, i + 1] as const).filter(([p]) => p.includes('2023年6月份宣传工作通报'));
    expect(bulletinPages.length).toBeGreaterThan(0);
    for (const [text, n] of bulletinPages) {
      // one page wide: the last column's header on the same page as the first's; landscape A4; a page number
      expect(text).toMatch(/排名[^\n]*较上期/);
      expect(text).toMatch(/第 \d+ 页，共 \d+ 页/);
      const info = execFileSync('pdfinfo', ['-f', String(n), '-l', String(n), pdf], { encoding: 'utf8' });
      expect(info).toMatch(/size:\s+841\.\d+ x 595\.\d+ pts \(A4\)/);
    }
  });
});
