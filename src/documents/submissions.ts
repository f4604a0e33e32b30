// Word submissions in: unit and date from the file name, else from the text (a 报送单位 line, a date line); the title past a 报头 or 编者按 (read like a plan: bounded, mammoth).
import { ReturnData, WordSubmission, readRegistrationTable, readSubmissionName, readSubmissionText } from '../core/returns';
import { Period } from '../core/scoring/tally';
import { PlanReadError, readPlanDocument } from './plan-reader';

export type SubmissionRead =
  | { ok: true; submission: WordSubmission }
  /** A Word 登记表 of several articles: read as a returned form's 报送登记. */
  | { ok: true; registration: ReturnData }
  /** `unit`: whose the file seems to be, as written (the name's, a 报送单位 line's, a form's 单位名称), so that the office knows whom to ask. */
  | { ok: false; file: string; reason: string; unit?: string };

/** Reads one submission; never throws for a bad file (the reason is returned in Chinese). */
export async function readWordSubmission(file: string, bytes: Uint8Array, period?: Period): Promise<SubmissionRead> {
  const name = readSubmissionName(file, period);
  try {
    const { text, tables } = await readPlanDocument(bytes, file);
    // a 登记表 of several articles (序号 | 报送日期 | 信息标题 | 采用媒体 …): each row a row of the form, not one article
    const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
    for (const table of tables) {
      const at = table.paragraphs.find((p) => p !== null) ?? 1;
      const registration = readRegistrationTable(table, lines.slice(0, at - 1), file);
      if (registration) return { ok: true, registration };
    }
    const inText = readSubmissionText(text);
    if (text.trim() === '') return { ok: false, file, reason: '文档中没有文字，读不出标题' };
    const date = name.date ?? inText.date;
    const whose = inText.unitText ?? name.unitText ?? inText.signedBy ?? inText.issuedBy; // a labelled unit before the name's text (which may be no unit)
    const unit = whose ? { unit: whose } : {};
    if (!name.unitText && !inText.unitText && !inText.signedBy && !inText.issuedBy) return { ok: false, file, reason: '文件名和正文中都读不出报送单位（文件名应如“市民政局-2023年5月8日工作信息.docx”，或在正文写“报送单位：……”，或在文末落款写单位和日期）' };
    if (!date) return { ok: false, file, reason: '文件名和正文中都读不出日期（文件名应如“市民政局-2023年5月8日工作信息.docx”）', ...unit };
    if (inText.title === null) return { ok: false, file, reason: inText.titleProblem ?? '读不出标题', ...unit };
    return {
      ok: true,
      submission: {
        file, unitText: name.unitText ?? '', date, title: inText.title,
        ...(inText.unitText ? { unitInText: inText.unitText } : {}),
        ...(inText.signedBy ? { signedBy: inText.signedBy } : {}),
        ...(inText.issuedBy ? { issuedBy: inText.issuedBy } : {}),
        ...(inText.contents ? { contents: inText.contents } : {}),
        ...(inText.contentsMissing ? { contentsMissing: inText.contentsMissing } : {}),
        ...(name.date ? {} : { dateFromText: true as const }),
        ...(name.date && name.yearFromPeriod ? { yearFromPeriod: true as const } : {}),
      },
    };
  } catch (e) {
    return { ok: false, file, reason: e instanceof PlanReadError ? e.message : '无法读取该 Word 文件（文件损坏或不是 .docx）' };
  }
}
