// A plan's 分工表 pasted as text in the shapes copies take: tabs (seed 004 as published), runs of spaces (a PDF copied as text), one cell a line (a web page's table).
import * as fs from 'fs';
import * as path from 'path';
import { readPlan } from '../../src/core/plans';

const seed004 = fs.readFileSync(path.join(__dirname, '../fixtures/plans/seed-004.txt'), 'utf8');
const lines = seed004.split(/\r?\n/);
const start = lines.findIndex((l) => l.startsWith('序号\t'));
const body = lines.slice(0, start);
const rows = lines.slice(start).filter((l) => l.includes('\t')).map((l) => l.split('\t'));

/** Written from the seed's table: row 1, row 3 (no cooperating unit), row 14, as printed. */
function expectSeed004Rows(text: string) {
  const plan = readPlan(text);
  expect(plan.basis).toBe('table');
  expect(plan.measures.map((m) => m.seq)).toEqual(Array.from({ length: 14 }, (_, i) => String(i + 1)));
  expect([plan.measures[0].lead, plan.measures[0].coop.slice(0, 2)]).toEqual([['市委宣传部', '市发改委'], ['市教体局', '市人社局']]);
  expect([plan.measures[2].lead, plan.measures[2].coop]).toEqual([['市民生工作领导小组成员单位', '各县区人民政府', '市开发区管委'], []]);
  expect(plan.measures[2].deadline).toMatchObject({ kind: 'recurring', text: '每季度第二个月' });
  expect(plan.measures[13].lead).toEqual(['中国电信六安分公司', '中国移动六安分公司', '中国联通六安分公司']);
}

test('cells separated by runs of spaces, under a header line of column names', () => {
  const spaced = rows.map((r) => r.join('    ').trimEnd());
  expectSeed004Rows([...body, ...spaced].join('\n'));
});

test('one cell a line (the header words, then each row opening with its 序号)', () => {
  const vertical = rows.flatMap((r) => r.filter((c, i) => c !== '' || i < 2));
  expectSeed004Rows([...body, ...vertical].join('\n'));
});

test('a prose line with double spaces is no table without a header line', () => {
  const plan = readPlan(['某县宣传方案', '一、工作措施', '1.开设专栏。  每月不少于2篇。(责任单位:县民生办)', '2.发放一封信。  (责任单位:县民生办、各乡镇)'].join('\n'));
  expect(plan.basis).toBe('text');
  expect(plan.measures.map((m) => m.lead)).toEqual([['县民生办'], ['县民生办', '各乡镇']]);
});
