// The browser page opening a 100k-row workbook in a real browser (Chromium, headless): the reading and the check run in the
// Web Worker, and no main-thread task during open + check lasts over 200 ms (PerformanceObserver 'longtask'); hostile files
// are refused with the reader's Chinese line while the open workbook stays usable.
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { writeBenchWorkbook } from '../../scripts/bench-data';
import { REPO } from './build';
import { OUTPUT, PanePage, browserDescribe, openPanePage } from './chromium';

const maybe = browserDescribe();

/**
 * Opening and checking happen in the worker: on the main thread the read alone is seconds long. The bound is five times the
 * 200 ms goal (issue 11) so that a busy machine cannot fail it; the figure itself is measured in BENCHMARKS.md.
 */
const LONG_TASK_BOUND_MS = 1000;
/** The benchmark's size (BENCHMARKS.md): 10k tasks, 100k ledger rows. */
const SIZE = { label: '10k 任务 / 100k 台账', tasks: 10_000, ledger: 100_000 };
const FILE = path.join(OUTPUT, 'large', 'bench-10k-100k.xlsx');

interface LongTask {
  readonly startTime: number;
  readonly duration: number;
}

/** Installed before the page's scripts: every long task of the page, kept on window. */
function recordLongTasks(): void {
  const w = window as unknown as { __longTasks: LongTask[] };
  w.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) w.__longTasks.push({ startTime: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
}

const longTasksSince = (page: Page, since: number) =>
  page.evaluate((t0) => (window as unknown as { __longTasks: LongTask[] }).__longTasks.filter((e) => e.startTime + e.duration >= t0), since);

maybe('the browser page with a 100k-row workbook (Chromium)', () => {
  let pane: PanePage;
  let page: Page;

  beforeAll(async () => {
    // generated once (the same bytes each time: a seeded generator) and kept under test-output/
    if (!fs.existsSync(FILE)) {
      fs.mkdirSync(path.dirname(FILE), { recursive: true });
      await writeBenchWorkbook(`${FILE}.tmp`, SIZE);
      fs.renameSync(`${FILE}.tmp`, FILE);
    }
    pane = await openPanePage({ initScript: recordLongTasks });
    page = pane.page;
    // the sample's first check done: what follows measures the large file only
    await page.getByTestId('issue-summary').waitFor();
  });

  afterAll(async () => {
    await pane?.close();
  });

  test(`opening and checking it leaves no main-thread task over ${LONG_TASK_BOUND_MS} ms`, async () => {
    const t0 = await page.evaluate(() => performance.now());
    const started = Date.now();
    await page.getByTestId('file-input').setInputFiles(FILE);
    await page.getByTestId('notice').filter({ hasText: '已打开“bench-10k-100k.xlsx”' }).waitFor();
    await page.getByTestId('issue-summary').waitFor();
    const elapsed = Date.now() - started;
    // long-task entries arrive after their task: let the observer catch up, and scroll the big sheet meanwhile
    await page.getByRole('tab', { name: '报送台账' }).click();
    await page.locator('[data-testid="grid"]').evaluate((el) => el.scrollTo({ top: 24 * 60_000 }));
    await page.locator('[data-testid="grid"] th', { hasText: /^60010$/ }).waitFor();
    await page.getByRole('tab', { name: '任务分工表' }).click();
    await page.waitForTimeout(500);
    const tasks = await longTasksSince(page, t0);
    const longest = tasks.reduce((m, e) => Math.max(m, e.duration), 0);
    const summary = await page.getByTestId('issue-summary').textContent();
    // eslint-disable-next-line no-console
    console.log(
      `100k 行工作簿：打开并校验用时 ${(elapsed / 1000).toFixed(1)} s；主线程长任务 ${tasks.length} 个，最长 ${Math.round(longest)} ms` +
        `（${tasks.map((e) => Math.round(e.duration)).join('、') || '无'}）；${summary}`,
    );
    fs.mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'page-100k.png') });
    expect(summary).toMatch(/错误/);
    expect(longest).toBeLessThanOrEqual(LONG_TASK_BOUND_MS);
  });

  test.each([
    ['cell-zzzzzz.xlsx', /超出 Excel 范围/],
    ['row-2147483647.xlsx', /超出 Excel 范围/],
    ['bomb-lying-size.xlsx', /大小与记录不符|压缩炸弹/],
    ['billion-laughs.xlsx', /DOCTYPE/],
    ['malformed-then-rows.xlsx', /XML 格式错误/],
  ])('a hostile file (%s) is refused with the reader\'s reason; the open workbook stays and answers', async (name, reason) => {
    const t0 = await page.evaluate(() => performance.now());
    await page.getByTestId('file-input').setInputFiles(path.join(REPO, 'test', 'fixtures', 'bad', 'hostile', name));
    const notice = page.getByTestId('notice').filter({ hasText: `文件“${name}”已损坏或不完整` });
    await notice.waitFor();
    await expect(notice.textContent()).resolves.toMatch(reason);
    // the 100k workbook is still the one open, and its worker still answers
    await page.getByRole('tab', { name: '报送台账' }).click();
    await page.locator('[data-testid="grid"]').getByText('单位', { exact: true }).first().waitFor();
    const longest = (await longTasksSince(page, t0)).reduce((m, e) => Math.max(m, e.duration), 0);
    expect(longest).toBeLessThanOrEqual(LONG_TASK_BOUND_MS);
  });

  test('the page raised no error', () => {
    expect(pane.problems).toEqual([]);
  });
});
