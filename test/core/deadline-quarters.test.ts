// Quarters as a 分季 target book writes them: each quarter named is a milestone (the deadline's dates), the last one due.
import { formatISO } from '../../src/core/dates/civil-date';
import { parseDeadline } from '../../src/core/deadlines/deadline';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

const milestones = (text: string, year = 2020) => {
  const d = parseDeadline(text, year);
  return d.kind === 'date' ? { due: formatISO(d.date), dates: d.dates.map(formatISO) } : { kind: d.kind };
};

// 杨凌示范区 党工委统战部门(单位)2020年度(分季)目标责任书 (https://yangling.gov.cn/zwgk/zdlyxxgk/mbkh/1427954635775246337.html):
// 工作任务 | 目标及质量要求, each target given quarter by quarter. Read from the page: 招商引资 has a target in all four quarters
// (due at the year's end, checked at each quarter's), 重点项目建设 in the second and third ("第二三季度": due 09-30),
// 乡村振兴 in the third and fourth, each quarter labelled with a colon before its work.
describe('杨凌 2020 分季目标: the quarters named', () => {
  test('第一、二、三、四季度: four milestones, due at the fourth', () => {
    expect(milestones('第一、二、三、四季度任务分别为500、600、500、400万元。')).toEqual({
      due: '2020-12-31', dates: ['2020-03-31', '2020-06-30', '2020-09-30', '2020-12-31'],
    });
  });
  test('上半年、三季度、四季度: three milestones', () => {
    expect(milestones('竞争性专项:上半年、三季度、四季度任务分别为80、60、60万元。')).toEqual({
      due: '2020-12-31', dates: ['2020-06-30', '2020-09-30', '2020-12-31'],
    });
  });
  test('第二三季度 is the second and third quarters, never a 23rd', () => {
    expect(milestones('第二三季度固定资产投资任务分别为0.1、0.1 亿元。')).toEqual({ due: '2020-09-30', dates: ['2020-06-30', '2020-09-30'] });
  });
  test('第三季度:… 第四季度:… — each label opens its milestone, whatever the words between hold', () => {
    const text = '第三季度:落实区、镇(街)、村(社区)宗教工作三级网络和两级责任制。 开展创建“和谐寺观教堂”活动。 第四季度:持续整治农村乱建庙宇,防止反弹。开展《陕西省宗教事务条例》学习培训。';
    expect(milestones(text)).toEqual({ due: '2020-12-31', dates: ['2020-09-30', '2020-12-31'] });
  });
});

describe('what stays as it was', () => {
  test.each([
    ['三、四季度', '2020-12-31', ['2020-09-30', '2020-12-31']],
    ['二季度', '2020-06-30', ['2020-06-30']],
    ['一季度末', '2020-03-31', ['2020-03-31']],
  ])('%s', (text, due, dates) => expect(milestones(text)).toEqual({ due, dates }));
  test('a fifth quarter, or a 45th, is none', () => {
    expect(parseDeadline('第五季度', 2020)).toMatchObject({ kind: 'invalid', reason: '没有第5季度' });
    expect(parseDeadline('第45季度', 2020)).toMatchObject({ kind: 'invalid' });
  });
  test('a label not at the start parts nothing: "2023年6月:完成" is one date', () => {
    expect(milestones('2023年6月:完成验收', 2023)).toEqual({ due: '2023-06-30', dates: ['2023-06-30'] });
  });
});

// The same book as a table (test/fixtures/real/yangling-2020-tongzhan-fenji): 工作任务 | 目标及质量要求 under its title, no time column.
// As the corpus reads a table without one (嵊泗 2023), no task gets a deadline; the quarters in the target column are said once,
// every cell listed, so that nothing is dropped without a word.
describe('杨凌 2020 as a table: the quarters in the target column are said, not taken', () => {
  const rows = [
    ['党工委统战部门(单位)2020年度(分季)目标责任书', ''],
    ['工作任务', '目标及质量要求'],
    ['省考指标', '详见附件1(省考指标任务分解)。'],
    ['争取中省资金(5分)', '竞争性专项:上半年、三季度、四季度任务分别为80、60、60万元。'],
    ['招商引资到位资金 (2分)', '第一、二、三、四季度任务分别为500、600、500、400万元。'],
    ['重点项目建设(3分)', '第二三季度固定资产投资任务分别为0.1、0.1 亿元。'],
  ];
  const got = checkWorkbook([grid('目标责任书', rows)], { today: TODAY, year: 2020 });
  test('the title names the office the book is for; no deadline; no quota written wrong', () => {
    expect(got.tasks.map((t) => [t.lead, t.deadline.kind])).toEqual(Array(4).fill([['党工委统战部门'], 'none']));
    expect(got.issues.filter((i) => i.code === 'QUOTA_UNPARSED')).toEqual([]);
  });
  test('DEADLINE_MISSING lists the three targets that name quarters', () => {
    const missing = got.issues.filter((i) => i.code === 'DEADLINE_MISSING');
    expect(missing.map((i) => [i.cell, i.cells])).toEqual([['B4', ['B4', 'B5', 'B6']]]);
    expect(missing[0].message).toContain('“上半年、三季度、四季度”');
  });
});

// No published table with one column per quarter was found (README, "Quarterly targets"). Laid out that way by a clerk, 杨凌's
// targets are the same schedule: still no time column, so no deadline, and check says once that the quarters are not checked.
describe('a schedule across quarter columns', () => {
  const header = ['序号', '工作任务', '责任单位', '一季度', '二季度', '三季度', '四季度'];
  const rows = [
    header,
    [1, '招商引资到位资金', '党工委统战部', '500万元', '600万元', '500万元', '400万元'],
    [2, '重点项目建设', '党工委统战部', '', '固定资产投资0.1亿元', '固定资产投资0.1亿元', ''],
  ];
  test('no deadline; one DEADLINE_MISSING at the first filled quarter, naming the columns', () => {
    const got = checkWorkbook([grid('分季', rows)], { today: TODAY, year: 2020 });
    expect(got.tasks.map((t) => t.deadline.kind)).toEqual(['none', 'none']);
    const missing = got.issues.filter((i) => i.code === 'DEADLINE_MISSING');
    expect(missing.map((i) => [i.severity, i.cell])).toEqual([['warning', 'D2']]);
    expect(missing[0].message).toContain('“一季度”“二季度”“三季度”“四季度”');
  });
  test('one period\'s column (泗洲头 2024 "工作任务安排 第二季度") is that period\'s plan, not a schedule: nothing said', () => {
    const one = [['序号', '重点工作', '责任领导', '责任科室', '第二季度'], [1, '白仙山水库工程政策处理', '欧乾震', '乡村振兴办', '推进坟墓迁移工作。']];
    const got = checkWorkbook([grid('季度', one)], { today: TODAY, year: 2024 });
    expect(got.issues.filter((i) => i.code === 'DEADLINE_MISSING')).toEqual([]);
  });
  test('with a time column the quarters are that column\'s business: nothing said', () => {
    const timed = [[...header, '完成时限'], [...rows[1], '12月底前']];
    const got = checkWorkbook([grid('分季', timed)], { today: TODAY, year: 2020 });
    expect(got.issues.filter((i) => i.code === 'DEADLINE_MISSING')).toEqual([]);
  });
});
