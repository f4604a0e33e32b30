// Units a plan names in prose (由…负责, …负责), and what else the 2006 象山 / 民族团结 / 镇委 web copies taught the reader.
import { readPlan, findQuotas, findYear, proseUnits, toSimplified } from '../../src/core/plans';

const prose = (text: string) => proseUnits(toSimplified(text));

describe('units named in prose', () => {
  test('由…具体负责 and 具体由…负责 name the lead', () => {
    expect(prose('重点推出系列专题报道。由县委宣传部具体负责。')).toEqual({ lead: ['县委宣传部'], coop: [] });
    expect(prose('届时将举行群众游行,具体由县文体局负责。')).toEqual({ lead: ['县文体局'], coop: [] });
  });
  test('负责 leads over 组织; "一个党委" is a count, not a unit', () => {
    expect(prose('以黨委為單位,每天由一個黨委組織展演一臺文藝晚會。具體由縣文體局負責。')).toEqual({ lead: ['县文体局'], coop: [] });
  });
  test('several units 联合组织 lead, a later 由…组织 cooperates', () => {
    const u = prose('由縣委辦、政府辦、縣委宣傳部聯合組織舉辦評選活動,由縣文體局組織一臺綜藝頒獎晚會');
    expect(u.lead).toEqual(['县委办', '政府办', '县委宣传部']);
    expect(u.coop).toEqual(['县文体局']);
  });
  test('the units a 由…统一组织 brings in cooperate; 组织力量 brings in none', () => {
    expect(prose('由县委宣传部统一组织各党委、各单位在县政府门口布置展版')).toEqual({ lead: ['县委宣传部'], coop: ['各党委', '各单位'] });
    expect(prose('由县委宣传部组织力量,按标准展板制作光荣榜')).toEqual({ lead: ['县委宣传部'], coop: [] });
  });
  test('sentences whose subject 负责 all lead; 负责人 and 负责同志 are people', () => {
    expect(prose('五、保障措施。辦公室和生態辦負責提供資料。法規科負責準備宣傳資料。').lead).toEqual(['办公室', '生态办', '法规科']);
    expect(prose('稿件上报时。各部门负责人要审核').lead).toEqual([]);
    expect(prose('县委宣传部、县融媒体中心负责新闻报道。').lead).toEqual(['县委宣传部', '县融媒体中心']);
    expect(prose('稿件、图片等负责报送').lead).toEqual([]);
  });
  test('由…牵头 reads as before, 由…负责 beside it cooperates', () => {
    expect(prose('由区民生办牵头,由各镇负责具体落实')).toEqual({ lead: ['区民生办'], coop: ['各镇'] });
    expect(prose('由局党组成员XX同志牵头').lead).toEqual([]);
  });
  test('words that only look like 由…负责 name nobody', () => {
    expect(prose('由于时间紧,各村要负责到底')).toEqual({ lead: [], coop: [] });
  });
});

describe('what the copies showed', () => {
  test('a year range names both years: 2006 is the plan year, not the 2007 of 2006-2007年', () => {
    expect(findYear(['2006年“六·五”世界环境日中国主题为“生态安全与环境友好型社会”,为了贯彻这一宣传主题,特拟制如下宣传方案:', '一、以象山生态县建设工作领导小组名义,与县委宣传部联合印发《象山县2006-2007年生态环保宣传教育要点》的通知,对各镇乡党委、政府,街道党工委、办事处和县直属有关单位提出宣传要求,明确责任分工,落实具体措施(5月23日)。'])).toBe(2006);
  });
  test('shows counted in 台 so many a day are a quota; one show alone is not', () => {
    expect(findQuotas('每天由一个党委组织展演一台文艺晚会').map((q) => q.text)).toEqual(['每天由一个党委组织展演一台文艺晚会']);
    expect(findQuotas('由县文体局组织一台综艺颁奖晚会')).toEqual([]);
  });
  test('an item line with its text below is its title; a heading whose only text is one paragraph is where the measure starts', () => {
    const plan = readPlan(['一、活动内容', '(一)对外宣传', '开辟新闻专栏,推出系列专题报道。由县委宣传部具体负责。', '(二)举办运动会', '于5月下旬举办运动会,具体由县文体局负责。'].join('\n'), { year: 2022 });
    expect(plan.measures.map((m) => [m.paragraph, m.title, m.lead, m.unsure])).toEqual([
      [2, '对外宣传', ['县委宣传部'], false],
      [4, '举办运动会', ['县文体局'], false],
    ]);
    expect(plan.measures[1].deadline).toEqual({ text: '5月下旬', kind: 'date', date: '2022-05-31' });
    const town = readPlan(['一、工作原则', '切实加强信息宣传工作。', '二、报送任务', '各办站所每月报送有效信息或新闻稿件不得少于4条(篇)。', '三、报送范围', '1、信息报送的主要范围:重大活动。', '2、新闻稿件报送的主要范围:工作动态。'].join('\n'));
    const task = town.measures.find((m) => m.lead.includes('各办站所'));
    expect([task?.paragraph, task?.title, task?.deadline.text, task?.quota?.text]).toEqual([3, '报送任务', '每月', '不得少于4条']);
  });
  test('a numbered item without units takes the unit it starts with as a doubtful lead, a placeholder county too', () => {
    const plan = readPlan(['二、主要任务', '(一)发布文件宣传', '在x县广播电视台及所属新媒体刊载《办法》。', '(二)开辟专栏宣传', '1.x县广播电视台对《办法》进行重点解读;', '2.县融媒体中心推出系列报道;'].join('\n'));
    expect(plan.measures.filter((m) => m.lead.length > 0).map((m) => [m.paragraph, m.lead, m.unsure])).toEqual([
      [5, ['x县广播电视台'], true],
      [6, ['县融媒体中心'], true],
    ]);
    expect(plan.unsure.find((u) => u.paragraph === 5)?.why).toContain('句首');
  });
});

describe('numbered items under a heading name their units without their number', () => {
  // a 安全生产月 宣传活动方案 laid out as Word numbers it (一、 / （一） / 1.), the 1. item's subject being the unit: the
  // reader had kept the number ("1.县融媒体中心") or, after 1、 （1） ①, found no unit at all
  const base = ['某县2023年安全生产月宣传活动方案', '一、活动时间', '2023年6月1日至6月30日。', '二、活动内容', '（一）开展宣传咨询日活动',
    '1.6月16日前，由县应急管理局牵头，各乡镇配合，在县城广场开展集中宣传咨询活动。', '（二）开展媒体宣传'];
  test.each(['1.', '1. ', '1、', '（1）', '①'])('"%s县融媒体中心负责，…" names 县融媒体中心', (number) => {
    const plan = readPlan([...base, `${number}县融媒体中心负责，每周至少播发安全生产宣传报道2条。`].join('\n'));
    expect(plan.measures.map((m) => [m.lead, m.coop])).toEqual([[['县应急管理局'], ['各乡镇']], [['县融媒体中心'], []]]);
  });
});
