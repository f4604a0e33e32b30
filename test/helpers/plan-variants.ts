// A plan's text as clerks get the same plan otherwise: Windows line ends, blank lines between paragraphs, indents typed
// as full-width spaces, and as a Word file numbered by Word read back by Duban's plan reader (the form most plans arrive in;
// Word files with typed numbers are test/plans-word.test.ts's real ones).
import { readPlanDocument } from '../../src/documents/plan-reader';

export type PlanVariant = readonly [name: string, apply: (text: string) => Promise<string>];

const lines = (text: string) => text.split(/\r\n|\r|\n/);

/** A heading's number as typed ("一、", "（二）", "3.", "（4）"), its level in a Word list, and the text after it. */
const NUMBERED: readonly [RegExp, number][] = [
  [/^[\s\u3000]*[一二三四五六七八九十]+、\s*/, 0],
  [/^[\s\u3000]*[（(][一二三四五六七八九十]+[)）]\s*/, 1],
  [/^[\s\u3000]*\d{1,2}[.．、]\s*(?!\d)/, 2],
  [/^[\s\u3000]*[（(]\d{1,2}[)）]\s*/, 3],
];

/**
 * As a Word file whose headings are Word's own numbered list (一、 / （一） / 1. / （1） drawn by Word, not typed), as
 * plans written in Word or WPS with automatic numbering are: the numbers are not in the paragraphs' text.
 */
export async function numberedWordFile(text: string): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, LevelFormat } = await import('docx');
  const children = lines(text).filter((l) => l.trim() !== '').map((l) => {
    const hit = NUMBERED.find(([re]) => re.test(l));
    return hit ? new Paragraph({ text: l.replace(hit[0], ''), numbering: { reference: 'plan', level: hit[1] } }) : new Paragraph(l);
  });
  const levels = [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
    { level: 3, format: LevelFormat.DECIMAL, text: '（%4）' },
  ];
  const doc = new Document({ numbering: { config: [{ reference: 'plan', levels }] }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

async function asNumberedWordFile(text: string): Promise<string> {
  return (await readPlanDocument(await numberedWordFile(text), '方案.docx')).text;
}

export const PLAN_VARIANTS: readonly PlanVariant[] = [
  ['as published', async (t) => t],
  ['with Windows line ends', async (t) => lines(t).join('\r\n')],
  ['with a blank line between paragraphs', async (t) => lines(t).join('\n\n')],
  ['indented with two full-width spaces', async (t) => lines(t).map((l) => (l.trim() === '' ? l : `\u3000\u3000${l.trim()}`)).join('\n')],
  ['with a space after each item number (一、 总体要求, 1. 开展…)', async (t) => lines(t).map((l) => l.replace(/^([\s\u3000]*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[.．、](?!\d)|[（(]\d{1,2}[)）]))(?=\S)/, '$1 ')).join('\n')],
  ['as a Word file numbered by Word', asNumberedWordFile],
  ['typed with full-width punctuation, as a Word 公文 prints it (（责任单位：…；…），)', async (t) => fullWidthPunctuation(t)],
];

/**
 * Half-width brackets, colons, commas and semicolons as a 公文 typed in Word has them: （责任单位：…；…）, and commas between words
 * full-width (most stored web copies turned them half-width). Digits keep theirs: 9:00, 1,000, 3.15; so does an entity (&bsp;).
 */
export function fullWidthPunctuation(text: string): string {
  return text
    .replace(/\(/g, '（').replace(/\)/g, '）')
    .replace(/([^0-9]|^):|:(?![0-9])/gm, (m) => m.replace(':', '：'))
    .replace(/([^0-9]|^),|,(?![0-9])/gm, (m) => m.replace(',', '，'))
    .replace(/(&[a-z]{2,6})?;/g, (m, entity?: string) => (entity ? m : '；')); // a page's "&bsp;" is no punctuation
}
