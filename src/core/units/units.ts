// Unit names against the 单位名录 registry (names, aliases, groups): matching, jammed text and suggestions (splitting: unit-names.ts).

import { editDistanceOfChars } from './edit-distance';
import { looseGroupKey } from './groups';
import { lookAlikes, withoutLookAlikes } from './look-alikes';
import { NameParts, homePlaceOf, isPartName, longFormKey, nameParts, officeOwner, placeOf, safeToSuggest, shortFormKey } from './name-forms';
import { asText, normalizeUnitName, splitAliases, tidyName } from './unit-names';

export { hasItemMarks, normalizeUnitName, splitAliases, splitPeople, splitUnits } from './unit-names';
export { analyzeUnitCell, analyzeUnitCellCached } from './unit-cells';
export type { UnitCellAnalysis, UnitMention } from './unit-cells';

// ---------------------------------------------------------------------------------------------
// Registry

/** 类型 of a registry row that names a group (各镇, 区直各责任单位) rather than one unit: it stands for its members once any row lists it in 所属分组. */
export const GROUP_TYPE = '分组';

export interface RegistryEntry {
  name: string;
  aliases: string[];
  type?: string;
  groups: string[];
}

export type UnitResolution =
  | { kind: 'name'; name: string }
  | { kind: 'alias'; name: string; alias: string }
  | { kind: 'group'; group: string; members: string[] }
  | {
      kind: 'unknown';
      suggestion?: string;
      /**
       * A registry unit the name is when written with a place before it (宣城市公安局: 市公安局), in a registry that names no
       * place of its own: said in the message, never suggested — 宁国市公安局, a city inside 宣城, is written the same way.
       */
      placed?: { place: string; name: string };
      /** A registry unit the name is a part of (市公安局交警支队: 市公安局): said in the message, never suggested. */
      partOf?: string;
      /**
       * The look-alike characters that keep the name from the registry's (巿财政局: "“巿”（应为“市”）"), when the name with the
       * characters it shows as is the suggestion: said in the message, since the two read the same on screen.
       */
      lookAlikes?: string[];
    };

/**
 * The 所属分组 cell as one group, as a ranking reads it: “各科室、中心” is the one group 科室 and 中心 make up, not two (the cell
 * is split for membership, where a task naming either finds the unit); null when the cell is empty.
 */
export function wholeGroup(entry: RegistryEntry): string | null {
  return entry.groups.length ? entry.groups.join('、') : null;
}

/** Builds a registry entry from the cells of one 单位名录 row; null when the name is empty. */
export function registryEntryFromCells(name: string, aliases = '', type = '', groups = ''): RegistryEntry | null {
  const unitName = tidyName(name);
  if (!normalizeUnitName(unitName)) return null;
  const entry: RegistryEntry = { name: unitName, aliases: splitAliases(aliases), groups: splitAliases(groups) };
  const unitType = tidyName(type);
  if (unitType) entry.type = unitType;
  return entry;
}

/** Suffixes that say what kind of body a unit is; longer ones first. */
const UNIT_SUFFIXES = [
  '街道', '社区', '中心', '政府', '管委', '公司',
  '局', '委', '办', '部', '院', '所', '站', '台', '社', '行', '队', '会', '团', '镇', '乡', '村',
];

function suffixOf(key: string): string | undefined {
  return UNIT_SUFFIXES.find((suffix) => key.endsWith(suffix));
}

interface Candidate {
  key: string;
  /** The key with the usual short words written out (name-forms.ts), compared with a written name's; set on the first suggestion asked for. */
  long: string;
  /** The same, split into code points. */
  longChars: string[];
  /** The same, cut into level, body and kind (name-forms.ts). */
  parts?: NameParts;
  /** What to suggest: the registry name (for names and aliases) or the group. */
  target: string;
}

function candidateOf(key: string, target: string): Candidate {
  return { key, long: key, longChars: Array.from(key), target };
}

/** A list of names as given (or a cell of them, from plain JavaScript callers), tidied. */
function listOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value.map(asText) : typeof value === 'string' ? splitAliases(value) : [];
  return items.map(tidyName).filter((item) => normalizeUnitName(item) !== '');
}

/** An empty name's resolution (resolve copies it like any other). */
const UNKNOWN: UnitResolution = { kind: 'unknown' };

/** Memo tables stop growing past this many distinct names (they are simply cleared). */
const MEMO_LIMIT = 20000;
/** Jammed text longer than this (in characters) is not segmented. */
const SEGMENT_LIMIT = 2000;

/** The longest registry name a part is looked for under, and the longest part (交通管理支队, 网络安全保卫支队 …). */
/** A group with the further kinds of member in brackets after it (normalised): 各乡镇(街道), 各镇(街道、园区). */
const BRACKETED_GROUP = /^(各[^()、,，]+)\(([^()]+)\)$/;

const MAX_WHOLE_CHARS = 40;
const MAX_PART_CHARS = 16;

export class UnitRegistry {
  /** The entries as cleaned: names and aliases trimmed, empty names dropped. */
  readonly entries: readonly RegistryEntry[];
  private readonly byName = new Map<string, string>();
  /** Keys of rows typed 分组: names until members list them, then groups. */
  private readonly groupRows = new Set<string>();
  private readonly byAlias = new Map<string, { name: string; alias: string }>();
  private readonly groupsByKey = new Map<string, { group: string; members: string[] }>();
  /** The same groups under groupKey, so that a near-identical spelling finds them. */
  private readonly groupsByLooseKey = new Map<string, { group: string; members: string[] }>();
  /** Rows typed 分组 under groupKey: their names as written. */
  private readonly groupRowsByLooseKey = new Map<string, string>();
  private readonly segmentKeys = new Set<string>();
  private readonly maxKeyLength: number;
  private readonly candidates: Candidate[] = [];
  /** The registry's own place (安庆市 when its names are 安庆市财政局 …; name-forms.ts), '' when it names none or several. */
  private readonly home: string;
  /** Groups by the short form of their names with the levels' brackets and 、 taken out (各县（市、区）人民政府 = 各县市区政府); null where two share one. */
  private readonly groupsByShortForm = new Map<string, { group: string; members: string[] } | null>();
  /** Whether the candidates' long forms are computed (on the first suggestion asked for). */
  private candidatesReady = false;
  /** Units by the short-form key of their names and aliases (name-forms.ts); null where two units share one. */
  private readonly byShortForm = new Map<string, string | null>();
  private readonly resolveMemo = new Map<string, UnitResolution>();
  private readonly suggestMemo = new Map<string, string | undefined>();

  constructor(entries: readonly RegistryEntry[]) {
    const cleaned: RegistryEntry[] = [];
    for (const raw of entries ?? []) {
      if (!raw) continue;
      const name = tidyName(raw.name);
      if (!normalizeUnitName(name)) continue;
      const entry: RegistryEntry = {
        name,
        aliases: listOf(raw.aliases),
        groups: listOf(raw.groups),
      };
      const type = raw.type === undefined ? '' : tidyName(raw.type);
      if (type) entry.type = type;
      cleaned.push(entry);
    }
    this.entries = cleaned;

    // Names first (a name wins over an alias or group spelled alike), then aliases, then groups.
    for (const entry of cleaned) {
      const key = normalizeUnitName(entry.name);
      if (entry.type === GROUP_TYPE) {
        this.groupRows.add(key);
        const loose = looseGroupKey(normalizeUnitName(entry.name));
        if (loose !== null && !this.groupRowsByLooseKey.has(loose)) this.groupRowsByLooseKey.set(loose, entry.name);
      }
      if (!this.byName.has(key)) {
        this.byName.set(key, entry.name);
        this.candidates.push(candidateOf(key, entry.name));
      }
    }
    for (const entry of cleaned) {
      const name = this.byName.get(normalizeUnitName(entry.name))!;
      for (const alias of entry.aliases) {
        const key = normalizeUnitName(alias);
        if (this.byName.has(key) || this.byAlias.has(key)) continue;
        this.byAlias.set(key, { name, alias });
        this.candidates.push(candidateOf(key, name));
      }
    }
    for (const entry of cleaned) {
      const name = this.byName.get(normalizeUnitName(entry.name))!;
      for (const group of entry.groups) {
        const key = normalizeUnitName(group);
        const loose = looseGroupKey(normalizeUnitName(group));
        let found = this.groupsByKey.get(key) ?? (loose !== null ? this.groupsByLooseKey.get(loose) : undefined);
        if (found && !this.groupsByKey.has(key)) this.groupsByKey.set(key, found);
        if (!found) {
          found = { group, members: [] };
          this.groupsByKey.set(key, found);
          if (loose !== null) this.groupsByLooseKey.set(loose, found);
          if (!this.byName.has(key) && !this.byAlias.has(key)) {
            this.candidates.push(candidateOf(key, group));
          }
        }
        if (!found.members.includes(name)) found.members.push(name);
      }
    }

    this.home = homePlaceOf([...this.byName.keys(), ...this.byAlias.keys()]);
    for (const entry of cleaned) {
      if (entry.type === GROUP_TYPE) continue;
      const name = this.byName.get(normalizeUnitName(entry.name))!;
      for (const written of [entry.name, ...entry.aliases]) {
        for (const form of this.shortForms(normalizeUnitName(written))) {
          const found = this.byShortForm.get(form);
          if (found === undefined) this.byShortForm.set(form, name);
          else if (found !== name) this.byShortForm.set(form, null);
        }
      }
    }

    let maxKeyLength = 0;
    for (const found of new Set(this.groupsByKey.values())) {
      const form = groupShortForm(normalizeUnitName(found.group), this.home);
      const had = this.groupsByShortForm.get(form);
      this.groupsByShortForm.set(form, had === undefined || had === found ? found : null);
    }

    // short forms too: a full-name registry's units jammed as a table writes them ("市发改委市财政局")
    const shortForms = [...this.byShortForm].filter(([, unit]) => unit !== null).map(([key]) => key);
    for (const key of [...this.byName.keys(), ...this.byAlias.keys(), ...this.groupsByKey.keys(), ...shortForms]) {
      this.segmentKeys.add(key);
      maxKeyLength = Math.max(maxKeyLength, Array.from(key).length);
    }
    this.maxKeyLength = maxKeyLength;
  }

  /** What a written name stands for: exact registry name, then alias, then group; memoized. */
  resolve(written: string): UnitResolution {
    const resolution = this.memoized(written);
    // Copies, so that callers may change what they get without touching the memo.
    return resolution.kind === 'group' ? { ...resolution, members: [...resolution.members] } : { ...resolution };
  }

  /** The kind of what a written name stands for (resolve's, without copying a group's members to say it is one). */
  kindOf(written: string): UnitResolution['kind'] {
    return this.memoized(written).kind;
  }

  private memoized(written: string): UnitResolution {
    const key = normalizeUnitName(written);
    if (!key) return UNKNOWN;
    let resolution = this.resolveMemo.get(key);
    if (!resolution) {
      resolution = this.resolveKey(key, written);
      if (this.resolveMemo.size >= MEMO_LIMIT) this.resolveMemo.clear();
      this.resolveMemo.set(key, resolution);
    }
    return resolution;
  }

  private resolveKey(key: string, written: string): UnitResolution {
    const name = this.byName.get(key);
    const loose = looseGroupKey(key);
    if (name !== undefined) {
      if (!this.groupRows.has(key)) return { kind: 'name', name };
      // a row typed 分组: its members (under any near-identical spelling), or none (kept as written, reported)
      const group = this.groupsByKey.get(key) ?? (loose !== null ? this.groupsByLooseKey.get(loose) : undefined);
      return { kind: 'group', group: name, members: group ? [...group.members] : [] };
    }
    const alias = this.byAlias.get(key);
    if (alias) return { kind: 'alias', name: alias.name, alias: alias.alias };
    const group = this.groupsByKey.get(key) ?? (loose !== null ? this.groupsByLooseKey.get(loose) : undefined);
    if (group) return { kind: 'group', group: group.group, members: [...group.members] };
    const row = loose !== null ? this.groupRowsByLooseKey.get(loose) : undefined;
    if (row !== undefined) return { kind: 'group', group: row, members: [] };
    const sameGroup = this.groupsByShortForm.get(groupShortForm(key, this.home));
    if (sameGroup) return { kind: 'group', group: sameGroup.group, members: [...sameGroup.members] };
    const union = this.unionOfGroups(key, written);
    if (union) return union;
    // the same unit written in full or short (中共安庆市委宣传部, 市发展和改革委员会): as sure as a listed alias
    const sameUnit = this.byShortForm.get(shortFormKey(key, this.home));
    if (sameUnit) return { kind: 'alias', name: sameUnit, alias: tidyName(written) };
    // the same name typed with a character that shows as another (巿财政局, from a scan or an image): not the registry's
    // name, and not to be matched silently, but the suggestion, with the character said
    const plain = withoutLookAlikes(key);
    if (plain !== key) {
      const meant = this.resolveKey(plain, plain);
      const target = meant.kind === 'name' || meant.kind === 'alias' ? meant.name : meant.kind === 'group' ? meant.group : meant.suggestion;
      if (target !== undefined) return { kind: 'unknown', suggestion: target, lookAlikes: lookAlikes(key) };
    }
    const suggestion = this.suggest(written);
    if (suggestion !== undefined) return { kind: 'unknown', suggestion };
    const place = this.home ? '' : placeOf(key);
    const placed = place ? this.byShortForm.get(shortFormKey(key, place)) : undefined;
    if (placed) return { kind: 'unknown', placed: { place, name: placed } };
    const whole = this.wholeOf(key);
    return whole ? { kind: 'unknown', partOf: whole } : { kind: 'unknown' };
  }

  /**
   * A group written with the further kinds in brackets, "各乡镇（街道）", "各镇（街道、园区）": the towns and the streets, when the
   * registry has each as a group (各乡镇, 各街道) and none under the written name. Null otherwise.
   */
  private unionOfGroups(key: string, written: string): UnitResolution | null {
    const m = BRACKETED_GROUP.exec(key);
    if (!m) return null;
    const members: string[] = [];
    for (const part of [m[1], ...m[2].split(/[、,，]/).map((kind) => '各' + kind)]) {
      const r = this.resolveKey(part, part);
      if (r.kind !== 'group' || r.members.length === 0) return null;
      for (const name of r.members) if (!members.includes(name)) members.push(name);
    }
    return { kind: 'group', group: tidyName(written), members };
  }

  /** The registry unit a name is a part of: the unit's name or alias, then a body of its own (市公安局交警支队, 市委宣传部新闻科). */
  private wholeOf(key: string): string | undefined {
    const chars = Array.from(key);
    // a unit's name and its part are short: a 32,767-character cell is neither (it took 27 s split at every character)
    if (chars.length > MAX_WHOLE_CHARS + MAX_PART_CHARS) return undefined;
    for (let end = Math.min(chars.length - 2, MAX_WHOLE_CHARS); end >= Math.max(3, chars.length - MAX_PART_CHARS); end--) {
      const head = chars.slice(0, end).join('');
      const part = chars.slice(end).join('');
      if (!isPartName(part)) continue;
      const unit = this.byName.get(head) ?? this.byAlias.get(head)?.name ?? this.byShortForm.get(shortFormKey(head, this.home));
      // a town's police station or a government's 采购中心 is no part of the town or the government
      if (unit && !this.groupRows.has(normalizeUnitName(unit)) && !/(?:镇|乡|街道|社区|村|政府)$/.test(unit)) return unit;
    }
    return undefined;
  }

  /** True when `name` is a registry unit name (after normalizeUnitName; aliases and groups are not names). */
  has(name: string): boolean {
    return this.byName.has(normalizeUnitName(name));
  }

  /** The registry names of a group's members, in registry order; null when no unit lists that group. */
  groupMembers(group: string): string[] | null {
    const loose = looseGroupKey(normalizeUnitName(group));
    const found = this.groupsByKey.get(normalizeUnitName(group)) ?? (loose !== null ? this.groupsByLooseKey.get(loose) : undefined);
    return found ? [...found.members] : null;
  }

  /** Every group (所属分组 value) in order of first appearance. */
  groups(): string[] {
    return [...this.groupsByKey.values()].map((found) => found.group);
  }

  /**
   * Jammed text without separators segmented by longest registry match (names and aliases and
   * groups); null when it cannot be covered fully. The parts are returned as written in `text`.
   * Longest match first, backing off to shorter matches where the rest could not be covered.
   */
  segment(text: string): string[] | null {
    const source = asText(text);
    const chars: string[] = [];
    const origin: number[] = [];
    let offset = 0;
    for (const ch of source) {
      for (const normal of Array.from(normalizeUnitName(ch))) {
        chars.push(normal);
        origin.push(offset);
      }
      offset += ch.length;
    }
    const n = chars.length;
    if (n === 0 || n > SEGMENT_LIMIT || this.maxKeyLength === 0) return null;
    // take[i]: length of the part starting at i in a full cover of chars[i..], 0 when none.
    const take = new Array<number>(n + 1).fill(0);
    const covered = new Array<boolean>(n + 1).fill(false);
    covered[n] = true;
    for (let i = n - 1; i >= 0; i--) {
      for (let length = Math.min(this.maxKeyLength, n - i); length >= 1; length--) {
        if (!covered[i + length]) continue;
        if (this.segmentKeys.has(chars.slice(i, i + length).join(''))) {
          take[i] = length;
          covered[i] = true;
          break;
        }
      }
    }
    if (!covered[0]) return null;
    const parts: string[] = [];
    for (let i = 0; i < n; i += take[i]) {
      const end = i + take[i] < n ? origin[i + take[i]] : source.length;
      parts.push(tidyName(source.slice(origin[i], end)));
    }
    return parts;
  }

  /**
   * The registry name a written name most likely means, when that is safe to say (closest: the same level and kind of
   * body, words left out or added — 市教育局 for 市教体局 (市教育体育局) —, never a changed character, never one of two
   * equally near); undefined otherwise. Memoized. Candidates are the names, the aliases (standing for their unit's name)
   * and the groups. A name with a bracketed remark ("市委宣传部（网信办）") that finds nothing is tried again without the remark.
   */
  suggest(written: string): string | undefined {
    const key = normalizeUnitName(written);
    if (!key) return undefined;
    if (this.suggestMemo.has(key)) return this.suggestMemo.get(key);
    let suggestion = this.closest(key);
    if (suggestion === undefined) {
      const bare = key.replace(/\([^()]*\)|\[[^[\]]*\]/g, '');
      // 各乡镇(街道) is the towns and the streets: 各乡镇 alone would leave the streets out
      if (bare && bare !== key && !BRACKETED_GROUP.test(key)) suggestion = this.byName.get(bare) ?? this.byAlias.get(bare)?.name ?? this.closest(bare);
    }
    if (this.suggestMemo.size >= MEMO_LIMIT) this.suggestMemo.clear();
    this.suggestMemo.set(key, suggestion);
    return suggestion;
  }

  /**
   * The short-form keys of a registry name or alias: the whole, and for a name with a second name in brackets
   * (安庆市城市管理局(城市管理行政执法局)) each of the two, the second with the first's level when it has none.
   */
  private shortForms(key: string): string[] {
    const forms = [shortFormKey(key, this.home)];
    const inner = /^([^()]+)\(([^()]+)\)$/.exec(key);
    if (inner) {
      const outer = shortFormKey(inner[1], this.home);
      let second = shortFormKey(inner[2], this.home);
      const lead = /^[省市县区]/.exec(outer);
      if (lead && !/^[省市县区]/.test(second) && !placeOf(inner[2])) second = lead[0] + second;
      forms.push(outer);
      if (Array.from(inner[2]).length >= 3) forms.push(second);
    }
    return forms;
  }

  /**
   * The registry name nearest a written one among those safe to suggest (name-forms.ts safeToSuggest: the same level
   * and kind of body, words left out or added, never a changed character), by edit distance, one ending in the written
   * name's kind first; undefined when none is, or when two units are equally near. A written name of a place other than
   * the registry's own (桐城市公安局 in 安庆's registry), or of any place when the registry names none of its own
   * (宁国市公安局 and 宣城市公安局 read alike), is matched only to names of that place. A unit's own office (市发改委办公室)
   * gives the unit, unless that office is a unit of its own (市委办公室, 县人民政府办公室).
   */
  private closest(key: string): string | undefined {
    const owner = officeOwner(key);
    const ownerName = owner === null ? undefined : this.byName.get(owner) ?? this.byAlias.get(owner)?.name ?? this.byShortForm.get(shortFormKey(owner, this.home));
    if (ownerName) return ownerName;
    if (!this.candidatesReady) {
      // the long forms are needed only once a name is unknown: most workbooks' registries never compute them
      for (const candidate of this.candidates) {
        candidate.long = longFormKey(candidate.key, this.home);
        candidate.longChars = Array.from(candidate.long);
        candidate.parts = nameParts(candidate.long);
      }
      this.candidatesReady = true;
    }
    const written = longFormKey(key, this.home);
    const chars = Array.from(written);
    const parts = nameParts(written);
    const suffix = suffixOf(key);
    let best: { distance: number; sameSuffix: boolean; target: string; tie: boolean } | undefined;
    for (const candidate of this.candidates) {
      if (!safeToSuggest(parts, candidate.parts!)) continue;
      const distance = editDistanceOfChars(chars, candidate.longChars);
      const sameSuffix = suffix !== undefined && candidate.key.endsWith(suffix);
      if (!best || distance < best.distance || (distance === best.distance && sameSuffix && !best.sameSuffix)) {
        best = { distance, sameSuffix, target: candidate.target, tie: false };
      } else if (distance === best.distance && sameSuffix === best.sameSuffix && candidate.target !== best.target) {
        best.tie = true;
      }
    }
    return best && !best.tie ? best.target : undefined;
  }
}

/** A group's key with the levels' brackets and 、 taken out, then shortened (各县（市、区）人民政府, 各县、市、区政府 → 各县市区政府). */
function groupShortForm(key: string, home: string): string {
  return shortFormKey(key.replace(/[()[\]、，,]/g, ''), home);
}

/** Builds a registry from the distinct names found (for "build a registry from the names it found"). */
export function registryFromNames(names: Iterable<string>): RegistryEntry[] {
  const entries: RegistryEntry[] = [];
  const seen = new Set<string>();
  for (const raw of names ?? []) {
    const name = tidyName(raw);
    const key = normalizeUnitName(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    entries.push({ name, aliases: [], groups: [] });
  }
  return entries;
}
