// Header recognition by meaning: roles of header cells from real published tables, the header row, 牵头/责任 semantics.
import { classifyHeaderCell } from '../../src/core/sheets/header-cells';
import { detectTaskHeader } from '../../src/core/sheets/header-roles';
import { checkWorkbook } from '../../src/core/validation/validate';
import { checkJson } from '../../src/core/validation/check-json';
import { describeMapping, mappedTaskHeader } from '../../src/core/sheets/column-map';
import { TODAY, grid } from '../helpers/grids';

const role = (text: string) => classifyHeaderCell(text)?.role ?? null;

describe('a header cell gets its role from its words', () => {
  test.each([
    ['工作事项', 'task'], ['重点工作', 'task'], ['工作举措', 'task'], ['实施内容', 'task'], ['建设内容', 'task'], ['整改措施', 'task'],
    ['责任处室', 'responsible'], ['责任股室', 'responsible'], ['承办单位', 'responsible'], ['实施单位', 'responsible'], ['落实单位', 'responsible'],
    ['主办单位', 'lead'], ['牵头部门', 'lead'], ['协助单位', 'coop'], ['参与单位', 'coop'],
    ['时间安排', 'deadline'], ['进度安排', 'deadline'], ['完成时限要求', 'deadline'], ['时间要求', 'deadline'], ['计划完成时间', 'deadline'],
    ['责任领导', 'leaders'], ['分管领导', 'leaders'], ['县领导', 'leaders'], ['责任人', 'leaders'], ['联系人', 'leaders'], ['牵头领导', 'leaders'],
    ['实际完成时间', 'doneDate'], ['推进情况', 'status'], ['备 注', 'note'], ['序 号', 'seq'], ['年度目标', 'quota'],
  ])('%s → %s', (text, want) => expect(role(text)).toBe(want));

  // 泗洲头镇2024年度重点工作计划二季度执行情况 (test/fixtures/real/sizhoutou-2024-zdgz): the quarter's plan is no deadline
  test.each([
    ['工作任务安排\n第二季度', 'quota'], ['三季度目标', 'quota'], ['上半年工作计划', 'quota'],
    ['落实情况(1-8月)', 'status'], ['1-10月推进情况', 'status'], ['季度时间节点', 'deadline'], ['工作任务安排', 'deadline'],
  ])('one period\'s plan: %j → %s', (text, want) => expect(role(text)).toBe(want));
  // a 专项整治's stages (test/fixtures/real/xinjiang-zhou-2011-huanbao: 阶段 | 时间 | 工作内容 | 责任单位): the stage is the section
  test.each([['阶段', 'category'], ['工作阶段', 'category'], ['实施阶段', 'category'], ['阶段目标', 'quota'], ['阶段性任务', 'task']])(
    'a stage column: %s → %s', (text, want) => expect(role(text)).toBe(want));
  // 2021年呼和浩特市《政府工作报告》重点量化目标任务 (test/fixtures/real/huhehaote-2021-lianghua): 量化 qualifies the tasks
  test.each([['重点量化目标任务', 'task'], ['量化工作任务', 'task'], ['量化指标', 'quota'], ['量化任务数', 'quota'], ['任务数', 'quota']])(
    'a quota word before a task word: %s → %s', (text, want) => expect(role(text)).toBe(want));
  // 融安县2023年金桔生产任务分解表 (test/fixtures/real/rongan-2023-jinju-renwu): a measure in brackets makes the column a count
  test.each([['新种任务(亩)', 'quota'], ['新种任务（亩）', 'quota'], ['建设任务(公里)', 'quota'], ['新种任务', 'task'], ['工作任务(10项)', 'task']])(
    'a task word with a measure: %s → %s', (text, want) => expect(role(text)).toBe(want));
  test('one period\'s plan is the task column only when nothing else names tasks', () => {
    expect(classifyHeaderCell('工作任务安排第二季度')!.altTask).toBe(true);
  });
  test('an indicator table\'s name column (指 标, 指标名称, 分类指标名称) is the task; 量化指标 stays a quota, 计量单位 no unit', () => {
    expect(['指 标', '指标名称', '分类指标名称', '考核指标'].map(role)).toEqual(['task', 'task', 'task', 'task']);
    expect([role('量化指标'), role('目标值'), classifyHeaderCell('计量单位')]).toEqual(['quota', 'quota', null]);
    expect([role('指标内容'), classifyHeaderCell('指标内容')!.specific]).toEqual(['task', 2]);
  });
  test('an exact 工作要求 / 目标要求 is a target column as 年度目标 is; 量化指标 is not', () => {
    expect([classifyHeaderCell('工作要求')!.altTask, classifyHeaderCell('目标要求')!.altTask]).toEqual([true, true]);
    expect(classifyHeaderCell('量化指标')!.altTask).toBeUndefined();
  });

  test('an exact synonym scores above a cell read by its words', () => {
    expect(classifyHeaderCell('牵头单位')!.score).toBeGreaterThan(classifyHeaderCell('主办单位')!.score);
  });
  test('task texts, numbered headings and titles are not header cells', () => {
    expect(classifyHeaderCell('一、持续减少审批事项')).toBeNull();
    expect(classifyHeaderCell('开设“暖民心行动”宣传专栏，每月更新不少于2篇')).toBeNull();
    expect(classifyHeaderCell('六安市2023年暖民心行动宣传任务分工表')).toBeNull();
  });
});

describe('the header row and its columns', () => {
  const table = [
    ['XX县2024年政府工作报告重点任务分解表'],
    ['序号', '工作事项', '具体举措', '牵头单位', '责任单位', '责任领导', '时间安排'],
    [1, '优化营商环境', '推行企业开办一日办结。', '县数据资源局', '县市场监管局、县税务局', '张三、李四', '2024年6月底前'],
    [2, '优化营商环境', '开展涉企收费专项检查。', '县发改委', '县财政局', '王五', '三季度末'],
  ];
  test('具体举措 is the task, 工作事项 its section, 责任单位 beside 牵头单位 the cooperating units, 责任领导 the leaders', () => {
    const json = checkJson(checkWorkbook([grid('Sheet1', table)], { today: TODAY }), 'x.xlsx');
    expect(json.tasks.map((t) => [t.row, t.section, t.task, t.lead, t.coop, t.leaders])).toEqual([
      [3, '优化营商环境', '推行企业开办一日办结。', ['县数据资源局'], ['县市场监管局', '县税务局'], ['张三', '李四']],
      [4, '优化营商环境', '开展涉企收费专项检查。', ['县发改委'], ['县财政局'], ['王五']],
    ]);
    expect(json.issues.filter((i) => i.severity === 'error')).toEqual([]);
  });
  test('责任单位 alone is the lead column', () => {
    const h = detectTaskHeader(grid('S', [['工作任务', '责任单位', '完成时限'], ['开设专栏', '县委宣传部', '5月底前']])).header!;
    expect(h.columns).toMatchObject({ task: 0, lead: 1, deadline: 2 });
    expect(h.columns.coop).toBeUndefined();
  });
  test('a two-level header: 责任单位 merged over 牵头单位 | 配合单位', () => {
    const g = {
      ...grid('S', [['序号', '重点任务', '责任单位', '责任单位', '完成时限'], ['序号', '重点任务', '牵头单位', '配合单位', '完成时限'], [1, '开设专栏', '县委宣传部', '县融媒体中心', '5月底前']]),
      merges: [{ top: 0, left: 2, bottom: 0, right: 3 }, { top: 0, left: 0, bottom: 1, right: 0 }],
    };
    const h = detectTaskHeader(g).header!;
    expect(h.row).toBe(1);
    expect(h.columns).toMatchObject({ seq: 0, task: 1, lead: 2, coop: 3, deadline: 4 });
  });
  test('a header cell merged down makes the next row header, even when its sub-labels name no column', () => {
    // 涉农资金领域基层政务公开标准目录 (德安县): 公开对象 over 全社会 | 特定群体, 公开层级 over 乡级
    const g = grid('S', [
      ['序号', '公开事项', '公开内容（要素）', '公开时限', '公开主体', '公开对象', '公开对象', '公开层级'],
      ['序号', '公开事项', '公开内容（要素）', '公开时限', '公开主体', '全社会', '特定群体', '乡级'],
      [1, '资金明细', '涉农相关资金明细', '信息形成或者变更之日起20个工作日内', '镇级人民政府', '√', '', '√'],
    ], [
      { top: 0, left: 0, bottom: 1, right: 0 }, { top: 0, left: 1, bottom: 1, right: 1 }, { top: 0, left: 2, bottom: 1, right: 2 },
      { top: 0, left: 3, bottom: 1, right: 3 }, { top: 0, left: 4, bottom: 1, right: 4 }, { top: 0, left: 5, bottom: 0, right: 6 },
    ]);
    const h = detectTaskHeader(g).header!;
    expect(h.row).toBe(1);
    expect(h.columns).toMatchObject({ seq: 0, category: 1, task: 2, deadline: 3, lead: 4 });
  });
  test('of two category levels (一级事项 | 二级事项) the inner one, nearest the task, is the section', () => {
    const json = checkJson(checkWorkbook([grid('Sheet1', [
      ['序号', '一级事项', '二级事项', '公开内容（要素）', '公开主体', '公开时限'],
      [1, '概况信息', '乡镇简介', '乡镇行政区划、人口民族等信息。', '镇人民政府', '信息形成或变更之日起20个工作日内'],
    ])], { today: TODAY }), 'x.xlsx');
    expect(json.tasks.map((t) => [t.section, t.task, t.lead])).toEqual([['乡镇简介', '乡镇行政区划、人口民族等信息。', ['镇人民政府']]]);
  });
  // 全国志愿服务工作测评体系(试行)责任分工表(2012年版) (test/fixtures/real/zhiyuan-2012-ceping-fengong): 测评类别 is a category word,
  // 测评项目 a general task word; the level nearest the task is the section, as with two category words
  test('测评类别 | 测评项目 | 测评内容: the inner level (测评项目) is the section, not the outer category word', () => {
    const json = checkJson(checkWorkbook([grid('Sheet1', [
      ['测评类别', '测评项目', '测评内容', '责任单位', '测评方法'],
      ['Ⅰ-1志愿服务运行机制', 'Ⅱ-2考核测评', '1)把志愿服务活动开展情况纳入文明单位测评。', '文明办、各基层单位', '材料审核'],
    ])], { today: TODAY }), 'x.xlsx');
    expect(json.header?.columns).toMatchObject({ category: 'B', task: 'C', lead: 'D' });
    expect(json.tasks.map((t) => [t.section, t.lead])).toEqual([['Ⅱ-2考核测评', ['文明办', '各基层单位']]]);
  });
  test('a category cell running across the task column is the task itself, not its section', () => {
    // 崇川区城管局 2024 推进情况 (test/fixtures/real/chongchuan-cgj-2024-tuijin): item 58 has no 细化任务, its 年度重点工作 spans both columns
    const g = {
      ...grid('Sheet1', [
        ['年度重点工作', '细化任务及目标', '三季度目标', '分管领导', '牵头单位'],
        ['57.务实开展垃圾分类管理。', '①建成厨余垃圾处置中心年并运营。', '完成建设、安装调试,试运营。', '徐国江', '城管局'],
        ['58.开展违建专项治理,削减存量底册违建40%以上,坚决遏制新增违建。', '', '削减存量底册违建至30%。', '徐国江', '城管局'],
      ]),
      merges: [{ top: 2, left: 0, bottom: 2, right: 1 }],
    };
    const json = checkJson(checkWorkbook([g], { today: TODAY, year: 2024 }), 'x.xlsx');
    expect(json.tasks.map((t) => [t.section, t.task])).toEqual([
      ['57.务实开展垃圾分类管理。', '①建成厨余垃圾处置中心年并运营。'],
      [null, '58.开展违建专项治理,削减存量底册违建40%以上,坚决遏制新增违建。'],
    ]);
  });
  test('a section band under the header is not a second header level', () => {
    const g = { ...grid('S', [['序号', '工作任务', '牵头单位', '责任单位'], ['一、主要预期目标', '', '', ''], [1, '地区生产总值增长6%。', '区发改局', '区统计局']]), merges: [{ top: 1, left: 0, bottom: 1, right: 3 }] };
    expect(detectTaskHeader(g).header).toEqual({ row: 0, columns: { seq: 0, task: 1, lead: 2, coop: 3 } });
  });
  test('without a unit column the best row is named with what it lacks', () => {
    const { header, best } = detectTaskHeader(grid('S', [['通知'], ['序号', '工作任务', '完成时限'], [1, '开设专栏', '5月底前']]));
    expect(header).toBeNull();
    expect(best).toMatchObject({ row: 1, lacking: ['lead'] });
  });
});

describe('HEADER_NOT_FOUND names the row that looks like a header', () => {
  test('and the column it lacks', () => {
    const r = checkWorkbook([grid('工作安排', [['2024年宣传工作安排'], [], ['序号', '工作任务', '完成时限'], [1, '开设专栏', '5月底前']])], { today: TODAY });
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'HEADER_NOT_FOUND', severity: 'error', sheet: '工作安排', cell: 'A3' });
    expect(r.issues[0].message).toContain('第3行像表头，但没有找到“牵头/责任单位”列');
  });
});

describe('several people columns: every one names the task\'s leaders', () => {
  // 郑州市2012年十大实事任务分解表 (test/fixtures/real/zhengzhou-2012-shishi): 主管领导 and 主要责任人 beside 责任单位
  const zhengzhou = grid('Sheet1', [
    ['具体事项', '主管领导', '责任单位', '主要责任人', '进度安排'],
    ['市区新增优质中小学招生学位2.36万个。', '刘东', '市教育局', '毛杰', '6月底前基本完成基建任务;12月底前全部落实,实现招生。'],
  ]);
  test('the header keeps the further people column, and check --json names it', () => {
    expect(detectTaskHeader(zhengzhou).header).toMatchObject({ columns: { leaders: 1 }, moreLeaders: [3] });
    const json = checkJson(checkWorkbook([zhengzhou], { today: TODAY, year: 2012 }), 'x.xlsx');
    expect(json.header).toMatchObject({ columns: { leaders: 'B' }, moreLeaders: ['D'] });
    expect(json.tasks.map((t) => t.leaders)).toEqual([['刘东', '毛杰']]);
  });
  test('a blank first people cell leaves the other\'s names (分管领导 blank, 责任人 区长: 郑州 2006 园林绿化); one name two cells repeat is kept once', () => {
    const r = checkWorkbook([grid('S', [
      ['序号', '责任单位', '任务目标', '完成时间', '分管领导', '责任人'],
      [1, '金水区', '1.新建绿地50万平方米。', '2006.11.30', '', '区长'],
      [2, '金水区', '2.新建游园5个。', '2006.11.30', '王副区长', '王副区长'],
    ])], { today: TODAY, year: 2006 });
    expect(r.tasks.map((t) => t.leaders)).toEqual([['区长'], ['王副区长']]);
  });
  test('one people column reads as before', () => {
    const h = detectTaskHeader(grid('S', [['工作任务', '责任单位', '责任领导'], ['开设专栏', '县委宣传部', '张三']])).header!;
    expect(h.moreLeaders).toBeUndefined();
  });
});

describe('no unit column, but headings that name the lead (沁县 2025 县政府工作报告任务清单)', () => {
  const rows = [
    ['2025年县政府工作报告任务清单', ''],
    ['序号', '工作任务'],
    ['一、县示范区管委会牵头工作(8项)', ''],
    [1, '投资3000万元建设南美白对虾工厂化循环水养殖基地。'],
    [2, '打造食用菌酵素生产基地。'],
    ['二、县发改局牵头工作（12项）', ''],
    [1, '谋划储备重大项目。'],
  ];
  test('each task leads with the unit its heading names, and the clerk is told so', () => {
    const r = checkWorkbook([grid('S', rows)], { today: TODAY, year: 2025 });
    expect(r.tasks.map((t) => t.lead)).toEqual([['县示范区管委会'], ['县示范区管委会'], ['县发改局']]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const note = r.issues.find((i) => i.code === 'COLUMN_INFERRED' && i.message.includes('牵头单位按所在部分的标题读取'));
    expect(note).toMatchObject({ cell: 'A3', severity: 'info' });
    expect(note!.message).toContain('一、县示范区管委会牵头工作(8项)');
  });
  test('headings that name no unit leave the table without a lead column (HEADER_NOT_FOUND, as before)', () => {
    const plain = rows.map((row) => (typeof row[0] === 'string' && row[0].includes('牵头') ? [String(row[0]).replace(/县.+牵头工作/, '重点工作'), ''] : row));
    const r = checkWorkbook([grid('S', plain)], { today: TODAY, year: 2025 });
    expect(r.issues.map((i) => i.code)).toContain('HEADER_NOT_FOUND');
  });
  test('a table with a unit column keeps reading it', () => {
    const h = detectTaskHeader(grid('S', [['序号', '工作任务', '责任单位'], ['一、县示范区管委会牵头工作(8项)', '', ''], [1, '打造基地。', '县农业农村局']])).header!;
    expect(h.leadFromHeadings).toBeUndefined();
  });
});

describe('headings that name the leader in charge (湖州 2020 "王纲市长主抓", 绍兴 2021 "徐国龙副市长")', () => {
  test('each task under the heading has that leader, also when the heading stands above the header', () => {
    const r = checkWorkbook([grid('S', [
      ['市政府2021年重点工作责任分工', '', ''],
      ['一、徐国龙副市长重点工作', '', ''],
      ['序号', '内容与要求', '责任单位'],
      [1, '确保地区生产总值增长7%以上。', '市发改委'],
      ['二、王纲市长主抓重点工作', '', ''],
      [1, '坚定不移支持企业发展。', '市经信局'],
      ['(一)稳企业', '', ''],
      [2, '开展项目“双进双产”。', '市发改委'],
      ['三、其他重点工作', '', ''],
      [1, '完成上级交办的其他工作。', '市政府办'],
    ])], { today: TODAY, year: 2021 });
    expect(r.tasks.map((t) => [t.section, t.leaders])).toEqual([
      ['一、徐国龙副市长重点工作', ['徐国龙']],
      ['二、王纲市长主抓重点工作', ['王纲']],
      ['(一)稳企业', ['王纲']],
      ['三、其他重点工作', []],
    ]);
    expect(r.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const note = r.issues.find((i) => i.code === 'COLUMN_INFERRED' && i.message.includes('负责的领导'));
    expect(note).toMatchObject({ cell: 'A2', severity: 'info' });
    expect(note!.message).toContain('一、徐国龙副市长重点工作');
  });
  // 六安市民生办 2017 1至7月民生工程实施进度通报 (test/fixtures/real/luan-2017-minsheng-tongbao)
  test('any numbered heading just above the header is its rows\' section; a plain title is not', () => {
    const read = (above: string) => checkWorkbook([grid('S', [
      [above, '', '', ''],
      ['序号', '民生工程项目', '牵头部门', '进展情况'],
      [1, '农村道路畅通工程', '市交通局', '建设进度相对较慢的县区为舒城县。'],
    ])], { today: TODAY, year: 2017 }).tasks.map((t) => [t.section, t.leaders]);
    expect(read('二、部分项目进展情况')).toEqual([['二、部分项目进展情况', []]]);
    expect(read('六安市2017年民生工程实施进度通报')).toEqual([[null, []]]);
  });
  test('a leaders column filled in the row wins over the heading', () => {
    const r = checkWorkbook([grid('S', [
      ['序号', '工作任务', '责任领导', '责任单位'],
      ['一、王纲市长主抓重点工作', '', '', ''],
      [1, '坚定不移支持企业发展。', '李四', '市经信局'],
      [2, '开展项目“双进双产”。', '', '市发改委'],
    ])], { today: TODAY, year: 2020 });
    expect(r.tasks.map((t) => t.leaders)).toEqual([['李四'], ['王纲']]);
  });
  test('a heading naming a unit, or a leader\'s title without a name, names no leader', () => {
    const r = checkWorkbook([grid('S', [
      ['序号', '工作任务', '责任单位'],
      ['一、县发改局牵头工作(3项)', '', ''],
      [1, '谋划储备重大项目。', '县发改局'],
      ['二、分管副市长重点工作', '', ''],
      [1, '推进项目。', '市发改委'],
    ])], { today: TODAY, year: 2021 });
    expect(r.tasks.map((t) => t.leaders)).toEqual([[], []]);
  });
});

describe('a 县直部门 progress report (青阳县卫健委 2023 第四季度): 工作评价, next quarter\'s 进度安排, three unit columns', () => {
  const header = ['序号', '2023年重点工作任务', '牵头  领导', '牵头         责任单位', '主体          责任单位', '配合         责任单位', '工作评价', '2023年10-12月份进展情况', '20224年1-3月份进度安排', '备注'];
  const row81 = [81, '科学精准落实疫情防控优化措施,加强医疗资源建设,最大程度保护人民生命安全和身体健康,最大限度减少疫情对经济社会发展的影响。', '汪  峰   吴蓓蓓', '县卫健委', '各乡镇\n县开发区', '县直有关单位', '达到时序进度', '加强基层医疗卫生机构传染病物资配备,加强基层医疗卫生机构人员培训', '加强重点场所重点人群防治,做好宣传和舆论监督,落实医疗救治资源保障', ''];
  test('工作评价 is a status column, never the task', () => {
    expect(role('工作评价')).toBe('status');
    expect(role('评价等次')).toBe('status');
  });
  test('a period\'s 进度安排 is the next period\'s plan (a target), not the deadline; a period\'s 进度 stays status', () => {
    expect(role('2024年1-3月份进度安排')).toBe('quota');
    expect(role('1-8月进度')).toBe('status');
    expect(role('进度安排')).toBe('deadline');
  });
  test('主体责任单位 and 配合责任单位 beside 牵头责任单位 both cooperate, in column order', () => {
    const h = detectTaskHeader(grid('S', [header, row81])).header!;
    expect(h.columns).toMatchObject({ task: 1, leaders: 2, lead: 3, coop: 5, status: 6 });
    expect(h.moreCoop).toEqual([4]);
    const r = checkWorkbook([grid('S', [header, row81])], { today: TODAY, year: 2023 });
    expect(r.tasks[0]).toMatchObject({ lead: ['县卫健委'], coop: ['各乡镇', '县开发区'], deadline: { kind: 'none' } });
    expect(checkJson(r, 'x.xlsx').header).toMatchObject({ columns: { coop: 'F' }, moreCoop: ['E'] });
    // the pane's mapping view shows E as 配合 too; a clerk's 配合=F replaces the pair
    expect(describeMapping(grid('S', [header, row81])).find((m) => m.letter === 'E')?.field).toBe('coop');
    expect(mappedTaskHeader(grid('S', [header, row81]), { coop: 5 }).header.moreCoop).toBeUndefined();
  });
  test('a two-character name padded to three ("汪  峰") is one leader', () => {
    const r = checkWorkbook([grid('S', [header, row81])], { today: TODAY, year: 2023 });
    expect(r.tasks[0].leaders).toEqual(['汪峰', '吴蓓蓓']);
  });
});

describe('several cooperating columns: a finding points at the column that holds the name', () => {
  // 青阳县卫健委 2023 第四季度 (above): E 主体责任单位 "各乡镇\n县开发区", F 配合责任单位 "县直有关单位"
  const header = ['序号', '2023年重点工作任务', '牵头  领导', '牵头         责任单位', '主体          责任单位', '配合         责任单位'];
  const row = [81, '科学精准落实疫情防控优化措施。', '汪  峰   吴蓓蓓', '县卫健委', '各乡镇\n县开发区', '县直有关单位'];
  test('the vague 县直有关单位 is reported on F2, where it is written, not on E2', () => {
    const r = checkWorkbook([grid('S', [header, row])], { today: TODAY, year: 2023 });
    expect(r.issues.filter((i) => i.code === 'UNIT_VAGUE').map((i) => i.cell)).toEqual(['F2']);
  });
  test('written the other way round (县直有关单位 in E, the 主体 column), it is reported on E2', () => {
    const r = checkWorkbook([grid('S', [header, [81, '科学精准落实疫情防控优化措施。', '', '县卫健委', '县直有关单位', '各乡镇\n县开发区']])], { today: TODAY, year: 2023 });
    const vague = r.issues.filter((i) => i.code === 'UNIT_VAGUE');
    expect(vague.map((i) => i.cell)).toEqual(['E2']);
    expect(vague[0].message).toContain('县直有关单位');
  });
  test('a unit in both columns is one cooperating unit; the lead named again in the 主体 column is reported there', () => {
    const r = checkWorkbook([grid('S', [header, [81, '推进项目。', '', '县卫健委', '县财政局、县卫健委', '县财政局']])], { today: TODAY, year: 2023 });
    expect(r.tasks[0].coop).toEqual(['县财政局', '县卫健委']);
    expect(r.issues.filter((i) => i.code === 'LEAD_ALSO_COOP').map((i) => i.cell)).toEqual(['E2']);
  });
  test('with the other column empty, findings point at the one written', () => {
    const r = checkWorkbook([grid('S', [header, [81, '推进项目。', '', '县卫健委', '县直有关单位', '']])], { today: TODAY, year: 2023 });
    expect(r.issues.filter((i) => i.code === 'UNIT_VAGUE').map((i) => i.cell)).toEqual(['E2']);
  });
});

describe('round 8 (r8-tables11): an allocation by town in a measure, with its total line (融安 2023)', () => {
  // 融安县2023年金桔生产任务分解表 (柳州 融安县, 广西, 2023-02-06; test/fixtures/real/rongan-2023-jinju-renwu), rows as printed
  const rows = [
    ['融安县2023年金桔生产任务分解表', '', ''],
    ['乡镇', '新种任务(亩)', '备注'],
    ['全县合计', 7000, ''],
    ['长安镇', 2150, '其中县农业投资有限公司新种任务1500亩,不计入长安镇绩效考核。'],
    ['板榄镇', 600, ''],
    ['雅瑶乡', 500, ''],
  ];
  const json = () => checkJson(checkWorkbook([grid('S', rows)], { today: TODAY, year: 2023 }), 'x.xlsx');

  test('no column names tasks: each town\'s task is the title, its bare numbers counted in 亩', () => {
    const { header } = detectTaskHeader(grid('S', rows));
    expect(header).toMatchObject({ row: 1, columns: { lead: 0, quota: 1, note: 2 }, taskFromTitle: true });
    expect(json().tasks.map((t) => [t.row, t.task, t.lead])).toEqual([
      [4, '融安县2023年金桔生产任务分解表', ['长安镇']], [5, '融安县2023年金桔生产任务分解表', ['板榄镇']], [6, '融安县2023年金桔生产任务分解表', ['雅瑶乡']],
    ]);
  });
  test('the 全县合计 line is skipped as a total, not read as a unit\'s task', () => {
    expect(json().skipped).toEqual([{ sheet: 'S', row: 3, reason: 'total', text: '全县合计 | 7000' }]);
  });
  test('an amount in 亩 is no quota written wrong: no QUOTA_UNPARSED; a count in 篇 under 任务数(篇) is read', () => {
    expect(json().issues.filter((i) => i.code === 'QUOTA_UNPARSED')).toEqual([]);
    const counts = [['单位', '任务数(篇)'], ['县委办', 20], ['县政府办', 10]];
    const tasks = checkJson(checkWorkbook([grid('S', [['2023年信息报送任务'], ...counts])], { today: TODAY, year: 2023 }), 'x.xlsx').tasks;
    expect(tasks.map((t) => [t.lead, t.quota && t.quota.min, t.quota && t.quota.unit])).toEqual([[['县委办'], 20, '篇'], [['县政府办'], 10, '篇']]);
  });
});
