// Which entries of a returns folder are read, and why every other one is not: kind, name, size and content checked before any reader sees the bytes; the clerk's 收件日期 list.
import { CivilDate } from '../dates/civil-date';
import { readDateValue } from '../dates/date-values';
import { normalizeReturnedText } from './returned-text';

/** What the folder listing saw, without following links or opening anything. */
export type EntryKind = 'file' | 'directory' | 'link' | 'other' | 'missing';

/** The largest returned file read: a unit's form is a few hundred KB, a Word submission with photos a few MB. */
export const MAX_RETURN_BYTES = 64 * 1024 * 1024;

export type ReturnFormat = 'xlsx' | 'docx';

export type Intake = { readonly read: ReturnFormat } | { readonly skip: string };

const OLD_FORMAT: readonly [RegExp, string][] = [
  [/\.(doc|wps)$/i, '是旧版 Word/WPS 文字文件（.doc/.wps），无法读取：请在 Word/WPS 中另存为 .docx 后再收集'],
  [/\.(xls|et)$/i, '是旧版 Excel/WPS 表格文件（.xls/.et），无法读取：请在 Excel/WPS 中另存为 .xlsx 后再收集'],
];

/** How a file's name says to read it, or null. */
export function formatOfName(name: string): ReturnFormat | null {
  if (/\.(xlsx|xlsm)$/i.test(name)) return 'xlsx';
  if (/\.docx$/i.test(name)) return 'docx';
  return null;
}

/** Whether an entry of the folder is read, by what the listing saw (kind, name, size); the reason when not. */
export function intakeOf(name: string, kind: EntryKind, size: number): Intake {
  if (kind === 'missing') return { skip: '读取时已不存在（被移走或删除）' };
  if (kind === 'link') return { skip: '是符号链接（快捷方式），为安全起见不跟随读取：请把原文件本身复制到收件文件夹中' };
  if (kind === 'directory') return { skip: '是文件夹，未读取（只读取收件文件夹中的文件，不进入其中的文件夹）' };
  if (kind === 'other') return { skip: '不是普通文件（设备、管道或套接字），未打开' };
  if (/^~\$/.test(name)) return { skip: '是 Office 打开文件时留下的临时锁定文件，不是报送的文件，已忽略' };
  const format = formatOfName(name);
  if (!format) {
    for (const [pattern, reason] of OLD_FORMAT) if (pattern.test(name)) return { skip: reason };
    return { skip: '不是 .xlsx 或 .docx 文件，未读取' };
  }
  if (size > MAX_RETURN_BYTES) return { skip: `文件过大（${(size / 1048576).toFixed(1)} MB，上限 ${MAX_RETURN_BYTES / 1048576} MB），未读取` };
  if (size === 0) return { skip: '是空文件（0 字节），未读取' };
  return { read: format };
}

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Why a file's content does not match its name's format, or null when it does (the readers then check the rest). */
export function contentMismatch(bytes: Uint8Array, format: ReturnFormat): string | null {
  const label = format === 'xlsx' ? '.xlsx' : '.docx';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return null;
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    return `扩展名是 ${label}，内容却是旧版 Office 格式（.xls/.doc）或加密文件，未读取：请在 Excel/Word/WPS 中另存为 ${label} 后再收集`;
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return `扩展名是 ${label}，内容却是 PDF，未读取`;
  if (startsWith(bytes, [0x7b, 0x5c, 0x72, 0x74, 0x66])) return `扩展名是 ${label}，内容却是 RTF 文档，未读取：请另存为 ${label}`;
  return `扩展名是 ${label}，内容却不是 ${label} 文件（${label} 应是 zip 压缩包），未读取`;
}

/** Names of a 收件日期 list a clerk keeps in the returns folder (read for dates, never as a return). */
export const RECEIPT_LIST_NAMES: readonly string[] = ['收件日期.txt', '收件日期.csv'];

/** What collect says of a 收件日期 list it read. */
export const RECEIPT_LIST_NOTE = '是收件日期清单：其中登记的日期作为各文件的收到日期（判断按时/逾期），本身不是报送的文件';

/**
 * A 收件日期 list: one file a line, its name then the date it was received ("金寨县-填报表.xlsx,2023-07-05",
 * tab or spaces also separate; "#" starts a comment). Dates as 2023-07-05, 2023/7/5, 2023.7.5 or 2023年7月5日.
 */
export function parseReceiptList(text: string): { dates: Map<string, CivilDate>; problems: string[] } {
  const dates = new Map<string, CivilDate>();
  const problems: string[] = [];
  text.replace(/^\ufeff/, '').split(/\r?\n/).forEach((raw, i) => {
    const line = normalizeReturnedText(raw);
    if (line === '' || line.startsWith('#')) return;
    const m = /^(.+?)\s*[,，\t ]\s*((?:19|20)\d{2}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?)$/u.exec(line);
    const date = m ? readDateValue(m[2].replace(/\s+/g, '')) : null;
    if (!m || !date?.ok) problems.push(`收件日期清单第 ${i + 1} 行“${line.slice(0, 60)}”读不出文件名和日期（应如“金寨县-填报表.xlsx,2023-07-05”）`);
    else dates.set(m[1].trim(), date.date);
  });
  return { dates, problems };
}
