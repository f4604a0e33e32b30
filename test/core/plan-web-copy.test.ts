// A plan copied from a document site: site lines out, page chunks joined, fragments never measures, one warning when too broken to read.
import * as fs from 'fs';
import * as path from 'path';
import { isBoilerplate, planParagraphs, readPlan, withoutPinyin } from '../../src/core/plans';

const seed003 = fs.readFileSync(path.join(__dirname, '../fixtures/plans/seed-003.txt'), 'utf8');

describe('seed 003 (第壹文秘 copy)', () => {
  const { paras, cleaning } = planParagraphs(seed003);
  test('the site lines are counted out: upload data, page thumbnails, 第N页 / 共N页, copyright, ICP', () => {
    const kept = paras.map((p) => p.text).join('\n');
    expect(kept).not.toMatch(/上传人|_第\d页|第1页 \/ 共7页|亲,该文档|资源描述|由会员分享|展开阅读全文|copyright|ICP备|本站为文档C2C/);
    expect(cleaning.boilerplate.length).toBeGreaterThanOrEqual(25);
  });
  test('the eleven page chunks are joined (宣传资|源 is one word again) and cut at the plan\'s own headings', () => {
    expect(cleaning.chunks).toBe(11);
    const kept = paras.map((p) => p.plain).join('');
    expect(kept).toContain('调动各种宣传力量、整合各种宣传资源、运用各种宣传手段');
    expect(paras.map((p) => p.text)).toEqual(expect.arrayContaining(['二、工作要求', '三、工作措施', '(一)加强信息员队伍建设通过加大宣传报道和信息报送工作力度,建立一支基本功扎实,有政治敏锐感和新闻报道意识的宣传骨干队伍,各部门、村社区选拔文化素质高、文字水平强的工作人员担任专职宣传信息员,具体负责向街道宣传办及时报送本部门工作内容和动态,形成一套行之有效的宣传报道和信息报送工作机制,积极营造和谐发展的良好氛围,实现对外宣传全方位、多层次、高频度、大范围的新局面。']));
    expect(paras.some((p) => /^[、,，。]/.test(p.plain))).toBe(false);
    expect(cleaning.warning).toBeNull();
  });
});

test('a copy whose page numbers were lost, every page starting mid-sentence, is one clear warning and gives no measure from a fragment', () => {
  // seed 003's pages as some sites print them: the chunk numbers gone, each page opening on the cut ("、运用…", ",推动…")
  const pages = seed003.split('\n').filter((l) => /^\d+、/.test(l)).map((l, i) => (i === 0 ? l.replace(/^\d+、/, '') : l.replace(/^\d+/, '')));
  const broken = pages.map((p, i) => (i % 2 === 1 ? `,${p.replace(/^、/, '')}` : p)).join('\n');
  const plan = readPlan(broken);
  expect(plan.cleaning.warning).toMatch(/从半句开始.*请找到原文/);
  expect(plan.measures.some((m) => /^[、,，。]/.test(m.task))).toBe(false);
});

test('lines of document sites are recognised; lines of a plan are not', () => {
  for (const line of ['上传人:p** 文档编号:424051 上传时间:2023-08-20 格式:DOCX 页数:7 大小:18.51KB', '第3页 / 共7页', '民权县…方案_第2页', '大小:57.52 KB', '时间:2019-03-24',
    '投稿人:4445… 发布时间:2023/3/10 投稿交换  会员申请 全文934字', '当前位置:首页关于宣传方案范文', '经营许可证编号:宁ICP备2022001189号-1']) {
    expect([line, isBoilerplate(line)]).toEqual([line, true]);
  }
  for (const line of ['时间:2023年5月底前完成', '实施时间:20xx年2月21日——20xx年2月28日', '一、指导思想', '6.规范民生工程标识标牌应用。', '地点:县多媒体报告厅。']) {
    expect([line, isBoilerplate(line)]).toEqual([line, false]);
  }
});

test('pinyin a site put after characters is taken out; other brackets stay', () => {
  expect(withoutPinyin('2023年鄉(xiāng)鎮(zhèn)文化宣傳工作方案')).toBe('2023年鄉鎮文化宣傳工作方案');
  expect(withoutPinyin('(責任單位:縣融媒體中心)、各鎮(街道)、Word(docx)')).toBe('(責任單位:縣融媒體中心)、各鎮(街道)、Word(docx)');
});

test('the plan year from the 成文日期 under the signature, in figures or in Chinese numerals; never from a site\'s upload date', () => {
  const body = ['某县民生工程宣传方案', '一、宣传措施', '1.开设专栏，每月不少于2篇。(责任单位:县民生办)', '县民生工作领导小组办公室'];
  expect(readPlan([...body, '二〇二三年三月十日'].join('\n')).year).toBe(2023);
  expect(readPlan([...body, '2022年4月22日'].join('\n')).year).toBe(2022);
  expect(readPlan(['上传时间:2023-08-20', ...body].join('\n')).year).toBeNull();
});

test('seed 000 as a document site would show it (run together, cut into numbered pages) still gives its 17 measures with their units', () => {
  const text = fs.readFileSync(path.join(__dirname, '../fixtures/plans/seed-000.txt'), 'utf8');
  // from the title on, the paragraphs run together and cut every 700 characters into pages "1、" "2、" …
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const run = lines.slice(lines.findIndex((l) => l.includes('屯溪区2022年民生工程宣传方案') && !l.startsWith('作者'))).join('');
  const pages = Array.from({ length: Math.ceil(run.length / 700) }, (_, i) => `${i + 1}、${run.slice(i * 700, (i + 1) * 700)}`);
  const copy = ['《屯溪区2022年民生工程宣传方案.docx》由会员分享,可在线阅读,更多相关《屯溪区2022年民生工程宣传方案.docx(6页珍藏版)》请在某文库上搜索。', ...pages].join('\n');
  const plan = readPlan(copy);
  expect(plan.cleaning.chunks).toBe(pages.length);
  const sure = plan.measures.filter((m) => !m.unsure);
  expect(sure.length).toBeGreaterThanOrEqual(15);
  const byTitle = (t: string) => plan.measures.find((m) => m.title === t);
  expect(byTitle('巩固基层宣传阵地建设')?.lead).toEqual(['各镇', '各街道', '区直各责任单位']);
  expect(byTitle('发挥特邀监督员监督员、情报员、宣传员作用')?.lead).toEqual(['区民生办']);
  expect(byTitle('拓展基层宣传深度')?.deadline).toMatchObject({ kind: 'date', date: '2022-05-31' });
  expect(plan.year).toBe(2022);
});

test('a long measure listing its points (：1、…；2、…) is not cut when the document is not run together', () => {
  const long = `3.开展民生工程宣传月活动。${'结合集中宣传月开展形式多样的宣传活动，'.repeat(8)}主要内容：1、发放政策宣传一封信；2、开展政策宣讲进社区；3、组织媒体集中报道。(责任单位:县民生办、各乡镇)`;
  const plan = readPlan(['某县2023年民生工程宣传方案', '一、宣传措施', '1.开设专栏。(责任单位:县融媒体中心)', '2.制作宣传片。(责任单位:县广电局)', long].join('\n'));
  expect(plan.measures.map((m) => m.lead)).toEqual([['县融媒体中心'], ['县广电局'], ['县民生办', '各乡镇']]);
});

test('a 范文 site\'s page of 13 documents (seed 002: 民生工程宣傳月活動總結篇一…篇十三) is said to be a collection, not one plan', () => {
  // seed 002's part headings, as the page prints them (traditional characters), each over its own text
  const page = ['一', '二', '三', '十三'].map((n, i) => `民生工程宣傳月活動總結篇${n}\n${i + 1}、加強民生工程信息報送。各村要定期報送信息。`).join('\n');
  const plan = readPlan(page);
  expect(plan.cleaning.warning).toBe('这份文件是网页上的 4 篇范文合集（“民生工程宣傳月活動總結篇一”至“民生工程宣傳月活動總結篇十三”），各篇是不同的文件，标题写的是“总结”而不是方案：读出的措施来自其中几篇，混在一张分工表里。请只保留要导入的那一篇方案后再导入。');
  // one plan's own 篇 headings without a number are no collection
  expect(readPlan('一、宣传篇\n1、加强信息报送。(责任单位:县民政局)\n二、活动篇\n2、开展集中宣传。(责任单位:县民政局)').cleaning.warning).toBeNull();
});
