// Opens the pane page (browser mode) in headless Chromium for the browser tests: every request off localhost recorded and refused, every page error kept.
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { REPO, ensureBuilt } from './build';
import { StaticServer, serveStatic } from './server';

import { CHROMIUM, describeWith } from '../helpers/system';

export { CHROMIUM };
const ARGS = ['--lang=zh-CN', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
export const OUTPUT = path.join(REPO, 'test-output');
export const available = fs.existsSync(CHROMIUM);

/** describe when Chromium and a Chinese font are there (or in CI, where their absence fails); otherwise skipped, naming the packages. */
export function browserDescribe(): (name: string, body: () => void) => void {
  return describeWith('浏览器测试', ['chromium', 'fonts-wqy-microhei']);
}

/** Microsoft's CDN copy of office.js, which the page asks for first inside Office only (refused here: the copy must load). */
export const OFFICE_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
/** The one CSP report expected: office.js's telemetry frame, blocked by frame-src 'self'. */
export const TELEMETRY_BLOCKED = /^Framing 'https:\/\/telemetryservice\.firstpartyapps\.oaspapps\.com\/' violates the following Content Security Policy directive: "frame-src 'self'"/;

export interface PanePage {
  readonly server: StaticServer;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Requests to any host but localhost (refused). */
  readonly external: string[];
  /** Page errors, console errors and CSP reports, but the expected ones below. */
  readonly problems: string[];
  /** The telemetry frame office.js tried and the CSP blocked before any request (expected outside Office). */
  readonly telemetryBlocked: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Runs in the page before any of its scripts (e.g. a PerformanceObserver that must see everything). */
  readonly initScript?: () => void;
  /** Query string of the page's URL, such as Office's `?_host_Info=…` (default none: a plain browser). */
  readonly query?: string;
  /** Requests off localhost are left unanswered instead of refused: a network that silently drops traffic. */
  readonly dropExternal?: boolean;
}

export async function openPanePage(options: OpenOptions = {}): Promise<PanePage> {
  if (!available) throw new Error(`CI 需要 Chromium：${CHROMIUM} 不存在（.ci/run 会安装 chromium 与 fonts-wqy-microhei）`);
  const dist = await ensureBuilt();
  const server = await serveStatic(dist);
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-chromium-'));
  const { chromium } = await import('playwright-core');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM, headless: true, args: ARGS, ignoreHTTPSErrors: true, acceptDownloads: true, locale: 'zh-CN',
    viewport: { width: 1280, height: 900 },
  });
  // two minutes a wait, not 30 s: a busy machine may be slow, yet a failing wait still fails soon
  context.setDefaultTimeout(120_000);
  const external: string[] = [];
  const problems: string[] = [];
  const telemetryBlocked: string[] = [];
  // anything not on localhost is recorded and refused (data: and blob: never reach the network)
  await context.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === 'localhost' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    if (options.dropExternal) return undefined; // never answered
    return route.abort();
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // office.js outside Office frames its telemetry page; the CSP (frame-src 'self') blocks that
    // before any request is made, as it should: nothing leaves the machine. Expected, and only that.
    if (TELEMETRY_BLOCKED.test(m.text())) return void telemetryBlocked.push(m.text());
    // the CDN's office.js, refused by the route above (inside Office only): the self-hosted copy loads instead
    if (m.type() === 'error' && (m.location().url === OFFICE_CDN || m.text().includes(OFFICE_CDN))) return;
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(`console.${m.type()}: ${m.text()}`);
  });
  if (options.initScript) await page.addInitScript(options.initScript);
  await page.goto(`${server.origin}/taskpane.html${options.query ?? ''}`);
  return {
    server, context, page, external, problems, telemetryBlocked,
    async close() {
      await context.close();
      await server.close();
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
