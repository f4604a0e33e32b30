// Reads 单位名录 (unit registry): names, aliases, types and the groups each unit belongs to.
import { Grid } from '../sheets/grid';
import { REGISTRY_HEADERS, REGISTRY_REQUIRED, SHEET_NAMES } from '../sheets/headers';
import { locateOne, rowsBelowHeader } from '../sheets/locate';
import { RegistryEntry, registryEntryFromCells } from './units';

export interface RegistrySheet {
  readonly sheet: string;
  readonly entries: RegistryEntry[];
}

/** The registry of the workbook, or null when it has no 单位名录. */
export function readRegistry(grids: readonly Grid[]): RegistrySheet | null {
  const located = locateOne(grids, REGISTRY_HEADERS, REGISTRY_REQUIRED, SHEET_NAMES.registry);
  if (!located) return null;
  const entries: RegistryEntry[] = [];
  const seen = new Set<string>();
  for (const row of rowsBelowHeader(located)) {
    const name = row.text('name');
    if (name === '' || seen.has(name)) continue;
    seen.add(name);
    const entry = registryEntryFromCells(name, row.text('aliases'), row.text('type'), row.text('groups'));
    if (entry) entries.push(entry);
  }
  return { sheet: located.grid.name, entries };
}
