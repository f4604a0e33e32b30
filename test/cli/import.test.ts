// `duban import`: a plan (.txt, .docx) into a task-division workbook, then checked; what it refuses.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { zipSync } from 'fflate';
import { duban } from '../helpers/cli';
import { planDocx } from '../helpers/plan-docx';
import { readWorkbookGrids } from '../../src/cli/io';
import { cellText } from '../../src/core/sheets/grid';

/** The shared seeds beside the repository (as CI lays them), else the copies under test/fixtures/plans. */
const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const seedFile = async (prefix: string) => {
  const dirs = [SEEDS, path.resolve(__dirname, '../fixtures/plans')];
  for (const dir of dirs) {
    try {
      const name = (await fs.readdir(dir)).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
      if (name) return path.join(dir, name);
    } catch {
      // try the next place
    }
  }
  throw new Error(`seed ${prefix} not found`);
};

let dir: string;
let seed000: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-import-'));
  seed000 = await seedFile('000_').catch(() => seedFile('seed-000'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

async function sheet(file: string, name: string): Promise<string[][]> {
  const grid = (await readWorkbookGrids(file)).find((g) => g.name === name)!;
  return grid.rows.map((r) => r.map((c) => cellText(c)));
}

async function checkJsonOf(file: string) {
  const r = await duban('check', file, '--json', '--as-of', '2022-05-01');
  return { code: r.code, json: JSON.parse(r.out) };
}

describe.each(['txt', 'docx'])('seeds/000 as .%s', (kind) => {
  let out: string;
  let check: { code: number; json: any };
  beforeAll(async () => {
    let input = seed000;
    if (kind === 'docx') {
      input = path.join(dir, 'plan000.docx');
      await fs.writeFile(input, await planDocx(await fs.readFile(seed000, 'utf8')));
    }
    out = path.join(dir, `t000-${kind}.xlsx`);
    const r = await duban('import', input, '-o', out);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    check = await checkJsonOf(out);
  });
  test('17 task rows, each with its units; duban check raises no error', () => {
    expect(check.json.tasks).toHaveLength(17);
    expect(check.json.tasks.every((t: { lead: string[] }) => t.lead.length > 0)).toBe(true);
    expect(check.json.counts.error).toBe(0);
    expect(check.code).toBe(0);
  });
  test('measure 13: 5月底前 is a dated deadline; measure 10: a quota per category', () => {
    const task = (seq: string) => check.json.tasks.find((t: { seq: string }) => t.seq === seq);
    expect(task('13').deadline).toMatchObject({ kind: 'date', date: '2022-05-31' });
    expect(task('10').quota.byCategory.map((c: { category: string }) => c.category)).toEqual(['区直各责任单位', '各镇、街道']);
  });
  test('registry holds every unit, groups as groups; 设置 the year and 5月、10月', async () => {
    const registry = await sheet(out, '单位名录');
    const type = (name: string) => registry.find((r) => r[0] === name)?.[2] ?? '';
    expect(type('各镇')).toBe('分组');
    expect(type('各街道')).toBe('分组');
    expect(type('区直各责任单位')).toBe('分组');
    expect(type('区民生办')).toBe('');
    const settings = await sheet(out, '设置');
    expect(settings.find((r) => r[0] === '计划年度')?.[1]).toBe('2022');
    expect(settings.find((r) => r[0] === '集中宣传月')?.[1]).toBe('5月、10月');
  });
  test('the 来源 column quotes each measure with its paragraph', async () => {
    const tasks = await sheet(out, '任务分工表');
    const header = tasks.findIndex((r) => r.includes('来源'));
    const col = tasks[header].indexOf('来源');
    const sources = tasks.slice(header + 1).map((r) => r[col]).filter(Boolean);
    expect(sources).toHaveLength(17);
    expect(sources[12]).toMatch(/^第\d+段：13\.拓展基层宣传深度/);
  });
});

describe('seeds/001 (traditional characters)', () => {
  test('牵头 and 责任 units kept apart, simplified to match a registry (the 来源 column keeps the original)', async () => {
    const out = path.join(dir, 't001.xlsx');
    expect((await duban('import', await seedFile('001_').catch(() => seedFile('seed-001')), '-o', out, '--year', '2022')).code).toBe(0);
    const rows = await sheet(out, '任务分工表');
    const row = rows.find((r) => r[1]?.startsWith('基本醫療專場'))!;
    expect(row[2]).toBe('县委宣传部');
    expect(row[3]).toBe('县卫生健康局、县医疗保障局、县市场监管局');
  });
});

// Round 8 left these: a measure's time written as a span from now ("完成时限：即日起至年底") was imported as text the check read as relative
test('a time from now to a day: the import writes it and the check reads its end, in the plan year unless it names one', async () => {
  const plan = path.join(dir, 'jiri.txt');
  await fs.writeFile(plan, [
    '2025年防范电信网络诈骗宣传工作方案', '一、工作措施',
    '（一）开展集中宣传。在全县开展集中宣传活动。（责任单位：县公安局；完成时限：即日起至年底）',
    '（二）开展进校园活动。组织开展宣传。（责任单位：县教育局；完成时限：即日起至2026年12月31日）',
    '（三）开展进社区活动。组织开展宣传。（责任单位：各乡镇；完成时限：即日起—6月）',
  ].join('\n'));
  const out = path.join(dir, 'jiri.xlsx');
  expect((await duban('import', plan, '-o', out)).code).toBe(0);
  const r = await duban('check', out, '--json', '--as-of', '2025-05-01');
  const tasks = JSON.parse(r.out).tasks as { deadline: { kind: string; date?: string; text: string } }[];
  expect(tasks.map((t) => [t.deadline.text, t.deadline.kind, t.deadline.date])).toEqual([
    ['即日起至年底', 'date', '2025-12-31'], ['即日起至2026年12月31日', 'date', '2026-12-31'], ['即日起—6月', 'date', '2025-06-30'],
  ]);
});

describe('what import refuses', () => {
  test('an existing output without --force', async () => {
    const out = path.join(dir, 'exists.xlsx');
    await fs.writeFile(out, 'x');
    const r = await duban('import', seed000, '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--force');
    expect(await fs.readFile(out, 'utf8')).toBe('x');
  });
  test('a plan with no measure: no file, but the paragraphs that may be tasks are named (江苏 2023 民法典宣传月 notice)', async () => {
    const out = path.join(dir, 'notice.xlsx');
    const r = await duban('import', path.resolve(__dirname, '../fixtures/plans/jiangsu-2023-minfadian-notice-duty.txt'), '-o', out);
    expect(r.code).toBe(2);
    expect(r.err).toContain('未生成分工表');
    expect(r.err).toContain('第9段：写有完成时限（6月2日前），但不在编号措施下');
    await expect(fs.access(out)).rejects.toThrow();
  });
  test.each([
    ['old.doc', Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), '另存为 .docx'],
    ['scan.pdf', new TextEncoder().encode('%PDF-1.4\n%binary'), 'PDF'],
    ['broken.docx', Uint8Array.from([0x50, 0x4b, 3, 4, 1, 2, 3]), '损坏'],
  ])('%s: one Chinese line, exit 2', async (name, bytes, words) => {
    const file = path.join(dir, name);
    await fs.writeFile(file, bytes);
    const r = await duban('import', file, '-o', path.join(dir, `${name}.xlsx`));
    expect(r.code).toBe(2);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).toContain(words);
  });
  test('a zip bomb is stopped while inflating, whatever its headers say', async () => {
    const file = path.join(dir, 'bomb.docx');
    const huge = new Uint8Array(70 * 1024 * 1024); // zeros past the 64 MB an entry may hold; compresses to ~70 KB
    await fs.writeFile(file, zipSync({ 'word/document.xml': huge }, { level: 1 }));
    const r = await duban('import', file, '-o', path.join(dir, 'bomb.xlsx'));
    expect(r.code).toBe(2);
    expect(r.err).toContain('过大');
  });
});

test('a plan naming no unit at all (市委宣传部2025年工作计划): the summary says the lead column is left for the office to fill', async () => {
  const { importSummary } = await import('../../src/cli/import');
  const { readPlan } = await import('../../src/core/plans');
  const text = await fs.readFile(path.resolve(__dirname, '../fixtures/plans/guanshan-2025-shiwei-xuanchuanbu-jihua.txt'), 'utf8');
  const summary = importSummary(readPlan(text), '工作计划.txt', '分工表.xlsx');
  expect(summary.filter((l) => /没有为任何一项写明责任单位/.test(l))).toEqual([
    '方案没有为任何一项写明责任单位（工作要点、本单位工作计划常见）：“牵头责任部门”列已留空，请按本单位分工逐项填写后再下发。',
  ]);
  // a plan naming units for some measures gets no such line
  const seed = importSummary(readPlan(await fs.readFile(seed000, 'utf8')), 'seed.txt', 'x.xlsx');
  expect(seed.some((l) => /没有为任何一项/.test(l))).toBe(false);
});

test('measures with no time of their own, the timetable written apart by stages (镇年度实施民生宣传工作方案): the summary points to the stages', async () => {
  const { importSummary } = await import('../../src/cli/import');
  const { readPlan } = await import('../../src/core/plans');
  const text = await fs.readFile(path.resolve(__dirname, '../fixtures/plans/town-minsheng-lead.txt'), 'utf8');
  const line = importSummary(readPlan(text), '方案.txt', '分工表.xlsx').find((l) => /按阶段安排时间/.test(l));
  expect(line).toMatch(/^\d+ 项措施没有写完成时限；方案按阶段安排时间（第6段：一、宣传时间:宣传分两个阶段进行了,第一个阶段1月—6月份/);
  // no such line for a plan whose only 阶段 is a word in a requirement (屯溪 2022: 阶段性安排)
  const seed = importSummary(readPlan(await fs.readFile(seed000, 'utf8')), 'seed.txt', 'x.xlsx');
  expect(seed.some((l) => /按阶段安排时间/.test(l))).toBe(false);
});
