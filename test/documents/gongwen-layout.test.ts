// The 公文 a leader signs (issue 21): 版头 from 设置, no placeholder where 设置 is silent (a warning naming the row instead),
// titles broken only between words, the signature kept with the last body paragraph, one attachment with a section per
// category unless 设置 asks for one each. Read from the .docx XML; the LibreOffice picture test is bulletin-docx.test.ts.
import JSZip from 'jszip';
import { bulletinContent } from '../../src/core/bulletin/content';
import { buildReport } from '../../src/core/scoring/report';
import { sampleSheets } from '../../src/core/sheets/sample';
import { bulletinDocx, titleLines } from '../../src/documents/bulletin-docx';
import { TITLE_LINE_CHARS } from '../../src/documents/gongwen-style';
import { Grid } from '../../src/core/sheets/grid';
import { readSampleTexts } from '../../src/cli/io';
import { TODAY } from '../helpers/grids';

const JUNE = { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } };
const ISSUED = { year: 2023, month: 7, day: 3 };

async function sampleGrids(settings: [string, string][] = []): Promise<Grid[]> {
  const sheets = sampleSheets(await readSampleTexts());
  const grids: Grid[] = sheets.map((s) => ({ name: s.name, rows: s.rows.map((r) => r.map((c) => (c && typeof c === 'object' && 'value' in c ? (c.value as never) : (c as never)))), merges: [] }));
  const set = grids.find((g) => g.name === '设置')!;
  set.rows.push(...settings);
  return grids;
}

async function documentXml(settings: [string, string][] = []): Promise<{ xml: string; content: ReturnType<typeof bulletinContent> }> {
  const report = buildReport(await sampleGrids(settings), { today: TODAY, period: JUNE });
  const content = bulletinContent(report, '六安市暖民心行动', ISSUED);
  const zip = await JSZip.loadAsync(await bulletinDocx(content));
  return { xml: await zip.file('word/document.xml')!.async('string'), content };
}

/** The text of each paragraph, in order. */
const paragraphs = (xml: string) => [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({ xml: m[0], text: [...m[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('') }));

describe('titles break between words', () => {
  test('the sample title breaks after the place, never inside 暖民心', () => {
    expect(titleLines(['关于', '2023年6月份', '六安市', '暖民心行动', '宣传工作情况的通报'])).toEqual(['关于2023年6月份六安市', '暖民心行动宣传工作情况的通报']);
  });
  test('a long period and campaign take three lines, each a run of whole words', () => {
    const parts = ['关于', '2023年1月1日至6月30日', '六安市', '民生工程暨暖民心行动', '宣传工作情况的通报'];
    const lines = titleLines(parts);
    expect(lines.join('')).toBe(parts.join(''));
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(TITLE_LINE_CHARS);
    // every line boundary is a word boundary
    let at = 0;
    const boundaries = new Set(parts.map((p) => (at += p.length)));
    let pos = 0;
    for (const l of lines.slice(0, -1)) expect(boundaries.has((pos += l.length))).toBe(true);
  });
  test('a short title stays on one line', () => {
    expect(titleLines(['关于', '6月份', '宣传工作情况的通报'])).toEqual(['关于6月份宣传工作情况的通报']);
  });
});

describe('the 公文 from the sample', () => {
  test('without 发文机关: no 版头, no placeholder, the signature line left empty, and a warning naming the 设置 row', async () => {
    const { xml, content } = await documentXml();
    expect(content.issuer).toBeNull();
    expect(content.issuerMark).toBeNull();
    expect(content.warnings.join('')).toContain('“设置”表');
    expect(content.warnings.join('')).toContain('发文机关');
    expect(xml).not.toContain('发文机关');
    expect(xml).not.toContain('E60000');
  });

  test('with 发文机关 and 发文字号: a red 发文机关标志, the 发文字号 over the red rule, the issuer signing', async () => {
    const { xml, content } = await documentXml([['发文机关', '六安市民生工作领导小组办公室'], ['发文字号', '六民办〔2023〕12号']]);
    expect(content.warnings).toEqual([]);
    const ps = paragraphs(xml);
    expect(ps[0].text).toBe('六安市民生工作领导小组办公室文件');
    expect(ps[0].xml).toContain('w:color w:val="E60000"');
    const number = ps.find((p) => p.text === '六民办〔2023〕12号')!;
    expect(number.xml).toMatch(/<w:bottom [^>]*w:color="E60000"/);
    expect(ps.filter((p) => p.text === '六安市民生工作领导小组办公室')).toHaveLength(1);
  });

  test('设置 发文机关标志 replaces the default "…文件" mark', async () => {
    const { content } = await documentXml([['发文机关', '六安市民生办'], ['发文机关标志', '六安市民生工作领导小组办公室']]);
    expect(content.issuerMark).toBe('六安市民生工作领导小组办公室');
  });

  test('the last body paragraph, 附件说明 and signature keep with the next paragraph, so the date never stands alone', async () => {
    const { xml, content } = await documentXml([['发文机关', '六安市民生办']]);
    const ps = paragraphs(xml);
    const date = ps.findIndex((p) => p.text === '2023年7月3日');
    expect(date).toBeGreaterThan(0);
    const lastBody = ps.findIndex((p) => p.text === content.sections[2].paragraphs.at(-1));
    expect(lastBody).toBeGreaterThan(0);
    for (let i = lastBody; i < date; i++) expect(ps[i].xml).toContain('<w:keepNext/>');
  });

  test('one attachment with a section per category (一、… 二、…), unless 设置 通报附件 asks for one each', async () => {
    const one = await documentXml();
    const texts = paragraphs(one.xml).map((p) => p.text);
    expect(texts.filter((t) => t === '附件')).toHaveLength(1);
    expect(texts).toContain('附件：2023年6月份各单位宣传工作排名情况');
    one.content.attachments.forEach((a, i) => expect(texts).toContain(`${['一', '二', '三', '四', '五', '六', '七', '八'][i]}、${a.category}`));
    expect(one.content.attachments.length).toBeGreaterThan(1);

    const each = await documentXml([['通报附件', '每类一个附件']]);
    const eachTexts = paragraphs(each.xml).map((p) => p.text);
    expect(eachTexts.filter((t) => /^附件\d+$/.test(t))).toHaveLength(each.content.attachments.length);
    expect(eachTexts).toContain(`附件：1．${each.content.attachments[0].title}`);
  });
});
