// Tells from a file's first bytes whether it can be an .xlsx workbook, or what it is instead (CLI and browser page).

/**
 * - `xlsx`: a ZIP package (still to be read: it may be corrupt);
 * - `empty`: no bytes at all;
 * - `encrypted`: an OLE compound file holding a password-protected workbook (EncryptionInfo + EncryptedPackage);
 * - `xls`: an OLE compound file holding a legacy Excel 97–2003 workbook;
 * - `ole`: another OLE compound file (old .doc, .xls we cannot tell …);
 * - `other`: neither a ZIP nor an OLE file (CSV, text, HTML, PDF renamed to .xlsx …).
 */
export type WorkbookBytesKind = 'xlsx' | 'empty' | 'encrypted' | 'xls' | 'ole' | 'other';

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** Whether the bytes contain the text encoded as UTF-16LE (how OLE directories name their streams). */
function containsUtf16le(bytes: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    needle[2 * i] = code & 0xff;
    needle[2 * i + 1] = code >> 8;
  }
  const first = needle[0];
  const last = bytes.length - needle.length;
  outer: for (let i = 0; i <= last; i++) {
    if (bytes[i] !== first) continue;
    for (let j = 1; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** What the bytes of a file said to be an .xlsx workbook are. */
export function sniffWorkbookBytes(bytes: Uint8Array): WorkbookBytesKind {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, OLE_MAGIC)) {
    if (containsUtf16le(bytes, 'EncryptedPackage') || containsUtf16le(bytes, 'EncryptionInfo')) return 'encrypted';
    if (containsUtf16le(bytes, 'Workbook') || containsUtf16le(bytes, 'Book\u0000')) return 'xls';
    return 'ole';
  }
  return startsWith(bytes, ZIP_MAGIC) ? 'xlsx' : 'other';
}

/**
 * What the clerk is told about a file that is not a readable .xlsx, by what it is: what it is, then what to do
 * (the command line and the browser page say the same).
 */
export function notWorkbookMessage(kind: Exclude<WorkbookBytesKind, 'xlsx'>, name: string): string {
  const file = `文件“${name}”`;
  switch (kind) {
    case 'empty':
      return `${file}是空的（0 字节），不是 .xlsx 工作簿：请确认选对了文件`;
    case 'encrypted':
      return `${file}是设置了打开密码的加密工作簿，督办无法读取：请在 Excel/WPS 中取消密码后另存为 .xlsx 再试`;
    case 'xls':
      // WPS 表格 keeps its own .et/.ett in the same old binary form: the clerk knows the file by that name
      if (/\.ett?$/i.test(name)) return `${file}是 WPS 表格（.et）文件，督办只能读取 .xlsx：请在 WPS 中“文件 → 另存为”，文件类型选“Excel 工作簿（*.xlsx）”后再试`;
      return `${file}是旧版 Excel 97-2003（.xls）工作簿，督办只能读取 .xlsx：请在 Excel/WPS 中另存为“Excel 工作簿（*.xlsx）”后再试`;
    case 'ole':
      return `${file}是旧版 .xls 或加密的工作簿，督办只能读取未加密的 .xlsx：请在 Excel/WPS 中另存为 .xlsx（并取消密码）后再试`;
    case 'other':
      return `${file}不是 .xlsx 工作簿（可能是 CSV、文本或其他格式改了扩展名）：请在 Excel/WPS 中打开，另存为“Excel 工作簿（*.xlsx）”后再试`;
  }
}
