// Limits a workbook package must stay within: Excel's grid and bounds against zip bombs (one home; README 「安全限制」).

export const LIMITS = {
  /** Excel's grid: rows and columns of a worksheet. */
  maxRows: 1_048_576,
  maxColumns: 16_384,
  /** Cells kept for one workbook, counting the empty cells between values (memory bound). */
  maxCells: 12_000_000,
  /** Entries in the zip's directory. */
  maxEntries: 10_000,
  /** Decompressed bytes of one part, and of all parts read from one package. */
  maxPartBytes: 256 * 1024 * 1024,
  maxPackageBytes: 1024 * 1024 * 1024,
  /** Decompressed : compressed ratio allowed once a part passes ratioFloorBytes (Excel's sheets stay well under 100). */
  maxRatio: 200,
  ratioFloorBytes: 4 * 1024 * 1024,
  /** Characters of XML between two '<' (no cell holds more than 32,767 characters). */
  maxTextRun: 1024 * 1024,
  /** A part the writer parses whole to rewrite (workbook.xml, relationships, content types, styles, app.xml): characters and elements. */
  maxRewrittenPartChars: 64 * 1024 * 1024,
  maxRewrittenElements: 2_000_000,
} as const;

export type Limits = { -readonly [K in keyof typeof LIMITS]: number };
