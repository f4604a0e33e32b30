// Labelled fields as real published plans write them (test/fixtures/plans README, plans9): 牵头/协同责任单位 lines under a
// person's field, 部门分工 prose under a label, (X牵头,Y等部门,Z配合) brackets, a law site's '|' document card.
import { readPlan } from '../../src/core/plans';
import { proseCoop } from '../../src/core/plans/plan-units';

const plan = (...lines: string[]) => readPlan(lines.join('\n'));

describe('labelled fields in real plans', () => {
  test('"1﹒" numbers an item; 牵头责任单位 leads, 协同责任单位 cooperates, 牵头负责领导 (a person) is no unit (安徽 2022)', () => {
    const { measures } = plan(
      '一、确保完成全年主要预期目标',
      '1﹒全省生产总值增长7%以上,在实际工作中力争更好结果。',
      '牵头负责领导:刘惠。',
      '牵头责任单位:省发展改革委。',
      '协同责任单位:省政府各部门、各直属机构。',
      '2﹒固定资产投资力争增长10%以上,在实际工作中奋力完成得更快一些。',
      '牵头负责领导:刘惠。',
      '牵头责任单位:省发展改革委。',
      '协同责任单位:省经济和信息化厅、省财政厅、省林业局等。',
    );
    expect(measures.map((m) => [m.paragraph, m.lead, m.coop, m.unsure])).toEqual([
      [2, ['省发展改革委'], ['省政府各部门', '各直属机构'], false],
      [6, ['省发展改革委'], ['省经济和信息化厅', '省财政厅', '省林业局'], false],
    ]);
  });

  test('部门分工: holds "X牵头,Y配合" prose; 分管省领导 is a person (广东 2021)', () => {
    const { measures } = plan(
      '一、2021年经济社会发展主要预期目标',
      '1.地区生产总值增长6%以上。',
      '分管省领导:林克庆',
      '部门分工:省发展改革委牵头,各地、各部门配合。',
      '2.地方一般公共预算收入增长5%左右。',
      '分管省领导:林克庆',
      '部门分工:省财政厅牵头,',
    );
    expect(measures.map((m) => [m.paragraph, m.lead, m.coop])).toEqual([
      [2, ['省发展改革委'], ['各地', '各部门']],
      [5, ['省财政厅'], []],
    ]);
  });

  test("a law site's document card in '|' rows is the site's, not a task table (广东 2021 on jiu.foodmate.net)", () => {
    const { measures } = plan(
      '发布单位 |', '广东省人民政府', '|', '发布文号 | 粤府〔2021〕22号 |', '发布日期 | 2021-03-29 | 生效日期 | 2021-03-29 |',
      '有效性状态 | 阶段性文件 | 废止日期 | 暂无 |', '属性 | 专业属性 | 其他 | |', '备注 |',
      '一、2021年经济社会发展主要预期目标', '1.地区生产总值增长6%以上。', '部门分工:省发展改革委牵头,各地、各部门配合。',
    );
    expect(measures.map((m) => [m.paragraph, m.lead, m.deadline.kind])).toEqual([[10, ['省发展改革委'], 'none']]);
  });

  test('lists just before a 配合 clause, parted by commas, cooperate too (官渡 2016)', () => {
    expect(proseCoop('(区发改局牵头,区财政局、区交运局、区水务局等部门,区国投公司、各街道办事处配合)'))
      .toEqual(['区财政局', '区交运局', '区水务局', '区国投公司', '各街道办事处']);
    // a clause that says more than units ends the walk back
    expect(proseCoop('各乡镇要高度重视,县直各部门配合')).toEqual(['县直各部门']);
  });
});

describe('a 宣传 plan in stages with 牵头单位/责任单位 lines (创城代言 2023, m.7rdy.cn)', () => {
  const { measures } = readPlan(
    [
      '一、准备阶段(3月1日至3月25日)',
      '3月下旬,分别由市文明办青少科推选10位xx籍名人、市总工会推选10位劳动模范、各县区分别推选2个文明家庭集体,组织他们分别录制“代言”短视频初稿。3月25日前,各推选单位将短视频制作完成,并报送市文明办。',
      '牵头单位:市委宣传部',
      '责任单位:市文明办、市总工会、各县区',
    ].join('\n'),
    { year: 2023 },
  );
  test('the stage is the measure, titled without its dates, due its last day', () => {
    expect(measures.map((m) => [m.paragraph, m.title, m.lead, m.deadline.date])).toEqual([[1, '准备阶段', ['市委宣传部'], '2023-03-25']]);
  });
  test('"X推选N位…、Y推选N个…" is a quota by recommending unit', () => {
    expect(measures[0].quota?.byCategory?.map((c) => [c.category, c.text])).toEqual([
      ['市文明办青少科', '推选10位'],
      ['市总工会', '推选10位'],
      ['各县区', '推选2个'],
    ]);
  });
});

test('units lines leave no empty line in the task (滁州 2020, read on its imported sheet)', () => {
  const [m] = readPlan(
    ['一、确保完成全年主要预期目标', '1. 地区生产总值增长8%以上。', '牵头负责领导:金力。', '牵头责任单位:市发展改革委。', '协同责任单位:市经信局、市商务局等,各县、市、区政府。'].join('\n'),
  ).measures;
  expect(m.task).toBe('地区生产总值增长8%以上。\n牵头负责领导:金力。');
  expect(m.coop).toEqual(['市经信局', '市商务局', '各县、市、区政府']);
});
