// Word submissions as units really name and write them: a 【单位】 before the title in the name, a date "6.15" or none, a 简报's
// 报头 (red masthead, 第N期, the 编印 line and its rule) or an 编者按 before the title, a title broken over two lines, a 报送单位
// line in the text. The .docx files are built with the docx library as a unit's clerk lays them out; each expectation was written
// from what the office reads in the file, before running Duban.
import { collectReturns } from '../../src/core/returns';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { UnitRegistry } from '../../src/core/units/units';
import { readReturnedFiles } from '../../src/documents/returns-session';
import { d } from '../helpers/grids';
import { Part, submission } from '../helpers/word-submission';

const june = { from: d('2023-06-01'), to: d('2023-06-30') };
const registry = new UnitRegistry([
  { name: '县教育局', aliases: ['教育局', '县教育体育局'], groups: [] },
  { name: '县卫健委', aliases: ['县卫生健康委员会'], groups: [] },
  { name: '县人社局', aliases: ['县人力资源和社会保障局'], groups: [] },
  { name: '城关镇', aliases: ['城关镇人民政府'], groups: [] },
  { name: '县融媒体中心', aliases: [], groups: [] },
]);

test('Word submissions as units name and write them: unit, date and title as the office reads them, or sent back saying why', async () => {
  const files: [string, Part[]][] = [
    // A: unit in 【】 before the title, the date in brackets after it without a year; a 简报 with its 报头
    ['【县教育局】关于暑期学生安全教育的信息（6月15日）.docx', [
      { masthead: '教育工作简报' }, { issue: '第12期' }, { imprint: '县教育局办公室编　　　　　　　　2023年6月15日' },
      { title: '县教育局多措并举筑牢暑期安全防线' }, { body: '为切实做好暑期学生安全工作，县教育局召开专题会议，部署防溺水、交通安全等工作。' },
    ]],
    // B: "6.15" for the date; an 编者按 before the title
    ['教育局 6.16 信息.docx', [
      { body: '编者按：暑期将至，防溺水是学生安全的重中之重。现将教育局的做法刊发，供各地参考。' },
      { title: '教育局开展防溺水专题教育' }, { body: '6月16日，县教育局在全县中小学开展防溺水专题教育活动。' },
    ]],
    // C: no date in the name: the 报送单位 line on top, the date as the last line (落款)
    ['县卫健委信息.docx', [
      { body: '报送单位：县卫健委　　签发人：王五' }, { title: '县卫健委推进家庭医生签约服务' },
      { body: '今年以来，县卫健委聚焦群众健康需求，家庭医生签约服务覆盖率稳步提升。' }, { body: '2023年6月20日' },
    ]],
    // D: no unit in the name: the 报送单位 line at the end, in brackets with the contact
    ['6月18日信息.docx', [
      { title: '城关镇：夏粮收购有序推进' }, { body: '连日来，城关镇组织粮食收购企业开秤收购，保障农民售粮顺畅。' },
      { body: '（报送单位：城关镇人民政府　联系人：李四　电话：0564-1234567）' },
    ]],
    // E: the name says one unit, the text another: whose it is cannot be told
    ['县人社局-2023年6月21日-工作信息.docx', [
      { title: '暑期校园招聘会举办' }, { body: '6月21日，暑期校园招聘会在县体育馆举办。' }, { body: '报送单位：县教育局' },
    ]],
    // F: no title: the text starts with the body
    ['县人社局-2023年6月22日工作信息.docx', [
      { body: '6月22日，县人社局组织开展根治欠薪专项行动，走访在建项目12个，为86名农民工追回工资。' },
    ]],
    // G: a long title broken over two centred lines
    ['县融媒体中心-2023.6.25-信息.docx', [
      { title: '县融媒体中心创新推出' }, { title: '“云上看县城”系列直播' },
      { body: '近日，县融媒体中心推出“云上看县城”系列直播，带网友领略县城新貌，首场直播观看量超过10万人次。' },
    ]],
    // H: the unit runs straight into the title in the name
    ['县人社局关于暑期招聘的信息6月26日.docx', [
      { title: '县人社局举办暑期高校毕业生专场招聘会' }, { body: '6月26日，县人社局举办暑期高校毕业生专场招聘会，提供岗位800余个。' },
    ]],
    // I: the bulletin's issue in brackets instead of a date; the date in the 编印 line
    ['县卫健委信息（2023年第5期）.docx', [
      { masthead: '县卫健委信息' }, { issue: '2023年第5期' }, { imprint: '县卫健委办公室　　　　　　2023年6月27日' },
      { title: '县卫健委开展“服务百姓健康行动”义诊周活动' }, { body: '6月27日，县卫健委组织县直医疗机构开展义诊活动。' },
    ]],
    // J: a name with only the date; a 信息 template whose first row is a table: 报送单位 | 城关镇 | 签发人 | 王五
    ['6月28日.docx', [
      { table: ['报送单位', '城关镇', '签发人', '王五'] }, { title: '城关镇开展夏季防汛应急演练' }, { body: '6月28日，城关镇组织开展夏季防汛应急演练，参演人员120余人。' },
    ]],
    // K: the 红头 is the unit's name in red, the title under it
    ['6.29信息.docx', [
      { masthead: '县融媒体中心' }, { title: '县融媒体中心举办“我为家乡代言”短视频大赛' }, { body: '6月29日，县融媒体中心举办短视频大赛颁奖仪式。' },
    ]],
  ];
  const read = await readReturnedFiles(await Promise.all(files.map(async ([name, parts]) => ({ name, bytes: await submission(parts), received: null }))), undefined, june);
  const result = collectReturns({
    period: june, tasks: [], registry, media: new MediaDirectory([]), ledger: [], returns: read.returns, submissions: read.submissions,
  });
  const rejected = [...read.unreadable, ...result.rejected].map((r) => `${r.file}：${r.reason}`).sort();
  expect(result.added.map((r) => [r.source, r.unit, `${r.date.year}-${r.date.month}-${r.date.day}`, r.title])).toEqual([
    ['【县教育局】关于暑期学生安全教育的信息（6月15日）.docx', '县教育局', '2023-6-15', '县教育局多措并举筑牢暑期安全防线'],
    ['教育局 6.16 信息.docx', '县教育局', '2023-6-16', '教育局开展防溺水专题教育'],
    ['县卫健委信息.docx', '县卫健委', '2023-6-20', '县卫健委推进家庭医生签约服务'],
    ['6月18日信息.docx', '城关镇', '2023-6-18', '城关镇：夏粮收购有序推进'],
    ['县融媒体中心-2023.6.25-信息.docx', '县融媒体中心', '2023-6-25', '县融媒体中心创新推出“云上看县城”系列直播'],
    ['县人社局关于暑期招聘的信息6月26日.docx', '县人社局', '2023-6-26', '县人社局举办暑期高校毕业生专场招聘会'],
    ['县卫健委信息（2023年第5期）.docx', '县卫健委', '2023-6-27', '县卫健委开展“服务百姓健康行动”义诊周活动'],
    ['6月28日.docx', '城关镇', '2023-6-28', '城关镇开展夏季防汛应急演练'],
    ['6.29信息.docx', '县融媒体中心', '2023-6-29', '县融媒体中心举办“我为家乡代言”短视频大赛'],
  ]);
  expect(rejected).toHaveLength(2);
  expect(rejected[0]).toMatch(/^县人社局-2023年6月21日-工作信息\.docx：.*县人社局.*县教育局/);
  expect(rejected[1]).toMatch(/^县人社局-2023年6月22日工作信息\.docx：.*标题/);
  const notes = result.notes.map((n) => `${n.file}：${n.reason}`);
  if (process.env.SHOW_COLLECT) console.log([...rejected, ...notes].join('\n'));
  const noted = (file: string, ...parts: string[]) => expect({ file, parts, found: notes.filter((n) => n.startsWith(file) && parts.every((p) => n.includes(p))).length }).toEqual({ file, parts, found: 1 });
  noted('【县教育局】', '没有年份', '2023-06-15');
  noted('教育局 6.16', '没有年份', '2023-06-16');
  noted('县卫健委信息', '日期', '2023-06-20', '正文');
  noted('6月18日信息', '没有单位', '正文中写明的单位“城关镇人民政府”', '城关镇');
  noted('6.29信息', '没有单位', '县融媒体中心');
  noted('县人社局关于', '单位后接着写了标题', '县人社局');
  noted('县卫健委信息（', '没有日期', '2023-06-27');
});
