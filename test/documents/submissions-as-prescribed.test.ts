// Word submissions laid out as three more offices prescribe them (round 11; each expectation written from the rule, before
// running Duban):
//  - 富平县新时代文明实践中心 信息报送注意事项, http://www.fpsjzx.gov.cn/sjzx/ewmLogin.chtml: "信息报送须填写的信息包括姓名、标题、
//    来源、编辑、发布时间以及正文" and "正文信息末尾要在括弧内注明该信息的文字作者、摄影作者姓名" — a submission of labelled lines;
//  - a 学院 网站用稿条例, http://nblm.net/info/1090/10945.html: "落款小四号宋体，右对齐，格式为‘单位（具体到职能部门）姓名/文，
//    姓名/图’" — the unit signs with its writers' names and no date;
//  - 中国科大 MBA中心 投稿要求, https://mba.ustc.edu.cn/2021/1021/c23436a526251/page.htm: "附件文件名为：【XX/XX部】+文章标题"
//    and "稿件要有署名，包括：班级/部门、文章作者、图片提供者、投稿日期及投稿人联系方式" — the unit in the file name, the date in
//    the 署名 lines under the text.
// How the office reads them: the title is the 标题 (the label's value, or the title line); the unit is the 来源 / the 落款's
// unit / the file name's; the date is the 发布时间 / 投稿日期 line, or the file name's; the writers' names are nobody's unit.
import { collectReturns } from '../../src/core/returns';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { UnitRegistry } from '../../src/core/units/units';
import { readReturnedFiles } from '../../src/documents/returns-session';
import { d } from '../helpers/grids';
import { Part, submission } from '../helpers/word-submission';

const JUNE = { from: d('2025-06-01'), to: d('2025-06-30') };
const registry = new UnitRegistry([
  { name: '庄里镇新时代文明实践所', aliases: ['庄里镇实践所'], groups: [] },
  { name: '机电工程系', aliases: [], groups: [] },
  { name: 'MBA联合会', aliases: [], groups: [] },
]);

async function collect(files: [string, Part[]][]) {
  const read = await readReturnedFiles(await Promise.all(files.map(async ([name, parts]) => ({ name, bytes: await submission(parts), received: null }))), undefined, JUNE);
  const result = collectReturns({ period: JUNE, tasks: [], registry, media: new MediaDirectory([]), ledger: [], returns: read.returns, submissions: read.submissions });
  return {
    added: result.added.map((r) => [r.source, r.unit, `${r.date.year}-${r.date.month}-${r.date.day}`, r.title]),
    rejected: [...read.unreadable, ...result.rejected].map((r) => `${r.file}：${r.reason}`),
    notes: result.notes.map((n) => `${n.file}：${n.reason}`),
  };
}

test('富平: a submission of labelled lines — 姓名, 标题, 来源, 编辑, 发布时间, 正文 — and the writers in brackets at the end', async () => {
  const r = await collect([['信息报送.docx', [
    { body: '姓名：王芳' },
    { body: '标题：庄里镇开展“文明实践进万家”志愿服务活动' },
    { body: '来源：庄里镇新时代文明实践所' },
    { body: '编辑：李强' },
    { body: '发布时间：2025年6月18日' },
    { body: '正文：6月17日，庄里镇新时代文明实践所组织志愿者走进各村，开展政策宣讲、义诊和文艺演出等志愿服务活动。' },
    { body: '活动共服务群众500余人次，发放宣传资料800余份。' },
    { body: '（文字：王芳　摄影：李强）' },
  ]]]);
  expect(r.rejected).toEqual([]);
  expect(r.added).toEqual([['信息报送.docx', '庄里镇新时代文明实践所', '2025-6-18', '庄里镇开展“文明实践进万家”志愿服务活动']]);
  // both read from the text, and said so
  expect(r.notes.some((n) => n.includes('庄里镇新时代文明实践所') && n.startsWith('信息报送.docx'))).toBe(true);
  expect(r.notes.some((n) => n.includes('2025-06-18'))).toBe(true);
});

test('学院 用稿条例: the 落款 "单位 姓名/文，姓名/图" names the unit; the writers are no unit', async () => {
  const r = await collect([['6.12技能大赛新闻稿.docx', [
    { title: '机电工程系举办第五届职业技能大赛' },
    { body: '6月11日，机电工程系第五届职业技能大赛在实训楼举行，全系12个班级的120余名学生参赛。' },
    { body: '大赛设电工、钳工、数控车三个项目，以赛促学、以赛促教。' },
    { body: '机电工程系 张三/文，李四/图' },
  ]]]);
  expect(r.rejected).toEqual([]);
  expect(r.added).toEqual([['6.12技能大赛新闻稿.docx', '机电工程系', '2025-6-12', '机电工程系举办第五届职业技能大赛']]);
  expect(r.notes.some((n) => n.includes('按正文落款的单位“机电工程系”'))).toBe(true);
});

test('MBA中心: the unit in 【】 in the file name, the date in the 署名 lines under the text (投稿日期)', async () => {
  const r = await collect([['【MBA联合会】MBA联合会举办2025级新生见面会.docx', [
    { title: 'MBA联合会举办2025级新生见面会' },
    { body: '6月14日下午，MBA联合会在管理科研楼举办2025级新生见面会，60余名新生参加。' },
    { body: '班级/部门：MBA联合会' },
    { body: '文章作者：王五' },
    { body: '图片提供者：赵六' },
    { body: '投稿日期：2025年6月15日' },
    { body: '联系方式：13800000000' },
  ]]]);
  expect(r.rejected).toEqual([]);
  expect(r.added).toEqual([['【MBA联合会】MBA联合会举办2025级新生见面会.docx', 'MBA联合会', '2025-6-15', 'MBA联合会举办2025级新生见面会']]);
});

// A 简报 laid out as the format guides describe it (cn.office369.com/news/show-418392.html, 2022: “简报一般都有固定的报头，包括
// 简报的名称、期号(数)、编发单位(机关)、发行(编印)日期、保密等级… 编发单位…位置在期号的左下方。发行日期…位置在期号的右下方…
// 密级…印在报头的左上角… 报尾在简报最后一页下部，用一横线与报核隔开，横线下左边写明发送范围，在平行的右侧写明印刷份数”): the
// 密级 (内部参阅) over the name, 编发单位 and date on one line under 第N期, the 报尾 with 报/送/发 and 共印N份.
test('a 简报 with its 报头 and 报尾 in full: titled by its article, dated by the 报头, the 编发单位 (a unit\'s 办公室) names the unit', async () => {
  const county = new UnitRegistry([{ name: '县教育局', aliases: ['县教体局'], groups: [] }, { name: '县卫健委', aliases: [], groups: [] }]);
  const read = await readReturnedFiles([{ name: '教育工作简报第12期.docx', received: null, bytes: await submission([
    { body: '内部参阅' },
    { masthead: '教育工作简报' },
    { issue: '第12期' },
    { imprint: '县教育局办公室　　　　　　　　2025年6月20日' },
    { title: '县教育局扎实推进暑期防溺水工作' },
    { body: '6月以来，县教育局多措并举抓好学生暑期防溺水工作，向全县中小学生家长发放告知书2万余份。' },
    { body: '———————————————————————' },
    { body: '报：县委办公室、县政府办公室' },
    { body: '送：县委宣传部' },
    { body: '发：各中小学、幼儿园　　　　　　　　（共印20份）' },
  ]) }], undefined, JUNE);
  const result = collectReturns({ period: JUNE, tasks: [], registry: county, media: new MediaDirectory([]), ledger: [], returns: read.returns, submissions: read.submissions });
  expect([...read.unreadable, ...result.rejected].map((r) => r.reason)).toEqual([]);
  expect(result.added.map((r) => [r.unit, `${r.date.year}-${r.date.month}-${r.date.day}`, r.title])).toEqual([['县教育局', '2025-6-20', '县教育局扎实推进暑期防溺水工作']]);
  expect(result.notes.map((n) => n.reason).filter((t) => t.includes('编发单位'))).toEqual([
    '文件名中的“教育”不是名录中的单位，按简报报头的编发单位“县教育局办公室”登记为县教育局',
  ]);
});
