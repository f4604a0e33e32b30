// What the round-8 plans (立山 2023 分工方案, 通化 2015 创卫, 咸阳 2022 工作要点, a town's 2019 食品安全宣传周, a county's 2018 主题日安排) taught the reader.
import { paragraphsOf, proseUnits, readPlan, tableTitle, toSimplified } from '../../src/core/plans';

describe('units on lines of their own and in brackets', () => {
  test('牵头单位: and 责任单位: each on its own line after the item: one measure, 牵头 leads, 责任 cooperates (立山 2023)', () => {
    const plan = readPlan(
      '一、经济社会发展的主要预期目标\n1.努力实现地区生产总值增长6.2%左右。\n牵头单位:区发改局\n责任单位:立山经济开发区,全区经济运行各专班\n'
      + '2.规模上工业增加值增长5%左右。\n牵头单位:区工信局\n责任单位:立山经济开发区',
    );
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.coop, m.unsure])).toEqual([
      [2, ['区发改局'], ['立山经济开发区', '全区经济运行各专班'], false],
      [5, ['区工信局'], ['立山经济开发区'], false],
    ]);
  });

  test('an item whose text lists units-bearing paragraphs is still a heading over them', () => {
    const plan = readPlan('3.发布内容:\n文体生活专场:介绍文体活动。(责任单位:县文旅局)\n就业专场:介绍就业政策。(责任单位:县人社局)');
    expect(plan.measures.map((m) => [m.paragraph, m.lead])).toEqual([[2, ['县文旅局']], [3, ['县人社局']]]);
  });

  test('a 协办单位 line cooperates, and a units line a PDF broke at its line end takes the rest of its list (石景山 2019)', () => {
    const plan = readPlan(
      '一、提高城市基层党建工作水平\n1.完善街道党工委对地区治理重大工作的领导体制机制,优\n化决策程序。\n牵头单位:区委组织部\n'
      + '协办单位:区委编办、区民政局(区委社会工委)、园区党工\n委、各街道党工委\n2.以区域化党建为重点。\n牵头单位:区委组织部\n协办单位:各街道党工委\n社会宣传',
    );
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.coop])).toEqual([
      [2, ['区委组织部'], ['区委编办', '区民政局(区委社会工委)', '园区党工委', '各街道党工委']],
      [7, ['区委组织部'], ['各街道党工委']],
    ]);
  });

  test('a line opening with the item above\'s units bracket, the next item right after it (通化 2015)', () => {
    const plan = readPlan(
      '(一)加强基础设施建设。\n1.改造城市棚户区和工矿棚户区100万平方米,综合整治老旧住宅小区15万平方米。\n'
      + '(责任单位:市城建局)2.完成市区69.97公里老旧燃气管网改造,新增燃气用户4000户。\n(责任单位:市公用事业局)',
    );
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.task.slice(0, 6)])).toEqual([
      [2, ['市城建局'], '改造城市棚户'],
      [3, ['市公用事业局'], '完成市区69'],
    ]);
  });

  test('"X牵头,Y按职责分工负责": Y cooperates (咸阳 2022, traditional characters)', () => {
    const bracket = '(市政府辦公室、市行政審批制度改革工作領導小組辦公室牽頭,市級各有關部門及各縣市區政府按職責分工負責)';
    expect(proseUnits(toSimplified(bracket))).toEqual({
      lead: ['市政府办公室', '市行政审批制度改革工作领导小组办公室'],
      coop: ['市级各有关部门', '各县市区政府'],
    });
    expect(proseUnits('(省发展改革委牵头,省有关部门分工负责)').coop).toEqual(['省有关部门']);
  });
});

describe('subjects and headings when no units are written', () => {
  test('an item line that is only its title takes its doubtful leads from the sentences below it (a town\'s 2019 宣传周)', () => {
    const plan = readPlan(
      '三、活动安排。\n1、召开食品药品安全管理领导小组成员会议。\n召开领导小组全体成员会议,研究制定食品安全宣传周活动方案。\n2、悬挂横幅、设置站牌。\n'
      + '各村、学校、企事业单位、镇食品药品安全管理领导小组各成员单位在单位门口醒目位置悬挂食品安全宣传标语或设置站牌。\n'
      + '工商所、农业服务中心、经济服务中心、兽医站等部门选择在农产品养殖基地、集贸市场设置站牌。',
    );
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.unsure])).toEqual([
      [2, [], true],
      [4, ['各村', '学校', '企事业单位', '镇食品药品安全管理领导小组各成员单位', '工商所', '农业服务中心', '经济服务中心', '兽医站'], true],
    ]);
  });

  test('a title that writes its year without 年 gives the plan year', () => {
    expect(readPlan('2019食品安全宣传周活动方案\n一、活动安排\n1、悬挂横幅。(责任单位:镇政府)').year).toBe(2019);
    expect(readPlan('2019-2020学年工作方案\n1、悬挂横幅。(责任单位:镇政府)').year).toBeNull();
  });

  test('a heading that is only a unit and its day leads the duties below it, doubtful (a county\'s 2018 主题日安排)', () => {
    const plan = readPlan(
      '二、主办单位\n(一)县教育局(7月7日)\n各级各类学校通过国旗下讲话宣传食品安全科普知识。\n2各级各类学校要组织食堂从业人员开展培训。\n'
      + '(二)县工业和信息化局(7月8日)\n开展“232商务举报投诉服务平台”宣传活动。',
      { year: 2018 },
    );
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.deadline.date, m.unsure])).toEqual([
      [2, ['县教育局'], '2018-07-07', true],
      [5, ['县工业和信息化局'], '2018-07-08', true],
    ]);
    expect(plan.unsure.map((u) => u.why)[0]).toBe('责任单位取自条目标题“县教育局”，原文未按“责任单位：”写明，请核实');
    // headings that are no unit: a platform, a kind of publicity
    const none = readPlan('二、宣传方式\n(一)县级媒体平台\n开设专栏。\n(二)社会宣传\n悬挂横幅。');
    expect(none.measures.map((m) => m.lead)).toEqual([[], []]);
  });

  test('"&bsp;" a page printed as text is a space, and a line of it alone still counts as a paragraph', () => {
    const paras = paragraphsOf('标题\n&bsp;\n&bsp;一、活动时间:7月7日至29日\n&bsp;&bsp;&nbsp;正文');
    expect(paras.map((p) => [p.index, p.text, p.level])).toEqual([[1, '标题', 0], [3, '一、活动时间:7月7日至29日', 1], [4, '正文', 0]]);
  });
});

describe('parts and notices (湖南 2025, 江苏 2023 民法典宣传月)', () => {
  test('a part headed as the measures\' with one item: that item, led by its subjects, not the top headings', () => {
    const plan = readPlan('一、总体要求\n坚持以习近平法治思想为指导。\n三、时间安排\n宣传月时间为2025年5月1日至31日。\n四、重点工作\n'
      + '(一)省守法普法工作办公室、省司法厅在全省部署开展典型案例巡展活动。');
    expect(plan.measures.map((m) => [m.paragraph, m.lead, m.unsure])).toEqual([[6, ['省守法普法工作办公室', '省司法厅'], true]]);
  });
  test('a covering notice\'s dated duty before the plan is flagged', () => {
    const plan = readPlan('各设区市司法局:\n现将活动方案印发给你们。\n各地各部门请于6月2日前将民法典宣传月活动开展情况总结和统计表反馈省法宣办。\n一、指导思想\n深入学习。');
    expect(plan.unsure.map((u) => u.paragraph)).toContain(3);
    expect(readPlan('现将活动方案印发给你们,请于6月2日前认真学习。\n一、指导思想\n深入学习。').unsure).toEqual([]);
  });
});

describe('a 宣传月 notice from a 范文 site (湖南省政协 网络安全宣传月)', () => {
  const text = '经研究定于9月在全省政协系统开展网络安全宣传月活动。\n五、活动形式\n1.“安全案例”\n在政协云app开设专栏,9月份每个工作日发布1个典型网络安全案例。\n'
    + '2.专题展示\n省政协展示大厅将开设“网络安全宣传”专题展示。\n近500万道试题、20多万套资源、50多万篇作文、60多万篇范文免费使用\n每天仅需0.22元,尊享';
  test('"定于9月…开展…宣传月" names the publicity month', () => expect(readPlan(text).publicityMonths).toEqual([9]));
  test('the site\'s sales lines are no text of the last item (每天 is no deadline), and a hall is no unit', () => {
    const last = readPlan(text).measures.at(-1)!;
    expect([last.paragraph, last.lastParagraph, last.deadline.kind, last.lead]).toEqual([5, 6, 'none', []]);
  });
});

describe('the sheet\'s title', () => {
  const titleOf = (text: string) => tableTitle(readPlan(text));
  test('a title broken over two lines is joined, and its own 分工 words are not said twice (立山 2023)', () => {
    const text = '立山区人民政府\n2023年3月28日\n(此件公开发布)\n立山区政府2023年重点工作\n任务分解和责任分工方案\n一、目标\n1.增长6.2%。(牵头单位:区发改局)';
    expect(readPlan(text).title).toBe('立山区政府2023年重点工作任务分解和责任分工方案');
    expect(titleOf(text)).toBe('立山区政府2023年重点工作任务分工表');
    // a site's line above a notice's title is no half of it
    expect(readPlan('合集下载\n通化市人民政府关于印发通化市2015年创建国家卫生城市实施方案的通知\n1.改造。(责任单位:市城建局)').title).toBe('通化市人民政府关于印发通化市2015年创建国家卫生城市实施方案的通知');
  });
  test('the issuer\'s covering notice and a date\'s number are not part of the title', () => {
    expect(titleOf('通化市人民政府关于印发通化市2015年创建国家卫生城市实施方案的通知\n1.改造。(责任单位:市城建局)')).toBe('通化市2015年创建国家卫生城市任务分工表');
    expect(titleOf('3.15国际消费者权益日活动方案\n1、宣传。(责任单位:市场监管局)')).toBe('3.15国际消费者权益日活动任务分工表');
    expect(titleOf('2018年全国食品安全宣传周系列主题日活动安排\n二、主办单位\n(一)县教育局(7月7日)\n开展宣传。')).toBe('2018年全国食品安全宣传周系列主题日活动安排任务分工表');
  });
});
