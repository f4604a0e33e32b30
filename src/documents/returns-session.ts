// The returns loop over files, shared by `duban forms/collect` and the pane: forms written, returned files read, a collect applied through a WorkbookPort.
import { CivilDate, formatISO } from '../core/dates/civil-date';
import { Grid } from '../core/sheets/grid';
import { readMediaDirectory } from '../core/sheets/media-sheet';
import { readLedger } from '../core/sheets/ledger-sheet';
import {
  CollectResult, ReturnData, WordSubmission, campaignFromTitle, cellTextOf, collectReturns, collectSheet, collectWrites, formFileName, formSheets,
  readReturn, responsibleUnits,
} from '../core/returns';
import { cellText } from '../core/sheets/grid';
import { CheckResult } from '../core/validation/validate';
import { FileWorkbook } from '../workbook/file/file';
import { WorkbookPort } from '../workbook/port';
import { XlsxReadError } from '../workbook/package/read-error';
import { readXlsxGrids } from '../workbook/package/xlsx-stream';
import { readWordSubmission } from './submissions';

export type Period = { readonly from: CivilDate; readonly to: CivilDate };

/** The campaign's name: 设置 活动名称, else the task sheet's title, else the given fallback. */
export function campaignOf(check: CheckResult, grids: readonly Grid[], fallback: string): string {
  const sheet = grids.find((g) => g.name === check.taskSheets[0]);
  const title = sheet?.rows.slice(0, 3).flatMap((r) => r.map((v) => cellText(v))).find((t) => t !== '' && /年|方案|分工/.test(t));
  return check.settings.text.campaignName || (title ? campaignFromTitle(title) : '') || fallback;
}

/** One .xlsx form per unit (all responsible registry units, or those named). */
export async function formWorkbooks(check: CheckResult, grids: readonly Grid[], period: Period, campaign: string, units?: readonly string[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const media = readMediaDirectory(grids).entries.map((e) => e.name);
  const out: { name: string; bytes: Uint8Array }[] = [];
  for (const unit of units ?? responsibleUnits(check.tasks, check.registry)) {
    const form = FileWorkbook.create();
    await form.addSheets(formSheets({ unit, campaign, period, tasks: check.tasks, mediaNames: media }));
    out.push({ name: formFileName(unit, period), bytes: await form.save() });
  }
  return out;
}

export interface ReturnedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When the office received it (the file's date), for 按时/逾期; null when unknown. */
  readonly received: CivilDate | null;
}

export interface ReadReturns {
  readonly returns: { data: ReturnData; received: CivilDate | null }[];
  readonly submissions: WordSubmission[];
  readonly unreadable: { file: string; reason: string }[];
}

/** Why a returned file that is neither .xlsx nor .docx was not read, with what to do about the old formats units still send. */
function otherFileReason(name: string): string {
  if (/\.(doc|wps)$/i.test(name)) return '是旧版 Word/WPS 文字文件（.doc/.wps），无法读取：请在 Word/WPS 中另存为 .docx 后再收集';
  if (/\.(xls|et)$/i.test(name)) return '是旧版 Excel/WPS 表格文件（.xls/.et），无法读取：请在 Excel/WPS 中另存为 .xlsx 后再收集';
  return '不是 .xlsx 或 .docx 文件，未读取';
}

/** Reads returned workbooks and Word submissions; a bad file is listed with its reason, never fatal. */
export async function readReturnedFiles(files: readonly ReturnedFile[], onFile?: (done: number, total: number) => void | Promise<void>, period?: Period): Promise<ReadReturns> {
  const out: ReadReturns = { returns: [], submissions: [], unreadable: [] };
  let done = 0;
  for (const f of files) {
    if (/\.docx$/i.test(f.name)) {
      const read = await readWordSubmission(f.name, f.bytes, period);
      if (read.ok) out.submissions.push(read.submission);
      else out.unreadable.push({ file: f.name, reason: read.reason });
    } else if (/\.(xlsx|xlsm)$/i.test(f.name)) {
      // a unit's file goes through the bounded streaming reader (hostile-safe, no exceljs model)
      try {
        out.returns.push({ data: readReturn(await readXlsxGrids(f.bytes), f.name), received: f.received });
      } catch (e) {
        out.unreadable.push({ file: f.name, reason: e instanceof XlsxReadError ? e.message : '无法打开该工作簿（文件损坏、加密或不是 .xlsx）' });
      }
    } else out.unreadable.push({ file: f.name, reason: otherFileReason(f.name) });
    await onFile?.(++done, files.length);
  }
  return out;
}

/** The collect of read files against the master's grids, with unreadable files listed first among the rejected. */
export function collectFromRead(check: CheckResult, grids: readonly Grid[], read: ReadReturns, period: Period, due?: CivilDate): CollectResult {
  const media = readMediaDirectory(grids);
  const ledger = readLedger(grids, check.registry, media);
  const result = collectReturns({
    period, tasks: check.tasks, registry: check.registry, media, ledger: ledger.entries, returns: read.returns, submissions: read.submissions,
    cellTextAt: cellTextOf(grids), ...(due ? { due } : {}),
  });
  return { ...result, rejected: [...read.unreadable.map((u) => ({ file: u.file, row: 0, unit: '', reason: u.reason })), ...result.rejected] };
}

/** Writes a collect into the workbook: ledger rows, progress cells, and the 收集情况 sheet. Returns the sheet's name. */
export async function applyCollect(port: WorkbookPort, grids: readonly Grid[], result: CollectResult, generatedAt: string): Promise<string> {
  const writes = collectWrites(grids, result);
  if (writes.problem) throw new Error(writes.problem);
  for (const s of writes.sheets) await port.setCells(s.sheet, s.updates);
  return port.writeGeneratedSheet(collectSheet(result, generatedAt));
}

/** The one-line summary of a collect, for the CLI and the pane. */
export function collectSummary(files: number, result: CollectResult): string {
  return `收集完成：${files} 个文件，新增 ${result.added.length} 行，重复 ${result.duplicates.length} 行，退回 ${result.rejected.length} 行，写入进展 ${result.progressApplied.length} 项（${formatISO(result.period.from)}至${formatISO(result.period.to)}）。`;
}
