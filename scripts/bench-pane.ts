// Pane start-up in Chromium (npx tsx scripts/bench-pane.ts): the production build served on localhost, the plain
// browser page opened cold; bytes of script loaded before the first screen (the 校验 button) and the main thread's
// script time (Chrome's ScriptDuration) and total time to that screen, median of a few runs. Prints a Markdown row.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ensureBuilt } from '../test/browser/build';
import { serveStatic } from '../test/browser/server';

const CHROMIUM = process.env.DUBAN_CHROMIUM ?? '/usr/bin/chromium';
const RUNS = Number(process.env.RUNS ?? 5);

async function once(origin: string): Promise<{ scriptBytes: number; files: number; scriptMs: number; firstScreenMs: number }> {
  const { chromium } = await import('playwright-core');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-bench-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, ignoreHTTPSErrors: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    // nothing off localhost (an older build asked Microsoft's CDN first): refused, as on a closed network that answers
    await context.route('**/*', (route) => (/^(localhost|127\.0\.0\.1)$/.test(new URL(route.request().url()).hostname) ? route.continue() : route.abort()));
    const page = context.pages()[0] ?? (await context.newPage());
    const scripts: number[] = [];
    page.on('response', async (response) => {
      if (!/\.js(\?|$)/.test(response.url())) return;
      scripts.push((await response.body().catch(() => Buffer.alloc(0))).length);
    });
    // (the page's Web Worker, workbook-worker.js, which opens the sample, is among them: it loads before the first screen)
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const started = Date.now();
    await page.goto(`${origin}/taskpane.html`);
    await page.getByRole('button', { name: '校验', exact: true }).waitFor({ timeout: 120_000 });
    const firstScreenMs = Date.now() - started;
    const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
    const scriptMs = (metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
    return { scriptBytes: scripts.reduce((n, b) => n + b, 0), files: scripts.length, scriptMs, firstScreenMs };
  } finally {
    await context.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const dist = process.env.DIST ?? (await ensureBuilt()); // DIST: another build to compare, such as one from before a change
  const server = await serveStatic(dist);
  try {
    const runs = [];
    for (let i = 0; i < RUNS; i++) runs.push(await once(server.origin));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    const taskpane = fs.statSync(path.join(dist, 'taskpane.js')).size;
    process.stdout.write(
      `| 任务窗格启动（浏览器页面，Chromium 无头，冷启动） | ${kb(median(runs.map((r) => r.scriptBytes)))}（${median(runs.map((r) => r.files))} 个脚本；taskpane.js ${kb(taskpane)}） | ` +
        `${Math.round(median(runs.map((r) => r.scriptMs)))} ms | ${Math.round(median(runs.map((r) => r.firstScreenMs)))} ms | ${RUNS} 次中位数 |\n`,
    );
  } finally {
    await server.close();
  }
}

void main().catch((e) => {
  process.stderr.write(`${e instanceof Error ? e.stack : String(e)}\n`);
  process.exit(1);
});
