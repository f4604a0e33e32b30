// The 催办通知 .docx written by `duban collect --notice`, converted by LibreOffice Writer: one section (a page) per late unit, each
// naming the unit, what is missing and by when. A PNG of page 1 goes to test-output/. Skipped locally without LibreOffice; required in CI.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from '../../src/workbook/file/exceljs-core';
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

  test('one page per unit that owes, naming what it owes and the due date (May 2023 on the sample)', async () => {
    const xlsx = path.join(dir, 'sample.xlsx');
    expect((await duban('init', xlsx, '--sample')).code).toBe(0);
    const forms = path.join(dir, 'forms');
    expect((await duban('forms', xlsx, '-o', forms, '--month', '2023-05', '--units', '市发改委,市商务局')).code).toBe(0);
    const back = path.join(dir, 'back');
    await fs.mkdir(back);
    // 市发改委 returns a row (owes 1 more of May's 2); 市商务局 returns its form empty (owes 2); the other 30 units send no form, and
    // the sample's 设置 asks none back: only units short of their quota are urged (舒城县 has 3 of 2 in the ledger, 霍邱县 2 of 2,
    // 市财政局 no quota: none of them)
    const name = (unit: string) => `${unit}-填报表-2023-05-01至2023-05-31.xlsx`;
    const wb = new Workbook();
    await wb.xlsx.readFile(path.join(forms, name('市发改委')));
    wb.getWorksheet('报送登记')!.getRow(2).values = [new Date(Date.UTC(2023, 4, 20)), '市发改委：暖民心行动标识征集启动', '安徽日报', '省级', '是', 4, 1];
    await wb.xlsx.writeFile(path.join(back, name('市发改委')));
    await fs.copyFile(path.join(forms, name('市商务局')), path.join(back, name('市商务局')));

    const docx = path.join(dir, '催办通知.docx');
    const r = await duban('collect', xlsx, back, '-o', path.join(dir, 'out.xlsx'), '--month', '2023-05', '--notice', docx);
    expect(r.code).toBe(0);
    const owing = Number(/需催办（(\d+)）/.exec(r.out)?.[1]);
    expect(owing).toBeGreaterThanOrEqual(2);
    const pdf = docxToPdf(docx, dir);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f').map(squeeze).filter((p) => p !== '');
    expect(pages).toHaveLength(owing);
    // each page: the title, one unit addressed, what it owes, by when
    const addressed = pages.map((p) => /^关于催报.*填报情况的通知(.+?)：/.exec(p)?.[1]);
    expect(addressed.filter((u) => u === undefined)).toEqual([]);
    expect(new Set(addressed).size).toBe(owing);
    // task 2's 2 a month are owed by its leads (the media) and the 县区 it names; 市商务局 and 市发改委 only cooperate on it (round 11)
    expect(addressed).toEqual(expect.arrayContaining(['市委宣传部', '皖西日报社', '市广电台']));
    for (const u of ['舒城县人民政府', '霍邱县人民政府', '市财政局', '市商务局', '市发改委']) expect(addressed).not.toContain(u);
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
    expect(page('市委宣传部')).toContain(squeeze('2023年5月1日至2023年5月31日应报送信息 2 篇，已报 0 篇，尚差 2 篇。'));
    expect(page('皖西日报社')).toContain(squeeze('应报送信息 2 篇，已报 0 篇，尚差 2 篇。'));
    for (const p of pages) expect(p).not.toContain('填报表尚未返回');
    // the 公文 fonts the document names resolve to the stand-ins, not a fallback
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    for (const f of ['cwTeXFangSong', 'UMingCN']) expect(fonts).toContain(f);
    await fs.mkdir(OUTPUT, { recursive: true });
    execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', '1', '-l', '1', pdf, path.join(OUTPUT, 'reminder-page1')]);
  });
});
