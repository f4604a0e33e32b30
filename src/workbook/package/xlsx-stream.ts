// Streaming .xlsx reader: every sheet as a grid straight from the zip, on a bounded zip reader and a real XML parser (saxes).
//
// exceljs's full reader builds its whole object model (about 75× the file size in memory); its
// streaming reader decodes each 16 KiB chunk on its own and turns a character split between two
// chunks into U+FFFD (ENVIRONMENT.md). This reader inflates each part as a stream within the caps of
// zip/limits.ts (CRC-32 verified), decodes it with one streaming TextDecoder, parses it with saxes as
// it comes and keeps only the grid values, refusing what Excel's grid cannot hold. It runs in Node
// and in browsers (DecompressionStream, TextDecoder). Every failure is one XlsxReadError in Chinese.
import { DAYS_1900_TO_1904 } from '../../core/dates/civil-date';
import { Grid } from '../../core/sheets/grid';
import { GENERATED_MARKER, SheetInfo } from '../port';
import { XlsxReadError, asReadError } from './read-error';
import { XmlAttributes, XmlHandler, scanPart as scanXml } from '../xml/xml';
import { InflateBudget, LIMITS, VerifiedParts, ZipEntry, readZipDirectory } from '../zip';

import { resolvePart } from './part-names';
import { CellBudget, RowMarks, readSheet } from './sheet-reader';
import { StringStrike, readSheetMarks, readStruckStrings, readStruckStyles } from './hand-marks';
export { gridRef, rangeOf, rowOf } from './grid-refs';
export { XlsxReadError } from './read-error';
export { decodeChunks } from '../xml/xml';
export { inflate, readZipDirectory } from '../zip';
export type { ZipEntry } from '../zip';

export interface StreamReadOptions {
  /**
   * Feed the decoder pieces of at most this many bytes (tests use tiny sizes so that characters
   * straddle every boundary); by default the inflater's own chunks.
   */
  readonly chunkSize?: number;
  /** Decompressed bytes read so far from this package (set by readXlsxGrids). */
  readonly budget?: InflateBudget;
  /** Filled in by readXlsxGrids: the entries it inflated and verified, for the writer to copy without inflating them again. */
  readonly verified?: VerifiedParts;
  /** Also read what a clerk's hand leaves (hidden rows, a filter, struck-through text) into each grid's marks: for returned forms. */
  readonly marks?: boolean;
  /** False: worksheets' rows too are read as text, not by the byte lane (tests compare the two ways). */
  readonly byteLane?: boolean;
}

/** OOXML's _xHHHH_ escapes in shared strings (as exceljs reads them). */
function decodeOoxmlEscapes(text: string): string {
  return text.indexOf('_x') < 0 ? text : text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function scanPart(bytes: Uint8Array, entry: ZipEntry, handler: XmlHandler, options: StreamReadOptions): Promise<void> {
  return scanXml(bytes, entry, handler, options);
}

// ---------------------------------------------------------------------------------------------
// Parts

export interface Relationship {
  readonly target: string;
  readonly type: string;
}

/** A part's relationships (Id → absolute part name, lower case), from its _rels file. */
export async function readRels(bytes: Uint8Array, zip: Map<string, ZipEntry>, part: string, options: StreamReadOptions): Promise<Map<string, Relationship>> {
  const slash = part.lastIndexOf('/');
  const dir = slash < 0 ? '' : part.slice(0, slash + 1);
  const relsName = `${dir}_rels/${part.slice(slash + 1)}.rels`.toLowerCase();
  const out = new Map<string, Relationship>();
  const entry = zip.get(relsName);
  if (!entry) return out;
  await scanPart(bytes, entry, {
    open(name, raw) {
      if (name !== 'Relationship') return;
      const id = raw.get('Id');
      const target = raw.get('Target');
      if (id === undefined || target === undefined || raw.get('TargetMode') === 'External') return;
      out.set(id, { target: resolvePart(dir, target), type: raw.get('Type') ?? '' });
    },
    close() {},
    text() {},
  }, options);
  return out;
}

/** The shared strings of a package (the entries with formatting runs or phonetic guides marked, for the writer). */
export async function readSharedStrings(bytes: Uint8Array, zip: Map<string, ZipEntry>, part: string | undefined, options: StreamReadOptions, formatted?: Set<number>): Promise<string[]> {
  const strings: string[] = [];
  const entry = part ? zip.get(part) : undefined;
  if (!entry) return strings;
  let current = '';
  let inText = false;
  let phonetic = 0;
  const add = (text: string) => {
    strings.push(decodeOoxmlEscapes(text));
    if (strings.length > LIMITS.maxCells) throw new XlsxReadError(`共享字符串过多（超过 ${LIMITS.maxCells} 个），已拒绝读取`);
  };
  await scanPart(bytes, entry, {
    sharedString: add,
    open(name, _raw, selfClosing) {
      if (name === 'si') current = '';
      else if (name === 'r' || name === 'rPh') formatted?.add(strings.length);
      if (name === 'rPh') phonetic += selfClosing ? 0 : 1;
      else if (name === 't' && phonetic === 0 && !selfClosing) inText = true;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic = Math.max(0, phonetic - 1);
      else if (name === 'si') add(current);
    },
    text(text) {
      if (inText) current += text;
    },
  }, options);
  return strings;
}

/** Re-exported for the package editors: its one home is core/dates. */
export { DAYS_1900_TO_1904 };

/** Built-in number formats that show dates (Excel's ids, with the CJK ones). */
const BUILTIN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** Whether a format code shows a date (exceljs's rule: y m d h s b outside quotes and brackets). */
export function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

/** One cell format (cellXfs entry) of styles.xml: its number format's ids and whether it shows a date. */
export interface CellXf {
  readonly numFmtId: number;
  readonly fontId: number;
  readonly fillId: number;
  readonly borderId: number;
  readonly date: boolean;
}

/** The cell formats (cellXfs) of a styles part, in index order; empty when the package has none. */
export async function readCellXfs(bytes: Uint8Array, zip: Map<string, ZipEntry>, part: string | undefined, options: StreamReadOptions): Promise<CellXf[]> {
  const entry = part ? zip.get(part) : undefined;
  const xfs: CellXf[] = [];
  if (!entry) return xfs;
  const custom = new Map<number, string>();
  let inCellXfs = false;
  await scanPart(bytes, entry, {
    open(name, raw) {
      if (name === 'numFmt') custom.set(Number(raw.get('numFmtId')), raw.get('formatCode') ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) {
        const id = Number(raw.get('numFmtId') ?? 0);
        xfs.push({
          numFmtId: id, fontId: Number(raw.get('fontId') ?? 0), fillId: Number(raw.get('fillId') ?? 0), borderId: Number(raw.get('borderId') ?? 0),
          date: custom.has(id) ? isDateFormat(custom.get(id)!) : BUILTIN_DATE_FORMATS.has(id),
        });
      }
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
    text() {},
  }, options);
  return xfs;
}

interface SheetRef {
  readonly name: string;
  readonly part: string;
  readonly hidden: boolean;
}

/**
 * Every worksheet of .xlsx bytes as a grid, in workbook order: values (dates as serials, formulas
 * as their cached results, covered merge cells empty), merges, hidden and generated flags.
 * Throws XlsxReadError for anything that is not a readable .xlsx package.
 */
export async function readXlsxGrids(bytes: Uint8Array, options: StreamReadOptions = {}): Promise<Grid[]> {
  try {
    return await readGrids(bytes, { ...options, budget: options.budget ?? new InflateBudget(undefined, undefined, options.verified) });
  } catch (e) {
    throw asReadError(e);
  }
}

/** The r:id of a <sheet>: the attribute named id in the relationships namespace, whatever its prefix. */
function relationshipId(raw: XmlAttributes): string {
  for (const key of raw.names()) if (key.endsWith(':id')) return raw.get(key)!;
  return raw.get('id') ?? '';
}

/** What workbook.xml and its relationships say: the sheets in order, with the parts of the worksheets among them. */
export interface WorkbookLayout {
  readonly zip: Map<string, ZipEntry>;
  readonly workbookPart: string;
  /** Every <sheet> in tab order; `part` is set for worksheets (not chart sheets or dialogs). */
  readonly sheets: readonly { name: string; rid: string; sheetId: string; hidden: boolean; part?: string }[];
  readonly definedNames: readonly { name: string; text: string }[];
  readonly date1904: boolean;
  /** The workbook part's relationships. */
  readonly rels: Map<string, Relationship>;
  /** The target of the workbook's first relationship of a type ending so ('/styles', '/sharedStrings'). */
  relOfType(suffix: string): string | undefined;
}

/** The workbook's layout, parsed with saxes; throws XlsxReadError for a package without a workbook. */
export async function readWorkbookLayout(bytes: Uint8Array, zip: Map<string, ZipEntry>, options: StreamReadOptions): Promise<WorkbookLayout> {
  const root = await readRels(bytes, zip, '', options);
  const workbookPart = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
  const workbookEntry = zip.get(workbookPart);
  if (!workbookEntry) throw new XlsxReadError('压缩包中没有工作簿（xl/workbook.xml），不是 .xlsx 文件');

  const sheets: { name: string; rid: string; sheetId: string; hidden: boolean; part?: string }[] = [];
  const definedNames: { name: string; text: string }[] = [];
  let date1904 = false;
  let definedName: { name: string; text: string } | null = null;
  await scanPart(bytes, workbookEntry, {
    open(name, raw) {
      if (name === 'sheet') {
        const rid = relationshipId(raw);
        const state = raw.get('state');
        sheets.push({ name: raw.get('name') ?? '', rid, sheetId: raw.get('sheetId') ?? '', hidden: state === 'hidden' || state === 'veryHidden' });
      } else if (name === 'workbookPr') {
        const d = raw.get('date1904');
        date1904 = d === '1' || d === 'true';
      } else if (name === 'definedName') {
        definedName = { name: raw.get('name') ?? '', text: '' };
      }
    },
    close(name) {
      if (name === 'definedName' && definedName) {
        definedNames.push(definedName);
        definedName = null;
      }
    },
    text(text) {
      if (definedName) definedName.text += text;
    },
  }, options);

  const rels = await readRels(bytes, zip, workbookPart, options);
  if (sheets.length > 0 && rels.size === 0) throw new XlsxReadError('压缩包中缺少工作簿的关系文件（xl/_rels/workbook.xml.rels），文件已损坏');
  for (const s of sheets) {
    const rel = rels.get(s.rid);
    if (rel && rel.type.endsWith('/worksheet')) s.part = rel.target; // chart sheets and dialogs hold no cells
  }
  const relOfType = (suffix: string) => [...rels.values()].find((r) => r.type.endsWith(suffix))?.target;
  return { zip, workbookPart, sheets, definedNames, date1904, rels, relOfType };
}

/** The sheets Duban generated, as the workbook's hidden defined names mark them (GENERATED_MARKER). */
function generatedSheetNames(definedNames: readonly { name: string; text: string }[]): Set<string> {
  const generated = new Set<string>();
  for (const dn of definedNames) {
    if (!dn.name.startsWith(GENERATED_MARKER)) continue;
    const m = /^'?(.*?)'?!/.exec(dn.text.trim());
    if (m) generated.add(m[1].replace(/''/g, "'"));
  }
  return generated;
}

/**
 * The worksheets of a package as readXlsxGrids lists them (names, hidden, generated), from the
 * workbook part and its relationships alone: no sheet is read.
 */
export async function readSheetList(bytes: Uint8Array): Promise<SheetInfo[]> {
  try {
    const options: StreamReadOptions = { budget: new InflateBudget() };
    const { sheets, definedNames } = await readWorkbookLayout(bytes, readZipDirectory(bytes), options);
    const generated = generatedSheetNames(definedNames);
    return sheets.filter((s) => s.part !== undefined).map((s) => ({ name: s.name, hidden: s.hidden, generated: generated.has(s.name) }));
  } catch (e) {
    throw asReadError(e);
  }
}

async function readGrids(bytes: Uint8Array, options: StreamReadOptions): Promise<Grid[]> {
  const zip = readZipDirectory(bytes);
  const { sheets, definedNames, date1904, relOfType } = await readWorkbookLayout(bytes, zip, options);
  const sharedPart = relOfType('/sharedStrings');
  const formatted = new Set<number>();
  const shared = await readSharedStrings(bytes, zip, sharedPart, options, formatted);
  const sharedEntry = sharedPart ? zip.get(sharedPart) : undefined;
  // handed to the writer, which appends the generated sheets' strings to this table
  if (options.verified && sharedEntry) options.verified.sharedStrings = { entry: sharedEntry, strings: shared, formatted, refs: new Map() };
  const dateStyles = date1904 ? (await readCellXfs(bytes, zip, relOfType('/styles'), options)).map((xf) => xf.date) : null;

  const generated = generatedSheetNames(definedNames);
  // a clerk's marks (returns only): struck fonts and strings read apart; the strings only when some have runs of their own
  const hand = options.marks ? {
    styles: await readStruckStyles(bytes, zip.get(relOfType('/styles') ?? ''), options),
    strings: formatted.size > 0 ? await readStruckStrings(bytes, sharedEntry, options) : new Map<number, StringStrike>(),
  } : null;
  const striking = !!hand && (hand.styles.some(Boolean) || hand.strings.size > 0);

  const refs: SheetRef[] = [];
  for (const s of sheets) if (s.part !== undefined) refs.push({ name: s.name, part: s.part, hidden: s.hidden });
  const grids: Grid[] = [];
  const cells: CellBudget = { used: 0 };
  const seen = new Set<string>();
  const names = new Set<string>();
  for (const ref of refs) {
    if (names.has(ref.name.toLowerCase())) throw new XlsxReadError(`工作簿中有两个同名的工作表“${ref.name}”，文件已损坏`);
    names.add(ref.name.toLowerCase());
    if (seen.has(ref.part)) throw new XlsxReadError(`工作簿中有两个工作表指向同一份数据（“${ref.name}”），文件已损坏`);
    seen.add(ref.part);
    const entry = zip.get(ref.part);
    if (!entry) throw new XlsxReadError(`压缩包中缺少工作表“${ref.name}”的数据`);
    const rowMarks: RowMarks | undefined = hand ? { hiddenRows: [], hiddenColumns: [], filtered: false, inline: false } : undefined;
    const { rows, merges, sharedRefs } = await readSheet(bytes, entry, shared, dateStyles, options, cells, rowMarks);
    options.verified?.sharedStrings?.refs.set(ref.part, sharedRefs);
    // a pass of its own only where something may be struck through: else the cell pass's hidden rows and filter are all
    const found = !hand || !rowMarks ? null
      : striking || rowMarks.inline ? await readSheetMarks(bytes, entry, hand.styles, hand.strings, options)
      : { hiddenRows: rowMarks.hiddenRows, filtered: rowMarks.filtered, struck: [] };
    // hidden columns come from the cell pass (<cols> precedes the cells): kept only when there are some
    const marks = found && rowMarks && rowMarks.hiddenColumns.length > 0 ? { ...found, hiddenColumns: rowMarks.hiddenColumns } : found;
    grids.push({ name: ref.name, rows, merges, hidden: ref.hidden, generated: generated.has(ref.name), ...(marks ? { marks } : {}) });
  }
  return grids;
}

/** Facts about a package the writer must honour: the date system and whether the workbook is macro-enabled (.xlsm). */
export interface PackageFacts {
  readonly date1904: boolean;
  readonly macroEnabled: boolean;
}

const MACRO_MAIN = 'application/vnd.ms-excel.sheet.macroEnabled.main+xml';

/** The date system (workbookPr/@date1904) and the workbook part's content type, parsed with saxes. */
export async function readPackageFacts(bytes: Uint8Array): Promise<PackageFacts> {
  try {
    const zip = readZipDirectory(bytes);
    const options: StreamReadOptions = { budget: new InflateBudget() };
    const root = await readRels(bytes, zip, '', options);
    const workbookPart = [...root.values()].find((r) => r.type.endsWith('/officeDocument'))?.target ?? 'xl/workbook.xml';
    let date1904 = false;
    let macroEnabled = false;
    const workbookEntry = zip.get(workbookPart);
    if (workbookEntry) {
      await scanPart(bytes, workbookEntry, {
        open(name, raw) {
          if (name === 'workbookPr') date1904 = raw.get('date1904') === '1' || raw.get('date1904') === 'true';
        },
        close() {},
        text() {},
      }, options);
    }
    const types = zip.get('[content_types].xml');
    if (types) {
      await scanPart(bytes, types, {
        open(name, raw) {
          if (name === 'Override' && (raw.get('PartName') ?? '').replace(/^\//, '').toLowerCase() === workbookPart) macroEnabled = raw.get('ContentType') === MACRO_MAIN;
        },
        close() {},
        text() {},
      }, options);
    }
    return { date1904, macroEnabled };
  } catch (e) {
    throw asReadError(e);
  }
}
