// Key tables (单位名录, 媒体名录, 评分规则, 节假日) read from a bare range of cells, with or without its header
// row, as worksheet functions receive them; a range equal to one of the last few is not read again.
import { CellValue, Grid, isBlank } from './grid';
import {
  HOLIDAY_HEADERS, HOLIDAY_REQUIRED, HeaderSchema, HolidayField, MEDIA_HEADERS, MEDIA_REQUIRED, MediaField, REGISTRY_HEADERS, REGISTRY_REQUIRED, RULES_HEADERS,
  RULES_REQUIRED, RegistryField, RulesField, findHeaderRow,
} from './headers';
import { readHolidayOverrides } from './holiday-sheet';
import { DayOverride, WorkCalendar } from '../dates/calendar';
import { readDateValue } from '../dates/date-values';
import { MediaDirectory, readMediaDirectory } from './media-sheet';
import { readRegistry } from '../units/registry-sheet';
import { readRules } from './rules-sheet';
import { ScoringRules } from '../scoring/scoring-rules';
import { UnitRegistry } from '../units/units';

/** The rows without trailing blank rows and trailing blank columns (a whole-column reference is mostly blank). */
export function trimBlankEdges(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  const { height, width } = extent(rows);
  const out: CellValue[][] = [];
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    const copy: CellValue[] = new Array(width);
    for (let c = 0; c < width; c++) copy[c] = row[c] ?? null;
    out.push(copy);
  }
  return out;
}

/**
 * The range as a grid whose header row the sheet readers find: its own header when it has one
 * (within its first 20 rows), else the schema's first names in `order` as a header above row 1.
 */
function asGrid<F extends string>(rows: CellValue[][], schema: HeaderSchema<F>, required: readonly F[], order: readonly F[]): Grid {
  if (findHeaderRow(rows, schema, required)) return { name: '', rows, merges: [] };
  return { name: '', rows: [order.map((f) => schema[f][0]), ...rows], merges: [] };
}

const REGISTRY_ORDER: readonly RegistryField[] = ['name', 'aliases', 'type', 'groups'];
const HOLIDAY_ORDER: readonly HolidayField[] = ['date', 'kind', 'name'];
const MEDIA_ORDER: readonly MediaField[] = ['name', 'level', 'aliases', 'points'];
/** A headerless 评分规则 range: 项目 · 分值, or the full 项目 · 对象 · 类型 · 分值 (· 说明) when it is four columns or wider. */
const rulesOrder = (width: number): readonly RulesField[] => (width >= 4 ? ['item', 'target', 'type', 'value', 'note'] : ['item', 'value']);

/** Extent of a range without its trailing blank rows and columns. */
function extent(rows: readonly (readonly CellValue[])[]): { height: number; width: number } {
  let height = rows.length;
  while (height > 0 && (rows[height - 1] ?? []).every((v) => isBlank(v))) height--;
  let width = 0;
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  return { height, width };
}

/** How a memo of ranges reads the cells of a range. */
export interface CellRule {
  /**
   * Whether a cell is blank: trailing blank rows and columns are not part of the range. '', null
   * and undefined are blank whatever this says (a whole column is a million rows of them).
   */
  blank(value: unknown): boolean;
  /** What the memo keeps of a cell (compared with === first); UNKEPT: a range holding it is not memoized. */
  keep(value: unknown): unknown;
  /** Whether a cell equals a kept value it is not === to. */
  same(value: unknown, kept: unknown): boolean;
}

/** keep()'s answer for a cell the memo cannot compare safely (an object its owner might change). */
export const UNKEPT: unknown = Object.freeze({});

interface Recent<T> {
  /** The range's extent without trailing blank rows and columns. */
  readonly height: number;
  readonly width: number;
  /** Its cells row by row (height × width), as keep() gives them. */
  readonly cells: readonly unknown[];
  readonly value: T;
}

/**
 * The values of the few ranges seen last. A range is compared cell by cell with each kept range
 * (stopping at the first difference), its trailing blank rows and columns included, so any change
 * of any cell misses; nothing is hashed, copied or allocated on a hit. Worksheet functions get a
 * fresh array for every call, so an array is never trusted because it is the same object.
 */
export class RecentRanges<T> {
  private readonly recent: Recent<T>[] = [];

  constructor(
    private readonly rule: CellRule,
    private readonly limit = 4,
  ) {}

  /** The value for `rows`: a kept one when a recent range has equal cells, else build(rows)'s (kept). */
  get<R>(rows: R, build: (rows: R) => T): T {
    if (!Array.isArray(rows)) return build(rows);
    const recent = this.recent;
    for (let i = 0; i < recent.length; i++) {
      const entry = recent[i];
      if (this.matches(rows, entry)) {
        if (i > 0) {
          recent.splice(i, 1);
          recent.unshift(entry);
        }
        return entry.value;
      }
    }
    const kept = this.take(rows);
    const value = build(rows);
    if (kept) {
      recent.unshift({ ...kept, value });
      if (recent.length > this.limit) recent.length = this.limit;
    }
    return value;
  }

  private blankRow(row: unknown): boolean {
    if (!Array.isArray(row)) return row === '' || row == null || this.rule.blank(row);
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (v !== '' && v != null && !this.rule.blank(v)) return false;
    }
    return true;
  }

  private matches(rows: readonly unknown[], entry: Recent<T>): boolean {
    const { height, width, cells } = entry;
    if (rows.length < height) return false;
    const { blank, same } = this.rule;
    let k = 0;
    for (let r = 0; r < height; r++) {
      const row: unknown = rows[r];
      if (!Array.isArray(row)) return false;
      const n = row.length;
      if (n === width) {
        for (let c = 0; c < width; c++, k++) if (row[c] !== cells[k] && !same(row[c], cells[k])) return false;
        continue;
      }
      const m = n < width ? n : width;
      let c = 0;
      for (; c < m; c++, k++) if (row[c] !== cells[k] && !same(row[c], cells[k])) return false;
      for (; c < width; c++, k++) if (!same(undefined, cells[k])) return false; // a shorter row: missing cells are blank
      for (c = width; c < n; c++) if (row[c] !== '' && row[c] != null && !blank(row[c])) return false;
    }
    for (let r = height; r < rows.length; r++) if (!this.blankRow(rows[r])) return false;
    return true;
  }

  /** The cells to keep of a range, or null when it cannot be kept (a row that is no array, an UNKEPT cell). */
  private take(rows: readonly unknown[]): Omit<Recent<T>, 'value'> | null {
    const { blank, keep } = this.rule;
    let height = rows.length;
    while (height > 0 && this.blankRow(rows[height - 1])) height--;
    let width = 0;
    for (let r = 0; r < height; r++) {
      const row: unknown = rows[r];
      if (!Array.isArray(row)) return null;
      for (let c = row.length - 1; c >= width; c--) {
        if (!blank(row[c])) {
          width = c + 1;
          break;
        }
      }
    }
    const cells: unknown[] = new Array(height * width);
    let k = 0;
    for (let r = 0; r < height; r++) {
      const row = rows[r] as readonly unknown[];
      for (let c = 0; c < width; c++) {
        const v = keep(row[c]);
        if (v === UNKEPT) return null;
        cells[k++] = v;
      }
    }
    return { height, width, cells };
  }
}

const isErrorCell = (v: unknown): v is { error: string } =>
  typeof v === 'object' && v !== null && typeof (v as { error?: unknown }).error === 'string';

/** Cells as the sheet readers take them: blank as isBlank says; errors equal by their text, kept as copies. */
const CELL_VALUES: CellRule = {
  blank: (v) => isBlank(v as CellValue | undefined),
  keep: (v) => {
    if (v === undefined) return null;
    if (typeof v !== 'object' || v === null) return v;
    return isErrorCell(v) ? { error: v.error } : UNKEPT;
  },
  same: (v, kept) => (v ?? null) === kept || (isErrorCell(v) && isErrorCell(kept) && v.error === kept.error),
};

/** A memo of the few ranges seen last, compared as the sheet readers take their cells. */
class ContentMemo<T> {
  private readonly recent: RecentRanges<T>;
  constructor(limit: number) {
    this.recent = new RecentRanges<T>(CELL_VALUES, limit);
  }

  get(rows: readonly (readonly CellValue[])[], build: (trimmed: CellValue[][]) => T): T {
    return this.recent.get(rows, (r) => build(trimBlankEdges(r)));
  }
}

const registries = new ContentMemo<UnitRegistry | null>(4);
const directories = new ContentMemo<MediaDirectory>(4);
const ruleSets = new ContentMemo<ScoringRules | null>(4);
const calendars = new ContentMemo<HolidayRange>(4);

/**
 * The unit registry in a range laid out as 单位名录 (单位名称 · 别名 · 类型 · 所属分组, with or
 * without the header row); null when it names no unit. Equal content gives the same instance.
 */
export function registryFromRange(rows: readonly (readonly CellValue[])[]): UnitRegistry | null {
  return registries.get(rows, (trimmed) => {
    const sheet = readRegistry([asGrid(trimmed, REGISTRY_HEADERS, REGISTRY_REQUIRED, REGISTRY_ORDER)]);
    return sheet && sheet.entries.length ? new UnitRegistry(sheet.entries) : null;
  });
}

/** The media directory in a range laid out as 媒体名录 (媒体名称 · 级别 · 别名, header optional). */
export function mediaDirectoryFromRange(rows: readonly (readonly CellValue[])[]): MediaDirectory {
  return directories.get(rows, (trimmed) =>
    readMediaDirectory([asGrid(trimmed, MEDIA_HEADERS, MEDIA_REQUIRED, MEDIA_ORDER)]),
  );
}

/**
 * The scoring rules in a range of 评分规则 key/value rows (项目 · 分值, header optional), every rule
 * left out at its default; null when the range holds no row at all.
 */
export function rulesFromRange(rows: readonly (readonly CellValue[])[]): ScoringRules | null {
  return ruleSets.get(rows, (trimmed) =>
    trimmed.length ? readRules([asGrid(trimmed, RULES_HEADERS, RULES_REQUIRED, rulesOrder(Math.max(...trimmed.map((r) => r.length))))]).rules : null,
  );
}

/** The working-day calendar of a 节假日 range, and how many of its rows with something written could not be read. */
export interface HolidayRange {
  readonly calendar: WorkCalendar;
  readonly days: number;
  readonly unread: number;
}

/**
 * A calendar with the days of a range laid out as 节假日 (日期 · 类型 · 名称, header optional), or one
 * column of dates as Excel's WORKDAY takes its holidays (each a rest day). Rows above the first date
 * (the sheet's titles, its header) are not days; a later row that reads as no day is counted in `unread`.
 */
export function holidayCalendarFromRange(rows: readonly (readonly CellValue[])[]): HolidayRange {
  return calendars.get(rows, (trimmed) => {
    const width = Math.max(0, ...trimmed.map((r) => r.length));
    const first = trimmed.findIndex((r) => readDateValue(r[0] ?? null).ok);
    const body = first < 0 ? [] : trimmed.slice(first);
    let days: DayOverride[];
    if (width <= 1) {
      days = [];
      for (const r of body) {
        const read = readDateValue(r[0] ?? null);
        if (read.ok) days.push({ date: read.date, work: false });
      }
    } else {
      days = readHolidayOverrides([asGrid(body, HOLIDAY_HEADERS, HOLIDAY_REQUIRED, HOLIDAY_ORDER)]);
    }
    const written = body.filter((r) => r.some((v) => !isBlank(v))).length;
    return { calendar: new WorkCalendar(days), days: days.length, unread: written - days.length };
  });
}
