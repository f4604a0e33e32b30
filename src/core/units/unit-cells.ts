// One cell of unit names read against the registry: each name written, what it resolves to, the cell's units in order and those written twice.
import type { UnitRegistry, UnitResolution } from './units';
import { normalizeUnitName, splitUnits, tidyName } from './unit-names';

// ---------------------------------------------------------------------------------------------
// Cells

export interface UnitMention {
  /** The name as written (one part of jammed text when `jammed`). */
  written: string;
  resolution: UnitResolution;
  /** True when the name came from segmenting text written without separators. */
  jammed: boolean;
}

export interface UnitCellAnalysis {
  /** One per written name (after segmenting jammed text). */
  mentions: UnitMention[];
  /** Final unit names in order: registry names for names/aliases, group members expanded, unknowns as written; each once. */
  units: string[];
  /**
   * Units written more than once in the cell, in order of first appearance: the same unit twice
   * directly or as name and alias (a unit named and also covered by a group written in the cell
   * does not count), the same group written twice, the same unknown name written twice.
   */
  duplicates: string[];
}

/**
 * registry may be null (no 单位名录 sheet): then every name is kept as written (normalised
 * whitespace), groups are not expanded, nothing is unknown, and duplicates are still found.
 */
export function analyzeUnitCell(text: string, registry: UnitRegistry | null): UnitCellAnalysis {
  const mentions: UnitMention[] = [];
  const known = registry ? (name: string) => registry.kindOf(name) !== 'unknown' : undefined;
  for (const piece of joinWrapped(splitUnits(text, known), registry)) {
    if (!registry) {
      mentions.push({ written: piece, resolution: { kind: 'name', name: tidyName(piece) }, jammed: false });
      continue;
    }
    const resolution = registry.resolve(piece);
    if (resolution.kind === 'unknown') {
      const parts = registry.segment(piece);
      if (parts && parts.length >= 2) {
        for (const part of parts) mentions.push({ written: part, resolution: registry.resolve(part), jammed: true });
        continue;
      }
    }
    mentions.push({ written: piece, resolution, jammed: false });
  }

  const units: string[] = [];
  const seenUnits = new Set<string>();
  const addUnit = (name: string) => {
    const key = normalizeUnitName(name);
    if (seenUnits.has(key)) return;
    seenUnits.add(key);
    units.push(name);
  };
  const duplicates: string[] = [];
  const directCounts = new Map<string, { count: number; shown: string }>();
  const countDirect = (key: string, shown: string) => {
    const found = directCounts.get(key);
    if (!found) directCounts.set(key, { count: 1, shown });
    else if (++found.count === 2) duplicates.push(found.shown);
  };

  for (const { written, resolution } of mentions) {
    switch (resolution.kind) {
      case 'name':
      case 'alias':
        addUnit(resolution.name);
        countDirect(`u:${normalizeUnitName(resolution.name)}`, resolution.name);
        break;
      case 'group':
        // a group no unit lists as its 所属分组 stays as written: the task keeps it (and check says it has no members)
        if (resolution.members.length === 0) addUnit(resolution.group);
        for (const member of resolution.members) addUnit(member);
        countDirect(`g:${normalizeUnitName(resolution.group)}`, resolution.group);
        break;
      case 'unknown': {
        const shown = tidyName(written);
        addUnit(shown);
        countDirect(`u:${normalizeUnitName(shown)}`, shown);
        break;
      }
    }
  }
  return { mentions, units, duplicates };
}

/**
 * Pieces with a name wrapped onto two lines of the cell joined again ("市生态\n环境局", 六安 2024): two neighbours that are
 * both unknown and whose join the registry knows as a unit (a name or an alias). The line break itself may be gone by
 * then (validate splits roles first and lists the names with 、), and nothing is lost: neither piece is a unit.
 */
function joinWrapped(pieces: string[], registry: UnitRegistry | null): string[] {
  if (!registry || pieces.length < 2) return pieces;
  const out: string[] = [];
  for (const piece of pieces) {
    const last = out.length ? out[out.length - 1] : undefined;
    const joined = last === undefined ? '' : last + piece;
    if (last !== undefined && registry.kindOf(last) === 'unknown' && registry.kindOf(piece) === 'unknown'
      && (registry.kindOf(joined) === 'name' || registry.kindOf(joined) === 'alias')) {
      out[out.length - 1] = joined;
    } else {
      out.push(piece);
    }
  }
  return out;
}

const analysisCache = new WeakMap<object, Map<string, UnitCellAnalysis>>();
const NO_REGISTRY = {};
const ANALYSIS_CACHE_LIMIT = 50_000;

/**
 * analyzeUnitCell memoized per registry instance and cell text (callers must not change the result):
 * a column of cells naming the same units costs one analysis per distinct text.
 */
export function analyzeUnitCellCached(text: string, registry: UnitRegistry | null): UnitCellAnalysis {
  const owner = registry ?? NO_REGISTRY;
  let cache = analysisCache.get(owner);
  if (!cache) {
    cache = new Map();
    analysisCache.set(owner, cache);
  }
  let hit = cache.get(text);
  if (!hit) {
    if (cache.size >= ANALYSIS_CACHE_LIMIT) cache.clear();
    hit = analyzeUnitCell(text, registry);
    cache.set(text, hit);
  }
  return hit;
}
