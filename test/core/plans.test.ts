// The plan reader's rules, each on real Chinese sentences from published plans.
import { readPlan, unitSpans, findDeadline, findQuotas, findPublicityMonths, findYear, toSimplified, paragraphsOf } from '../../src/core/plans';
import { parseSchedule } from '../../src/core/deadlines';
import { gridOfSpec } from '../helpers/grids';

const spans = (text: string) => unitSpans(text, toSimplified(text));

describe('units brackets', () => {
  test('责任单位 alone: every name leads', () => {
    const [s] = spans('…每月不得少于2篇。(责任单位:区民生办、各镇、各街道、区直各责任单位)');
    expect(s.lead).toEqual(['区民生办', '各镇', '各街道', '区直各责任单位']);
    expect(s.coop).toEqual([]);
  });
  test('牵头 and 责任 in one bracket, traditional characters kept as written', () => {
    const [s] = spans('開展藥品專項整治活動等。(牽頭單位:縣委宣傳部,責任單位:縣衞生健康局、縣醫療保障局)');
    expect(s.lead).toEqual(['縣委宣傳部']);
    expect(s.coop).toEqual(['縣衞生健康局', '縣醫療保障局']);
  });
  test('full-width brackets and colons, 配合单位, 等 trimmed', () => {
    const [s] = spans('做好宣传。（牵头单位：市委宣传部；配合单位：市财政局、市民政局等）');
    expect(s.lead).toEqual(['市委宣传部']);
    expect(s.coop).toEqual(['市财政局', '市民政局']);
  });
  test('a bracket inside a name does not end the units', () => {
    const [s] = spans('张贴海报。(责任单位:各镇(街道)、区民生办)');
    expect(s.lead).toEqual(['各镇(街道)', '区民生办']);
  });
  test('a bracket without a units label is no units', () => {
    expect(spans('向《黄山日报》(《黄山晨刊》)投稿')).toEqual([]);
  });
  test('a "牵头单位：" line', () => {
    const [s] = spans('牵头单位：县民生办  责任单位：各乡镇');
    expect(s.lead).toEqual(['县民生办']);
    expect(s.coop).toEqual(['各乡镇']);
  });
});

describe('phrases', () => {
  test('a dated deadline wins over recurring words', () => {
    const plain = '党员在5月、10月宣传月期间各开展一次大走访活动，海报应于5月底前全部张贴到位';
    expect(findDeadline(plain)?.text).toBe('5月底前');
  });
  test('two dates with 次年', () => {
    expect(findDeadline('分别于7月上旬、次年1月上旬报送区民生办')?.text).toBe('7月上旬、次年1月上旬');
  });
  test('publicity months period and placeholders', () => {
    expect(findDeadline('2个宣传月期间集中统一发送短信')?.text).toBe('2个宣传月期间');
    expect(findDeadline('自**月**日起,每日推出一期')?.text).toBe('自**月**日起');
  });
  test('quotas by category of units', () => {
    const plain = '区直各责任单位每个项目每月不得少于1篇,各镇、街道每月不得少于2篇。';
    expect(findQuotas(plain).map((q) => q.text)).toEqual(['每个项目每月不得少于1篇', '每月不得少于2篇']);
  });
  test('各 after a list of months is once in each of them (seed 000 measure 13), not once in every month', () => {
    const plain = '发动民生工程牵头单位、镇(街道)、村(社区)党员在5月、10月宣传月期间各开展一次民生工程大走访活动';
    expect(findQuotas(plain).map((q) => q.text)).toEqual(['5月、10月宣传月期间各开展一次']);
    expect(findQuotas('4月份和10月份各开展一次集中宣传')[0].text).toBe('4月份和10月份各开展一次');
    expect(findQuotas('各镇、街道各报送2篇')[0].text).toBe('各报送2篇');
  });
  test('a minimum without a period, and a daily issue', () => {
    expect(findQuotas('安排朋友圈推荐广告投放不少于2次')[0].text).toBe('不少于2次');
    expect(findQuotas('自**月**日起,每日推出一期')[0].text).toBe('每日推出一期');
  });
  test('publicity months and the plan year', () => {
    expect(findPublicityMonths('5月、10月为民生工程集中宣传月,各镇要积极动员')).toEqual([5, 10]);
    expect(findPublicityMonths('每月报送一次')).toEqual([]);
    expect(findYear(['作者:屯溪区财政局', '【保基本民生】屯溪区2022年民生工程宣传方案'])).toBe(2022);
  });
});

describe('schedules', () => {
  test('a start and a daily frequency with a count give the due dates', () => {
    const s = parseSchedule('自5月9日起,召开6场新闻发布会,频率为每天一场', 2023)!;
    expect(s.dates).toEqual(['2023-05-09', '2023-05-10', '2023-05-11', '2023-05-12', '2023-05-13', '2023-05-14']);
  });
  test('a placeholder start has no date', () => {
    const s = parseSchedule('自**月**日起,每日推出一期', 2023)!;
    expect(s.start).toBeNull();
    expect(s.per).toBe('day');
  });
  test('no frequency, no schedule', () => {
    expect(parseSchedule('自5月9日起开展活动', 2023)).toBeNull();
  });
});

describe('readPlan', () => {
  const plan = [
    '某县2023年民生工程宣传方案',
    '一、宣传措施',
    '（一）夯实阵地',
    '1.开设专栏。在政府网站开设专栏，每月不少于2篇。(责任单位:县民生办、各乡镇)',
    '',
    '2.发放一封信。6月底前发放到位。(牵头单位:县民生办,责任单位:各乡镇)',
    '3.其他宣传。结合实际开展宣传。',
    '二、组织保障',
    '各乡镇工作落实情况于7月上旬报送县民生办。',
  ].join('\n');
  const read = readPlan(plan);
  test('measures at the level that names units, with section, title and paragraph', () => {
    expect(read.year).toBe(2023);
    expect(read.measures.map((m) => m.paragraph)).toEqual([4, 5, 6]);
    expect(read.measures[0]).toMatchObject({ section: '（一）夯实阵地', title: '开设专栏', lead: ['县民生办', '各乡镇'], quota: { text: '每月不少于2篇' } });
    expect(read.measures[1]).toMatchObject({ lead: ['县民生办'], coop: ['各乡镇'], deadline: { text: '6月底前', kind: 'date', date: '2023-06-30' } });
  });
  test('a measure without units is kept and flagged; a dated sentence outside the measures is listed', () => {
    expect(read.measures[2].unsure).toBe(true);
    expect(read.unsure.map((u) => u.paragraph)).toEqual([6, 8]);
  });
  test('paragraph numbers count non-blank lines only', () => {
    expect(paragraphsOf('a\n\n  \nb').map((p) => p.index)).toEqual([1, 2]);
  });
  test('--year wins over the title', () => {
    expect(readPlan(plan, { year: 2024 }).measures[1].deadline.date).toBe('2024-06-30');
  });
});

describe('the imported task sheet read back', () => {
  test('a section heading with no number (a 分工表\'s category) is a band across the table: read back as a section, not a task without a lead', async () => {
    const { planTaskSheet } = await import('../../src/core/plans');
    const { readTaskSheet } = await import('../../src/core/sheets/task-sheet');
    const { detectTaskHeader } = await import('../../src/core/sheets/header-roles');
    const text = [
      '序号\t工作任务\t具体要求\t责任科室\t时限要求',
      '1\t强化规范性文件公开\t对规范性文件进行全面清理。\t办公室\t年底前',
      '2\t深化政策解读形式\t持续提升政策解读质量。\t各科室\t持续推进',
    ].join('\n');
    const plan = readPlan(text, { year: 2023 });
    expect(plan.measures.map((m) => m.section)).toEqual(['强化规范性文件公开', '深化政策解读形式']);
    const spec = planTaskSheet(plan);
    const grid = gridOfSpec(spec);
    const { header } = detectTaskHeader(grid as never);
    const sheet = readTaskSheet(grid as never, header!);
    expect(sheet.rows.map((r) => [r.section, r.values.task])).toEqual([
      ['强化规范性文件公开', '对规范性文件进行全面清理。'],
      ['深化政策解读形式', '持续提升政策解读质量。'],
    ]);
    expect(sheet.skipped.map((s) => s.reason)).toEqual(['section', 'section']);
  });
});

describe('where the body of a plan ends', () => {
  test('the last measure stops at the list of attachments: 附件, the signature and the date are not its text', () => {
    const plan = readPlan([
      '一、工作措施',
      '1.开设专栏。每月不少于2篇。(责任单位:县融媒体中心)',
      '2.报送计划。各单位于2月20日前报送计划表。',
      '附件:2019年度新闻发布会计划表',
      '县广播电视局',
      '2019年2月15日',
      '附件',
      '2019年度新闻发布会计划表',
      '填报单位:',
    ].join('\n'), { year: 2019 });
    expect(plan.measures.map((m) => [m.paragraph, m.lastParagraph])).toEqual([[2, 2], [3, 3]]);
    expect(plan.measures[1].task).toBe('报送计划。各单位于2月20日前报送计划表。');
  });
  test('a table\'s rows (a blank form) are never the text of the measure above them', () => {
    const text = ['1.开设专栏。每月不少于2篇。', '2.报送计划。各单位于2月20日前报送计划表。', '序号\t发布内容\t发布时间\t联系人', '1\t\t\t', '2\t\t\t'].join('\n');
    const plan = readPlan(text, { year: 2019, tables: [{ rows: [['序号', '发布内容', '发布时间', '联系人'], ['1', '', '', ''], ['2', '', '', '']], paragraphs: [3, 4, 5] }] });
    expect(plan.measures.map((m) => [m.paragraph, m.lastParagraph, m.task])).toEqual([[1, 1, '开设专栏。每月不少于2篇。'], [2, 2, '报送计划。各单位于2月20日前报送计划表。']]);
    expect(plan.basis).toBe('text');
  });
});

describe('the task sheet\'s title', () => {
  test.each([
    ['附件:1.舒城县2023年政府重点领域新闻发布主题计划', '舒城县2023年政府重点领域新闻发布主题计划任务分工表'],
    ['关于报送2019年新闻发布会(通气会)计划的通知', '2019年新闻发布会(通气会)计划任务分工表'],
    ['关于印发《六安市2023年暖民心行动宣传方案》的通知', '六安市2023年暖民心行动宣传任务分工表'],
    ['【保基本民生】屯溪区2022年民生工程宣传方案', '屯溪区2022年民生工程宣传任务分工表'],
  ])('%s → %s', async (title, expected) => {
    const { tableTitle } = await import('../../src/core/plans');
    expect(tableTitle({ ...readPlan(''), title })).toBe(expected);
  });
});

test('a press conference held at least once a quarter is a quota (每季度至少举行一次)', () => {
  expect(findQuotas('要求每季度至少举行一次新闻发布会(通气会)的工作任务').map((q) => q.text)).toEqual(['每季度至少举行一次']);
});

test('a 分工表 time limit that cannot be read (a copy that lost 年 and 月: "20263") is listed for the clerk to check; readable ones are not', () => {
  const rows = [['序号', '承办单位', '活动主题', '活动时间'], ['1', '双河镇', '政府开放日', '20263'], ['2', '全军乡', '政府开放日', '2026年3月']];
  const plan = readPlan('', { tables: [{ rows, paragraphs: [1, 2, 3] }] });
  expect(plan.measures.map((m) => [m.seq, m.lead, m.deadline.kind])).toEqual([['1', ['双河镇'], 'relative'], ['2', ['全军乡'], 'date']]);
  expect(plan.unsure).toEqual([{ paragraph: 2, why: '完成时限“20263”无法识别（可能缺了年、月等字），请对照原文改写，如“5月底前”' }]);
});

test('the doubt about an unreadable time limit is in the row\'s 备注 too, where the clerk reads the sheet', async () => {
  const { taskRows } = await import('../../src/core/plans');
  const rows = [['序号', '承办单位', '活动主题', '活动时间'], ['1', '双河镇', '政府开放日', '20263'], ['2', '全军乡', '政府开放日', '2026年3月']];
  const notes = taskRows(readPlan('', { tables: [{ rows, paragraphs: [1, 2, 3] }] })).rows.map((r) => r[8]);
  expect(notes).toEqual(['待核实：完成时限“20263”无法识别（可能缺了年、月等字），请对照原文改写，如“5月底前”', null]);
});
