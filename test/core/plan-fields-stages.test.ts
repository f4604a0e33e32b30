// Real plans of round 10 (test/fixtures/plans, "Round 10, plans11"): 〔〕 units brackets, an activity written as fields, stages that
// are the work, times spaced from their 月, 持续推进 as a verb, a slogan's 牵头, a plan without a year.
import { readPlan } from '../../src/core/plans';
import { findDeadline, rangeEnd, stageTime } from '../../src/core/plans/phrases';
import { withoutDates } from '../../src/core/plans/item-title';
import { tableTitle } from '../../src/core/plans/plan-sheets';

const lines = (...ls: string[]) => ls.join('\n');

describe('〔责任单位：…〕 (四川省“十四五”现代流通体系建设实施方案, 2022)', () => {
  const plan = lines(
    '一、深化现代流通市场化改革',
    '(一)加强市场体系建设。推进高标准市场体系建设,全面融入全国统一大市场。〔责任单位:省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕',
    '(二)优化市场准入环境。实施“证照分离”改革全覆盖,持续推进“一网通办”“一日办结”。将“食品经营许可”(预包装食品)和“报关企业注册登记”纳入“多证合一”改革。〔责任单位:省市场监管局〕',
  );
  test('the bracket names the units; 按职责分工负责 is how they share it, the undivided cities no unit', () => {
    expect(readPlan(plan).measures.map((m) => [m.paragraph, m.lead, m.coop, m.unsure])).toEqual([
      [2, ['省发展改革委', '省市场监管局', '商务厅', '省大数据中心'], [], false],
      [3, ['省市场监管局'], [], false],
    ]);
  });
  test('持续推进 opening a clause is its verb, no time limit', () => {
    expect(readPlan(plan).measures[1].deadline).toEqual({ text: null, kind: 'none' });
    expect(findDeadline('持续推进无违建街(镇)建设,提档升级')).toBeNull();
    expect(findDeadline('做好宣传报道工作。(持续推进)')?.text).toBe('持续推进');
  });
});

test('a time spaced from its 月 as a PDF leaves it (魅力文明城市创建行动方案): found, shown as written', () => {
  expect(findDeadline('持续推进无违建街(镇)建设,12 月底前全市无违建街(镇)达到全市街(镇)总数的 80%。')).toEqual({ text: '12 月底前', start: 14 });
  const plan = readPlan(lines(
    '一、开展拆违拆临和改造整治专项行动',
    '3.加快老旧小区整治改造。5 月底前开工老旧小区改造项目 50个,约 605 万平方米,涉及居民 6.2 万户。',
    '4.开展背街小巷整治。6 月底前对全市背街小巷存在的突出问题进行梳理,制定整治方案。',
  ), { year: 2021 });
  expect(plan.measures.map((m) => [m.deadline.text, m.deadline.date, m.unsure])).toEqual([
    ['5 月底前', '2021-05-31', true],
    ['6 月底前', '2021-06-30', true],
  ]);
});

describe('an activity written as fields (xx县2026年元旦春节元宵节系列文体活动方案)', () => {
  const plan = lines(
    '二、活动内容',
    '(一)“我们的中国梦-文化进万家”xx县2026年文艺轻骑兵进基层大拜年演出活动',
    '活动时间:2026年1月至2月(2026年春节为2月17日,元宵节为3月3日,此时间段覆盖元旦至元宵节核心节庆期)',
    '活动地点:各乡镇(街道)、村(社区)',
    '活动内容:由县文化馆集中优势力量创排6-8个融合马年元素与本土地域特色的主题性文艺精品,在全县各乡镇(街道)开展迎新春大拜年演出。',
    '牵头单位:县文旅局',
    '责任单位:县委宣传部、统战部,各乡镇(街道)',
    '(二)xx县2026年文化科技卫生“三下乡”活动',
    '活动时间:2026年1月至12月(全年常态化开展,元旦春节期间加密频次)',
    '活动地点:各乡镇(街道)、各旅游景区(如中殊玉泉国际酒庄、贺兰红酒庄)、农民文化大院',
    '活动内容:',
    '由县委宣传部牵头,县纪委监委、文旅局、卫健局、文联及各乡镇(街道)等单位,组织开展廉政文化宣传、马年主题写春联送书画、“福字”派送。',
  );
  const read = readPlan(plan);
  test('one task per activity: its fields are its own (活动地点 too), its heading line its title', () => {
    expect(read.measures.map((m) => [m.paragraph, m.lastParagraph])).toEqual([[2, 7], [8, 12]]);
    expect(read.measures[0].title).toBe('“我们的中国梦-文化进万家”xx县2026年文艺轻骑兵进基层大拜年演出活动');
    expect(read.unsure.filter((u) => /会务/.test(u.why))).toEqual([]);
  });
  test('牵头单位 leads, 责任单位 cooperates; due at the span\'s end, not on a festival the bracket names', () => {
    expect([read.measures[0].lead, read.measures[0].coop, read.measures[0].unsure]).toEqual([['县文旅局'], ['县委宣传部', '统战部', '各乡镇(街道)'], false]);
    expect(read.measures[0].deadline).toEqual({ text: '2026年1月至2月', kind: 'date', date: '2026-02-28' });
  });
  test('"由X牵头,A、B…及C等单位,组织开展…": those listed cooperate', () => {
    expect([read.measures[1].lead, read.measures[1].coop]).toEqual([['县委宣传部'], ['县纪委监委', '文旅局', '卫健局', '文联', '各乡镇(街道)']]);
    expect(read.measures[1].deadline.date).toBe('2026-12-31');
  });
});

describe('stages that are the work', () => {
  test('五、实施步骤 of a plan naming no unit (全市“五城联创”工作实施方案, 2017): doubtful tasks due at their spans\' ends', () => {
    const plan = readPlan(lines(
      '五、实施步骤',
      '“五城联创”活动分三个阶段进行。',
      '(一)第一阶段:宣传发动,制定方案(2017年7月18日至 2017年7月25日)。',
      '各牵头单位建立健全组织领导机构,对照国家和省的创城标准、指标体系,制定工作方案。新闻媒体做好宣传报道工作,营造良好的社会舆论氛围。',
      '(二)第二阶段:集中力量,扎实推进(2017年7月26日至2020年5月31日)。',
      '各牵头单位按照工作方案、目标任务、工作责任,制定时间表和路线图,认真抓好落实、扎实推进。',
      '六、工作措施',
      '(一)提高认识,加强领导。',
      '各级各部门要切实增强责任感和主人翁意识,主动配合,上下联动,齐抓共管,合力推进,确保目标如期实现。',
    ));
    const stages = plan.measures.filter((m) => m.section === '五、实施步骤');
    expect(stages.map((m) => [m.paragraph, m.title, m.deadline.date, m.unsure, m.lead])).toEqual([
      [3, '宣传发动,制定方案', '2017-07-25', true, []],
      [5, '集中力量,扎实推进', '2020-05-31', true, []],
    ]);
    expect(plan.measures.every((m) => m.unsure)).toBe(true);
  });
  test('a span whose end carries its own year, after a space', () => {
    expect(findDeadline('宣传发动,制定方案(2017年7月18日至 2017年7月25日)。')?.text).toBe('2017年7月18日至 2017年7月25日');
    expect(rangeEnd('2017年7月26日至2020年5月31日')).toBe('2020年5月31日');
    expect(rangeEnd('2017年7月18日至 2017年7月25日')).toBe('2017年7月25日');
    expect(rangeEnd('6月1日至30日')).toBe('6月30日');
  });
  test('a stage dated by months only (大足县创建全国绿化模范县迎检实施方案): its time, and not its title', () => {
    expect(stageTime('(一)宣传动员自查阶段(**年4月~7月中旬)')).toBe('**年4月~7月中旬');
    expect(withoutDates('宣传动员自查阶段(**年4月~7月中旬)')).toBe('宣传动员自查阶段');
    expect(withoutDates('评审验收阶段(**年9月~12月)')).toBe('评审验收阶段');
  });
  test('a slogan "形成政府牵头、部门其责…" names no lead; without a plan year no date is made up', () => {
    const plan = readPlan(lines(
      '一、分阶段实施迎检工作目标',
      '(一)宣传动员自查阶段(**年4月~7月中旬)。制定实施方案,召开迎检动员大会,并按照全国绿化模范县评选条件进行自查,形成政府牵头、部门其责、全民动手、共同创建的良好局面。',
      '(二)任务落实阶段(**年7月下旬~8月)。各级各部门、各职能组根据实施方案,认真开展各项创建工作。',
    ));
    expect(plan.year).toBeNull();
    expect(plan.measures.map((m) => [m.title, m.lead, m.unsure, m.deadline.date])).toEqual([
      ['宣传动员自查阶段', [], true, undefined],
      ['任务落实阶段', [], true, undefined],
    ]);
    expect(plan.measures[0].deadline.text).toBe('4月~7月中旬');
  });
});

describe('the plan\'s own rule for its lists (丽水 市政府工作报告重点工作责任分解, 2023)', () => {
  const plan = lines(
    '一、全市经济社会发展主要预期目标',
    '3.研发投入强度达到2.3%。',
    '责任单位:市科技局',
    '4.固定资产投资增长10%。',
    '责任单位:市发改委、市经信局、市科技局、市财政局(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)',
    '6.城乡居民收入增速保持全省领先、农民收入增速快于城镇居民。',
    '责任单位:市人力社保局、市农业农村局分别牵头',
    '10.实施招商引资“百千”行动,每年招引亿元以上制造业项目100个。',
    '责任单位:市双招双引办、市发改委、市经信局,各县(市、区)政府、丽水开发区管委会',
    '11.紧盯“中字头、国字号、500强”推动招大引强再上新高。',
    '责任单位:市',
  );
  test('the first listed leads, the others cooperate; "分别牵头" lists all lead; the note is no name', () => {
    expect(readPlan(plan).measures.map((m) => [m.paragraph, m.lead, m.coop, m.unsure])).toEqual([
      [2, ['市科技局'], [], false],
      [4, ['市发改委'], ['市经信局', '市科技局', '市财政局'], false],
      [6, ['市人力社保局', '市农业农村局'], [], false],
      [8, ['市双招双引办'], ['市发改委', '市经信局', '各县(市、区)政府', '丽水开发区管委会'], false],
      [10, [], [], true],
    ]);
  });
  test('without such a rule, every 责任单位 leads as before', () => {
    const lists = readPlan(lines('1.固定资产投资增长10%。', '责任单位:市发改委、市经信局', '2.规上工业增加值增长8%。', '责任单位:市经信局'));
    expect(lists.measures[0].lead).toEqual(['市发改委', '市经信局']);
  });
});

test('a covering notice whose tasks are all in its attachment, not carried (大洼 2021): the attachment is named and asked for', () => {
  const plan = readPlan(lines(
    '各镇(街道)人民政府(办事处),临港经济开发区管委会,区政府各部门、直属机构:',
    '为深入贯彻落实…,全面完成好《政府工作报告》中确定的2021年各项工作任务,…现将《<政府工作报告>任务分解表》印发给你们。',
    '请各牵头单位要严格按照任务分工,对涉及的工作任务进行再细化、再分解。各责任(配合)单位要加强协调,积极配合。',
    '附件:《政府工作报告》任务分解表',
    '盘锦市大洼区人民政府办公室',
    '2021年1月25日',
  ));
  expect(plan.measures).toEqual([]);
  expect(plan.unsure).toEqual([{ paragraph: 4, why: expect.stringMatching(/^方案列为附件的“《政府工作报告》任务分解表”在文件中没有读到.*任务都在这份附件里：请用附件原件/) }]);
});

test('a title whose year closes it in brackets (丽水: 市政府工作报告重点工作责任分解(2023年)) titles the sheet, its year in front', () => {
  const plan = readPlan(lines('当前位置:首页', '市政府工作报告重点工作责任分解(2023年)', '一、全市经济社会发展主要预期目标', '1.生产总值增长6%以上。', '责任单位:市发改委'));
  expect(tableTitle(plan)).toBe('2023年市政府工作报告重点工作任务分工表');
});

describe('several units, a time each, in one bracket (the brief\'s shape of 湘西 2020\'s "(牵头单位:…;责任单位:…,6月底完成)")', () => {
  test('two labelled lists each closed by a time: read at once (this hung the import: a loop that never popped the second time)', () => {
    const plan = readPlan(lines('一、重点任务', '2.深化文明城市创建。（牵头单位：市文明办，2026年6月底前；配合单位：各县区，持续推进）'), { year: 2026 });
    expect(plan.measures.map((m) => [m.lead, m.coop, m.deadline])).toEqual([
      [['市文明办'], ['各县区'], { text: '2026年6月底前', kind: 'date', date: '2026-06-30' }],
    ]);
  });
  test('"X、Y分别牵头,分别于A前、B前完成": both lead, the cell keeps both times (a milestone), due at the last', () => {
    const plan = readPlan(lines('一、重点任务', '3.做好网络宣传。（市委网信办、市融媒体中心分别牵头，分别于2026年5月底前、2026年9月底前完成）'), { year: 2026 });
    expect(plan.measures.map((m) => [m.lead, m.coop, m.deadline, m.unsure])).toEqual([
      [['市委网信办', '市融媒体中心'], [], { text: '2026年5月底前、2026年9月底前', kind: 'date', date: '2026-09-30' }, false],
    ]);
  });
});

test('a 分工表 without a plan year (池州市信访局 政务公开重点任务清单): 年底前 is a date whose year the clerk sets, not a time nobody can read', () => {
  const plan = readPlan(lines(
    '序号\t具体要求\t责任科室\t时限要求',
    '1\t对行政规范性文件进行全面清理,并向社会公布现行有效行政规范性文件目录。\t办公室\t年底前',
    '2\t积极做好政策解读工作,持续提升政策解读质量,丰富解读形式。\t各科室\t持续推进',
  ));
  expect(plan.year).toBeNull();
  expect([plan.basis, plan.measures.map((m) => m.deadline)]).toEqual(['table', [{ text: '年底前', kind: 'date' }, { text: '持续推进', kind: 'ongoing' }]]);
  // before, "年底前" was told 无法识别（可能缺了年、月等字）and the clerk asked to rewrite it "如“5月底前”"
  expect(plan.unsure.filter((u) => /无法识别/.test(u.why))).toEqual([]);
});
