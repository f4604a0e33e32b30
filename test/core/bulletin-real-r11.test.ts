// Round 11 (r11-bulletin10): the 通报 against more real ones (test/fixtures/bulletins/README.md 26–29) — adoptions by level naming only the
// levels that had any, each with its outlets (遂溪县人大 2023年度), and no 采用率 from a ledger of published pieces only.
// Each expected text was written from the document before Duban was run on the data.
import { bulletinContent, campaignName, withoutWorkAtEnd } from '../../src/core/bulletin/content';
import { buildReport } from '../../src/core/scoring/report';
import { CellValue } from '../../src/core/sheets/grid';
import { TODAY, d, grid, taskGrid } from '../helpers/grids';

const ledgerHeader = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
const section = (content: ReturnType<typeof bulletinContent>, heading: string) => content.sections.find((s) => s.heading.endsWith(heading))!.paragraphs;

describe('a year by level and by outlet (遂溪县人大 2023年度: 「共发布新闻稿件894篇，其中市级媒体平台采用119篇（《湛江日报》86篇、“湛江人大”微信公众号28篇、“湛江人大”网5篇）；县级媒体平台采用775篇…」)', () => {
  // the units of the document's two lists (先进集体 and the 优秀通讯员's units); the office gives its figures by outlet only, so the
  // outlets' counts are put on units here — only the totals by outlet are the office's
  const units = ['洋青镇人大', '岭北镇人大', '界炮镇人大', '黄略镇人大', '杨柑镇人大', '草潭镇人大', '河头镇人大', '附城镇人大', '城月镇人大', '遂城街道人大', '乌塘镇人大', '乐民镇人大', '遂溪县人大常委会办公室'];
  const registry = grid('单位名录', [['单位名称'], ...units.map((u) => [u])]);
  const tasks = taskGrid([[1, '人大新闻宣传', '遂溪县人大常委会办公室', '', '2023年12月31日', '', '', '']]);
  const published = (date: string, unit: string, outlet: string, level: string, n: number): CellValue[] => [date, unit, `${unit}${outlet}稿件`, outlet, level, '是', '', n];
  // the ledger of a 用稿 statistic: every row a published piece (「共发布新闻稿件894篇」)
  const ledger = grid('报送台账', [
    ledgerHeader,
    published('2023-03-10', '洋青镇人大', '湛江日报', '市级', 50),
    published('2023-06-10', '岭北镇人大', '湛江日报', '市级', 36),
    published('2023-05-10', '界炮镇人大', '湛江人大微信公众号', '市级', 28),
    published('2023-09-10', '黄略镇人大', '湛江人大网', '市级', 5),
    published('2023-04-10', '遂溪县人大常委会办公室', '遂溪人大微信公众号', '县级', 400),
    ...units.slice(0, 6).map((u, i) => published(`2023-${String(i + 5).padStart(2, '0')}-20`, u, '遂溪人大微信公众号', '县级', i < 5 ? 50 : 40)),
    published('2023-11-10', '杨柑镇人大', '遂溪融媒', '县级', 45),
    published('2023-12-10', '草潭镇人大', '遂溪融媒', '县级', 40),
  ]);
  const report = buildReport([tasks, registry, ledger], { today: TODAY, year: 2023, asOf: d('2023-12-31'), period: { from: d('2023-01-01'), to: d('2023-12-31') } });
  const figures = section(bulletinContent(report, '全县人大新闻宣传', d('2024-01-29')), '基本情况')[0];

  it('the transcription adds up to the office\'s figures: 86 + 28 + 5 = 119, 690 + 85 = 775, 894 in all', () => {
    const sum = (level: '市级' | '县级') => report.scores.reduce((n, s) => n + s.adopted[level], 0);
    expect([sum('市级'), sum('县级')]).toEqual([119, 775]);
  });

  it('only the levels it had, each with its outlets, most first — no 「中央级0篇、省级0篇」', () => {
    expect(figures).toContain('其中市级119篇（湛江日报86篇、湛江人大微信公众号28篇、湛江人大网5篇）、县级775篇（遂溪人大微信公众号690篇、遂溪融媒85篇）。');
    expect(figures).not.toContain('中央级');
    expect(figures).not.toContain('省级');
  });

  it('a ledger of published pieces only gives no 采用率: 894 of 894 is no rate (the office writes 「发布…894篇」, 合肥市关工委 and 重师 count 用稿 alone)', () => {
    expect(figures).toContain('被各级媒体采用894篇，其中');
    expect(figures).not.toContain('采用率');
  });
});

describe('a unit praised in the year-end 通报 and silent for months is named with both (reading 遂溪县人大 2023年度 as a leader: 先进集体 洋青镇人大 must not read as criticised without a word)', () => {
  const units = ['洋青镇人大', '岭北镇人大', '界炮镇人大', '遂溪县人大常委会办公室'];
  const registry = grid('单位名录', [['单位名称'], ...units.map((u) => [u])]);
  const tasks = taskGrid([[1, '人大新闻宣传', '遂溪县人大常委会办公室', '', '2023年12月31日', '', '', '']]);
  const piece = (date: string, unit: string, n: number): CellValue[] => [date, unit, `${unit}稿件`, '遂溪人大微信公众号', '县级', '是', '', n];
  // each unit's last piece: 洋青镇 in May (June–December silent: 7 months), 岭北镇 in June (6), 界炮镇 in December (none), the office in April (8)
  const ledger = grid('报送台账', [ledgerHeader, piece('2023-05-20', '洋青镇人大', 50), piece('2023-06-20', '岭北镇人大', 50), piece('2023-12-20', '界炮镇人大', 50), piece('2023-04-10', '遂溪县人大常委会办公室', 50)]);
  const settings = grid('设置', [['设置项', '值'], ['先进单位', '洋青镇人大、界炮镇人大']]);
  const report = buildReport([tasks, registry, ledger, settings], { today: TODAY, year: 2023, asOf: d('2023-12-31'), period: { from: d('2023-01-01'), to: d('2023-12-31') } });
  const problems = section(bulletinContent(report, '全县人大新闻宣传', d('2024-01-29')), '存在问题').join('');

  it('the months are said with the praise (先进单位 from 设置, 优秀 from the grades), and a unit praised and never silent is not named', () => {
    // 50 pieces each: equal scores, one 等次 for all four (the default rule's top one)
    expect(new Set(report.scores.map((s) => s.grade))).toEqual(new Set(['优秀']));
    expect(problems).toBe('遂溪县人大常委会办公室虽考核为优秀等次，但连续8个月未报送信息；洋青镇人大虽考核为优秀等次、获评先进单位，但连续7个月未报送信息；'
      + '岭北镇人大虽考核为优秀等次，但连续6个月未报送信息。');
  });
});

describe('outlets past three are counted, and a level whose rows name no outlet is given by its count alone', () => {
  // 白水县 2021年第一季度 names two outlets and counts the rest: 「《陕西日报》《渭南日报》等报刊杂志刊登20篇」
  const units = ['县人社局', '县公安局', '县民政局', '尧禾镇', '林皋镇'];
  const registry = grid('单位名录', [['单位名称'], ...units.map((u) => [u])]);
  const tasks = taskGrid([[1, '政务信息报送', '县人社局', '', '2021年12月31日', '', '', '']]);
  const row = (unit: string, outlet: string, level: string, adopted: string, n: number): CellValue[] => ['2021-02-10', unit, `${unit}${outlet}`, outlet, level, adopted, '', n];
  const ledger = grid('报送台账', [
    ledgerHeader,
    row('县人社局', '陕西日报', '省级', '是', 6),
    row('县公安局', '渭南日报', '市级', '是', 5),
    row('县民政局', '渭南日报', '市级', '是', 3),
    row('尧禾镇', '渭南电视台', '市级', '是', 2),
    row('林皋镇', '渭南新闻网', '市级', '是', 2),
    row('县人社局', '华山论坛', '市级', '是', 1),
    row('县公安局', '', '县级', '是', 4),
    row('县民政局', '', '', '否', 30),
  ]);
  const report = buildReport([tasks, registry, ledger], { today: TODAY, year: 2021, asOf: d('2021-03-31'), period: { from: d('2021-01-01'), to: d('2021-03-31') } });
  const figures = section(bulletinContent(report, '全县政务信息', d('2021-05-25')), '基本情况')[0];

  it('省级 with its one outlet, 市级 with three of its four named and the count, 县级 by its count alone', () => {
    expect(figures).toContain('被各级媒体采用23篇（采用率43.4%），其中省级6篇（陕西日报）、市级13篇（渭南日报8篇、渭南电视台2篇、渭南新闻网2篇等4家媒体）、县级4篇。');
  });
});

describe('a plan copied from a mirror in traditional characters (seed 001, 「羣眾滿意度提升行動宣傳方案」, imported)', () => {
  it('the title does not say the work twice (was 「…提升行動宣傳宣传工作情况的通报」)', () => {
    const tasks = grid('任务分工表', [['羣眾滿意度提升行動宣傳任务分工表'], ...taskGrid([[1, '開設專欄', '县委宣传部', '', '2026年12月31日', '', '', '']]).rows]);
    const report = buildReport([tasks, grid('单位名录', [['单位名称'], ['县委宣传部']])], { today: TODAY, year: 2026, asOf: d('2026-06-30'), period: { from: d('2026-06-01'), to: d('2026-06-30') } });
    expect(campaignName([tasks], report)).toBe('羣眾滿意度提升行動');
    expect(bulletinContent(report, campaignName([tasks], report), d('2026-07-05')).title).not.toMatch(/宣傳宣传/);
  });
});

describe('设置 活动名称 ending in the work\'s own words (遂溪县人大 2023年度: 「…人大新闻宣传工作先进集体」)', () => {
  it('the work is said once: 「遂溪县人大新闻宣传」 + 宣传工作 → 「遂溪县人大新闻宣传工作」', () => {
    expect(withoutWorkAtEnd('遂溪县人大新闻宣传', '宣传工作')).toBe('遂溪县人大新闻');
    expect(withoutWorkAtEnd('六安市暖民心行动宣传工作', '宣传工作')).toBe('六安市暖民心行动');
    expect(withoutWorkAtEnd('全市政务信息', '政务信息报送及采用')).toBe('全市');
    // nothing shared: as written
    expect(withoutWorkAtEnd('六安市暖民心行动', '宣传工作')).toBe('六安市暖民心行动');
  });

  it('in the title, the opening and the honours', () => {
    const units = ['洋青镇人大', '岭北镇人大'];
    const tasks = taskGrid([[1, '人大新闻宣传', '洋青镇人大', '', '2023年12月31日', '', '', '']]);
    const settings = grid('设置', [['设置项', '值'], ['活动名称', '遂溪县人大新闻宣传'], ['先进单位', '洋青镇人大']]);
    const ledger = grid('报送台账', [ledgerHeader, ...units.map((u) => ['2023-12-10', u, `${u}稿件`, '湛江日报', '市级', '是', '', 3] as CellValue[])]);
    const report = buildReport([tasks, grid('单位名录', [['单位名称'], ...units.map((u) => [u])]), ledger, settings], { today: TODAY, year: 2023, asOf: d('2023-12-31'), period: { from: d('2023-01-01'), to: d('2023-12-31') } });
    const content = bulletinContent(report, '遂溪县人大新闻宣传', d('2024-01-29'));
    const text = [content.title, content.opening, ...content.sections.flatMap((s) => s.paragraphs)].join('');
    expect(text).not.toContain('宣传宣传');
    expect(text).toContain('2023年度遂溪县人大新闻宣传工作先进单位');
  });
});

describe('先进单位 and 优秀信息员 decided together (遂溪县人大 2023年度: 「现决定对洋青镇人大等6个先进集体和刘一平等20名优秀通讯员予以表彰」, 「一、先进集体（6个）」「二、优秀通讯员（20名）」)', () => {
  const units = ['洋青镇人大', '岭北镇人大', '界炮镇人大', '黄略镇人大', '杨柑镇人大', '草潭镇人大', '河头镇人大'];
  const tasks = taskGrid([[1, '人大新闻宣传', units.join('、'), '', '2023年12月31日', '', '', '']]);
  const ledger = grid('报送台账', [ledgerHeader, ...units.map((u, i) => ['2023-12-10', u, `${u}稿件`, '湛江日报', '市级', '是', '', 7 - i] as CellValue[])]);
  const yearEnd = (rows: CellValue[][]) => {
    const settings = grid('设置', [['设置项', '值'], ['活动名称', '遂溪县人大新闻宣传'], ...rows]);
    const report = buildReport([tasks, grid('单位名录', [['单位名称'], ...units.map((u) => [u])]), ledger, settings], { today: TODAY, year: 2023, asOf: d('2023-12-31'), period: { from: d('2023-01-01'), to: d('2023-12-31') } });
    return bulletinContent(report, '遂溪县人大新闻宣传', d('2024-01-29'));
  };
  const both = [
    ['先进单位', '洋青镇人大、岭北镇人大、界炮镇人大、黄略镇人大、杨柑镇人大、草潭镇人大'],
    ['优秀信息员', '刘一平（洋青镇人大）、苏田理（岭北镇人大）、梅 侠（界炮镇人大）、王 滨（杨柑镇人大）、黄华健（草潭镇人大）'],
  ];

  it('one section, one decision naming both (吉林省工商局 2009: 「授予长春市工商局等9个单位（部门）为…先进单位，授予肖金红等9名同志为…优秀信息员」)', () => {
    const c = yearEnd(both);
    const honours = c.sections.find((s) => s.heading.endsWith('先进单位和优秀信息员'))!;
    expect(honours.paragraphs[0]).toBe('根据2023年度信息报送和采用情况，授予洋青镇人大等6个单位为2023年度遂溪县人大新闻宣传工作先进单位，授予刘一平等5名同志为2023年度遂溪县人大新闻宣传工作优秀信息员。');
    expect(honours.paragraphs[1]).toBe('先进单位（6个）：洋青镇人大、岭北镇人大、界炮镇人大、黄略镇人大、杨柑镇人大、草潭镇人大。');
    expect(honours.paragraphs[2]).toBe('优秀信息员（5名）：刘一平（洋青镇人大）、苏田理（岭北镇人大）、梅侠（界炮镇人大）、王滨（杨柑镇人大）、黄华健（草潭镇人大）。');
    expect(c.sections.some((s) => /、(?:先进单位|优秀信息员)$/.test(s.heading))).toBe(false);
  });

  it('the closing names the honoured once (吉林省工商局: 「希望受表彰的先进单位（部门）和先进个人珍惜荣誉」)', () => {
    const text = yearEnd(both).sections.flatMap((s) => s.paragraphs).join('');
    expect(text).toContain('受表彰的先进单位和优秀信息员戒骄戒躁');
    expect(text).not.toContain('受表彰的先进单位和受表彰的');
  });

  it('the people left to the office (【待填】): no decision to join, each its own section', () => {
    const c = yearEnd([both[0], ['优秀信息员名额', '十']]);
    expect(c.sections.map((s) => s.heading.replace(/^.、/, ''))).toEqual(expect.arrayContaining(['先进单位', '优秀信息员']));
  });
});
