// Reads 单位名录 (unit registry): names, aliases, types and the groups each unit belongs to.
import { Grid, cellText } from './grid';
import { REGISTRY_HEADERS, REGISTRY_REQUIRED, SHEET_NAMES } from './headers';
import { locateOne } from './locate';
import { RegistryEntry, registryEntryFromCells } from './units';

export interface RegistrySheet {
  readonly sheet: string;
  readonly entries: RegistryEntry[];
}

/** The registry of the workbook, or null when it has no 单位名录. */
export function readRegistry(grids: readonly Grid[]): RegistrySheet | null {
  const located = locateOne(grids, REGISTRY_HEADERS, REGISTRY_REQUIRED, SHEET_NAMES.registry);
  if (!located) return null;
  const { grid, header } = located;
  const col = header.columns;
  const entries: RegistryEntry[] = [];
  const seen = new Set<string>();
  for (let r = header.row + 1; r < grid.rows.length; r++) {
    const row = grid.rows[r] ?? [];
    const name = cellText(row[col.name!]);
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    const cellOf = (c: number | undefined) => (c === undefined ? '' : cellText(row[c]));
    const entry = registryEntryFromCells(name, cellOf(col.aliases), cellOf(col.type), cellOf(col.groups));
    if (entry) entries.push(entry);
  }
  return { sheet: grid.name, entries };
}
