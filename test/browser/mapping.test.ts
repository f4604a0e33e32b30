// The pane's column-mapping view in a real browser (Chromium, headless): the detected roles under the sheet picker,
// a dropdown changing one, saved in 设置's 列映射 — the downloaded workbook, opened again after a reload, keeps it.
import { Workbook } from '../../src/workbook/file/exceljs-core';
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { OUTPUT, PanePage, browserDescribe, openPanePage } from './chromium';

const maybe = browserDescribe();

maybe('the mapping view in Chromium (browser mode, the built-in sample)', () => {
  let pane: PanePage;
  let page: Page;

  beforeAll(async () => {
    pane = await openPanePage();
    page = pane.page;
  });

  afterAll(async () => {
    await pane?.close();
  });

  test('shows the detected roles, and a dropdown changes the reading', async () => {
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const d = page.getByTestId('mapping-D').locator('select');
    await d.waitFor();
    await expect(d.inputValue()).resolves.toBe('coop');
    await expect(page.getByTestId('mapping-B').locator('select').inputValue()).resolves.toBe('task');
    await d.selectOption('');
    await page.getByTestId('message').filter({ hasText: '已将 D 列设为“不读取”' }).waitFor();
    await expect(page.getByTestId('mapping-D').locator('select').inputValue()).resolves.toBe('');
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.locator('aside').screenshot({ path: path.join(OUTPUT, 'pane-mapping.png') });
  });

  test('the choice is in the downloaded workbook and survives a reload', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '下载工作簿' }).click()]);
    const file = path.join(OUTPUT, 'mapping-' + download.suggestedFilename());
    await download.saveAs(file);
    const workbook = new Workbook();
    await workbook.xlsx.readFile(file);
    const settings = workbook.getWorksheet('设置')!;
    const values: string[] = [];
    settings.eachRow((row) => values.push(String(row.getCell(1).value) + '|' + String(row.getCell(2).value)));
    expect(values.find((v) => v.startsWith('列映射|'))).toMatch(/^列映射\|序号=A,任务=B,牵头=C,时限=E/);
    await page.reload();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByTestId('notice').filter({ hasText: '已打开' }).waitFor();
    await page.getByRole('button', { name: '校验', exact: true }).click();
    // the check after opening reads 设置's 列映射: D is no longer read
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-testid="mapping-D"] select')?.value === '');
    await expect(page.getByTestId('mapping-D').locator('select').inputValue()).resolves.toBe('');
    await expect(page.getByTestId('mapping-C').locator('select').inputValue()).resolves.toBe('lead');
  });

  test('nothing was requested outside localhost but the refused CDN office.js, and the page raised no error', () => {
    expect(pane.external).toEqual([]);
    expect(pane.problems).toEqual([]);
  });
});
