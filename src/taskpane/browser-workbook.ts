// The browser page's workbooks: the built-in sample, a picked .xlsx (with clear reasons when it is none), the download name.
// The workbook editors (exceljs, the package reader) load when a workbook is first opened, not with the page.
import type { SampleTexts } from '../core/sheets/sample';
import type { FileWorkbook } from '../workbook/file/file';
import type { PackageWorkbook } from '../workbook/file/package-workbook';
import { asReadError } from '../workbook/package/read-error';
import { WorkbookBytesKind, sniffWorkbookBytes } from '../workbook/package/sniff';

/** Why a picked file did not open: what it is instead of an .xlsx, damaged or refused by the reader, or too slow to read. */
export type OpenFailure = Exclude<WorkbookBytesKind, 'xlsx'> | 'corrupt' | 'timeout';

/** A file that could not be opened as a workbook, and why (the pane words it). */
export class OpenWorkbookError extends Error {
  constructor(
    readonly fileName: string,
    readonly kind: OpenFailure,
    /** The reader's one Chinese line saying what is wrong, when it refused the file. */
    readonly detail?: string,
  ) {
    super(`${fileName}: ${kind}${detail ? ` (${detail})` : ''}`);
  }
}

/** The built-in 六安市2023 sample as a workbook in memory (the same sheets as `duban init --sample`). */
export async function sampleWorkbook(texts: SampleTexts): Promise<FileWorkbook> {
  const [{ FileWorkbook }, { sampleSheets }] = await Promise.all([import('../workbook/file/file'), import('../core/sheets/sample')]);
  const workbook = FileWorkbook.create();
  await workbook.addSheets(sampleSheets(texts));
  return workbook;
}

/**
 * Opens the bytes of a picked file through the bounded reader (exceljs sees them only once the
 * reader has accepted them, for an edit), or throws an OpenWorkbookError saying what the file is instead.
 */
export async function openWorkbookBytes(fileName: string, bytes: Uint8Array): Promise<PackageWorkbook> {
  const kind = sniffWorkbookBytes(bytes);
  if (kind !== 'xlsx') throw new OpenWorkbookError(fileName, kind);
  const { PackageWorkbook } = await import('../workbook/file/package-workbook');
  try {
    return await PackageWorkbook.open(bytes);
  } catch (e) {
    throw new OpenWorkbookError(fileName, 'corrupt', asReadError(e).message.split('\n')[0]);
  }
}

/** The name of the downloaded workbook: 原文件名-督办.xlsx (once, however often it is downloaded and reopened). */
export function downloadFileName(original: string): string {
  const base = original.replace(/\.(xlsx|xlsm|xls)$/i, '').replace(/-督办$/, '').trim() || '督办';
  return `${base}-督办.xlsx`;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
