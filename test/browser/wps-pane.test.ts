// The WPS add-in's pane (the built package's taskpane.html) in Chromium as WPS opens it, with the ET
// double injected as WPS's Application global holding the built-in sample: 校验 flags 市教育局,
// 修复 writes 市教体局 into the sheet, 生成汇总 writes the five summary sheets marked as Duban's,
// 定稿 leaves no formula on them; the pane says in one line that this WPS runs no add-in functions;
// nothing is asked of any host but localhost.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildSync } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { readSampleTexts } from '../../src/cli/io';
import { sampleSheets } from '../../src/core/sheets/sample';
import { FileWorkbook } from '../../src/workbook/file/file';
import { wpsPackage } from '../helpers/wps-package';
import { CHROMIUM, OUTPUT, available, browserDescribe } from './chromium';
import { StaticServer, serveStatic } from './server';

const maybe = browserDescribe();

/** Reads the double's model in the page. */
function inPage<T>(page: Page, fn: string): Promise<T> {
  return page.evaluate(`(() => { const model = window.__dubanEt.model; return (${fn})(model); })()`) as Promise<T>;
}

maybe('the WPS pane in Chromium over the ET double', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const external: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`CI 需要 Chromium：${CHROMIUM} 不存在`);
    const pkg = await wpsPackage();
    server = await serveStatic(path.join(pkg.outDir, pkg.folder));
    const file = FileWorkbook.create();
    await file.addSheets(sampleSheets(await readSampleTexts()));
    const grids = await file.readAll();
    const inject = buildSync({ entryPoints: [path.join(__dirname, 'wps-inject.ts')], bundle: true, format: 'iife', platform: 'browser', write: false, logLevel: 'silent' }).outputFiles[0].text;
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-wps-chromium-'));
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM, headless: true, locale: 'zh-CN', viewport: { width: 420, height: 900 }, ignoreHTTPSErrors: true,
      args: ['--lang=zh-CN', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    // two minutes a wait, not 30 s: a busy machine may be slow, yet a failing wait still fails soon
    context.setDefaultTimeout(120_000);
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
      external.push(url.href);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console.${m.type()}: ${m.text()}`);
    });
    await page.addInitScript({ content: `window.__dubanGrids = ${JSON.stringify(grids)};` });
    await page.addInitScript({ content: inject });
    await page.goto(`${server.origin}/taskpane.html`);
    await page.getByTestId('pane').waitFor();
  }, 30 * 60_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  test('the pane opens in WPS mode and says in one line that add-in functions are not available', async () => {
    await expect(page.getByTestId('host-note').textContent()).resolves.toContain('不支持加载项自定义函数');
    await expect(page.evaluate('typeof Office')).resolves.toBe('undefined');
  });

  test('校验 flags 市教育局 at 任务分工表!C11 and suggests 市教体局', async () => {
    await page.getByRole('button', { name: '校验', exact: true }).click();
    const issue = page.locator('section[data-code="UNKNOWN_UNIT"] li[data-cell="任务分工表!C11"]');
    await issue.waitFor();
    await expect(issue.textContent()).resolves.toContain('建议：市教体局');
  });

  test('修复 writes 市教体局 into the sheet through the ET object model', async () => {
    await page.locator('li[data-cell="任务分工表!C11"]').getByRole('button', { name: '修复', exact: true }).click();
    await page.getByTestId('message').filter({ hasText: '已修复 1 处' }).waitFor();
    await expect(inPage(page, "(m) => m.sheets.find((s) => s.name === '任务分工表').cell(10, 2).value")).resolves.toBe('市教体局');
  });

  test('生成汇总 writes the six summary sheets (得分明细 too), each marked as Duban\'s', async () => {
    await page.getByRole('button', { name: '生成汇总', exact: true }).click();
    await page.getByTestId('message').filter({ hasText: '已生成 6 张汇总表' }).waitFor();
    const marked = await inPage<string[]>(page, '(m) => m.names.filter((n) => n.name.startsWith("DUBAN_GENERATED_") && n.sheet).map((n) => n.sheet.name)');
    expect(marked.length).toBe(6);
    expect(marked).toEqual(expect.arrayContaining(['校验结果', '得分明细', '月度通报-2023-06'])); // the month of the as-of date, as the CLI
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'wps-pane.png'), fullPage: true });
  });

  test('定稿 replaces the formulas of the generated sheets by values', async () => {
    const before = await inPage<number>(page, '(m) => m.names.filter((n) => n.sheet).reduce((k, n) => k + n.sheet.formulaCells().length, 0)');
    expect(before).toBeGreaterThan(0);
    await page.getByRole('button', { name: '定稿', exact: true }).click();
    await page.getByTestId('message').filter({ hasText: '已定稿' }).waitFor();
    const after = await inPage<number>(page, '(m) => m.names.filter((n) => n.sheet).reduce((k, n) => k + n.sheet.formulaCells().length, 0)');
    expect(after).toBe(0);
  });

  test('nothing was asked of any other host, and the page logged no error', () => {
    expect(external).toEqual([]);
    expect(problems).toEqual([]);
  });
});
