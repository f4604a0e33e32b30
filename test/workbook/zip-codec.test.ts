// The zip codecs (Web Streams, and Node's zlib as the CLI installs it) read and write the same bytes and refuse the same damage; the reader's verified parts spare the writer a second pass, and only for the same bytes.
import { readFileSync } from 'fs';
import * as path from 'path';
import { NODE_ZIP_CODEC } from '../../src/workbook/zip/node-codec';
import { InflateBudget, VerifiedParts, WEB_ZIP_CODEC, ZipCodec, ZipEntry, crc32, inflate, readZipDirectory, setZipCodec } from '../../src/workbook/zip';
import { readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { patchGeneratedSheets } from '../../src/workbook/sheet-edit/xlsx-patch';
import { XlsxReadError } from '../../src/workbook/package/read-error';
import { SheetSpec } from '../../src/core/sheets/sheet-spec';

const SAMPLE = new Uint8Array(readFileSync(path.resolve(__dirname, '..', 'fixtures', 'sample.xlsx')));
const SPEC: SheetSpec = { name: '校验结果', generated: true, rows: [[{ value: '序号' }, { value: '说明' }], [{ value: 1 }, { value: '“裕安区马铺委”不在单位名录中' }]] };

/** A copy of the package whose directory records a different CRC-32 for the part (its data unchanged). */
function withWrongCrc(bytes: Uint8Array, part: string): Uint8Array {
  const copy = new Uint8Array(bytes);
  const entry = readZipDirectory(copy).get(part)!;
  const at = entry.central.byteOffset - copy.byteOffset + 16;
  copy[at] ^= 0x01;
  return copy;
}

/** A copy with one byte of the part's compressed data changed. */
function withDamagedData(bytes: Uint8Array, part: string): Uint8Array {
  const copy = new Uint8Array(bytes);
  const entry = readZipDirectory(copy).get(part)!;
  for (let i = 0; i < 8; i++) copy[entry.dataStart + Math.floor(entry.compressedSize / 2) + i] ^= 0x5a;
  return copy;
}

const codecs: [string, ZipCodec][] = [['Web Streams', WEB_ZIP_CODEC], ['Node zlib', NODE_ZIP_CODEC]];
let previous: ZipCodec;
afterEach(() => setZipCodec(previous));

describe.each(codecs)('%s codec', (_name, codec) => {
  beforeEach(() => {
    previous = setZipCodec(codec);
  });

  test('every part of the sample inflates to its recorded size and CRC-32, and the grids equal the other codec\'s', async () => {
    for (const entry of readZipDirectory(SAMPLE).values()) {
      const chunks: Uint8Array[] = [];
      for await (const chunk of inflate(SAMPLE, entry)) chunks.push(chunk);
      expect(chunks.reduce((n, c) => n + c.length, 0)).toBe(entry.uncompressedSize);
      expect(chunks.reduce((crc, c) => crc32(c, crc), 0)).toBe(entry.crc32);
    }
    const mine = await readXlsxGrids(SAMPLE);
    setZipCodec(codec === WEB_ZIP_CODEC ? NODE_ZIP_CODEC : WEB_ZIP_CODEC);
    expect(mine).toEqual(await readXlsxGrids(SAMPLE));
  });

  test('what it deflates, the other codec inflates back (Chinese across pieces), with the CRC-32 of the UTF-8 bytes', async () => {
    const pieces = ['<t>西阳', '县人社局', '</t>'.repeat(5000), '暖民心行动'];
    const packed = await codec.deflate(pieces);
    const other = codec === WEB_ZIP_CODEC ? NODE_ZIP_CODEC : WEB_ZIP_CODEC;
    const data = new Uint8Array(packed.compressedSize);
    let at = 0;
    for (const c of packed.chunks) {
      data.set(c, at);
      at += c.length;
    }
    const out: Uint8Array[] = [];
    for await (const c of other.inflateRaw(data)) out.push(c);
    const text = new TextDecoder().decode(Buffer.concat(out));
    expect(text).toBe(pieces.join(''));
    const utf8 = new TextEncoder().encode(text);
    expect(packed.size).toBe(utf8.length);
    expect(packed.crc).toBe(crc32(utf8));
  });

  test('several MB of text and bytes (pieces compressed apart and joined, on Node) inflate back whole, with one CRC-32', async () => {
    const row = (r: number) => `<row r="${r}"><c r="A${r}" t="s"><v>${r % 977}</v></c><c r="B${r}"><v>${r * 0.5}</v></c></row>`;
    const pieces: (string | Uint8Array)[] = [];
    for (let r = 1; r <= 120_000; r += 1000) {
      let text = '';
      for (let k = r; k < r + 1000; k++) text += row(k);
      pieces.push(r % 2000 === 1 ? text : new TextEncoder().encode(`${text}西阳县`).subarray(0, -9));
    }
    // a piece longer than a compressed piece (a shared string table's entries, kept as one text) and Chinese across pieces
    pieces.push('', new Uint8Array(0), '<si><t>西阳县人社局</t></si>'.repeat(100_000), '暖民心'.repeat(50_000), '</sheetData>');
    const expected = Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : Buffer.from(p))));
    expect(expected.length).toBeGreaterThan(5 * 1024 * 1024);
    const packed = await codec.deflate((function* () {
      yield* pieces;
    })());
    const other = codec === WEB_ZIP_CODEC ? NODE_ZIP_CODEC : WEB_ZIP_CODEC;
    const out: Uint8Array[] = [];
    for await (const c of other.inflateRaw(Buffer.concat(packed.chunks))) out.push(c);
    expect(Buffer.concat(out).equals(expected)).toBe(true);
    expect(packed.size).toBe(expected.length);
    expect(packed.crc).toBe(crc32(expected));
    expect(packed.compressedSize).toBe(packed.chunks.reduce((n, c) => n + c.length, 0));
  });

  test('a part whose CRC-32 does not match, or whose data is damaged, is refused in Chinese', async () => {
    await expect(readXlsxGrids(withWrongCrc(SAMPLE, 'xl/worksheets/sheet1.xml'))).rejects.toThrow(/校验和（CRC-32）不符/);
    const damaged = readXlsxGrids(withDamagedData(SAMPLE, 'xl/sharedstrings.xml'));
    await expect(damaged).rejects.toBeInstanceOf(XlsxReadError);
    await expect(damaged).rejects.toThrow(/无法解压|校验和|大小与记录不符|无效的字符编码|XML 格式错误/);
  });

  test('bytes after the end of the deflate data, a wrong CRC-32 and a wrong size: each judged as the bytes say', async () => {
    const text = Buffer.from('<t>西阳县人社局</t>'.repeat(3000));
    const raw = Buffer.concat((await WEB_ZIP_CODEC.deflate([text])).chunks);
    const entry = (compressedSize: number, crc: number, size: number) => ({ name: 'xl/x.xml', dataStart: 0, compressedSize, uncompressedSize: size, crc32: crc, method: 8 }) as unknown as ZipEntry;
    const read = async (bytes: Uint8Array, e: ZipEntry) => {
      const out: Uint8Array[] = [];
      for await (const c of inflate(bytes, e)) out.push(c);
      return Buffer.concat(out);
    };
    // a zip whose recorded compressed size covers two more bytes than the deflate stream: read whole
    const padded = Buffer.concat([raw, Buffer.from([0x55, 0xaa])]);
    expect((await read(padded, entry(padded.length, crc32(text), text.length))).equals(text)).toBe(true);
    await expect(read(raw, entry(raw.length, crc32(text) ^ 1, text.length))).rejects.toThrow(/校验和（CRC-32）不符/);
    await expect(read(raw, entry(raw.length, crc32(text), text.length + 1))).rejects.toThrow(/大小与记录不符/);
    await expect(read(raw, entry(raw.length, crc32(text), text.length - 1))).rejects.toThrow(/大小与记录不符/);
  });

  test('the caps hold: a part past the per-part cap is refused before it is all inflated', async () => {
    const entry = [...readZipDirectory(SAMPLE).values()].find((e) => e.uncompressedSize > 2000)!;
    const drain = async () => {
      for await (const chunk of inflate(SAMPLE, entry, new InflateBudget(10 ** 9, 1000))) void chunk;
    };
    await expect(drain()).rejects.toThrow(/压缩炸弹/);
  });
});

describe('the reader\'s verified parts, handed to the writer', () => {
  test('parts the reader checked are marked for those bytes only; the writer\'s output is the same with or without them', async () => {
    const verified = new VerifiedParts(SAMPLE);
    await readXlsxGrids(SAMPLE, { verified });
    const sheet = readZipDirectory(SAMPLE).get('xl/worksheets/sheet1.xml')!;
    expect(verified.has(SAMPLE, sheet)).toBe(true);
    expect(verified.has(new Uint8Array(SAMPLE), sheet)).toBe(false); // equal bytes, another array: not trusted
    const plain = await patchGeneratedSheets(SAMPLE, [SPEC]);
    const handed = await patchGeneratedSheets(SAMPLE, [SPEC], { verified });
    const parts = (bytes: Uint8Array) => [...readZipDirectory(bytes).values()].map((e) => [e.name, e.crc32, e.uncompressedSize]);
    expect(parts(handed.bytes)).toEqual(parts(plain.bytes));
  });

  test('a part the reader did not read is still verified by the writer, and a damaged copy is refused whatever record is handed over', async () => {
    const damaged = withWrongCrc(SAMPLE, 'docprops/core.xml');
    const verified = new VerifiedParts(damaged);
    await readXlsxGrids(damaged, { verified }); // the reader does not read docProps
    await expect(patchGeneratedSheets(damaged, [SPEC], { verified })).rejects.toThrow(/校验和（CRC-32）不符/);
    const sampleVerified = new VerifiedParts(SAMPLE);
    await readXlsxGrids(SAMPLE, { verified: sampleVerified });
    const badSheet = withWrongCrc(SAMPLE, 'xl/worksheets/sheet1.xml');
    await expect(patchGeneratedSheets(badSheet, [SPEC], { verified: sampleVerified })).rejects.toThrow(/校验和（CRC-32）不符/);
  });
});
