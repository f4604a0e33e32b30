// Reads unit and date from a Word submission's file name: "市民政局-2023年5月8日工作信息.docx", "金寨县_2023.5.9_工作信息.docx", "区财政局 20230508 信息.docx", "【市民政局】5月8日信息.docx".
import { CivilDate, compareDates, isValidCivil } from '../dates/civil-date';

export interface SubmissionName {
  readonly unitText: string;
  readonly date: CivilDate;
  /** The name gave no year ("5月8日"): it was taken from the collect's period. */
  readonly yearFromPeriod?: true;
}

/** The year a month and day without one fall in: the period's year that puts the day inside it, else the period's last year. */
export function yearInPeriod(month: number, day: number, period: { readonly from: CivilDate; readonly to: CivilDate }): number {
  for (let year = period.from.year; year <= period.to.year; year++) {
    if (!isValidCivil(year, month, day)) continue;
    const date = { year, month, day };
    if (compareDates(date, period.from) >= 0 && compareDates(date, period.to) <= 0) return year;
  }
  return period.to.year;
}

const within = (date: CivilDate, period: { readonly from: CivilDate; readonly to: CivilDate }) => compareDates(date, period.from) >= 0 && compareDates(date, period.to) <= 0;

/** Brackets and quotes a clerk puts around a unit's name: 【市民政局】, [市民政局], 《…》. */
const AROUND_UNIT = /^[【\[（(《「“"]+|[】\]）)》」”"]+$/gu;

const DATE_PATTERNS: readonly RegExp[] = [
  /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?/,
  /((?:19|20)\d{2})[.\-/_](\d{1,2})[.\-/_](\d{1,2})(?!\d)/,
  /((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/, // not after a digit (notAfterDigit)
];

/** A month and day without a year: 5月8日 (read only against a period). */
const YEARLESS = /(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]/; // not after a digit (notAfterDigit)

/** A month and day written 6.15 (教育局 6.15 信息): not part of a longer number or a dotted date (read only against a period). */
const YEARLESS_DOTTED = /(\d{1,2})[.．\-](\d{1,2})(?!\d|[.．\-]\d)/; // not after a digit or a dot (notAfterDigit)

/** Month and day as four digits (县教育局0615信息): the weakest reading, taken only when it falls in the period. */
const YEARLESS_COMPACT = /(\d{2})(\d{2})(?!\d)/; // not after a digit (notAfterDigit)

/** Patterns whose match may not follow a digit: a lookbehind (?<!\d), which Safari before 16.4 cannot parse. */
const NOT_AFTER_DIGIT = new Set<RegExp>([DATE_PATTERNS[2], YEARLESS, YEARLESS_DOTTED, YEARLESS_COMPACT]);

/** The first match of `pattern` in `s`, as pattern.exec would give it, not starting right after a digit where NOT_AFTER_DIGIT says so. */
function firstMatch(pattern: RegExp, s: string): RegExpExecArray | null {
  if (!NOT_AFTER_DIGIT.has(pattern)) return pattern.exec(s);
  const re = new RegExp(pattern.source, 'g');
  for (let m = re.exec(s); m; m = re.exec(s)) {
    if (m.index === 0 || !/[\d.．]/.test(s[m.index - 1])) return m;
    re.lastIndex = m.index + 1;
  }
  return null;
}

/** What a submission's name says after the unit: 工作信息, 信息, 简报… (not part of the unit's name). */
const SUBMISSION_WORDS = /(?:工作)?(?:信息|简报|动态|稿件?)$/u;

/** A unit's name in brackets at the start of a file name: 【县教育局】关于…, [市民政局]… */
const LEADING_UNIT = /^\s*[【\[]([^【】\[\]]{2,30})[】\]]/u;

/** What a submission's file name says: its unit and date, each null when the name does not give it. */
export interface SubmissionNameParts {
  readonly unitText: string | null;
  readonly date: CivilDate | null;
  readonly yearFromPeriod?: true;
}

/**
 * Unit text and date of a submission file name, each as far as the name gives it. A unit in 【】 at the start is the
 * unit wherever the date stands; a date without a year ("5月8日", "6.15") is read only when the period is given, in the
 * period's year.
 */
export function readSubmissionName(fileName: string, period?: { readonly from: CivilDate; readonly to: CivilDate }): SubmissionNameParts {
  const base = fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '').normalize('NFKC');
  const bracketed = LEADING_UNIT.exec(base)?.[1].trim() ?? null;
  const patterns = period ? [...DATE_PATTERNS, YEARLESS, YEARLESS_DOTTED, YEARLESS_COMPACT] : DATE_PATTERNS;
  for (const pattern of patterns) {
    const m = firstMatch(pattern, base);
    if (!m) continue;
    const yearless = pattern === YEARLESS || pattern === YEARLESS_DOTTED || pattern === YEARLESS_COMPACT;
    const [month, day] = yearless ? [Number(m[1]), Number(m[2])] : [Number(m[2]), Number(m[3])];
    const year = yearless ? yearInPeriod(month, day, period!) : Number(m[1]);
    if (!isValidCivil(year, month, day)) continue;
    // four digits may be anything (第1215期, 一中0910班): a date only when it is one of the period's days
    if (pattern === YEARLESS_COMPACT && (/第\s*$/u.test(base.slice(0, m.index)) || !within({ year, month, day }, period!))) continue;
    const before = base.slice(0, m.index).replace(/[\s\-_—–、，,（(【\[]+$/u, '').replace(/^[\s\-_]+/, '').trim();
    // "20230510 市城市管理局 工作信息": the date first, the unit the next word after it
    const after = () => (base.slice(m.index + m[0].length).replace(/^[\s\-_—–、，,）)】\]]+/u, '').split(/[\s\-_—–、，,（(【\[]+/u)[0] ?? '').replace(SUBMISSION_WORDS, '');
    const unitText = bracketed ?? (before !== '' ? before : after()).replace(AROUND_UNIT, '').trim();
    return { unitText: unitText === '' ? null : unitText, date: { year, month, day }, ...(yearless ? { yearFromPeriod: true as const } : {}) };
  }
  // no date: the name is the unit's, with the word for what it sends ("县卫健委信息")
  // "县教育局信息（2023年第5期）": brackets and an issue number say nothing of the unit
  const plain = base.replace(/[（(【\[][^（()）【】\[\]]*[)）】\]]/gu, '').replace(/(\d{4}\s*年)?\s*(总\s*)?第\s*\d+\s*期/gu, '');
  const unitText = bracketed ?? plain.replace(/[\s\-_]+/gu, '').replace(SUBMISSION_WORDS, '').replace(AROUND_UNIT, '').trim();
  return { unitText: unitText === '' ? null : unitText, date: null };
}

/** A full date (with its year) written in a text: 2023年6月20日, 2023.6.20, 20230620; null when none. */
export function fullDateIn(text: string): CivilDate | null {
  for (const pattern of DATE_PATTERNS) {
    const m = firstMatch(pattern, text.normalize('NFKC'));
    if (m && isValidCivil(Number(m[1]), Number(m[2]), Number(m[3]))) return { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  }
  return null;
}

/**
 * Unit text and date of a submission file name; null when either cannot be read. A date without a
 * year ("5月8日") is read only when the period is given, in the period's year.
 */
export function parseSubmissionName(fileName: string, period?: { readonly from: CivilDate; readonly to: CivilDate }): SubmissionName | null {
  const parts = readSubmissionName(fileName, period);
  if (!parts.unitText || !parts.date) return null;
  return { unitText: parts.unitText, date: parts.date, ...(parts.yearFromPeriod ? { yearFromPeriod: true as const } : {}) };
}
