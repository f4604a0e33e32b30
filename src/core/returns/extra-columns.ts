// Columns a clerk added to 报送登记 (版面, 类型, 批示, 链接, 字数 …): taken into the ledger's column of the same kind when it has one, else listed; a 单位 column checked against the form's unit.
import { parseChineseInteger } from '../dates/numerals';
import { LEDGER_HEADERS, LedgerField, normalizeHeader } from '../sheets/headers';
import { ExtraCell } from './return-reader';
import { normalizeReturnedText } from './returned-text';

/** Ledger columns a return's added column may fill: the ones the office's scoring rules read, and 链接. */
export const EXTRA_FIELDS = ['pieceType', 'placement', 'instruction', 'author', 'pieceId', 'words', 'route', 'link'] as const satisfies readonly LedgerField[];

/** Taken, and said: they add points the office confirms (批示 from the 批示件, 报送途径 from who forwarded it). */
const CLAIMS: ReadonlySet<ExtraField> = new Set(['instruction', 'route']);
export type ExtraField = (typeof EXTRA_FIELDS)[number];

/** What an appended row carries in those columns. */
export type ExtraValues = Partial<Record<ExtraField, string | number>>;

const WORDS_OF = new Map<string, ExtraField>();
for (const f of EXTRA_FIELDS) for (const w of LEDGER_HEADERS[f]) WORDS_OF.set(normalizeHeader(w), f);

/** The ledger field an added column's header names, by the ledger's own words for it (版面, 刊发位置, 领导批示 …). */
export function extraFieldOf(header: string): ExtraField | null {
  return WORDS_OF.get(normalizeHeader(header)) ?? null;
}

/** 字数 as clerks write it: 1200, "1200字", "约1,200字", "一千二百" — a whole number, or null. */
export function wordsOf(text: string): number | null {
  const bare = text.replace(/^(约|大约|共)\s*/u, '').replace(/\s*(余?字|字左右|左右)$/u, '').replace(/[,，\s]/gu, '');
  const n = /^\d{1,7}$/.test(bare) ? Number(bare) : parseChineseInteger(bare);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * A note of an added cell said once for several rows of a return: the column (its letter and header) and why, not each
 * cell's text ("“类型”列（H 列）所填的内容未汇总入台账：报送台账没有类型列"); null for any other note.
 */
export function extraCellNoteShared(reason: string): string | null {
  const notColumn = /^([A-Z]{1,3})\d+“([^”]*)”列不是填报表的列，所填“[\s\S]*”未汇总入台账$/u.exec(reason);
  if (notColumn) return `“${notColumn[2]}”列（${notColumn[1]} 列）不是填报表的列，所填的内容未汇总入台账`;
  const m = /^([A-Z]{1,3})\d+“([^”]*)”列所填“[\s\S]*”((?:未汇总入台账|不是字数|已写入台账)[^“”]*)$/u.exec(reason);
  return m ? `“${m[2]}”列（${m[1]} 列）所填的内容${m[3]}` : null;
}

/**
 * A row's added cells split: the values the ledger takes (its columns named in `ledgerHas`), and the notes for the
 * office — each cell not taken, with why; a 批示 taken is said too, as it adds points the office confirms.
 */
export function takeExtras(extra: readonly ExtraCell[], ledgerHas: ReadonlySet<string>): { values: ExtraValues; notes: string[] } {
  const values: ExtraValues = {};
  const notes: string[] = [];
  for (const x of extra) {
    const text = normalizeReturnedText(x.text);
    const shown = `${x.cell}“${x.header}”列所填“${text.slice(0, 60)}”`;
    const field = extraFieldOf(x.header);
    const column = field ? LEDGER_HEADERS[field][0] : '';
    if (!field && normalizeHeader(x.header) !== '' && LEDGER_HEADERS.given.some((w) => normalizeHeader(w) === normalizeHeader(x.header))) {
      notes.push(`${shown}未汇总入台账：计分由督办单位认定，不取单位所填`);
    } else if (!field) {
      notes.push(`${x.cell}“${x.header}”列不是填报表的列，所填“${text.slice(0, 60)}”未汇总入台账`);
    } else if (!ledgerHas.has(field)) {
      notes.push(`${shown}未汇总入台账：报送台账没有${column}列`);
    } else if (values[field] !== undefined) {
      notes.push(`${shown}未汇总入台账：同一行已有一列${column}`);
    } else if (field === 'words') {
      const n = wordsOf(text);
      if (n === null) notes.push(`${shown}不是字数，未汇总入台账`);
      else values.words = n;
    } else {
      values[field] = text.slice(0, 500);
      if (CLAIMS.has(field)) notes.push(`${shown}已写入台账的${column}列：${field === 'instruction' ? '批示加分，请对照批示件核实' : '报送途径影响计分，请核实'}`);
    }
  }
  return { values, notes };
}

const UNIT_WORDS = new Set(LEDGER_HEADERS.unit.map((w) => normalizeHeader(w)));

/**
 * A 单位/报送单位 column a clerk keeps in its own 登记表: a cell naming the form's unit (by name or alias, `resolve`)
 * says nothing; one naming another is credited to the form's unit all the same, and said. The other cells are returned.
 */
export function takeUnitCells(extra: readonly ExtraCell[], unit: string, resolve: (text: string) => string | null): { rest: ExtraCell[]; notes: string[] } {
  const rest: ExtraCell[] = [];
  const notes: string[] = [];
  for (const x of extra) {
    if (!UNIT_WORDS.has(normalizeHeader(x.header))) rest.push(x);
    else if (resolve(x.text) !== unit) notes.push(`${x.cell}“${x.header}”列填的是“${normalizeReturnedText(x.text).slice(0, 40)}”，本表是${unit}的填报表：按${unit}登记，请核实`);
  }
  return { rest, notes };
}
