// GB/T 9704-2012 measures of a 公文 page: A4, margins, fonts by role, sizes, the 22-line × 28-character grid.
import { convertMillimetersToTwip } from 'docx';

/** Official font names, written into the document so that the office's Word uses them. */
export const FONTS = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  heading1: '黑体',
  heading2: '楷体_GB2312',
  pageNumber: '宋体',
} as const;

/** Where an office lacks an official font, Word substitutes these (written as w:altName in the font table). */
export const FONT_FALLBACKS: Readonly<Record<string, string>> = {
  [FONTS.title]: '宋体',
  [FONTS.body]: '仿宋',
  [FONTS.heading2]: '楷体',
};

/** Sizes in half-points: 小初 36pt (发文机关标志 at most), 2号 22pt, 3号 16pt, 4号 14pt, 小四 12pt. */
export const SIZES = { issuerMark: 72, title: 44, body: 32, pageNumber: 28, tableTitle: 32, table: 24 } as const;

/** The 156 mm line in half-points (156 mm = 442 pt): a 发文机关标志 of n characters fits at this ÷ n. */
export const LINE_WIDTH_HALF_POINTS = 884;

/** The 版头's red: 发文机关标志 and the separator rule (GB/T 9704 7.2: 红色). */
export const RED = 'E60000';

export const PAGE = {
  width: convertMillimetersToTwip(210),
  height: convertMillimetersToTwip(297),
  margin: { top: convertMillimetersToTwip(37), bottom: convertMillimetersToTwip(35), left: convertMillimetersToTwip(28), right: convertMillimetersToTwip(26) },
} as const;

/** Exact line pitch for 22 lines in the 225 mm type area: 225 / 22 mm in twips (≈ 28.9 pt). */
export const LINE_TWIPS = Math.round(convertMillimetersToTwip(225) / 22);
/** One character of 3号 (16 pt) in twips: 28 of them fill the 156 mm line. */
export const CHAR_TWIPS = 320;

/** Characters of 2号 that fit the title line. */
export const TITLE_LINE_CHARS = 20;

/**
 * The title in as few lines as fit (2号, TITLE_LINE_CHARS a line), broken only between its words and as evenly as can be
 * (GB/T 9704: 梯形或菱形, never inside a word such as 暖民心). A word longer than a line is the one place a line fills up.
 */
export function titleLines(parts: readonly string[]): string[] {
  const words = parts.flatMap((p) => (p.length <= TITLE_LINE_CHARS ? [p] : p.match(new RegExp(`.{1,${TITLE_LINE_CHARS}}`, 'gu')) ?? []));
  // best[i]: the best split of words[i..]: fewest lines, then the smallest difference between longest and shortest line
  const best: { lines: string[]; spread: number }[] = [];
  best[words.length] = { lines: [], spread: 0 };
  for (let i = words.length - 1; i >= 0; i--) {
    let line = '';
    let chosen: { lines: string[]; spread: number } | undefined;
    for (let j = i; j < words.length; j++) {
      line += words[j];
      if (line.length > TITLE_LINE_CHARS && j > i) break;
      const rest = best[j + 1];
      const lines = [line, ...rest.lines];
      const lengths = lines.map((l) => l.length);
      const spread = Math.max(...lengths) - Math.min(...lengths);
      if (!chosen || lines.length < chosen.lines.length || (lines.length === chosen.lines.length && spread < chosen.spread)) chosen = { lines, spread };
    }
    best[i] = chosen!;
  }
  return best[0].lines;
}
