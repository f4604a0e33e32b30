// File input and output for the CLI: reading workbooks with clear errors, atomic writes, the sample.
import { promises as fs } from 'fs';
import * as path from 'path';
import { CivilDate, civilDateAt, formatDateTimeAt } from '../core/dates/civil-date';
import { SAMPLE_FILES, SampleTexts } from '../core/sheets/sample';
import { Grid } from '../core/sheets/grid';
import { SheetSpec } from '../core/sheets/sheet-spec';
import { notWorkbookMessage, sniffWorkbookBytes } from '../workbook/package/sniff';
import { PatchResult, patchGeneratedSheets } from '../workbook/sheet-edit/xlsx-patch';
import { readPackageFacts, readXlsxGrids } from '../workbook/package/xlsx-stream';
import { VerifiedParts } from '../workbook/zip/inflate';
import { UsageError } from './args';

/** A failure reading the user's input: printed as one line, exit code 2. */
export class InputError extends Error {}

/** Today's date in China (UTC+8), the default as-of date. */
export function todayInChina(now: number = Date.now()): CivilDate {
  return civilDateAt(now);
}

/** The local time in China as text, for the "生成于" line: 2026-11-21 10:05. */
export function nowInChina(now: number = Date.now()): string {
  return formatDateTimeAt(now);
}

/** Whether two paths name the same file (also through links); false when either does not exist. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/**
 * Reads an .xlsx file's sheets as grids with the streaming reader, for commands that only read
 * (a fraction of the memory and time of the full exceljs model); or throws an InputError in Chinese.
 */
export async function readWorkbookGrids(file: string): Promise<Grid[]> {
  return gridsOfWorkbook(file, await readInputBytes(file));
}

/**
 * The sheets of an input's bytes (from readInputBytes) as grids, with the streaming reader; or an
 * InputError. `verified` (for these bytes) is filled in with the parts read and checked, for the writer.
 */
export async function gridsOfWorkbook(file: string, bytes: Uint8Array, verified?: VerifiedParts): Promise<Grid[]> {
  try {
    return await readXlsxGrids(bytes, verified ? { verified } : {});
  } catch (e) {
    throw new InputError(`文件 ${file} 已损坏或不完整，无法作为 .xlsx 打开（${(e as Error).message.split('\n')[0]}）`);
  }
}

/**
 * The input's .xlsx bytes with the generated sheets added or replaced at the zip level: every part
 * of the user's package is carried over unchanged (also what exceljs cannot read, such as charts
 * and pictures); or an InputError in Chinese. Returns the bytes to write. Parts in `verified` (the
 * reader's record for these bytes) are copied without being inflated a second time.
 */
export async function withGeneratedSheets(file: string, bytes: Uint8Array, specs: readonly SheetSpec[], verified?: VerifiedParts): Promise<Uint8Array> {
  return (await patchedPackage(file, bytes, specs, verified)).bytes;
}

/** As withGeneratedSheets, the package in pieces (for writeFileAtomic: a large output is not copied whole once more). */
export async function withGeneratedSheetsInPieces(file: string, bytes: Uint8Array, specs: readonly SheetSpec[], verified?: VerifiedParts): Promise<readonly Uint8Array[]> {
  return (await patchedPackage(file, bytes, specs, verified)).chunks;
}

async function patchedPackage(file: string, bytes: Uint8Array, specs: readonly SheetSpec[], verified?: VerifiedParts): Promise<PatchResult> {
  try {
    return await patchGeneratedSheets(bytes, specs, verified ? { verified } : {});
  } catch (e) {
    throw new InputError(`无法在文件 ${file} 的副本中写入汇总表：文件结构异常（${(e as Error).message.split('\n')[0]}）；可在 Excel/WPS 中另存为 .xlsx 后再试`);
  }
}

/** The bytes of an input file that looks like an .xlsx package, or an InputError saying what it is instead. */
export async function readInputBytes(file: string): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`找不到文件：${file}`);
    if (code === 'EISDIR') throw new InputError(`${file} 是文件夹，不是 .xlsx 文件`);
    if (code === 'EACCES') throw new InputError(`没有权限读取文件：${file}`);
    throw new InputError(`无法读取文件 ${file}：${(e as Error).message}`);
  }
  const kind = sniffWorkbookBytes(bytes);
  if (kind !== 'xlsx') throw new InputError(notWorkbookMessage(kind, file));
  return bytes;
}

/** A macro-enabled workbook is written as .xlsm and a plain one as .xlsx: Excel refuses a content type that does not match the extension. */
export async function checkOutputKind(file: string, bytes: Uint8Array, out: string): Promise<void> {
  let macroEnabled: boolean;
  try {
    macroEnabled = (await readPackageFacts(bytes)).macroEnabled;
  } catch (e) {
    throw new InputError(`文件 ${file} 已损坏或不完整，无法作为 .xlsx 打开（${(e as Error).message.split('\n')[0]}）`);
  }
  const wantsXlsm = /\.xlsm$/i.test(out);
  if (macroEnabled && !wantsXlsm) throw new UsageError(`${path.basename(file)} 是启用宏的工作簿，输出文件请以 .xlsm 结尾（收到“${out}”）`);
  if (!macroEnabled && wantsXlsm) throw new UsageError(`${path.basename(file)} 不含宏，输出文件请以 .xlsx 结尾（收到“${out}”）`);
}

/** Writes bytes (or their pieces, in order) to a temporary file beside the target, then renames it into place. */
export async function writeFileAtomic(file: string, bytes: Uint8Array | readonly Uint8Array[]): Promise<void> {
  const dir = path.dirname(path.resolve(file));
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    await fs.writeFile(temp, bytes);
    await fs.rename(temp, file);
  } catch (e) {
    await fs.rm(temp, { force: true });
    throw new InputError(`无法写入 ${file}：${(e as Error).message}`);
  }
}

export async function fileExists(file: string): Promise<boolean> {
  try {
    await fs.access(file);
    return true;
  } catch {
    return false;
  }
}

/** The built-in sample's CSV files, from the project's assets/sample. */
export async function readSampleTexts(): Promise<SampleTexts> {
  const dir = path.resolve(__dirname, '..', '..', 'assets', 'sample');
  const entries = await Promise.all(
    (Object.keys(SAMPLE_FILES) as (keyof SampleTexts)[]).map(async (k) => [k, await fs.readFile(path.join(dir, SAMPLE_FILES[k]), 'utf8')] as const),
  );
  return Object.fromEntries(entries) as unknown as SampleTexts;
}
