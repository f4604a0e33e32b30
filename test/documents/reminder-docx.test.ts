// The 催办通知 .docx written by `duban collect --notice`, converted by LibreOffice Writer: one section (a page) per late unit, each
// naming the unit, what is missing and by when. A PNG of page 1 goes to test-output/. Skipped locally without LibreOffice; required in CI.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { duban } from '../helpers/cli';
import { OUTPUT, docxToPdf, writerDescribe } from '../helpers/writer';

const maybe = writerDescribe('催办通知文档');
const squeeze = (s: string) => s.replace(/\s+/g, '');

maybe('the 催办通知 document converted by LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-notice-'));
  });
  afterAll(() => dir && fs.rm(dir, { recursive: true, force: true }));

  test('one page per late unit, naming what is missing and the due date (May 2023 on the sample)', async () => {
    const xlsx = path.join(dir, 'sample.xlsx');
    expect((await duban('init', xlsx, '--sample')).code).toBe(0);
    const forms = path.join(dir, 'forms');
    expect((await duban('forms', xlsx, '-o', forms, '--month', '2023-05', '--units', '市发改委,市商务局')).code).toBe(0);
    const back = path.join(dir, 'back');
    await fs.mkdir(back);
    // 市发改委 returns a row; 市商务局 returns its form empty (owes 2 for May); the other 30 units send nothing
    const name = (unit: string) => `${unit}-填报表-2023-05-01至2023-05-31.xlsx`;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(forms, name('市发改委')));
    wb.getWorksheet('报送登记')!.getRow(2).values = [new Date(Date.UTC(2023, 4, 20)), '市发改委：暖民心行动标识征集启动', '安徽日报', '省级', '是', 4, 1];
    await wb.xlsx.writeFile(path.join(back, name('市发改委')));
    await fs.copyFile(path.join(forms, name('市商务局')), path.join(back, name('市商务局')));

    const docx = path.join(dir, '催办通知.docx');
    const r = await duban('collect', xlsx, back, '-o', path.join(dir, 'out.xlsx'), '--month', '2023-05', '--notice', docx);
    expect(r.code).toBe(0);
    expect(r.out).toContain('未报送（31）');
    const pdf = docxToPdf(docx, dir);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map(squeeze).filter((p) => p !== '');
    expect(pages).toHaveLength(31);
    // each page: the title, one unit addressed, what it owes, by when
    const addressed = pages.map((p) => /^关于催报.*填报情况的通知(.+?)：/.exec(p)?.[1]);
    expect(addressed.filter((u) => u === undefined)).toEqual([]);
    expect(new Set(addressed).size).toBe(31);
    expect(addressed).not.toContain('市发改委');
    expect(addressed).toEqual(expect.arrayContaining(['市委宣传部', '市商务局', '中国联通六安分公司', '金寨县人民政府']));
    // the due date (次月7日, 2023-06-07) has long passed: each notice asks for a reply a few working days from today, never a past date
    const today = new Date();
    const todayKey = today.getFullYear() * 10000 + (today.getMonth() + 1) * 100 + today.getDate();
    for (const p of pages) {
      const m = /请于(\d{4})年(\d{1,2})月(\d{1,2})日前/.exec(p);
      expect(m).not.toBeNull();
      const key = Number(m![1]) * 10000 + Number(m![2]) * 100 + Number(m![3]);
      expect(key).toBeGreaterThan(todayKey);
      expect(new Date(Number(m![1]), Number(m![2]) - 1, Number(m![3])).getTime() - today.getTime()).toBeLessThan(12 * 86_400_000);
    }
    const page = (unit: string) => pages[addressed.indexOf(unit)];
    expect(page('市委宣传部')).toContain('2023年5月1日至2023年5月31日的填报表尚未返回');
    expect(page('市商务局')).toContain('2023年5月1日至2023年5月31日没有报送任何信息。本期应报2篇，已报0篇。');
    // the 公文 fonts the document names resolve to the stand-ins, not a fallback
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    for (const f of ['cwTeXFangSong', 'UMingCN']) expect(fonts).toContain(f);
    await fs.mkdir(OUTPUT, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, path.join(OUTPUT, 'reminder-page1')]);
  });
});
