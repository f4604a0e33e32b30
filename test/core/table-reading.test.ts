// Issue 20 (tables): rows accounted for, deadlines as written, unit lists, columns typed by content, quotas with their frequency.
import { checkWorkbook } from '../../src/core/validation/validate';
import { checkJson } from '../../src/core/validation/check-json';
import { Grid } from '../../src/core/sheets/grid';
import { TODAY, d, grid } from '../helpers/grids';

const check = (grids: Grid[], asOf = '2023-07-01', year = 2023) => checkWorkbook(grids, { today: TODAY, asOf: d(asOf), year });
const json = (grids: Grid[], asOf?: string, year?: number) => checkJson(check(grids, asOf, year), 'x.xlsx');

describe('no silent drop', () => {
  test('a task whose text holds 任务 and whose deadline holds 工作 is a task, not a repeated header', () => {
    const j = json([grid('任务分工表', [
      ['序号', '工作任务', '责任单位', '完成时限'],
      [1, '落实重点工作任务', '市委宣传部', '提前两个工作日'],
    ])]);
    expect(j.tasks.map((t) => t.row)).toEqual([2]);
    expect(j.skipped).toEqual([]);
  });
  test('every row under the header that is not a task is listed with its reason', () => {
    const j = json([grid('任务分工表', [
      ['序号', '主要任务', '牵头单位', '完成时限'],
      ['一、夯实宣传阵地'],
      [1, '巩固基层宣传阵地建设。', '市委宣传部', '长期'],
      ['序号', '主要任务', '牵头单位', '完成时限'],
      [2, null, null, null],
      ['注：各单位每月5日前报送。'],
      [3, '强化主流媒体宣传。', '市发改委', '每月'],
    ])]);
    expect(j.tasks.map((t) => t.row)).toEqual([3, 7]);
    expect(j.skipped.map((s) => [s.row, s.reason])).toEqual([[2, 'section'], [4, 'repeated-header'], [5, 'no-task'], [6, 'note']]);
  });
});

describe('deadlines as written', () => {
  const one = (deadline: string | number, year = 2023) => {
    const r = check([grid('任务分工表', [['序号', '主要任务', '责任单位', '建设起止年限'], [1, '建设项目', '市住建局', deadline]])], '2023-01-01', year);
    return { task: r.tasks[0], codes: r.issues.map((i) => `${i.code}:${i.severity}`), json: checkJson(r, 'x').tasks[0] };
  };
  test('a bare year or a range of years is due 31 Dec of the end year, an info and no error', () => {
    for (const t of ['2023', '2022-2023', '2022—2023年', 2023]) {
      const r = one(t);
      expect(r.json.deadline).toMatchObject({ kind: 'date', date: '2023-12-31', precision: 'year' });
      expect(r.codes).toEqual(['DEADLINE_YEAR_ONLY:info']);
    }
  });
  test('several milestones: the last is due, each is kept in JSON', () => {
    const r = one('6月底前完成试点；12月底前全部落实');
    expect(r.json.deadline).toMatchObject({ kind: 'date', date: '2023-12-31', milestones: ['2023-06-30', '2023-12-31'] });
  });
  test('"…并长期坚持" keeps its date and notes the ongoing part', () => {
    const r = one('12月底前完成并长期坚持');
    expect(r.json.deadline).toMatchObject({ kind: 'date', date: '2023-12-31', ongoing: true });
  });
  test('a month alone is due at its end with no rest-day warning (2023-09-30 is a Saturday)', () => {
    for (const t of ['9月', '9月份', '2023年9月']) {
      const r = one(t);
      expect(r.json.deadline).toMatchObject({ kind: 'date', date: '2023-09-30', precision: 'month' });
      expect(r.codes.filter((c) => !c.endsWith(':info'))).toEqual([]);
    }
    expect(one('9月30日').codes).toContain('DEADLINE_NON_WORKDAY:warning');
  });
});

describe('columns typed by content when a header word is unknown', () => {
  test('发布主题 | 发布单位 | 发布时间: the task is the longest free text, shown as inferred', () => {
    const j = json([grid('Sheet1', [
      ['2023年新闻发布计划'],
      ['序号', '发布主题', '发布单位', '拟发布时间'],
      [1, '2023年全市民生工程实施情况新闻发布会', '市民生办', '3月'],
      [2, '全市优化营商环境工作推进情况', '市发改委、市数据资源局', '5月'],
      [3, '全市安全生产专项整治三年行动成果', '市应急管理局', '6月下旬'],
    ])]);
    expect(j.tasks.map((t) => [t.row, t.task, t.lead])).toEqual([
      [3, '2023年全市民生工程实施情况新闻发布会', ['市民生办']],
      [4, '全市优化营商环境工作推进情况', ['市发改委', '市数据资源局']],
      [5, '全市安全生产专项整治三年行动成果', ['市应急管理局']],
    ]);
    expect(j.header?.inferred.map((i) => [i.field, i.column, i.basis])).toEqual([['task', 'B', 'longest-text']]);
    expect(j.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(j.issues.find((i) => i.code === 'COLUMN_INFERRED')).toMatchObject({ cell: 'B2', severity: 'info' });
  });
  test('no header word known at all: units, dates and the task all read from content', () => {
    const j = json([grid('Sheet1', [
      ['行业', '内容', '部门', '时段'],
      ['危化品', '开展危险化学品企业安全隐患排查整治', '市应急管理局', '3月-5月'],
      ['燃气', '开展城镇燃气安全专项整治', '市住建局、市市场监管局', '6月底前'],
    ])]);
    expect(j.header?.columns).toMatchObject({ task: 'B', lead: 'C', deadline: 'D' });
    expect(j.tasks.map((t) => t.deadline.date)).toEqual(['2023-05-31', '2023-06-30']);
  });
  test('a column of ticked boxes (■政府网站 ■政务服务中心) is no unit column, though 站 and 中心 end units', () => {
    // 沙湾区安全生产领域基层政务公开标准目录: 公开渠道和载体 beside 公开主体
    const j = json([grid('Sheet1', [
      ['序号', '二级事项', '公开内容（要素）', '公开时限', '公开主体', '公开渠道和载体'],
      [1, '法律法规', '与安全生产有关的法律、法规', '信息形成或变更之日起20个工作日内', '区应急局', '■政府网站'],
      [2, '行政许可', '办理行政许可的依据、条件、程序', '信息形成或变更之日起20个工作日内', '区应急局', '■政府网站\n■政务服务中心'],
    ])]);
    expect(j.tasks.map((t) => [t.row, t.lead, t.coop])).toEqual([[2, ['区应急局'], []], [3, ['区应急局'], []]]);
  });
  test('HEADER_NOT_FOUND only when no column holds unit names', () => {
    const r = check([grid('Sheet1', [['时间', '地点', '内容'], ['3月5日', '会议室', '学习党的二十大精神']])]);
    expect(r.issues.map((i) => i.code)).toEqual(['HEADER_NOT_FOUND']);
  });
  test('a ledger is never read as a task table', () => {
    const r = check([grid('报送台账', [['日期', '单位', '标题', '媒体'], ['2023-03-01', '市民生办', '我市召开民生工程推进会议', '安徽日报']])]);
    expect(r.tasks).toEqual([]);
  });
});

describe('a quota read with its frequency', () => {
  test('报送时间 "每月" + 任务数 "各5条" = 5 per unit per month', () => {
    const j = json([grid('Sheet1', [
      ['序号', '工作任务', '责任单位', '任务数', '报送时间'],
      [1, '报送民生工程宣传信息', '市民政局、市人社局', '各5条', '每月'],
      [2, '制作宣传短视频', '市融媒体中心', '共2条', '6月底前'],
    ])]);
    expect(j.header?.columns).toMatchObject({ quota: 'D', deadline: 'E' });
    expect(j.tasks.map((t) => t.quota)).toEqual([{ min: 5, unit: '条', per: 'month' }, { min: 2, unit: '条', per: 'once' }]);
  });
  test('频次 "每季度" beside 任务数 "各1篇": the frequency column gives the period', () => {
    const j = json([grid('Sheet1', [
      ['序号', '工作任务', '责任单位', '频次', '任务数'],
      [1, '在省级媒体刊发稿件', '市民政局', '每季度', '各1篇'],
    ])]);
    expect(j.header?.columns).toMatchObject({ frequency: 'D', quota: 'E' });
    expect(j.tasks[0].quota).toEqual({ min: 1, unit: '篇', per: 'quarter' });
  });
  // 建平镇新闻宣传工作考核办法 (test/fixtures/real/jianping-xinwen-kaohe): "月报送信息任务:党政办10条…年采用信息任务:党政办50条…"
  test('a task that opens with its period gives the bare count that period: 月报送 → per month, 年采用 → per year', () => {
    const j = json([grid('Sheet1', [
      ['序号', '考核内容', '考核对象', '任务数'],
      [1, '月报送信息任务', '党政办', '10条'],
      [2, '年采用信息任务', '党政办', '50条'],
      [3, '报送民生工程宣传信息', '财政所', '2条'],
      [4, '月报送信息任务', '计生办', '共5条'],
    ])]);
    expect(j.tasks.map((t) => t.quota)).toEqual([
      { min: 10, unit: '条', per: 'month' }, { min: 50, unit: '条', per: 'year' }, { min: 2, unit: '条', per: 'once' }, { min: 5, unit: '条', per: 'once' },
    ]);
  });
});

describe('an allocation table with no task column', () => {
  test('单位 | 任务数 | 报送时间: each unit a task named by the title, 5 per month, and said so', () => {
    const j = json([grid('Sheet1', [
      ['2023年民生工程信息报送任务分配表'],
      ['单位', '任务数', '报送时间'],
      ['县教体局', '各5条', '每月'],
      ['县卫健委', '3条', '每月'],
    ])]);
    expect(j.tasks.map((t) => [t.row, t.task, t.lead, t.quota])).toEqual([
      [3, '2023年民生工程信息报送任务分配表', ['县教体局'], { min: 5, unit: '条', per: 'month' }],
      [4, '2023年民生工程信息报送任务分配表', ['县卫健委'], { min: 3, unit: '条', per: 'month' }],
    ]);
    expect(j.issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(j.issues.find((i) => i.code === 'COLUMN_INFERRED')?.message).toContain('任务分配表');
  });
});

test('a target in points (目标分数) is never the task: 达州 2009 两栏并排 allocation is read block by block, each unit a task named by the title', () => {
  // 达州市人民政府办公室 达市府办〔2009〕25号 2009年度全市政务信息目标任务考核办法 (http://www.dazhou.gov.cn/news-show-228278.html)
  const j = json([grid('Sheet1', [
    ['2009年度全市政务信息目标任务考核办法'],
    ['一、县(市、区)目标分数'],
    ['单 位', '目标分数', '单 位', '目标分数'],
    ['通川区', 150, '达县', 150],
    ['万源市', 150, '宣汉县', 150],
  ])], '2009-04-16', 2009);
  expect(j.tasks.map((t) => t.task)).not.toContain('150');
  expect(j.tasks.map((t) => [t.row, t.block, t.task, t.lead, t.coop, t.quota])).toEqual([
    [4, 1, '2009年度全市政务信息目标任务考核办法', ['通川区'], [], null],
    [5, 1, '2009年度全市政务信息目标任务考核办法', ['万源市'], [], null],
    [4, 2, '2009年度全市政务信息目标任务考核办法', ['达县'], [], null],
    [5, 2, '2009年度全市政务信息目标任务考核办法', ['宣汉县'], [], null],
  ]);
  // points are scored by the 评分规则, no count of pieces: no quota, and no warning that "150" is a quota written wrong
  // the clerk is told the task comes from the title and the rows were read two-up (at the second block's first header cell)
  expect(j.issues.map((i) => [i.code, i.cell])).toEqual([['COLUMN_INFERRED', 'A1'], ['COLUMN_INFERRED', 'C3']]);
  expect(j.issues[1].message).toContain('两栏并排');
});

test('a summary of counts per unit (单位 | 报送数量 | 采用数量, bare numbers) is no task table', () => {
  const r = check([grid('汇总', [['单位', '报送数量', '采用数量'], ['县教体局', 12, 3], ['县卫健委', 8, 2]])]);
  expect(r.tasks).toEqual([]);
  expect(r.issues.map((i) => i.code)).toEqual(['HEADER_NOT_FOUND']);
});

describe('an indicator table: 指标 | 权重 | 单位 | 2015年目标 | 牵头部门', () => {
  // “十二五”居民收入倍增规划考核指标 (附表3; http://ask.fsou.com/html/text/lar/173407/17340798_2.html, test/fixtures/real/shouru-2011-zhibiao)
  const rows = (): Parameters<typeof grid>[1] => [
    ['“十二五”居民收入倍增规划考核指标'],
    ['指 标', '指 标', '权重', '单位', '2015年\n目 标', '牵头部门'],
    ['二、发展指标(2项)(权重占10%)', null, 10],
    [4, '非公有经济增加值占GDP比重', 5, '%', 65, '省经信委'],
    ['三、增收性指标(17项)(权重占40%)', null, 40],
    [5, '实现城镇新增就业人数*', 3, '万人', 300, '省人社厅'],
    [9, '农产品加工业总值', 2, '亿元', 7000, '省农委'],
  ];
  test('the indicator is the task (not its target "300"), its 序号 the number under the merged header, 万人 no office', () => {
    const j = json([grid('Sheet1', rows())], '2011-01-01', 2011);
    expect(j.tasks.map((t) => [t.row, t.seq, t.section, t.task, t.lead, t.coop])).toEqual([
      [4, '4', '二、发展指标(2项)(权重占10%)', '非公有经济增加值占GDP比重', ['省经信委'], []],
      [6, '5', '三、增收性指标(17项)(权重占40%)', '实现城镇新增就业人数*', ['省人社厅'], []],
      [7, '9', '三、增收性指标(17项)(权重占40%)', '农产品加工业总值', ['省农委'], []],
    ]);
    expect(j.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('a heading row carrying its group\'s weight is still a heading; a numbered task row with a unit is not', () => {
    const j = json([grid('Sheet1', [['序号', '工作任务', '分值', '责任单位'], ['一、加快产业转型', null, 30], ['一、调整存量', '市发改委', 10, '市发改委']])]);
    expect(j.skipped.map((s) => [s.row, s.reason])).toEqual([[2, 'section']]);
    expect(j.tasks.map((t) => t.row)).toEqual([3]);
  });
  test('the header printed again under the last row (a page break) is a repeat: the first header, with its 单位 of %, stays the header', () => {
    // 南京 促进镇街科学发展考核基本指标 (test/fixtures/real/nanjing-zhenjie-kaohe): the repeat has no % below it
    const header = ['类别', '序\n号', '指 标', '单\n位', '分\n值', '责任单位'];
    const j = json([grid('Sheet1', [
      header,
      ['经济发展\n(8分)', 'G1', '财政一般预算收入增长率', '%', 4, '市财政局'],
      [null, 'G2', '全社会固定资产投资增长率', '%', 4, '市统计局'],
      header,
    ], [{ top: 1, left: 0, bottom: 2, right: 0 }])], '2011-01-01', 2011);
    expect(j.tasks.map((t) => [t.seq, t.task, t.lead])).toEqual([['G1', '财政一般预算收入增长率', ['市财政局']], ['G2', '全社会固定资产投资增长率', ['市统计局']]]);
  });
  test('an 指标 column right of a task column is its quota, as before', () => {
    const j = json([grid('Sheet1', [['序号', '工作任务', '指标', '责任单位'], [1, '报送政务信息', '每月不少于2篇', '县教体局']])]);
    expect(j.tasks.map((t) => [t.task, t.quota])).toEqual([['报送政务信息', { min: 2, unit: '篇', per: 'month' }]]);
  });
  test('a 单位 column of offices (达州 单 位 | 目标分数) stays a unit column', () => {
    const j = json([grid('Sheet1', [['序号', '工作任务', '单位'], [1, '报送政务信息', '通川区'], [2, '报送政务信息', '市发展改革委']])]);
    expect(j.tasks.map((t) => t.lead)).toEqual([['通川区'], ['市发展改革委']]);
  });
});

describe('a target column beside the indicator (项 目 merged over the category band and the indicator | 分值 | 目标任务 | 监考单位)', () => {
  // 旌阳区2016年度经济社会发展目标任务分解表 (http://zxyzs.com/sichuan/zcsd/2016/36258.html, test/fixtures/real/jingyang-2016-mubiao)
  const Y = '年终根据全省平均水平综合考核';
  test('the indicator is the task, 目标任务 its target, the band its section: nothing under the merged header is lost', () => {
    const j = json([grid('Sheet1', [
      ['项 目', null, '分值', '目标任务', '监考单位'],
      ['宏观调控', '地区生产总值增长率', 3, Y, '区发改局\n区统计局'],
      [null, '规模以上工业增加值增长率', 3, Y, '区经信局\n区统计局'],
      [null, '全社会固定资产投资额', 3, 186, '区发改委\n区统计局'],
      [null, '建筑业总产值', 1, 140, '区住建局'],
    ], [{ top: 0, left: 0, bottom: 0, right: 1 }, { top: 1, left: 0, bottom: 4, right: 0 }])], '2016-08-18', 2016);
    expect(j.tasks.map((t) => [t.section, t.task, t.lead])).toEqual([
      ['宏观调控', '地区生产总值增长率', ['区发改局', '区统计局']],
      ['宏观调控', '规模以上工业增加值增长率', ['区经信局', '区统计局']],
      ['宏观调控', '全社会固定资产投资额', ['区发改委', '区统计局']],
      ['宏观调控', '建筑业总产值', ['区住建局']],
    ]);
    expect(j.issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });
  test('a 目标任务 column of prose (泗洲头 攻坚目标任务) stays the task', () => {
    const j = json([grid('Sheet1', [
      ['序号', '重点工作', '攻坚目标任务', '责任科室'],
      [1, '白仙山水库工程政策处理', '完成项目政策处理工作,推进大坝、溢洪道、引水隧洞及配套设施建设。', '乡村振兴办'],
      [2, '现代化美丽城镇', '成功创建首批浙江省美丽城镇。', '乡村振兴办'],
    ])], '2024-08-01', 2024);
    expect(j.tasks.map((t) => [t.section, t.task])).toEqual([
      ['白仙山水库工程政策处理', '完成项目政策处理工作,推进大坝、溢洪道、引水隧洞及配套设施建设。'],
      ['现代化美丽城镇', '成功创建首批浙江省美丽城镇。'],
    ]);
  });
});

describe('a town\'s own 目标责任考核指标 sheet: 类别 | 考核指标 | 指标内容 | 分值 under a line naming the town', () => {
  // 安乐河镇2017年度目标责任考核指标 (宁强县, http://www.nq.gov.cn/nqzd/nqzwgk/mbzrkh/khzb/201605/c8b278d41ad2c00121f6a10f132724e8.shtml)
  const rows = (above: string): Parameters<typeof grid>[1] => [
    ['安乐河镇2017年度目标责任考核指标'],
    [above],
    ['类别', '考核指标', '指标内容', '分值'],
    ['经济发展强(23分)', '招商引资', '策划包装5000万以上项目1个,3000万以上项目2个;完成到位资金1200万元,其中省际到位资金1100万元。', 4],
    [null, '全社会固定资产投资', '完成固定资产投资6000万元', 4],
  ];
  test('every task is the town\'s, said so at the line that names it; the section is the inner 考核指标', () => {
    const j = json([grid('Sheet1', rows('安乐河镇'))], '2017-01-01', 2017);
    expect(j.tasks.map((t) => [t.section, t.task, t.lead])).toEqual([
      ['招商引资', '策划包装5000万以上项目1个,3000万以上项目2个;完成到位资金1200万元,其中省际到位资金1100万元。', ['安乐河镇']],
      ['全社会固定资产投资', '完成固定资产投资6000万元', ['安乐河镇']],
    ]);
    expect(j.issues.map((i) => [i.code, i.cell])).toEqual([['COLUMN_INFERRED', 'A2']]);
    expect(j.issues[0].message).toContain('安乐河镇');
  });
  test('a 填报单位： line is no unit the sheet is for: the sheet still asks for a unit column', () => {
    const j = json([grid('Sheet1', rows('填报单位：县教体局'))], '2017-01-01', 2017);
    expect(j.tasks).toEqual([]);
    expect(j.issues.map((i) => i.code)).toEqual(['HEADER_NOT_FOUND']);
  });
});
