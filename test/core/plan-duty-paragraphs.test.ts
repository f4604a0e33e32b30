// Real plans of round 9 (test/fixtures/plans, "Round 9, plans10"): a 任务分工 written as one paragraph per unit, a heading that
// names the lead of its items, subjects with brackets and commas, a person's field with a ';', a listed attachment printed below.
import { readPlan } from '../../src/core/plans';
import { tableTitle } from '../../src/core/plans/plan-sheets';

const lines = (...ls: string[]) => ls.join('\n');
const leads = (text: string) => readPlan(text).measures.map((m) => [m.paragraph, m.lead, m.unsure]);

describe('四、任务分工 as unnumbered paragraphs (旌德 防范电信网络诈骗犯罪集中宣传活动方案)', () => {
  const plan = lines(
    '四、任务分工',
    '集统一部署,县公安局具体推进,各乡镇和各县直单位落实。',
    '县公安局负责提供宣传、培训素材交由各乡镇、各县直单位自行印制、发放。每1周通报各乡镇电诈案件发案情况(具体到社区、村)。各派出所将防诈与防盗、交通知识、扫黑除恶知识宣传有机结合起来进行宣传。做好督导、检查、考核等工作。',
    '县委宣传部负责全县公共媒体、自媒体的电信诈骗宣传防范工作,并定期对宣传情况进行督导。',
    '县法院、县人民检察院负责加大对公安局办理电信网络诈骗案件的指导力度。',
    '县民政局结合殡葬改革宣传一并开展防电诈宣传工作。',
  );
  test('each paragraph opening with units is a doubtful task of its subjects, weekly when it says 每1周', () => {
    const read = readPlan(plan);
    expect(leads(plan)).toEqual([
      [3, ['县公安局', '各派出所'], true],
      [4, ['县委宣传部'], true],
      [5, ['县法院', '县人民检察院'], true],
      [6, ['县民政局'], true],
    ]);
    expect(read.measures[0].deadline).toEqual({ text: '每1周', kind: 'recurring' });
    expect(read.measures[0].section).toBe('四、任务分工');
  });
  test('the overview naming units is flagged, not a task', () => {
    expect(readPlan(plan).unsure.find((u) => u.paragraph === 2)?.why).toMatch(/概述/);
  });
  test('numbered lines elsewhere that name no unit are the plan\'s outline, not tasks without units', () => {
    const outlined = lines('三、宣传对象及内容', '1、宣传对象。全县广大人民群众。', '2、宣传内容。', plan);
    expect(readPlan(outlined).measures.map((m) => m.paragraph)).toEqual([6, 7, 8, 9]);
  });
  test('a part with numbered items under it is read as items, not as paragraphs', () => {
    const numbered = lines('四、任务分工', '1.县公安局负责提供宣传素材。', '2.县委宣传部负责媒体宣传。');
    expect(readPlan(numbered).measures.map((m) => m.paragraph)).toEqual([2, 3]);
  });
  test('one unit paragraph alone is no division list', () => {
    const one = lines('四、任务分工', '县公安局负责提供宣传素材。', '各地要高度重视。');
    expect(readPlan(one).measures.filter((m) => m.lead.includes('县公安局') && m.paragraph === 2 && !m.unsure)).toEqual([]);
  });
});

describe('a heading that names the lead of its items (沁县 2025 任务清单)', () => {
  test('"一、X牵头工作(8项)" leads every item under it', () => {
    const plan = lines(
      '2025年县政府工作报告任务清单',
      '一、县示范区管委会牵头工作(8项)',
      '1.投资3000万元建设南美白对虾工厂化循环水养殖基地。',
      '2.打造食用菌酵素生产基地。',
      '二、县发展和改革局牵头工作(2项)',
      '1.推进重点项目建设。',
    );
    expect(leads(plan)).toEqual([
      [3, ['县示范区管委会'], false],
      [4, ['县示范区管委会'], false],
      [6, ['县发展和改革局'], false],
    ]);
  });
  test('a heading that names no unit gives none', () => {
    for (const heading of ['一、重点工作', '二、部门负责事项', '（三）牵头单位负责的工作']) {
      const plan = lines(heading, '1.打造食用菌酵素生产基地。', '2.推进重点项目建设。');
      expect(readPlan(plan).measures.every((m) => m.lead.length === 0)).toBe(true);
    }
  });
  test('the listed 任务清单 printed below as text is no missing table', () => {
    const plan = lines(
      '现将任务清单印发给你们。',
      '附件:1.2025年县《政府工作报告》任务清单',
      '沁县人民政府办公室',
      '附件1',
      '2025年县政府工作报告任务清单',
      '一、县示范区管委会牵头工作(8项)',
      '1.打造食用菌酵素生产基地。',
      '2.推进重点项目建设。',
    );
    expect(readPlan(plan).unsure.filter((u) => /没有读到/.test(u.why))).toEqual([]);
  });
});

describe('subjects as towns write them (斗江镇 2025 安全生产月)', () => {
  test('a name holding a bracket, a list parted by a comma', () => {
    const plan = lines(
      '一、深入宣传贯彻',
      '(一)组织开展专题宣传贯彻。各村(居)民委,镇直各单位要深刻学习领悟习近平总书记关于安全生产的重要论述。',
      '(二)持续培育全社会安全文化。镇应急办组织开展2025年“安全生产月”安全文化主题活动。各村(居)民委、镇直各单位要聚焦“人人讲安全、个个会应急”,组织开展安全生产微课堂。',
    );
    expect(leads(plan)).toEqual([
      [2, ['各村(居)民委', '镇直各单位'], true],
      [3, ['镇应急办', '各村(居)民委', '镇直各单位'], true],
    ]);
  });
});

describe('a person\'s field written with a semicolon (xx镇2021年创建全国文明城市工作方案)', () => {
  test('责任人;xx ends the units list', () => {
    const plan = lines('(二)整治环境卫生', '1、生活垃圾定点投放,做到每天清扫2次。(责任单位:拆违控违办、各村、社区;责任人;xx)', '2、河塘有效治理。(责任单位:各村;联系人;张明)');
    expect(readPlan(plan).measures.map((m) => m.lead)).toEqual([['拆违控违办', '各村', '社区'], ['各村']]);
  });
});

describe('a span from now as a measure\'s time (the forms round 8 left; no published bracket holding both was found)', () => {
  const item = (time: string) => readPlan(lines('2025年防范电信网络诈骗宣传工作方案', '一、工作措施', `（一）开展集中宣传。组织开展宣传。（责任单位：县公安局；完成时限：${time}）`)).measures[0].deadline;
  test.each([
    ['即日起至年底', '2025-12-31'],
    ['即日起至2026年12月31日', '2026-12-31'],
    ['即日起—6月', '2025-06-30'],
    ['从即日起至12月底', '2025-12-31'],
    ['自即日起至2025年底', '2025-12-31'],
    ['即日起至6月中旬', '2025-06-20'],
    ['即日起至12月31日止', '2025-12-31'],
  ])('%s is due %s (the end of the span, in the plan year unless it names one)', (time, date) => {
    expect(item(time)).toEqual({ text: time, kind: 'date', date });
  });
  test('in prose too: "从即日起至12月底,在全县范围内组织开展…" (防范电信网络诈骗宣传年)', () => {
    const plan = lines('2021年防范电信网络诈骗宣传工作方案', '一、工作措施', '（一）开展宣传年活动。从即日起至12月底,在全县范围内组织开展“全民反诈”宣传年活动。（责任单位：县公安局）');
    expect(readPlan(plan).measures[0].deadline).toEqual({ text: '从即日起至12月底', kind: 'date', date: '2021-12-31' });
  });
});

describe('a units line after an item\'s points (运城市突发事件应急体系建设“十三五”规划责任分解, 2017)', () => {
  test('the item is the task, its points (1)…(4) its text, the one units line its units', () => {
    const plan = lines(
      '(一)“一案三制”建设',
      '1.完善应急预案体系',
      '(1)加强应急预案管理,规范应急预案编制、审批、发布、备案、修订和评估工作。',
      '(2)推进政府及其部门应急预案“精编化”,及时修订完善现有应急预案。',
      '(3)加强应急预案演练,完善演练管理制度。',
      '(责任单位:市直各有关单位、各县(市、区)人民政府、各开发区管委会)',
      '2.健全应急管理体制和运行机制',
      '(1)深入推进市、县、乡三级政府应急管理办事机构建设。',
      '(2)完善应急管理工作机制。',
      '(责任单位:市应急办)',
    );
    const read = readPlan(plan);
    expect(read.measures.map((m) => [m.paragraph, m.title, m.lead, m.unsure])).toEqual([
      [2, '完善应急预案体系', ['市直各有关单位', '各县(市、区)人民政府', '各开发区管委会'], false],
      [7, '健全应急管理体制和运行机制', ['市应急办'], false],
    ]);
  });
  test('points that each carry their own units stay the tasks', () => {
    const plan = lines('1.完善应急预案体系', '(1)加强应急预案管理。(责任单位:市应急办)', '(2)加强应急预案演练。(责任单位:市公安局)');
    expect(readPlan(plan).measures.map((m) => [m.paragraph, m.lead])).toEqual([[2, ['市应急办']], [3, ['市公安局']]]);
  });
});

describe('the sheet\'s title of a division of work (round 9: such titles gave "2025年宣传任务分工表")', () => {
  const titleOf = (text: string) => tableTitle(readPlan(text));
  test.each([
    ['运城市人民政府办公厅关于印发运城市突发事件应急体系建设“十三五”规划责任分解的通知\n运城市突发事件应急体系建设“十三五”规划责任分解\n1.完善应急预案体系。(责任单位:市应急办)', '运城市突发事件应急体系建设“十三五”规划任务分工表'],
    ['2025年金乡县政府重要工作事项责任分工\n1.地区生产总值增长6%。(牵头单位:县发展和改革局)', '2025年金乡县政府重要工作事项任务分工表'],
    ['附件:1.2025年县《政府工作报告》任务清单\n2.2025年十五件民盼实事任务分解\n附件1\n2025年县政府工作报告任务清单\n一、县示范区管委会牵头工作(8项)\n1.打造食用菌酵素生产基地。', '2025年县政府工作报告任务分工表'],
    ['贯彻落实《关于加强新时代街道工作的意见》的任务分解方案\n1.优化决策程序。牵头单位:区委办', '贯彻落实关于加强新时代街道工作的意见的任务分工表'],
  ])('%#: %s', (text, title) => expect(titleOf(text)).toBe(title));
});

describe('a year the plan looks back to is not its year', () => {
  // 《魅力文明城市创建行动方案》 (a city's, copy at https://m.youxiua.com/show-45-461444-1.html): the only year written is the
  // one already met ("对 2020 年已达标的…"); the plan names none of its own, so the import must ask, not date everything 2020
  test('对 2020 年已达标的… gives no plan year', () => {
    const plan = lines(
      '魅力文明城市创建行动方案',
      '一、开展拆违拆临和改造整治专项行动',
      '1.加大违建整治力度。巩固提升拆违拆临成果,健全完善长效管控机制,持续推进无违建街(镇)建设,12 月底前全市无违建街(镇)达到全市街(镇)总数的 80%。对 2020 年已达标的部分三级和二级无违建街(镇)进行提档升级。',
      '3.加快老旧小区整治改造。5 月底前开工老旧小区改造项目 50个,约 605 万平方米,涉及居民 6.2 万户。',
    );
    expect(readPlan(plan).year).toBeNull();
  });
  test('a year written as the plan\'s is still read', () => {
    expect(readPlan(lines('一、主要任务', '1.2021年完成老旧小区改造50个。较2020年增长10%。')).year).toBe(2021);
  });
});

describe('a 任务分工 paragraph broken at a line\'s end (a PDF\'s text)', () => {
  test('the line below goes on with its duty', () => {
    const plan = lines(
      '四、任务分工',
      '县公安局负责提供宣传、培训素材交由各乡镇、各县直单位自',
      '行印制、发放。',
      '县委宣传部负责全县公共媒体、自媒体的电信诈骗宣传防范工作。',
    );
    expect(readPlan(plan).measures.map((m) => [m.paragraph, m.lastParagraph, m.lead])).toEqual([[2, 3, ['县公安局']], [4, 4, ['县委宣传部']]]);
  });
});

describe('a span of months in a measure\'s text is due at its end', () => {
  // phrases of real plans and tables: "第一个阶段1月—6月份" (a town's 民生 plan, town-minsheng-lead), "5—7月" (生态环境部 2018,
  // deadline-phrases.json); "4月上旬至5月底" as 宣传月 plans write their campaign
  const due = (text: string) => readPlan(lines('2025年宣传工作方案', '一、工作措施', `1.开展集中宣传。${text}。(责任单位:县委宣传部)`)).measures[0].deadline;
  test.each([
    ['4月上旬至5月底开展集中宣传', '4月上旬至5月底', '2025-05-31'],
    ['第一个阶段1月—6月份进行成果展示', '1月—6月份', '2025-06-30'],
    ['5—7月开展专项行动', '5—7月', '2025-07-31'],
    ['2026年1月至12月持续开展', '2026年1月至12月', '2026-12-31'],
  ])('%s', (text, phrase, date) => expect(due(text)).toEqual({ text: phrase, kind: 'date', date }));
  test('a span written with ―, –, － is due at its end too (反邪教 plan "宣传发动阶段(3月1日―3月7日)", a school\'s "9月16―25日")', () => {
    expect(due('宣传发动阶段(3月1日―3月7日)召开两委会议')).toEqual({ text: '3月1日―3月7日', kind: 'date', date: '2025-03-07' });
    expect(due('9月16―25日开展主题班会')).toEqual({ text: '9月16―25日', kind: 'date', date: '2025-09-25' });
  });
  test('days without 日 when both months are written ("策划准备阶段(20xx年10月10至10月15)", a 镇 防诈 plan): due at the last, a 20xx year a placeholder', () => {
    expect(due('集中宣传阶段(10月16至10月31)')).toEqual({ text: '10月16至10月31', kind: 'date', date: '2025-10-31' });
    expect(due('策划准备阶段(20xx年10月10至10月15)')).toEqual({ text: '20xx年10月10至10月15', kind: 'placeholder' });
  });
  test('a number cut from 3.15 is no month ("3.15至4月" is due at 4月\'s end, not "15至4月")', () => {
    expect(due('围绕3.15至4月底开展宣传')).toEqual({ text: '4月底', kind: 'date', date: '2025-04-30' });
  });
});

describe('a 职责分工 whose paragraphs name their units before a colon', () => {
  // the shape of a 防范电信诈骗 plan's duties (copy at http://zgxlcd.com/zuowen/2391011.html: "縣委宣傳部:要在縣級主流網站並督促
  // 各鄉鎮宣傳部門…", traditional) and of 职责分工 lists generally; before, such paragraphs gave no task and the last was not even flagged
  test('each is a doubtful task of the units before its colon, titled by nothing', () => {
    const plan = lines(
      '四、职责分工',
      '县委宣传部:要在县级主流网站并督促各乡镇宣传部门在当地的主流网站开设防骗专栏。',
      '县司法局：负责组织普法志愿者开展宣传。',
      '各乡镇（街道）：结合实际开展宣传活动，5月31日前报送总结。',
    );
    expect(readPlan(plan, { year: 2023 }).measures.map((m) => [m.paragraph, m.title, m.lead, m.deadline.date ?? null, m.unsure])).toEqual([
      [2, null, ['县委宣传部'], null, true],
      [3, null, ['县司法局'], null, true],
      [4, null, ['各乡镇（街道）'], '2023-05-31', true],
    ]);
  });
  test('outside any 职责分工, such a dated paragraph is flagged, never lost', () => {
    const plan = lines('关于开展宣传活动的通知', '各乡镇（街道）：', '现将有关事项通知如下。', '各乡镇（街道）：结合实际开展宣传活动，5月31日前报送总结。');
    expect(readPlan(plan).unsure.map((u) => u.paragraph)).toEqual([4]);
  });
});

describe('a copy that stops inside its last measure', () => {
  test('the last measure, cut mid-sentence, is doubtful even with its lead (沁县 item 4: "4.加强示范区与主城区基础设施")', () => {
    const plan = lines('一、县示范区管委会牵头工作(8项)', '1.打造食用菌酵素生产基地。', '2.加强示范区与主城区基础设施');
    const read = readPlan(plan);
    expect(read.measures.map((m) => [m.paragraph, m.unsure])).toEqual([[2, false], [3, true]]);
    expect(read.unsure.find((u) => u.paragraph === 3)?.why).toMatch(/截断/);
  });
  test('a last units line without a stop is no cut', () => {
    const plan = lines('1.规模上工业增加值增长5%左右。', '牵头单位:区工信局', '责任单位:立山经济开发区');
    expect(readPlan(plan).measures.map((m) => m.unsure)).toEqual([false]);
  });
});

describe('a duty list "1.X:…" in a copy that writes 壹 for 一 (a 镇\'s 防诈 plan, crsrw.com copy)', () => {
  const plan = lines(
    '二、活動時間',
    '(1)策劃準備階段(20xx年10月10至10月15)。鎮綜治辦根據職責任務分工,制定宣傳方案。',
    '(2)集中公示階段。各村、相關職能辦、相關單位要持續開展防範電信(網絡)詐騙宣傳。',
    '三。責任和任務',
    '1.鎮綜治辦:負責協調落實宣傳工作;壹是每月集中開展壹次全鎮幹部培訓會。',
    '2.派出所:用真實的電信詐騙案件向群眾講解電信詐騙的常用手法。',
  );
  test('the list is the tasks, each led by the unit before its colon, sure; the stages above are flagged', () => {
    const read = readPlan(plan);
    expect(read.measures.map((m) => [m.paragraph, m.lead, m.title, m.unsure, m.section])).toEqual([
      [5, ['镇综治办'], null, false, '三。責任和任務'],
      [6, ['派出所'], null, false, '三。責任和任務'],
    ]);
    expect(read.measures[0].quota?.text).toBe('每月集中開展壹次');
    expect(read.unsure.map((u) => u.paragraph)).toEqual([2, 3]);
  });
});

describe('steps of a dated stage (2025年乡镇/街道“安全生产月”活动方案, https://www.dsjrj.com/huodong/2025081116778.html)', () => {
  const plan = lines(
    '2025年乡镇/街道“安全生产月”活动方案',
    '三、活动目标',
    '1. 提升辖区居民、企业员工安全意识,强化安全发展理念。',
    '2. 排查并整改安全隐患,降低事故风险。',
    '五、活动内容及安排',
    '(一)宣传动员阶段(6月1日—6月5日)',
    '1. 启动仪式',
    '• 召开动员大会,乡镇/街道主要负责人宣读活动方案,部署工作任务。',
    '2. 宣传造势',
    '• 利用微信公众号、社区广播、电子屏等平台,推送安全知识、警示案例。',
    '(二)教育培训阶段(6月6日—6月12日)',
    '1. 安全知识培训',
    '• 邀请专家开展专题讲座。',
  );
  test('in a plan naming no units, the 活动内容 part holds the measures, not 活动目标', () => {
    expect(readPlan(plan).measures.map((m) => m.paragraph)).toEqual([7, 9, 12]);
  });
  test('a step with no time of its own is due at its stage\'s end', () => {
    expect(readPlan(plan).measures.map((m) => [m.deadline.text, m.deadline.date])).toEqual([
      ['6月1日—6月5日', '2025-06-05'], ['6月1日—6月5日', '2025-06-05'], ['6月6日—6月12日', '2025-06-12'],
    ]);
  });
});
