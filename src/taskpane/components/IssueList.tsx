// The check's issues grouped by severity and code, with counts; a click shows the cell, a button applies a suggestion.
import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, CounterBadge, Text, makeStyles, mergeClasses, tokens,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import { ErrorCircle16Filled, Info16Filled, Warning16Filled, Wrench16Regular } from '@fluentui/react-icons';
import { isFixable } from '../../core/validation/fixes';
import { SeverityGroup, issueKey } from '../../core/validation/issue-groups';
import { Issue, IssueCode, Severity } from '../../core/validation/issues';
import { ISSUES_SHOWN_PER_CODE } from '../actions';
import { Strings } from '../strings';


const useStyles = makeStyles({
  codeHeader: { display: 'flex', alignItems: 'center', gap: '6px', marginTop: '8px', marginBottom: '4px' },
  codeTitle: { flexGrow: 1, minWidth: 0, fontWeight: tokens.fontWeightSemibold },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '4px' },
  item: {
    display: 'flex', alignItems: 'flex-start', gap: '6px', padding: '6px 8px', borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`, backgroundColor: tokens.colorNeutralBackground1,
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  selected: { border: `1px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  itemText: {
    flexGrow: 1, minWidth: 0, display: 'flex', flexDirection: 'column', gap: '2px', overflowWrap: 'anywhere', textAlign: 'left',
    backgroundColor: 'transparent', border: 'none', padding: 0, margin: 0, font: 'inherit', color: 'inherit', cursor: 'pointer',
  },
  where: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
  suggestion: { color: tokens.colorPaletteGreenForeground1 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
  more: { color: tokens.colorNeutralForeground3, marginTop: '4px' },
});

export interface IssueListProps {
  readonly groups: readonly SeverityGroup[];
  readonly t: Strings;
  readonly selected: string | null;
  readonly disabled: boolean;
  readonly onSelect: (issue: Issue) => void;
  readonly onFix: (issue: Issue) => void;
  readonly onFixAll: (code: IssueCode) => void;
}

function SeverityIcon({ severity, className }: { severity: Severity; className: string }) {
  if (severity === 'error') return <ErrorCircle16Filled className={className} />;
  if (severity === 'warning') return <Warning16Filled className={className} />;
  return <Info16Filled className={className} />;
}

/**
 * Issues rendered at first, and added on each later turn of the event loop: a check listing hundreds
 * of issues is drawn in steps, none of them a long task for the page.
 */
const RENDER_BATCH = 100;

export function IssueList({ groups, t, selected, disabled, onSelect, onFix, onFixAll }: IssueListProps) {
  const styles = useStyles();
  const total = groups.reduce((n, g) => n + g.codes.reduce((m, c) => m + Math.min(c.issues.length, ISSUES_SHOWN_PER_CODE), 0), 0);
  // a new check starts again from the first batch (derived here, so its first render is small too)
  const [budget, setBudget] = useState({ groups, limit: RENDER_BATCH });
  const limit = budget.groups === groups ? budget.limit : RENDER_BATCH;
  useEffect(() => {
    if (limit >= total) return undefined;
    const timer = setTimeout(() => setBudget({ groups, limit: limit + RENDER_BATCH }), 0);
    return () => clearTimeout(timer);
  }, [groups, limit, total]);
  const shown = new Map<IssueCode, number>();
  let left = limit;
  for (const g of groups) {
    for (const c of g.codes) {
      const n = Math.min(c.issues.length, ISSUES_SHOWN_PER_CODE, left);
      shown.set(c.code, n);
      left -= n;
    }
  }
  const open = groups.filter((g) => g.severity !== 'info').map((g) => g.severity);
  return (
    <Accordion multiple collapsible defaultOpenItems={open.length ? open : groups.map((g) => g.severity)}>
      {groups.map((g) => (
        <AccordionItem key={g.severity} value={g.severity}>
          <AccordionHeader icon={<SeverityIcon severity={g.severity} className={styles[g.severity]} />}>
            <Text weight="semibold">{t.severityHeading(t.severity[g.severity], g.count)}</Text>
          </AccordionHeader>
          <AccordionPanel>
            {g.codes.map((c) => (
              <section key={c.code} aria-label={t.issueTitle[c.code]} data-code={c.code}>
                <div className={styles.codeHeader}>
                  <Text className={styles.codeTitle} size={200}>
                    {t.issueTitle[c.code]}
                  </Text>
                  <CounterBadge count={c.count} overflowCount={9999} appearance="filled" color={g.severity === 'error' ? 'danger' : g.severity === 'warning' ? 'important' : 'informative'} size="small" />
                  {c.fixable > 0 && (
                    <Button size="small" appearance="primary" icon={<Wrench16Regular />} disabled={disabled} onClick={() => onFixAll(c.code)}>
                      {t.fixAll}
                    </Button>
                  )}
                </div>
                <ul className={styles.list}>
                  {c.issues.slice(0, shown.get(c.code)).map((issue, n) => {
                    const key = issueKey(issue);
                    const where = `${issue.sheet}!${issue.cell}`;
                    return (
                      <li key={`${key}#${n}`} className={mergeClasses(styles.item, selected === key && styles.selected)} data-cell={where}>
                        <button type="button" className={styles.itemText} title={t.goToCell(where)} onClick={() => onSelect(issue)}>
                          <Caption1 className={styles.where}>{where}</Caption1>
                          <Caption1>{issue.message}</Caption1>
                          {issue.suggestion !== undefined && <Caption1 className={styles.suggestion}>{t.suggestion(issue.suggestion)}</Caption1>}
                        </button>
                        {isFixable(issue) && (
                          <Button size="small" appearance="outline" disabled={disabled} onClick={() => onFix(issue)}>
                            {t.fixOne}
                          </Button>
                        )}
                      </li>
                    );
                  })}
                </ul>
                {c.count > ISSUES_SHOWN_PER_CODE && <Caption1 className={styles.more}>{t.moreIssues(c.count - ISSUES_SHOWN_PER_CODE)}</Caption1>}
              </section>
            ))}
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
