// The pane's 填报与收集 in Chromium on the built-in sample: 生成填报表 downloads a .zip of one form per unit; returns filled in Node
// and a Word submission are picked at once; progress and the summary show, the workbook is unchanged until 确认写入, then 报送台账
// has the new rows with 来源. The preview lists the 请核实 items the CLI prints, the 催办通知 buttons stay after 确认写入, and the
// 通报 generated before the collect is generated again with the new rows (issue 21 item 6).
// Screenshots in test-output/pane-returns.png, pane-returns-written.png and pane-returns-bulletin.png.
import type ExcelJS from 'exceljs';
import { Workbook } from '../../src/workbook/file/exceljs-core';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { OUTPUT, PanePage, browserDescribe, openPanePage } from './chromium';

const maybe = browserDescribe();

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A form from the .zip with rows typed into 报送登记 (from row 2), as a unit returns it. */
async function filled(form: Uint8Array, rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new Workbook();
  await wb.xlsx.load(form as unknown as ArrayBuffer);
  const sheet = wb.getWorksheet('报送登记')!;
  rows.forEach((r, i) => r.forEach((v, c) => (sheet.getCell(i + 2, c + 1).value = v)));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const BULLETIN = '通报-20230101-20230630';

/** The downloaded workbook's 报送台账 rows (header first, blank rows dropped), its sheet names and the 通报's 实报 by unit. */
async function downloadWorkbook(page: Page, name: string): Promise<{ ledger: string[][]; sheets: string[]; reported: Map<string, number> }> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
  const file = path.join(OUTPUT, name);
  await download.saveAs(file);
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  const ledger: string[][] = [];
  wb.getWorksheet('报送台账')!.eachRow((row) => {
    ledger.push((row.values as ExcelJS.CellValue[]).slice(1).map((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? '' : String(v))));
  });
  const reported = new Map<string, number>();
  const bulletin = wb.getWorksheet(BULLETIN);
  if (bulletin) {
    const header = (bulletin.getRow(3).values as unknown[]).map(String);
    for (let r = 4; r <= bulletin.rowCount; r++) {
      const unit = bulletin.getRow(r).getCell(header.indexOf('单位')).value;
      const count = bulletin.getRow(r).getCell(header.indexOf('实报')).value;
      if (typeof unit === 'string' && typeof count === 'number') reported.set(unit, count);
    }
  }
  return { ledger, sheets: wb.worksheets.map((w) => w.name), reported };
}

maybe('填报与收集 in the pane page (Chromium, the built-in sample)', () => {
  let pane: PanePage;
  let page: Page;
  let forms: Map<string, Uint8Array>;
  let ledgerBefore: string[][];
  /** How many units the collect preview says owe something. */
  let owing = 0;
  let reportedBefore: Map<string, number>;

  beforeAll(async () => {
    pane = await openPanePage();
    page = pane.page;
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.getByTestId('returns').waitFor();
    // the page opens on the month of the as-of date (2023-06, as the CLI); this clerk collects the half year
    await page.getByTestId('issue-summary').waitFor(); // the first check has filled the settings in
    await expect(page.getByLabel('通报时段 · 起').inputValue()).resolves.toBe('2023-06-01');
    await page.getByLabel('通报时段 · 起').fill('2023-01-01');
    await page.getByLabel('止', { exact: true }).fill('2023-06-30');
  });

  afterAll(async () => {
    await pane?.close();
  });

  test('生成填报表 downloads a .zip holding one .xlsx form per responsible unit', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '生成填报表' }).click()]);
    expect(download.suggestedFilename()).toBe('填报表-2023-01-01至2023-06-30.zip');
    const file = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(file);
    const zip = await JSZip.loadAsync(fs.readFileSync(file));
    const names = Object.keys(zip.files);
    // the sample's 32 responsible units the registry knows (市教育局, a misspelling, gets none)
    expect(names).toHaveLength(32);
    expect(names.every((n) => n.endsWith('-填报表-2023-01-01至2023-06-30.xlsx'))).toBe(true);
    for (const unit of ['市民政局', '金寨县人民政府', '市发改委', '中国联通六安分公司']) expect(names).toContain(`${unit}-填报表-2023-01-01至2023-06-30.xlsx`);
    forms = new Map(await Promise.all(names.map(async (n) => [n.replace(/-填报表-.*$/, ''), await zip.file(n)!.async('uint8array')] as const)));
    // each is a real form: its 报送登记 sheet opens
    const wb = new Workbook();
    await wb.xlsx.load(forms.get('市民政局')! as unknown as ArrayBuffer);
    expect(wb.getWorksheet('报送登记')).toBeDefined();
    await page.getByTestId('message').filter({ hasText: '已生成 32 份填报表' }).waitFor();
  });

  test('收集填报 reads several files at once with a progress bar and a summary, and changes nothing before 确认写入', async () => {
    // the summaries generated before the collect: the 通报 must not stay stale after it
    await page.getByRole('button', { name: '生成汇总', exact: true }).click();
    await page.getByTestId('message').filter({ hasText: '已生成 6 张汇总表' }).waitFor();
    const before = await downloadWorkbook(page, 'returns-before.xlsx');
    ledgerBefore = before.ledger;
    reportedBefore = before.reported;
    expect(reportedBefore.get('市发改委')).toEqual(expect.any(Number));
    // every progress label and fraction the pane shows while reading, recorded in the page
    await page.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { progressSeen: string[] }).progressSeen = seen;
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="progress"]');
        if (p && seen[seen.length - 1] !== p.textContent) seen.push(p.textContent ?? '');
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    const minzheng = await filled(forms.get('市民政局')!, [
      [day('2023-05-05'), '市民政局开展低保政策宣传', '六安发布', '市级', '是', 3, 1],
      [day('2023-05-05'), '市民政局开展低保政策宣传', '六安发布', '市级', '是', 3, 1],
      ['2023-02-30', '日期不可能的一行', null, null, '否', null, 1],
    ]);
    // media.csv lists 安徽省民生工程网站 as 省级: the unit's 市级 is corrected, and said so
    const fagai = await filled(forms.get('市发改委')!, [[day('2023-05-20'), '市发改委：暖民心行动标识征集启动', '安徽省民生工程网站', '市级', '是', 4, 1]]);
    const doc = new Document({ sections: [{ children: [new Paragraph({ text: '金寨县开展就业帮扶专场招聘', heading: HeadingLevel.HEADING_1 }), new Paragraph('正文。')] }] });
    // the clerk states when these came in (the field defaults to today): 7月5日, before the 7 July due date
    await expect(page.getByTestId('received-on').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await page.getByTestId('received-on').fill('2023-07-05');
    // a Word file dated after the period: registered in the ledger, not counted now, and said so
    const july = new Document({ sections: [{ children: [new Paragraph({ text: '霍山县开展老年助餐服务宣传', heading: HeadingLevel.HEADING_1 }), new Paragraph('正文。')] }] });
    await page.getByTestId('collect-input').setInputFiles([
      { name: '民政局5月报表（终稿）.xlsx', mimeType: XLSX, buffer: minzheng },
      { name: '市发改委-填报表-2023-01-01至2023-06-30.xlsx', mimeType: XLSX, buffer: fagai },
      { name: '金寨县_2023.5.9_工作信息.docx', mimeType: DOCX, buffer: Buffer.from(await Packer.toBuffer(doc)) },
      { name: '霍山县-2023年7月3日工作信息.docx', mimeType: DOCX, buffer: Buffer.from(await Packer.toBuffer(july)) },
    ]);
    const preview = page.getByTestId('collect-preview');
    await preview.waitFor();
    const seen = await page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.some((s) => /正在读取第 \d\/4 个文件/.test(s))).toBe(true);
    const summary = (await preview.textContent()) ?? '';
    expect(summary).toContain('读取了 4 个文件');
    expect(summary).toContain('将新增 4 行');
    expect(summary).toContain('重复 1 行');
    expect(summary).toContain('退回 1 行');
    expect(summary).toContain('日期“2023-02-30”无法识别');
    // per unit whose files came in (on time by the stated 7月5日, whatever the files' times), then who owes what, grouped by what
    await expect(page.getByTestId('collect-units').locator('li').allTextContents()).resolves.toEqual([
      '市发改委：新增 1 行，按时', '市民政局：新增 1 行，重复 1 行，退回 1 行，按时', '金寨县人民政府：新增 1 行，只有 Word 稿件，填报表未返回',
      '霍山县人民政府：新增 1 行，只有 Word 稿件，填报表未返回',
    ]);
    // the 请核实 items the CLI prints, each with its file (and row)
    const check = await page.getByTestId('collect-check').locator('li').allTextContents();
    expect(check).toEqual([
      '市发改委-填报表-2023-01-01至2023-06-30.xlsx 第2行：媒体“安徽省民生工程网站”在媒体名录中是省级，单位填的是市级：按媒体名录的省级计',
      '霍山县-2023年7月3日工作信息.docx：文件名中的日期 2023-07-03 不在本期（2023-01-01至2023-06-30）内：已登记入台账，不计入本期',
    ]);
    await expect(page.getByTestId('collect-duplicates').locator('li').count()).resolves.toBe(1);
    // the sample's 设置 asks no form back: only quota shortfalls are owed, each unit's line saying how many
    owing = Number(/需催办 (\d+) 个单位/.exec((await preview.textContent()) ?? '')?.[1]);
    expect(owing).toBeGreaterThan(0);
    const missing = await page.getByTestId('collect-missing').locator('> *').allTextContents();
    expect(missing).toHaveLength(owing);
    for (const line of missing) expect(line).toMatch(/^\S+：本期应报 \d+ 篇，已报 \d+ 篇，尚差 \d+ 篇$/);
    expect(missing.join('')).not.toContain('未返回填报表');
    await page.getByTestId('returns').screenshot({ path: path.join(OUTPUT, 'pane-returns.png') });
    // not written yet: the downloaded workbook has the same ledger and no 收集情况
    const unchanged = await downloadWorkbook(page, 'returns-preview.xlsx');
    expect(unchanged.ledger).toEqual(ledgerBefore);
    expect(unchanged.sheets).not.toContain('收集情况');
  });

  test('the 催办通知 of the late units downloads as Word (one section each) and its text can be copied for a chat', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载催办通知' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^催办通知-\d{4}-\d{2}-\d{2}\.docx$/);
    const file = path.join(OUTPUT, 'returns-notice.docx');
    await download.saveAs(file);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    // one section per unit that owes: owing − 1 section breaks inside the body and the body's own
    expect(xml.match(/<w:sectPr/g)).toHaveLength(owing);
    expect(xml).toContain('尚差');
    expect(xml).not.toContain('填报表尚未返回');
    // with the clipboard granted, the text is on it
    await pane.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: '复制催办文字' }).click();
    await page.getByText(`已复制 ${owing} 个单位的催办文字`).waitFor();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(text.split('【催办】')).toHaveLength(owing + 1);
    expect(text).toMatch(/^【催办】\S+：/);
    expect(text).not.toMatch(/请于2023年7月7日前/);
    // where a webview refuses the clipboard, the same text is shown for Ctrl+C
    await page.evaluate(() => Object.defineProperty(navigator.clipboard, 'writeText', { value: () => Promise.reject(new Error('denied')) }));
    await page.getByRole('button', { name: '复制催办文字' }).click();
    await expect(page.getByTestId('notice-text').inputValue()).resolves.toBe(text);
  });

  test('确认写入 appends the rows to 报送台账 with their 来源 and adds 收集情况', async () => {
    await page.getByRole('button', { name: '确认写入' }).click();
    await page.getByTestId('message').filter({ hasText: '已写入报送台账 4 行' }).waitFor();
    await expect(page.getByTestId('collect-preview').count()).resolves.toBe(0);
    const after = await downloadWorkbook(page, 'returns-after.xlsx');
    expect(after.sheets).toContain('收集情况');
    expect(after.ledger.slice(0, ledgerBefore.length)).toEqual(ledgerBefore);
    const source = ledgerBefore[0].indexOf('来源');
    expect(source).toBeGreaterThan(0);
    const added = after.ledger.slice(ledgerBefore.length).map((r) => [r[0], r[1], r[2], r[source]].join('|'));
    expect(added.sort()).toEqual([
      '2023-05-05|市民政局|市民政局开展低保政策宣传|民政局5月报表（终稿）.xlsx',
      '2023-05-20|市发改委|市发改委：暖民心行动标识征集启动|市发改委-填报表-2023-01-01至2023-06-30.xlsx',
      '2023-05-09|金寨县人民政府|金寨县开展就业帮扶专场招聘|金寨县_2023.5.9_工作信息.docx',
      '2023-07-03|霍山县人民政府|霍山县开展老年助餐服务宣传|霍山县-2023年7月3日工作信息.docx',
    ].sort());
    // the 通报 generated before is generated again: 市发改委 and 金寨县 each have one more row in the period; 霍山县's July file counts in July
    await page.getByTestId('message').filter({ hasText: `已按新的台账重新生成：校验结果、单位任务清单、${BULLETIN}` }).waitFor();
    expect(after.reported.get('市发改委')).toBe(reportedBefore.get('市发改委')! + 1);
    expect(after.reported.get('金寨县人民政府')).toBe(reportedBefore.get('金寨县人民政府')! + 1);
    expect(after.reported.get('霍山县人民政府')).toBe(reportedBefore.get('霍山县人民政府'));
    await page.getByRole('tab', { name: BULLETIN }).click();
    await page.locator('[data-testid="grid"] td', { hasText: '市发改委' }).first().waitFor();
    await page.screenshot({ path: path.join(OUTPUT, 'pane-returns-bulletin.png') });
  });

  test('after 确认写入 the 催办通知 can still be downloaded and copied', async () => {
    const notice = page.getByTestId('collect-notice');
    await notice.waitFor();
    await page.getByTestId('returns').screenshot({ path: path.join(OUTPUT, 'pane-returns-written.png') });
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载催办通知' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^催办通知-\d{4}-\d{2}-\d{2}\.docx$/);
    await expect(page.getByRole('button', { name: '复制催办文字' }).isEnabled()).resolves.toBe(true);
  });

  test('nothing left localhost (no office.js outside Office); no page error', () => {
    expect(pane.external).toEqual([]);
    expect(pane.problems).toEqual([]);
  });
});
