// Reads and checks 报送台账 (submission ledger): dated submissions by unit, with media and adoption.
import { CivilDate, formatISO } from '../dates/civil-date';
import { readDateIgnoringTime } from '../dates/date-values';
import { parseChineseInteger } from '../dates/numerals';
import { CellRange, CellValue, Grid, a1, cellText, isBlank, rangeA1 } from './grid';
import { LedgerField } from './headers';
import { tableFurniture } from './headings';
import { readAdoption } from './adoption';
import { Issue, makeIssue } from '../validation/issues';
import { RepeatedIssues } from '../validation/repeated-issues';
import { locateLedger, otherLedgerSheets, splitDateLedger, splitDateLedgerCell, yearOf } from './ledger-header';
import { SplitDateResult, inLedgerYear, readSplitDate } from './ledger-split-date';
import { summaryTable } from './summary-table';
import { MediaDirectory, normalizeLevel } from './media-sheet';
import { memoize } from '../memo';
import { MESSAGES } from '../validation/messages';
import { MediaLevel } from '../scoring/scoring-rules';
import { READS_TOKEN, WORDS_TOKEN, pieceTypes } from '../scoring/rule-model';
import { UnitRegistry } from '../units/units';

export interface LedgerEntry {
  /** 1-based row of the sheet. */
  readonly row: number;
  readonly date: CivilDate;
  /** Registry name when the registry knows the unit, else as written. */
  readonly unit: string;
  readonly title: string;
  readonly media: string;
  /** Level from the row, else from 媒体名录; null when neither gives one. */
  readonly level: MediaLevel | null;
  readonly adopted: boolean;
  readonly taskSeq: string;
  readonly count: number;
  /** Piece types and placement words (类型, 版面), loosely normalised; empty when the ledger has neither. */
  readonly types: readonly string[];
  /** 批示 as written: the leaders' levels, 、-separated; '' when none. */
  readonly instruction: string;
  /** 作者/通讯员, split on 、; empty when none. */
  readonly authors: readonly string[];
  /** 稿件编号: one piece in several outlets shares it (同稿多用); '' when none. */
  readonly pieceId: string;
  /** Units credited together for this piece (合报单位 written as "甲、乙" in 单位): each row is one of them. */
  readonly partners: number;
  /** The 合报单位 in the order written (only on 合报 rows): the i-th 作者 of a piece is taken to be of the i-th unit. */
  readonly partnerUnits?: readonly string[];
  /** The piece's points as the ledger gives them (上级计分, 认定分值), instead of the rules' outlet or level points. */
  readonly given?: number;
}

/** Fields only the office's scoring rules read (collected rows leave them out). */
export type LedgerScoringField = 'types' | 'instruction' | 'authors' | 'pieceId' | 'partners';

export interface Ledger {
  readonly sheet: string | null;
  readonly entries: LedgerEntry[];
  readonly issues: Issue[];
}


const NONE: readonly string[] = [];
const NO_CELLS: readonly CellValue[] = [];
/** A row's text in a column (-1: the ledger has no such column). */
const textAt = (cells: readonly CellValue[], c: number) => (c < 0 ? '' : cellText(cells[c] ?? null));

/** 字数 as a type token ("字数=1200") that a rule type "1000字以上" matches (rule-model hasType). */
const wordsToken = (text: string) => (/^\d+$/.test(text.trim()) ? `${WORDS_TOKEN}${text.trim()}` : '');
const readsToken = (text: string) => (/^\d+$/.test(text.trim()) ? `${READS_TOKEN}${text.trim()}` : '');

/** Words a count is written with after its figure ("3篇", "两条"). */
const COUNT_UNIT = /\s*(篇|条|次|个|则|份|件|期)$/u;

/** The figure a 数量 cell holds as clerks write it — 3, "3", "3篇", "一", "两条", "1,200" — NaN when it holds none. */
export function countFigure(value: CellValue): number {
  if (typeof value === 'number') return value;
  const bare = cellText(value).trim().replace(/[,，]/g, '').replace(COUNT_UNIT, '');
  return bare === '' ? NaN : parseChineseInteger(bare) ?? Number(bare);
}

/** 数量 of a row: a non-negative number, 1 when blank or not a number. */
function countOf(value: CellValue): number {
  if (value === null || value === '') return 1;
  const n = countFigure(value);
  return Number.isFinite(n) && n >= 0 ? n : 1;
}

/**
 * A 数量 cell the sheet's own formulas read otherwise than the engine: SUMIFS (the 已报送 column, a clerk's 求和) skips text
 * ("3篇", a "3" stored as text, "若干") as 0 and adds a negative figure as it is, while the engine counts "3篇" as 3 and a
 * figure that is no count as 1. Null when both read it alike; else the engine's count and the number to write instead (when
 * the text holds one).
 */
export function countDisagreement(value: CellValue): { count: number; figure: number | null } | null {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? null : { count: 1, figure: null };
  if (typeof value !== 'string' || value.trim() === '') return null;
  const count = countOf(value);
  if (count === 0) return null; // "0篇": both read 0
  const figure = countFigure(value);
  return { count, figure: Number.isInteger(figure) && figure >= 0 ? figure : null };
}

/** 上级计分/认定分值 of a row: a number (10, “10分”), else null (blank: the rules give the points). */
function givenOf(value: CellValue): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  const m = /^([+-]?\d+(?:\.\d+)?)分?$/.exec(cellText(value).normalize('NFKC').replace(/\s+/g, ''));
  return m ? Number(m[1]) : null;
}

/**
 * The ledger's rows with a cell merged down over rows (单位 over a unit's block, 日期 over a day's) given to each row, as
 * the office reads it. 数量 is not shared out: a figure over several rows is the block's, not each row's (`counts`).
 */
function mergedDown(grid: Grid, headerRow: number, col: Partial<Record<LedgerField, number>>, dateParts: readonly number[]): { rows: CellValue[][]; counts: CellRange[] } {
  const down = grid.merges.filter((m) => m.bottom > m.top && m.top > headerRow);
  if (down.length === 0) return { rows: grid.rows, counts: [] };
  const shared = new Set([...Object.entries(col).filter(([f]) => f !== 'count').map(([, c]) => c), ...dateParts]);
  const rows = grid.rows.slice();
  const counts = down.filter((m) => m.left <= (col.count ?? -1) && (col.count ?? -1) <= m.right);
  for (const m of down) {
    if (!shared.has(m.left)) continue;
    const master = grid.rows[m.top]?.[m.left] ?? null;
    for (let r = m.top + 1; r <= m.bottom; r++) {
      if (rows[r] === grid.rows[r]) rows[r] = (grid.rows[r] ?? []).slice();
      rows[r][m.left] = master;
    }
  }
  return { rows, counts };
}

/** A row of a printed ledger that is no row of it: only numbers outside the ledger's columns (序号 down to the last printed row), or a 合计/填表人/填表说明 line. */
function isFurniture(cells: readonly CellValue[], mapped: ReadonlySet<number>): boolean {
  const first = cells.find((v) => !isBlank(v));
  if (first !== undefined && tableFurniture(cellText(first)) !== null) return true;
  return cells.every((v, c) => isBlank(v) || (!mapped.has(c) && /^\d{1,5}$/u.test(cellText(v))));
}

/** A 统计表 by unit where the ledger's rows should be, said once (not read as nothing, not guessed into articles). */
function summaryIssues(grids: readonly Grid[]): Issue[] {
  const summary = summaryTable(grids);
  return summary ? [makeIssue('LEDGER_SUMMARY_ONLY', summary.sheet, summary.cell, MESSAGES.ledgerSummaryOnly(summary.sheet))] : [];
}

/** Reads the ledger, resolving units through the registry (aliases to names) and levels through the media directory. */
/**
 * The first row of each piece (unit, day, title, outlet): a row registered again is LEDGER_DUPLICATE_ROW at its 标题.
 * Found through a table of buckets by a hash of the title and day, each bucket a chain through its rows (typed arrays sized
 * once for the sheet's rows): no string key, map entry or array is made per row. On the bench's 100k rows (39k titles, up to
 * 275 rows each) string keys, a Map (even of small integers) or a walk over a title's rows doubled or tripled readLedger's CPU.
 */
function repeatedPieces(repeated: RepeatedIssues, titleCell: (row: number) => string, rows: number) {
  let size = 16;
  while (size < rows * 2) size *= 2;
  const newestInBucket = new Int32Array(size).fill(-1);
  const titledRows: LedgerEntry[] = [];
  const olderInBucket: number[] = [];
  return {
    see(read: LedgerEntry, r: number): void {
      const { title, date: day } = read;
      let hash = day.year * 372 + day.month * 31 + day.day;
      for (let k = 0; k < title.length; k++) hash = (hash * 31 + title.charCodeAt(k)) | 0;
      const bucket = hash & (size - 1);
      const head = newestInBucket[bucket];
      for (let i = head; i >= 0; i = olderInBucket[i]) {
        const e = titledRows[i];
        if (e.title === title && e.unit === read.unit && e.media === read.media && e.date.day === day.day && e.date.month === day.month && e.date.year === day.year) {
          const row = e.row;
          repeated.add('LEDGER_DUPLICATE_ROW', `${row}`, titleCell(r), () => ({ message: MESSAGES.ledgerDuplicateRow(title, read.unit, formatISO(day), read.media, row) }));
          return;
        }
      }
      olderInBucket.push(head);
      newestInBucket[bucket] = titledRows.push(read) - 1;
    },
  };
}

export function readLedger(grids: readonly Grid[], registry: UnitRegistry | null, media: MediaDirectory): Ledger {
  const located = locateLedger(grids);
  if (!located) {
    // no ledger: one dated in 月 | 日 columns is said (it has no year), as is a 统计表 by unit in its place — neither read as nothing silently
    const split = grids.find((g) => !g.generated && splitDateLedgerCell(g) !== null);
    if (split) {
      const years = splitDateLedger(split)?.split.years ?? [];
      return { sheet: null, entries: [], issues: [makeIssue('HEADER_NOT_FOUND', split.name, splitDateLedgerCell(split)!, MESSAGES.ledgerSplitDate(split.name, years))] };
    }
    return { sheet: null, entries: [], issues: summaryIssues(grids) };
  }
  const { grid, header, split } = located;
  const col = header.columns;
  const sheet = grid.name;
  const entries: LedgerEntry[] = [];
  // a problem written on many rows (one unknown outlet, unit or date text) is one issue naming its rows
  const repeated = new RepeatedIssues(sheet);
  // each unit's rows, grouped while reading (the scoring reads them unit by unit); a written name remembers its unit's list
  const byUnit = new Map<string, LedgerEntry[]>();
  const rowsOf = (unit: string) => {
    let list = byUnit.get(unit);
    if (!list) byUnit.set(unit, (list = []));
    return list;
  };
  const unitCache = new Map<string, { unit: string; issue?: [string, string | undefined]; rows?: LedgerEntry[] }>();
  const resolveUnit = (written: string) => {
    let hit = unitCache.get(written);
    if (!hit) {
      const r = registry?.resolve(written);
      if (!r || r.kind === 'group') hit = { unit: written };
      else if (r.kind === 'unknown') hit = { unit: written, issue: [MESSAGES.ledgerUnknownUnit(written, r.suggestion), r.suggestion] };
      else hit = { unit: r.name };
      unitCache.set(written, hit);
    }
    return hit;
  };
  // 合报: "甲、乙" where the whole is no unit but each part is one
  const partnersCache = new Map<string, string[] | null>();
  const partnersOf = (written: string): string[] | null => {
    let hit = partnersCache.get(written);
    if (hit === undefined) {
      const parts = written.split(/[、,，;；]/).map((p) => p.trim()).filter(Boolean);
      hit = registry && parts.length > 1 && parts.every((p) => { const k = registry.kindOf(p); return k === 'name' || k === 'alias'; })
        ? parts.map((p) => resolveUnit(p).unit)
        : null;
      partnersCache.set(written, hit);
    }
    return hit;
  };
  const typesOf = memoize((written: string) => (written === '' ? NONE : pieceTypes(...written.split('|'))));
  const authorsOf = memoize((written: string) => (written === '' ? NONE : written.split(/[、,，;；\s]+/).filter(Boolean)));
  // a ledger dated in 月 | 日: its date issues stand at the 月 cell
  const at = (row: number, field: LedgerField) => a1(row, (field === 'date' && split ? split.month : col[field]) ?? 0);
  // dates repeat (a year holds 365 of them): each distinct cell value is read once and its date shared
  // "6月5日" without its year is in the year the title or sheet name gives ("2023年信息报送登记簿"), looked up once if ever
  let titleYear: number | null | undefined;
  const dateOf = memoize(inLedgerYear(readDateIgnoringTime, () => (titleYear ??= yearOf(grid, header.row).year)));
  const levelOf = memoize(normalizeLevel); // 级别 as written → level (a handful of spellings)
  const adoptionOf = memoize(readAdoption); // 是否采用: a few words, 100k rows
  const disagreementOf = memoize(countDisagreement); // a 数量 written as text: "1篇" on every row of some ledgers
  // columns only the office's rules read: most ledgers have none, and their rows need no lookup for them
  const typed = col.pieceType !== undefined || col.placement !== undefined || col.words !== undefined || col.reads !== undefined || col.route !== undefined;
  const withAuthors = col.author !== undefined;
  // each field's column read once (a text of a missing column is ''), then the rows by index: 100k rows, a dozen fields each
  const column = (field: LedgerField) => col[field] ?? -1;
  const cDate = column('date'), cUnit = column('unit'), cTitle = column('title'), cMedia = column('media'), cLevel = column('level');
  const cAdopted = column('adopted'), cTaskSeq = column('taskSeq'), cCount = column('count'), cInstruction = column('instruction');
  const cPieceId = column('pieceId'), cAuthor = column('author'), cPieceType = column('pieceType'), cPlacement = column('placement'), cWords = column('words'), cReads = column('reads');
  const cRoute = column('route'), cGiven = column('given');
  const dateParts = split ? [split.month, split.day, ...(split.yearColumn === undefined ? [] : [split.yearColumn])] : [];
  const { rows, counts: countMerges } = mergedDown(grid, header.row, col, dateParts);
  const repeats = repeatedPieces(repeated, (r) => at(r, 'title'), rows.length);
  let carriedMonth: number | null = null; // a 月 | 日 ledger's month, written once for its block
  let yearCrossed = false;
  const crossing: Issue[] = [];
  // a 数量 merged over a block (one figure for its rows): each row is one article; a figure other than the rows is said, once a merge
  const countShared = new Set<number>();
  for (const m of countMerges) {
    for (let r = m.top; r <= m.bottom; r++) countShared.add(r);
    const written = cellText(grid.rows[m.top]?.[m.left] ?? null);
    const figure = countFigure(grid.rows[m.top]?.[m.left] ?? null);
    const span = m.bottom - m.top + 1;
    if (written === '' || figure === span) continue;
    const word = cellText(grid.rows[header.row]?.[cCount] ?? null) || '数量';
    repeated.add('LEDGER_MERGED_COUNT', rangeA1(m), a1(m.top, m.left), () => ({ message: MESSAGES.ledgerMergedCount(word, written, span, rangeA1(m)) }));
  }
  const mapped = new Set([...Object.values(col), ...dateParts]);
  for (let r = header.row + 1; r < rows.length; r++) {
    const cells = rows[r] ?? NO_CELLS;
    const inParts: SplitDateResult | null = split ? readSplitDate(cells, split, carriedMonth) : null;
    if (inParts && !inParts.ok && !inParts.empty) {
      if (!isFurniture(cells, mapped)) repeated.add('LEDGER_BAD_DATE', inParts.written, at(r, 'date'), () => ({ message: MESSAGES.ledgerBadSplitDate(inParts.written, inParts.problem, split!.year) }));
      continue;
    }
    const dated = inParts ? (inParts.ok ? inParts : { ok: false as const }) : dateOf(cDate < 0 ? null : cells[cDate] ?? null);
    // a number below 367 in the date column is a day (or a count) typed there, not a date of 1900: no date, said
    const date = dated.ok && dated.date.year < 1901 ? { ok: false as const } : dated;
    if (inParts?.ok) {
      // a 登记簿 kept in order that goes back from a late month to an early one (12月 → 1月) has crossed into another year,
      // which one the title's year cannot tell (a 考核年度 from 8月 is named by either of its years): said once, read as written
      if (carriedMonth !== null && carriedMonth - inParts.date.month >= 6 && split!.yearColumn === undefined && !yearCrossed) {
        yearCrossed = true;
        const cell = at(r, 'date');
        crossing.push(makeIssue('LEDGER_YEAR_UNCLEAR', sheet, cell, MESSAGES.ledgerYearCrossed(carriedMonth, inParts.date.month, cell, split!.year!)));
      }
      carriedMonth = inParts.date.month;
    }
    if (!date.ok) {
      // a row with a date is not blank: only a row without one is looked at cell by cell
      if (cells.every(isBlank)) continue;
      // the printed table's furniture is no row of the ledger and holds no article: a row numbered and left empty, a 合计, a 填表人 or 填表说明 line
      if (isFurniture(cells, mapped)) continue;
      const written = textAt(cells, cDate);
      const isNumber = typeof (cDate < 0 ? null : cells[cDate]) === 'number';
      repeated.add('LEDGER_BAD_DATE', written, at(r, 'date'), () => ({ message: MESSAGES.ledgerBadDate(written, isNumber) }));
      continue;
    }
    const unitWritten = textAt(cells, cUnit);
    if (unitWritten === '') {
      // a dated row credited to nobody: said, once for all such rows
      if (cUnit >= 0) repeated.add('LEDGER_UNKNOWN_UNIT', '', at(r, 'unit'), () => ({ message: MESSAGES.ledgerNoUnit }));
      continue;
    }
    const unit = resolveUnit(unitWritten);
    const partners = unit.issue ? partnersOf(unitWritten) : null;
    const unitIssue = unit.issue;
    if (unitIssue && !partners) repeated.add('LEDGER_UNKNOWN_UNIT', unitWritten, at(r, 'unit'), () => ({ message: unitIssue[0], suggestion: unitIssue[1] }));
    const adoptedText = cAdopted >= 0 ? textAt(cells, cAdopted) : '';
    const adoption = adoptedText === '' ? null : adoptionOf(adoptedText);
    // "被皖西日报采用" with no outlet in 媒体 names the outlet
    const mediaName = textAt(cells, cMedia) || (adoption?.outlet ?? '');
    // blank 是否采用 is not adopted (the office's own ledger); a word that says neither is not adopted, and said once per word
    const adopted = cAdopted >= 0 ? adoption?.adopted ?? false : mediaName !== '';
    if (adoptedText !== '' && !adoption) repeated.add('LEDGER_ADOPTED_UNCLEAR', adoptedText, at(r, 'adopted'), () => ({ message: MESSAGES.ledgerAdoptedUnclear(adoptedText) }));
    else if (adoption?.outlet && mediaName !== adoption.outlet && (media.find(mediaName)?.name ?? mediaName) !== (media.find(adoption.outlet)?.name ?? adoption.outlet)) {
      repeated.add('LEDGER_ADOPTED_UNCLEAR', `${adoptedText}\u0000${mediaName}`, at(r, 'adopted'), () => ({ message: MESSAGES.ledgerAdoptedOtherOutlet(adoptedText, mediaName) }));
    }
    const level = levelOf(textAt(cells, cLevel)) ?? (mediaName ? media.find(mediaName)?.level ?? null : null);
    // 上级计分/认定分值: a few rows of a few ledgers
    const given = cGiven < 0 ? null : givenOf(cells[cGiven] ?? null);
    if (adopted && mediaName !== '' && level === null) {
      // an outlet listed at a level of the rule's own (企业报、局内) scores by its 分值: only one with neither is lost
      const entry = media.find(mediaName);
      // one issue per outlet however many rows name it (its message says how many and which)
      if (!entry) repeated.add('LEDGER_UNKNOWN_MEDIA', mediaName, at(r, 'media'), () => ({ message: MESSAGES.ledgerUnknownMedia(mediaName) }));
      // a row whose points a person set (认定分值: 《内部情况反映》视情20—30分) is scored whatever its outlet's level
      else if (entry.points === null && given === null) repeated.add('LEDGER_UNKNOWN_MEDIA', mediaName, at(r, 'media'), () => ({ message: MESSAGES.ledgerMediaWithoutLevel(mediaName) }));
    }
    // a 数量 the sheet's formulas would read otherwise (text, a negative figure): said once per text, with the number to write
    const countCell = cCount < 0 || countShared.has(r) ? null : cells[cCount] ?? null;
    const disagreement = countCell === null || (typeof countCell === 'number' && countCell >= 0) ? null : disagreementOf(countCell);
    if (disagreement) {
      const written = cellText(countCell);
      const word = cellText(grid.rows[header.row]?.[cCount] ?? null) || '数量';
      repeated.add('LEDGER_COUNT_TEXT', written, at(r, 'count'), () => ({
        message: MESSAGES.ledgerCountText(word, written, typeof countCell === 'number', disagreement.count, disagreement.figure),
        ...(disagreement.figure !== null ? { suggestion: String(disagreement.figure) } : {}),
      }));
    }
    const read: LedgerEntry = {
      row: r + 1, date: date.date, unit: unit.unit, title: textAt(cells, cTitle), media: mediaName, level, adopted,
      taskSeq: textAt(cells, cTaskSeq), count: countShared.has(r) ? 1 : countOf(cCount < 0 ? null : cells[cCount] ?? null),
      types: typed ? typesOf(`${textAt(cells, cPieceType)}|${textAt(cells, cPlacement)}|${wordsToken(textAt(cells, cWords))}|${readsToken(textAt(cells, cReads))}|${textAt(cells, cRoute)}`) : NONE,
      instruction: textAt(cells, cInstruction), authors: withAuthors ? authorsOf(textAt(cells, cAuthor)) : NONE, pieceId: textAt(cells, cPieceId), partners: 1,
    };
    if (read.title !== '') repeats.see(read, r);
    const piece = given === null ? read : { ...read, given };
    if (partners) {
      for (const p of partners) {
        const entry = { ...piece, unit: p, partners: partners.length, partnerUnits: partners };
        entries.push(entry);
        rowsOf(p).push(entry);
      }
    } else {
      entries.push(piece);
      (unit.rows ??= rowsOf(piece.unit)).push(piece);
    }
  }
  // sheets that look like the ledger too (one a month): not read, and said so once at the first of them
  const others = otherLedgerSheets(grids, located);
  const unread = others.length > 0 ? [makeIssue('LEDGER_SHEETS_UNREAD', others[0].grid.name, a1(others[0].header.row, 0), MESSAGES.ledgerSheetsUnread(others.map((o) => o.grid.name), sheet))] : [];
  // the template's 报送台账 left empty and a 统计表 by unit beside it: the summary is said as when there is no ledger
  const summary = entries.length === 0 ? summaryIssues(grids.filter((g) => g !== grid)) : [];
  const ledger = { sheet, entries, issues: [...repeated.issues(), ...crossing, ...unread, ...summary] };
  groupedRows.set(ledger, byUnit);
  return ledger;
}

/** Each unit's rows as the ledger was read (in ledger order, units in order of first row), for the ledger object readLedger returned. */
const groupedRows = new WeakMap<Ledger, Map<string, LedgerEntry[]>>();

/** A read ledger's rows grouped by unit, as read (undefined for a ledger built otherwise: a copy with units credited elsewhere). */
export function rowsByUnitAsRead(ledger: Ledger): Map<string, LedgerEntry[]> | undefined {
  return groupedRows.get(ledger);
}
