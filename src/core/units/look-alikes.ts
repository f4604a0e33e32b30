// Characters that show as others (巿 for 市, ⾦ for 金): one table, used where a written name is checked against the registry.

/**
 * Characters a reader takes for others and that NFKC leaves as they are: 巿 (U+5DFF, "fú") shows as 市 in most fonts
 * and comes into tables typed from images, scans and some input methods ("巿财政局").
 */
const LOOK_ALIKE: Readonly<Record<string, string>> = { '巿': '市' };
/** Kangxi radicals, CJK radicals and compatibility ideographs: each displays as a common character (⾦ as 金) that NFKC names. */
const RADICAL_OR_COMPAT = /[\u2e80-\u2fdf\uf900-\ufaff\u{2f800}-\u{2fa1f}]/u;
const ANY_LOOK_ALIKE = new RegExp(`[${Object.keys(LOOK_ALIKE).join('')}]|${RADICAL_OR_COMPAT.source}`, 'u');

/** The common character a look-alike shows as, or the character itself. */
function plainOf(ch: string): string {
  return LOOK_ALIKE[ch] ?? (RADICAL_OR_COMPAT.test(ch) ? ch.normalize('NFKC') : ch);
}

/** Whether a text holds a look-alike character (most names hold none: one test, no split). */
export function hasLookAlike(text: string): boolean {
  return ANY_LOOK_ALIKE.test(text);
}

/** The text with each look-alike written as the character it shows as (巿财政局 → 市财政局). */
export function withoutLookAlikes(text: string): string {
  if (!hasLookAlike(text)) return text;
  return Array.from(text, plainOf).join('');
}

/** The look-alikes a name holds, each as "“巿”（应为“市”）", in order of first appearance. */
export function lookAlikes(name: string): string[] {
  if (!hasLookAlike(name)) return [];
  const out: string[] = [];
  for (const ch of new Set(Array.from(name))) {
    const plain = plainOf(ch);
    if (plain !== ch) out.push(`“${ch}”（应为“${plain}”）`);
  }
  return out;
}
