// One issue for a problem written on many rows (a ledger with one unknown outlet on 800 rows, a task sheet with one unknown unit on 300 cells, gives one issue): its first cell, every cell, how many.
import { Issue, IssueCode, makeIssue } from './issues';
import { MESSAGES } from './messages';

interface Repeat {
  readonly code: IssueCode;
  readonly cell: string;
  readonly message: string;
  readonly suggestion?: string;
  /** The text the suggestion replaces in each cell (a unit's name inside a list of units). */
  readonly replaces?: string;
  readonly cells: string[];
}

/**
 * Gathers issues by code and the text that causes them (the outlet, unit or date as written), in order of first sight.
 * Each gives one issue at its first cell; one seen on several cells carries them all (`cells`, for fixes) and its message
 * says how many rows and which.
 */
export class RepeatedIssues {
  private readonly repeats = new Map<string, Repeat>();

  constructor(private readonly sheet: string) {}

  /** Notes the cell (once: a merged cell read by several rows is one cell); `describe` is called once per distinct code and text. */
  add(code: IssueCode, text: string, cell: string, describe: () => { message: string; suggestion?: string; replaces?: string }): void {
    const key = `${code}\u0000${text}`;
    const seen = this.repeats.get(key);
    if (seen) {
      if (seen.cells[seen.cells.length - 1] !== cell) seen.cells.push(cell);
    } else this.repeats.set(key, { code, cell, ...describe(), cells: [cell] });
  }

  issues(): Issue[] {
    return [...this.repeats.values()].map((r) => {
      if (r.cells.length === 1) return makeIssue(r.code, this.sheet, r.cell, r.message, r.suggestion, r.replaces);
      return { ...makeIssue(r.code, this.sheet, r.cell, `${r.message}${MESSAGES.sameOnRows(r.cells)}`, r.suggestion, r.replaces), cells: r.cells };
    });
  }
}
