// A unit's ledger rows in a span, grouped into pieces (同稿多用, distinct submissions), and the submissions they count.
import { CivilDate } from '../dates/civil-date';
import { LedgerEntry } from '../sheets/ledger-sheet';
import { MEDIA_LEVELS, hasType, levelFloor, looseKey } from './rule-model';
import { dayOf, entryDays } from './periods';

/** The rows dated in a span, in their order: the list itself when all are (本年累计 holds a unit's every row so far). */
export function rowsIn(entries: readonly LedgerEntry[], from: CivilDate, to: CivilDate): readonly LedgerEntry[] {
  const days = entryDays(entries);
  const lo = dayOf(from);
  const hi = dayOf(to);
  let inside = 0;
  for (let i = 0; i < entries.length; i++) if (days[i] >= lo && days[i] <= hi) inside++;
  if (inside === entries.length) return entries;
  const out: LedgerEntry[] = new Array(inside);
  for (let i = 0, n = 0; n < inside; i++) if (days[i] >= lo && days[i] <= hi) out[n++] = entries[i];
  return out;
}

/** The piece of each row of `inWindow` (rowsIn of `entries`, in order), from the pieces of every row of `entries`. */
export function piecesInWindow(entries: readonly LedgerEntry[], inWindow: readonly LedgerEntry[], pieceOf: Int32Array): Int32Array {
  if (inWindow === entries) return pieceOf;
  const out = new Int32Array(inWindow.length);
  for (let i = 0, k = 0; k < inWindow.length; i++) if (entries[i] === inWindow[k]) out[k++] = pieceOf[i];
  return out;
}

/** A unit's distinct pieces (by 稿件编号, else title), each at the day of its first row, with its types and 数量. */
export interface Piece {
  readonly day: number;
  readonly count: number;
  readonly types: readonly string[];
  readonly adopted: boolean;
  /** The highest level it was adopted at, as an index of MEDIA_LEVELS (0 中央级); MEDIA_LEVELS.length when none. */
  readonly top: number;
  /** The outlets that adopted it, as written, for a quota naming an outlet (《江西交通》发稿不少于3篇). */
  readonly outlets: readonly string[];
  /** The 合报单位 it was written by (1 for a unit's own piece), for counts a rule shares among them. */
  readonly partners: number;
}

/** A list of rows' pieces: the pieces in order of first row, and each row's piece (its index in `pieces`). */
export interface PieceIndex {
  readonly pieces: readonly Piece[];
  readonly pieceOf: Int32Array;
}

/** Pieces per entry list: a unit's list is shared by every period a report tallies. */
const piecesCache = new WeakMap<readonly LedgerEntry[], PieceIndex>();

export function piecesOf(entries: readonly LedgerEntry[]): PieceIndex {
  let index = piecesCache.get(entries);
  if (!index) piecesCache.set(entries, (index = collectPieces(entries)));
  return index;
}

/**
 * Rows grouped into pieces, for 同稿多用 and distinct submissions: by 稿件编号, else by unit and title, else each row
 * its own; found through a map per part (no key string built per row; a 稿件编号 never equals a unit-and-title or a row).
 */
function collectPieces(entries: readonly LedgerEntry[]): PieceIndex {
  // a piece's types are its first row's list until another row adds one (then its own copy)
  const pieces: { day: number; count: number; types: readonly string[]; adopted: boolean; ownTypes: boolean; top: number; outlets: readonly string[]; partners: number }[] = [];
  const pieceOf = new Int32Array(entries.length);
  const byId = new Map<string, number>();
  const byTitle = new Map<string, Map<string, number>>(); // unit → title → piece
  const byRow = new Map<number, number>();
  let titlesUnit: string | undefined;
  let titles: Map<string, number> | undefined;
  const days = entryDays(entries);
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    let at: number | undefined;
    if (e.pieceId !== '') at = byId.get(e.pieceId);
    else if (e.title !== '') {
      // a unit's rows are of that unit: its titles' map is looked up again only when the unit changes
      if (e.unit !== titlesUnit) {
        titlesUnit = e.unit;
        titles = byTitle.get(e.unit);
      }
      at = titles?.get(e.title);
    } else at = byRow.get(e.row);
    const day = days[i];
    if (at === undefined) {
      at = pieces.length;
      pieces.push({ day, count: e.count, types: e.types, adopted: e.adopted, ownTypes: false, top: topOf(e), outlets: e.adopted && e.media !== '' ? [e.media] : NO_OUTLETS, partners: Math.max(1, e.partners) });
      if (e.pieceId !== '') byId.set(e.pieceId, at);
      else if (e.title !== '') {
        if (!titles) byTitle.set(e.unit, (titles = new Map()));
        titles.set(e.title, at);
      } else byRow.set(e.row, at);
    } else {
      const p = pieces[at];
      p.day = Math.min(p.day, day);
      p.count = Math.max(p.count, e.count);
      p.adopted ||= e.adopted;
      p.top = Math.min(p.top, topOf(e));
      if (e.adopted && e.media !== '' && !p.outlets.includes(e.media)) p.outlets = [...p.outlets, e.media];
      for (let t = 0; t < e.types.length; t++) {
        if (p.types.includes(e.types[t])) continue;
        if (!p.ownTypes) {
          p.types = p.types.slice();
          p.ownTypes = true;
        }
        (p.types as string[]).push(e.types[t]);
      }
    }
    pieceOf[i] = at;
  }
  return { pieces, pieceOf };
}

const NO_OUTLETS: readonly string[] = [];
const topOf = (e: LedgerEntry) => (e.adopted && e.level ? MEDIA_LEVELS.indexOf(e.level) : MEDIA_LEVELS.length);

/** Whether a piece counts for a quota's type: its own type, an outlet that adopted it, or a level and above (市级以上). */
function countsFor(p: Piece, type: string | null, floor: number | null, names: readonly string[]): boolean {
  if (type === null) return true;
  if (floor !== null) return p.top <= floor;
  if (hasType(p.types, type)) return true;
  // 「在中国XX网站、XX党政信息网、《大众》上每月录用信息不得少于1篇」: any of the outlets the quota names
  return p.outlets.some((o) => names.includes(looseKey(o)));
}

/** The outlets a quota's type names, one or several (、，,): looser keys to compare with a piece's outlets. */
const namesOf = (type: string | null) => (type === null ? [] : type.split(/[、，,]/).map(looseKey).filter(Boolean));

/**
 * Submissions in a span, of a type or any: rows' 数量 under today's formula, distinct pieces under the office's rules;
 * `shared`: a 合报 piece counts its share for each unit (「联合署名…涉及不同部门，按平均数计算所在单位录用信息数量」).
 */
export function submittedIn(entries: readonly LedgerEntry[], pieces: () => readonly Piece[], from: CivilDate, to: CivilDate, type: string | null, custom: boolean, adoptedOnly = false, shared = false): number {
  const lo = dayOf(from);
  const hi = dayOf(to);
  let n = 0;
  if (!custom) {
    const days = entryDays(entries);
    for (let i = 0; i < entries.length; i++) if (days[i] >= lo && days[i] <= hi && hasType(entries[i].types, type)) n += entries[i].count;
    return n;
  }
  const list = pieces();
  const floor = type === null ? null : levelFloor(type);
  const names = namesOf(type);
  for (let i = 0; i < list.length; i++) {
    const p = list[i];
    if (p.day >= lo && p.day <= hi && (!adoptedOnly || p.adopted) && countsFor(p, type, floor, names)) n += shared ? p.count / p.partners : p.count;
  }
  return n;
}
