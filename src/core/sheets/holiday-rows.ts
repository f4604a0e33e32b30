// What a holiday notice writes into the workbook's 节假日 sheet: the days it lacks, appended; the days it has otherwise, told and left as the clerk wrote them.
import { DayOverride } from '../dates/calendar';
import { CivilDate, formatChinese, formatISO, toSerial } from '../dates/civil-date';
import { HolidayNotice } from '../dates/holiday-notice';
import { CellValue, Grid, columnLetters } from './grid';
import { HOLIDAY_HEADERS, HOLIDAY_REQUIRED, SHEET_NAMES } from './headers';
import { HOLIDAY_KINDS, readHolidayOverrides } from './holiday-sheet';
import { locateOne } from './locate';
import { STYLES, SheetSpec } from './sheet-spec';
import { holidaySheet } from './template';

/** Date cells written as the template's 日期 column shows them. */
const HOLIDAY_DATE_FORMAT = STYLES.date.numFmt;

/** One cell to set on the workbook's 节假日 sheet (a host's setCells takes it as it is). */
export interface HolidayCell {
  readonly cell: string;
  readonly value: CellValue;
  readonly numberFormat?: string;
}

export interface HolidayWrites {
  /** A new 节假日 sheet holding the days, when the workbook has none. */
  readonly newSheet?: SheetSpec;
  /** Else the cells appended below the workbook's 节假日 sheet's last row. */
  readonly sheet?: string;
  readonly cells: readonly HolidayCell[];
  /** Days written, and days the sheet already held as the notice says. */
  readonly added: number;
  readonly present: number;
  /** Days the sheet holds otherwise than the notice: kept, and named here for the clerk. */
  readonly conflicts: readonly string[];
}

/** The notice's days as 节假日 rows: rest days named by their holiday, working days as its 调休上班. */
export function noticeDays(notice: HolidayNotice): DayOverride[] {
  const out: DayOverride[] = [];
  for (const item of notice.items) {
    for (const date of item.rest) out.push({ date, work: false, name: item.name });
    for (const date of item.work) out.push({ date, work: true, name: `${item.name}调休上班` });
  }
  return out.sort((a, b) => toSerial(a.date) - toSerial(b.date));
}

const kindWord = (work: boolean) => (work ? HOLIDAY_KINDS.work : HOLIDAY_KINDS.rest);

/** The writes that put a notice's days into the workbook as read (`grids`), nothing of the clerk's changed. */
export function holidayWrites(grids: readonly Grid[], notice: HolidayNotice): HolidayWrites {
  const days = noticeDays(notice);
  const located = locateOne(grids, HOLIDAY_HEADERS, HOLIDAY_REQUIRED, SHEET_NAMES.holidays);
  if (!located) {
    const rows = days.map((d) => [toSerial(d.date), kindWord(d.work), d.name ?? null]);
    return { newSheet: holidaySheet(rows), cells: [], added: days.length, present: 0, conflicts: [] };
  }
  const held = new Map(readHolidayOverrides([located.grid]).map((d) => [formatISO(d.date), d]));
  const conflicts: string[] = [];
  const missing: DayOverride[] = [];
  let present = 0;
  for (const d of days) {
    const h = held.get(formatISO(d.date));
    if (!h) missing.push(d);
    else if (h.work === d.work) present++;
    else conflicts.push(`${formatChinese(d.date)}：节假日表写为${kindWord(h.work)}，通知为${kindWord(d.work)}（${d.name}），未改动，请核对。`);
  }
  // below the last row holding anything (the clerk's notes under the table are not overwritten)
  const { grid, header } = located;
  let last = header.row;
  grid.rows.forEach((row, r) => {
    if (r > last && row?.some((v) => v !== null && v !== undefined && v !== '')) last = r;
  });
  const col = header.columns;
  const cells: HolidayCell[] = [];
  missing.forEach((d, i) => {
    const row = last + 2 + i; // 1-based
    cells.push({ cell: `${columnLetters(col.date!)}${row}`, value: toSerial(d.date), numberFormat: HOLIDAY_DATE_FORMAT });
    cells.push({ cell: `${columnLetters(col.kind!)}${row}`, value: kindWord(d.work) });
    if (col.name !== undefined) cells.push({ cell: `${columnLetters(col.name)}${row}`, value: d.name ?? null });
  });
  return { sheet: grid.name, cells, added: missing.length, present, conflicts };
}

/** "1月1日至3日", "1月28日至2月4日", "5月1日": consecutive days as one span. */
function spans(dates: readonly CivilDate[]): string[] {
  const out: string[] = [];
  const md = (d: CivilDate) => `${d.month}月${d.day}日`;
  for (let i = 0; i < dates.length; ) {
    let j = i;
    while (j + 1 < dates.length && toSerial(dates[j + 1]) === toSerial(dates[j]) + 1) j++;
    const [a, b] = [dates[i], dates[j]];
    const yearOf = (d: CivilDate) => (i === 0 && d.year !== dates[dates.length - 1].year ? `${d.year}年` : '');
    const end = a.year !== b.year ? `${b.year}年${md(b)}` : a.month === b.month ? `${b.day}日` : md(b);
    out.push(i === j ? `${yearOf(a)}${md(a)}` : `${yearOf(a)}${md(a)}至${end}`);
    i = j + 1;
  }
  return out;
}

/** What the clerk reads: the notice as understood, item by item, what was doubted, and what was written where. */
export function holidayNoticeLines(notice: HolidayNotice, writes?: HolidayWrites): string[] {
  const lines: string[] = [];
  if (notice.items.length) {
    const rest = notice.items.reduce((n, i) => n + i.rest.length, 0);
    const work = notice.items.reduce((n, i) => n + i.work.length, 0);
    lines.push(`读出 ${notice.year} 年节假日安排 ${notice.items.length} 项：休息日 ${rest} 天，调休上班 ${work} 天。`);
    for (const item of notice.items) {
      const restText = item.rest.length ? `${spans(item.rest).join('、')}休息（${item.rest.length}天）` : '没有读出休息日';
      lines.push(`  ${item.name}：${restText}${item.work.length ? `；${spans(item.work).join('、')}上班` : ''}`);
    }
  }
  for (const p of notice.problems) lines.push(`请核对：${p}`);
  for (const n of notice.notes) lines.push(`说明：${n}`);
  if (writes) {
    if (writes.newSheet) lines.push(`已新建“${writes.newSheet.name}”表，写入 ${writes.added} 天。`);
    else {
      const parts = [`已在“${writes.sheet}”表末尾补入 ${writes.added} 天`];
      if (writes.present) parts.push(`${writes.present} 天表中已有`);
      if (writes.conflicts.length) parts.push(`${writes.conflicts.length} 天表中写法与通知不同、未改动`);
      lines.push(`${parts.join('，')}。`);
      for (const c of writes.conflicts) lines.push(`请核对：${c}`);
    }
  }
  return lines;
}
