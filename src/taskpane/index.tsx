// Entry of the task pane: renders it inside Fluent UI v9. The pane itself is a later issue; for now
// it says so, while the DUBAN.* functions (loaded on the same page) already work.
/// <reference types="office-js" />
import { Body1, FluentProvider, Title2, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';

function Pane() {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100vh' }}>
      <main style={{ padding: '16px', display: 'flex', flexDirection: 'column', gap: '12px' }}>
        <Title2 as="h1">督办</Title2>
        <Body1 as="p">任务窗格即将推出：校验任务分工表、统计报送情况、生成月度通报。</Body1>
        <Body1 as="p">现在已可在单元格中使用 =DUBAN.QUOTA、=DUBAN.STATUS、=DUBAN.UNITS 等督办函数。</Body1>
      </main>
    </FluentProvider>
  );
}

const container = document.getElementById('root');
if (container) createRoot(container).render(<Pane />);
// Tell Office the pane is ready (outside Office, office.js resolves this with host null).
if (typeof Office !== 'undefined') void Office.onReady();
