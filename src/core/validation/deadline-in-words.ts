// A time limit written only inside a task's words ("…，6月底前完成") where the table gives it no 完成时限: said, never silently dropped.
import { parseDeadline } from '../deadlines/deadline';
import { findDeadline } from '../plans/phrases';
import { Grid, a1, cellText } from '../sheets/grid';
import { periodColumns } from '../sheets/period-columns';
import { TaskSheet } from '../sheets/task-sheet';
import { toSimplified } from '../sheets/traditional';

/**
 * The time limit a task's words set ("6月底前完成", "2017年3月底前出台", "每季度第二个月…"), as written, or null. Manner
 * words ("持续推进…", "常态化…") say how the work goes, not by when: only a date or a recurring rule counts, as import reads.
 */
export function limitInWords(task: string, planYear: number): string | null {
  if (task === '') return null;
  const plain = toSimplified(task);
  const found = findDeadline(plain) ?? quartersIn(plain);
  if (!found) return null;
  const kind = parseDeadline(found.text, planYear).kind;
  return kind === 'date' || kind === 'recurring' ? task.slice(found.start, found.start + found.text.length) : null;
}

/** Quarters a target names, listed or run together ("第一、二、三、四季度", "上半年、三季度、四季度", "第二三季度", 杨凌 2020 分季目标). */
const QUARTERS = /(?:(?:上半年|第|[一二三四1-4]|[、，,和及])+季度)+/;

/** The quarters a text names, where they stand. */
function quartersIn(plain: string): { text: string; start: number } | null {
  const m = QUARTERS.exec(plain);
  return m ? { text: m[0], start: m.index } : null;
}

/**
 * A schedule laid out across columns headed by quarters or months (一季度 | 二季度 | 三季度 | 四季度) in a sheet with no time
 * column: the headers of the filled ones and the first filled cell, or null. Read as the office means them (each filled period a
 * milestone, the last due: 杨凌 2020 分季目标), they are still no 完成时限 the clerk wrote; check says so once for the sheet.
 */
export function periodSchedule(sheet: TaskSheet, grid: Grid): { cell: string; headers: string[] } | null {
  if (sheet.header.columns.deadline !== undefined || sheet.header.blocks) return null;
  const texts = (grid.rows[sheet.header.row] ?? []).map((v) => cellText(v));
  const cols = periodColumns(texts, new Set(Object.values(sheet.header.columns)));
  for (const r of sheet.rows) {
    const raw = grid.rows[r.row] ?? [];
    const col = cols.find((c) => cellText(raw[c] ?? null).trim() !== '');
    if (col !== undefined) return { cell: a1(r.row, col), headers: cols.map((c) => texts[c].trim()) };
  }
  return null;
}
