// The zip's central directory, checked before any byte is inflated: no overlaps, duplicates, odd names, encryption or ZIP64 lies.
import { XlsxReadError } from '../package/read-error';
import { LIMITS } from './limits';

export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly dataStart: number;
  readonly uncompressedSize: number;
  readonly crc32: number;
  readonly flags: number;
  /** Offset of the entry's local header. */
  readonly localStart: number;
  /** The entry's central directory record (header, name, extra field and comment), as stored. */
  readonly central: Uint8Array;
}

const fail = (message: string): never => {
  throw new XlsxReadError(message);
};

/** Refuses names a package never holds: NUL, backslashes, absolute paths, "." or ".." segments. */
function checkName(name: string): void {
  // eslint-disable-next-line no-control-regex
  if (name === '' || /[\u0000-\u001f\\]/.test(name)) fail(`zip 中有非法的文件名“${JSON.stringify(name).slice(1, -1)}”`);
  const parts = name.replace(/^\//, '').split('/');
  if (/^[a-zA-Z]:/.test(name) || parts.some((p, i) => p === '..' || p === '.' || (p === '' && i < parts.length - 1))) fail(`zip 中有非法的路径“${name}”`);
}

/** The zip's central directory, in its order: part name (lower case, no leading slash) → entry. */
export function readZipDirectory(bytes: Uint8Array): Map<string, ZipEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => (at >= 0 && at + 4 <= bytes.length ? view.getUint32(at, true) : fail('zip 目录已损坏'));
  const u16 = (at: number) => (at >= 0 && at + 2 <= bytes.length ? view.getUint16(at, true) : fail('zip 目录已损坏'));
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('找不到 zip 目录，文件不完整或不是 Office 文件（.xlsx/.docx）');
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === 0x07064b50) fail('不支持 ZIP64 格式的 zip');
  const disk = u16(eocd + 4);
  const dirDisk = u16(eocd + 6);
  const countHere = u16(eocd + 8);
  const count = u16(eocd + 10);
  const dirSize = u32(eocd + 12);
  const offset = u32(eocd + 16);
  if (count === 0xffff || offset === 0xffffffff || dirSize === 0xffffffff) fail('不支持 ZIP64 格式的 zip');
  if (disk !== 0 || dirDisk !== 0 || countHere !== count) fail('不支持分卷 zip');
  if (count > LIMITS.maxEntries) fail(`zip 中的文件过多（${count} 个，上限 ${LIMITS.maxEntries}）`);
  if (offset + dirSize > eocd) fail('zip 目录已损坏');
  const names = new TextDecoder('utf-8', { fatal: true });
  const entries = new Map<string, ZipEntry>();
  const spans: [number, number, string][] = [];
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || u32(p) !== 0x02014b50) fail('zip 目录已损坏');
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const crc32 = u32(p + 16);
    const compressedSize = u32(p + 20);
    const uncompressedSize = u32(p + 24);
    const nameLength = u16(p + 28);
    const extraLength = u16(p + 30);
    const commentLength = u16(p + 32);
    const local = u32(p + 42);
    const end = p + 46 + nameLength + extraLength + commentLength;
    if (end > offset + dirSize) fail('zip 目录已损坏');
    let name = '';
    try {
      name = names.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    } catch {
      fail('zip 中有文件名不是有效的 UTF-8');
    }
    checkName(name);
    if (flags & 0x41) fail('zip 内容已加密');
    if (compressedSize === 0xffffffff || uncompressedSize === 0xffffffff || local === 0xffffffff) fail('不支持 ZIP64 格式的 zip');
    if (method !== 0 && method !== 8) fail(`zip 中“${name}”使用了不支持的压缩方式 ${method}`);
    if (method === 0 && compressedSize !== uncompressedSize) fail(`zip 中“${name}”的大小记录不一致`);
    if (uncompressedSize > LIMITS.maxPartBytes) fail(`zip 中“${name}”解压后过大（${uncompressedSize} 字节）`);
    if (local + 30 > offset || u32(local) !== 0x04034b50) fail(`zip 中“${name}”的数据已损坏`);
    const localNameLength = u16(local + 26);
    const localName = bytes.subarray(local + 30, local + 30 + localNameLength);
    const centralName = bytes.subarray(p + 46, p + 46 + nameLength);
    if (localNameLength !== nameLength || localName.some((b, k) => b !== centralName[k])) fail(`zip 中“${name}”的本地记录与目录不一致`);
    const dataStart = local + 30 + localNameLength + u16(local + 28);
    if (dataStart + compressedSize > offset) fail(`zip 中“${name}”的数据不完整`);
    const key = name.replace(/^\//, '').toLowerCase();
    if (entries.has(key)) fail(`zip 中有重复的文件“${name}”`);
    entries.set(key, { name, method, compressedSize, dataStart, uncompressedSize, crc32, flags, localStart: local, central: bytes.subarray(p, end) });
    spans.push([local, dataStart + compressedSize, name]);
    p = end;
  }
  spans.sort((a, b) => a[0] - b[0]);
  for (let i = 1; i < spans.length; i++) if (spans[i][0] < spans[i - 1][1]) fail(`zip 中“${spans[i][2]}”与“${spans[i - 1][2]}”的数据重叠`);
  return entries;
}
