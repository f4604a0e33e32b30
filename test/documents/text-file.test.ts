// Text files as Chinese Windows saves them (Notepad's UTF-8, "ANSI" = GB18030/GBK, "Unicode" = UTF-16 with a mark): read alike.
import { promises as fs, mkdtempSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeText } from '../../src/documents/text-file';
import { readPlanDocument } from '../../src/documents/plan-reader';
import { readReturnsFolder } from '../../src/cli/returns-folder';

// seed 004, as copied under test/fixtures/plans (a clone has no ../shared)
const SEED = readFileSync(path.resolve(__dirname, '../fixtures/plans/seed-004.txt'), 'utf8');

function utf16(text: string, bigEndian: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(bigEndian ? [0xfe, 0xff] : [0xff, 0xfe]);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    out[2 + i * 2 + (bigEndian ? 1 : 0)] = unit & 0xff;
    out[2 + i * 2 + (bigEndian ? 0 : 1)] = unit >> 8;
  }
  return out;
}

// "市委宣传部：6月15日\n" as Notepad saves it on Chinese Windows ("ANSI"), bytes as iconv -t gb18030 gives them
const GBK_LINE = Uint8Array.from([0xca, 0xd0, 0xce, 0xaf, 0xd0, 0xfb, 0xb4, 0xab, 0xb2, 0xbf, 0xa3, 0xba, 0x36, 0xd4, 0xc2, 0x31, 0x35, 0xc8, 0xd5, 0x0a]);

describe('decodeText', () => {
  test.each([
    ['UTF-8', new TextEncoder().encode(SEED)],
    ['UTF-8 with its mark', Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(SEED)])],
    ['UTF-16 little endian (Notepad "Unicode")', utf16(SEED, false)],
    ['UTF-16 big endian', utf16(SEED, true)],
  ])('the seed plan saved as %s reads as the plan', (_how, bytes) => {
    expect(decodeText(bytes)).toBe(SEED);
  });

  test('GB18030 ("ANSI" on Chinese Windows) reads as Chinese', () => {
    expect(decodeText(GBK_LINE)).toBe('市委宣传部：6月15日\n');
  });
});

test('a plan pasted into Notepad and saved as "Unicode" imports as the same plan', async () => {
  const asUtf8 = await readPlanDocument(new TextEncoder().encode(SEED), '方案.txt');
  const asUtf16 = await readPlanDocument(utf16(SEED, false), '方案.txt');
  expect(asUtf16).toEqual(asUtf8);
  expect(asUtf16.text).toContain('（二）开展集中宣传月活动。');
});

test('a 收件日期 list saved as "ANSI" dates its file, as one saved as UTF-8 does', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'duban-text-file-'));
  try {
    const name = '市委宣传部-填报表.xlsx';
    await fs.writeFile(path.join(dir, name), 'not read here');
    // the list: "市委宣传部-填报表.xlsx,2023年6月15日" in GB18030 (the unit's bytes from GBK_LINE, the rest as iconv encodes them)
    const gbk = (text: string): number[] => Array.from(text, (ch) => {
      const bytes: Record<string, number[]> = { '年': [0xc4, 0xea], '月': [0xd4, 0xc2], '日': [0xc8, 0xd5], '填': [0xcc, 0xee], '报': [0xb1, 0xa8], '表': [0xb1, 0xed] };
      return bytes[ch] ?? [ch.charCodeAt(0)];
    }).flat();
    const bytes = Uint8Array.from([...GBK_LINE.subarray(0, 10), ...gbk('-填报表.xlsx,2023年6月15日\n')]);
    expect(decodeText(bytes)).toBe(`${name},2023年6月15日\n`);
    await fs.writeFile(path.join(dir, '收件日期.txt'), bytes);
    const read = await readReturnsFolder([dir]);
    expect(read.listProblems).toEqual([]);
    expect(read.files.map((f) => [f.name, f.received, f.receivedFrom])).toEqual([[name, { year: 2023, month: 6, day: 15 }, 'clerk']]);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
});
