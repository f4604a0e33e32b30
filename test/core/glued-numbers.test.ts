// "2各级…": an item number glued to its text (a copy lost its 、 or .) is an item only where it continues the numbering around it.
import { paragraphsOf } from '../../src/core/plans/outline';
import { readPlan } from '../../src/core/plans/read-plan';

describe('a number glued to the text', () => {
  test('between 1. and 3. it is item 2; its measure is not merged into item 1', () => {
    const text = ['一、强化组织领导', '1.各乡镇要落实防汛责任制，5月底前完成。（责任单位：县水利局）', '2各级各部门要建立值班制度，6月底前完成。（责任单位：县应急局）', '3.加强隐患排查。（责任单位：县自然资源局）'].join('\n');
    expect(paragraphsOf(text).map((p) => [p.level, p.prefix])).toEqual([[1, 2], [3, 2], [3, 1], [3, 2]]);
    const plan = readPlan(text, { year: 2026 } as never);
    expect(plan.measures.map((m) => [m.task.slice(0, 6), m.lead])).toEqual([
      ['各乡镇要落实', ['县水利局']], ['各级各部门要', ['县应急局']], ['加强隐患排查', ['县自然资源局']],
    ]);
  });
  test('a figure the sentence starts with stays text: 50亩以上 (shouru-2011-zhibiao), 3个乡镇, a number out of sequence', () => {
    const levels = (lines: string[]) => paragraphsOf(lines.join('\n')).map((p) => p.level);
    expect(levels(['1.发展规模种养。', '50亩以上农业规模化种养面积达到30万亩。'])).toEqual([3, 0]);
    expect(levels(['1.推进示范创建。', '2个乡镇创建省级示范镇。'])).toEqual([3, 0]);
    expect(levels(['1.推进示范创建。', '5各级要加强督导。'])).toEqual([3, 0]);
    // alone under its heading, nothing tells a lost 、 from a figure
    expect(levels(['二、加强宣传', '4各乡镇要开展防汛演练。'])).toEqual([1, 0]);
  });
});
