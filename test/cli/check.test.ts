// The `duban check` and `duban init` commands end to end: output, JSON shape, exit codes.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { duban } from '../helpers/cli';

let dir: string;
let sample: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-check-'));
  sample = path.join(dir, 's.xlsx');
  expect((await duban('init', sample, '--sample')).code).toBe(0);
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

describe('duban check on the sample', () => {
  test('the readable report shows 市教育局 with 市教体局 suggested, and exits 1', async () => {
    const r = await duban('check', sample);
    expect(r.code).toBe(1);
    expect(r.out).toContain('【错误】');
    expect(r.out).toMatch(/任务分工表!C11 +“市教育局”不在单位名录中，是否应为“市教体局”？/);
    expect(r.err).toBe('');
  });

  test('--json puts only the JSON object on stdout', async () => {
    const r = await duban('check', sample, '--json');
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(['file', 'planYear', 'asOf', 'header', 'tasks', 'skipped', 'issues', 'counts']);
    expect(json.planYear).toBe(2023);
    expect(json.asOf).toBe('2023-06-30');
    const task = (seq: string) => json.tasks.find((t: { seq: string }) => t.seq === seq);
    expect(task('1').lead).toEqual(['市委宣传部', '市发改委']);
    expect(task('5').coop).toEqual(['金安区人民政府', '裕安区人民政府', '叶集区人民政府', '霍邱县人民政府', '舒城县人民政府', '金寨县人民政府', '霍山县人民政府', '市开发区管委']);
    expect(task('9')).toMatchObject({ sheet: '任务分工表', row: 11, lead: ['市教育局'], deadline: { kind: 'date', date: '2023-09-30', text: '9月30日' }, status: 'pending' });
    expect(task('2').quota).toEqual({ min: 2, unit: '次', per: 'month' });
    expect(json.issues).toContainEqual({
      severity: 'error', code: 'UNKNOWN_UNIT', sheet: '任务分工表', cell: 'C11', message: '“市教育局”不在单位名录中，是否应为“市教体局”？', suggestion: '市教体局',
    });
    // the sample's ledger has 2023-04-31 (April has 30 days), 市教育局 and an outlet 某某自媒体 in no directory:
    // check reads the ledger as report and the pane do, so it counts those three too (issue 21: 1/5 against 2/7)
    expect(json.issues).toContainEqual(expect.objectContaining({ severity: 'error', code: 'LEDGER_BAD_DATE', sheet: '报送台账' }));
    expect(json.issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'LEDGER_UNKNOWN_UNIT', sheet: '报送台账', suggestion: '市教体局' }));
    expect(json.issues).toContainEqual(expect.objectContaining({ severity: 'warning', code: 'LEDGER_UNKNOWN_MEDIA', sheet: '报送台账' }));
    expect(json.counts).toEqual({ error: 2, warning: 7, info: 2 }); // 各县区人民政府 on 9 cells is one hint (round 10)
  });

  test('check counts what report counts on the same file, and says it read the ledger', async () => {
    const report = await duban('report', sample, '-o', path.join(dir, 'r.xlsx'), '--json');
    const check = await duban('check', sample, '--json');
    const bySeverity = (issues: { severity: string }[]) => issues.reduce((n, i) => ({ ...n, [i.severity]: (n[i.severity] ?? 0) + 1 }), {} as Record<string, number>);
    expect(bySeverity(JSON.parse(check.out).issues)).toEqual(bySeverity(JSON.parse(report.out).issues));
    expect(JSON.parse(check.out).issues).toEqual(JSON.parse(report.out).issues);
    expect((await duban('check', sample)).out).toContain('报送台账：报送台账');
  });

  test('--as-of and --year override the settings', async () => {
    const json = JSON.parse((await duban('check', sample, '--json', '--as-of', '2023-05-01', '--year', '2023')).out);
    expect(json.asOf).toBe('2023-05-01');
    expect(json.issues.filter((i: { code: string }) => i.code === 'TASK_OVERDUE')).toEqual([]);
  });

  test('--sheet naming a sheet that is not a task sheet', async () => {
    const r = await duban('check', sample, '--sheet', '单位名录', '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out).issues[0].code).toBe('HEADER_NOT_FOUND');
  });
});

describe('exit code 2 with one clear line', () => {
  test.each([
    [['check', '/nonexistent/x.xlsx'], '找不到文件'],
    [['check'], '请给出要校验的'],
    [['check', 'a.xlsx', '--as-of', '2023-02-30'], '--as-of'],
    [['check', 'a.xlsx', '--year', '23'], '--year'],
    [['frobnicate'], '未知命令'],
  ])('%j', async (argv, words) => {
    const r = await duban(...argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(words);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err).not.toMatch(/\bat .*\(.*:\d+:\d+\)/);
  });

  test('a file that is not an .xlsx', async () => {
    const file = path.join(dir, 'not.xlsx');
    await fs.writeFile(file, '序号,主要任务\n1,任务\n');
    const r = await duban('check', file);
    expect(r.code).toBe(2);
    expect(r.err).toContain('不是 .xlsx 工作簿');
  });
});

test('demo -o refuses to overwrite another existing file without --force', async () => {
  const mine = path.join(dir, 'mine.xlsx');
  await fs.writeFile(mine, 'x');
  const r = await duban('demo', '-o', mine);
  expect(r.code).toBe(2);
  expect(await fs.readFile(mine, 'utf8')).toBe('x');
  const forced = await duban('demo', '-o', mine, '--force');
  expect(forced.code).toBe(0);
  // the sample checked, scored (the table's sum explained) and written
  expect(forced.out).toContain('总分 = 报送得分');
  expect(forced.out).toContain(`已生成 ${mine}`);
});

describe('duban init', () => {
  test('header rows are styled and frozen, with dropdowns for units and 完成情况', async () => {
    const { FileWorkbook } = await import('../../src/workbook/file/file');
    const wb = (await FileWorkbook.load(await fs.readFile(sample))).workbook;
    const tasks = wb.getWorksheet('任务分工表')!;
    expect(tasks.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(tasks.getCell('B2').value).toBe('主要任务');
    expect(tasks.getCell('B2').font).toMatchObject({ bold: true });
    expect(tasks.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['单位名录!$A$2:$A$2000'] });
    expect(tasks.getCell('G40').dataValidation).toMatchObject({ type: 'list', formulae: ['"已完成,进行中,未开始"'] });
    expect(tasks.getColumn(2).width).toBeGreaterThan(30);
    const ledger = wb.getWorksheet('报送台账')!;
    expect(ledger.getCell('A2').value).toEqual(new Date(Date.UTC(2023, 0, 1)));
    expect(ledger.getCell('A2').numFmt).toBe('yyyy-mm-dd');
    expect(wb.getWorksheet('评分规则')!.getCell('A2').value).toBe('中央级媒体采用(每篇)');
  });


  test('refuses to overwrite without --force', async () => {
    const before = await fs.readFile(sample);
    const r = await duban('init', sample);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--force');
    expect(await fs.readFile(sample)).toEqual(before);
  });

  test('the blank template has every sheet and checks clean but for the missing tasks', async () => {
    const blank = path.join(dir, 'blank.xlsx');
    expect((await duban('init', blank)).code).toBe(0);
    const r = await duban('check', blank, '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).tasks).toEqual([]);
    const again = await duban('init', blank, '--force');
    expect(again.code).toBe(0);
    expect(again.out).toContain('任务分工表、单位名录、媒体名录、报送台账、抽查结果、评分规则、设置、节假日');
  });
});
