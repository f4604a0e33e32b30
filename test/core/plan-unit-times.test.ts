// A time written in the same brackets as the units ("（牵头单位：…；完成时限：…）", "（责任单位：…，3月底前完成）"): the
// measure's time limit, never one more unit. (Forms as clerks write them, with the seed plan's units; the pages corpus
// held no published copy of these bracket forms, so none is cited.)
import { readPlan } from '../../src/core/plans';

const measures = (...items: string[]) => readPlan(['六安市2023年暖民心行动宣传方案', '一、主要任务', ...items].join('\n')).measures;
const read = (item: string) => {
  const [m] = measures(item);
  return { lead: m.lead, coop: m.coop, deadline: m.deadline.text };
};

describe('a time written with the units', () => {
  test('after a label of its own: 完成时限, 完成时间, 时间', () => {
    expect(read('1.开设“暖民心 在行动”专栏，每月至少完成两次专题报道。（牵头单位：市委宣传部；配合单位：市发改委；完成时限：2023年6月底前）'))
      .toEqual({ lead: ['市委宣传部'], coop: ['市发改委'], deadline: '2023年6月底前' });
    expect(read('2.开展集中宣传月活动。（责任单位：各县区人民政府；完成时间：每季度第二个月）'))
      .toEqual({ lead: ['各县区人民政府'], coop: [], deadline: '每季度第二个月' });
    // a time the deadline reader has no rule for is still the time, kept as written for the clerk to judge
    expect(read('4.推广先进典型案例。责任单位：市委宣传部；时间：全年')).toEqual({ lead: ['市委宣传部'], coop: [], deadline: '全年' });
  });

  test('closing the list without a label', () => {
    expect(read('3.制作暖民心行动标识。（责任单位：市发改委、市委宣传部，2023年3月底前完成）'))
      .toEqual({ lead: ['市发改委', '市委宣传部'], coop: [], deadline: '2023年3月底前' });
  });

  test('a unit whose name starts like a time stays a unit', () => {
    expect(read('5.开展政策解读。（责任单位：市医保局、长期护理保险经办中心）').lead).toEqual(['市医保局', '长期护理保险经办中心']);
  });

  test('units without a time read as before', () => {
    expect(read('6.开展惠民效果走访。（牵头单位：市发改委；配合单位：市民生办）')).toEqual({ lead: ['市发改委'], coop: ['市民生办'], deadline: null });
  });
});

describe('other fields and marks written with the units', () => {
  test('a person or a leader beside the units is no unit', () => {
    expect(read('1.开设专栏，每月至少完成两次专题报道。（责任单位：市委宣传部　责任人：张明）').lead).toEqual(['市委宣传部']);
    expect(read('2.开展集中宣传月活动。（牵头领导：王副市长；牵头单位：市发改委）').lead).toEqual(['市发改委']);
    expect(read('3.编印宣传册。（责任单位：市民生办（联系人：李华）、市财政局）').lead).toEqual(['市民生办', '市财政局']);
  });

  test('labels in 【】 read as labels with a colon', () => {
    expect(read('4.制作宣传标识。【牵头单位】市委宣传部【配合单位】市发改委、市民政局')).toEqual({ lead: ['市委宣传部'], coop: ['市发改委', '市民政局'], deadline: null });
  });

  test('a unit marked （牵头） in the list leads, the others cooperate', () => {
    expect(read('5.推广典型案例。（责任单位：市委宣传部（牵头）、市发改委、市民政局）')).toEqual({ lead: ['市委宣传部'], coop: ['市发改委', '市民政局'], deadline: null });
  });
});
