// Reads 设置 (settings): plan year, as-of date and publicity months, as key/value rows.
import { CivilDate } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { CellValue, Grid, cellText, isBlank } from './grid';
import { SETTINGS_KEYS, SHEET_NAMES, normalizeHeader } from './headers';
import { asciiDigits, parseChineseInteger } from '../dates/numerals';

export interface Settings {
  readonly sheet: string | null;
  readonly planYear?: number;
  readonly asOf?: CivilDate;
  readonly publicityMonths?: number[];
  /** Every key's value as text (trimmed), for the round-2 rows their domains interpret (列映射, 通报要求 …). */
  readonly text: Partial<Record<keyof typeof SETTINGS_KEYS, string>>;
  /** Where each value was read, for pointing at it: key → A1-less (row, col). */
  readonly cells: Partial<Record<keyof typeof SETTINGS_KEYS, { row: number; col: number }>>;
}

type SettingKey = keyof typeof SETTINGS_KEYS;

function keyOf(value: CellValue | undefined): SettingKey | null {
  const text = normalizeHeader(value);
  for (const key of Object.keys(SETTINGS_KEYS) as SettingKey[]) {
    if ((SETTINGS_KEYS[key] as readonly string[]).includes(text)) return key;
  }
  return null;
}

/** Months named in text such as "5月、10月", "2、5、8、11月", "每季度第二个月". */
export function parseMonthList(text: string): number[] {
  const t = asciiDigits(text.normalize('NFKC'));
  if (/每(?:个)?季度?第(?:二|2)个?月/.test(t)) return [2, 5, 8, 11];
  if (/每(?:个)?季度?第(?:一|1)个?月/.test(t)) return [1, 4, 7, 10];
  if (/每(?:个)?季度?第(?:三|3)个?月|每季度末/.test(t)) return [3, 6, 9, 12];
  const months: number[] = [];
  for (const piece of t.split(/[、，,;；\s和及与月份]+/)) {
    const n = parseChineseInteger(piece);
    if (n !== null && n >= 1 && n <= 12 && !months.includes(n)) months.push(n);
  }
  return months.sort((a, b) => a - b);
}

function yearOf(value: CellValue | undefined): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1900 && value <= 2100) return value;
  const m = /((?:19|20)\d{2})/.exec(asciiDigits(cellText(value)));
  return m ? Number(m[1]) : undefined;
}

/** Keys a task sheet's footer may hold too ("联系人： | 王明"): alone they never make another sheet the settings sheet. */
const FOOTER_KEYS: ReadonlySet<SettingKey> = new Set<SettingKey>(['contactPerson', 'contactPhone', 'bulletinBasis']);

function readFrom(grid: Grid): Settings | null {
  let found = false;
  const out: { planYear?: number; asOf?: CivilDate; publicityMonths?: number[] } = {};
  const cells: Settings['cells'] = {};
  const text: Settings['text'] = {};
  for (let r = 0; r < grid.rows.length && r < 200; r++) {
    const row = grid.rows[r] ?? [];
    const keyCol = row.findIndex((v) => !isBlank(v));
    if (keyCol < 0) continue;
    const key = keyOf(row[keyCol]);
    if (!key) continue;
    const valueCol = keyCol + 1;
    if (!FOOTER_KEYS.has(key) || grid.name === SHEET_NAMES.settings) found = true;
    if (isBlank(row[valueCol])) continue;
    const value = row[valueCol];
    cells[key] = { row: r, col: valueCol };
    text[key] = cellText(value).trim();
    if (key === 'planYear') out.planYear = yearOf(value);
    else if (key === 'asOf') {
      const d = readDateValue(value);
      if (d.ok) out.asOf = d.date;
    } else if (key === 'publicityMonths') {
      const months = parseMonthList(cellText(value));
      if (months.length > 0) out.publicityMonths = months;
    }
  }
  return found ? { sheet: grid.name, ...out, cells, text } : null;
}

/** Settings from the 设置 sheet (or any user sheet holding its keys); empty when there is none. */
export function readSettings(grids: readonly Grid[]): Settings {
  const ordered = [...grids.filter((g) => g.name === SHEET_NAMES.settings), ...grids.filter((g) => g.name !== SHEET_NAMES.settings)];
  for (const grid of ordered) {
    if (grid.generated) continue;
    const s = readFrom(grid);
    if (s) return s;
  }
  return { sheet: null, cells: {}, text: {} };
}
