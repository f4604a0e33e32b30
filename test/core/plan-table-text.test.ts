// A plan's 分工表 pasted as text in the shapes copies take: tabs (seed 004 as published), runs of spaces (a PDF copied as text), one cell a line (a web page's table).
import * as fs from 'fs';
import * as path from 'path';
import { readPlan } from '../../src/core/plans';
import { planTaskSheet } from '../../src/core/plans/plan-sheets';
import { joinedAtPageBreaks } from '../../src/core/plans/plan-table';
import { gridOfSpec } from '../helpers/grids';
import { checkWorkbook } from '../../src/core/validation/validate';
import { parseISO } from '../../src/core/dates/civil-date';

const seed004 = fs.readFileSync(path.join(__dirname, '../fixtures/plans/seed-004.txt'), 'utf8');
const lines = seed004.split(/\r?\n/);
const start = lines.findIndex((l) => l.startsWith('序号\t'));
const body = lines.slice(0, start);
const rows = lines.slice(start).filter((l) => l.includes('\t')).map((l) => l.split('\t'));

/** Written from the seed's table: row 1, row 3 (no cooperating unit), row 14, as printed. */
function expectSeed004Rows(text: string) {
  const plan = readPlan(text);
  expect(plan.basis).toBe('table');
  expect(plan.measures.map((m) => m.seq)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
  expect([plan.measures[0].lead, plan.measures[0].coop.slice(0, 2)]).toEqual([['市委宣传部', '市发改委'], ['市教体局', '市人社局']]);
  expect([plan.measures[2].lead, plan.measures[2].coop]).toEqual([['市民生工作领导小组成员单位', '各县区人民政府', '市开发区管委'], []]);
  expect(plan.measures[2].deadline).toMatchObject({ kind: 'recurring', text: '每季度第二个月' });
  expect(plan.measures[13].lead).toEqual(['中国电信六安分公司', '中国移动六安分公司', '中国联通六安分公司']);
}

test('cells separated by runs of spaces, under a header line of column names', () => {
  const spaced = rows.map((r) => r.join('    ').trimEnd());
  expectSeed004Rows([...body, ...spaced].join('\n'));
});

test('one cell a line (the header words, then each row opening with its 序号)', () => {
  const vertical = rows.flatMap((r) => r.filter((c, i) => c !== '' || i < 2));
  expectSeed004Rows([...body, ...vertical].join('\n'));
});

test('a prose line with double spaces is no table without a header line', () => {
  const plan = readPlan(['某县宣传方案', '一、工作措施', '1.开设专栏。  每月不少于2篇。(责任单位:县民生办)', '2.发放一封信。  (责任单位:县民生办、各乡镇)'].join('\n'));
  expect(plan.basis).toBe('text');
  expect(plan.measures.map((m) => m.lead)).toEqual([['县民生办'], ['县民生办', '各乡镇']]);
});

// 新疆 某自治州 2011 环保专项行动 (test/fixtures/real/xinjiang-zhou-2011-huanbao), the 阶段 | 时间 | 工作内容 | 责任单位 table pasted with tabs
test('a pasted table whose sections come from a category column writes them as bands the task sheet reads as sections, not as tasks without a unit', () => {
  const text = [
    '2011年环保专项行动时间安排',
    '阶段\t时间\t工作内容\t责任单位',
    '㈠ 动员部署阶段\t4月-5月中旬\t各县(市、口岸)环保专项行动领导小组要结合实际情况,确定本辖区整治工作重点,制定具体实施方案。\t各县(市、口岸)环保专项行动领导小组',
    '㈢ 督查阶段\t9月\t自治州专项行动领导小组将对全州专项行动工作开展情况进行督查。\t自治州专项行动领导小组',
  ].join('\n');
  const plan = readPlan(text, { year: 2011 });
  expect(plan.measures.map((m) => m.section)).toEqual(['㈠ 动员部署阶段', '㈢ 督查阶段']);
  const spec = planTaskSheet(plan);
  const grid = gridOfSpec(spec);
  const result = checkWorkbook([grid], { today: parseISO('2026-11-21')!, year: 2011 });
  expect(result.tasks.map((t) => [t.section, t.lead])).toEqual([
    ['㈠ 动员部署阶段', ['各县(市、口岸)环保专项行动领导小组']], ['㈢ 督查阶段', ['自治州专项行动领导小组']],
  ]);
  expect(result.issues.filter((i) => i.code === 'MISSING_LEAD')).toEqual([]);
});

// 全国志愿服务工作测评体系(试行)责任分工表(2012年版) (test/fixtures/real/zhiyuan-2012-ceping-fengong) copied from Word as text:
// 测评类别 and 测评项目 merged down come out as leading tabs, an empty cell as two tabs side by side
test('a row pasted with leading tabs (cells merged down in the original) keeps its cells in their columns and the section above', () => {
  const text = [
    '全国志愿服务工作测评体系(试行)责任分工表(2012年版)',
    '测评类别\t测评项目\t测评内容\t责任单位\t测评方法',
    'Ⅰ-1志愿服务运行机制\tⅡ-1组织领导\t1)各单位把深入开展志愿服务活动作为精神文明建设的重要任务摆上议事日程。\t各基层学校,幼儿园,医院\t材料审核',
    '\t\t2)成立志愿服务工作领导协调小组,每半年召开一次协调会议。\t各基层学校,幼儿园,医院\t',
    '\tⅡ-2考核测评\t1)把志愿服务活动开展情况纳入文明单位测评。\t文明办、各基层单位\t材料审核',
    '\t\t2)把志愿服务活动开展情况纳入城市文明程度指数测评。\t\t',
  ].join('\n');
  const plan = readPlan(text, { year: 2012 });
  expect(plan.measures.map((m) => [m.section, m.task.slice(0, 2), m.lead])).toEqual([
    ['Ⅱ-1组织领导', '1)', ['各基层学校', '幼儿园', '医院']],
    ['Ⅱ-1组织领导', '2)', ['各基层学校', '幼儿园', '医院']],
    ['Ⅱ-2考核测评', '1)', ['文明办', '各基层单位']],
    ['Ⅱ-2考核测评', '2)', []], // its unit cell is blank as pasted: flagged, never given the row above's units
  ]);
  expect(plan.measures[3].unsure).toBe(true);
});

// 芜湖市教育局2024年工作要点 (test/fixtures/real/wuhu-jyj-2024-gzyd) pasted with tabs: the section row, merged across the
// table in the original, comes out as one line without tabs between the header and the rows
test('a section line inside a pasted table stays in the table as its rows\' section, not the end of the table', () => {
  const text = [
    '芜湖市教育局2024年工作要点',
    '序号\t工作任务\t责任科室',
    '一、加强党对教育工作的全面领导',
    '1\t加强思想理论武装。深入推进党的二十大精神进教材、进课堂、进头脑。\t(责任科室:组干科、机关党委)',
    '二、推进教育高质量发展',
    '(一)基础教育',
    '2\t推进学前教育普及普惠。\t(责任科室:基础教育科)',
    '三、其他工作',
  ].join('\n');
  const plan = readPlan(text, { year: 2024 });
  expect(plan.basis).toBe('table');
  expect(plan.measures.map((m) => [m.seq, m.section, m.lead])).toEqual([
    ['1', '一、加强党对教育工作的全面领导', ['组干科', '机关党委']],
    ['2', '(一)基础教育', ['基础教育科']],
  ]);
});

describe('a table broken at a page (a PDF turned into Word) is one table', () => {
  const header = ['序号', '工作任务', '牵头单位', '完成时限'];
  const t = (rows: string[][], paragraphs: number[]) => ({ rows, paragraphs });
  test('the part after the break, without its header, follows on; a page number between does not part them', () => {
    const first = t([header, ['1', '开展宣传咨询日活动。', '县应急管理局', '6月16日']], [3, 4]);
    const second = t([['2', '开展媒体宣传。', '县融媒体中心', '6月30日']], [6]);
    const joined = joinedAtPageBreaks([first, second], (p) => p === 5);
    expect(joined).toHaveLength(1);
    expect(joined[0].rows.map((r) => r[0])).toEqual(['序号', '1', '2']);
    expect(joined[0].paragraphs).toEqual([3, 4, 6]);
  });
  test('a table with other columns, or with text between, stays apart', () => {
    const first = t([header, ['1', '开展宣传咨询日活动。', '县应急管理局', '6月16日']], [3, 4]);
    expect(joinedAtPageBreaks([first, t([['附件2', '名单']], [5])])).toHaveLength(2);
    expect(joinedAtPageBreaks([first, t([['2', '开展媒体宣传。', '县融媒体中心', '6月30日']], [6])], () => false)).toHaveLength(2);
  });
});
