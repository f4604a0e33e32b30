// Reads 抽查结果 (spot checks): awareness and satisfaction rates by month and unit.
import { CivilDate, fromSerial } from '../dates/civil-date';
import { CellValue, Grid, cellText } from './grid';
import { SHEET_NAMES, SPOTCHECK_HEADERS, SPOTCHECK_REQUIRED } from './headers';
import { locateOne, rowsBelowHeader } from './locate';
import { asciiDigits } from '../dates/numerals';
import { UnitRegistry } from '../units/units';

export interface SpotCheck {
  /** The month checked: year and month (day 1). */
  readonly month: CivilDate | null;
  readonly unit: string;
  /** Rates as fractions 0..1; null when the cell is empty or not a rate. */
  readonly awareness: number | null;
  readonly satisfaction: number | null;
}

/** A rate written as 0.86, 86%, or 86 → 0.86; null otherwise. */
export function readRate(value: CellValue | undefined): number | null {
  let n: number;
  if (typeof value === 'number') n = value;
  else {
    const t = asciiDigits(cellText(value)).replace(/\s/g, '');
    if (t === '') return null;
    const m = /^(\d+(?:\.\d+)?)(%|％)?$/.exec(t);
    if (!m) return null;
    n = Number(m[1]) / (m[2] ? 100 : 1);
  }
  if (!Number.isFinite(n) || n < 0) return null;
  if (n > 1 && n <= 100) n /= 100;
  return n <= 1 ? n : null;
}

/** A month cell: 2023-06, 2023年6月, 2023/6, or a date serial. */
export function readMonth(value: CellValue | undefined): CivilDate | null {
  if (typeof value === 'number') {
    const d = fromSerial(value);
    return d ? { year: d.year, month: d.month, day: 1 } : null;
  }
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*(?:月份?)?(?:[-/.]\d{1,2}日?)?$/.exec(asciiDigits(cellText(value)));
  if (!m) return null;
  const month = Number(m[2]);
  return month >= 1 && month <= 12 ? { year: Number(m[1]), month, day: 1 } : null;
}

export function readSpotChecks(grids: readonly Grid[], registry: UnitRegistry | null): SpotCheck[] {
  const located = locateOne(grids, SPOTCHECK_HEADERS, SPOTCHECK_REQUIRED, SHEET_NAMES.spotChecks);
  if (!located) return [];
  const out: SpotCheck[] = [];
  for (const row of rowsBelowHeader(located)) {
    const written = row.text('unit');
    if (written === '') continue;
    const resolved = registry?.resolve(written);
    const unit = resolved && (resolved.kind === 'name' || resolved.kind === 'alias') ? resolved.name : written;
    out.push({
      month: row.has('month') ? readMonth(row.value('month')) : null,
      unit,
      awareness: readRate(row.value('awareness')),
      satisfaction: readRate(row.value('satisfaction')),
    });
  }
  return out;
}
