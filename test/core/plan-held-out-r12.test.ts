// Real plans of round 12 (test/fixtures/plans, "Round 12, plans13"): a 街道's 责任科室, a 方案 opening with its table of contents,
// activities whose 责任人 is left blank, a 镇 宣传办's own counts by level of media and an item whose number the copy lost.
import { readFileSync } from 'fs';
import { join } from 'path';
import { readPlan } from '../../src/core/plans';
import { contentsLines } from '../../src/core/plans/contents';
import { paragraphsOf } from '../../src/core/plans/outline';
import { findDeadline, findQuotas } from '../../src/core/plans/phrases';

const fixture = (id: string) => readFileSync(join(__dirname, '../fixtures/plans', `${id}.txt`), 'utf8');
const lines = (...ls: string[]) => ls.join('\n');

describe('a 街道\'s sections as units: (责任科室:…) (五马街道 2010 元旦春节)', () => {
  const text = fixture('nbxinxi-wuma-2010-jiedao-zeren-keshi');

  test('the 科室 of the bracket lead, and the item is sure', () => {
    const m = readPlan(text, { year: 2010 }).measures.find((x) => x.paragraph === 12)!;
    expect(m.lead).toEqual(['市容科', '经济科']);
    expect(m.coop).toEqual([]);
    expect(m.unsure).toBe(false);
    expect(m.title).toBe('开展“迎新春市容环境百日大攻坚”活动');
  });

  test('typed in a Word 公文 with full-width brackets and colon, and with 牵头/配合科室 side by side', () => {
    const item = (units: string) => lines('二、活动内容', `1、开展“迎新春市容环境百日大攻坚”活动。组织机关、学校、企业和社区积极开展环境卫生大扫除。${units}`);
    expect(readPlan(item('（责任科室：市容科、经济科）'), { year: 2010 }).measures[0].lead).toEqual(['市容科', '经济科']);
    const both = readPlan(item('（牵头科室：市容科；配合科室：经济科、城管中队）'), { year: 2010 }).measures[0];
    expect([both.lead, both.coop]).toEqual([['市容科'], ['经济科', '城管中队']]);
    const line = readPlan(lines('二、活动内容', '1、开展清洁家园大行动。', '责任科室:市容科'), { year: 2010 }).measures[0];
    expect(line.lead).toEqual(['市容科']);
  });
});

describe('a table of contents before the body (学习宣传贯彻二十届四中全会精神工作方案, 2026)', () => {
  const text = fixture('gongxunwang-2026-sizhong-quanhui-contents');

  test('the 25 contents lines are left out: no task, no doubt, no year from the stages they list', () => {
    const plan = readPlan(text);
    expect(plan.cleaning.contents).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(plan.measures).toEqual([]);
    expect(plan.unsure).toEqual([]);
    expect(plan.year).toBeNull();
  });

  // the same contents as Word prints them (a 目录 line, dot leaders and page numbers), then a body whose tasks name units
  const body = lines(
    '学习宣传贯彻二十届四中全会精神工作方案',
    '一、指导思想和工作目标',
    '坚持以习近平新时代中国特色社会主义思想为指导,全面贯彻党的二十大和二十届历次全会精神。',
    '三、主要工作任务',
    '(一)坚持深学细悟。各级党组织把全会精神纳入理论学习中心组学习重点内容。(责任单位:市教育局机关党委)',
    '(二)拓展宣讲形式。组建教育系统宣讲团,深入学校开展宣讲。(责任单位:市教育局宣传科)',
  );
  const contents = lines(
    '目  录',
    '一、指导思想和工作目标……………………1',
    '(一)在深化认知中校准方向……………………1',
    '三、主要工作任务……………………3',
    '(一)坚持深学细悟……………………3',
    '(二)拓展宣讲形式……………………4',
    '四、实施步骤\t5',
    '(一)统筹部署启动阶段(2025年11月—12月)\t5',
  );

  test('with a 目录 line and page numbers: only the body\'s tasks, once each', () => {
    const plan = readPlan(lines(contents, body));
    expect(plan.cleaning.contents).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(plan.measures.map((m) => [m.title, m.lead])).toEqual([
      ['坚持深学细悟', ['市教育局机关党委']],
      ['拓展宣讲形式', ['市教育局宣传科']],
    ]);
  });

  test('headings with no text between them that the body does not repeat are no contents (a plan\'s own outline)', () => {
    const outline = paragraphsOf(lines('一、工作任务', '(一)新闻宣传', '(二)社会宣传', '(三)网络宣传', '(四)阵地宣传', '二、工作要求', '各单位要高度重视。'));
    expect(contentsLines(outline)).toEqual([]);
    // nor a part whose points are run in before any prose: fewer than four lines
    expect(contentsLines(paragraphsOf(lines('一、指导思想', '(一)总体要求', '一、指导思想')))).toEqual([]);
  });
});

describe('activities whose 责任人 is left blank (乌苏市环保局 “6.5”世界环境日 宣传活动)', () => {
  const plan = readPlan(fixture('78911-wusu-huanjingri-blank-zerenren'), { year: 2016 });
  const at = (p: number) => plan.measures.find((m) => m.paragraph === p)!;

  test('each activity is doubtful, and says the form\'s field is blank', () => {
    expect(plan.measures.map((m) => m.paragraph)).toEqual([2, 5, 8, 11, 15, 19, 22, 26]);
    expect(plan.measures.every((m) => m.unsure && m.lead.length === 0)).toBe(true);
    for (const p of [2, 5, 8, 11, 15, 19, 22, 26]) expect(plan.unsure.find((u) => u.paragraph === p)?.why).toContain('“责任人:”一栏留空');
    // the blank field is said once, in the doubt: the task's cell keeps the work only
    expect(plan.measures.some((m) => m.task.includes('责任人'))).toBe(false);
  });

  test('an event\'s name that ends in 会 (庆“6.5”文艺晚会) is no unit', () => {
    expect(at(22).title).toBe('庆“6.5”文艺晚会');
    expect(at(22).lead).toEqual([]);
  });

  test('days listed after their month are due on the last (6月1日、2日、3日、4日(四天))', () => {
    expect(findDeadline('时间:6月1日、2日、3日、4日(四天)。5月31日开始准备。')?.text).toBe('6月1日、2日、3日、4日');
    expect(at(2).deadline).toMatchObject({ kind: 'date', date: '2016-06-04' });
    expect(at(8).deadline).toMatchObject({ kind: 'date', date: '2016-06-05' });
  });
});

describe('a 镇 宣传办\'s own plan (镇新闻宣传工作方案): counts by level of media, an item whose number was lost', () => {
  const plan = readPlan(fixture('guanshan-zhen-xinwen-media-quota'));

  test('the count placed in each level of media is the quota, both levels kept', () => {
    expect(plan.measures.find((m) => m.paragraph === 11)?.quota?.text).toBe('争取区级媒体上100条次,市级及以上主流媒体上10条次');
    expect(findQuotas('力争在省级以上媒体刊发20篇。').map((q) => q.text)).toEqual(['力争在省级以上媒体刊发20篇']);
    // a medium named without a count is no quota
    expect(findQuotas('宣传方式以区级媒体报道为主。')).toEqual([]);
  });

  test('"特色打造。…" under "(一)新闻宣传。…" is named as a possible item of its own, not read away silently', () => {
    expect(plan.unsure.find((u) => u.paragraph === 12)?.why).toContain('漏了编号');
    expect(plan.year).toBeNull();
  });
});

describe('stages that are the work, a time in its own bracket (XX区第五次全国经济普查宣传工作方案, 2023)', () => {
  const plan = readPlan(fixture('qiantu-2023-wujingpu-stages-chengyuan'));
  const at = (p: number) => plan.measures.find((m) => m.paragraph === p)!;

  test('(一)安排部署阶段 is due by its (完成时限:2023年6月下旬之前), no unit named', () => {
    expect(plan.year).toBe(2023);
    expect([at(6).title, at(6).lead, at(6).unsure]).toEqual(['安排部署阶段', [], true]);
    expect(at(6).deadline).toMatchObject({ kind: 'date', date: '2023-06-30' });
  });

  test('(二)细化落实阶段\'s subject 各成员单位 leads, doubtful; a role such as 各牵头单位 never does', () => {
    expect([at(7).lead, at(7).unsure]).toEqual([['各成员单位'], true]);
    const roles = readPlan(lines('二、工作安排', '(一)细化落实阶段。各牵头单位按照工作方案,制定时间表和路线图。', '(二)总结阶段。各成员单位按照要求报送总结。'));
    expect(roles.measures.map((m) => m.lead)).toEqual([[], ['各成员单位']]);
  });
});
