// Entry of the task pane page: inside Excel or WPS 表格 the pane works on the open workbook; in a plain browser the same
// pane works on an .xlsx in memory (the built-in sample first). Office calls stay in host.ts and the ports. The first
// screen is a spinner; each host's pane (and what it needs) loads as its own chunk once the host is known.
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { HostInfo, detectHost, excelWorkbook, paneShown } from './host';
import { wpsApplication, wpsCustomFunctions, wpsWorkbook } from './wps-host';
import { Strings, stringsFor } from './strings';

const container = document.getElementById('root');

function render(t: Strings, content: ReactNode): void {
  if (!container) return;
  root.render(
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }} lang={t === stringsFor('en') ? 'en' : 'zh-CN'}>
      {content}
    </FluentProvider>,
  );
}

const root = createRoot(container ?? document.createElement('div'));

/** The host shown last: a late Excel answer replaces the browser pane, never the other way round. */
let shown: HostInfo['kind'] | null = null;

async function show(host: HostInfo): Promise<void> {
  if (shown === 'excel' || shown === 'wps') return;
  shown = host.kind;
  const t = stringsFor(host.language);
  document.documentElement.lang = t === stringsFor('en') ? 'en' : 'zh-CN';
  document.title = t.appTitle;
  const wps = host.kind === 'wps' ? wpsApplication() : null;
  if (wps) {
    const [{ ExcelApp }, port] = await Promise.all([import('./components/ExcelApp'), wpsWorkbook(wps)]);
    render(t, <ExcelApp t={t} port={port} note={wpsCustomFunctions(wps) ? undefined : t.wpsNoFunctions} />);
  } else if (host.kind === 'excel') {
    await paneShown(); // opened hidden with a workbook (REGISTRY cells): the pane's code loads when the pane does
    const [{ ExcelApp }, port] = await Promise.all([import('./components/ExcelApp'), excelWorkbook()]);
    render(t, <ExcelApp t={t} port={port} />);
  } else {
    const [{ BrowserApp }, { SAMPLE_TEXTS }] = await Promise.all([import('./components/BrowserApp'), import('./sample-assets')]);
    if (shown === 'excel') return; // Excel answered while the browser pane loaded
    render(t, <BrowserApp t={t} sample={SAMPLE_TEXTS} />);
  }
}

const initial = stringsFor(null);
render(initial, <Spinner style={{ marginTop: 48 }} label={initial.starting} />);
void detectHost(undefined, (late) => void show(late)).then(show);
