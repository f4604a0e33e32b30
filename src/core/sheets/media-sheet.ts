// Reads 媒体名录 (media directory) and answers the level of an outlet by name or alias.
import { Grid, a1 } from './grid';
import { Issue, makeIssue } from '../validation/issues';
import { MESSAGES } from '../validation/messages';
import { MEDIA_HEADERS, MEDIA_REQUIRED, SHEET_NAMES } from './headers';
import { locateOne, rowsBelowHeader } from './locate';
import { MEDIA_LEVELS, MediaLevel } from '../scoring/scoring-rules';
import { normalizeUnitName, splitAliases } from '../units/units';

/** A level as clerks write it (中央/国家级/省/市/县/区级…) → the canonical level; null if not one. */
export function normalizeLevel(text: string): MediaLevel | null {
  const t = text.replace(/\s+/g, '');
  if (t === '') return null;
  for (const level of MEDIA_LEVELS) if (t === level) return level;
  if (/^(中央|国家|央媒|央级|中央级媒体|国家级)/.test(t)) return '中央级';
  if (/^(省|省部|省级媒体)/.test(t)) return '省级';
  if (/^(市|地市|市级媒体)/.test(t)) return '市级';
  if (/^(县|区|县区|区县|县级媒体)/.test(t)) return '县级';
  return null;
}

export interface MediaEntry {
  readonly name: string;
  readonly level: MediaLevel | null;
  readonly aliases: string[];
  /** 分值: points per adopted piece in this outlet (overrides its level's); null when blank. */
  readonly points: number | null;
}

export class MediaDirectory {
  private readonly byKey = new Map<string, MediaEntry>();
  /** Lookups by the name as written (a ledger repeats a few outlets thousands of times). */
  private readonly memo = new Map<string, MediaEntry | undefined>();

  constructor(readonly entries: readonly MediaEntry[], readonly sheet: string | null = null, readonly issues: readonly Issue[] = []) {
    for (const e of entries) {
      for (const key of [e.name, ...e.aliases].map(normalizeUnitName)) if (!this.byKey.has(key)) this.byKey.set(key, e);
    }
  }

  /** The entry of an outlet at a level: two outlets of one name at two levels (市、省《专报信息》) are told apart by level. */
  findAt(name: string, level: MediaLevel | null): MediaEntry | undefined {
    const first = this.find(name);
    if (!first || level === null || first.level === level) return first;
    const key = normalizeUnitName(name);
    return this.entries.find((e) => e.level === level && [e.name, ...e.aliases].some((n) => normalizeUnitName(n) === key)) ?? first;
  }

  /** The directory entry of an outlet written by name or alias. */
  find(name: string): MediaEntry | undefined {
    if (this.memo.has(name)) return this.memo.get(name);
    const entry = this.byKey.get(normalizeUnitName(name));
    if (this.memo.size >= 20000) this.memo.clear();
    this.memo.set(name, entry);
    return entry;
  }
}

/** The workbook's 媒体名录, or an empty directory. */
export function readMediaDirectory(grids: readonly Grid[]): MediaDirectory {
  const located = locateOne(grids, MEDIA_HEADERS, MEDIA_REQUIRED, SHEET_NAMES.media);
  if (!located) return new MediaDirectory([]);
  const entries: MediaEntry[] = [];
  const issues: Issue[] = [];
  for (const row of rowsBelowHeader(located)) {
    const name = row.text('name');
    if (name === '') continue;
    const pointsText = row.text('points').replace(/分$/, '');
    const points = pointsText === '' ? null : Number(pointsText);
    if (points !== null && !Number.isFinite(points)) {
      issues.push(makeIssue('RULE_BAD_VALUE', located.grid.name, a1(row.index, located.header.columns.points ?? 0), MESSAGES.mediaBadPoints(name, row.text('points'))));
    }
    entries.push({
      name, level: normalizeLevel(row.text('level')), aliases: splitAliases(row.text('aliases')),
      points: points !== null && Number.isFinite(points) ? points : null,
    });
  }
  return new MediaDirectory(entries, located.grid.name, issues);
}
