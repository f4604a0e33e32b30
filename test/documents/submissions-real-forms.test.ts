// Word submissions in the forms real offices prescribe (each expectation written from the form, before running Duban):
//  - 千山区 (鞍山) 门户网站动态信息报送要求, http://www.qianshan.gov.cn/html/ASQSQ/201707/0159486479859038.html (2017): the title
//    opens with the unit ("以千山区xx局或千山区xx镇为开题"), three paragraphs of body, and a 落款 of "所属单位及年月日";
//  - 南昌应用技术师范学院图书馆 新闻稿件上传管理办法, http://lib.nncat.edu.cn/news-7568-show.shtml (2024): under the text the
//    names of the writer/photographer and of the reviewers ("图文姓名、复审人姓名、终审人姓名"), then a 落款 of "部门时间";
//  - 重庆大学宣传报道保密审查审批表 (附件1), http://www.kestanton.com/info/1847/5510.html: a table form — 单位名称 | … | 申请人 | …,
//    宣传报道事项 | 新闻稿件 | 标题 | …, 发布渠道 | …, then 申请人签字 and the date — sent ahead of the article it clears.
// How the office reads them: the unit is the 落款's (or the form's 单位名称) when the file name gives none; the date is the
// 落款's; the title is the title line (or the form's 标题 cell); a form whose 标题 is left blank and carries no article says so.
import { collectReturns } from '../../src/core/returns';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { UnitRegistry } from '../../src/core/units/units';
import { readReturnedFiles } from '../../src/documents/returns-session';
import { d } from '../helpers/grids';
import { Part, submission } from '../helpers/word-submission';

async function collect(period: { from: ReturnType<typeof d>; to: ReturnType<typeof d> }, registry: UnitRegistry, files: [string, Part[]][]) {
  const read = await readReturnedFiles(await Promise.all(files.map(async ([name, parts]) => ({ name, bytes: await submission(parts), received: null }))), undefined, period);
  const result = collectReturns({ period, tasks: [], registry, media: new MediaDirectory([]), ledger: [], returns: read.returns, submissions: read.submissions });
  return {
    added: result.added.map((r) => [r.source, r.unit, `${r.date.year}-${r.date.month}-${r.date.day}`, r.title]),
    rejected: [...read.unreadable, ...result.rejected].map((r) => `${r.file}：${r.reason}`),
    notes: result.notes.map((n) => `${n.file}：${n.reason}`),
  };
}

test('千山区 and 图书馆 submissions: the unit and date from the 落款 when the file name has neither', async () => {
  const qianshan = new UnitRegistry([
    { name: '千山区农业局', aliases: [], groups: [] }, { name: '千山区教育局', aliases: [], groups: [] }, { name: '千山区汤岗子镇', aliases: ['汤岗子镇'], groups: [] },
  ]);
  const july = { from: d('2017-07-01'), to: d('2017-07-31') };
  const r = await collect(july, qianshan, [
    ['7月份上报信息1.docx', [
      { title: '千山区农业局开展夏季农作物病虫害防治技术培训' },
      { body: '为做好夏季农作物病虫害防治工作，千山区农业局于7月4日组织技术人员深入各镇开展培训。' },
      { body: '培训采取集中授课与田间指导相结合的方式，重点讲解了玉米螟、黏虫等病虫害的识别和防治方法。' },
      { body: '此次培训共覆盖农户300余户，发放技术资料500余份。' },
      { body: '千山区农业局' }, { body: '2017年7月5日' },
    ]],
    // the 落款 on one line: the unit and the date
    ['上报信息2.docx', [
      { title: '汤岗子镇启动汛期安全隐患排查' },
      { body: '7月10日，汤岗子镇组织各村对河道、塘坝等重点部位开展汛期安全隐患排查。' },
      { body: '千山区汤岗子镇　　2017年7月11日' },
    ]],
  ]);
  expect(r.rejected).toEqual([]);
  expect(r.added).toEqual([
    ['7月份上报信息1.docx', '千山区农业局', '2017-7-5', '千山区农业局开展夏季农作物病虫害防治技术培训'],
    ['上报信息2.docx', '千山区汤岗子镇', '2017-7-11', '汤岗子镇启动汛期安全隐患排查'],
  ]);
  // said: both read from the text
  expect(r.notes.filter((n) => n.startsWith('7月份上报信息1.docx') && n.includes('按正文落款的单位“千山区农业局”'))).toHaveLength(1);
  expect(r.notes.filter((n) => n.startsWith('上报信息2.docx') && n.includes('2017-07-11'))).toHaveLength(1);

  const library = new UnitRegistry([{ name: '流通部', aliases: [], groups: [] }, { name: '技术部', aliases: [], groups: [] }, { name: '办公室', aliases: ['馆办公室'], groups: [] }]);
  const feb = { from: d('2024-02-01'), to: d('2024-02-29') };
  const lib = await collect(feb, library, [
    ['读书分享会新闻稿.docx', [
      { title: '图书馆举办“书香润校园”读书分享会' },
      { body: '2月27日下午，图书馆在三楼报告厅举办“书香润校园”读书分享会，60余名师生参加。' },
      { body: '文/图：张三　复审：李四　终审：王五' },
      { body: '流通部' }, { body: '2024年2月28日' },
    ]],
  ]);
  expect(lib.rejected).toEqual([]);
  expect(lib.added).toEqual([['读书分享会新闻稿.docx', '流通部', '2024-2-28', '图书馆举办“书香润校园”读书分享会']]);
});

test('a 审批表 form sent with the article: unit from 单位名称, title from 标题; a form with 标题 blank and no article is sent back saying so', async () => {
  const registry = new UnitRegistry([{ name: '县教育局', aliases: ['教育局'], groups: [] }, { name: '县卫健委', aliases: [], groups: [] }]);
  const june = { from: d('2023-06-01'), to: d('2023-06-30') };
  const form = (unit: string, title: string, date: string): Part => ({ rows: [
    ['单位名称', unit, '申请人', '张三'],
    ['宣传报道事项', '新闻稿件', '标题', title],
    ['', '', '发布渠道', '县政府网站'],
    ['宣传报道事由', '宣传暑期学生安全教育工作'],
    ['保密承诺和拟采取的保密措施', `申请人签字：张三　${date}`],
    ['所在单位意见', '负责人签字（公章）：　　年　月　日'],
  ] });
  const r = await collect(june, registry, [
    ['宣传报道审批表及稿件.docx', [
      { title: '宣传报道保密审查审批表' },
      form('县教育局', '县教育局多措并举筑牢暑期安全防线', '2023年6月15日'),
      { title: '县教育局多措并举筑牢暑期安全防线' },
      { body: '为切实做好暑期学生安全工作，县教育局召开专题会议，部署防溺水、交通安全等工作。' },
    ]],
    ['审批表.docx', [{ title: '宣传报道保密审查审批表' }, form('县卫健委', '', '2023年6月16日')]],
  ]);
  expect(r.added).toEqual([['宣传报道审批表及稿件.docx', '县教育局', '2023-6-15', '县教育局多措并举筑牢暑期安全防线']]);
  expect(r.rejected).toHaveLength(1);
  expect(r.rejected[0]).toMatch(/^审批表\.docx：.*“标题”.*没有填写/u);
  // the 退回 list says whose it is, as the form names it: the office knows whom to ask
  const read = await readReturnedFiles([{ name: '审批表.docx', bytes: await submission([form('县卫健委', '', '2023年6月16日')]), received: null }], undefined, june);
  expect(read.unreadable).toEqual([{ file: '审批表.docx', reason: '表格中“标题”一栏没有填写：请填上稿件标题后重新报送', unit: '县卫健委' }]);
});

// 六安市水利局 信息公开统计报送制度 (2022, mirror https://redemodabrasil.com/p6608331/9868419.html) hands its 科室 the 登记表 as a Word
// table — 附件1 …登记表, "填写单位：  登记时间：", 序号 | 信息编号 | 信息名称 | … numbered down to 8. A unit fills the office's 报送
// 登记 the same way in Word: several articles in one file. The office reads each row as a row of the form: two articles
// (the year of "6月12日" from the period, said), the numbered empty row and the 合计 line no article; said that the Word table
// was read as 报送登记. Before, the table's header cells were taken for a form's labels and the file became one article titled "采用媒体".
test('a Word 登记表 of several articles is read row by row like the form\'s 报送登记', async () => {
  const registry = new UnitRegistry([{ name: '县教育局', aliases: ['教育局'], groups: [] }]);
  const june = { from: d('2023-06-01'), to: d('2023-06-30') };
  const media = new MediaDirectory([{ name: '皖西日报', level: '市级', aliases: [], points: null }, { name: '六安发布', level: '市级', aliases: [], points: null }]);
  const parts: Part[] = [
    { title: '附件1' }, { title: '2023年6月信息报送登记表' }, { body: '填写单位：县教育局　　　　登记时间：2023年6月30日' },
    { rows: [
      ['序号', '报送日期', '信息标题', '采用媒体', '媒体级别', '是否采用'],
      ['1', '2023.6.5', '县教育局多措并举筑牢暑期安全防线', '皖西日报', '市级', '是'],
      ['2', '6月12日', '县教育局开展防溺水专题教育', '六安发布', '市级', '√'],
      ['3', '', '', '', '', ''],
      ['合计', '2篇', '', '', '', ''],
    ] },
  ];
  const read = await readReturnedFiles([{ name: '县教育局6月信息报送登记.docx', bytes: await submission(parts), received: null }], undefined, june);
  expect(read.unreadable).toEqual([]);
  expect(read.submissions).toEqual([]);
  const result = collectReturns({ period: june, tasks: [], registry, media, ledger: [], returns: read.returns, submissions: read.submissions });
  expect(result.rejected).toEqual([]);
  expect(result.added.map((r) => [r.unit, `${r.date.year}-${r.date.month}-${r.date.day}`, r.title, r.media, r.level, r.adopted])).toEqual([
    ['县教育局', '2023-6-5', '县教育局多措并举筑牢暑期安全防线', '皖西日报', '市级', true],
    ['县教育局', '2023-6-12', '县教育局开展防溺水专题教育', '六安发布', '市级', true],
  ]);
  const notes = result.notes.map((n) => n.reason);
  expect(notes.filter((n) => /Word/u.test(n) && /报送登记/u.test(n))).toHaveLength(1);
  expect(notes.filter((n) => /没有写年份/u.test(n))).toHaveLength(1);
  expect(notes.filter((n) => /合计/u.test(n))).toHaveLength(1);
  // its articles count, but it reports no progress: no returned 填报表, as a Word submission
  expect(result.units.find((u) => u.unit === '县教育局')).toMatchObject({ added: 2, returned: false });
});
// (the rows named as the clerk counts them in the Word table: its header is row 1)
test('a Word 登记表\'s rows are named by their row in the table', async () => {
  const registry = new UnitRegistry([{ name: '县教育局', aliases: [], groups: [] }]);
  const june = { from: d('2023-06-01'), to: d('2023-06-30') };
  const parts: Part[] = [{ body: '填写单位：县教育局' }, { body: '登记时间：2023年6月30日' }, { rows: [['报送日期', '信息标题', '采用媒体'], ['2023-06-05', '甲', '皖西日报'], ['6月31日', '乙', '皖西日报']] }];
  const read = await readReturnedFiles([{ name: '县教育局登记表.docx', bytes: await submission(parts), received: null }], undefined, june);
  const result = collectReturns({ period: june, tasks: [], registry, media: new MediaDirectory([]), ledger: [], returns: read.returns, submissions: read.submissions });
  expect(result.rejected.map((r) => r.row)).toEqual([3]);
});

test('a 落款 naming no registry unit (a 科室) is said with the refusal', async () => {
  const registry = new UnitRegistry([{ name: '千山区农业局', aliases: [], groups: [] }]);
  const r = await collect({ from: d('2017-07-01'), to: d('2017-07-31') }, registry, [
    ['7月份上报信息2.docx', [{ title: '开展夏季病虫害防治培训' }, { body: '7月4日，组织技术人员深入各镇开展培训。' }, { body: '办公室' }, { body: '2017年7月5日' }]],
  ]);
  expect(r.added).toEqual([]);
  expect(r.rejected).toEqual(['7月份上报信息2.docx：文件名中的单位“7月份上报信息2”不在单位名录中，正文落款的“办公室”也不是名录中的单位']);
});

// Round 10: each item of a 综合简报 is a 信息 of its own, registered as its own row (returns-composite-briefing.test.ts says why)
test('a 综合简报 with 本期目录 is registered item by item (政府工作简报格式: 多种信息…采用小标题分述)', async () => {
  const registry = new UnitRegistry([{ name: '县教育局', aliases: [], groups: [] }]);
  const r = await collect({ from: d('2023-06-01'), to: d('2023-06-30') }, registry, [
    ['县教育局-2023年6月15日-教育工作简报.docx', [
      { masthead: '教育工作简报' }, { issue: '第12期' }, { imprint: '县教育局办公室编　　　　2023年6月15日' },
      { body: '本期目录' }, { body: '1.县教育局多措并举筑牢暑期安全防线' }, { body: '2.全县中小学开展防溺水专题教育' },
      { title: '县教育局多措并举筑牢暑期安全防线' }, { body: '为切实做好暑期学生安全工作，县教育局召开专题会议。' },
      { title: '全县中小学开展防溺水专题教育' }, { body: '6月14日，全县中小学同步开展防溺水专题教育。' },
    ]],
  ]);
  expect(r.added).toEqual([
    ['县教育局-2023年6月15日-教育工作简报.docx', '县教育局', '2023-6-15', '县教育局多措并举筑牢暑期安全防线'],
    ['县教育局-2023年6月15日-教育工作简报.docx', '县教育局', '2023-6-15', '全县中小学开展防溺水专题教育'],
  ]);
  expect(r.notes).toEqual(['县教育局-2023年6月15日-教育工作简报.docx：综合简报的本期目录列有 2 条信息，按正文中的标题逐条登记了 2 行（“县教育局多措并举筑牢暑期安全防线”、“全县中小学开展防溺水专题教育”）：每条是否采用请在台账中分别填写']);
});

test('a Word 登记表 of two columns (序号 | 信息标题 | 报送时间) is a register too; a form row 标题 | … | 发布日期 | … is not', async () => {
  const registry = new UnitRegistry([{ name: '县教育局', aliases: [], groups: [] }]);
  const june = { from: d('2023-06-01'), to: d('2023-06-30') };
  const read = await readReturnedFiles([
    { name: '县教育局6月报送信息目录.docx', bytes: await submission([{ rows: [['序号', '信息标题', '报送时间'], ['1', '县教育局多措并举筑牢暑期安全防线', '2023-06-05'], ['2', '县教育局开展防溺水专题教育', '2023-06-12']] }]), received: null },
    { name: '县教育局稿件.docx', bytes: await submission([{ rows: [['标题', '县教育局召开招生工作会议', '发布日期', '2023-06-15']] }, { title: '县教育局召开招生工作会议' }, { body: '6月15日，县教育局召开招生工作会议。' }]), received: null },
  ], undefined, june);
  const result = collectReturns({ period: june, tasks: [], registry, media: new MediaDirectory([]), ledger: [], returns: read.returns, submissions: read.submissions });
  expect([...read.unreadable, ...result.rejected]).toEqual([]);
  expect(result.added.map((r) => [r.source, `${r.date.month}-${r.date.day}`, r.title])).toEqual([
    ['县教育局6月报送信息目录.docx', '6-5', '县教育局多措并举筑牢暑期安全防线'],
    ['县教育局6月报送信息目录.docx', '6-12', '县教育局开展防溺水专题教育'],
    ['县教育局稿件.docx', '6-15', '县教育局召开招生工作会议'],
  ]);
});
