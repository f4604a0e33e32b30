// The 通报 .docx as Word users receive it: LibreOffice Writer converts it to PDF (公文 fonts aliased to stand-ins by
// fonts.conf), read back with pdftotext: title, totals, each category's first unit and every table row equal the engine's.
// PNGs of page 1 and of the first attachment page go to test-output/. Skipped locally without LibreOffice; required in CI.
import { execFileSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { bulletinContent } from '../../src/core/bulletin/content';
import { bulletinDocx } from '../../src/documents/bulletin-docx';
import JSZip from 'jszip';
import { rankingTables } from '../../src/core/bulletin/figures';
import { buildReport } from '../../src/core/scoring/report';
import { FileWorkbook } from '../../src/workbook/file/file';
import { duban } from '../helpers/cli';
import { TODAY } from '../helpers/grids';
import { OUTPUT, docxToPdf, writerDescribe } from '../helpers/writer';

const maybe = writerDescribe('通报文档');
const squeeze = (s: string) => s.replace(/\s+/g, '');

maybe('the bulletin document converted by LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-docx-'));
  });
  afterAll(() => dir && fs.rm(dir, { recursive: true, force: true }));

  test('title, totals, each named category’s first unit and every table row of June 2023 on the sample', async () => {
    const xlsx = path.join(dir, 'sample.xlsx');
    const docx = path.join(dir, '通报.docx');
    expect((await duban('init', xlsx, '--sample')).code).toBe(0);
    const r = await duban('bulletin', xlsx, '-o', docx, '--month', '2023-06');
    expect(r.code).toBe(0);
    const pdf = docxToPdf(docx, dir);
    const pages = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).split('\f');

    const grids = await (await FileWorkbook.load(await fs.readFile(xlsx))).readAll();
    const report = buildReport(grids, { today: TODAY, period: { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } } });
    const content = bulletinContent(report, '六安市暖民心行动', { year: 2023, month: 7, day: 1 });

    const page1 = squeeze(pages[0]);
    expect(page1).toContain(squeeze(content.title));
    expect(page1).toContain('一、基本情况');
    expect(page1).toContain(squeeze(content.sections[0].paragraphs[0]));
    // each category's first-ranked unit, named in 基本情况 and first in its table
    const tables = content.attachments;
    expect(tables.length).toBeGreaterThan(1);
    expect(tables[0].header).toEqual(rankingTables(report, { period: '2023年上半年' })[0].header);
    const all = squeeze(pages.join(''));
    for (const t of tables) expect(all).toContain(`${t.category}`);
    const lines = pages.flatMap((p) => p.split('\n')).map(squeeze);
    // pages 1–2 read on as one text: a name the page break splits (皖西日|报社) is still one name, the page number aside
    const firstPages = squeeze(pages[0] + pages[1]).replace(/—\d+—/g, '');
    // the first unit of each category the body names (praised or under 存在问题; units owing nothing all year are not criticised)
    const body = squeeze(content.sections.flatMap((s) => s.paragraphs).join(''));
    const named = tables.filter((t) => body.includes(t.rows[0][1]));
    expect(named.length).toBeGreaterThan(tables.length / 2);
    for (const t of named) expect(firstPages).toContain(t.rows[0][1]);
    for (const t of tables) for (const row of t.rows) expect(lines).toContain(row.join(''));
    expect(lines.filter((l) => /^\d+(市|中国|人行|六安|团|皖西|金|裕|叶|霍|舒)/.test(l))).toHaveLength(report.scores.length);

    // fonts: the 公文 names resolved to the stand-ins, not to a fallback for every run
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' });
    for (const f of ['cwTeXFangSong', 'UMingCN', 'WenQuanYiZenHei']) expect(fonts).toContain(f);
    // A4 portrait body, landscape attachments
    // one attachment, a section per category (issue 21), on landscape pages for its 14 columns
    const attachmentPage = pages.findIndex((p) => /^\s*附件\s*$/m.test(p)) + 1;
    expect(attachmentPage).toBeGreaterThan(1);
    const size = (n: number) => execFileSync('pdfinfo', ['-f', String(n), '-l', String(n), pdf], { encoding: 'utf8' }).match(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/)!.slice(1).map(Number);
    expect(size(1).map(Math.round)).toEqual([595, 842]);
    expect(size(attachmentPage).map(Math.round)).toEqual([842, 595]);

    expect(pages.filter((p) => /^\s*附件\s*\d*\s*$/m.test(p))).toHaveLength(1);
    tables.forEach((t, i) => expect(all).toContain(`${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][i]}、${t.category}`));
    // no placeholder for the unset 发文机关, and the date is never alone on its page
    expect(all).not.toContain('发文机关');
    const lastBodyPage = squeeze(pages[attachmentPage - 2]);
    expect(lastBodyPage).toMatch(/\d{4}年\d{1,2}月\d{1,2}日(—\d+—)?$/);
    expect(lastBodyPage).toMatch(/[。！]/);

    await fs.mkdir(OUTPUT, { recursive: true });
    for (const [n, name] of [[1, 'bulletin-page1'], [attachmentPage, 'bulletin-attachment1']] as const) {
      execFileSync('pdftoppm', ['-r', '60', '-png', '-singlefile', '-f', String(n), '-l', String(n), pdf, path.join(OUTPUT, name)]);
    }
  });
});

describe('the 附注 in the Word file', () => {
  test('on the line under the 成文日期, two characters in, in parentheses (GB/T 9704-2012 7.3.6)', async () => {
    const report = buildReport([], { today: TODAY, period: { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } } });
    const content = { ...bulletinContent(report, '六安市暖民心行动', { year: 2023, month: 7, day: 1 }), note: '（联系人：王明，联系电话：0564-3370000）' };
    const xml = await (await JSZip.loadAsync(await bulletinDocx(content))).file('word/document.xml')!.async('string');
    const texts = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const at = (text: string) => texts.findIndex((p) => p.includes(text));
    expect(at('（联系人：王明，联系电话：0564-3370000）')).toBe(at('2023年7月1日') + 1);
    expect(texts[at('（联系人：王明')]).toMatch(/<w:ind w:left="640"/);
  });
});

describe('a place the office fills', () => {
  test('【待填：…】 is highlighted in the Word file, the text around it not', async () => {
    const report = buildReport([], { today: TODAY, period: { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } } });
    const base = bulletinContent(report, '六安市暖民心行动', { year: 2023, month: 7, day: 1 });
    const fill = '授予以下同志为2023年度优秀信息员：【待填：姓名（单位），由发文机关研究确定】。';
    const content = { ...base, sections: [{ heading: '三、优秀信息员', paragraphs: [fill] }] };
    const xml = await (await JSZip.loadAsync(await bulletinDocx(content))).file('word/document.xml')!.async('string');
    const runs = [...xml.matchAll(/<w:r>([\s\S]*?)<\/w:r>/g)].map((m) => m[1]);
    const marked = runs.filter((r) => r.includes('<w:highlight w:val="yellow"/>')).map((r) => /<w:t[^>]*>([^<]*)</.exec(r)![1]);
    expect(marked).toEqual(['【待填：姓名（单位），由发文机关研究确定】']);
    expect(runs.some((r) => r.includes('授予以下同志为2023年度优秀信息员：') && !r.includes('highlight'))).toBe(true);
  });
});
