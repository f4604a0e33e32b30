// What the round-6 plans6 plans (a township's 禁毒 plan, a district's 防范非法集资 notice, both on government pages) taught the reader: a disclosure header is the site's, units as the subjects of later clauses, a quota split by those subjects, a two-action title, 6月份定为宣传月.
import { findPublicityMonths, isBoilerplate, readPlan } from '../../src/core/plans';

const HEADER = [
  '索 引 号 : 008462664/2013-00094 | 发布机构: 平溪乡 | 成文日期: 2013-10-23 |',
  '发布时间: 2013-10-23 | 发文字号: | 公文种类: 决定 |',
  '有 效 性 : 有效 | 字体: [ 大 中 小 ] |',
  '索引号:11340000MB0000000X/2021-00123 发布机构:县司法局 生成日期:2021-11-30',
];

describe('a government page\'s disclosure header', () => {
  test.each(HEADER)('%s is the site\'s', (line) => expect(isBoilerplate(line)).toBe(true));
  test.each([
    '发布时间:3月15日,各成员单位在城区广场集中宣传。',
    '1.宣传单位|县委宣传部|3月底前',
    '有效性:各单位要确保宣传内容准确。',
  ])('%s is the plan\'s', (line) => expect(isBoilerplate(line)).toBe(false));

  test('its | cells do not make the plan a table', () => {
    const plan = readPlan([...HEADER.slice(0, 3), '二、活动安排', '(一)县司法局在城区设立宣传台,散发资料。', '(二)各乡镇要组织一次法律咨询活动。'].join('\n'));
    expect(plan.measures.map((m) => [m.paragraph, m.lead])).toEqual([[5, ['县司法局']], [6, ['各乡镇']]]);
  });
});

describe('units named only as subjects', () => {
  test('a later clause\'s list of units (…等要) and a clause after an opening phrase give the doubtful leads', () => {
    const plan = readPlan([
      '二、活动具体安排',
      '(一)2月1日为全乡禁毒集中宣传日,届时乡将组织各有关部门进行街头禁毒宣传,乡宣传办、综治办、派出所、中心卫生院等要设立宣传台。',
      '(二)在宣传活动期间,镇政府将组织对村干部进行一次培训讲座。',
      '(三)开展面对面宣传,发放宣传单。各村、相关部门要组织人员走村入户。',
    ].join('\n'), { year: 2013 });
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.unsure])).toEqual([
      [2, ['乡宣传办', '综治办', '派出所', '中心卫生院'], true],
      [3, ['镇政府'], true],
      [4, ['各村', '相关部门'], true],
    ]);
    expect(plan.measures[2].title).toBe('开展面对面宣传,发放宣传单');
  });

  test('a clause starting with no unit gives none (届时乡将…: 乡 alone is no name)', () => {
    const plan = readPlan('二、活动安排\n(一)开展座谈会。乡将组织业主、返乡民工代表参加座谈会。\n(二)开展培训。县禁毒办负责。');
    expect(plan.measures[0].lead).toEqual([]);
  });

  test('each subject with its own count is a quota by category', () => {
    const plan = readPlan('二、活动安排\n(一)乡政府在乡内制作5幅大型宣传布标。各村自行制作1幅横幅,布置于人员集中的场所。\n(二)开展培训。县禁毒办负责。');
    const m = plan.measures[0];
    expect(m.lead).toEqual(['乡政府', '各村']);
    expect(m.quota?.byCategory).toEqual([{ category: '乡政府', text: '制作5幅' }, { category: '各村', text: '制作1幅' }]);
  });

  test('a title of two actions is kept, one saying who does it is not', () => {
    const plan = readPlan('二、活动安排\n(一)举办开幕式由县科委牵头,组织展览。\n(二)悬挂横幅,张贴标语。县城管局负责。');
    expect(plan.measures.map((m) => m.title)).toEqual(['举办开幕式', '悬挂横幅,张贴标语']);
  });
});

test('"6月份定为宣传月" names the publicity month; a 集中宣传日 does not', () => {
  expect(findPublicityMonths('定于2021年开展宣传教育活动6月份定为宣传月,615日为集中宣传日。')).toEqual([6]);
  expect(findPublicityMonths('5月、10月确定为民生工程集中宣传月')).toEqual([5, 10]);
  expect(findPublicityMonths('2月1日为全乡禁毒集中宣传日')).toEqual([]);
  expect(findPublicityMonths('第一个阶段1月—6月份,为成果展示和政策宣传阶段')).toEqual([]);
});

test('an item cut right after its number ("(六)") joins no measure and is flagged', () => {
  const plan = readPlan('二、活动安排\n(一)开展培训。县禁毒办负责。\n(二)悬挂横幅。县城管局负责。\n(三)');
  expect(plan.measures.map((m) => [m.paragraph, m.task])).toEqual([[2, '开展培训。县禁毒办负责。'], [3, '悬挂横幅。县城管局负责。']]);
  expect(plan.unsure).toContainEqual({ paragraph: 4, why: '此条只有编号，原文在此截断，内容缺失' });
});

describe('a bureau\'s own offices as subjects (省广电局 2019: 局机关各处室、直属各单位)', () => {
  const NOTICE = [
    '局机关各处室、直属各单位:',
    '1.思想要重视。新闻发布工作是政务公开年度考核的重要内容之一,要求每季度至少举行一次新闻发布会(通气会)的工作任务。各处室、单位要高度重视,提前谋划,认真组织。',
    '2.责任要落实。各处室、单位结合实际情况,特别涉及全国、全省重大政策等工作,要组织召开新闻发布会(通气会)。省委宣传部、省政府办公厅定期会对政务公开新闻发布工作的开展情况进行督查。',
    '3.报送要及时。各处室、单位2月20日前将2019年度新闻发布会(通气会)计划表报送局办公室。',
  ].join('\n');
  test('各处室、单位 is the subject (要, 结合, a day before the verb); those who inspect (…定期会对…督查) are not its name', () => {
    const plan = readPlan(NOTICE, { year: 2019 });
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.unsure])).toEqual([
      [2, ['各处室', '单位'], true],
      [3, ['各处室', '单位'], true],
      [4, ['各处室', '单位'], true],
    ]);
    expect(plan.measures[2].deadline).toMatchObject({ kind: 'date', date: '2019-02-20' });
  });
});
