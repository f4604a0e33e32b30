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
const MEDIA_ORDER: readonly MediaField[] = ['name', 'level', 'aliases'];
const RULES_ORDER: readonly RulesField[] = ['item', 'value'];

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

const FNV_PRIME = 16777619;

function mixText(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME);
  return h;
}

/** FNV-1a over the cells of the trimmed range, type-tagged; no copy of the range is made. */
function contentHash(rows: readonly (readonly CellValue[])[], height: number, width: number): number {
  let h = 0x811c9dc5 ^ height ^ (width << 16);
  for (let r = 0; r < height; r++) {
    const row = rows[r] ?? [];
    for (let c = 0; c < width; c++) {
      const v = row[c];
      if (v === null || v === undefined) h = Math.imul(h ^ 1, FNV_PRIME);
      else if (typeof v === 'string') h = mixText(Math.imul(h ^ 2, FNV_PRIME), v);
      else if (typeof v === 'number') h = mixText(Math.imul(h ^ 3, FNV_PRIME), String(v));
      else if (typeof v === 'boolean') h = Math.imul(h ^ (v ? 4 : 5), FNV_PRIME);
      else h = mixText(Math.imul(h ^ 6, FNV_PRIME), v.error);
      h = Math.imul(h ^ 0x1f, FNV_PRIME);
    }
  }
  return h >>> 0;
}

function sameCell(a: CellValue | undefined, b: CellValue): boolean {
  const x = a ?? null;
  if (x === b) return true;
  return typeof x === 'object' && typeof b === 'object' && x !== null && b !== null && x.error === b.error;
}

function sameContent(a: readonly (readonly CellValue[])[], b: CellValue[][], height: number, width: number): boolean {
  if (b.length !== height || (height > 0 && b[0].length !== width)) return false;
  for (let r = 0; r < height; r++) {
    const row = a[r] ?? [];
    for (let c = 0; c < width; c++) if (!sameCell(row[c], b[r][c])) return false;
  }
  return true;
}

/**
 * A small cache by content: a range equal cell for cell to one seen before gives the same value.
 * The key is a hash of the cells (checked cell by cell on a hit), so a hit allocates nothing.
 */
class ContentMemo<T> {
  private readonly map = new Map<number, { rows: CellValue[][]; value: T }[]>();
  private size = 0;
  constructor(private readonly limit: number) {}

  get(rows: readonly (readonly CellValue[])[], build: (trimmed: CellValue[][]) => T): T {
    const { height, width } = extent(rows);
    const hash = contentHash(rows, height, width);
    const bucket = this.map.get(hash) ?? [];
    const hit = bucket.find((e) => sameContent(rows, e.rows, height, width));
    if (hit) return hit.value;
    const trimmed = trimBlankEdges(rows);
    const value = build(trimmed);
    if (this.size >= this.limit) {
      this.map.clear();
      this.size = 0;
    }
    this.map.set(hash, [...bucket, { rows: trimmed, value }]);
    this.size++;
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
    trimmed.length ? readRules([asGrid(trimmed, RULES_HEADERS, RULES_REQUIRED, RULES_ORDER)]).rules : null,
  );
}
