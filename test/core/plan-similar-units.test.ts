// Two names of one plan that may be one unit are a doubt at import (seed 004: 市教育局 beside 市教体局), never merged.
import * as fs from 'fs';
import * as path from 'path';
import { readPlan } from '../../src/core/plans';

const plan = (name: string) => readPlan(fs.readFileSync(path.join(__dirname, '../fixtures/plans', name), 'utf8'));
const similar = (name: string) => plan(name).unsure.filter((u) => /可能是同一单位/.test(u.why)).map((u) => u.why.replace(/：.*$/, ''));

test('seed 004: row 9\'s 市教育局 and rows 1, 2, 4\'s 市教体局 (六安 merged 教育 and 体育 into 教体局)', () => {
  const p = plan('seed-004.txt');
  expect(similar('seed-004.txt')).toEqual(['“市教育局”与“市教体局”可能是同一单位（更名、简称或笔误）']);
  // said at row 9, where the second name first appears
  expect(p.unsure.find((u) => /市教育局/.test(u.why))?.paragraph).toBe(p.measures.find((m) => m.lead.includes('市教育局'))?.paragraph);
});

test('a long and a short name of one body, or two words swapped, are said; two bodies of different kinds are not', () => {
  expect(similar('county-minsheng-duty.txt')).toEqual(['“县广电局”与“县广播电视局”可能是同一单位（更名、简称或笔误）']);
  expect(similar('anhui-2022-zhongdian-fenjie-fields.txt')).toHaveLength(1);
  // 旌德's 反诈 plan names 县民政局 and 县政府办: a 局 and an 办, never one unit
  expect(similar('nryq-jingde-fanzha-duty-paragraphs.txt')).toEqual([]);
  expect(similar('seed-000.txt')).toEqual([]);
});
