// The task pane: settings (task sheet, plan year, as-of date, period), the actions, progress, messages and the issue list.
import {
  Body1, Button, Caption1, Field, Input, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, ProgressBar, Select, Spinner,
  Subtitle2, makeStyles, tokens,
} from '@fluentui/react-components';
import {
  ArrowReset20Regular, ChartMultiple20Regular, DocumentAdd20Regular, DocumentText20Regular, LockClosed20Regular, ShieldCheckmark20Regular, TableAdd20Regular,
} from '@fluentui/react-icons';
import { useCallback, useEffect, useRef, useState } from 'react';
import { issueKey } from '../../core/validation/issue-groups';
import { Issue, IssueCode } from '../../core/validation/issues';
import { CheckView, GenerateProgress, PaneEngine } from '../actions';
import { describeError } from '../errors';
import { DOCX_MIME, DownloadOffer, downloadBytes } from '../download';
import { DownloadLinks } from './DownloadLinks';
import { EMPTY_DRAFT, SettingsDraft, draftFromView, settingsFromDraft } from '../settings';
import { Strings } from '../strings';
import { IssueList } from './IssueList';
import { MappingView } from './MappingView';
import { TaskField } from '../../core/sheets/headers';
import { roleName } from '../../core/sheets/column-map';
import { Returns } from './Returns';
import { Holidays } from './Holidays';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', gap: '12px', padding: '12px', minWidth: 0, boxSizing: 'border-box' },
  settings: { display: 'flex', flexDirection: 'column', gap: '8px' },
  row: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '8px' },
  actions: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '8px' },
  wide: { gridColumn: '1 / -1' },
  hint: { color: tokens.colorNeutralForeground3 },
  summary: { display: 'flex', alignItems: 'center', gap: '8px' },
  progress: { display: 'flex', flexDirection: 'column', gap: '4px' },
});

type Intent = 'success' | 'error' | 'info' | 'warning';

interface Message {
  readonly intent: Intent;
  readonly text: string;
  readonly title?: string;
  /** A generated file: shown as links to save or open it (download.ts says why). */
  readonly download?: DownloadOffer;
}

export interface PaneProps {
  /** PaneActions in Excel; the workbook worker's proxy of it in the browser page. */
  readonly actions: PaneEngine;
  readonly t: Strings;
  /** Called after every action that may have changed the workbook (the browser page redraws its grid). */
  readonly onChanged?: () => void;
  /** Called when the clerk picks an issue (the browser page highlights its cell). */
  readonly onSelect?: (issue: Issue) => void;
  /** Lets the page repaint between steps of a long action (a progress bar that moves). */
  readonly yieldToPage?: () => Promise<void>;
}

const defaultYield = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function Pane({ actions, t, onChanged, onSelect, yieldToPage = defaultYield }: PaneProps) {
  const styles = useStyles();
  const [draft, setDraft] = useState<SettingsDraft>(EMPTY_DRAFT);
  const [view, setView] = useState<CheckView | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [progress, setProgress] = useState<{ fraction: number; label: string } | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  const results = useRef<HTMLDivElement>(null);
  /** Set by 校验: scroll the issue list into view once the check's last render is done. */
  const revealResults = useRef(false);
  const draftRef = useRef(draft);
  draftRef.current = draft;

  const { errors } = settingsFromDraft(draft);
  const invalid = Object.keys(errors).length > 0;

  const showView = useCallback((next: CheckView) => {
    setView(next);
    setDraft((d) => draftFromView(d, next));
  }, []);

  /** Runs an action: one at a time, its failure shown in plain words, nothing typed lost. */
  const run = useCallback(
    async (label: string, action: () => Promise<Message | null>) => {
      setBusy(label);
      setMessage(null);
      try {
        const outcome = await action();
        if (outcome) setMessage(outcome);
      } catch (error) {
        setMessage({ intent: 'error', title: t.errorTitle, text: `${describeError(error, t)} ${t.errorKept}` });
      } finally {
        setBusy(null);
        setProgress(null);
        onChanged?.();
      }
    },
    [t, onChanged],
  );

  const current = () => settingsFromDraft(draftRef.current).settings;

  /** 校验; `reveal` (the button) scrolls the issue list into view once it is drawn. */
  const check = (reveal = false) =>
    run(t.busyChecking, async () => {
      const next = await actions.check(current());
      showView(next);
      revealResults.current = reveal;
      return next.taskSheet === null ? { intent: 'warning', text: t.noTaskSheet } : null;
    });

  // after the render that clears the busy line (which would move the list again): a slow machine
  // once scrolled first and rendered after, leaving the list off the top
  useEffect(() => {
    if (busy !== null || !revealResults.current) return;
    revealResults.current = false;
    results.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [busy]);

  useEffect(() => {
    void check();
    // the first check when the pane opens; later ones on request
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [actions]);

  const setRole = (col: number, field: TaskField | null) =>
    run(t.busyMapping, async () => {
      const next = await actions.setColumnRole(col, field, current());
      showView(next);
      const letter = next.mapping.find((m) => m.col === col)?.letter ?? '';
      return { intent: 'success', text: t.mappingSaved(letter, field ? roleName(field) : t.mappingNone) };
    });

  const select = (issue: Issue) => {
    setSelected(issueKey(issue));
    onSelect?.(issue);
    actions.select(issue).catch((error) => setMessage({ intent: 'error', title: t.errorTitle, text: describeError(error, t) }));
  };

  const fixOne = (issue: Issue) =>
    run(t.busyFixing, async () => {
      const outcome = await actions.fixIssue(issue, current());
      showView(outcome.view);
      return { intent: outcome.found ? 'success' : 'warning', text: outcome.found ? t.fixed(outcome.applied.length) : t.fixGone };
    });

  const fixAll = (code: IssueCode) =>
    run(t.busyFixing, async () => {
      const outcome = await actions.fixCode(code, current());
      showView(outcome.view);
      return { intent: outcome.applied.length ? 'success' : 'warning', text: t.fixed(outcome.applied.length) };
    });

  const addComputed = () =>
    run(t.busyComputed, async () => {
      const outcome = await actions.addComputedColumns(current());
      showView(outcome.view);
      return outcome.sheet ? { intent: 'success', text: t.computedDone(outcome.sheet, outcome.headers.length) } : { intent: 'warning', text: outcome.nUp ? t.computedNUp : t.computedNone };
    });

  const generate = () =>
    run(t.progressRead, async () => {
      const onProgress = async (p: GenerateProgress) => {
        const label = p.phase === 'read' ? t.progressRead : p.phase === 'compute' ? t.progressCompute : p.phase === 'write' ? t.progressWrite(p.sheet ?? '') : t.progressDone;
        setProgress({ fraction: p.fraction, label });
        await yieldToPage();
      };
      const outcome = await actions.generate(current(), onProgress);
      showView(outcome.view);
      return { intent: 'success', text: t.generated([...outcome.sheets]) };
    });

  const bulletinDoc = () =>
    run(t.busyBulletin, async () => {
      const doc = await actions.bulletinDocument(current());
      const download = downloadBytes(doc.bytes, doc.fileName, DOCX_MIME);
      const text = [t.bulletinReady(doc.fileName, doc.attachments), ...doc.warnings].join(' ');
      return { intent: doc.warnings.length ? 'warning' : 'success', text, download };
    });

  const finalize = () =>
    run(t.busyFinalize, async () => {
      const outcome = await actions.finalize(current());
      return { intent: 'success', text: t.finalized(outcome.cells, outcome.sheets) };
    });

  const addTemplate = () =>
    run(t.busyTemplate, async () => {
      const names = await actions.addTemplate();
      const next = await actions.check(current());
      showView(next);
      return { intent: 'success', text: t.templateAdded(names) };
    });

  const reset = () => {
    setDraft((d) => ({ ...EMPTY_DRAFT, sheet: d.sheet }));
    draftRef.current = { ...EMPTY_DRAFT, sheet: draftRef.current.sheet };
    void check();
  };

  const edit = (patch: Partial<SettingsDraft>, typed?: keyof SettingsDraft['typed']) =>
    setDraft((d) => ({ ...d, ...patch, typed: typed ? { ...d.typed, [typed]: true } : d.typed }));

  const disabled = busy !== null;
  const blocked = disabled || invalid;
  const errorText = (e: string | undefined) => (e === 'badYear' ? t.badYear : e === 'badDate' ? t.badDate : e === 'badPeriod' ? t.badPeriod : undefined);
  const sheets = view?.sheets.filter((s) => !s.generated).map((s) => s.name) ?? [];

  return (
    <div className={styles.pane} data-testid="pane">
      <div className={styles.settings}>
        <Field label={t.sheetLabel} size="small">
          <Select size="small" value={draft.sheet} disabled={disabled} onChange={(_e, data) => edit({ sheet: data.value })} aria-label={t.sheetLabel}>
            <option value="">{t.sheetAuto(view?.taskSheet ?? null)}</option>
            {sheets.map((name) => (
              <option key={name} value={name}>
                {name}
                {view?.candidates.includes(name) ? ' ✓' : ''}
              </option>
            ))}
          </Select>
        </Field>
        <MappingView mapping={view?.mapping ?? []} t={t} disabled={disabled} onChange={(col, field) => void setRole(col, field)} />
        <div className={styles.row}>
          <Field label={t.planYearLabel} size="small" validationMessage={errorText(errors.planYear)}>
            <Input size="small" inputMode="numeric" value={draft.planYear} disabled={disabled} onChange={(_e, data) => edit({ planYear: data.value }, 'planYear')} />
          </Field>
          <Field label={t.asOfLabel} size="small" validationMessage={errorText(errors.asOf)}>
            <Input size="small" type="date" value={draft.asOf} disabled={disabled} onChange={(_e, data) => edit({ asOf: data.value }, 'asOf')} />
          </Field>
        </div>
        <div className={styles.row}>
          <Field label={`${t.periodLabel} · ${t.periodFrom}`} size="small" validationMessage={errorText(errors.from)}>
            <Input size="small" type="date" value={draft.from} disabled={disabled} onChange={(_e, data) => edit({ from: data.value }, 'period')} />
          </Field>
          <Field label={t.periodTo} size="small" validationMessage={errorText(errors.to)}>
            <Input size="small" type="date" value={draft.to} disabled={disabled} onChange={(_e, data) => edit({ to: data.value }, 'period')} />
          </Field>
        </div>
        <Caption1 className={styles.hint}>{t.periodHint}</Caption1>
      </div>

      <div className={styles.actions}>
        <Button appearance="primary" icon={<ShieldCheckmark20Regular />} disabled={blocked} onClick={() => void check(true)}>
          {t.check}
        </Button>
        <Button appearance="primary" icon={<ChartMultiple20Regular />} disabled={blocked} onClick={generate}>
          {t.generate}
        </Button>
        <Button icon={<DocumentText20Regular />} disabled={blocked} onClick={bulletinDoc}>
          {t.bulletinDoc}
        </Button>
        <Button icon={<TableAdd20Regular />} disabled={blocked} onClick={addComputed}>
          {t.addComputed}
        </Button>
        <Button icon={<LockClosed20Regular />} disabled={blocked} onClick={finalize}>
          {t.finalize}
        </Button>
        <Button icon={<DocumentAdd20Regular />} disabled={disabled} onClick={addTemplate}>
          {t.newTemplate}
        </Button>
        <Button icon={<ArrowReset20Regular />} disabled={disabled} onClick={reset}>
          {t.resetSettings}
        </Button>
      </div>

      <Returns
        actions={actions}
        t={t}
        disabled={blocked}
        settings={current}
        run={run}
        setProgress={setProgress}
        yieldToPage={yieldToPage}
        onWritten={async () => showView(await actions.check(current()))}
      />

      <Holidays actions={actions} t={t} disabled={blocked} settings={current} run={run} onWritten={showView} />

      {progress ? (
        <div className={styles.progress} data-testid="progress">
          <ProgressBar value={progress.fraction} thickness="large" aria-label={progress.label} />
          <Caption1>{progress.label}</Caption1>
        </div>
      ) : (
        busy && <Spinner size="tiny" label={busy} labelPosition="after" />
      )}

      {message && (
        <MessageBar intent={message.intent} data-testid="message">
          <MessageBarBody>
            {message.title && <MessageBarTitle>{message.title}</MessageBarTitle>}
            {message.text}
            {message.download && <DownloadLinks offer={message.download} t={t} />}
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="transparent" onClick={() => setMessage(null)}>
              {t.dismiss}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <div ref={results} data-testid="results">
        <div className={styles.summary}>
          <Subtitle2>{t.resultsTitle}</Subtitle2>
          {view && <Caption1 data-testid="issue-summary">{t.issueSummary(view.counts.error, view.counts.warning, view.counts.info)}</Caption1>}
        </div>
        {!view ? (
          <Body1>{t.notChecked}</Body1>
        ) : view.issues.length === 0 ? (
          <Body1>{t.noIssues}</Body1>
        ) : (
          <IssueList groups={view.groups} t={t} selected={selected} disabled={disabled} onSelect={select} onFix={fixOne} onFixAll={fixAll} />
        )}
      </div>
      <Caption1 className={styles.hint}>{t.actionsHint}</Caption1>
    </div>
  );
}
