// Reading plan files: a .docx (built with docx) with an attached 分工表 read as a table, text encodings, refusals.
import { readPlanDocument, htmlToPlan, PlanReadError } from '../../src/documents/plan-reader';
import { readPlan } from '../../src/core/plans';
import { planDocx } from '../helpers/plan-docx';

const PROSE = ['某县2023年民生工程宣传方案', '一、宣传措施', '1.开设专栏。每月不少于2篇。(责任单位:县民生办)', '附件', '民生工程宣传任务分工表'].join('\n');
const TABLE = [
  ['序号', '工作任务', '牵头单位', '责任单位', '完成时限'],
  ['1', '印制发放政策宣传一封信', '县民生办', '各乡镇、县财政局', '6月底前'],
  ['2', '开展宣传月活动', '县委宣传部', '县民生办', '5月、10月'],
];

describe('.docx with an attached 分工表', () => {
  let doc: Awaited<ReturnType<typeof readPlanDocument>>;
  beforeAll(async () => {
    doc = await readPlanDocument(await planDocx(PROSE, [TABLE]), '方案.docx');
  });
  test('the paragraphs are lines and the table comes back as rows, with the paragraph of each row', () => {
    expect(doc.text.split('\n').slice(0, 5)).toEqual(PROSE.split('\n'));
    expect(doc.tables).toHaveLength(1);
    expect(doc.tables[0].rows).toEqual(TABLE);
    expect(doc.tables[0].paragraphs).toEqual([6, 7, 8]);
  });
  test('the table rows are the measures in their numbering: 牵头 leads, 责任 cooperates; the prose measure is context, and the clerk can switch', () => {
    const plan = readPlan(doc.text, { tables: doc.tables });
    const rows = plan.measures.filter((m) => m.paragraph >= 6);
    expect(rows.map((m) => [m.paragraph, m.task, m.lead, m.coop, m.deadline.kind])).toEqual([
      [7, '印制发放政策宣传一封信', ['县民生办'], ['各乡镇', '县财政局'], 'date'],
      [8, '开展宣传月活动', ['县委宣传部'], ['县民生办'], 'recurring'],
    ]);
    expect(rows[0].deadline.date).toBe('2023-06-30');
    expect(rows.map((m) => m.seq)).toEqual(['1', '2']);
    expect(plan.basis).toBe('table');
    expect(plan.measures.map((m) => m.paragraph)).toEqual([7, 8]);
    expect(plan.context.map((m) => m.paragraph)).toEqual([3]);
    const text = readPlan(doc.text, { tables: doc.tables, basis: 'text' });
    expect([text.basis, text.hasTable, text.measures.map((m) => m.paragraph), text.context.length]).toEqual(['text', true, [3], 2]);
  });
});

test('Word numbering mammoth drops is written back (1. 2.)', () => {
  const doc = htmlToPlan('<p>一、宣传措施</p><ol><li>开设专栏。(责任单位:县民生办)</li><li>发放一封信。(责任单位:各乡镇)</li></ol>');
  expect(doc.text.split('\n')).toEqual(['一、宣传措施', '1.开设专栏。(责任单位:县民生办)', '2.发放一封信。(责任单位:各乡镇)']);
});

test('a GB18030 text file is read', async () => {
  // "宣传" in GB18030
  const doc = await readPlanDocument(Uint8Array.from([0xd0, 0xfb, 0xb4, 0xab]), 'plan.txt');
  expect(doc.text).toBe('宣传');
});

test('an Excel workbook given as a plan is named as such', async () => {
  const { zipSync } = await import('fflate');
  const xlsx = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
  await expect(readPlanDocument(xlsx, '分工表.xlsx')).rejects.toThrow(PlanReadError);
  await expect(readPlanDocument(xlsx, '分工表.xlsx')).rejects.toThrow('Excel 工作簿');
});
