// Reads a returned 填报表: whose it is (the hidden marker, else the file name), its 报送登记 rows and 进展 rows.
import { CivilDate, parseISO } from '../dates/civil-date';
import { CellValue, Grid, cellText, isBlank } from '../sheets/grid';
import { normalizeHeader } from '../sheets/headers';
import { FORM_SHEETS, GUIDE_LABELS, MARKER_KEYS, MARKER_KIND, PROGRESS_HEADERS, SUBMISSION_COLUMNS } from './form';

export interface ReturnMarker {
  readonly unit: string;
  readonly campaign: string;
  readonly from: CivilDate;
  readonly to: CivilDate;
}

export type SubmissionField = (typeof SUBMISSION_COLUMNS)[number]['field'];

export interface ReturnRow {
  /** 1-based row of the 报送登记 sheet. */
  readonly row: number;
  readonly values: Readonly<Record<SubmissionField, CellValue>>;
}

export interface ProgressRow {
  readonly row: number;
  readonly seq: string;
  readonly status: string;
  readonly doneDate: CellValue;
  readonly note: string;
}

/** What the form's own 填报说明 says: its unit, its period (as written) and the 填报日期 the unit filled in. */
export interface ReturnGuide {
  readonly unit: string | null;
  readonly period: string | null;
  readonly filledOn: CellValue;
}

export interface ReturnData {
  readonly file: string;
  /** The 填报说明 sheet's lines, when the form has one. */
  readonly guide?: ReturnGuide;
  /** null when the file carries no marker (not made by `duban forms`, or the marker sheet was deleted). */
  readonly marker: ReturnMarker | null;
  readonly rows: ReturnRow[];
  readonly progress: ProgressRow[];
  /** Why the file could not be read as a form at all (no 报送登记 sheet …); rows are then empty. */
  readonly problem?: string;
}

function readMarker(grid: Grid | undefined): ReturnMarker | null {
  if (!grid) return null;
  const values = new Map<string, string>();
  for (const row of grid.rows) values.set(cellText(row[0]), cellText(row[1]));
  if (values.get(MARKER_KEYS.kind) !== MARKER_KIND) return null;
  const from = parseISO(values.get(MARKER_KEYS.from) ?? '');
  const to = parseISO(values.get(MARKER_KEYS.to) ?? '');
  const unit = values.get(MARKER_KEYS.unit) ?? '';
  if (!from || !to || unit === '') return null;
  return { unit, campaign: values.get(MARKER_KEYS.campaign) ?? '', from, to };
}

/** Column of each header word in the sheet's first row that holds any of them. */
function headerColumns(grid: Grid, headers: readonly string[]): { row: number; columns: number[] } | null {
  const wanted = headers.map((h) => normalizeHeader(h));
  for (let r = 0; r < Math.min(grid.rows.length, 10); r++) {
    const names = (grid.rows[r] ?? []).map((v) => normalizeHeader(v));
    const columns = wanted.map((w) => names.indexOf(w));
    if (columns.filter((c) => c >= 0).length >= 2) return { row: r, columns };
  }
  return null;
}

/** "填报单位：市民政局" → 市民政局 (the label's value in the same cell, else the next filled cell of the row, else the cell below). */
function labelled(grid: Grid, label: string): CellValue | undefined {
  for (let r = 0; r < Math.min(grid.rows.length, 40); r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < Math.min(row.length, 10); c++) {
      const text = cellText(row[c]);
      if (!text.startsWith(label)) continue;
      const rest = text.slice(label.length).replace(/^[（(][^）)]*[）)]/u, '').replace(/^\s*[:：]\s*/u, '');
      if (rest !== '') return rest;
      for (let n = c + 1; n < row.length; n++) if (!isBlank(row[n])) return row[n];
      return grid.rows[r + 1]?.[c] ?? null;
    }
  }
  return undefined;
}

function readGuide(grid: Grid | undefined): ReturnGuide | undefined {
  if (!grid) return undefined;
  const text = (v: CellValue | undefined) => (v === undefined || v === null ? null : cellText(v) || null);
  return { unit: text(labelled(grid, GUIDE_LABELS.unit)), period: text(labelled(grid, GUIDE_LABELS.period)), filledOn: labelled(grid, GUIDE_LABELS.filledOn) ?? null };
}

export function readReturn(grids: readonly Grid[], file: string): ReturnData {
  const byName = (name: string) => grids.find((g) => g.name === name);
  const marker = readMarker(byName(FORM_SHEETS.marker));
  const guide = readGuide(byName(FORM_SHEETS.guide));
  const sheet = byName(FORM_SHEETS.submissions);
  if (!sheet) return { file, marker, rows: [], progress: [], problem: `没有“${FORM_SHEETS.submissions}”表，不是督办填报表` };
  const header = headerColumns(sheet, SUBMISSION_COLUMNS.map((c) => c.header));
  if (!header) return { file, marker, rows: [], progress: [], problem: `“${FORM_SHEETS.submissions}”表的表头被改动，无法读取` };
  const rows: ReturnRow[] = [];
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every(isBlank)) continue;
    const values = {} as Record<SubmissionField, CellValue>;
    SUBMISSION_COLUMNS.forEach((c, i) => {
      const col = header.columns[i];
      values[c.field] = col >= 0 ? cells[col] ?? null : null;
    });
    rows.push({ row: r + 1, values });
  }
  const progress: ProgressRow[] = [];
  const progressSheet = byName(FORM_SHEETS.progress);
  const ph = progressSheet ? headerColumns(progressSheet, PROGRESS_HEADERS) : null;
  if (progressSheet && ph) {
    const at = (cells: readonly CellValue[], i: number) => (ph.columns[i] >= 0 ? cells[ph.columns[i]] ?? null : null);
    for (let r = ph.row + 1; r < progressSheet.rows.length; r++) {
      const cells = progressSheet.rows[r] ?? [];
      const seq = cellText(at(cells, 0));
      const status = cellText(at(cells, 2));
      const doneDate = at(cells, 3);
      if (seq === '' || (status === '' && isBlank(doneDate))) continue;
      progress.push({ row: r + 1, seq, status, doneDate, note: cellText(at(cells, 4)) });
    }
  }
  return { file, marker, rows, progress, ...(guide ? { guide } : {}) };
}
