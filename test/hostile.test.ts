// Hostile input files (test/fixtures/bad, from scripts/make-bad-fixtures.ts): each gives a clear outcome, never a crash or a stack trace.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Workbook } from '../src/workbook/file/exceljs-core';
import { Captured, duban } from './helpers/cli';

const BAD = path.resolve(__dirname, 'fixtures', 'bad');
const bad = (name: string) => path.join(BAD, name);
const AS_OF = ['--as-of', '2023-06-01'];


let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-hostile-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

/** Nothing a clerk should never see: stack frames, JavaScript error names, "unexpected error". */
function expectNoCrash(r: Captured): void {
  const all = r.out + r.err;
  expect(all).not.toMatch(/\n\s+at .+[(:]\d+/);
  expect(all).not.toMatch(/TypeError|RangeError|ReferenceError|SyntaxError|undefined|\[object Object\]/);
  expect(r.err).not.toContain('出现意外错误');
}

/** Exit 2 with exactly one Chinese line on stderr and nothing on stdout. */
function expectUnreadable(r: Captured, says: RegExp): void {
  expectNoCrash(r);
  expect(r.code).toBe(2);
  expect(r.out).toBe('');
  const lines = r.err.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^duban：/);
  expect(lines[0]).toMatch(/[\u4e00-\u9fff]/);
  expect(lines[0]).toMatch(says);
}

async function checkJson(file: string): Promise<{ r: Captured; json: { tasks: { row: number; lead: string[]; coop: string[] }[]; issues: { code: string; cell: string; sheet: string; message: string }[] } }> {
  const r = await duban('check', file, '--json', ...AS_OF);
  expectNoCrash(r);
  return { r, json: JSON.parse(r.out) };
}

describe('unreadable files: exit 2, one line, no stack trace', () => {
  const cases: [string, RegExp][] = [
    ['not-a-zip.xlsx', /不是 \.xlsx 工作簿/],
    ['empty-file.xlsx', /是空的（0 字节）/],
    ['truncated.xlsx', /已损坏或不完整/],
    ['encrypted.xlsx', /加密.*取消密码/],
    ['legacy.xls', /旧版 Excel 97-2003（\.xls）.*另存为/],
    ['csv-renamed.xlsx', /不是 \.xlsx 工作簿（可能是 CSV/],
  ];
  test.each(cases)('check %s', async (name, says) => {
    expectUnreadable(await duban('check', bad(name)), says);
  });
  test.each(cases)('report %s writes nothing', async (name, says) => {
    const out = path.join(dir, `out-${name}.xlsx`);
    expectUnreadable(await duban('report', bad(name), '-o', out), says);
    await expect(fs.access(out)).rejects.toThrow();
  });
  test('a folder and a missing file', async () => {
    expectUnreadable(await duban('check', BAD), /是文件夹/);
    expectUnreadable(await duban('check', bad('no-such-file.xlsx')), /找不到文件/);
  });
});

describe('readable but odd workbooks: issues or a clean pass, never a crash', () => {
  test('an empty workbook: HEADER_NOT_FOUND, exit 1', async () => {
    const { r, json } = await checkJson(bad('empty-workbook.xlsx'));
    expect(r.code).toBe(1);
    expect(json.issues.map((i) => i.code)).toEqual(['HEADER_NOT_FOUND']);
    expect(json.issues[0].message).toContain('没有找到任务分工表');
  });

  test('headers only: no tasks, no issues, exit 0', async () => {
    const { r, json } = await checkJson(bad('headers-only.xlsx'));
    expect(r.code).toBe(0);
    expect(json.tasks).toEqual([]);
    expect(json.issues).toEqual([]);
  });

  test('a cell in row 1,048,576: the task there is read and pointed at', async () => {
    const { r, json } = await checkJson(bad('last-row.xlsx'));
    expect(r.code).toBe(0);
    expect(json.tasks.map((t) => t.row)).toEqual([3, 1_048_576]);
    // its 年底前 is read from E1048576 (a year's end draws no rest-day warning: 2023-12-31, a Sunday, is no day the clerk wrote) …
    expect(json.issues).toEqual([]);
    // … and once it is past, the overdue task is pointed at there
    const late = JSON.parse((await duban('check', bad('last-row.xlsx'), '--json', '--as-of', '2024-01-02')).out) as { issues: { code: string; cell: string }[] };
    expect(late.issues.map((i) => [i.code, i.cell])).toContainEqual(['TASK_OVERDUE', 'E1048576']);
  });

  test('cells of 32,767 characters: read, checked, and quoted short', async () => {
    const { r, json } = await checkJson(bad('long-cells.xlsx'));
    expect(r.code).toBe(1);
    const unknown = json.issues.find((i) => i.code === 'UNKNOWN_UNIT' && i.cell === 'D4')!;
    expect(unknown.message).toContain('（共32767字）');
    expect(unknown.message.length).toBeLessThan(200);
    expect(json.issues.map((i) => i.code)).toContain('DUPLICATE_UNIT');
    const text = await duban('check', bad('long-cells.xlsx'), ...AS_OF);
    expect(Math.max(...text.out.split('\n').map((l) => l.length))).toBeLessThan(300);
  });

  test('error values everywhere: one FORMULA_ERROR per error cell of the task sheet, the ledger\'s #N/A date said, exit 1', async () => {
    const { r, json } = await checkJson(bad('errors-everywhere.xlsx'));
    expect(r.code).toBe(1);
    const tasks = json.issues.filter((i) => i.sheet === '任务分工表');
    expect(tasks.every((i) => i.code === 'FORMULA_ERROR')).toBe(true);
    expect(tasks).toHaveLength(4 * 6);
    // check reads 报送台账 as report does: its one row's date is #N/A
    expect(json.issues.filter((i) => i.sheet !== '任务分工表').map((i) => `${i.sheet}!${i.cell} ${i.code}`)).toEqual(['报送台账!A2 LEDGER_BAD_DATE']);
    expect(json.issues.map((i) => i.message)).toContain('单元格是错误值 #DIV/0!，请检查公式或引用。');
    expect(json.tasks).toEqual([]);
  });

  test('a two-level merged header (责任单位 over 牵头单位 | 配合单位): both unit columns are read', async () => {
    const { r, json } = await checkJson(bad('merged-headers.xlsx'));
    expect(r.code).toBe(0);
    expect(json.tasks.map((t) => [t.row, t.lead, t.coop])).toEqual([
      [4, ['市委宣传部'], ['市发改委']],
      [5, ['市发改委'], ['市委宣传部']],
    ]);
  });

  test('every sheet hidden (very hidden tasks, hidden registry): still read', async () => {
    const { r, json } = await checkJson(bad('all-hidden.xlsx'));
    expect(r.code).toBe(0);
    expect(json.tasks.map((t) => t.lead)).toEqual([['市委宣传部']]);
  });

  test.each(['empty-workbook.xlsx', 'headers-only.xlsx', 'last-row.xlsx', 'long-cells.xlsx', 'errors-everywhere.xlsx', 'merged-headers.xlsx', 'all-hidden.xlsx'])(
    'report on %s writes a workbook exceljs can open',
    async (name) => {
      const out = path.join(dir, `report-${name}`);
      const r = await duban('report', bad(name), '-o', out, ...AS_OF);
      expectNoCrash(r);
      expect([0, 1]).toContain(r.code);
      expect(r.err).toBe('');
      const wb = new Workbook();
      await wb.xlsx.readFile(out);
      expect(wb.worksheets.map((w) => w.name)).toContain('校验结果');
    },
  );
});
