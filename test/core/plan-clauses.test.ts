// What the round-6 plans (济源 2022 防灾减灾, a 科技活动周, a 2010 安全生产月, a 防灾减灾 职责分工, two 3·15 plans) taught the reader: 【】 units, 牵头/配合 clauses, spans of days, dated schedules.
import { numberingOf, proseUnits, readPlan, toSimplified, unitSpans } from '../../src/core/plans';

const spans = (text: string) => unitSpans(text, toSimplified(text));
const only = (text: string, year?: number) => {
  const plan = readPlan(text, year ? { year } : {});
  expect(plan.measures).toHaveLength(1);
  return plan.measures[0];
};

describe('units', () => {
  test('a full-width 【责任单位:…】 bracket', () => {
    const [s] = spans('(一)制订活动方案。各开发区要制订活动方案。【责任单位:示范区减灾委办公室】');
    expect(s.lead).toEqual(['示范区减灾委办公室']);
    expect(spans('【活动主题】减轻灾害风险')).toEqual([]);
  });
  test('及 between traditional names splits like the simplified text, names kept as written', () => {
    expect(spans('責任單位:縣安委辦及安委會成員單位。')[0].lead).toEqual(['縣安委辦', '安委會成員單位']);
    expect(spans('責任單位:縣安監局及有關單位。')[0].lead).toEqual(['縣安監局', '有關單位']);
  });
  test('"Y配合" after 由X牵头 cooperates (科协 is a unit)', () => {
    expect(proseUnits('由县教委牵头,县科委、县科协配合,在中学举办')).toEqual({ lead: ['县教委'], coop: ['县科委', '县科协'] });
    expect(proseUnits('由县委宣传部牵头，各乡镇配合，开展宣传')).toEqual({ lead: ['县委宣传部'], coop: ['各乡镇'] });
    expect(proseUnits('由县委宣传部牵头,各部门要密切配合').coop).toEqual([]);
  });
  test('a duty list "X、Y:负责…" gives its subjects as leads, "…等单位" it coordinates cooperate', () => {
    const duties = readPlan('三、职责分工\n(一)市委宣传部、文广新局:负责协调新闻媒体开展宣传。市有关部门配合。\n(二)教育局:负责在学校开展宣传。');
    expect(duties.measures.map((x) => [x.lead, x.coop, x.unsure])).toEqual([[['市委宣传部', '文广新局'], ['市有关部门'], false], [['教育局'], [], false]]);
    const plan = readPlan('三、职责分工\n(一)信息产业局:负责协调中国移动、中国电信等单位利用短信宣传。\n(二)“三防办”:负责三防知识的宣传。');
    expect(plan.measures.map((x) => [x.lead, x.coop])).toEqual([[['信息产业局'], ['中国移动', '中国电信']], [['三防办'], []]]);
  });
});

describe('prose next to a 责任单位 line', () => {
  test('the item says who 牵头: they lead, the other 责任单位 cooperate', () => {
    const m = only('(八)6月13日,县安委办、县安监局牵头,会同有关单位开展安全生产宣传咨询活动。\n责任单位:县安委办及安委会成员单位。', 2010);
    expect(m.lead).toEqual(['县安委办', '县安监局']);
    expect(m.coop).toEqual(['安委会成员单位']);
    expect(m.deadline).toEqual({ text: '6月13日', kind: 'date', date: '2010-06-13' });
  });
  test('由X制定方案,牵头组织…: X leads', () => {
    const m = only('(十一)6月1至30日,由县安委办制定方案,牵头组织开展大检查工作。\n责任单位:县安委办,安委会成员单位及各乡镇。', 2010);
    expect(m.lead).toEqual(['县安委办']);
    expect(m.coop).toEqual(['安委会成员单位', '各乡镇']);
  });
  test('the item says who 配合: they cooperate', () => {
    const m = only('(六)6月8日前,县安监局配合在路口喷绘大型公益宣传广告。\n责任单位:县建设局、城管局。', 2010);
    expect(m.lead).toEqual(['县建设局', '城管局']);
    expect(m.coop).toEqual(['县安监局']);
  });
  test('a list labelled 牵头单位 is not overridden by prose', () => {
    const m = only('(一)由县文明办牵头开展志愿服务。(牵头单位:县委宣传部;配合单位:县文明办)');
    expect(m.lead).toEqual(['县委宣传部']);
    expect(m.coop).toEqual(['县文明办']);
  });
});

describe('items and deadlines', () => {
  test('a heading run into 由X牵头 is the title; "一)" is an item like (一)', () => {
    expect(numberingOf('一)举办开幕式由县科委牵头,举办开幕式。')).toEqual({ level: 2, prefix: 2 });
    const plan = readPlan('三、主要活动\n一)举办县科技活动周开幕式由县科委牵头,举办开幕式。\n(二)举办科普巡回展由县科委、县环保局牵头,组织图片资料巡回展览。');
    expect(plan.measures.map((m) => [m.paragraph, m.title, m.lead])).toEqual([
      [2, '举办县科技活动周开幕式', ['县科委']],
      [3, '举办科普巡回展', ['县科委', '县环保局']],
    ]);
  });
  test('a span of days is due on its last day', () => {
    const due = (text: string) => only(`(九)${text},县电视台滚动播出宣传标语。\n责任单位:县文广局。`, 2010).deadline;
    expect(due('6月1日至30日')).toEqual({ text: '6月1日至30日', kind: 'date', date: '2010-06-30' });
    expect(due('6月1至30日')).toEqual({ text: '6月1至30日', kind: 'date', date: '2010-06-30' });
    expect(due('5月7日至5月13日')).toEqual({ text: '5月7日至5月13日', kind: 'date', date: '2010-05-13' });
    expect(due('6月5日-9日').date).toBe('2010-06-09');
  });
  test('a duty given in prose before the first measure is listed as doubtful', () => {
    const plan = readPlan('二、活动内容\n具体宣传内容由相关职能部门负责整理并提供材料。\n三、职责分工\n(一)教育局:负责在学校开展宣传。\n(二)气象局:负责气象灾害知识的宣传。');
    expect(plan.measures.map((m) => m.paragraph)).toEqual([4, 5]);
    expect(plan.unsure.map((u) => u.paragraph)).toContain(2);
  });
});

describe('3·15 plans', () => {
  test('a bracket without labels "(X牵头,Y配合)"; "…及相关企业参加" take part', () => {
    expect(proseUnits('营造良好宣传氛围。(市场监管分局牵头,各有关单位配合)')).toEqual({ lead: ['市场监管分局'], coop: ['各有关单位'] });
    expect(proseUnits('由市场监管分局、消费者协会牵头,消费者协会各成员单位及相关企业参加,在门前设立主会场')).toEqual({
      lead: ['市场监管分局', '消费者协会'],
      coop: ['消费者协会各成员单位', '相关企业'],
    });
    expect(proseUnits('由县委宣传部牵头,各单位要积极参加').coop).toEqual([]);
    // the one organised or invited is named after a verb: no unit name starts with 组织/邀请
    expect(proseUnits('由县委宣传部牵头,组织各单位参加').coop).toEqual([]);
    expect(proseUnits('由县委宣传部牵头,邀请市直各部门参与').coop).toEqual([]);
  });
  test('a dated schedule "1、3月5日,组委会召开…": the item is numbered, its subject after the day leads (doubtful)', () => {
    expect(numberingOf('1、3月5日,组委会召开筹备会。')).toEqual({ level: 3, prefix: 2 });
    expect(numberingOf('1.5万份宣传资料').level).toBe(0);
    const plan = readPlan('三、活动安排\n1、3月5日,组委会召开筹备会。\n2、3月12日前,各成员单位和相关企业分别悬挂宣传横幅。\n3、3月14日,开展知识竞赛(由市场监管局负责组织实施)。', { year: 2015 });
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.unsure, m.deadline.date])).toEqual([
      [2, ['组委会'], true, '2015-03-05'],
      [3, ['各成员单位', '相关企业'], true, '2015-03-12'],
      [4, ['市场监管局'], false, '2015-03-14'],
    ]);
  });
});

describe('activities with numbered fields', () => {
  const text = [
    '四、活动安排',
    '(一)开展安全生产事故警示教育周活动',
    '1.活动时间:6月1日至6月7日。',
    '2.活动内容:各乡镇组织企业开展警示教育活动。',
    '3.组织单位:各乡镇人民政府,县直有关部门和单位。',
    '(二)开展安全生产宣传咨询日活动',
    '1.活动时间:6月16日。',
    '2.活动内容:开展安全生产政策法规咨询。',
    '3.组织单位:组织单位:县安办、县有关部门和单位。(咨询点设在超市门前。参加单位:县安监局、供电公司。各乡镇自行设定宣传点。)',
  ].join('\n');
  test('the fields are no items; 活动时间 gives the deadline, 组织单位 the lead, 参加单位 the cooperating units', () => {
    expect(numberingOf('3.组织单位:各乡镇人民政府。')).toEqual({ level: 0, prefix: 0 });
    expect(numberingOf('1.活动时间:6月1日至6月7日。').level).toBe(0);
    expect(numberingOf('1.宣传手册的编印发放').level).toBe(3);
    const plan = readPlan(text, { year: 2016 });
    expect(plan.measures.map((m) => [m.paragraph, m.title, m.lead, m.coop, m.deadline.date, m.unsure])).toEqual([
      [2, '开展安全生产事故警示教育周活动', ['各乡镇人民政府', '县直有关部门和单位'], [], '2016-06-07', false],
      [6, '开展安全生产宣传咨询日活动', ['县安办', '县有关部门和单位'], ['县安监局', '供电公司'], '2016-06-16', false],
    ]);
  });
  test('without any units, an item with its own fields is the (doubtful) activity, not a heading of its steps', () => {
    const plan = readPlan('四、活动安排\n(一)国际禁毒日主题活动\n1、时间:6月26日上午\n2、地点:中学\n3、前期活动\n1)现场悬挂宣传横幅5条;\n4、正式活动\n(二)系列主题活动\n1、村(居)委会宣传\n2、学校宣传');
    expect(plan.unsure.map((u) => u.paragraph)).toEqual(expect.arrayContaining([2]));
    expect(plan.measures.filter((m) => !m.unsure)).toEqual([]);
  });
});
