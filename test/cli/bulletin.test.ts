// duban bulletin: arguments, exit codes and the .docx it writes (the layout is checked by LibreOffice in test/documents).
import { promises as fs } from 'fs';
import JSZip from 'jszip';
import * as os from 'os';
import * as path from 'path';
import { duban } from '../helpers/cli';

describe('duban bulletin', () => {
  let dir: string;
  let sample: string;
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-bulletin-'));
    sample = path.join(dir, 'sample.xlsx');
    await duban('init', sample, '--sample');
  });
  afterAll(() => fs.rm(dir, { recursive: true, force: true }));

  it('writes the June 通报 with the sample’s categories as sections of one attachment', async () => {
    const out = path.join(dir, '通报.docx');
    const r = await duban('bulletin', sample, '-o', out, '--month', '2023-06');
    expect(r.code).toBe(0);
    expect(r.out).toContain('关于2023年6月份六安市暖民心行动宣传工作情况的通报');
    const xml = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/document.xml')!.async('string');
    for (const text of ['一、基本情况', '二、存在问题', '三、下一步要求', '2023年6月份各单位宣传工作排名情况', '、县区<', '、市直部门<', '仿宋_GB2312', '方正小标宋简体']) {
      expect(xml).toContain(text);
    }
    // the official fonts fall back to 宋体 / 仿宋 / 楷体 where an office lacks them
    const fonts = await (await JSZip.loadAsync(await fs.readFile(out))).file('word/fontTable.xml')!.async('string');
    expect(fonts).toContain('<w:font w:name="方正小标宋简体"><w:altName w:val="宋体"/>');
    expect(fonts).toContain('<w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/>');
    // 市教育局 is to be checked, never a table row
    expect(xml).toContain('“市教育局”不在单位名录中（可能是“市教体局”）');
    expect(xml).not.toMatch(/<w:t[^>]*>市教育局<\/w:t>/);
  });

  it('without a period: the month of the as-of date', async () => {
    const out = path.join(dir, 'asof.docx');
    const r = await duban('bulletin', sample, '-o', out, '--as-of', '2023-05-20');
    expect(r.code).toBe(0);
    expect(r.out).toContain('关于2023年5月份');
  });

  it.each([
    [['bulletin'], '请给出要统计的 .xlsx 文件'],
    [['bulletin', 'x.xlsx'], '请用 -o 给出输出文件'],
    [['bulletin', 'x.xlsx', '-o', 'x.pdf'], '输出文件应以 .docx 结尾'],
  ])('%j exits 2 with one Chinese line', async (args, message) => {
    const r = await duban(...args);
    expect(r.code).toBe(2);
    expect(r.err).toContain(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });

  it('an unreadable workbook exits 2', async () => {
    const bad = path.join(dir, 'bad.xlsx');
    await fs.writeFile(bad, 'not a workbook');
    const r = await duban('bulletin', bad, '-o', path.join(dir, 'bad.docx'));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
