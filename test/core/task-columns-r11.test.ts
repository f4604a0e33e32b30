// 督查督办 台账 and 分工表 columns round 11 was asked about: 是否完成 beside progress prose, report columns (存在问题) right of the
// progress, a 备注 carrying the time limit or the cooperating units. No published table with these columns was found in the stored
// pages (test/fixtures/real/README.md "Round 11, tables15"): the rows are 紫阳 2024's real 确定事项 and 落实情况
// (ziyang-2024-changwuhui-duban), typed under the 台账 header the brief names, as the 县政府督查室's 汇总表 would hold them.
import { classifyHeaderCell } from '../../src/core/sheets/header-cells';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

const ZIYANG = [
  ['严格落实全县重点项目前期工作计划,按时完成项目前期工作,提高项目成熟度。', '县发改局',
    '截至目前,紫阳民歌艺术中心、公共体育场等30个重点项目已完成前期论证工作,下余87个项目前期工作推进中;'],
  ['紧盯超长期国债项目6月底前开工、12月底前完工的时间节点,夯实责任、强化措施,加快推进项目实施。', '县自然资源局、县水利局、县农业农村局',
    '截至目前,县自然资源局负责国债项目5个,开工2个,未开工3个,县农业农村局负责国债项目1个未开工;'],
  ['切实抓好汉江宿集紫阳茶宿项目建设。', '县文旅广电局', '截至目前,18家茶宿项目,达到验收标准8家,正在建设11家。'],
];

describe('a 督查台账 with 办理进展 | 是否完成 | 完成进度 | 存在问题', () => {
  const header = ['序号', '督办事项', '责任单位', '办理时限', '办理进展', '是否完成', '完成进度', '存在问题'];
  const rows = ZIYANG.map(([task, units, progress], i) => [i + 1, task, units, '2024年12月31日', progress, '否', i === 0 ? '26%' : '', i === 2 ? '资金未到位' : '无']);
  const r = checkWorkbook([grid('台账', [header, ...rows])], { today: TODAY, year: 2024 });

  test('the task is the 督办事项, never the 存在问题 written right of the progress ("资金未到位", "无")', () => {
    expect(r.tasks.map((t) => t.task)).toEqual(ZIYANG.map(([task]) => task));
    expect(r.tasks[1].lead).toEqual(['县自然资源局', '县水利局', '县农业农村局']);
  });
  test('是否完成 says done or not: 否 is not done, whatever the progress prose says', () => {
    expect(r.tasks.map((t) => t.done)).toEqual([false, false, false]);
    expect(classifyHeaderCell('是否完成')).toMatchObject({ role: 'status', doneFlag: true });
    expect(classifyHeaderCell('是否办结')).toMatchObject({ role: 'status', doneFlag: true });
  });
  test('是 is done although the progress column beside it holds prose', () => {
    const done = checkWorkbook([grid('台账', [header, [1, ZIYANG[2][0], ZIYANG[2][1], '2024年12月31日', ZIYANG[2][2], '是', '100%', '无']])], { today: TODAY, year: 2024 });
    expect(done.tasks[0]).toMatchObject({ task: ZIYANG[2][0], done: true });
  });
  test('a 整改 list\'s 存在问题 left of its measure is still that measure\'s section', () => {
    const list = checkWorkbook([grid('S', [['序号', '存在问题', '整改措施', '责任单位', '整改时限', '整改情况'], [1, '项目前期工作滞后', ZIYANG[0][0], '县发改局', '2024年12月31日', '']])], { today: TODAY, year: 2024 });
    expect(list.tasks[0]).toMatchObject({ task: ZIYANG[0][0], section: '项目前期工作滞后' });
  });
});

describe('a 备注 that carries what a column should', () => {
  test('a time limit in 备注 with no 完成时限 column is said (DEADLINE_MISSING at the 备注), not dropped', () => {
    const r = checkWorkbook([grid('S', [['序号', '确定事项', '责任单位', '备注'], [1, ZIYANG[0][0], '县发改局', '12月底前完成']])], { today: TODAY, year: 2024 });
    const missing = r.issues.filter((i) => i.code === 'DEADLINE_MISSING');
    expect(missing.map((i) => i.cell)).toEqual(['D2']);
    expect(missing[0].message).toContain('内容或备注里写了时限');
  });
  test('units given a role in 备注 ("…配合") are read with it and said; a person or a remark there is not', () => {
    const r = checkWorkbook([grid('S', [['序号', '确定事项', '责任单位', '完成时限', '备注'],
      [1, ZIYANG[1][0], '县自然资源局', '12月底前', '县水利局、县农业农村局配合'],
      [2, ZIYANG[2][0], '县文旅广电局', '12月底前', '牵头领导:王五'],
    ])], { today: TODAY, year: 2024 });
    expect(r.tasks.map((t) => [t.lead, t.coop])).toEqual([[['县自然资源局'], ['县水利局', '县农业农村局']], [['县文旅广电局'], []]]);
    expect(r.issues.filter((i) => i.code === 'COLUMN_INFERRED').map((i) => i.cell)).toEqual(['E2']);
  });
});

describe('a 完成进度 column in per cent', () => {
  test('100% is done; any other share is progress', () => {
    const r = checkWorkbook([grid('S', [['序号', '督办事项', '责任单位', '完成时限', '完成进度'],
      [1, ZIYANG[0][0], ZIYANG[0][1], '2024年12月31日', '100%'], [2, ZIYANG[2][0], ZIYANG[2][1], '2024年12月31日', '44%']])], { today: TODAY, year: 2024 });
    expect(r.tasks.map((t) => t.done)).toEqual([true, false]);
  });
});

describe('progress prose that finished a stage, not the task', () => {
  test.each([
    ['已完成立项', false], ['截至目前,30个重点项目已完成前期论证工作', false], ['已完成投资3000万元', false], ['已完成80%', false],
    ['已完成', true], ['已完成。', true], ['已全部完成', true], ['已完成全年任务', true], ['已完成100%', true], ['市发改委：已完成 2023-05-30', true],
  ])('%s → done %s', (text, done) => {
    const r = checkWorkbook([grid('S', [['序号', '督办事项', '责任单位', '完成时限', '一季度进展'], [1, ZIYANG[0][0], ZIYANG[0][1], '2024年12月31日', text]])], { today: TODAY, year: 2024 });
    expect(r.tasks[0].done).toBe(done);
  });
});

describe('a 村-level list: 责任村（社区） names the units', () => {
  // the header as 镇 lists to villages write it; the task is 徐庄镇 2017's (xuzhuang-2017-aqsc)
  test('read as the units column, the 包村干部 as people', () => {
    const r = checkWorkbook([grid('S', [['序号', '工作任务', '责任村（社区）', '包村干部', '完成时限'], [1, '烟花爆竹', '东村、西村', '王五', '1月份']])], { today: TODAY, year: 2025 });
    expect(r.tasks[0]).toMatchObject({ lead: ['东村', '西村'], leaders: ['王五'] });
    expect(r.issues.filter((i) => i.code === 'HEADER_NOT_FOUND')).toEqual([]);
  });
});
