// The page outside Excel: a workbook in memory (the sample, or an .xlsx the clerk opens), its sheets as tabs over a
// read-only grid, the same pane beside it, and the result downloaded as 原文件名-督办.xlsx.
import {
  Button, Caption1, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3, makeStyles, tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, FolderOpen20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SampleTexts } from '../../core/sheets/sample';
import { Grid, parseA1 } from '../../core/sheets/grid';
import { Issue } from '../../core/validation/issues';
import { FileWorkbook } from '../../workbook/file';
import { PaneActions, systemClock } from '../actions';
import { OpenWorkbookError, XLSX_MIME, downloadFileName, openWorkbookBytes, sampleWorkbook } from '../browser-workbook';
import { describeError } from '../errors';
import { Strings } from '../strings';
import { Pane } from './Pane';
import { PlanImport } from './PlanImport';
import { SheetGrid } from './SheetGrid';
import { planWorkbook } from '../plan-import';

const useStyles = makeStyles({
  page: { display: 'flex', flexDirection: 'column', height: '100vh', boxSizing: 'border-box' },
  header: {
    display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: '8px', padding: '8px 12px',
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground2,
  },
  title: { display: 'flex', flexDirection: 'column', marginRight: 'auto', minWidth: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  body: {
    display: 'flex', flexGrow: 1, minHeight: 0,
    '@media (max-width: 760px)': { flexDirection: 'column', overflow: 'auto' },
  },
  sheetArea: {
    display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0, minHeight: 0, padding: '8px', gap: '4px',
    '@media (max-width: 760px)': { order: 2, minHeight: '420px' },
  },
  tabs: { overflowX: 'auto', flexShrink: 0 },
  side: {
    width: '340px', flexShrink: 0, overflowY: 'auto', borderLeft: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    '@media (max-width: 760px)': { width: '100%', borderLeft: 'none', order: 1, overflowY: 'visible' },
  },
  hiddenInput: { display: 'none' },
});

export interface BrowserAppProps {
  readonly t: Strings;
  readonly sample: SampleTexts;
}

interface Opened {
  readonly id: number;
  readonly workbook: FileWorkbook;
  readonly fileName: string;
  readonly actions: PaneActions;
}

let nextId = 1;

export function BrowserApp({ t, sample }: BrowserAppProps) {
  const styles = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [grid, setGrid] = useState<Grid | null>(null);
  const [highlight, setHighlight] = useState<{ row: number; col: number } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const [link, setLink] = useState<{ url: string; name: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);

  const adopt = useCallback((workbook: FileWorkbook, fileName: string) => {
    setOpened({ id: nextId++, workbook, fileName, actions: new PaneActions(workbook, systemClock) });
    setHighlight(null);
    setActive(null);
    setLink(null);
  }, []);

  const openSample = useCallback(async () => {
    setBusy(t.busyOpening);
    try {
      adopt(await sampleWorkbook(sample), `${t.sampleName}.xlsx`);
    } catch (error) {
      setNotice({ intent: 'error', text: describeError(error, t) });
    } finally {
      setBusy(null);
    }
  }, [adopt, sample, t]);

  useEffect(() => {
    void openSample();
  }, [openSample]);

  /** Sheets and the active sheet's grid, read again after every action. */
  const refresh = useCallback(async () => {
    if (!opened) return;
    const list = (await opened.workbook.listSheets()).filter((s) => !s.hidden).map((s) => s.name);
    setSheets(list);
    const name = active && list.includes(active) ? active : list[0] ?? null;
    setActive(name);
    setGrid(name ? await opened.workbook.readSheet(name) : null);
  }, [opened, active]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const openFile = async (file: File) => {
    setBusy(t.busyOpening);
    setNotice(null);
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      adopt(await openWorkbookBytes(file.name, bytes), file.name);
      setNotice({ intent: 'success', text: t.opened(file.name) });
    } catch (error) {
      // the workbook already open stays open: nothing is lost
      const text = error instanceof OpenWorkbookError ? t.badFile(error.fileName, error.kind) : describeError(error, t);
      setNotice({ intent: 'error', text });
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    if (!opened) return;
    setBusy(t.busySaving);
    try {
      const bytes = await opened.workbook.save();
      const name = downloadFileName(opened.fileName);
      if (link) URL.revokeObjectURL(link.url);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
      setLink({ url, name });
      const a = document.createElement('a');
      a.href = url;
      a.download = name;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setNotice({ intent: 'success', text: t.downloadReady(name) });
    } catch (error) {
      setNotice({ intent: 'error', text: describeError(error, t) });
    } finally {
      setBusy(null);
    }
  };

  const onSelect = useCallback(
    (issue: Issue) => {
      const at = parseA1(issue.cell);
      setActive(issue.sheet);
      setHighlight(at);
    },
    [],
  );

  const pane = useMemo(
    () =>
      opened ? <Pane key={opened.id} actions={opened.actions} t={t} onChanged={() => void refresh()} onSelect={onSelect} /> : null,
    [opened, t, refresh, onSelect],
  );

  return (
    <div className={styles.page}>
      <header className={styles.header}>
        <div className={styles.title}>
          <Title3 as="h1">{t.browserTitle}</Title3>
          <Caption1 className={styles.note}>
            {opened ? opened.fileName : ''} · {t.browserNote}
          </Caption1>
        </div>
        <input
          ref={fileInput}
          className={styles.hiddenInput}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void openFile(file);
          }}
        />
        <Button icon={<FolderOpen20Regular />} disabled={busy !== null} onClick={() => fileInput.current?.click()}>
          {t.openFile}
        </Button>
        <Button icon={<DocumentTable20Regular />} disabled={busy !== null} onClick={() => void openSample()}>
          {t.openSample}
        </Button>
        <Button appearance="primary" icon={<ArrowDownload20Regular />} disabled={busy !== null || !opened} onClick={() => void download()}>
          {t.download}
        </Button>
        {busy && <Spinner size="tiny" label={busy} labelPosition="after" />}
      </header>
      {notice && (
        <MessageBar intent={notice.intent} data-testid="notice">
          <MessageBarBody>
            {notice.text}
            {notice.intent === 'success' && link && (
              <>
                {' '}
                <a href={link.url} download={link.name}>
                  {link.name}
                </a>
              </>
            )}
          </MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.body}>
        <section className={styles.sheetArea} aria-label={t.sheetTabs}>
          <div className={styles.tabs}>
            <TabList
              size="small"
              selectedValue={active ?? ''}
              onTabSelect={(_e, data) => {
                setActive(String(data.value));
                setHighlight(null);
              }}
            >
              {sheets.map((name) => (
                <Tab key={name} value={name}>
                  {name}
                </Tab>
              ))}
            </TabList>
          </div>
          <SheetGrid grid={grid} t={t} highlight={highlight} />
        </section>
        <aside className={styles.side}>
          {pane}
          <PlanImport
            t={t}
            writeLabel={t.planWriteBrowser}
            onWrite={async (plan, source) => {
              // a new workbook in the template of `duban init`, opened in place of the current one
              const workbook = await planWorkbook(plan);
              const name = `${source.replace(/\.(docx|txt)$/i, '') || '方案'}-任务分工表.xlsx`;
              adopt(workbook, name);
              return [name];
            }}
          />
        </aside>
      </div>
    </div>
  );
}
