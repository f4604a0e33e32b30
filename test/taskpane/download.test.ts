// Downloads in the pane: where a script's click on <a download> saves nothing (Excel for Mac's WKWebView, office-js
// issue 3) the pane does not click but offers the file as visible links; elsewhere it clicks and offers them too.
import { downloadBytes, scriptedDownloadUnreliable } from '../../src/taskpane/download';

/** User agents as each webview reports itself. */
const AGENTS = {
  excelMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)',
  excelIpad: 'Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148',
  safari: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Safari/605.1.15',
  webView2: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.0.0',
  chromium: 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
};

test('a WebKit webview inside an app is told from Safari, Chromium and Edge’s WebView2', () => {
  expect(scriptedDownloadUnreliable(AGENTS.excelMac)).toBe(true);
  expect(scriptedDownloadUnreliable(AGENTS.excelIpad)).toBe(true);
  expect(scriptedDownloadUnreliable(AGENTS.safari)).toBe(false);
  expect(scriptedDownloadUnreliable(AGENTS.webView2)).toBe(false);
  expect(scriptedDownloadUnreliable(AGENTS.chromium)).toBe(false);
});

describe('downloadBytes', () => {
  const clicks: string[] = [];
  const saved = { navigator: globalThis.navigator, document: (globalThis as { document?: unknown }).document };
  function install(userAgent: string) {
    clicks.length = 0;
    Object.defineProperty(globalThis, 'navigator', { value: { userAgent }, configurable: true });
    (globalThis as { document?: unknown }).document = {
      createElement: () => ({ href: '', download: '', click(this: { href: string }) { clicks.push(this.href); }, remove() {} }),
      body: { appendChild() {} },
    };
  }
  beforeEach(() => jest.useFakeTimers()); // the object URL's release, ten minutes later
  afterEach(() => {
    jest.useRealTimers();
    Object.defineProperty(globalThis, 'navigator', { value: saved.navigator, configurable: true });
    (globalThis as { document?: unknown }).document = saved.document;
  });

  test('in Excel for Mac nothing is clicked: the offer (object URL and name) is for the visible links', () => {
    install(AGENTS.excelMac);
    const offer = downloadBytes(new Uint8Array([1, 2, 3]), '通报.docx', 'application/octet-stream');
    expect(offer.name).toBe('通报.docx');
    expect(offer.url).toMatch(/^blob:/);
    expect(clicks).toEqual([]);
    URL.revokeObjectURL(offer.url);
  });

  test('in Chromium the download is clicked, and the same offer is returned for the links', () => {
    install(AGENTS.chromium);
    const offer = downloadBytes(new Uint8Array([1]), '填报表.zip', 'application/zip');
    expect(clicks).toEqual([offer.url]);
    URL.revokeObjectURL(offer.url);
  });
});
