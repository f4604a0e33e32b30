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

describe('a Word 分工表 with a lead unit merged down several rows (as offices often draw it)', () => {
  test('each row covered by the merged cell gets that unit; no cell shifts into the wrong column', async () => {
    const { Document, Packer, Paragraph, Table, TableCell, TableRow } = await import('docx');
    const cell = (text: string, rowSpan?: number) => new TableCell({ children: [new Paragraph(text)], ...(rowSpan ? { rowSpan } : {}) });
    const table = new Table({
      rows: [
        new TableRow({ children: ['序号', '主要任务', '牵头单位', '配合单位', '完成时限'].map((t) => cell(t)) }),
        new TableRow({ children: [cell('1'), cell('开设民生工程专栏'), cell('县融媒体中心', 2), cell('县民生办'), cell('每月')] }),
        new TableRow({ children: [cell('2'), cell('制作宣传短视频'), cell('县民生办'), cell('6月底前')] }),
        new TableRow({ children: [cell('3'), cell('发放政策宣传一封信'), cell('县民生办'), cell('各乡镇'), cell('5月、10月')] }),
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('某县2023年民生工程宣传方案'), table] }] })));
    const doc = await readPlanDocument(bytes, '方案.docx');
    expect(doc.tables[0].rows[2]).toEqual(['2', '制作宣传短视频', '县融媒体中心', '县民生办', '6月底前']);
    const plan = readPlan(doc.text, { tables: doc.tables });
    expect(plan.measures.map((m) => [m.seq, m.lead, m.coop, m.deadline.text])).toEqual([
      ['1', ['县融媒体中心'], ['县民生办'], '每月'],
      ['2', ['县融媒体中心'], ['县民生办'], '6月底前'],
      ['3', ['县民生办'], ['各乡镇'], '5月、10月'],
    ]);
  });
});

describe('a Word 分工表 whose header cell spans the category and number columns (工作任务 over 类别 | 序号)', () => {
  test('the unnamed column numbering the rows is the 序号; the category is the section', async () => {
    const { blocksDocx } = await import('../helpers/plan-docx');
    const bytes = await blocksDocx([{
      rows: [
        [{ text: '工作任务', colSpan: 2 }, '具体要求', '责任科室', '时限要求'],
        [{ text: '做好主动公开基础工作', rowSpan: 2 }, '3', '规范发布法定主动公开内容。', '各科室', '持续推进'],
        ['4', '编制发布政府信息公开工作年度报告。', '办公室', '年底前'],
      ],
    }]);
    const doc = await readPlanDocument(bytes, '清单.docx');
    const plan = readPlan(doc.text, { tables: doc.tables, year: 2023 });
    expect(plan.measures.map((m) => [m.seq, m.section, m.task, m.lead, m.deadline.kind])).toEqual([
      ['3', '做好主动公开基础工作', '规范发布法定主动公开内容。', ['各科室'], 'ongoing'],
      ['4', '做好主动公开基础工作', '编制发布政府信息公开工作年度报告。', ['办公室'], 'date'],
    ]);
  });
});
