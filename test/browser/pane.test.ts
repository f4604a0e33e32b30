// The task pane page in a real browser (Chromium, headless) outside Office: it opens the built-in sample, flags
// 市教育局 with 市教体局 suggested, applies the fix, generates the summaries, downloads the workbook (checked with
// exceljs), writes a pasted holiday notice into 节假日, refuses a file that is no .xlsx in plain Chinese, and asks
// nothing of any host but localhost.
import { Workbook } from '../../src/workbook/file/exceljs-core';
import * as fs from 'fs';
import JSZip from 'jszip';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { REPO } from './build';
import { OUTPUT, PanePage, TELEMETRY_BLOCKED, browserDescribe, openPanePage } from './chromium';

const maybe = browserDescribe();

maybe('the pane page in Chromium (browser mode, the built-in sample)', () => {
  let pane: PanePage;
  let page: Page;

  beforeAll(async () => {
    pane = await openPanePage();
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  test('校验 flags 市教育局 at 任务分工表!C11 and suggests 市教体局, with the issue list scrolled into view', async () => {
    // the period the page opens on: the month of the as-of date (2023-06-30), as the CLI's report and bulletin take
    await page.getByTestId('issue-summary').waitFor(); // the first check has filled the settings in
    await expect(page.getByLabel('通报时段 · 起').inputValue()).resolves.toBe('2023-06-01');
    await expect(page.getByLabel('止', { exact: true }).inputValue()).resolves.toBe('2023-06-30');
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const issue = page.locator('section[data-code="UNKNOWN_UNIT"] li[data-cell="任务分工表!C11"]');
    await issue.waitFor();
    // the results' heading is scrolled to the top of the side pane (it sat below the fold)
    await page.waitForFunction(() => {
      const side = document.querySelector('aside')!.getBoundingClientRect();
      const top = document.querySelector('[data-testid="results"]')!.getBoundingClientRect().top;
      return top >= side.top - 1 && top < side.top + 80;
    });
    await expect(issue.textContent()).resolves.toContain('市教育局');
    await expect(issue.textContent()).resolves.toContain('建议：市教体局');
    // the pane is in Chinese and the sample's sheets are tabs over the grid
    await expect(page.getByRole('tab', { name: '任务分工表' }).count()).resolves.toBe(1);
  });

  test('selecting an issue highlights its cell in the grid', async () => {
    await page.locator('li[data-cell="任务分工表!C11"] button').first().click();
    const cell = page.locator('[data-testid="grid"] td[data-cell="highlight"]');
    await cell.waitFor();
    await expect(cell.textContent()).resolves.toBe('市教育局');
    // said above the grid, and the cell's whole text in the bar
    await expect(page.getByTestId('located').textContent()).resolves.toContain('已定位到 任务分工表!C11');
    await expect(page.getByTestId('cell-bar').textContent()).resolves.toBe('C11市教育局');
    // a long task text, truncated in its cell, reads whole in the bar when clicked
    const task = page.locator('[data-testid="grid"] tr').nth(4).locator('td').nth(1);
    const full = (await task.getAttribute('title')) ?? '';
    expect(full.length).toBeGreaterThan(20);
    await task.click();
    await expect(page.getByTestId('cell-bar').textContent()).resolves.toBe(`B4${full}`);
    await page.screenshot({ path: path.join(OUTPUT, 'page-located.png') });
  });

  test('修复 applies the suggestion and checks again', async () => {
    await page.locator('li[data-cell="任务分工表!C11"]').getByRole('button', { name: '修复', exact: true }).click();
    await page.getByTestId('message').filter({ hasText: '已修复 1 处' }).waitFor();
    await expect(page.locator('section[data-code="UNKNOWN_UNIT"]').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: '任务分工表' }).click();
    // row 11 of the grid (after the header row), column C
    await expect(page.locator('[data-testid="grid"] tr').nth(11).locator('td').nth(2).textContent()).resolves.toBe('市教体局');
  });

  test('生成汇总 writes the six summary sheets, which appear as tabs', async () => {
    // this clerk reports on the half year
    await page.getByLabel('通报时段 · 起').fill('2023-01-01');
    await page.getByRole('button', { name: '生成汇总', exact: true }).click();
    await page.getByTestId('message').filter({ hasText: '已生成 6 张汇总表' }).waitFor();
    await page.getByRole('tab', { name: /^通报-20230101-20230630$/ }).waitFor();
    await page.getByRole('tab', { name: '校验结果' }).waitFor();
    // thirteen tabs: one line that scrolls sideways, the active one in view
    const tabs = await page.getByTestId('sheet-tabs').evaluate((el) => ({ scroll: el.scrollWidth, width: el.clientWidth, height: el.clientHeight }));
    expect(tabs.scroll).toBeGreaterThan(tabs.width);
    expect(tabs.height).toBeLessThan(60);
    await page.locator('li[data-cell="报送台账!A95"] button').first().click();
    await page.locator('[data-testid="grid"] td[data-cell="highlight"]').waitFor();
    const inView = await page.getByTestId('sheet-tabs').evaluate((el) => {
      const tab = el.querySelector('[aria-selected="true"]')!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return { name: el.querySelector('[aria-selected="true"]')!.textContent, inside: tab.left >= box.left - 1 && tab.right <= box.right + 1 };
    });
    expect(inView).toEqual({ name: '报送台账', inside: true });
  });

  test('the pane looks like a clean Fluent pane (screenshots in test-output/)', async () => {
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.getByRole('tab', { name: /^通报-/ }).click();
    await page.screenshot({ path: path.join(OUTPUT, 'page.png') });
    await page.locator('aside').screenshot({ path: path.join(OUTPUT, 'pane.png') });
    const box = await page.locator('aside').boundingBox();
    expect(box!.width).toBeGreaterThanOrEqual(320);
    expect(box!.width).toBeLessThanOrEqual(360);
  });

  test('下载工作簿 downloads 六安市2023示例-督办.xlsx with the bulletin and the fix', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
    expect(download.suggestedFilename()).toBe('六安市2023示例-督办.xlsx');
    const file = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.getWorksheet('任务分工表')!.getCell('C11').value).toBe('市教体局');
    const bulletin = workbook.getWorksheet('通报-20230101-20230630');
    expect(bulletin).toBeDefined();
    const header = (bulletin!.getRow(3).values as unknown[]).map(String);
    expect(header).toEqual(expect.arrayContaining(['单位', '总分', '排名']));
    const unitCol = header.indexOf('单位');
    const totalCol = header.indexOf('总分');
    const units: string[] = [];
    for (let r = 4; r <= bulletin!.rowCount; r++) {
      const unit = bulletin!.getRow(r).getCell(unitCol).value;
      if (typeof unit === 'string') {
        units.push(unit);
        expect(typeof bulletin!.getRow(r).getCell(totalCol).value).toBe('number');
      }
    }
    expect(units).toEqual(expect.arrayContaining(['市委宣传部', '市教体局']));
    for (const name of ['校验结果', '单位任务清单', '逾期预警', '年度考核-2023']) expect(workbook.getWorksheet(name)).toBeDefined();
  });

  test('生成通报文档 downloads the 通报 as a Word document', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '生成通报文档' }).click()]);
    expect(download.suggestedFilename()).toBe('通报-20230101-20230630.docx');
    const file = path.join(OUTPUT, download.suggestedFilename());
    await download.saveAs(file);
    const xml = await (await JSZip.loadAsync(fs.readFileSync(file))).file('word/document.xml')!.async('string');
    expect(xml).toMatch(/关于2023年上半年.*宣传工作情况的通报/); // January to June as offices write it
    expect(xml).toContain('一、基本情况');
    expect(xml).toContain('>附件<'); // one attachment, a section per category
    await page.getByTestId('message').filter({ hasText: '已生成通报文档' }).waitFor();
  });

  test('节假日安排: the pasted 2024 notice is read as it is typed, then written into 节假日 (36 days)', async () => {
    await page.getByRole('button', { name: '粘贴节假日安排通知…' }).click();
    const notice = fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'holiday-notices', '2024.txt'), 'utf8');
    await page.getByTestId('holidays-text').fill(notice);
    const preview = page.getByTestId('holidays-preview');
    await preview.filter({ hasText: '读出 2024 年节假日安排 7 项：休息日 28 天，调休上班 8 天。' }).waitFor();
    await expect(preview.textContent()).resolves.toContain('春节：2月10日至17日休息（8天）；2月4日、2月18日上班');
    await page.getByTestId('holidays').scrollIntoViewIfNeeded();
    await page.locator('aside').screenshot({ path: path.join(OUTPUT, 'holidays.png') });
    await page.getByRole('button', { name: '写入节假日表' }).click();
    await page.getByTestId('message').filter({ hasText: '已写入“节假日”表 36 天。' }).waitFor();
    await page.getByRole('tab', { name: '节假日' }).click();
    await page.locator('[data-testid="grid"]').filter({ hasText: '春节调休上班' }).waitFor();
  });

  test('a file that is no .xlsx is refused in plain Chinese, and the open workbook stays', async () => {
    await page.getByTestId('file-input').setInputFiles({ name: '台账.xlsx', mimeType: 'text/csv', buffer: Buffer.from('日期,单位\n2023-01-05,市委宣传部\n') });
    await page.getByTestId('notice').filter({ hasText: '不是 .xlsx 工作簿' }).waitFor();
    await expect(page.getByRole('tab', { name: '任务分工表' }).count()).resolves.toBe(1);
  });

  test('导入方案 reads seeds/000 (picked as .txt), shows its 17 measures with their paragraphs, and makes a new workbook', async () => {
    const seedDir = path.join(REPO, 'test', 'fixtures', 'plans');
    const text = fs.readFileSync(path.join(seedDir, 'seed-000.txt'));
    await page.getByTestId('plan-file').setInputFiles({ name: '屯溪区2022年民生工程宣传方案.txt', mimeType: 'text/plain', buffer: text });
    const measures = page.locator('[data-testid="plan-measures"] > li');
    await measures.first().waitFor();
    await expect(measures.count()).resolves.toBe(17);
    await expect(page.getByTestId('plan-note').textContent()).resolves.toContain('读出 17 项措施');
    // measure 13 starts at paragraph 34 and carries its dated deadline, editable
    const m13 = page.locator('[data-testid="plan-measures"] > li[data-paragraph="34"]');
    await expect(m13.textContent()).resolves.toContain('第34段');
    await expect(m13.getByRole('textbox', { name: '完成时限' }).inputValue()).resolves.toBe('5月底前');
    await m13.getByRole('textbox', { name: '完成时限' }).fill('2022年5月31日');
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.locator('aside').screenshot({ path: path.join(OUTPUT, 'plan-import.png') });
    await page.getByRole('button', { name: '生成新的工作簿' }).click();
    await page.getByTestId('plan-note').filter({ hasText: '已写入' }).waitFor();
    await page.getByRole('tab', { name: '任务分工表' }).click();
    const grid = page.locator('[data-testid="grid"]');
    await grid.filter({ hasText: '巩固基层宣传阵地建设' }).waitFor();
    await expect(grid.textContent()).resolves.toContain('2022年5月31日');
    await page.getByRole('tab', { name: '单位名录' }).waitFor();
  });

  test('导入方案 reads the same plan as a .docx (mammoth in the page, under its CSP)', async () => {
    const { planDocx } = await import('../helpers/plan-docx');
    const text = fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'plans', 'seed-000.txt'), 'utf8');
    await page.getByTestId('plan-file').setInputFiles({
      name: '屯溪区方案.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(await planDocx(text)),
    });
    await page.getByTestId('plan-note').filter({ hasText: '读出 17 项措施' }).waitFor();
    await expect(page.locator('[data-testid="plan-measures"] > li').count()).resolves.toBe(17);
  });

  test('导入方案 reads seeds/004 from its own 任务分工表 (14 rows, numbered as printed) and the clerk can switch to the text and back', async () => {
    const text = fs.readFileSync(path.join(REPO, 'test', 'fixtures', 'plans', 'seed-004.txt'));
    await page.getByTestId('plan-file').setInputFiles({ name: '六安市2023年暖民心行动宣传方案.txt', mimeType: 'text/plain', buffer: text });
    await page.getByTestId('plan-note').filter({ hasText: '任务取自方案所附任务分工表' }).waitFor();
    const measures = page.locator('[data-testid="plan-measures"] > li');
    await expect(measures.count()).resolves.toBe(14);
    await expect(measures.first().textContent()).resolves.toContain('序号 1');
    await expect(measures.nth(2).getByRole('textbox', { name: '完成时限' }).inputValue()).resolves.toBe('每季度第二个月');
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.locator('aside').screenshot({ path: path.join(OUTPUT, 'plan-import-004.png') });
    await page.getByRole('button', { name: '改用正文措施' }).click();
    await page.getByTestId('plan-note').filter({ hasText: '此次按正文措施读取' }).waitFor();
    await expect(measures.first().textContent()).resolves.not.toContain('序号');
    await page.getByRole('button', { name: '改用分工表' }).click();
    await page.getByTestId('plan-note').filter({ hasText: '任务取自方案所附任务分工表' }).waitFor();
    await expect(measures.count()).resolves.toBe(14);
  });

  test('nothing was requested outside localhost, office.js not even from the page’s own copy; no error (CSP included)', () => {
    // outside Office the page loads no office.js at all (host.ts decides the host first)
    expect(pane.external).toEqual([]);
    expect(pane.server.requested.filter((p) => p.startsWith('/office-js/'))).toEqual([]);
    expect(pane.problems).toEqual([]);
    // the telemetry frame, if office.js tried it, never reached the network (it is in no request above)
    for (const m of pane.telemetryBlocked) expect(m).toMatch(TELEMETRY_BLOCKED);
  });
});
