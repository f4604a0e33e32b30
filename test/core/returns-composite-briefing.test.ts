// A 综合简报 — one submission carrying several 信息 — and how an office counts it (expectations written from the sources,
// before running Duban). What the sources say:
//  - 政府工作简报格式 (http://readke.com/c/3035245.html): a 工作简报's body is either one topic (专题简报) or a 综合简报
//    "包括多种简讯、情况报道", written "采用小标题分述法" — each item under a 小标题 of its own, often listed first as 本期目录;
//  - 北仑区教育局 信息工作考核 (https://98523.com/fanwen/gongzuobaogao/fengxianpinggubaogao/201112/124964_2.html): "《教育简报》
//    采用的新闻或信息，简讯每条计2分，详讯每条计4分" — what a 简报 carries is counted by the 条, each item on its own;
//  - 通州区园林绿化局 2016年9月信息报送分数统计表 (https://mingkeok.com/html/n12963240..n12963240c14484346content.html) counts
//    "一句话、综合信息" and "独立信息" separately in 条数; 白水县 白政办发〔2021〕38号 (http://hqbet6098.com/zfxxgk/zcwj/zfwj/
//    1651407691793178626.html) "共报送政务信息455篇" with an annex "政务信息采用条目" — the 信息 is the unit of count, and each is
//    adopted or not on its own.
// So the office registers a 综合简报 as one row per item (the item's heading as the body prints it, the file's unit and date),
// each adopted or not by the office later; registering it as one row undercounted the unit. An item the 目录 lists but the
// body does not carry (a 目录 left from another issue, a file cut short) is not registered — that would count a 信息 nobody
// sent — and is said.
import { collectReturns } from '../../src/core/returns';
import { WordSubmission } from '../../src/core/returns/collect';
import { readSubmissionText } from '../../src/core/returns/submission-text';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { UnitRegistry } from '../../src/core/units/units';
import { d } from '../helpers/grids';

const JUNE = { from: d('2023-06-01'), to: d('2023-06-30') };
const registry = new UnitRegistry([{ name: '县教育局', aliases: [], groups: [] }]);

/** The submission Word's reader makes of a text (submissions.ts), named as the file would be. */
function sent(file: string, text: string): WordSubmission {
  const read = readSubmissionText(text);
  return {
    file, unitText: '县教育局', date: d('2023-06-15'), title: read.title!,
    ...(read.contents ? { contents: read.contents } : {}), ...(read.contentsMissing ? { contentsMissing: read.contentsMissing } : {}),
  };
}
const collect = (submissions: WordSubmission[]) =>
  collectReturns({ period: JUNE, tasks: [], registry, media: new MediaDirectory([]), ledger: [], returns: [], submissions });

const briefing = [
  '教育工作简报', '第12期', '县教育局办公室编　　　　2023年6月15日', '————————————',
  '本期目录',
  '一、县教育局部署暑期安全工作', '二、全县中小学开展防溺水专题教育', '三、县教育局召开2023年招生工作会议',
  '一、县教育局多措并举部署暑期学生安全工作', '为切实做好暑期学生安全工作，县教育局召开专题会议，部署防溺水、交通安全等工作。',
  '二、全县中小学开展防溺水专题教育', '6月14日，全县中小学同步开展防溺水专题教育，发放告家长书1.2万份。',
  '三、县教育局召开2023年招生工作会议', '6月15日，县教育局召开招生工作会议，公布义务教育阶段招生方案。',
].join('\n');

test('each item of a 综合简报 is a row of its own, titled as the body heads it (the 目录 may shorten it)', () => {
  const r = collect([sent('县教育局-6月15日-教育工作简报第12期.docx', briefing)]);
  expect(r.rejected).toEqual([]);
  expect(r.added.map((a) => [a.unit, a.date, a.title, a.adopted, a.count, a.source])).toEqual([
    ['县教育局', d('2023-06-15'), '县教育局多措并举部署暑期学生安全工作', false, 1, '县教育局-6月15日-教育工作简报第12期.docx'],
    ['县教育局', d('2023-06-15'), '全县中小学开展防溺水专题教育', false, 1, '县教育局-6月15日-教育工作简报第12期.docx'],
    ['县教育局', d('2023-06-15'), '县教育局召开2023年招生工作会议', false, 1, '县教育局-6月15日-教育工作简报第12期.docx'],
  ]);
  expect(r.units.find((u) => u.unit === '县教育局')).toMatchObject({ added: 3, submitted: 3, files: ['县教育局-6月15日-教育工作简报第12期.docx'] });
  expect(r.notes.map((n) => n.reason)).toEqual([
    '综合简报的本期目录列有 3 条信息，按正文中的标题逐条登记了 3 行（“县教育局多措并举部署暑期学生安全工作”、“全县中小学开展防溺水专题教育”、“县教育局召开2023年招生工作会议”）：每条是否采用请在台账中分别填写',
  ]);
});

test('an item the 目录 lists but the body lacks is not registered, and said; the same 简报 sent twice counts once', () => {
  const cut = briefing.split('\n').slice(0, -2).join('\n'); // the third item's heading and text are missing
  const r = collect([sent('县教育局-6月15日-教育工作简报第12期.docx', cut), sent('县教育局-6月15日-教育工作简报第12期（重发）.docx', briefing)]);
  expect(r.added.map((a) => [a.source.includes('重发'), a.title])).toEqual([
    [false, '县教育局多措并举部署暑期学生安全工作'], [false, '全县中小学开展防溺水专题教育'], [true, '县教育局召开2023年招生工作会议'],
  ]);
  expect(r.notes.map((n) => n.reason)).toContain('本期目录中的“县教育局召开2023年招生工作会议”在正文中没有找到对应的标题，未登记：请核实简报是否完整（或目录是否为别期的）');
  expect(r.duplicates.map((x) => x.file)).toEqual(['县教育局-6月15日-教育工作简报第12期（重发）.docx', '县教育局-6月15日-教育工作简报第12期（重发）.docx']);
});

test('a 简报 on one topic (no 目录) is one row, as before; a sentence that begins with an item\'s words is no heading of it', () => {
  const single = ['教育工作简报', '第13期', '县教育局办公室编　　　　2023年6月20日', '县教育局开展师德师风专项整治', '6月19日，县教育局召开师德师风专项整治推进会。'].join('\n');
  expect(collect([sent('县教育局-6月20日-教育工作简报第13期.docx', single)]).added.map((a) => a.title)).toEqual(['县教育局开展师德师风专项整治']);
  const prose = ['本期目录', '1.全县中小学开展防溺水专题教育', '2.县教育局召开招生工作会议', '全县中小学开展防溺水专题教育，覆盖学生2万人。', '县教育局召开招生工作会议'].join('\n');
  const read = readSubmissionText(prose);
  expect([read.contents, read.contentsMissing]).toEqual([['县教育局召开招生工作会议'], ['全县中小学开展防溺水专题教育']]);
});

test('a 目录 of bullets or of plain lines: the list ends where the body repeats an entry as its heading', () => {
  const bullets = ['本期要目', '◆县教育局部署暑期安全工作', '◆全县中小学开展防溺水专题教育',
    '◆县教育局部署暑期安全工作', '为切实做好暑期学生安全工作，县教育局召开专题会议。', '◆全县中小学开展防溺水专题教育', '6月14日，全县中小学同步开展防溺水专题教育。'].join('\n');
  expect(readSubmissionText(bullets)).toMatchObject({ title: '县教育局部署暑期安全工作', contents: ['县教育局部署暑期安全工作', '全县中小学开展防溺水专题教育'] });
  const plain = ['教育工作简报', '第14期', '县教育局办公室编　　　　2023年6月25日', '本期目录', '县教育局部署暑期安全工作', '全县中小学开展防溺水专题教育', '————————',
    '县教育局部署暑期安全工作', '为切实做好暑期学生安全工作，县教育局召开专题会议。', '全县中小学开展防溺水专题教育', '6月14日，全县中小学同步开展防溺水专题教育。'].join('\n');
  expect(readSubmissionText(plain)).toMatchObject({ title: '县教育局部署暑期安全工作', contents: ['县教育局部署暑期安全工作', '全县中小学开展防溺水专题教育'] });
  // plain lines the body never repeats are no 目录: the text's own lines (one piece, titled by its first)
  const notContents = ['本期目录', '县教育局部署暑期安全工作', '为切实做好暑期学生安全工作，县教育局召开专题会议。'].join('\n');
  expect(readSubmissionText(notContents)).toMatchObject({ title: '县教育局部署暑期安全工作' });
  expect(readSubmissionText(notContents).contents).toBeUndefined();
});
