// Unit names as real tables write them (full, short, with the Party's or the place's prefix, renamed, wrapped in the cell) against
// registries made from the same governments' lists: test/fixtures/units/naming-variants.json, expectations read from the sources.
import { readFileSync } from 'fs';
import { join } from 'path';
import { UnitRegistry, analyzeUnitCell } from '../../src/core/units/units';

interface Pair {
  registry: string;
  written: string;
  source: string;
  kind: 'name' | 'alias' | 'unknown';
  name?: string;
  suggestion?: string;
  /** For an unknown name written with a place before a registry unit's name (the registry naming no place): that unit. */
  placed?: string;
  /** For an unknown part of a registry unit (市公安局交警支队): that unit. */
  partOf?: string;
  cell?: boolean;
  note?: string;
}
interface Corpus {
  sources: Record<string, string>;
  registries: Record<string, { source: string; names: string[]; aliases?: Record<string, string> }>;
  pairs: Pair[];
}

const corpus: Corpus = JSON.parse(readFileSync(join(__dirname, '../fixtures/units/naming-variants.json'), 'utf8'));
const registries = new Map(
  Object.entries(corpus.registries).map(([id, r]) => [id, new UnitRegistry(r.names.map((name) => ({ name, aliases: r.aliases?.[name] ? [r.aliases[name]] : [], groups: [] })))]),
);
// the 六安 sample registry lists aliases: use the project's own CSV for it
import { registry as liuan } from '../helpers/liuan-registry';
registries.set('liuan', liuan);

describe('naming variants from real documents', () => {
  test('at least 40 pairs, each with a known source and registry', () => {
    expect(corpus.pairs.length).toBeGreaterThanOrEqual(40);
    for (const pair of corpus.pairs) {
      expect(corpus.sources[pair.source]).toMatch(/^https?:\/\//);
      expect(registries.has(pair.registry)).toBe(true);
    }
  });

  test.each(corpus.pairs.map((p) => [p.registry, p.written.replace(/\n/g, '⏎'), p] as const))('%s: %s', (id, _shown, pair) => {
    const registry = registries.get(id)!;
    // as a cell of a task table: one name, read as the registry reads it alone
    const analysis = analyzeUnitCell(pair.written, registry);
    expect(analysis.mentions).toHaveLength(1);
    const resolution = analysis.mentions[0].resolution;
    if (!pair.cell) expect(registry.resolve(pair.written)).toEqual(resolution);
    if (pair.kind === 'unknown') {
      expect(resolution.kind).toBe('unknown');
      if (resolution.kind !== 'unknown') return;
      expect(resolution.suggestion).toBe(pair.suggestion);
      expect(resolution.placed?.name).toBe(pair.placed);
      expect(resolution.partOf).toBe(pair.partOf);
    } else {
      expect({ kind: resolution.kind, name: 'name' in resolution ? resolution.name : undefined }).toEqual({ kind: pair.kind, name: pair.name });
    }
  });
});
