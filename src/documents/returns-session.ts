// The returns loop over files, shared by `duban forms/collect` and the pane: forms written, returned files read, a collect applied through a WorkbookPort.
import { CivilDate, formatISO } from '../core/dates/civil-date';
import { Grid } from '../core/sheets/grid';
import { MediaDirectory, readMediaDirectory } from '../core/sheets/media-sheet';
import { Ledger, readLedger } from '../core/sheets/ledger-sheet';
import {
  CollectResult, LedgerIndex, ReceiptSource, ReturnData, WordSubmission, campaignFromTitle, cellTextOf, collectLedger, collectReturns, collectSheet, collectWrites, contentMismatch,
  UnitQuotaContext, formFileName, formRequirementOf, formSheets, formatOfName, intakeOf, readReturn, responsibleUnits,
} from '../core/returns';
import { completionRuleOf } from '../core/deadlines/lead-progress';
import { unitCategories, unitProjects } from '../core/scoring/report';
import { savedDate } from './saved-date';
import { cellText } from '../core/sheets/grid';
import { CheckResult } from '../core/validation/validate';
import { WorkbookPort } from '../workbook/port';
import { XlsxReadError } from '../workbook/package/read-error';
import { readXlsxGrids } from '../workbook/package/xlsx-stream';

export type Period = { readonly from: CivilDate; readonly to: CivilDate };

/** Each unit's categories and projects as the report reads them, so a form and a collect ask what the 通报 judges. */
function quotaContextOf(check: CheckResult): UnitQuotaContext {
  return { categoriesOf: unitCategories(check), projectsOf: unitProjects(check) };
}

/** The campaign's name: 设置 活动名称, else the task sheet's title, else the given fallback. */
export function campaignOf(check: CheckResult, grids: readonly Grid[], fallback: string): string {
  const sheet = grids.find((g) => g.name === check.taskSheets[0]);
  const title = sheet?.rows.slice(0, 3).flatMap((r) => r.map((v) => cellText(v))).find((t) => t !== '' && /年|方案|分工/.test(t));
  return check.settings.text.campaignName || (title ? campaignFromTitle(title) : '') || fallback;
}

/** One .xlsx form per unit (all responsible registry units, or those named). */
export async function formWorkbooks(check: CheckResult, grids: readonly Grid[], period: Period, campaign: string, units?: readonly string[]): Promise<{ name: string; bytes: Uint8Array }[]> {
  const media = readMediaDirectory(grids).entries.map((e) => e.name);
  const { FileWorkbook } = await import('../workbook/file/file'); // exceljs loads only when forms are written, never for a collect
  const out: { name: string; bytes: Uint8Array }[] = [];
  const quotaContext = quotaContextOf(check);
  for (const unit of units ?? responsibleUnits(check.tasks, check.registry)) {
    const form = FileWorkbook.create();
    await form.addSheets(formSheets({ unit, campaign, period, tasks: check.tasks, mediaNames: media, quotaContext }));
    out.push({ name: formFileName(unit, period), bytes: await form.save() });
  }
  return out;
}

export interface ReturnedFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** When the office received it, for 按时/逾期; null when unknown. */
  readonly received: CivilDate | null;
  /** Where `received` came from: the clerk's record, or the file's modification time (default). */
  readonly receivedFrom?: ReceiptSource;
}

export interface ReadReturns {
  readonly returns: { data: ReturnData; received: CivilDate | null; receivedFrom?: ReceiptSource }[];
  readonly submissions: WordSubmission[];
  /** Files not read, with why; `unit` as the file names it, when it does. */
  readonly unreadable: { file: string; reason: string; unit?: string }[];
  /** Files that are no return but were used (a 收件日期 list), said so among the notes. */
  readonly accounted?: { file: string; reason: string }[];
}

/** The received date a file goes in with: the clerk's record, else the document's own saved date, else the one given (the modification time). */
async function receiptOf(f: ReturnedFile): Promise<{ received: CivilDate | null; receivedFrom?: ReceiptSource }> {
  if (f.received && f.receivedFrom === 'clerk') return { received: f.received, receivedFrom: 'clerk' };
  const saved = await savedDate(f.bytes);
  if (saved) return { received: saved, receivedFrom: 'document' };
  return f.received ? { received: f.received, receivedFrom: f.receivedFrom ?? 'mtime' } : { received: null };
}

/**
 * Reads returned workbooks and Word submissions, each on its own: a file whose name or content is
 * not a return's is listed with its reason (old formats with the fix), and nothing one file does
 * stops the others.
 */
export async function readReturnedFiles(files: readonly ReturnedFile[], onFile?: (done: number, total: number) => void | Promise<void>, period?: Period): Promise<ReadReturns> {
  const out: ReadReturns = { returns: [], submissions: [], unreadable: [] };
  let done = 0;
  for (const f of files) {
    try {
      const intake = intakeOf(f.name, 'file', f.bytes.length);
      const mismatch = 'read' in intake ? contentMismatch(f.bytes, intake.read) : null;
      if ('skip' in intake) out.unreadable.push({ file: f.name, reason: intake.skip });
      else if (mismatch) out.unreadable.push({ file: f.name, reason: mismatch });
      else if (formatOfName(f.name) === 'docx') {
        const { readWordSubmission } = await import('./submissions'); // mammoth loads only when a Word file came back
        const read = await readWordSubmission(f.name, f.bytes, period);
        if (!read.ok) out.unreadable.push({ file: f.name, reason: read.reason, ...(read.unit ? { unit: read.unit } : {}) });
        else if ('registration' in read) out.returns.push({ data: read.registration, ...(await receiptOf(f)) });
        else out.submissions.push(read.submission);
      } else {
        // a unit's file goes through the bounded streaming reader (hostile-safe, no exceljs model)
        out.returns.push({ data: readReturn(await readXlsxGrids(f.bytes, { marks: true }), f.name), ...(await receiptOf(f)) });
      }
    } catch (e) {
      out.unreadable.push({ file: f.name, reason: e instanceof XlsxReadError ? e.message : '无法打开该文件（文件损坏、加密或内容与扩展名不符）' });
    }
    await onFile?.(++done, files.length);
  }
  return out;
}

/** The master's side of a collect (its 媒体名录, ledger and ledger index): ready before the returns are read, so that a caller may build it while they are. */
export interface CollectPrep {
  readonly media: MediaDirectory;
  readonly ledger: Ledger;
  readonly index: LedgerIndex;
  readonly quotaContext: UnitQuotaContext;
}

/** Reads the master's side of a collect over `period`, each responsible unit's tasks included. */
export function prepareCollect(check: CheckResult, grids: readonly Grid[], period: Period): CollectPrep {
  const media = readMediaDirectory(grids);
  const ledger = readLedger(grids, check.registry, media);
  const quotaContext = quotaContextOf(check);
  const index = new LedgerIndex(ledger.entries, check.tasks, period, quotaContext);
  for (const unit of responsibleUnits(check.tasks, check.registry)) index.tasksOf(unit);
  return { media, ledger, index, quotaContext };
}

/** The collect of read files against the master's grids, with unreadable files listed first among the rejected. */
export function collectFromRead(check: CheckResult, grids: readonly Grid[], read: ReadReturns, period: Period, due?: CivilDate, prep: CollectPrep = prepareCollect(check, grids, period)): CollectResult {
  const { media, ledger, index, quotaContext } = prep;
  const result = collectReturns({
    period, tasks: check.tasks, registry: check.registry, media, ledger: ledger.entries, returns: read.returns, submissions: read.submissions,
    cellTextAt: cellTextOf(grids), ...(due ? { due } : {}),
    completionRule: completionRuleOf(check.settings.text.completionRule), formRequired: formRequirementOf(check.settings.text.formRequired),
    quotaContext, index,
    ledgerColumns: new Set(Object.entries(collectLedger(grids)?.header.columns ?? {}).filter(([, c]) => c !== undefined).map(([f]) => f)),
  });
  const whole = (u: { file: string; reason: string; unit?: string }) => ({ file: u.file, row: 0, unit: u.unit ?? '', reason: u.reason });
  return { ...result, rejected: [...read.unreadable.map(whole), ...result.rejected], notes: [...(read.accounted ?? []).map(whole), ...result.notes] };
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
  return `收集完成：${files} 个文件，新增 ${result.added.length} 行，重复 ${result.duplicates.length} 行，退回 ${result.rejected.length} 项，写入进展 ${result.progressApplied.length} 项（${formatISO(result.period.from)}至${formatISO(result.period.to)}）。`;
}
