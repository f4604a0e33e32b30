// Handles naming unit registries: DUBAN.REGISTRY gives one, and UNITS and CHECKUNITS take it instead of the 单位名录 range.
import { CellValue } from '../sheets/grid';
import { UnitRegistry } from './units';

/** How every handle starts (what UNITS looks for before anything else). */
export const REGISTRY_HANDLE_PREFIX = '单位名录#';

/** Whether a value is a handle's text (cheap: the prefix only; the table decides whether it is known). */
export function isRegistryHandle(value: unknown): value is string {
  return typeof value === 'string' && value.startsWith(REGISTRY_HANDLE_PREFIX);
}

/** FNV-1a of a text, as 8 hex digits. */
function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}

interface Known {
  readonly registry: UnitRegistry;
  /** The cells it was read from, serialized: two contents with one hash get different handles. */
  readonly content: string;
}

/**
 * The registries handed out, by handle. A handle is made of a hash of the range's cells and the
 * number of units ("单位名录#1a2b3c4d（300 个单位）"): the same content gives the same handle in
 * every session, a changed content another one (so Excel recalculates the formulas that use it),
 * and a handle saved in a workbook can never name a different registry after a restart: at worst
 * it is not known yet, until its REGISTRY cell is recalculated.
 */
export class RegistryHandles {
  private readonly known = new Map<string, Known>();

  constructor(private readonly limit = 64) {}

  /** The handle of `registry`, read from `cells` (the range's rows of cell values). */
  handleFor(registry: UnitRegistry, cells: readonly (readonly CellValue[])[]): string {
    const content = JSON.stringify(cells);
    const base = `${REGISTRY_HANDLE_PREFIX}${fnv1a(content)}`;
    const count = `（${registry.entries.length} 个单位）`;
    for (let n = 1; ; n++) {
      const handle = `${base}${n === 1 ? '' : `-${n}`}${count}`;
      const hit = this.known.get(handle);
      if (hit && hit.content !== content) continue; // a hash shared by another content: the next suffix
      if (hit) {
        this.known.delete(handle); // most recently used last
      } else if (this.known.size >= this.limit) {
        this.known.delete(this.known.keys().next().value as string);
      }
      this.known.set(handle, { registry, content });
      return handle;
    }
  }

  /** The registry a handle names, or undefined when this session has not made it (yet). */
  find(handle: string): UnitRegistry | undefined {
    return this.known.get(handle)?.registry;
  }
}
