// The pane's column-mapping view in a real browser (Chromium, headless): the detected roles under the sheet picker,
// a dropdown changing one, saved in 设置's 列映射 — the downloaded workbook, opened again after a reload, keeps it.
import ExcelJS from 'exceljs';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO, ensureBuilt } from './build';
import { StaticServer, serveStatic } from './server';

const CHROMIUM = process.env.DUBAN_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = ['--lang=zh-CN', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUTPUT = path.join(REPO, 'test-output');
const available = fs.existsSync(CHROMIUM);

if (!available && !process.env.CI) {
  // eslint-disable-next-line no-console
  console.log(`跳过浏览器测试：找不到 Chromium（${CHROMIUM}）。安装：apt-get install -y chromium fonts-wqy-microhei（CI 中必须运行）。`);
}

const maybe = available || process.env.CI ? describe : describe.skip;
jest.setTimeout(60_000);

maybe('the mapping view in Chromium (browser mode, the built-in sample)', () => {
  let server: StaticServer;
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const external: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`CI 需要 Chromium：${CHROMIUM} 不存在（.ci/run 会安装 chromium 与 fonts-wqy-microhei）`);
    const dist = await ensureBuilt();
    server = await serveStatic(dist);
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-chromium-'));
    const { chromium } = await import('playwright-core');
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      ignoreHTTPSErrors: true,
      acceptDownloads: true,
      locale: 'zh-CN',
      viewport: { width: 1280, height: 900 },
    });
    // anything not on localhost is recorded and refused (data: and blob: never reach the network)
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
    await page.goto(`${server.origin}/taskpane.html`);
  }, 170_000);

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
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
    const workbook = new ExcelJS.Workbook();
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
    await page.waitForFunction(() => document.querySelector<HTMLSelectElement>('[data-testid="mapping-D"] select')?.value === '', undefined, { timeout: 15_000 });
    await expect(page.getByTestId('mapping-D').locator('select').inputValue()).resolves.toBe('');
    await expect(page.getByTestId('mapping-C').locator('select').inputValue()).resolves.toBe('lead');
  });
});
