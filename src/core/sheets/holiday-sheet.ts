// Reads 节假日 (holiday overrides): days a workbook declares working or rest days.
import { DayOverride } from '../dates/calendar';
import { readDateValue } from '../dates/date-values';
import { Grid } from './grid';
import { HOLIDAY_HEADERS, HOLIDAY_REQUIRED, SHEET_NAMES } from './headers';
import { locateOne, rowsBelowHeader } from './locate';

/** The words the template and Duban write in 类型; the reader also takes a clerk's own (补班, 放假, 是/否). */
export const HOLIDAY_KINDS = { rest: '休息日', work: '工作日' } as const;

const WORK = /补班|上班|工作日|调休上班|^是$/;
const REST = /休|假|节日|放假|^否$/;

/** The overrides of the 节假日 sheet; [] when the workbook has none. */
export function readHolidayOverrides(grids: readonly Grid[]): DayOverride[] {
  const located = locateOne(grids, HOLIDAY_HEADERS, HOLIDAY_REQUIRED, SHEET_NAMES.holidays);
  if (!located) return [];
  const out: DayOverride[] = [];
  for (const row of rowsBelowHeader(located)) {
    const date = readDateValue(row.value('date'));
    if (!date.ok) continue;
    const kind = row.text('kind');
    const work = WORK.test(kind) ? true : REST.test(kind) ? false : null;
    if (work === null) continue;
    const name = row.text('name');
    out.push({ date: date.date, work, ...(name ? { name } : {}) });
  }
  return out;
}
