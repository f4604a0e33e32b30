// A plan that lists its 分工表 as an attachment, read without the table (a picture, an embedded object, a file apart): said first.
import { readFileSync } from 'fs';
import * as path from 'path';
import { listedTaskTable, planParagraphs, readPlan } from '../../src/core/plans';

// the seeds as copied under test/fixtures/plans (a clone has no ../shared)
const seed = (n: string) => readFileSync(path.resolve(__dirname, `../fixtures/plans/seed-${n}.txt`), 'utf8');
const seed004 = seed('004');
const lines004 = seed004.split('\n');
/** Seed 004 as a web page gives it when its 分工表 was a picture: the text up to and with the 附件 line. */
const withoutTable = lines004.slice(0, lines004.findIndex((l) => l.startsWith('附件：')) + 1).join('\n');
const paragraphsOf = (text: string) => planParagraphs(text).paras;

describe('the task table a plan lists as an attachment', () => {
  test('六安 2023: "附件：六安市 2023 年暖民心行动宣传任务分工表" names it', () => {
    expect(listedTaskTable(paragraphsOf(withoutTable))?.title).toBe('六安市2023年暖民心行动宣传任务分工表');
  });

  test('"附件1" over its title, and a list of several on one line, name the one that is a task table', () => {
    const tail = '（三）严格督查问效。市民生办将对以上各项宣传任务完成情况适时开展暗访督查。';
    expect(listedTaskTable(paragraphsOf(`${tail}\n附件1\n六安市2023年暖民心行动宣传任务分工表`))?.title).toBe('六安市2023年暖民心行动宣传任务分工表');
    expect(listedTaskTable(paragraphsOf(`${tail}\n附件：1.新闻发布会申请登记表 2.重点任务责任分解表`))?.title).toBe('重点任务责任分解表');
  });

  test('seed 001 lists a schedule and a 登记表, no task table; a plan with no 附件 lists none', () => {
    const seed001 = seed('001');
    expect(listedTaskTable(paragraphsOf(seed001))).toBeNull();
    expect(listedTaskTable(paragraphsOf(seed('000')))).toBeNull();
  });

  test('read without its table, the plan says so first: every task then comes from the text', () => {
    const plan = readPlan(withoutTable);
    expect(plan.basis).toBe('text');
    expect(plan.unsure[0].why).toBe('方案列为附件的“六安市2023年暖民心行动宣传任务分工表”在文件中没有读到（可能是图片、嵌入的 Excel 对象或单独的文件），任务已按正文措施生成；如有分工表原件，请用原件导入或校验');
    expect(plan.unsure[0].paragraph).toBe(paragraphsOf(withoutTable).at(-1)!.index);
  });

  test('read with its table, nothing is said', () => {
    const plan = readPlan(seed004);
    expect(plan.basis).toBe('table');
    expect(plan.unsure.some((u) => u.why.includes('没有读到'))).toBe(false);
    expect(readPlan(seed004, { basis: 'text' }).unsure.some((u) => u.why.includes('没有读到'))).toBe(false);
  });
});
