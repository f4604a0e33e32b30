// Groups a check's issues as the pane lists them: by severity (errors first), then by code, with counts and fixes.
import { isFixable } from './fixes';
import { ISSUE_CODES, Issue, IssueCode, SEVERITY_ORDER, Severity } from './issues';

export interface CodeGroup {
  readonly code: IssueCode;
  readonly severity: Severity;
  /** The issues of this code, in the order the check reported them (sheet order). */
  readonly issues: readonly Issue[];
  /** How many issues of this code the check found (issues may hold only the first of them: a view for a page). */
  readonly count: number;
  /** How many of them carry a suggestion that one click can apply. */
  readonly fixable: number;
}

export interface SeverityGroup {
  readonly severity: Severity;
  readonly count: number;
  /** Codes in the order of DESIGN.md's table. */
  readonly codes: readonly CodeGroup[];
}

const CODE_ORDER = new Map(ISSUE_CODES.map((c, i) => [c, i]));

/** Issues grouped by severity and code; severities without issues are left out. */
export function groupIssues(issues: readonly Issue[]): SeverityGroup[] {
  const bySeverity = new Map<Severity, Map<IssueCode, Issue[]>>();
  for (const issue of issues) {
    let codes = bySeverity.get(issue.severity);
    if (!codes) bySeverity.set(issue.severity, (codes = new Map()));
    const list = codes.get(issue.code);
    if (list) list.push(issue);
    else codes.set(issue.code, [issue]);
  }
  return [...bySeverity.entries()]
    .sort(([a], [b]) => SEVERITY_ORDER[a] - SEVERITY_ORDER[b])
    .map(([severity, codes]) => {
      const groups = [...codes.entries()]
        .sort(([a], [b]) => (CODE_ORDER.get(a) ?? 0) - (CODE_ORDER.get(b) ?? 0))
        .map(([code, list]) => ({ code, severity, issues: list, count: list.length, fixable: list.filter(isFixable).length }));
      return { severity, count: groups.reduce((n, g) => n + g.count, 0), codes: groups };
    });
}

/** A key naming one issue among a check's issues (cell, code, message and what it replaces). */
export function issueKey(issue: Issue): string {
  return `${issue.sheet}!${issue.cell}|${issue.code}|${issue.replaces ?? ''}|${issue.suggestion ?? ''}|${issue.message}`;
}
