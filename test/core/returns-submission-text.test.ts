// A Word submission's name and text as units write them: the unit in 【】, a date 6.15 or none; the title past a 报头 or an
// 编者按, over two lines, or refused when the text starts with the body (expectations written before running).
import { readSubmissionName, readSubmissionText } from '../../src/core/returns';

const june = { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } };
const day = (d: number) => ({ year: 2023, month: 6, day: d });

test('file names: 【单位】 wherever the date stands, 6.15 without a year, no date, no unit', () => {
  expect(readSubmissionName('【县教育局】关于暑期安全的信息（6月15日）.docx', june)).toEqual({ unitText: '县教育局', date: day(15), yearFromPeriod: true });
  expect(readSubmissionName('教育局 6.15 信息.docx', june)).toEqual({ unitText: '教育局', date: day(15), yearFromPeriod: true });
  expect(readSubmissionName('教育局 6.15 信息.docx')).toEqual({ unitText: '教育局6.15', date: null });
  expect(readSubmissionName('县卫健委信息.docx', june)).toEqual({ unitText: '县卫健委', date: null });
  expect(readSubmissionName('县卫健委信息（2023年第5期）.docx', june)).toEqual({ unitText: '县卫健委', date: null });
  expect(readSubmissionName('6月18日信息.docx', june)).toEqual({ unitText: null, date: day(18), yearFromPeriod: true });
  // 6-15 and 0615 (this one only when it is a day of the period: 第1215期 and 一中0910 are no dates)
  expect(readSubmissionName('县教育局-6-15-信息.docx', june)).toEqual({ unitText: '县教育局', date: day(15), yearFromPeriod: true });
  expect(readSubmissionName('县教育局0615信息.docx', june)).toEqual({ unitText: '县教育局', date: day(15), yearFromPeriod: true });
  expect(readSubmissionName('县教育局信息第0615期.docx', june).date).toBeNull();
  expect(readSubmissionName('县一中0910信息.docx', june).date).toBeNull();
  // a dotted full date is read whole, never as its last two numbers
  expect(readSubmissionName('金寨县_2023.6.9_工作信息.docx', june)).toEqual({ unitText: '金寨县', date: day(9) });
  expect(readSubmissionName('市民政局-2023年5月8日工作信息.docx', june)).toEqual({ unitText: '市民政局', date: { year: 2023, month: 5, day: 8 } });
});

test('the title past a 简报\'s 报头, an 编者按 and labels; the 报送单位 and a date line read', () => {
  expect(readSubmissionText(['教育工作简报', '第12期', '县教育局办公室编　　　2023年6月15日', '县教育局多措并举筑牢暑期安全防线', '为切实做好暑期学生安全工作，县教育局召开专题会议。'].join('\n')))
    .toEqual({ title: '县教育局多措并举筑牢暑期安全防线', unitText: null, date: day(15), issuedBy: '县教育局办公室' });
  expect(readSubmissionText(['【编者按】暑期将至，防溺水是重中之重。', '教育局开展防溺水专题教育', '6月16日，县教育局开展活动。'].join('\n')).title).toBe('教育局开展防溺水专题教育');
  expect(readSubmissionText(['报送单位：县卫健委　签发人：王五', '县卫健委推进家庭医生签约服务', '今年以来，签约服务覆盖率稳步提升。', '2023年6月20日'].join('\n')))
    .toEqual({ title: '县卫健委推进家庭医生签约服务', unitText: '县卫健委', date: day(20) });
  expect(readSubmissionText(['标题：城关镇夏粮收购有序推进', '连日来，城关镇组织收购。'].join('\n')).title).toBe('城关镇夏粮收购有序推进');
});

test('a title that looks like a masthead or holds a date is a title; two short centred lines are one title', () => {
  expect(readSubmissionText(['全县防汛工作动态', '入汛以来，全县各地严阵以待。'].join('\n')).title).toBe('全县防汛工作动态');
  expect(readSubmissionText(['县人社局2023年6月21日举办招聘会', '6月21日，招聘会在县体育馆举办。'].join('\n')).title).toBe('县人社局2023年6月21日举办招聘会');
  expect(readSubmissionText(['县融媒体中心创新推出', '“云上看县城”系列直播', '近日，县融媒体中心推出系列直播，首场观看量超过10万人次。'].join('\n')).title)
    .toBe('县融媒体中心创新推出“云上看县城”系列直播');
  expect(readSubmissionText(['抓党建促振兴；强产业惠民生', '今年以来，城关镇坚持党建引领。'].join('\n')).title).toBe('抓党建促振兴；强产业惠民生');
  // a byline under the title (the unit, the writer) is not part of it
  expect(readSubmissionText(['县教育局多措并举筑牢暑期安全防线', '县教育局　张三', '为切实做好暑期学生安全工作，县教育局召开专题会议。'].join('\n')).title).toBe('县教育局多措并举筑牢暑期安全防线');
  expect(readSubmissionText(['城关镇夏粮收购有序推进', '（城关镇）', '连日来，城关镇组织粮食收购企业开秤收购。'].join('\n')).title).toBe('城关镇夏粮收购有序推进');
  // a subtitle after a dash is not part of the title
  expect(readSubmissionText(['坚守讲台三十年', '——记城关镇中心小学教师王某', '三十年来，她扎根乡村。'].join('\n')).title).toBe('坚守讲台三十年');
});

test('a text that starts with its body has no title: said so, not guessed', () => {
  const r = readSubmissionText('6月22日，县人社局组织开展根治欠薪专项行动，走访在建项目12个。');
  expect(r.title).toBeNull();
  expect(r.titleProblem).toContain('正文前没有标题');
  expect(readSubmissionText('教育工作简报\n第12期\n2023年6月15日').titleProblem).toContain('没有标题和正文');
});

test('a 红头 that is the unit\'s name (or its 文件 with a 文号) comes before the title and names the unit; a 报送单位 row of a table too', () => {
  expect(readSubmissionText(['县教育局', '县教育局多措并举筑牢暑期安全防线', '为切实做好暑期学生安全工作，县教育局召开专题会议。'].join('\n')))
    .toEqual({ title: '县教育局多措并举筑牢暑期安全防线', unitText: '县教育局', date: null });
  expect(readSubmissionText(['县教育局文件', '县教〔2023〕12号', '关于暑期学生安全工作情况的报告', '县委办：', '现将我局暑期学生安全工作情况报告如下。'].join('\n')))
    .toEqual({ title: '关于暑期学生安全工作情况的报告', unitText: '县教育局', date: null });
  // a 信息 template's table: 报送单位 | 县卫健委 | 签发人 | 王五
  expect(readSubmissionText(['报送单位\t县卫健委\t签发人\t王五', '县卫健委推进家庭医生签约服务', '今年以来，签约服务覆盖率稳步提升。'].join('\n')))
    .toEqual({ title: '县卫健委推进家庭医生签约服务', unitText: '县卫健委', date: null });
  // a 报送单位 line wins over the 红头
  expect(readSubmissionText(['县教育局', '报送单位：县教育体育局', '暑期安全教育全覆盖', '全县中小学开展暑期安全教育。'].join('\n')).unitText).toBe('县教育体育局');
});

test('the 落款 of the forms offices prescribe (千山区: 所属单位及年月日; a 图书馆 template: 图文/复审/终审, then 部门 and 时间); a 审批表\'s cells', () => {
  // 千山区门户网站动态信息报送要求 (qianshan.gov.cn, 2017): the unit over the date, or both on one line
  expect(readSubmissionText('千山区农业局开展夏季农作物病虫害防治技术培训\n为做好夏季农作物病虫害防治工作，千山区农业局组织技术人员深入各镇开展培训。\n千山区农业局\n2017年7月5日'))
    .toEqual({ title: '千山区农业局开展夏季农作物病虫害防治技术培训', unitText: null, date: { year: 2017, month: 7, day: 5 }, signedBy: '千山区农业局' });
  expect(readSubmissionText('汤岗子镇启动汛期安全隐患排查\n7月10日，汤岗子镇组织各村开展汛期安全隐患排查。\n千山区汤岗子镇　　2017年7月11日').signedBy).toBe('千山区汤岗子镇');
  // 图书馆 template (lib.nncat.edu.cn, 2024): the 图文/复审/终审 line is no 落款; the 部门 over the date is
  expect(readSubmissionText('图书馆举办读书分享会\n2月27日下午，图书馆举办读书分享会。\n文/图：张三　复审：李四　终审：王五\n流通部\n2024年2月28日').signedBy).toBe('流通部');
  // a body sentence over the date is no 落款; a text with no closing date has none
  expect(readSubmissionText('县教育局开展防溺水教育\n县教育局在全县中小学开展防溺水专题教育。\n2023年6月16日').signedBy).toBeUndefined();
  expect(readSubmissionText('县教育局开展防溺水教育\n县教育局在全县中小学开展防溺水专题教育。\n县教育局').signedBy).toBeUndefined();
  // 重庆大学宣传报道保密审查审批表: a table row is a line of tab-separated cells; 单位名称 and 标题 label the cell after them
  const form = '宣传报道保密审查审批表\n单位名称\t县教育局\t申请人\t张三\n宣传报道事项\t新闻稿件\t标题\t县教育局多措并举筑牢暑期安全防线\n\t\t发布渠道\t县政府网站\n保密承诺和拟采取的保密措施\t申请人签字：张三　2023年6月15日';
  expect(readSubmissionText(form)).toEqual({ title: '县教育局多措并举筑牢暑期安全防线', unitText: '县教育局', date: day(15) });
  expect(readSubmissionText(form.replace('县教育局多措并举筑牢暑期安全防线', '')).titleProblem).toBe('表格中“标题”一栏没有填写：请填上稿件标题后重新报送');
});

test('the source a 投稿须知 asks for at the end of the text: 来源 / 信息来源单位 / （…供稿）', () => {
  // 湖北某学院 投稿须知 (scheme.wilfw.com/articles/60/art/726): 正文末尾须标注投稿的来源部门，时效性内容还需标注时间
  const body = '学院召开2023年招生宣传工作部署会\n6月14日，学院召开招生宣传工作部署会，各二级学院负责人参会。';
  expect(readSubmissionText(`${body}\n（来源：党委宣传统战部）\n2023年6月15日`).unitText).toBe('党委宣传统战部');
  // 某学院 寒假信息发布提醒 (jiayufang.com/News_View.asp?NewsID=12743): 须注明信息来源单位、作者、联系人、联系方式
  expect(readSubmissionText(`${body}\n信息来源单位：计算机学院　作者：张三　联系人：李四　联系方式：13800000000`).unitText).toBe('计算机学院');
  // the common closing bracket of a 信息: （县教育局供稿）
  expect(readSubmissionText(`${body}\n（县教育局供稿）`).unitText).toBe('县教育局');
  // a body sentence about a source is none
  expect(readSubmissionText(`${body}\n项目资金来源为县级财政和上级补助。`).unitText).toBeNull();
});

test('a 来源 line over the title is no title', () => {
  expect(readSubmissionText('信息来源单位：计算机学院\n学院召开2023年招生宣传工作部署会\n6月14日，学院召开招生宣传工作部署会。').title).toBe('学院召开2023年招生宣传工作部署会');
});

test('a 信息报送单 whose fields and body are all in one table: 报送单位, 报送时间 and 标题 by their cells', () => {
  const form = [
    '政务信息报送单',
    '报送单位\t县卫健委\t报送时间\t2023年6月16日\t签发人\t王五',
    '标题\t县卫健委推进家庭医生签约服务',
    `正文\t今年以来，县卫健委聚焦群众健康需求，${'推进家庭医生签约服务，'.repeat(6)}签约覆盖率稳步提升。`,
    '联系人\t李四\t联系电话\t0564-1234567',
  ].join('\n');
  expect(readSubmissionText(form)).toEqual({ title: '县卫健委推进家庭医生签约服务', unitText: '县卫健委', date: day(16) });
});

// 政府工作简报格式 (readke.com/c/3035245.html): a 综合简报 holds several items under 小标题, often listed first under 本期目录.
// The office reads one file as one piece unless told otherwise: the title is the first item's, and the 目录's items are given
// back so that collect can say the others were not registered (not lost without a word); the 目录 lines are no title.
test('a 综合简报 with 本期目录: the first item is the title, the listed items are given back', () => {
  const text = [
    '教育工作简报', '第12期', '县教育局办公室编　　　　2023年6月15日', '————————————',
    '本期目录', '1.县教育局多措并举筑牢暑期安全防线', '2.全县中小学开展防溺水专题教育', '3.县教育局召开2023年招生工作会议',
    '县教育局多措并举筑牢暑期安全防线', '为切实做好暑期学生安全工作，县教育局召开专题会议，部署防溺水、交通安全等工作。',
    '全县中小学开展防溺水专题教育', '6月14日，全县中小学同步开展防溺水专题教育。',
    '县教育局召开2023年招生工作会议', '6月15日，县教育局召开招生工作会议。',
  ].join('\n');
  const read = readSubmissionText(text);
  expect(read.title).toBe('县教育局多措并举筑牢暑期安全防线');
  expect(read.contents).toEqual(['县教育局多措并举筑牢暑期安全防线', '全县中小学开展防溺水专题教育', '县教育局召开2023年招生工作会议']);
});
