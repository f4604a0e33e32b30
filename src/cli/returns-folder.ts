// The returns folder on disk, read as untrusted: entries seen with lstat (links never followed), only regular files opened (O_NOFOLLOW|O_NONBLOCK, re-checked on the open handle), size bound before reading.
import { constants, promises as fs } from 'fs';
import * as path from 'path';
import { CivilDate, civilDateAt } from '../core/dates/civil-date';
import { EntryKind, MAX_RETURN_BYTES, RECEIPT_LIST_NAMES, intakeOf, parseReceiptList } from '../core/returns';
import { ReturnedFile } from '../documents/returns-session';
import { decodeText } from '../documents/text-file';

export interface FolderRead {
  readonly files: ReturnedFile[];
  /** Every entry not read, with its reason. */
  readonly skipped: { file: string; reason: string }[];
  /** Lines of a 收件日期 list that could not be read. */
  readonly listProblems: string[];
  /** The 收件日期 lists found in the folders, read for dates. */
  readonly lists: string[];
}

async function kindOf(p: string): Promise<{ kind: EntryKind; size: number; mtimeMs: number }> {
  try {
    const s = await fs.lstat(p);
    const kind: EntryKind = s.isSymbolicLink() ? 'link' : s.isDirectory() ? 'directory' : s.isFile() ? 'file' : 'other';
    return { kind, size: s.size, mtimeMs: s.mtimeMs };
  } catch {
    return { kind: 'missing', size: 0, mtimeMs: 0 };
  }
}

/** Reads a regular file without following a link or blocking on a pipe; the reason when it is not one (or changed since it was listed). */
async function readRegular(p: string): Promise<Uint8Array | string> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(p, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0));
    const s = await handle.stat();
    if (!s.isFile()) return '不是普通文件（设备、管道或套接字），未读取';
    if (s.size > MAX_RETURN_BYTES) return `文件过大（${(s.size / 1048576).toFixed(1)} MB，上限 ${MAX_RETURN_BYTES / 1048576} MB），未读取`;
    const buffer = Buffer.alloc(s.size + 1);
    let length = 0;
    while (length < buffer.length) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
    }
    if (length > s.size) return '读取时文件还在变大（可能仍在写入），未读取：请等它保存完再收集';
    return new Uint8Array(buffer.buffer, buffer.byteOffset, length);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ELOOP' || code === 'EMLINK') return '是符号链接（快捷方式），为安全起见不跟随读取：请把原文件本身复制到收件文件夹中';
    if (code === 'ENOENT') return '读取时已不存在（被移走或删除）';
    if (code === 'EACCES' || code === 'EPERM') return '没有权限读取该文件';
    if (code === 'EISDIR') return '是文件夹，未读取';
    return `无法读取（${code ?? '未知错误'}）`;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * The returned files that paths name: a folder's entries (one level, every entry accounted for),
 * files as given. `received` (the clerk's date for this run) and 收件日期 lists (the named one, and
 * one kept in a folder) date the files; the modification time is only the last resort.
 */
export async function readReturnsFolder(paths: readonly string[], options: { received?: CivilDate; receivedList?: string } = {}): Promise<FolderRead> {
  const entries: { path: string; name: string }[] = [];
  const skipped: FolderRead['skipped'] = [];
  const listed = new Map<string, CivilDate>();
  const listProblems: string[] = [];
  const lists: string[] = [];
  const readList = async (p: string): Promise<void> => {
    const bytes = await readRegular(p);
    if (typeof bytes === 'string') {
      listProblems.push(`收件日期清单 ${path.basename(p)} ${bytes}`);
      return;
    }
    const { dates, problems } = parseReceiptList(decodeText(bytes));
    for (const [name, date] of dates) listed.set(name, date);
    listProblems.push(...problems);
  };
  if (options.receivedList) await readList(options.receivedList);
  for (const p of paths) {
    const { kind } = await kindOf(p);
    if (kind === 'directory') {
      let names: string[];
      try {
        names = (await fs.readdir(p)).sort();
      } catch (e) {
        skipped.push({ file: p, reason: `无法列出文件夹内容（${(e as NodeJS.ErrnoException).code ?? '未知错误'}）` });
        continue;
      }
      for (const name of names) {
        if (RECEIPT_LIST_NAMES.includes(name)) {
          lists.push(name);
          await readList(path.join(p, name));
        } else entries.push({ path: path.join(p, name), name });
      }
    } else entries.push({ path: p, name: path.basename(p) });
  }
  const files: ReturnedFile[] = [];
  for (const e of entries) {
    const { kind, size, mtimeMs } = await kindOf(e.path);
    const intake = intakeOf(e.name, kind, size);
    if ('skip' in intake) {
      skipped.push({ file: e.name, reason: intake.skip });
      continue;
    }
    const bytes = await readRegular(e.path);
    if (typeof bytes === 'string') {
      skipped.push({ file: e.name, reason: bytes });
      continue;
    }
    const stated = listed.get(e.name) ?? options.received;
    files.push({ name: e.name, bytes, ...(stated ? { received: stated, receivedFrom: 'clerk' as const } : { received: civilDateAt(mtimeMs), receivedFrom: 'mtime' as const }) });
  }
  // a listed name no file answers to is a typo or a file still missing: said, never silently dropped
  const names = new Set(entries.map((e) => e.name));
  for (const name of listed.keys()) if (!names.has(name)) listProblems.push(`收件日期清单中的“${name}”在所给的文件和文件夹中没有，其日期未使用`);
  return { files, skipped, listProblems, lists };
}
