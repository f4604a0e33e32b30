// `duban holidays`: the State Council's notice read and written into 节假日 of a copy of the workbook; run twice, nothing is written twice.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { readHolidayOverrides } from '../../src/core/sheets/holiday-sheet';
import { formatISO } from '../../src/core/dates/civil-date';
import { duban } from '../helpers/cli';

const NOTICE_2024 = path.join(__dirname, '..', 'fixtures', 'holiday-notices', '2024.txt');
let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-holidays-'));
  sample = path.join(dir, 's.xlsx');
  await fs.copyFile(path.join(__dirname, '..', 'fixtures', 'sample.xlsx'), sample);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

const overridesOf = async (file: string) => readHolidayOverrides(await readXlsxGrids(new Uint8Array(await fs.readFile(file))));

test('the 2024 notice into the sample’s 节假日: 36 days appended, the original untouched; again on the copy: nothing added', async () => {
  const out = path.join(dir, 'with-2024.xlsx');
  const before = await fs.readFile(sample);
  const r = await duban('holidays', NOTICE_2024, sample, '-o', out);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  expect(r.out).toContain('读出 2024 年节假日安排 7 项：休息日 28 天，调休上班 8 天。');
  expect(r.out).toContain('  春节：2月10日至17日休息（8天）；2月4日、2月18日上班');
  expect(r.out).toContain('说明：春节：“鼓励各单位结合带薪年休假等制度落实，安排职工在除夕（2月9日）休息”是倡议');
  expect(r.out).toContain('已在“节假日”表末尾补入 36 天。');
  expect(await fs.readFile(sample)).toEqual(before);
  const days = await overridesOf(out);
  expect(days).toHaveLength(36);
  expect(days.filter((d) => d.work).map((d) => formatISO(d.date))).toEqual(['2024-02-04', '2024-02-18', '2024-04-07', '2024-04-28', '2024-05-11', '2024-09-14', '2024-09-29', '2024-10-12']);

  const again = await duban('holidays', NOTICE_2024, out, '-o', path.join(dir, 'again.xlsx'));
  expect(again.out).toContain('已在“节假日”表末尾补入 0 天，36 天表中已有。');
  expect(await overridesOf(path.join(dir, 'again.xlsx'))).toHaveLength(36);
});

test('without a workbook it only reads the notice; a file that is not a notice, and -o without a workbook, are told in Chinese', async () => {
  const read = await duban('holidays', NOTICE_2024);
  expect(read.code).toBe(0);
  expect(read.out).toContain('未给出工作簿，未写入');
  const other = path.join(dir, 'other.txt');
  await fs.writeFile(other, '关于报送2027年宣传信息的通知\n各单位：请于1月10日前报送。');
  const bad = await duban('holidays', other);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('other.txt：没有读出通知所安排的年份');
  const usage = await duban('holidays', NOTICE_2024, '-o', path.join(dir, 'x.xlsx'));
  expect(usage.code).toBe(2);
  expect(usage.err).toContain('-o 需要同时给出要写入的工作簿');
});
