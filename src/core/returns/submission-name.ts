// Reads unit and date from a Word submission's file name: "市民政局-2023年5月8日工作信息.docx", "金寨县_2023.5.9_工作信息.docx", "区财政局 20230508 信息.docx".
import { CivilDate, isValidCivil } from '../dates/civil-date';

export interface SubmissionName {
  readonly unitText: string;
  readonly date: CivilDate;
}

const DATE_PATTERNS: readonly RegExp[] = [
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/,
  /((?:19|20)\d{2})[.\-/_](\d{1,2})[.\-/_](\d{1,2})(?!\d)/,
  /(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/,
];

/** What a submission's name says after the unit: 工作信息, 信息, 简报… (not part of the unit's name). */
const SUBMISSION_WORDS = /(?:工作)?(?:信息|简报|动态|稿件?)$/u;

/** Unit text and date of a submission file name; null when either cannot be read. */
export function parseSubmissionName(fileName: string): SubmissionName | null {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').normalize('NFKC');
  for (const pattern of DATE_PATTERNS) {
    const m = pattern.exec(base);
    if (!m) continue;
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    if (!isValidCivil(year, month, day)) return null;
    const before = base.slice(0, m.index).replace(/[\s\-_—–、，,（(【\[]+$/u, '').replace(/^[\s\-_]+/, '').trim();
    // "20230510 市城市管理局 工作信息": the date first, the unit the next word after it
    const after = () => (base.slice(m.index + m[0].length).replace(/^[\s\-_—–、，,）)】\]]+/u, '').split(/[\s\-_—–、，,（(【\[]+/u)[0] ?? '').replace(SUBMISSION_WORDS, '');
    const unitText = before !== '' ? before : after();
    if (unitText === '') return null;
    return { unitText, date: { year, month, day } };
  }
  return null;
}
