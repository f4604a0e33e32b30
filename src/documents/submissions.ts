// Word submissions in: the unit and date from the file name, the title from the document's first line (read like a plan: bounded, mammoth).
import { WordSubmission, normalizeReturnedText, parseSubmissionName } from '../core/returns';
import { Period } from '../core/scoring/tally';
import { PlanReadError, readPlanDocument } from './plan-reader';

export type SubmissionRead = { ok: true; submission: WordSubmission } | { ok: false; file: string; reason: string };

/** Reads one submission; never throws for a bad file (the reason is returned in Chinese). */
export async function readWordSubmission(file: string, bytes: Uint8Array, period?: Period): Promise<SubmissionRead> {
  const name = parseSubmissionName(file, period);
  if (!name) return { ok: false, file, reason: '文件名中读不出单位和日期（应如“市民政局-2023年5月8日工作信息.docx”）' };
  try {
    const { text } = await readPlanDocument(bytes, file);
    const title = text.split(/\r?\n/).map(normalizeReturnedText).find((l) => l !== '') ?? '';
    if (title === '') return { ok: false, file, reason: '文档中没有文字，读不出标题' };
    return { ok: true, submission: { file, unitText: name.unitText, date: name.date, title, ...(name.yearFromPeriod ? { yearFromPeriod: true as const } : {}) } };
  } catch (e) {
    return { ok: false, file, reason: e instanceof PlanReadError ? e.message : '无法读取该 Word 文件（文件损坏或不是 .docx）' };
  }
}
