// Word's automatic numbering written into the text before mammoth reads a plan: the labels Word (or WPS) draws, by level.
import { formatNumber, numberingAsText } from '../../src/documents/word-numbering';
import { readPlanDocument } from '../../src/documents/plan-reader';
import { readPlan } from '../../src/core/plans';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { describeWith, runLibreOffice } from '../helpers/system';
import { numberedWordFile } from '../helpers/plan-variants';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const lvl = (ilvl: number, fmt: string, text: string, extra = '') =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${fmt}"/>${extra}<w:lvlText w:val="${text}"/></w:lvl>`;
/** numbering.xml as WPS writes a plan's outline: 一、 / （一） / 1. / （1）, and a bullet list. */
const NUMBERING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:numbering ${W}>
<w:abstractNum w:abstractNumId="0">${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}${lvl(2, 'decimal', '%3.')}${lvl(3, 'decimal', '（%4）')}</w:abstractNum>
<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '●')}</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="2"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
</w:numbering>`;
const STYLES = `<w:styles ${W}>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="21"><w:name w:val="标题 1 自定义"/><w:basedOn w:val="2"/></w:style>
</w:styles>`;
const p = (text: string, numId?: number, ilvl?: number, style?: string) =>
  `<w:p>${numId !== undefined || style ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId !== undefined ? `<w:numPr><w:ilvl w:val="${ilvl ?? 0}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr>` : ''}<w:r><w:t>${text}</w:t></w:r></w:p>`;
const doc = (...paras: string[]) => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${paras.join('')}</w:body></w:document>`;
/** The paragraphs' texts of a document part. */
const texts = (xml: string) => [...xml.matchAll(/<w:p>(.*?)<\/w:p>/g)].map((m) => [...m[1].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));

test('Word\'s number formats as Chinese offices number their outlines', () => {
  expect([1, 2, 10, 11, 20, 23].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['一', '二', '十', '十一', '二十', '二十三']);
  expect([1, 3, 12].map((n) => formatNumber(n, 'decimal'))).toEqual(['1', '3', '12']);
  expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
  expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
  expect(formatNumber(4, 'chineseLegalSimplified')).toBe('肆');
  expect(formatNumber(2, 'decimalFullWidth')).toBe('２');
  expect(formatNumber(4, 'upperRoman')).toBe('IV');
  expect(formatNumber(28, 'lowerLetter')).toBe('bb');
});

test('each level counts on, deeper levels restart under a new heading, bullets stay bullets', () => {
  const out = numberingAsText(doc(
    p('指导思想', 1, 0), p('加强组织领导', 1, 1), p('成立领导小组。', 1, 2), p('明确责任分工。', 1, 2),
    p('突出宣传重点', 1, 1), p('开展集中宣传。', 1, 2), p('工作措施', 1, 0), p('强化宣传', 1, 1), p('要点一', 2, 0),
  ), NUMBERING, null);
  expect(texts(out)).toEqual([
    '一、指导思想', '（一）加强组织领导', '1.成立领导小组。', '2.明确责任分工。',
    '（二）突出宣传重点', '1.开展集中宣传。', '二、工作措施', '（一）强化宣传', '要点一',
  ]);
  // mammoth is told the paragraphs are no longer in a list (numId 0), so it does not number them again
  expect(out.match(/<w:numId w:val="0"\/>/g)).toHaveLength(8);
});

test('a heading style linked to the list (through basedOn) is numbered too; a num with a start override restarts', () => {
  const out = numberingAsText(doc(p('总体要求', undefined, undefined, '21'), p('主要任务', undefined, undefined, '2'), p('第一项', 1, 2), p('第二项', 1, 2), p('另起一项', 3, 2)), NUMBERING, STYLES);
  expect(texts(out)).toEqual(['一、总体要求', '二、主要任务', '1.第一项', '2.第二项', '1.另起一项']);
});

test('a list defined as a list style (w:numStyleLink, Word\'s 多级列表 saved as a style) is numbered with the style\'s levels', () => {
  // as Word writes it: the list the paragraphs use (numId 7 → abstract 6) only links to the style; the style is numbered with
  // numId 8, whose abstract 5 holds the levels (w:styleLink back to the style). Before, the labels were lost.
  const numbering = `<w:numbering ${W}>
<w:abstractNum w:abstractNumId="5"><w:multiLevelType w:val="multilevel"/><w:styleLink w:val="PlanOutline"/>${lvl(0, 'chineseCounting', '%1、')}${lvl(1, 'chineseCounting', '（%2）')}</w:abstractNum>
<w:abstractNum w:abstractNumId="6"><w:multiLevelType w:val="multilevel"/><w:numStyleLink w:val="PlanOutline"/></w:abstractNum>
<w:num w:numId="7"><w:abstractNumId w:val="6"/></w:num><w:num w:numId="8"><w:abstractNumId w:val="5"/></w:num>
</w:numbering>`;
  const styles = `<w:styles ${W}><w:style w:type="numbering" w:customStyle="1" w:styleId="PlanOutline"><w:name w:val="方案提纲"/><w:pPr><w:numPr><w:numId w:val="8"/></w:numPr></w:pPr></w:style></w:styles>`;
  // xx县2026年元旦春节元宵节系列文体活动方案 (test/fixtures/plans/xiebi-2026-chunjie-wenti-fields.txt), its outline drawn by Word
  const out = numberingAsText(doc(
    p('活动内容', 7, 0), p('“我们的中国梦-文化进万家”xx县2026年文艺轻骑兵进基层大拜年演出活动', 7, 1),
    p('活动时间:2026年1月至2月'), p('活动地点:各乡镇(街道)、村(社区)'), p('牵头单位:县文旅局'), p('责任单位:县委宣传部、统战部,各乡镇(街道)'),
    p('xx县2026年文化科技卫生“三下乡”活动', 7, 1),
  ), numbering, styles);
  expect(texts(out)).toEqual([
    '一、活动内容', '（一）“我们的中国梦-文化进万家”xx县2026年文艺轻骑兵进基层大拜年演出活动', '活动时间:2026年1月至2月',
    '活动地点:各乡镇(街道)、村(社区)', '牵头单位:县文旅局', '责任单位:县委宣传部、统战部,各乡镇(街道)', '（二）xx县2026年文化科技卫生“三下乡”活动',
  ]);
  const plan = readPlan(texts(out).join('\n'));
  expect(plan.measures.map((m) => [m.paragraph, m.section, m.lead, m.coop])).toEqual([
    [2, '一、活动内容', ['县文旅局'], ['县委宣传部', '统战部', '各乡镇(街道)']],
    [7, '一、活动内容', [], []],
  ]);
});

test('a document without lists, or with a numbering part it cannot read, is left as it is', () => {
  const plain = doc(p('一、总体要求'), p('1.开展宣传。'));
  expect(numberingAsText(plain, NUMBERING, null)).toBe(plain);
  expect(numberingAsText(plain, `<w:numbering ${W}/>`, null)).toBe(plain);
});

test('a plan written in Word with automatic numbering reads with its outline: sections, measures and their units', async () => {
  const { Document, Packer, Paragraph, LevelFormat } = await import('docx');
  const levels = [
    { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、' },
    { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）' },
    { level: 2, format: LevelFormat.DECIMAL, text: '%3.' },
  ];
  const item = (text: string, level: number) => new Paragraph({ text, numbering: { reference: 'outline', level } });
  const children = [
    new Paragraph('某县2023年安全生产月宣传活动方案'),
    item('活动时间', 0), new Paragraph('2023年6月1日至6月30日。'),
    item('活动内容', 0),
    item('开展宣传咨询日活动', 1), item('6月16日前，由县应急管理局牵头，各乡镇配合，在县城广场开展集中宣传咨询活动。', 2),
    item('开展媒体宣传', 1), item('县融媒体中心负责，每周至少播发安全生产宣传报道2条。', 2),
  ];
  const bytes = new Uint8Array(await Packer.toBuffer(new Document({ numbering: { config: [{ reference: 'outline', levels }] }, sections: [{ children }] })));
  const { text } = await readPlanDocument(bytes, '方案.docx');
  expect(text.split('\n')).toEqual([
    '某县2023年安全生产月宣传活动方案', '一、活动时间', '2023年6月1日至6月30日。', '二、活动内容', '（一）开展宣传咨询日活动',
    '1.6月16日前，由县应急管理局牵头，各乡镇配合，在县城广场开展集中宣传咨询活动。', '（二）开展媒体宣传', '1.县融媒体中心负责，每周至少播发安全生产宣传报道2条。',
  ]);
  const plan = readPlan(text);
  expect(plan.measures.map((m) => [m.lead, m.coop])).toEqual([[['县应急管理局'], ['各乡镇']], [['县融媒体中心'], []]]);
});

// A plan numbered by Word, saved again by another word processor (LibreOffice writes its own numbering.xml and styles,
// as WPS does): the labels read back must be the same.
const withWriter = describeWith('另一款文字处理软件（LibreOffice）另存的自动编号方案', ['libreoffice-writer-nogui']);
withWriter('a Word-numbered plan re-saved by LibreOffice', () => {
  const ids = ['seed-000', 'seed-004'];
  let dir: string;
  const written = new Map<string, { text: string; bytes: Uint8Array }>();
  beforeAll(async () => {
    // one LibreOffice start re-saves both plans (a start costs seconds)
    dir = mkdtempSync(path.join(os.tmpdir(), 'duban-numbering-'));
    for (const id of ids) {
      const text = readFileSync(path.join(__dirname, '..', 'fixtures', 'plans', `${id}.txt`), 'utf8');
      const bytes = await numberedWordFile(text);
      writeFileSync(path.join(dir, `${id}.docx`), bytes);
      written.set(id, { text, bytes });
    }
    runLibreOffice(dir, ['--convert-to', 'docx:MS Word 2007 XML', '--outdir', path.join(dir, 'out'), ...ids.map((id) => path.join(dir, `${id}.docx`))]);
  });
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  test.each(ids)('%s reads to the same text as the file Word wrote', async (id) => {
    const { text, bytes } = written.get(id)!;
    const resaved = readFileSync(path.join(dir, 'out', `${id}.docx`));
    expect(resaved.equals(Buffer.from(bytes))).toBe(false);
    const lines = (t: string) => t.split('\n').filter((l) => l.trim() !== '');
    const read = lines((await readPlanDocument(new Uint8Array(resaved), `${id}.docx`)).text);
    expect(read).toEqual(lines((await readPlanDocument(bytes, `${id}.docx`)).text));
    // and the outline is back: as many 一、 and （一） headings as the plan itself has
    const headings = (ls: string[], re: RegExp) => ls.filter((l) => re.test(l.trim())).length;
    for (const re of [/^[一二三四五六七八九十]+、/, /^[（(][一二三四五六七八九十]+[)）]/]) expect(headings(read, re)).toBe(headings(lines(text), re));
  });
});
