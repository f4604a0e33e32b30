// Inside Office (the page opened with Office's `_host_Info` parameter) on a network that silently drops traffic to
// Microsoft's CDN: the CDN is asked once, within host.ts's bound, then the copy beside the pane loads and the pane
// starts; a plain browser page, by contrast, never asks for office.js (pane.test.ts).
import { OFFICE_CDN_TIMEOUT_MS } from '../../src/taskpane/host';
import { OFFICE_CDN, PanePage, browserDescribe, openPanePage } from './chromium';

const maybe = browserDescribe();

maybe('office.js inside Office when the CDN never answers', () => {
  let pane: PanePage;
  let opened = 0;

  beforeAll(async () => {
    opened = Date.now();
    pane = await openPanePage({ query: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0', dropExternal: true });
  });

  afterAll(async () => {
    await pane?.close();
  });

  test('the CDN is asked, then the self-hosted copy loads after the bound, and the pane still starts', async () => {
    await pane.page.waitForFunction(() => typeof (window as unknown as { Office?: unknown }).Office !== 'undefined');
    expect(pane.external).toEqual([OFFICE_CDN]);
    expect(pane.server.requested).toContain('/office-js/office.js');
    // not Excel after all (no Office answers this page): the pane falls back to the browser pane, which starts
    await pane.page.getByRole('button', { name: '校验', exact: true }).waitFor();
    expect(Date.now() - opened).toBeGreaterThan(OFFICE_CDN_TIMEOUT_MS);
  });
});
