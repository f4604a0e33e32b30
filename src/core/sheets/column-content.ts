// Columns typed by their content when a header word is unknown: unit names, dates or deadline phrases, counts, the longest free text.
import { CellValue, Grid, cellText, isBlank } from './grid';
import { TaskField } from './headers';
import { UNIT_END, trimEtc } from '../units/unit-lists';
import { parseDeadline } from '../deadlines/deadline';

/** What a column's content showed: unit names, dates/deadline phrases, counts (各5条), or the longest free text. */
export type InferenceBasis = 'units' | 'dates' | 'counts' | 'longest-text';

/** A role read from a column's content rather than its header word, with what showed it. */
export interface InferredColumn {
  readonly field: TaskField;
  readonly col: number;
  /** The header cell's text ('' when empty). */
  readonly header: string;
  readonly basis: InferenceBasis;
  /** Cells that showed it, of the filled cells looked at (for longest-text: the average length in characters). */
  readonly hits: number;
  readonly total: number;
}

/** Rows looked at below the header. */
const SAMPLE_ROWS = 60;
/** Share of a column's filled cells that must show a kind. */
const SHARE = 0.6;

const PIECE_BREAK = /[、，,；;／/\s]+|以及|和|及|与/;
const COUNT = /[\d一二两三四五六七八九十百]+\s*(?:篇|条|次|期|场|份|件|个|项|批|幅|人次)/;
const EXCEL_DATE_SERIALS = [25000, 80000]; // 1968 … 2119
/** Pieces that end like a unit but are events or dates: 发布会, 推进会, "2023年…". */
const NOT_UNIT = /(?:发布|推进|座谈|见面|培训|展销|博览|运动|晚|演唱|交流|研讨|表彰|动员|部署|调度|例|听证|论证|观摩|现场)会$|\d{4}|[年月日]$/;
const SEQ = /^[(（]?[\d一二三四五六七八九十]+[)）、.．]?$/;

/** Tick boxes of a form (■政府网站 □政务服务中心 …): a cell holding them lists options ticked, never units. */
const TICK_BOXES = /[■□☐☑☒▄▪◆◇√]/;

/** Whether a cell names units only: every piece ends as a unit does (局, 办, 单位 …), is a short group (各镇) or is known to `isUnit`. */
export function looksLikeUnits(text: string, isUnit?: (name: string) => boolean): boolean {
  if (text.length > 80 || /[。！？]/.test(text) || TICK_BOXES.test(text)) return false;
  const pieces = text.replace(/[（(][^）)]*[）)]/g, '').split(PIECE_BREAK).map((p) => trimEtc(p.trim())).filter((p) => p !== '');
  if (pieces.length === 0) return false;
  return pieces.every((p) => p.length >= 2 && p.length <= 24 && !NOT_UNIT.test(p) && (UNIT_END.test(p) || (p.startsWith('各') && p.length <= 12) || isUnit?.(p) === true));
}

function looksLikeDeadline(value: CellValue): boolean {
  if (typeof value === 'number') return Number.isInteger(value) ? (value >= 1990 && value <= 2100) || (value >= EXCEL_DATE_SERIALS[0] && value <= EXCEL_DATE_SERIALS[1]) : false;
  const text = cellText(value);
  if (text.length > 40) return false;
  const kind = parseDeadline(text, 2000).kind;
  return kind === 'date' || kind === 'recurring' || kind === 'ongoing' || (kind === 'relative' && text.length <= 12);
}

const looksLikeCount = (text: string) => text.length <= 30 && COUNT.test(text);

/** A measurement unit as an indicator table's 单位 column gives it (元, %, 万人, 亿元, 万亩): never an office. */
const MEASURE = /^(?:%|‰|个百分点|[十百千万亿]*(?:元|美元|人|人次|户|个|项|家|所|座|处|公里|千米|米|平方米|平方公里|亩|公顷|吨|标准煤|千瓦|千瓦时|辆|张|床|套|件|条|篇|期|台|份|册|次|天|小时)|万亩|万人)$/;

/** A column's filled cells below the header, in rows with two or more filled cells (headings tell nothing), up to SAMPLE_ROWS. */
function filledCells(grid: Grid, headerRow: number, col: number): { value: CellValue; text: string }[] {
  const out: { value: CellValue; text: string }[] = [];
  for (let r = headerRow + 1; r < grid.rows.length && out.length < SAMPLE_ROWS; r++) {
    const row = grid.rows[r] ?? [];
    const value = row[col];
    if (isBlank(value) || row.filter((v) => !isBlank(v)).length < 2) continue;
    out.push({ value, text: cellText(value).trim() });
  }
  return out;
}

/** Share of a column's filled cells below the header that pass `test`. */
function columnShare(grid: Grid, headerRow: number, col: number, test: (value: CellValue, text: string) => boolean): number {
  const cells = filledCells(grid, headerRow, col);
  return cells.length === 0 ? 0 : cells.filter((c) => test(c.value, c.text)).length / cells.length;
}

/** Whether a column (an indicator table's 单位) holds measurement units (元, %, 万人) rather than offices. */
export function holdsMeasures(grid: Grid, headerRow: number, col: number): boolean {
  return columnShare(grid, headerRow, col, (_v, text) => MEASURE.test(text.replace(/\s+/g, ''))) >= SHARE;
}

/** Whether a column holds bare figures (150, 30, 12.5): points or counts whose unit only the header names. */
export function holdsFigures(grid: Grid, headerRow: number, col: number): boolean {
  return columnShare(grid, headerRow, col, (value, text) => typeof value === 'number' || /^\d+(?:\.\d+)?$/.test(text)) >= SHARE;
}

/** Whether a column holds row numbers only (1, 2, (三)): a 序号 column, whatever its header says. */
export function holdsRowNumbers(grid: Grid, headerRow: number, col: number): boolean {
  return columnShare(grid, headerRow, col, (value, text) => (typeof value === 'number' && Number.isInteger(value)) || SEQ.test(text)) >= SHARE;
}

/**
 * How much a column reads as items of its own: the share of its filled cells that are text (not figures), times the share
 * that differ from one another. Names of indicators score 1; targets such as "186" or one phrase repeated score low.
 */
export function textiness(grid: Grid, headerRow: number, col: number): number {
  const cells = filledCells(grid, headerRow, col);
  if (cells.length === 0) return 0;
  const texts = cells.filter((c) => typeof c.value !== 'number' && !/^[\d.,%]+$/.test(c.text)).length;
  return (texts / cells.length) * (new Set(cells.map((c) => c.text)).size / cells.length);
}

/**
 * Whether most filled cells of a column below the header are counts ("各5条", "3篇"), not bare numbers; with
 * `bareNumbers` (the header gives the measure: "新种任务(亩)") numbers count too.
 */
export function holdsCounts(grid: Grid, headerRow: number, col: number, bareNumbers = false): boolean {
  const s = columnStats(grid, headerRow, undefined, new Set([col]))[col];
  return s !== undefined && s.filled > 0 && (s.counts + (bareNumbers ? s.numbers : 0)) / s.filled >= SHARE;
}

interface ColumnStats {
  filled: number;
  units: number;
  dates: number;
  counts: number;
  chars: number;
  numbers: number;
}

/** Counts of each kind in the columns below the header (up to SAMPLE_ROWS filled rows). */
function columnStats(grid: Grid, headerRow: number, isUnit?: (name: string) => boolean, only?: ReadonlySet<number>): ColumnStats[] {
  const stats: ColumnStats[] = [];
  let seen = 0;
  for (let r = headerRow + 1; r < grid.rows.length && seen < SAMPLE_ROWS; r++) {
    const row = grid.rows[r] ?? [];
    const filledCells = row.filter((v) => !isBlank(v)).length;
    if (filledCells < 2) continue; // blank rows and headings tell nothing about columns
    seen++;
    row.forEach((value, c) => {
      if (isBlank(value) || (only && !only.has(c))) return;
      const s = (stats[c] ??= { filled: 0, units: 0, dates: 0, counts: 0, chars: 0, numbers: 0 });
      const text = cellText(value);
      s.filled++;
      s.chars += text.length;
      if (typeof value === 'number' || SEQ.test(text)) s.numbers++;
      if (typeof value === 'string' && looksLikeUnits(text, isUnit)) s.units++;
      if (looksLikeDeadline(value)) s.dates++;
      if (looksLikeCount(text)) s.counts++;
    });
  }
  return stats;
}

/**
 * Fills the roles a header left open from the columns' content: lead (and coop, a second unit column),
 * deadline, quota and task (the longest free text; else the category column). Columns the header already
 * gave a role are left alone. Returns the columns and what was inferred; `task`/`lead` stay undefined
 * when nothing fits.
 */
export function inferColumns(
  grid: Grid,
  headerRow: number,
  known: Partial<Record<TaskField, number>>,
  headerTexts: readonly string[],
  isUnit?: (name: string) => boolean,
  only?: ReadonlySet<number>,
): { columns: Partial<Record<TaskField, number>>; inferred: InferredColumn[] } {
  const stats = columnStats(grid, headerRow, isUnit, only);
  const columns = { ...known };
  const inferred: InferredColumn[] = [];
  const taken = () => new Set(Object.values(columns));
  const open = (c: number) => stats[c] !== undefined && !taken().has(c);
  const share = (hits: number, s: ColumnStats) => s.filled > 0 && hits / s.filled >= SHARE;
  const add = (field: TaskField, col: number, basis: InferenceBasis, hits: number, total: number) => {
    columns[field] = col;
    inferred.push({ field, col, header: headerTexts[col] ?? '', basis, hits, total });
  };
  const best = (score: (s: ColumnStats) => number, ok: (s: ColumnStats) => boolean): number | undefined => {
    let found: number | undefined;
    stats.forEach((s, c) => {
      if (!s || !open(c) || !ok(s)) return;
      if (found === undefined || score(s) > score(stats[found]!)) found = c;
    });
    return found;
  };
  const unitColumn = () => best((s) => s.units / s.filled, (s) => share(s.units, s));
  if (columns.lead === undefined) {
    const c = unitColumn();
    if (c !== undefined) add('lead', c, 'units', stats[c]!.units, stats[c]!.filled);
  }
  if (columns.lead !== undefined && columns.coop === undefined) {
    const c = unitColumn();
    if (c !== undefined && c > columns.lead) add('coop', c, 'units', stats[c]!.units, stats[c]!.filled);
  }
  if (columns.deadline === undefined) {
    const c = best((s) => s.dates / s.filled, (s) => share(s.dates, s) && s.chars / s.filled <= 20);
    if (c !== undefined) add('deadline', c, 'dates', stats[c]!.dates, stats[c]!.filled);
  }
  if (columns.quota === undefined) {
    const c = best((s) => s.counts / s.filled, (s) => share(s.counts, s) && s.chars / s.filled <= 30);
    if (c !== undefined) add('quota', c, 'counts', stats[c]!.counts, stats[c]!.filled);
  }
  if (columns.task === undefined) {
    const c = best((s) => s.chars / s.filled, (s) => s.chars / s.filled >= 4 && s.numbers / s.filled < 0.5 && s.units / s.filled < SHARE);
    if (c !== undefined) add('task', c, 'longest-text', Math.round(stats[c]!.chars / stats[c]!.filled), stats[c]!.filled);
    else if (columns.category !== undefined) {
      // the only text column was read as a category (专项整治行业名称): it is the task
      const col = columns.category;
      delete columns.category;
      const s = stats[col];
      add('task', col, 'longest-text', s ? Math.round(s.chars / s.filled) : 0, s?.filled ?? 0);
    }
  }
  return { columns, inferred };
}
