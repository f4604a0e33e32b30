// Every real task table also as the Word file an office sends it in (the table in a .docx, merged cells as Word merges
// them, its title lines above), through `duban import` and then the check: the clerk's reading must come out again.
import { promises as fs, readFileSync } from 'fs';
import * as path from 'path';
import { planSheets } from '../src/core/plans/plan-sheets';
import { readPlan } from '../src/core/plans/read-plan';
import { Grid, cellText } from '../src/core/sheets/grid';
import { detectTaskHeader } from '../src/core/sheets/header-roles';
import { readPlanDocument } from '../src/documents/plan-reader';
import { FileWorkbook } from '../src/workbook/file/file';
import { gridOfSpec } from './helpers/grids';
import { REAL_DIR as DIR, REAL_EXPECTED as EXPECTED, RealExpected as Expected, checkedJson, readingOf, wantedOf } from './helpers/real-tables';

/** The table as an office's Word file: the lines above the header as paragraphs, the rest as a Word table with its merges. */
/**
 * `splitAfter`: the table broken in two after that row (0-based), the second part without the header, as a PDF turned
 * into Word or a page break in the copy leaves it; an empty paragraph stands between the two tables.
 */
async function asWordFile(g: Grid, headerRow: number, splitAfter?: number): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, Table, TableRow, TableCell, VerticalMergeType } = await import('docx');
  const width = Math.max(...g.rows.map((r) => r.length));
  const titles = g.rows.slice(0, headerRow).map((r) => [...new Set(r.map(cellText).filter(Boolean))].join(' ')).filter(Boolean);
  const merges = g.merges.filter((m) => m.top >= headerRow);
  const rows = [];
  const parts: InstanceType<typeof TableRow>[][] = [];
  for (let r = headerRow; r < g.rows.length; r++) {
    if (splitAfter !== undefined && r === splitAfter + 1) parts.push(rows.splice(0));
    const cells = [];
    for (let c = 0; c < width; c++) {
      const merge = merges.find((m) => m.top <= r && r <= m.bottom && m.left <= c && c <= m.right);
      if (merge && c > merge.left) continue; // covered from the left: part of the cell's span
      const span = merge && merge.right > merge.left ? { columnSpan: merge.right - merge.left + 1 } : {};
      if (merge && r > merge.top) {
        // covered from above: Word's continuing vertical merge
        cells.push(new TableCell({ children: [new Paragraph('')], verticalMerge: VerticalMergeType.CONTINUE, ...span }));
        continue;
      }
      const text = cellText(g.rows[r]?.[c] ?? null);
      cells.push(new TableCell({
        children: text.split('\n').map((line) => new Paragraph(line)),
        ...span, ...(merge && merge.bottom > merge.top ? { verticalMerge: VerticalMergeType.RESTART } : {}),
      }));
    }
    rows.push(new TableRow({ children: cells }));
  }
  parts.push(rows);
  const tables = parts.flatMap((part, i) => (i === 0 ? [new Table({ rows: part })] : [new Paragraph(''), new Table({ rows: part })]));
  const doc = new Document({ sections: [{ children: [...titles.map((t) => new Paragraph(t)), ...tables] }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/** The imported and checked tasks of a table's Word file. */
async function imported(bytes: Uint8Array, expected: Expected): Promise<ReturnType<typeof checkedJson>['tasks']> {
  const document = await readPlanDocument(bytes, `${expected.file}.docx`);
  const plan = readPlan(document.text, { tables: document.tables, year: expected.year });
  return checkedJson(planSheets(plan).map(gridOfSpec), expected).tasks;
}

/** The row (0-based) after which the table breaks: near the middle of the data, where no merged cell runs across; none for short tables. */
function pageBreak(g: Grid, headerRow: number): number | undefined {
  const first = headerRow + 1;
  // a table of three rows or fewer is seldom broken across a page
  if (g.rows.length - first < 4) return undefined;
  const free = (at: number) => !g.merges.some((m) => m.top <= at && m.bottom > at);
  const mid = first + Math.floor((g.rows.length - first) / 2) - 1;
  for (let d = 0; d < g.rows.length; d++) {
    if (mid + d < g.rows.length - 1 && free(mid + d)) return mid + d;
    if (mid - d >= first && free(mid - d)) return mid - d;
  }
  return undefined;
}

describe.each(EXPECTED)('real table %s as a Word file, imported', (name) => {
  const expected = JSON.parse(readFileSync(path.join(DIR, name), 'utf8')) as Expected;
  let whole: ReturnType<typeof checkedJson>['tasks'];
  let split: ReturnType<typeof checkedJson>['tasks'] | undefined;
  let deadlineColumn = true;
  beforeAll(async () => {
    const grid = (await (await FileWorkbook.load(await fs.readFile(path.join(DIR, expected.file)))).readAll())[0];
    const header = detectTaskHeader(grid).header!;
    // a header of two rows (merged cells reaching down into the header row) goes into the Word table whole
    const tableTop = Math.min(header.row, ...grid.merges.filter((m) => m.top < header.row && header.row <= m.bottom).map((m) => m.top));
    deadlineColumn = header.columns.deadline !== undefined;
    whole = await imported(await asWordFile(grid, tableTop), expected);
    const at = pageBreak(grid, header.row);
    split = at === undefined ? undefined : await imported(await asWordFile(grid, tableTop, at), expected);
  });

  /** Each expected task against the imported one in the same place: what differs, as "#N field: got … want …". */
  const differences = (tasks: ReturnType<typeof checkedJson>['tasks']): string[] => {
    if (tasks.length !== expected.tasks.length) return [`${tasks.length} tasks imported, ${expected.tasks.length} in the table`];
    return expected.tasks.flatMap((want, i) => {
      const got = readingOf(tasks[i]);
      const wanted = wantedOf(want);
      const pairs: [string, unknown, unknown][] = [['task', got.task, wanted.task], ['lead', got.lead, wanted.lead], ['coop', got.coop, wanted.coop]];
      // without a time-limit column the import reads the task's own words ("全年持续推进"), as for a plan's prose
      if (deadlineColumn) pairs.push(['deadline', got.deadline, wanted.deadline]);
      // a section the sheet cannot say: none after one (a band holds until the next)
      if (want.section !== null) pairs.push(['section', got.section, wanted.section]);
      return pairs.filter(([, a, b]) => JSON.stringify(a) !== JSON.stringify(b)).map(([k, a, b]) => `#${i + 1} ${k}: got ${JSON.stringify(a)} want ${JSON.stringify(b)}`);
    });
  };

  test('the same tasks, units, time limits and sections as the table read by the check', () => {
    expect(differences(whole)).toEqual([]);
  });

  test('the same when the table is broken in two at a page, its second part without the header', () => {
    if (split === undefined) return; // three rows or fewer: not broken
    expect(differences(split)).toEqual([]);
  });
});
