// Golden tests of `duban import` on the project's seeds (000, 001, 003, 004): every expectation below was written by reading the seed's text, before running Duban.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { duban } from '../helpers/cli';
import { planDocx } from '../helpers/plan-docx';
import { readWorkbookGrids } from '../../src/cli/io';
import { cellText } from '../../src/core/sheets/grid';
import { cell } from '../../src/core/sheets/sheet-spec';
import { FileWorkbook } from '../../src/workbook/file/file';

/** The shared seeds beside the repository, else the copies under test/fixtures/plans. */
const SEEDS = path.resolve(__dirname, '../../../shared/seeds');
const FIXTURES = path.resolve(__dirname, '../fixtures/plans');
async function seedFile(n: string): Promise<string> {
  const shared = await fs.readdir(SEEDS).catch(() => [] as string[]);
  const name = shared.find((f) => f.startsWith(`${n}_`) && f.endsWith('.txt'));
  return name ? path.join(SEEDS, name) : path.join(FIXTURES, `seed-${n}.txt`);
}

let dir: string;
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-seeds-'));
});
afterAll(() => fs.rm(dir, { recursive: true, force: true }));

interface Task { seq: string; task: string; lead: string[]; coop: string[]; deadline: { kind: string; text: string }; quota: unknown }
interface Imported { out: string; said: string; tasks: Task[]; json: { planYear: number | null; issues: { code: string; severity: string; message: string }[] } }

async function importSeed(input: string, name: string, ...flags: string[]): Promise<Imported> {
  const out = path.join(dir, `${name}.xlsx`);
  const r = await duban('import', input, '-o', out, '--force', ...flags);
  expect([r.err, r.code]).toEqual(['', 0]);
  const check = await duban('check', out, '--json', '--as-of', '2023-03-01');
  const json = JSON.parse(check.out);
  return { out, said: r.out, tasks: json.tasks, json };
}

async function sheet(file: string, name: string): Promise<string[][]> {
  const grid = (await readWorkbookGrids(file)).find((g) => g.name === name)!;
  return grid.rows.map((r) => r.map((c) => cellText(c)));
}

// ---- seed 004: the 六安市 2023 plan, its 任务分工表 pasted at the end (14 rows, the header repeated at a page break) ----
const COUNTIES = ['各县区人民政府', '市开发区管委'];
const SIX = ['市教体局', '市人社局', '市卫健委', '市民政局', '市商务局', '市城管局'];
/** Each row of the printed table: 序号, leads, cooperating units, as printed. */
const TABLE_004: [string, string[], string[]][] = [
  ['1', ['市委宣传部', '市发改委'], [...SIX, ...COUNTIES]],
  ['2', ['市委宣传部', '皖西日报社', '市广电台'], ['市发改委', ...SIX, ...COUNTIES]],
  ['3', ['市民生工作领导小组成员单位', ...COUNTIES], []],
  ['4', ['市发改委'], SIX],
  ['5', ['市卫健委'], COUNTIES],
  ['6', ['市交通运输局'], []],
  ['7', ['市商务局'], ['市文旅局']],
  ['8', ['市住建局', '市自然资源局'], []],
  ['9', ['市教育局'], COUNTIES],
  ['10', ['市城管局'], COUNTIES],
  ['11', ['市总工会', '团市委', '市妇联'], COUNTIES],
  ['12', ['六安银保监分局', '人行六安中心支行'], COUNTIES],
  ['13', ['市数管局'], COUNTIES],
  ['14', ['中国电信六安分公司', '中国移动六安分公司', '中国联通六安分公司'], []],
];

describe.each(['txt', 'docx'])('seed 004 as .%s: exactly its 14 table rows', (kind) => {
  let got: Imported;
  beforeAll(async () => {
    const seed004 = await seedFile('004');
    let input = seed004;
    if (kind === 'docx') {
      // the same plan as Word would hold it: the body as paragraphs, the 分工表 as a real table
      const text = await fs.readFile(seed004, 'utf8');
      const lines = text.split(/\r?\n/);
      const start = lines.findIndex((l) => l.startsWith('序号\t'));
      const rows = lines.slice(start).filter((l) => l.includes('\t')).map((l) => l.split('\t'));
      input = path.join(dir, 'seed004.docx');
      await fs.writeFile(input, await planDocx(lines.slice(0, start).join('\n'), [rows]));
    }
    got = await importSeed(input, `seed004-${kind}`);
  });
  const run = test;

  run('the tasks are the table rows, numbered as printed, with leads and cooperating units as printed', () => {
    expect(got.tasks.map((t) => [String(t.seq), t.lead, t.coop])).toEqual(TABLE_004);
    expect(got.tasks[0].task).toMatch(/^建立信息报送和典型提炼的工作机制/);
    expect(got.tasks[13].task).toMatch(/^集中宣传月期间，利用手机短信/);
  });
  run('每季度第二个月 is a recurring deadline; 每月至少完成两次 a monthly quota; 集中宣传月 = 2、5、8、11月', async () => {
    expect(got.tasks[2].deadline).toMatchObject({ kind: 'recurring', text: '每季度第二个月' });
    expect(got.tasks[1].quota).toMatchObject({ min: 2, per: 'month' });
    expect(got.tasks[13].deadline.kind).toBe('recurring');
    const settings = await sheet(got.out, '设置');
    expect(settings.find((r) => r[0] === '计划年度')?.[1]).toBe('2023');
    expect(settings.find((r) => r[0] === '集中宣传月')?.[1]).toBe('2月、5月、8月、11月');
  });
  run('no body paragraph became a task, and the clerk is told the table was used and how to switch', () => {
    expect(got.tasks.some((t) => /统一思想认识|制作暖民心行动标识|平时\+集中/.test(t.task))).toBe(false);
    expect(got.said).toContain('取自方案所附任务分工表');
    expect(got.said).toContain('--tasks-from 正文');
    expect(got.json.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  run('the title is the plan\'s, made a 分工表\'s', async () => {
    const rows = await sheet(got.out, '任务分工表');
    expect(rows[0][0]).toBe('六安市2023年暖民心行动宣传任务分工表');
  });
});

describe('seed 004 forms', () => {
  test('a form for each of the 25 units the table names (24 市直/中央 units and 市开发区管委), none for its two groups', async () => {
    const got = await importSeed(await seedFile('004'), 'seed004-forms');
    const formsDir = path.join(dir, 'forms004');
    const r = await duban('forms', got.out, '-o', formsDir, '--month', '2023-05');
    expect([r.code, r.out]).toEqual([0, expect.stringContaining('已生成 25 份填报表')]);
    const units = (await fs.readdir(formsDir)).map((f) => f.replace(/-填报表-.*$/, ''));
    expect(units).toHaveLength(25);
    expect(units).toEqual(expect.arrayContaining(['市委宣传部', '皖西日报社', '人行六安中心支行', '中国联通六安分公司', '市开发区管委']));
    expect(units).not.toContain('各县区人民政府');
    expect(units).not.toContain('市民生工作领导小组成员单位');
  });
});

describe('seed 004 --tasks-from 正文', () => {
  test('switching to the text gives the body measures and none of the table rows', async () => {
    const file = await seedFile('004');
    const got = await importSeed(file, 'seed004-text', '--tasks-from', '正文');
    expect(got.tasks.some((t) => /^制作暖民心行动标识/.test(t.task))).toBe(true);
    expect(got.tasks.some((t) => /^开展集中宣传月活动/.test(t.task))).toBe(true);
    expect(got.tasks.some((t) => /^建立信息报送和典型提炼的工作机制，并向/.test(t.task))).toBe(false);
    expect(got.said).toContain('--tasks-from 分工表');
  });
});

// ---- seed 003: a 街道 plan copied from 第壹文秘, run into page-sized chunks "1、…11、" ----
describe('seed 003 (a web copy): its measures, no site text, no fragment, no year from today', () => {
  let got: Imported;
  beforeAll(async () => {
    got = await importSeed(await seedFile('003'), 'seed003');
  });
  test('the 工作措施: 加强信息员队伍建设, 加强制度建设, and the five 重点宣传内容', () => {
    const starts = got.tasks.map((t) => t.task.slice(0, 8));
    expect(starts).toEqual(['加强信息员队伍建', '加强制度建设一是', '经济发展工作。以', '品牌建设工作。一', '部门、社区创新工', '部门、社区日常工', '其他各方面工作动']);
  });
  test('nothing of the site, no chunk number, no task opening mid-sentence', () => {
    for (const t of got.tasks) {
      expect(t.task).not.toMatch(/上传人|第壹文秘|文档编号|第\d+页|copyright|ICP|下载|会员分享/i);
      expect(t.task).not.toMatch(/^[、，,。；;:：\d]/);
    }
  });
  test('no plan year in the text (2013年X月X日 is an e-mail example): 计划年度 left blank and said so', async () => {
    const settings = await sheet(got.out, '设置');
    expect(settings.find((r) => r[0] === '计划年度')?.[1] ?? '').toBe('');
    expect(got.said).toContain('方案中未写明');
    expect(got.tasks.some((t) => /X月X日/.test(t.deadline.text))).toBe(false);
  });
  test('the page-chunk numbers were joined back and the site lines counted out', () => {
    expect(got.said).toMatch(/已去除网页附带内容：\d+ 行网站信息，11 段分页编号已接回原文/);
  });
});

// ---- seed 001: a county plan in traditional characters (蒙田范文网 copy) ----
describe('seed 001 (traditional characters)', () => {
  let got: Imported;
  beforeAll(async () => {
    got = await importSeed(await seedFile('001'), 'seed001');
  });
  test('units simplified; the 来源 column keeps the original', async () => {
    const medical = got.tasks.find((t) => t.task.startsWith('基本醫療專場'))!;
    expect(medical.lead).toEqual(['县委宣传部']);
    expect(medical.coop).toEqual(['县卫生健康局', '县医疗保障局', '县市场监管局']);
    const rows = await sheet(got.out, '任务分工表');
    const header = rows.findIndex((r) => r.includes('来源'));
    const source = rows.find((r) => r[1]?.startsWith('基本醫療專場'))![rows[header].indexOf('来源')];
    expect(source).toContain('基本醫療專場');
    expect(got.tasks.find((t) => t.task.startsWith('圖文報道'))!.lead).toEqual(['县民生改善攻坚行动工作专班', '县融媒体中心']);
  });
  test('logistics lines (地點, 參加對象, 記者, 通稿) are not tasks; the TV interview is', () => {
    expect(got.tasks.some((t) => /^(?:地點|參加對象)|安排記者|通稿/.test(t.task))).toBe(false);
    const tv = got.tasks.find((t) => /羣眾滿意度提升系列訪談/.test(t.task));
    expect(tv?.lead).toEqual(['县融媒体中心']);
  });
  test('the nine measures with their own units are there, and no site navigation', () => {
    for (const title of ['圖文報道', '新媒體推廣', '聯動宣傳', '文體生活專場', '基礎教育專場', '基本醫療專場', '困難幫扶專場', '生態環境專場', '社會治安專場']) {
      expect([title, got.tasks.filter((t) => t.task.startsWith(title)).length]).toEqual([title, 1]);
    }
    expect(got.tasks.some((t) => /網站首頁|當前位置|人氣/.test(t.task))).toBe(false);
  });
});

// ---- seed 000: 屯溪区 2022, groups 各镇 / 各街道 / 区直各责任单位 ----
describe('seed 000: forms go to the member units of the groups', () => {
  let out: string;
  beforeAll(async () => {
    out = (await importSeed(await seedFile('000'), 'seed000')).out;
  });
  test('asking for the 分工表 of a plan that has none says so and reads the text', async () => {
    const got = await importSeed(await seedFile('000'), 'seed000-asked-table', '--tasks-from', '分工表');
    expect(got.said).toContain('方案中没有找到任务分工表');
    expect(got.tasks).toHaveLength(17);
  });
  test('区直责任单位 and 区直各责任单位 are one group in the registry built from the plan', async () => {
    const names = (await sheet(out, '单位名录')).map((r) => r[0]);
    expect(names).toContain('区直各责任单位');
    expect(names).not.toContain('区直责任单位');
  });
  test('with members listed, forms go to them and never to 各镇/各街道/区直各责任单位; an empty group is an info', async () => {
    const wb = await FileWorkbook.load(await fs.readFile(out));
    const registry = await wb.readSheet('单位名录');
    const next = registry.rows.length + 1;
    const members: [string, string][] = [['屯光镇', '各镇'], ['阳湖镇', '各镇'], ['昱东街道', '各街道'], ['老街街道', '各街道'], ['区教育局', '区直各责任单位'], ['区卫健委', '区直责任单位']];
    await wb.setCells('单位名录', members.flatMap(([name, group], i) => [{ cell: `A${next + i}`, value: name }, { cell: `D${next + i}`, value: group }]));
    const filled = path.join(dir, 'seed000-members.xlsx');
    await fs.writeFile(filled, await wb.save());
    const formsDir = path.join(dir, 'forms000');
    const r = await duban('forms', filled, '-o', formsDir, '--month', '2022-06');
    expect(r.code).toBe(0);
    const files = (await fs.readdir(formsDir)).map((f) => f.replace(/-填报表-.*$/, '')).sort();
    expect(files).toEqual(['区教育局', '区卫健委', '区民生办', '区融媒体中心', '屯光镇', '昱东街道', '老街街道', '阳湖镇'].sort());
    const check = JSON.parse((await duban('check', filled, '--json', '--as-of', '2022-06-30')).out);
    const empty = check.issues.filter((i: { code: string; message: string }) => i.code === 'UNIT_GROUP' && /没有单位的“所属分组”写有它/.test(i.message));
    expect(empty.length).toBeGreaterThan(0);
    expect(empty.every((i: { severity: string }) => i.severity === 'info')).toBe(true);
    expect(empty[0].message).toContain('区直各新闻单位');
  });
  test('forms that would write none is an error with the reason, exit 1', async () => {
    const wb = FileWorkbook.create();
    await wb.addSheets([
      { name: '任务分工表', rows: [['序号', '主要任务', '牵头单位'], [1, '开设专栏', '各镇']].map((r) => r.map((v) => cell(v))), generated: false },
      { name: '单位名录', rows: [['单位名称', '别名', '类型', '所属分组'], ['各镇', null, '分组', null]].map((r) => r.map((v) => cell(v))), generated: false },
    ]);
    const file = path.join(dir, 'groups-only.xlsx');
    await fs.writeFile(file, await wb.save());
    const r = await duban('forms', file, '-o', path.join(dir, 'none'), '--month', '2022-06');
    expect(r.code).toBe(1);
    expect(r.err).toContain('未生成填报表');
    expect(r.err).toContain('“各镇”是单位分组');
    expect(r.out).not.toContain('已生成 0 份');
  });
});
