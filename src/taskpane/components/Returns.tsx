// 填报与收集: 生成填报表 (a .zip of one form per unit) and 收集填报 (many files at once, a preview, nothing written until the clerk confirms).
import { Body1, Button, Caption1, Input, Label, Subtitle2, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowDownload20Regular, Copy20Regular, FolderOpen20Regular } from '@fluentui/react-icons';
import { useRef, useState } from 'react';
import { civilDateAt, formatISO, parseISO } from '../../core/dates/civil-date';
import { CollectItem, collectItemLine, collectItems } from '../../core/returns/collect-items';
import { CollectPreview, PaneEngine, PaneSettings, ReminderNotice } from '../actions';
import { DOCX_MIME, downloadBytes } from '../download';
import { Strings } from '../strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  buttons: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: '18px', maxHeight: '160px', overflowY: 'auto' },
  scroll: { display: 'flex', flexDirection: 'column', gap: '4px', maxHeight: '180px', overflowY: 'auto' },
  heading: { fontWeight: tokens.fontWeightSemibold },
  received: { display: 'flex', alignItems: 'center', gap: '8px' },
  notice: { width: '100%', minHeight: '120px', boxSizing: 'border-box', fontFamily: 'inherit', fontSize: tokens.fontSizeBase200 },
});

type Outcome = { intent: 'success' | 'warning' | 'info' | 'error'; text: string } | null;

export interface ReturnsProps {
  readonly actions: PaneEngine;
  readonly t: Strings;
  readonly disabled: boolean;
  readonly settings: () => PaneSettings;
  /** The pane's runner: one action at a time, failures in plain words. */
  readonly run: (label: string, action: () => Promise<Outcome>) => Promise<void>;
  readonly setProgress: (p: { fraction: number; label: string } | null) => void;
  readonly yieldToPage: () => Promise<void>;
  readonly onWritten: () => Promise<void>;
}

export function Returns({ actions, t, disabled, settings, run, setProgress, yieldToPage, onWritten }: ReturnsProps) {
  const styles = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<CollectPreview | null>(null);
  // the 催办通知 outlives its preview: after 确认写入 the clerk still downloads or copies it
  const [notice, setNotice] = useState<ReminderNotice | null>(null);
  const [noticeText, setNoticeText] = useState<string | null>(null);
  const noticeArea = useRef<HTMLTextAreaElement>(null);
  // the date the clerk received the files being picked (today unless changed): 按时/逾期 is judged on it, not on the files' times
  const [receivedOn, setReceivedOn] = useState(() => formatISO(civilDateAt(Date.now())));

  const forms = () =>
    run(t.busyForms, async () => {
      const zip = await actions.formsZip(settings());
      downloadBytes(zip.bytes, zip.fileName, 'application/zip');
      return { intent: 'success', text: t.formsReady(zip.fileName, zip.count) };
    });

  const picked = (list: FileList | null) => {
    const files = list ? Array.from(list) : [];
    if (input.current) input.current.value = '';
    if (files.length === 0) return;
    void run(t.busyCollect, async () => {
      const stated = parseISO(receivedOn);
      const read = await Promise.all(files.map(async (f) => ({
        name: f.name, bytes: new Uint8Array(await f.arrayBuffer()),
        ...(stated ? { received: stated, receivedFrom: 'clerk' as const } : { received: civilDateAt(f.lastModified), receivedFrom: 'mtime' as const }),
      })));
      const next = await actions.collectPreview(settings(), read, async (done, total) => {
        setProgress({ fraction: done / total, label: t.collectReading(done, total) });
        await yieldToPage();
      });
      setPreview(next);
      setNotice(next.notice);
      setNoticeText(null);
      return null;
    });
  };

  const confirm = (p: CollectPreview) =>
    run(t.collectConfirm, async () => {
      const done = await actions.collectApply(p, settings());
      setPreview(null);
      await onWritten();
      const text = [t.collectDone(done.sheet, p.result.added.length), done.refreshed.length > 0 ? t.collectRefreshed(done.refreshed) : '', done.stale.length > 0 ? t.collectStale(done.stale) : ''];
      return { intent: done.stale.length > 0 ? 'warning' : 'success', text: text.filter(Boolean).join(' ') };
    });

  const noticeDocx = (notice: ReminderNotice) =>
    run(t.noticeDocx, async () => {
      downloadBytes(notice.bytes, notice.fileName, DOCX_MIME);
      return { intent: 'success', text: t.noticeReady(notice.fileName) };
    });

  // the clipboard API is refused in some webviews: then the text is shown selected for Ctrl+C
  const noticeCopy = (notice: ReminderNotice) =>
    run(t.noticeCopy, async () => {
      try {
        // a webview may neither grant nor refuse: after two seconds the text is shown instead
        await Promise.race([navigator.clipboard.writeText(notice.text), new Promise((_, reject) => setTimeout(() => reject(new Error('clipboard')), 2000))]);
        setNoticeText(null);
        return { intent: 'success', text: t.noticeCopied(notice.units) };
      } catch {
        setNoticeText(notice.text);
        setTimeout(() => noticeArea.current?.select(), 0);
        return { intent: 'info', text: t.noticeCopyByHand };
      }
    });

  const r = preview?.result;
  const items = r ? collectItems(r) : null;
  const itemList = (list: readonly CollectItem[], testId: string) => (
    <ul className={styles.list} data-testid={testId}>
      {list.map((n, i) => (
        <li key={i}>
          <Caption1>{collectItemLine(n)}</Caption1>
        </li>
      ))}
    </ul>
  );
  // the units whose files came in, then each unit that owes something, with what it owes
  const received = r?.units.filter((u) => u.files.length > 0) ?? [];
  const missing = r?.missing ?? [];
  return (
    <div className={styles.box} data-testid="returns">
      <Subtitle2>{t.returnsTitle}</Subtitle2>
      <div className={styles.buttons}>
        <Button icon={<ArrowDownload20Regular />} disabled={disabled} onClick={forms}>
          {t.formsButton}
        </Button>
        <Button icon={<FolderOpen20Regular />} disabled={disabled} onClick={() => input.current?.click()}>
          {t.collectButton}
        </Button>
      </div>
      <div className={styles.received}>
        <Label htmlFor="duban-received-on" size="small">{t.receivedOnLabel}</Label>
        <Input id="duban-received-on" type="date" size="small" value={receivedOn} disabled={disabled} data-testid="received-on" onChange={(_, d) => setReceivedOn(d.value)} />
      </div>
      <input ref={input} type="file" multiple accept=".xlsx,.xlsm,.docx" style={{ display: 'none' }} data-testid="collect-input" onChange={(e) => picked(e.target.files)} />
      <Caption1 className={styles.hint}>{t.collectHint}</Caption1>
      {preview && r && (
        <div className={styles.box} data-testid="collect-preview">
          <Body1>{t.collectPreview(preview.files, r.added.length, r.duplicates.length, r.rejected.length, r.progressApplied.length)}</Body1>
          {received.length > 0 && (
            <>
              <Caption1 className={styles.heading}>{t.collectUnitsTitle(received.length)}</Caption1>
              <ul className={styles.list} data-testid="collect-units">
                {received.map((u) => (
                  <li key={u.unit}>
                    <Caption1>{t.collectUnitLine(u.unit, u.added, u.duplicates, u.rejected, u.timeliness === null ? null : u.timeliness === 'late', u.returned)}</Caption1>
                  </li>
                ))}
              </ul>
            </>
          )}
          {items && items.rejected.length > 0 && (
            <>
              <Caption1 className={styles.heading}>{t.collectRejected(items.rejected.length)}</Caption1>
              {itemList(items.rejected, 'collect-rejected')}
            </>
          )}
          {items && items.check.length > 0 && (
            <>
              <Caption1 className={styles.heading}>{t.collectCheck(items.check.length)}</Caption1>
              {itemList(items.check, 'collect-check')}
            </>
          )}
          {items && items.duplicate.length > 0 && (
            <>
              <Caption1 className={styles.heading}>{t.collectDuplicates(items.duplicate.length)}</Caption1>
              {itemList(items.duplicate, 'collect-duplicates')}
            </>
          )}
          {missing.length > 0 && (
            <>
              <Caption1 className={styles.heading}>{t.collectMissingTitle(r.missing.length)}</Caption1>
              <div className={styles.scroll} data-testid="collect-missing">
                {missing.map((m) => (
                  <Caption1 key={m.unit} block>
                    {t.collectMissing(m.unit, m.reason)}
                  </Caption1>
                ))}
              </div>
            </>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={disabled} onClick={() => confirm(preview)}>
              {t.collectConfirm}
            </Button>
            <Button disabled={disabled} onClick={() => { setPreview(null); setNotice(null); void run(t.collectCancel, async () => ({ intent: 'info', text: t.collectCancelled })); }}>
              {t.collectCancel}
            </Button>
          </div>
        </div>
      )}
      {notice && (
        <div className={styles.box} data-testid="collect-notice">
          <Caption1 className={styles.hint}>{t.noticeHint(notice.units)}</Caption1>
          <div className={styles.buttons}>
            <Button icon={<ArrowDownload20Regular />} disabled={disabled} onClick={() => noticeDocx(notice)}>
              {t.noticeDocx}
            </Button>
            <Button icon={<Copy20Regular />} disabled={disabled} onClick={() => noticeCopy(notice)}>
              {t.noticeCopy}
            </Button>
          </div>
          {noticeText !== null && <textarea ref={noticeArea} className={styles.notice} readOnly value={noticeText} data-testid="notice-text" />}
        </div>
      )}
    </div>
  );
}
