// Chinese numerals (一 二 两 十 百 千, 〇/零, full-width digits) read as integers, and integers written as they are counted (一、十一、二十).

const DIGITS: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 壹: 1, 二: 2, 贰: 2, 两: 2, 俩: 2, 三: 3, 叁: 3, 四: 4, 肆: 4,
  五: 5, 伍: 5, 六: 6, 陆: 6, 七: 7, 柒: 7, 八: 8, 捌: 8, 九: 9, 玖: 9,
};
const UNITS: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000 };

/** Characters that may form a number: ASCII and full-width digits and Chinese numerals. */
export const NUMBER_CHARS = '0-9０-９零〇一壹二贰两俩三叁四肆五伍六陆七柒八捌九玖十拾百佰千仟万';

/** Full-width digits to ASCII. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xff10 + 48));
}

/**
 * Reads an integer written in digits or Chinese numerals: "12", "十二", "两", "二十一",
 * "一〇" (digit by digit), "一百零五". Returns null for anything else.
 */
export function parseChineseInteger(text: string): number | null {
  const t = asciiDigits(text.trim());
  if (t === '') return null;
  if (/^\d+$/.test(t)) return Number(t);
  if (![...t].every((ch) => ch in DIGITS || ch in UNITS)) return null;
  if (![...t].some((ch) => ch in UNITS)) {
    // digit by digit: 二〇二三
    return Number([...t].map((ch) => DIGITS[ch]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of t) {
    if (ch in DIGITS) {
      if (digit !== null && digit !== 0 && DIGITS[ch] !== 0) return null; // 二三十
      digit = DIGITS[ch];
    } else {
      const unit = UNITS[ch];
      if (unit === 10000) {
        total += (section + (digit ?? 0)) * unit;
        section = 0;
      } else {
        section += (digit === null || digit === 0 ? 1 : digit) * unit;
      }
      digit = null;
    }
  }
  return total + section + (digit ?? 0);
}

const COUNTING = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/**
 * A positive integer as Chinese counts it (Word's chineseCounting numbering): 一 … 十, 十一, 二十, 一百零五, 一千二百.
 * Zero and anything not a positive integer below 10,000 are given in digits.
 */
export function chineseCounting(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10000) return String(n);
  if (n < 10) return COUNTING[n];
  if (n < 20) return `十${n % 10 ? COUNTING[n % 10] : ''}`;
  const places: [number, string][] = [[1000, '千'], [100, '百'], [10, '十'], [1, '']];
  let out = '';
  let zero = false;
  for (const [value, unit] of places) {
    const digit = Math.floor(n / value) % 10;
    if (digit === 0) {
      zero = out !== '';
      continue;
    }
    if (zero) out += '零';
    zero = false;
    out += COUNTING[digit] + unit;
  }
  return out;
}
