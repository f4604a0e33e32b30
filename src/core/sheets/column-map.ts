// The clerk's correction of the header reading: "任务=B,牵头=C,配合=D,时限=E" (--columns, or 设置's 列映射 row).
import { Grid, cellText, columnLetters } from './grid';
import { TaskField } from './headers';
import { HeaderCandidate, TaskHeaderMatch, detectTaskHeader } from './header-roles';
import { InferredColumn } from './column-content';

/** Chinese role names the clerk writes, and the field each sets (the first name of each field is the one Duban writes). */
export const ROLE_NAMES: readonly (readonly [string, TaskField | 'responsible'])[] = [
  ['序号', 'seq'], ['任务', 'task'], ['类别', 'category'], ['牵头', 'lead'], ['配合', 'coop'], ['责任', 'responsible'],
  ['领导', 'leaders'], ['时限', 'deadline'], ['指标', 'quota'], ['完成情况', 'status'], ['完成日期', 'doneDate'], ['备注', 'note'],
  ['频次', 'frequency'],
  ['牵头单位', 'lead'], ['配合单位', 'coop'], ['责任单位', 'responsible'], ['责任领导', 'leaders'], ['完成时限', 'deadline'], ['量化指标', 'quota'],
  ['分类', 'category'], ['状态', 'status'],
];
const ROLE_OF = new Map<string, TaskField | 'responsible'>(ROLE_NAMES);

/** The Chinese role name Duban writes for a field (the mapping view and 列映射). */
export function roleName(field: TaskField): string {
  return ROLE_NAMES.find(([, f]) => f === field)![0];
}

export type ColumnMap = Partial<Record<TaskField, number>>;

/** Reads "任务=B,牵头=C,配合=D,时限=E" (also ：/: for =, 、/；/space between pairs); a Chinese error line when unreadable. */
export function parseColumnMap(text: string): { ok: true; map: ColumnMap } | { ok: false; error: string } {
  const map: ColumnMap = {};
  const pairs = text.normalize('NFKC').split(/[,;、\s]+/).filter((p) => p !== '');
  if (pairs.length === 0) return { ok: false, error: '列映射为空，应写成如“任务=B,牵头=C,配合=D,时限=E”' };
  const roles: [TaskField | 'responsible', number][] = [];
  for (const pair of pairs) {
    const m = /^(.+?)[=:](\$?[A-Za-z]{1,3})$/.exec(pair);
    const role = m ? ROLE_OF.get(m[1]) : undefined;
    if (!m || role === undefined) {
      return { ok: false, error: `列映射“${pair}”无法识别，应写成如“任务=B,牵头=C”；角色可为：${[...new Set(ROLE_NAMES.slice(0, 13).map(([n]) => n))].join('、')}` };
    }
    roles.push([role, columnIndex(m[2].replace('$', ''))]);
  }
  const hasLead = roles.some(([r]) => r === 'lead');
  for (const [role, col] of roles) {
    const field: TaskField = role === 'responsible' ? (hasLead ? 'coop' : 'lead') : role;
    map[field] = col;
  }
  if (map.task === undefined) return { ok: false, error: '列映射缺少“任务”列，如“任务=B”' };
  return { ok: true, map };
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** Writes a mapping back as text ("任务=B,牵头=C"), in column order. */
export function formatColumnMap(map: ColumnMap): string {
  return (Object.entries(map) as [TaskField, number][])
    .sort((a, b) => a[1] - b[1])
    .map(([f, c]) => `${roleName(f)}=${columnLetters(c)}`)
    .join(',');
}

/**
 * The header of a sheet with the clerk's mapping. A complete mapping (it names the task column and a
 * unit column, as the pane writes it) replaces the detection: a column it leaves out is not read. A
 * partial one ("任务=B") is laid over what was detected: mapped fields take their columns, a detected
 * field in a column the clerk gave another role is dropped. The header row is the detected one, else
 * the row that looked most like one, else the first row.
 */
export function mappedTaskHeader(grid: Grid, map: ColumnMap): { header: TaskHeaderMatch; best: HeaderCandidate | null } {
  const { header, best } = detectTaskHeader(grid);
  const row = header?.row ?? best?.row ?? 0;
  const complete = map.task !== undefined && (map.lead !== undefined || map.coop !== undefined);
  const columns: ColumnMap = complete ? {} : { ...(header?.columns ?? best?.columns ?? {}) };
  const taken = new Set(Object.values(map));
  for (const f of Object.keys(columns) as TaskField[]) if (taken.has(columns[f]!)) delete columns[f];
  // further people columns stay read beside the detected leaders column, unless the clerk gave them (or leaders) a column
  const more = complete || map.leaders !== undefined ? [] : (header?.moreLeaders ?? []).filter((c) => !taken.has(c));
  // so do further cooperating unit columns beside the detected 配合 column
  const moreCoop = complete || map.coop !== undefined ? [] : (header?.moreCoop ?? []).filter((c) => !taken.has(c));
  const merged = { ...columns, ...map };
  return {
    header: {
      row, columns: merged,
      ...(more.length > 0 && merged.leaders !== undefined ? { moreLeaders: more } : {}),
      ...(moreCoop.length > 0 && merged.coop !== undefined ? { moreCoop } : {}),
    },
    best,
  };
}

/** One column of the task header as the pane shows it: letter, header text, the role read (null: not read). */
export interface MappedColumn {
  readonly col: number;
  readonly letter: string;
  readonly header: string;
  readonly field: TaskField | null;
  /** Chinese role name ('' when the column is not read). */
  readonly role: string;
  /** The role was read from the column's content (its header word is unknown): what showed it. */
  readonly inferred?: InferredColumn;
}

/** The mapping the check used for a sheet (the clerk's over the detected), column by column, for the pane's mapping view. */
export function describeMapping(grid: Grid, map?: ColumnMap): MappedColumn[] {
  const detected = detectTaskHeader(grid).header;
  const header = map ? mappedTaskHeader(grid, map).header : detected ?? mappedTaskHeader(grid, {}).header;
  // a role read by content, while the mapping still gives that column that role
  const inferredAt = new Map((detected?.inferred ?? []).filter((i) => header.columns[i.field] === i.col).map((i) => [i.col, i]));
  const fieldAt = new Map<number, TaskField>();
  for (const [f, c] of Object.entries(header.columns) as [TaskField, number][]) fieldAt.set(c, f);
  for (const c of header.moreLeaders ?? []) fieldAt.set(c, 'leaders');
  for (const c of header.moreCoop ?? []) fieldAt.set(c, 'coop');
  const row = grid.rows[header.row] ?? [];
  const width = Math.max(row.length, ...fieldAt.keys(), -1) + 1;
  const out: MappedColumn[] = [];
  for (let c = 0; c < width; c++) {
    const field = fieldAt.get(c) ?? null;
    const text = cellText(row[c] ?? null);
    if (text === '' && field === null) continue;
    const inferred = inferredAt.get(c);
    out.push({ col: c, letter: columnLetters(c), header: text, field, role: field ? roleName(field) : '', ...(inferred ? { inferred } : {}) });
  }
  return out;
}
