// Nothing lost: input files never change, output is written atomically, user sheets survive regeneration, cell text never becomes a formula.
import { createHash } from 'crypto';
import * as fsSync from 'fs';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type ExcelJS from 'exceljs';
import { ValueType, Workbook } from '../src/workbook/file/exceljs-core';
import { GENERATED_MARKER } from '../src/workbook/port';
import { Captured, duban } from './helpers/cli';


let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-nothing-lost-'));
  sample = path.join(dir, 'sample.xlsx');
  expect((await duban('init', sample, '--sample')).code).toBe(0);
});
afterAll(async () => {
  await fs.chmod(dir, 0o755).catch(() => undefined);
  await fs.rm(dir, { recursive: true, force: true });
});
afterEach(() => jest.restoreAllMocks());

const sha256 = async (file: string) => createHash('sha256').update(await fs.readFile(file)).digest('hex');

/** Every file under a directory with its hash: a snapshot to compare before and after. */
async function snapshot(folder: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of await fs.readdir(folder)) {
    const full = path.join(folder, name);
    const stat = await fs.stat(full);
    out[name] = stat.isDirectory() ? 'dir' : await sha256(full);
  }
  return out;
}

async function readWorkbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** Names of the sheets Duban marked as generated. */
function generatedSheets(wb: ExcelJS.Workbook): string[] {
  const model = wb.definedNames.model as { name: string; ranges: string[] }[];
  return model
    .filter((d) => d.name.startsWith(GENERATED_MARKER))
    .flatMap((d) => d.ranges.map((r) => /^'?(.*?)'?!/.exec(r)![1].replace(/''/g, "'")));
}

function expectOneLineError(r: Captured): void {
  expect(r.code).toBe(2);
  expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  expect(r.err).toMatch(/^duban：/);
  expect(r.err).not.toMatch(/\n\s+at /);
}

describe('the input file is never modified', () => {
  test('check, check --json, report and report --month leave it byte for byte', async () => {
    const before = await sha256(sample);
    expect((await duban('check', sample)).code).toBe(1);
    expect((await duban('check', sample, '--json')).code).toBe(1);
    expect((await duban('report', sample, '-o', path.join(dir, 'r1.xlsx'))).code).toBe(1);
    expect((await duban('report', sample, '-o', path.join(dir, 'r2.xlsx'), '--month', '2023-05', '--json')).code).toBe(1);
    expect(await sha256(sample)).toBe(before);
  });

  test('report refuses to write over its input, also through a link', async () => {
    const before = await sha256(sample);
    const link = path.join(dir, 'link.xlsx');
    await fs.symlink(sample, link);
    const hard = path.join(dir, 'hard.xlsx');
    await fs.link(sample, hard);
    for (const out of [sample, link, hard, path.join(dir, '.', 'sample.xlsx')]) {
      const r = await duban('report', sample, '-o', out);
      expectOneLineError(r);
      expect(r.err).toContain('输出文件不能与输入文件相同');
    }
    expect(await sha256(sample)).toBe(before);
  });

  test('demo writes only its own output: a copy of the sample beside it is untouched', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'demo-'));
    const copy = path.join(folder, 'copy.xlsx');
    await fs.copyFile(sample, copy);
    const before = await snapshot(folder);
    const r = await duban('demo', '-o', path.join(folder, 'demo.xlsx'));
    expect(r.code).toBe(0);
    const after = await snapshot(folder);
    expect(after['copy.xlsx']).toBe(before['copy.xlsx']);
    expect(Object.keys(after).sort()).toEqual(['copy.xlsx', 'demo.xlsx']);
  });
});

describe('output is written atomically', () => {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

  test('into a read-only folder: exit 2, no file, no temporary file', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'readonly-'));
    await fs.chmod(folder, 0o555);
    if (isRoot) {
      // root writes anywhere: refuse as the file system would for anyone else
      jest.spyOn(fsSync.promises, 'writeFile').mockRejectedValue(Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' }));
    }
    try {
      const r = await duban('report', sample, '-o', path.join(folder, 'out.xlsx'));
      expectOneLineError(r);
      expect(r.err).toContain('无法写入');
      expect(await fs.readdir(folder)).toEqual([]);
    } finally {
      await fs.chmod(folder, 0o755);
    }
  });

  test('onto a folder of that name (the final rename fails): exit 2, the folder intact, no temporary file', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'rename-'));
    const target = path.join(folder, 'out.xlsx');
    await fs.mkdir(target);
    await fs.writeFile(path.join(target, 'keep.txt'), '用户的文件');
    const r = await duban('report', sample, '-o', target);
    expectOneLineError(r);
    expect(r.err).toContain('无法写入');
    expect(await fs.readdir(folder)).toEqual(['out.xlsx']);
    expect(await fs.readFile(path.join(target, 'keep.txt'), 'utf8')).toBe('用户的文件');
  });

  test('the disk fills up halfway through: no partial file and no temporary file', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'full-'));
    const realWrite = fsSync.promises.writeFile.bind(fsSync.promises);
    jest.spyOn(fsSync.promises, 'writeFile').mockImplementation(async (file, data) => {
      // the package comes as one array or as its pieces in order
      const bytes = Array.isArray(data) ? Buffer.concat(data as Uint8Array[]) : (data as Uint8Array);
      await realWrite(file, bytes.subarray(0, bytes.length >> 1));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    const r = await duban('report', sample, '-o', path.join(folder, 'out.xlsx'));
    expectOneLineError(r);
    expect(r.err).toContain('no space left on device');
    expect(await fs.readdir(folder)).toEqual([]);
  });

  test('a failed write keeps the previous output whole', async () => {
    const folder = await fs.mkdtemp(path.join(dir, 'keep-'));
    const out = path.join(folder, 'out.xlsx');
    expect((await duban('report', sample, '-o', out)).code).toBe(1);
    const before = await sha256(out);
    jest.spyOn(fsSync.promises, 'rename').mockRejectedValue(Object.assign(new Error('EXDEV: cross-device link not permitted'), { code: 'EXDEV' }));
    const r = await duban('report', sample, '-o', out, '--month', '2023-05');
    expectOneLineError(r);
    expect(await sha256(out)).toBe(before);
    expect(await fs.readdir(folder)).toEqual(['out.xlsx']);
  });
});

describe('regenerating never duplicates or deletes a user sheet', () => {
  test('a user sheet named 校验结果 survives; the generated one is 校验结果 (2); reports of reports keep one copy each', async () => {
    const wb = await readWorkbook(sample);
    const mine = wb.addWorksheet('校验结果');
    mine.addRow(['我的记录', '请勿删除']);
    mine.addRow([1, '=1+1']);
    const input = path.join(dir, 'user-sheet.xlsx');
    await wb.xlsx.writeFile(input);

    const outputs = [1, 2, 3].map((n) => path.join(dir, `gen-${n}.xlsx`));
    expect((await duban('report', input, '-o', outputs[0], '--month', '2023-06')).code).toBe(1);
    expect((await duban('report', outputs[0], '-o', outputs[1], '--month', '2023-06')).code).toBe(1);
    expect((await duban('report', outputs[1], '-o', outputs[2], '--month', '2023-06')).code).toBe(1);

    const first = await readWorkbook(outputs[0]);
    const names = first.worksheets.map((w) => w.name);
    expect(names).toEqual(expect.arrayContaining(['校验结果', '校验结果 (2)', '单位任务清单', '月度通报-2023-06', '逾期预警', '年度考核-2023']));
    expect(generatedSheets(first).sort()).toEqual(['校验结果 (2)', '单位任务清单', '月度通报-2023-06', '得分明细', '逾期预警', '年度考核-2023'].sort());
    for (const file of outputs.slice(1)) {
      const again = await readWorkbook(file);
      expect(again.worksheets.map((w) => w.name)).toEqual(names);
      expect(generatedSheets(again).sort()).toEqual(generatedSheets(first).sort());
      const user = again.getWorksheet('校验结果')!;
      expect(user.getSheetValues().slice(1).map((r) => (r as unknown[]).slice(1))).toEqual([['我的记录', '请勿删除'], [1, '=1+1']]);
    }
    // the input sheets themselves are carried over unchanged
    const last = await readWorkbook(outputs[2]);
    for (const sheet of ['任务分工表', '单位名录', '报送台账']) {
      expect(last.getWorksheet(sheet)!.getSheetValues()).toEqual(first.getWorksheet(sheet)!.getSheetValues());
    }
  });

  test('a different month adds its own bulletin and keeps the other', async () => {
    const a = path.join(dir, 'month-a.xlsx');
    const b = path.join(dir, 'month-b.xlsx');
    expect((await duban('report', sample, '-o', a, '--month', '2023-05')).code).toBe(1);
    expect((await duban('report', a, '-o', b, '--month', '2023-06')).code).toBe(1);
    const names = (await readWorkbook(b)).worksheets.map((w) => w.name);
    expect(names.filter((n) => n.startsWith('月度通报-'))).toEqual(['月度通报-2023-05', '月度通报-2023-06']);
    expect(names.filter((n) => n.startsWith('校验结果'))).toEqual(['校验结果']);
  });
});

describe('text from cells is never turned into a formula', () => {
  const TASK = '=HYPERLINK("http://example.com/x","点我领奖")';
  const UNIT = '=1+1';
  // (a leading - is taken for a list dash by the splitter, so "-3+4" would come back as "3+4")
  const OTHERS = ['+1+2', '@SUM(A1:A9)'];

  test('a unit named =1+1 and a task =HYPERLINK(...) come out as text in every generated sheet', async () => {
    const wb = new Workbook();
    const tasks = wb.addWorksheet('任务分工表');
    tasks.addRow(['序号', '主要任务', '牵头责任部门', '配合责任部门', '完成时限', '量化指标']);
    tasks.addRow([1, TASK, UNIT, OTHERS.join('、'), '2023年5月31日', '每月不少于1篇']);
    tasks.addRow([2, '=cmd|\' /C calc\'!A0', '市委宣传部', UNIT, '2023年5月31日', '']);
    const registry = wb.addWorksheet('单位名录');
    registry.addRow(['单位名称', '别名', '类型', '所属分组']);
    registry.addRow([UNIT, '', '', '']);
    registry.addRow(['市委宣传部', '', '', '']);
    const ledger = wb.addWorksheet('报送台账');
    ledger.addRow(['日期', '单位', '标题', '媒体', '级别', '是否采用']);
    ledger.addRow([new Date(Date.UTC(2023, 4, 10)), UNIT, '=1+1', '=2+2', '省级', '是']);
    const input = path.join(dir, 'formula-text.xlsx');
    await wb.xlsx.writeFile(input);
    const before = await sha256(input);

    const out = path.join(dir, 'formula-text-out.xlsx');
    const r = await duban('report', input, '-o', out, '--month', '2023-05', '--as-of', '2023-06-30');
    expect([0, 1]).toContain(r.code);
    expect(await sha256(input)).toBe(before);

    const result = await readWorkbook(out);
    const generated = generatedSheets(result);
    expect(generated.length).toBe(6);
    const texts = new Map<string, Set<string>>();
    for (const name of generated) {
      const seen = new Set<string>();
      result.getWorksheet(name)!.eachRow({ includeEmpty: false }, (row) => {
        row.eachCell({ includeEmpty: false }, (c) => {
          expect(c.type).not.toBe(ValueType.Formula);
          expect(c.formula).toBeUndefined();
          const v = c.value;
          if (v !== null && typeof v === 'object' && !(v instanceof Date)) expect(v).not.toHaveProperty('formula');
          if (typeof v === 'string') seen.add(v);
        });
      });
      texts.set(name, seen);
    }
    const unitTasks = texts.get('单位任务清单')!;
    expect(unitTasks.has(UNIT)).toBe(true);
    expect(unitTasks.has(TASK)).toBe(true);
    for (const other of OTHERS) expect(unitTasks.has(other)).toBe(true);
    expect(texts.get('月度通报-2023-05')!.has(UNIT)).toBe(true);
    expect(texts.get('逾期预警')!.has(TASK)).toBe(true);
    // the cells hold exactly the text, typed as text
    const ws = result.getWorksheet('单位任务清单')!;
    let found = 0;
    ws.eachRow((row) => row.eachCell((c) => {
      if (c.value === UNIT || c.value === TASK) {
        expect(c.type).toBe(ValueType.String);
        found++;
      }
    }));
    expect(found).toBeGreaterThanOrEqual(2);
  });
});
