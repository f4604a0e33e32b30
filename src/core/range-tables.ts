// Key tables (单位名录, 媒体名录, 评分规则) read from a bare range of cells, with or without its header
// row, as worksheet functions receive them; each distinct content is read once (memoized).
import { CellValue, Grid, isBlank } from './grid';
import {
  HeaderSchema, MEDIA_HEADERS, MEDIA_REQUIRED, MediaField, REGISTRY_HEADERS, REGISTRY_REQUIRED, RULES_HEADERS,
  RULES_REQUIRED, RegistryField, RulesField, findHeaderRow,
} from './headers';
import { MediaDirectory, readMediaDirectory } from './media-sheet';
import { readRegistry } from './registry-sheet';
import { readRules } from './rules-sheet';
import { ScoringRules } from './scoring-rules';
import { UnitRegistry } from './units';

/** The rows without trailing blank rows and trailing blank columns (a whole-column reference is mostly blank). */
export function trimBlankEdges(rows: readonly (readonly CellValue[])[]): CellValue[][] {
  let last = rows.length - 1;
  while (last >= 0 && (rows[last] ?? []).every((v) => isBlank(v))) last--;
  let width = 0;
  for (let r = 0; r <= last; r++) {
    const row = rows[r] ?? [];
    for (let c = row.length - 1; c >= width; c--) {
      if (!isBlank(row[c])) {
        width = c + 1;
        break;
      }
    }
  }
  const out: CellValue[][] = [];
  for (let r = 0; r <= last; r++) {
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
const MEDIA_ORDER: readonly MediaField[] = ['name', 'level', 'aliases'];
const RULES_ORDER: readonly RulesField[] = ['item', 'value'];

/** A small cache by content key: the oldest entry goes first once it is full. */
class ContentMemo<T> {
  private readonly map = new Map<string, T>();
  constructor(private readonly limit: number) {}

  get(rows: CellValue[][], build: (rows: CellValue[][]) => T): T {
    const key = JSON.stringify(rows);
    if (this.map.has(key)) {
      const hit = this.map.get(key)!;
      this.map.delete(key); // most recently used last
      this.map.set(key, hit);
      return hit;
    }
    const value = build(rows);
    if (this.map.size >= this.limit) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, value);
    return value;
  }
}

const registries = new ContentMemo<UnitRegistry | null>(32);
const directories = new ContentMemo<MediaDirectory>(32);
const ruleSets = new ContentMemo<ScoringRules | null>(32);

/**
 * The unit registry in a range laid out as 单位名录 (单位名称 · 别名 · 类型 · 所属分组, with or
 * without the header row); null when it names no unit. Equal content gives the same instance.
 */
export function registryFromRange(rows: readonly (readonly CellValue[])[]): UnitRegistry | null {
  return registries.get(trimBlankEdges(rows), (trimmed) => {
    const sheet = readRegistry([asGrid(trimmed, REGISTRY_HEADERS, REGISTRY_REQUIRED, REGISTRY_ORDER)]);
    return sheet && sheet.entries.length ? new UnitRegistry(sheet.entries) : null;
  });
}

/** The media directory in a range laid out as 媒体名录 (媒体名称 · 级别 · 别名, header optional). */
export function mediaDirectoryFromRange(rows: readonly (readonly CellValue[])[]): MediaDirectory {
  return directories.get(trimBlankEdges(rows), (trimmed) =>
    readMediaDirectory([asGrid(trimmed, MEDIA_HEADERS, MEDIA_REQUIRED, MEDIA_ORDER)]),
  );
}

/**
 * The scoring rules in a range of 评分规则 key/value rows (项目 · 分值, header optional), every rule
 * left out at its default; null when the range holds no row at all.
 */
export function rulesFromRange(rows: readonly (readonly CellValue[])[]): ScoringRules | null {
  return ruleSets.get(trimBlankEdges(rows), (trimmed) =>
    trimmed.length ? readRules([asGrid(trimmed, RULES_HEADERS, RULES_REQUIRED, RULES_ORDER)]).rules : null,
  );
}
