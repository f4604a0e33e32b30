// Entry of the task pane page: inside Excel or WPS 表格 the pane works on the open workbook; in a plain browser the same pane
// works on an .xlsx in memory (the built-in sample first). Office calls stay in host.ts and the ports.
import { FluentProvider, Spinner, webLightTheme } from '@fluentui/react-components';
import { ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserApp } from './components/BrowserApp';
import { ExcelApp } from './components/ExcelApp';
import { HostInfo, detectHost, excelWorkbook } from './host';
import { wpsApplication, wpsCustomFunctions, wpsWorkbook } from './wps-host';
import { SAMPLE_TEXTS } from './sample-assets';
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

function show(host: HostInfo): void {
  const t = stringsFor(host.language);
  document.documentElement.lang = t === stringsFor('en') ? 'en' : 'zh-CN';
  document.title = t.appTitle;
  const wps = host.kind === 'wps' ? wpsApplication() : null;
  if (wps) render(t, <ExcelApp t={t} port={wpsWorkbook(wps)} note={wpsCustomFunctions(wps) ? undefined : t.wpsNoFunctions} />);
  else if (host.kind === 'excel') render(t, <ExcelApp t={t} port={excelWorkbook()} />);
  else render(t, <BrowserApp t={t} sample={SAMPLE_TEXTS} />);
}

const initial = stringsFor(null);
render(initial, <Spinner style={{ marginTop: 48 }} label={initial.starting} />);
void detectHost(undefined, show).then(show);
