// The pane inside Excel or WPS 表格: the same Pane over the open workbook's port, under a small title (and the host's one-line note).
import { Caption1, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { useMemo } from 'react';
import { WorkbookPort } from '../../workbook/port';
import { PaneActions, systemClock } from '../actions';
import { Strings } from '../strings';
import { Pane } from './Pane';
import { PlanImport } from './PlanImport';
import { writePlanSheet } from '../plan-import';

const useStyles = makeStyles({
  header: { padding: '12px 12px 0', display: 'flex', flexDirection: 'column' },
  note: { color: tokens.colorNeutralForeground3 },
});

export interface ExcelAppProps {
  readonly t: Strings;
  readonly port: WorkbookPort;
  /** One line about what this host cannot do (WPS without add-in functions), under the title. */
  readonly note?: string;
}

export function ExcelApp({ t, port, note }: ExcelAppProps) {
  const styles = useStyles();
  const actions = useMemo(() => new PaneActions(port, systemClock), [port]);
  return (
    <main>
      <header className={styles.header}>
        <Title3 as="h1">{t.appTitle}</Title3>
        <Caption1 className={styles.note}>{t.appSubtitle}</Caption1>
        {note && <Caption1 data-testid="host-note">{note}</Caption1>}
      </header>
      <Pane actions={actions} t={t} />
      <PlanImport t={t} writeLabel={t.planWriteExcel} onWrite={(plan) => writePlanSheet(port, plan)} />
    </main>
  );
}
