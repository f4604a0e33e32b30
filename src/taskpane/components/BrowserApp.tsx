// The page outside Excel: a workbook held by a Web Worker (the sample, or an .xlsx the clerk opens), its sheets as tabs
// over a read-only grid, the same pane beside it, and the result downloaded as 原文件名-督办.xlsx.
import {
  Button, Caption1, MessageBar, MessageBarBody, Spinner, Tab, TabList, Title3, makeStyles, tokens,
} from '@fluentui/react-components';
import { ArrowDownload20Regular, FolderOpen20Regular, DocumentTable20Regular } from '@fluentui/react-icons';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { SampleTexts } from '../../core/sheets/sample';
import { parseA1 } from '../../core/sheets/grid';
import { Issue } from '../../core/validation/issues';
import { OpenWorkbookError, XLSX_MIME, downloadFileName } from '../browser-workbook';
import { describeError } from '../errors';
import { downloadUrl } from '../download';
import { SheetWindow } from '../grid-view';
import { Strings } from '../strings';
import { WorkbookClient } from '../workbook-client';
import { Pane } from './Pane';
import { PlanImport } from './PlanImport';
import { SheetGrid } from './SheetGrid';

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
  // many sheets: the tabs keep one line and scroll sideways (the active one is scrolled into view)
  tabs: { overflowX: 'auto', overflowY: 'hidden', flexShrink: 0, maxWidth: '100%' },
  tabList: { flexWrap: 'nowrap', width: 'max-content' },
  located: { color: tokens.colorPaletteRedForeground1 },
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

/** The workbook open in the page: its worker (which also runs the pane's engine) and the file's name. */
interface Opened {
  readonly id: number;
  readonly client: WorkbookClient;
  readonly fileName: string;
}

let nextId = 1;

/** Rows fetched beyond those on screen, each way, so that scrolling rarely waits for the worker. */
const ROW_MARGIN = 200;

export function BrowserApp({ t, sample }: BrowserAppProps) {
  const styles = useStyles();
  const [opened, setOpened] = useState<Opened | null>(null);
  const [sheets, setSheets] = useState<string[]>([]);
  const [active, setActive] = useState<string | null>(null);
  const [grid, setGrid] = useState<SheetWindow | null>(null);
  const [highlight, setHighlight] = useState<{ row: number; col: number } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [notice, setNotice] = useState<{ intent: 'error' | 'success'; text: string } | null>(null);
  const [link, setLink] = useState<{ url: string; name: string } | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const tabsBox = useRef<HTMLDivElement>(null);
  const [located, setLocated] = useState<string | null>(null);
  const current = useRef<Opened | null>(null);
  const gridRef = useRef<SheetWindow | null>(null);
  gridRef.current = grid;

  /** Numbers the opens in the order they were asked for: one that finishes after a later one was shown is dropped. */
  const asked = useRef(0);
  const shown = useRef(0);

  /**
   * Shows a newly opened workbook (`ticket` from asked when its open began); the one before it is
   * closed (its worker ended). Returns false, closing the newcomer, when a later open was shown already.
   */
  const adopt = useCallback((client: WorkbookClient, fileName: string, ticket: number): boolean => {
    if (ticket < shown.current) {
      client.close();
      return false;
    }
    shown.current = ticket;
    current.current?.client.close();
    const next = { id: nextId++, client, fileName };
    current.current = next;
    setOpened(next);
    setGrid(null);
    setHighlight(null);
    setActive(null);
    setLink(null);
    return true;
  }, []);

  useEffect(() => () => current.current?.client.close(), []);

  // the active tab in view, however many sheets there are
  useEffect(() => {
    tabsBox.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }, [active, sheets]);

  const openSample = useCallback(async () => {
    setBusy(t.busyOpening);
    try {
      const ticket = ++asked.current;
      adopt(await WorkbookClient.openSample(sample), `${t.sampleName}.xlsx`, ticket);
    } catch (error) {
      setNotice({ intent: 'error', text: describeError(error, t) });
    } finally {
      setBusy(null);
    }
  }, [adopt, sample, t]);

  useEffect(() => {
    void openSample();
  }, [openSample]);

  /** Sheets and the first rows of the active sheet, asked of the worker again after every action. */
  const refresh = useCallback(async () => {
    if (!opened) return;
    try {
      const list = await opened.client.sheets();
      setSheets(list);
      const name = active && list.includes(active) ? active : list[0] ?? null;
      setActive(name);
      const first = Math.max(0, (gridRef.current?.sheet === name ? gridRef.current.first : 0));
      setGrid(name ? await opened.client.window(name, first, first + 2 * ROW_MARGIN) : null);
    } catch (error) {
      // a workbook closed meanwhile (another was opened) has nothing left to show
      if (current.current === opened) setNotice({ intent: 'error', text: describeError(error, t) });
    }
  }, [opened, active, t]);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  /** The grid's rows on screen: fetched from the worker when the page does not hold them yet. */
  const onRows = useCallback(
    (first: number, last: number) => {
      const held = gridRef.current;
      if (!opened || !held || (first >= held.first && last <= held.first + held.rows.length)) return;
      const sheet = held.sheet;
      opened.client
        .window(sheet, Math.max(0, first - ROW_MARGIN), last + ROW_MARGIN)
        .then((next) => {
          if (gridRef.current?.sheet === sheet) setGrid(next);
        })
        .catch(() => undefined); // the workbook was closed meanwhile
    },
    [opened],
  );

  const openFile = async (file: File) => {
    setBusy(t.busyOpening);
    setNotice(null);
    try {
      // read in a new worker: the open workbook stays usable meanwhile, and stays open if this file is refused
      const ticket = ++asked.current;
      if (adopt(await WorkbookClient.openFile(file.name, await file.arrayBuffer()), file.name, ticket)) setNotice({ intent: 'success', text: t.opened(file.name) });
    } catch (error) {
      // the workbook already open stays open: nothing is lost
      const text = error instanceof OpenWorkbookError ? t.badFile(error.fileName, error.kind, error.detail) : describeError(error, t);
      setNotice({ intent: 'error', text });
    } finally {
      setBusy(null);
    }
  };

  const download = async () => {
    if (!opened) return;
    setBusy(t.busySaving);
    try {
      const bytes = await opened.client.save();
      const name = downloadFileName(opened.fileName);
      if (link) URL.revokeObjectURL(link.url);
      const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: XLSX_MIME }));
      setLink({ url, name });
      downloadUrl(url, name);
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
      setLocated(`${issue.sheet}!${issue.cell}`);
    },
    [],
  );

  const pane = useMemo(
    () =>
      opened ? <Pane key={opened.id} actions={opened.client} t={t} onChanged={() => void refresh()} onSelect={onSelect} /> : null,
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
          <div className={styles.tabs} ref={tabsBox} data-testid="sheet-tabs">
            <TabList
              size="small"
              className={styles.tabList}
              selectedValue={active ?? ''}
              onTabSelect={(_e, data) => {
                setActive(String(data.value));
                setHighlight(null);
                setLocated(null);
              }}
            >
              {sheets.map((name) => (
                <Tab key={name} value={name}>
                  {name}
                </Tab>
              ))}
            </TabList>
          </div>
          {located && highlight && (
            <Caption1 className={styles.located} data-testid="located">
              {t.selectedCell(located)}
            </Caption1>
          )}
          <SheetGrid grid={grid && grid.sheet === active ? grid : null} t={t} highlight={highlight} onRows={onRows} />
        </section>
        <aside className={styles.side}>
          {pane}
          <PlanImport
            t={t}
            writeLabel={t.planWriteBrowser}
            onWrite={async (plan, source) => {
              // a new workbook in the template of `duban init`, opened in place of the current one
              const ticket = ++asked.current;
              const client = await WorkbookClient.openPlan(plan);
              const name = `${source.replace(/\.(docx|txt)$/i, '') || '方案'}-任务分工表.xlsx`;
              adopt(client, name, ticket);
              return [name];
            }}
          />
        </aside>
      </div>
    </div>
  );
}
