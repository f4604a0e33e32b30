// Word submissions in: the unit and date from the file name, the title from the document's first line (mammoth).
import mammoth from 'mammoth';
import { WordSubmission, parseSubmissionName } from '../core/returns';

/** The largest .docx read as a submission; larger files are listed, not opened. */
export const MAX_SUBMISSION_BYTES = 20 * 1024 * 1024;

export type SubmissionRead = { ok: true; submission: WordSubmission } | { ok: false; file: string; reason: string };

/** Reads one submission; never throws for a bad file (the reason is returned in Chinese). */
export async function readWordSubmission(file: string, bytes: Uint8Array): Promise<SubmissionRead> {
  const name = parseSubmissionName(file);
  if (!name) return { ok: false, file, reason: '文件名中读不出单位和日期（应如“市民政局-2023年5月8日工作信息.docx”）' };
  if (bytes.length > MAX_SUBMISSION_BYTES) return { ok: false, file, reason: '文件超过 20 MB，未读取' };
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) return { ok: false, file, reason: '不是 .docx 文件（旧版 .doc/.wps 请在 Word/WPS 中另存为 .docx）' };
  try {
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
    const title = value.split(/\r?\n/).map((l) => l.replace(/[\u0000-\u001f\u007f]/g, '').trim()).find((l) => l !== '') ?? '';
    if (title === '') return { ok: false, file, reason: '文档中没有文字，读不出标题' };
    return { ok: true, submission: { file, unitText: name.unitText, date: name.date, title: title.slice(0, 200) } };
  } catch {
    return { ok: false, file, reason: '无法读取该 Word 文件（文件损坏或不是 .docx）' };
  }
}
