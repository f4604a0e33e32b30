// 节假日安排: the State Council's notice pasted, read as the clerk types (nothing written), then written into 节假日 on request.
import { Button, Caption1, Subtitle2, Textarea, makeStyles, tokens } from '@fluentui/react-components';
import { CalendarAdd20Regular } from '@fluentui/react-icons';
import { useMemo, useState } from 'react';
import { PACKAGE_YEAR_RANGE } from '../../core/dates/calendar';
import { readHolidayNotice } from '../../core/dates/holiday-notice';
import { holidayNoticeLines } from '../../core/sheets/holiday-rows';
import { PaneEngine, PaneSettings } from '../actions';
import { Strings } from '../strings';

const useStyles = makeStyles({
  box: { display: 'flex', flexDirection: 'column', gap: '8px' },
  hint: { color: tokens.colorNeutralForeground3 },
  lines: { margin: 0, paddingLeft: '4px', maxHeight: '200px', overflowY: 'auto', whiteSpace: 'pre-wrap', fontFamily: 'inherit', fontSize: tokens.fontSizeBase200 },
  buttons: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: '8px' },
});

type Outcome = { intent: 'success' | 'warning'; text: string } | null;

export interface HolidaysProps {
  readonly actions: PaneEngine;
  readonly t: Strings;
  readonly disabled: boolean;
  readonly settings: () => PaneSettings;
  readonly run: (label: string, action: () => Promise<Outcome>) => Promise<void>;
  readonly onWritten: (view: Awaited<ReturnType<PaneEngine['addHolidayNotice']>>['view']) => void;
}

export function Holidays({ actions, t, disabled, settings, run, onWritten }: HolidaysProps) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  const [text, setText] = useState('');
  // read in the page as the clerk pastes: the same reading the write will do, shown before anything is written
  const notice = useMemo(() => (text.trim() ? readHolidayNotice(text, settings().planYear) : null), [text, settings]);

  const write = () =>
    run(t.busyHolidays, async () => {
      const outcome = await actions.addHolidayNotice(text, settings());
      onWritten(outcome.view);
      setText('');
      setOpen(false);
      return { intent: outcome.conflicts || outcome.problems ? 'warning' : 'success', text: t.holidaysDone(outcome.added, outcome.conflicts, outcome.problems) };
    });

  return (
    <div className={styles.box} data-testid="holidays">
      <Subtitle2>{t.holidaysTitle}</Subtitle2>
      <Caption1 className={styles.hint}>{t.holidaysHint(PACKAGE_YEAR_RANGE[0], PACKAGE_YEAR_RANGE[1])}</Caption1>
      {!open ? (
        <Button icon={<CalendarAdd20Regular />} disabled={disabled} onClick={() => setOpen(true)}>
          {t.holidaysOpen}
        </Button>
      ) : (
        <>
          <Textarea
            aria-label={t.holidaysTitle}
            placeholder={t.holidaysPlaceholder}
            value={text}
            resize="vertical"
            rows={5}
            disabled={disabled}
            onChange={(_e, data) => setText(data.value)}
            data-testid="holidays-text"
          />
          {notice && (
            <pre className={styles.lines} data-testid="holidays-preview">
              {holidayNoticeLines(notice).join('\n')}
            </pre>
          )}
          <div className={styles.buttons}>
            <Button appearance="primary" disabled={disabled || !notice?.items.length} onClick={() => void write()}>
              {t.holidaysWrite}
            </Button>
            <Button disabled={disabled} onClick={() => setOpen(false)}>
              {t.holidaysCancel}
            </Button>
          </div>
        </>
      )}
    </div>
  );
}
