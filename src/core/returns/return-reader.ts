// Reads a returned 填报表: whose it is (the hidden marker, else the file name), its 报送登记 rows and 进展 rows.
import { CivilDate, compareDates, formatISO, parseISO } from '../dates/civil-date';
import { CellRange, CellValue, Grid, a1, cellText, columnLetters, isBlank, rangeA1 } from '../sheets/grid';
import { isSameAbove } from '../sheets/ditto';
import { LEDGER_HEADERS, MEDIA_HEADERS, RETURN_DATE_HEADERS, SPLIT_DATE_HEADERS, normalizeHeader } from '../sheets/headers';
import { countFigure } from '../sheets/ledger-sheet';
import { holdsDays } from '../sheets/ledger-header';
import { tableFurniture } from '../sheets/headings';
import { filteredNote, marksIndex, rowMark, withdrawnInWords } from './row-marks';
import { HiddenColumn, HiddenColumnsRead, hiddenColumnNotes, hiddenColumnsOf } from './hidden-columns';
import { extraFieldOf } from './extra-columns';
import { furnitureReason, returnedText } from './return-rows';
import { readReturnedDate } from './returned-dates';
import { FORM_SHEETS, GUIDE_LABELS, MARKER_KEYS, MARKER_KIND, PROGRESS_HEADERS, SUBMISSION_COLUMNS } from './form';

export interface ReturnMarker {
  readonly unit: string;
  readonly campaign: string;
  readonly from: CivilDate;
  readonly to: CivilDate;
}

export type SubmissionField = (typeof SUBMISSION_COLUMNS)[number]['field'];

/** A filled cell of a column the clerk added (备注, 作者 …): not read, and said so. */
export interface ExtraCell {
  readonly header: string;
  /** Its A1 address. */
  readonly cell: string;
  readonly text: string;
}

export interface ReturnRow {
  /** 1-based row of the 报送登记 sheet. */
  readonly row: number;
  readonly values: Readonly<Record<SubmissionField, CellValue>>;
  /** Filled cells of columns the form does not have. */
  readonly extra?: readonly ExtraCell[];
  /** Why the row cannot be read as written (its 标题 or 数量 merged over several rows, a cell struck through). */
  readonly problem?: string;
  /** How the row was read where the clerk's layout had to be interpreted (a 数量 merged over as many rows as it says): listed. */
  readonly note?: string;
  /** Why the row is taken as withdrawn (hidden, or its 标题 struck through): listed, not merged. */
  readonly withdrawn?: string;
  /** Why the row is a line under the table, not an article (a 合计 or 填表说明 outside the form's columns): listed, not merged. */
  readonly skip?: string;
}

export interface ProgressRow {
  readonly row: number;
  readonly seq: string;
  readonly status: string;
  readonly doneDate: CellValue;
  readonly note: string;
  /** Hidden, or its 完成情况 struck through: listed, not applied. */
  readonly withdrawn?: string;
  /** Other cells struck through: sent back naming them. */
  readonly problem?: string;
}

/** What the form's own 填报说明 says: its unit, its period (as written) and the 填报日期 the unit filled in. */
export interface ReturnGuide {
  readonly unit: string | null;
  readonly period: string | null;
  readonly filledOn: CellValue;
}

/** What the lines over 报送登记's header say, as a unit's own 登记表 prints them (填写单位：…, 登记时间：…). */
export interface ReturnHeading {
  readonly unit: string | null;
  /** The label the unit was written after (填写单位, 填报单位 …). */
  readonly unitLabel: string;
  readonly filledOn: CellValue;
  /** The sheet they are on. */
  readonly sheet: string;
}

export interface ReturnData {
  readonly file: string;
  /** The 填报说明 sheet's lines, when the form has one. */
  readonly guide?: ReturnGuide;
  /** The lines over 报送登记's header, when they name the unit or the date. */
  readonly heading?: ReturnHeading;
  /** null when the file carries no marker (not made by `duban forms`, or the marker sheet was deleted). */
  readonly marker: ReturnMarker | null;
  readonly rows: ReturnRow[];
  readonly progress: ProgressRow[];
  /** Why the file could not be read as a form at all (no 报送登记 sheet …); rows are then empty. */
  readonly problem?: string;
  /** What the reader did that the office should know (a renamed sheet read by its header). */
  readonly notes?: readonly string[];
  /** Read from a Word 登记表, not a 填报表: its rows count, but it is no returned form (it carries no 进展). */
  readonly fromWord?: true;
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

/** A form sheet's header: the row its data follows, each field's column, and each column's header text. */
interface FormHeader {
  /** The header's first row (0-based). */
  readonly top: number;
  /** The header's last row (0-based): data starts below it. */
  readonly row: number;
  readonly columns: number[];
  /** Each column's header as written; a header in two rows gives the lower row's word where it has one. */
  readonly names: readonly CellValue[];
}

/**
 * Column of each field in the first of the sheet's first 10 rows that holds at least `least` of them (each field by any of
 * its header words); a shown column before a hidden one of the same field (an old column hidden, a new one typed beside it).
 * A header printed in two rows (采用情况 over 采用媒体, 媒体级别, 是否采用; the other headers merged down) is read as one: the
 * row below is part of it when it holds two or more header words, and its words stand for their columns.
 */
function headerColumns(grid: Grid, headers: readonly (string | readonly string[])[], least = 2, hidden: HiddenColumn = () => false): FormHeader | null {
  const wanted = headers.map((h) => (typeof h === 'string' ? [h] : h).map((w) => normalizeHeader(w)));
  const known = new Set(wanted.flat());
  const pick = (names: readonly string[], words: readonly string[]) => {
    let first = -1;
    for (let c = 0; c < names.length; c++) {
      if (names[c] === '' || !words.includes(names[c])) continue;
      if (!hidden(c)) return c;
      if (first < 0) first = c;
    }
    return first;
  };
  for (let r = 0; r < Math.min(grid.rows.length, 10); r++) {
    const top = grid.rows[r] ?? [];
    const columns = wanted.map((words) => pick(top.map((v) => normalizeHeader(v)), words));
    if (columns.filter((c) => c >= 0).length < least) continue;
    const below = grid.rows[r + 1] ?? [];
    if (below.filter((v) => known.has(normalizeHeader(v))).length < 2) return { top: r, row: r, columns, names: top };
    const names = Array.from({ length: Math.max(top.length, below.length) }, (_, c) => (isBlank(below[c]) ? top[c] ?? null : below[c]));
    return { top: r, row: r + 1, columns: wanted.map((words) => pick(names.map((v) => normalizeHeader(v)), words)), names };
  }
  return null;
}

/**
 * Fields a clerk merges down over rows that share them (one date or outlet for several articles), or
 * writes 同上/〃 in: each row takes the value. A 标题 or 数量 merged down cannot be shared out.
 */
const SHARED_FIELDS: ReadonlySet<SubmissionField> = new Set(['date', 'media', 'level', 'adopted', 'taskSeq']);

/** The header of a column that numbers the rows. */
const ROW_NUMBER_HEADER = /^(序号|编号|行号|No\.?|NO\.?)$/u;
/** A row's number in that column (1, 12, "3"). */
const ROW_NUMBER = /^\d{1,5}$/u;

/** The 月 and 日 columns of a header without a date column (or of 月份 | 日期 with days under 日期), or null. */
function splitDate(sheet: Grid, header: FormHeader, names: readonly CellValue[]): { month: number; day: number } | null {
  const at = (words: readonly string[]) => names.findIndex((v) => words.includes(normalizeHeader(v)));
  const month = at(SPLIT_DATE_HEADERS.month);
  const date = header.columns[SUBMISSION_COLUMNS.findIndex((c) => c.field === 'date')];
  if (date >= 0) return month >= 0 && Math.abs(month - date) === 1 && holdsDays(sheet.rows, header.row, date) ? { month, day: date } : null;
  const day = at(SPLIT_DATE_HEADERS.day);
  return month >= 0 && day >= 0 ? { month, day } : null;
}

/** A date written in 月 and 日 cells, as the text a clerk would write ("6月12日"; "6月" without its day, refused as such). */
function splitDateValue(month: CellValue, day: CellValue): CellValue {
  if (isBlank(month) && isBlank(day)) return null;
  // the cells may carry their word already ("6月", "12日", "5号")
  return `${cellText(month).trim().replace(/月份?$/u, '')}月${isBlank(day) ? '' : `${cellText(day).trim().replace(/[日号]$/u, '')}日`}`;
}

/** Whether a cell is a column name of a 报送登记 (its columns, a ledger column it may add, 序号). */
export function isColumnName(cell: string): boolean {
  const name = normalizeHeader(cell);
  return ROW_NUMBER_HEADER.test(name) || SUBMISSION_WORDS.some((words) => words.some((w) => normalizeHeader(w) === name)) || extraFieldOf(cell) !== null;
}

/** 报送登记's header words: the form's own first, then the ledger's other words for the field (a clerk who wrote 发布日期 or 媒体名称). */
const SUBMISSION_WORDS = SUBMISSION_COLUMNS.map((c) => [
  c.header, ...LEDGER_HEADERS[c.field].filter((w) => w !== c.header), ...(c.field === 'media' ? MEDIA_HEADERS.name : []), ...(c.field === 'date' ? RETURN_DATE_HEADERS : []),
]);

/** The form's period as the marker gives it, and how a note names it. */
interface FormPeriod { readonly from: CivilDate; readonly to: CivilDate; readonly label: string }

/** A sheet laid out as 报送登记 (its header holds 4 of the form's columns): its filled rows, and how many are dated inside the period. */
function registrationRows(grid: Grid, period: FormPeriod | null): { filled: number; inside: number } | null {
  const header = headerColumns(grid, SUBMISSION_WORDS, 4);
  if (!header) return null;
  const dateCol = header.columns[SUBMISSION_COLUMNS.findIndex((c) => c.field === 'date')];
  let [filled, inside] = [0, 0];
  for (const row of grid.rows.slice(header.row + 1)) {
    if (!row.some((v) => !isBlank(v))) continue;
    filled++;
    const read = period && dateCol >= 0 ? readReturnedDate(row[dateCol], period) : null;
    if (period && read && 'date' in read && compareDates(read.date, period.from) >= 0 && compareDates(read.date, period.to) <= 0) inside++;
  }
  return { filled, inside };
}

/**
 * A form sheet: by its name, else (renamed by the clerk) the one other sheet whose header holds at least
 * `least` of its columns; several such sheets are not guessed between — unless, with the form's period, one
 * alone holds rows dated in it (a unit that keeps one 报送登记 a month: 4月报送登记, 5月报送登记, 6月报送登记).
 */
function formSheet(grids: readonly Grid[], name: string, words: readonly (string | readonly string[])[], least: number, kind: string, period: FormPeriod | null = null): { grid: Grid; renamed: boolean; note?: string } | { problem: string } | null {
  const named = grids.find((g) => g.name === name);
  const others = new Set<string>(Object.values(FORM_SHEETS));
  const candidates = () => grids.filter((g) => !others.has(g.name) && headerColumns(g, words, least));
  const inside = (g: Grid) => (period ? registrationRows(g, period)?.inside ?? 0 : 0);
  const ofPeriod = (found: readonly Grid[]) => (period ? found.filter((g) => inside(g) > 0) : []);
  if (named) {
    // WPS's and Excel's "copy sheet" (报送登记 (2)): the rows typed into the copy while the original stays blank are the return
    // (only a copy by its name — 报送登记 (2), 报送登记(2), 报送登记副本: last month's sheet kept beside it is not read for it)
    const isCopy = (g: Grid) => g.name.startsWith(name) && /^\s*(?:[（(]\d{1,2}[）)]|副本|\d{1,2})$/u.test(g.name.slice(name.length));
    const namedFilled = filledUnderHeader(named, words);
    const copies = namedFilled ? [] : candidates().filter((g) => isCopy(g) && filledUnderHeader(g, words));
    if (copies.length === 1) return { grid: copies[0], renamed: false, note: `“${name}”表是空的，稿件登记在“${copies[0].name}”表中：已按“${copies[0].name}”读取` };
    // the named sheet holds another month's rows, and one other sheet laid out alike holds this period's
    const current = namedFilled && period && inside(named) === 0 ? ofPeriod(candidates()) : [];
    if (current.length === 1 && period) {
      return { grid: current[0], renamed: false, note: `“${name}”表登记的稿件日期都不在本期（${period.label}）内，本期的稿件登记在“${current[0].name}”表中：已按“${current[0].name}”读取` };
    }
    return { grid: named, renamed: false };
  }
  const found = candidates();
  if (found.length === 1) return { grid: found[0], renamed: true };
  if (found.length === 0) return null;
  const current = ofPeriod(found);
  if (current.length === 1 && period) {
    return { grid: current[0], renamed: false, note: `没有“${name}”表，${found.map((g) => `“${g.name}”`).join('、')}都像${kind}：按日期在本期（${period.label}）内的“${current[0].name}”表读取` };
  }
  return { problem: `没有“${name}”表，而${found.map((g) => `“${g.name}”`).join('、')}都像${kind}，不能确定读哪一张：请只保留一张并改回“${name}”` };
}

/** Whether anything is filled under a sheet's header (a form's sheet left as sent holds its header only). */
function filledUnderHeader(grid: Grid, words: readonly (string | readonly string[])[]): boolean {
  const header = headerColumns(grid, words, 2);
  return header !== null && grid.rows.slice(header.row + 1).some((row) => row.some((v) => !isBlank(v)));
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

/** Labels of the lines offices print over a 登记表's header: whose table it is, and when it was filled in. */
const HEADING_LABELS = { unit: ['填报单位', '填写单位', '填表单位', '报送单位'], filledOn: ['填报日期', '填表日期', '登记时间', '登记日期'] } as const;

/** "填写单位：市教体局" over the header (rows before `until`): the value in the same cell, else the next filled cell when it is no label itself. */
function headingLine(grid: Grid, labels: readonly string[], until: number): { label: string; value: CellValue } | null {
  for (let r = 0; r < Math.min(until, grid.rows.length); r++) {
    const row = grid.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const text = cellText(row[c]);
      const label = labels.find((l) => text.startsWith(l));
      if (label === undefined || !/^\s*([（(][^）)]*[）)])?\s*([:：]|$)/u.test(text.slice(label.length))) continue;
      const rest = text.slice(label.length).replace(/^\s*[（(][^）)]*[）)]/u, '').replace(/^\s*[:：]\s*/u, '');
      if (rest !== '') return { label, value: rest };
      const next = row.slice(c + 1).find((v) => !isBlank(v));
      return next === undefined || /[:：]/u.test(cellText(next)) ? null : { label, value: next };
    }
  }
  return null;
}

/** What the lines over 报送登记's header say (a unit's own 登记表: 填写单位：…, 登记时间：…), or undefined when they say nothing. */
function readHeading(grid: Grid, headerTop: number): ReturnHeading | undefined {
  const unit = headingLine(grid, HEADING_LABELS.unit, headerTop);
  const filled = headingLine(grid, HEADING_LABELS.filledOn, headerTop);
  const unitText = unit ? cellText(unit.value) : '';
  if (unitText === '' && !filled) return undefined;
  return { unit: unitText === '' ? null : unitText, unitLabel: unit?.label ?? HEADING_LABELS.unit[0], filledOn: filled?.value ?? null, sheet: grid.name };
}

function readGuide(grid: Grid | undefined): ReturnGuide | undefined {
  if (!grid) return undefined;
  const text = (v: CellValue | undefined) => (v === undefined || v === null ? null : cellText(v) || null);
  return { unit: text(labelled(grid, GUIDE_LABELS.unit)), period: text(labelled(grid, GUIDE_LABELS.period)), filledOn: labelled(grid, GUIDE_LABELS.filledOn) ?? null };
}

/**
 * 报送登记's hidden columns sorted: a column of the form, or an added one whose header names a ledger column, is read; a
 * hidden column under a form column's header that another (shown) column holds is not (naming that one), nor is any other.
 */
function sortHiddenColumns(sheet: Grid, header: FormHeader, added: readonly number[], hidden: HiddenColumn): HiddenColumnsRead {
  const headerRow = header.names;
  const read = header.columns.filter((c) => c >= 0 && hidden(c));
  const unread: { col: number; instead?: number }[] = [];
  for (const c of added) {
    if (!hidden(c)) continue;
    const name = normalizeHeader(headerRow[c]);
    const field = name === '' ? -1 : SUBMISSION_WORDS.findIndex((words) => words.some((w) => normalizeHeader(w) === name));
    if (field >= 0 && header.columns[field] >= 0) unread.push({ col: c, instead: header.columns[field] });
    else if (extraFieldOf(cellText(headerRow[c])) !== null) read.push(c);
    else unread.push({ col: c });
  }
  // columns past the header: hidden ones are not read
  const width = sheet.rows.reduce((w, cells) => Math.max(w, cells?.length ?? 0), 0);
  for (let c = headerRow.length; c < width; c++) if (hidden(c)) unread.push({ col: c });
  return { read, unread };
}

/**
 * A table of a Word file that is a 报送登记 — a header row with three or more of its columns (日期, 标题, 媒体 …) — read as the
 * form's sheet: its rows under the document's lines over it (填写单位：…, the table's title), its merges moved under them.
 * Null for any other table (a 审批表's 单位名称 | … | 标题 | … is a form, not a register).
 */
export function readRegistrationTable(table: { rows: readonly (readonly string[])[]; merges?: readonly CellRange[] }, above: readonly string[], file: string): ReturnData | null {
  const lines = above.slice(-5);
  const sheet: Grid = {
    name: FORM_SHEETS.submissions,
    rows: [...lines.map((l) => [l]), ...table.rows.map((r) => [...r])],
    merges: (table.merges ?? []).map((m) => ({ top: m.top + lines.length, left: m.left, bottom: m.bottom + lines.length, right: m.right })),
  };
  // three of 报送登记's columns, or two in a row of nothing but column names (序号 | 信息标题 | 报送时间) — not a form's
  // label | value row (标题 | … | 发布日期 | …)
  const header = headerColumns({ ...sheet, rows: sheet.rows.slice(lines.length) }, SUBMISSION_WORDS, 2);
  if (!header || header.row + 1 >= table.rows.length) return null;
  const named = header.columns.filter((c) => c >= 0).length;
  const allNames = (table.rows[header.top] ?? []).every((cell) => cell.trim() === '' || isColumnName(cell));
  if (named < 3 && !allNames) return null;
  const data = readReturn([sheet], file);
  // rows are named as the clerk counts them in the Word table (its header is row 1), not with the lines over it
  const rows = data.rows.map((r) => ({ ...r, row: r.row - lines.length }));
  return { ...data, rows, notes: ['Word 文件中的登记表按“报送登记”逐行读取（行号为表格中的行）；不算返回填报表（没有进展）', ...(data.notes ?? [])], fromWord: true };
}

export function readReturn(grids: readonly Grid[], file: string): ReturnData {
  const byName = (name: string) => grids.find((g) => g.name === name);
  const marker = readMarker(byName(FORM_SHEETS.marker));
  const guide = readGuide(byName(FORM_SHEETS.guide));
  const period: FormPeriod | null = marker ? { from: marker.from, to: marker.to, label: `${formatISO(marker.from)}至${formatISO(marker.to)}` } : null;
  const located = formSheet(grids, FORM_SHEETS.submissions, SUBMISSION_WORDS, 4, '报送登记表', period)
    ?? { problem: `没有“${FORM_SHEETS.submissions}”表（也没有表头为日期、标题、媒体……的表），不是督办填报表` };
  if ('problem' in located) return { file, marker, rows: [], progress: [], problem: located.problem };
  const sheet = located.grid;
  const notes = located.renamed ? [`“${FORM_SHEETS.submissions}”表被改名为“${sheet.name}”，已按表头读取`] : located.note ? [located.note] : [];
  const hidden = hiddenColumnsOf(sheet);
  const header = headerColumns(sheet, SUBMISSION_WORDS, 2, hidden);
  if (!header) return { file, marker, rows: [], progress: [], problem: `“${sheet.name}”表的表头被改动，无法读取` };
  const headerRow = header.names;
  // no date column, but 月 | 日 (a 见报篇目统计表): the date is read from the two, in the period's year
  const split = splitDate(sheet, header, headerRow);
  const known = new Set([...header.columns, ...(split ? [split.month, split.day] : [])]);
  // a 序号 column the clerk added only numbers the rows: nothing in it is lost
  const added = headerRow.map((_, c) => c).filter((c) => !known.has(c) && !ROW_NUMBER_HEADER.test(normalizeHeader(headerRow[c])));
  const columns = sortHiddenColumns(sheet, header, added, hidden);
  notes.push(...hiddenColumnNotes(sheet, header, columns));
  const extraColumns = added.filter((c) => !hidden(c) || columns.read.includes(c));
  const unreadColumns = new Set(columns.unread.map((u) => u.col));
  // a 序号 column numbered down to the last printed row: a row with nothing else is an empty row
  const numberColumns = new Set(headerRow.map((_, c) => c).filter((c) => ROW_NUMBER_HEADER.test(normalizeHeader(headerRow[c]))));
  const rows: ReturnRow[] = [];
  const downMerges = sheet.merges.filter((m) => m.bottom > m.top && m.top > header.row);
  let previous: Record<SubmissionField, CellValue> | null = null;
  const marked = marksIndex(sheet);
  const filtered = filteredNote(marked, sheet, header.row);
  if (filtered) notes.push(filtered);
  const titleColumn = header.columns[SUBMISSION_COLUMNS.findIndex((c) => c.field === 'title')];
  for (let r = header.row + 1; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (cells.every((v, c) => isBlank(v) || (numberColumns.has(c) && ROW_NUMBER.test(cellText(v))))) continue;
    const values = {} as Record<SubmissionField, CellValue>;
    let problem: string | undefined;
    let note: string | undefined;
    SUBMISSION_COLUMNS.forEach((c, i) => {
      const col = header.columns[i];
      let value = col >= 0 ? cells[col] ?? null : null;
      if (c.field === 'date' && split) value = splitDateValue(cells[split.month] ?? null, cells[split.day] ?? null);
      const merge = col >= 0 ? downMerges.find((m) => m.top <= r && r <= m.bottom && m.left <= col && col <= m.right) : undefined;
      if (merge && SHARED_FIELDS.has(c.field)) value = sheet.rows[merge.top]?.[merge.left] ?? null;
      else if (merge && c.field === 'count') {
        // one figure for the rows it covers: as many as the rows is one article a row; any other cannot be shared out
        const master = sheet.rows[merge.top]?.[merge.left] ?? null;
        const rowsCovered = merge.bottom - merge.top + 1;
        const said = `${rangeA1(merge)}（${c.header}）合并了 ${rowsCovered} 行，填的是 ${cellText(master)}`;
        if (countFigure(master) === rowsCovered) [value, note] = [1, `${said}：按每行 1 篇计`];
        else problem ??= isBlank(master) ? `${rangeA1(merge)}（${c.header}）合并了几行，读不出每行的${c.header}：请取消合并，逐行填写`
          : `${said}，与行数不一致，读不出每行的${c.header}：请取消合并，逐行填写`;
      } else if (merge) problem ??= `${rangeA1(merge)}（${c.header}）合并了几行，读不出每行的${c.header}：请取消合并，逐行填写`;
      if (previous && SHARED_FIELDS.has(c.field) && isSameAbove(cellText(value))) value = previous[c.field];
      values[c.field] = value;
    });
    previous = values;
    const cellOf = (c: number) => ({ header: cellText(headerRow[c]) || '（无表头）', cell: `${columnLetters(c)}${r + 1}`, text: cellText(cells[c]) });
    const extra = [...extraColumns, ...cells.map((_, c) => c).filter((c) => c >= headerRow.length && !hidden(c))]
      .filter((c) => !isBlank(cells[c]))
      .map(cellOf);
    // a hidden column is not read, but a remark in it that withdraws the row still does
    const unread = cells.map((_, c) => c).filter((c) => (unreadColumns.has(c) || (c >= headerRow.length && hidden(c))) && !isBlank(cells[c])).map(cellOf);
    const mark = rowMark(marked, r, cells, { key: { col: titleColumn, label: '标题' }, what: cellText(values.title) });
    if (mark && 'problem' in mark) problem = mark.problem;
    const withdrawn = mark && 'withdrawn' in mark ? mark.withdrawn : withdrawnInWords({ cell: titleColumn >= 0 ? a1(r, titleColumn) : '', text: cellText(values.title) }, [...extra, ...unread]);
    // a line under the table outside the form's columns: 合计 in the 序号 column, a 填表说明 across the row
    // (a 合计 in the 序号 column with its figure under the next header — 报送日期 when the table has no 篇数 — is one too)
    const first = isBlank(values.title) ? cells.find((v) => !isBlank(v)) : undefined;
    const firstText = first === undefined ? '' : returnedText(first);
    const skip = first !== undefined && (isBlank(values.date) || tableFurniture(firstText) === 'total') ? furnitureReason(firstText) : null;
    rows.push({ row: r + 1, values, ...(extra.length > 0 ? { extra } : {}), ...(problem ? { problem } : {}), ...(note ? { note } : {}), ...(withdrawn ? { withdrawn } : {}), ...(skip ? { skip } : {}) });
  }
  const progressFound = formSheet(grids.filter((g) => g.name !== sheet.name), FORM_SHEETS.progress, PROGRESS_HEADERS, 3, '进展表');
  if (progressFound && 'problem' in progressFound) notes.push(`${progressFound.problem}；进展未读取`);
  const progressSheet = progressFound && 'grid' in progressFound ? progressFound.grid : undefined;
  if (progressSheet && progressFound && 'renamed' in progressFound && progressFound.renamed) notes.push(`“${FORM_SHEETS.progress}”表被改名为“${progressSheet.name}”，已按表头读取`);
  if (progressFound && 'note' in progressFound && progressFound.note) notes.push(progressFound.note);
  // a sheet the clerk added (a second table, last month's copy) is not read: said so, with how many rows it holds
  // (the sheet named 报送登记 too when another was read for it: the rows it holds are not merged)
  const formSheets = new Set<string>([...Object.values(FORM_SHEETS).filter((n) => n !== FORM_SHEETS.submissions), sheet.name, ...(progressSheet ? [progressSheet.name] : [])]);
  for (const g of grids) {
    if (formSheets.has(g.name)) continue;
    // laid out as 报送登记 (one a month, last month's kept): said as such, with the rows dated in this period, which are not merged
    const registration = registrationRows(g, period);
    if (registration?.filled === 0 || (g.name === FORM_SHEETS.submissions && located.note)) continue;
    if (registration) {
      const when = !period ? '' : registration.inside > 0 ? `，其中 ${registration.inside} 行日期在本期（${period.label}）内` : '，日期都不在本期内';
      notes.push(`另有“${g.name}”表也是报送登记表（登记了 ${registration.filled} 行${when}），未读取：本期的稿件请登记在“${sheet.name}”表`);
      continue;
    }
    const filled = g.rows.filter((r) => r.some((v) => !isBlank(v))).length;
    if (filled > 0) notes.push(`另有“${g.name}”表（${filled} 行有内容）不是填报表的表，未读取：如有要登记的稿件，请移到“${FORM_SHEETS.submissions}”表`);
  }
  const progress: ProgressRow[] = [];
  const progressHidden = progressSheet ? hiddenColumnsOf(progressSheet) : () => false;
  const ph = progressSheet ? headerColumns(progressSheet, PROGRESS_HEADERS, 2, progressHidden) : null;
  if (progressSheet && ph) notes.push(...hiddenColumnNotes(progressSheet, ph, { read: ph.columns.filter((c) => c >= 0 && progressHidden(c)), unread: [] }));
  if (progressSheet && ph) {
    const at = (cells: readonly CellValue[], i: number) => (ph.columns[i] >= 0 ? cells[ph.columns[i]] ?? null : null);
    const progressMarks = marksIndex(progressSheet);
    const progressFiltered = filteredNote(progressMarks, progressSheet, ph.row);
    if (progressFiltered) notes.push(progressFiltered);
    for (let r = ph.row + 1; r < progressSheet.rows.length; r++) {
      const cells = progressSheet.rows[r] ?? [];
      const seq = cellText(at(cells, 0));
      const status = cellText(at(cells, 2));
      const doneDate = at(cells, 3);
      if (seq === '' || (status === '' && isBlank(doneDate))) continue;
      const mark = rowMark(progressMarks, r, cells, { key: { col: ph.columns[2], label: '完成情况' }, what: `任务 ${seq}`, left: '未写入进展', sheet: progressSheet.name });
      progress.push({ row: r + 1, seq, status, doneDate, note: cellText(at(cells, 4)), ...(mark ?? {}) });
    }
  }
  const heading = readHeading(sheet, header.top);
  return { file, marker, rows, progress, ...(guide ? { guide } : {}), ...(heading ? { heading } : {}), ...(notes.length > 0 ? { notes } : {}) };
}
