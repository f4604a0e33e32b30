// The 通报 against real published ones (test/fixtures/bulletins/README.md): period wording, quota counts, units that
// sent nothing this period, the body pointing to the attachment, categories that scored nothing in one clause.
import { basisPhrase, bulletinContent, contactNote, periodPhrase } from '../../src/core/bulletin/content';
import { DEFAULT_REQUIREMENTS, MAX_NAMED_TASKS, MAX_NAMED_UNITS, categorySentence, namedUnits, praiseParagraph, quotaSentence, requirementParagraphs } from '../../src/core/bulletin/sentences';
import { comparisonSentence } from '../../src/core/bulletin/comparison';
import { gradeParagraphs } from '../../src/core/bulletin/grades';
import { reporterList, reporterQuota } from '../../src/core/bulletin/reporters';
import { previousSpan } from '../../src/core/scoring/movement';
import { buildReport } from '../../src/core/scoring/report';
import { bulletinSheet } from '../../src/core/scoring/summaries';
import { SUMMARY_HEADER_ROW } from '../../src/core/scoring/summary-layout';
import { UnitScore } from '../../src/core/scoring/tally';
import { CellValue } from '../../src/core/sheets/grid';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const tasks = () =>
  grid('任务分工表', [
    ['六安市2023年暖民心行动宣传任务分工表'],
    ...taskGrid([
      [1, '每月报送民生工程信息', '金安区、裕安区', '', '2023年12月31日', '每月不少于2篇', '', ''],
      [2, '部门政策解读', '市发改委', '', '2023年12月31日', '每月不少于1篇', '', ''],
    ]).rows,
  ]);
const row = (date: string, unit: string, count: number, level = '县级', adopted = '否'): CellValue[] => [date, unit, `${unit}稿件`, '某报', level, adopted, '', count];
const ledgerHeader = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
const june = { from: d('2023-06-01'), to: d('2023-06-30') };
const options = { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: june };
const issued = d('2023-07-05');

describe('the period as offices write it', () => {
  it('a whole quarter, a span of whole months, a year, a half year; dates only for parts of months', () => {
    // 白水县: 「2021年第一季度」; 吉林市: 「2020年第三季度」; 霍林郭勒市: 「2018年1—2月份」; 枣庄市: 「2013年11月份」; 达州市: 「2010年」
    expect(periodPhrase({ from: d('2021-01-01'), to: d('2021-03-31') })).toBe('2021年第一季度');
    expect(periodPhrase({ from: d('2020-07-01'), to: d('2020-09-30') })).toBe('2020年第三季度');
    expect(periodPhrase({ from: d('2018-01-01'), to: d('2018-02-28') })).toBe('2018年1—2月份');
    expect(periodPhrase({ from: d('2013-11-01'), to: d('2013-11-30') })).toBe('2013年11月份');
    expect(periodPhrase({ from: d('2010-01-01'), to: d('2010-12-31') })).toBe('2010年');
    expect(periodPhrase({ from: d('2023-01-01'), to: d('2023-06-30') })).toBe('2023年上半年');
    expect(periodPhrase({ from: d('2023-07-01'), to: d('2023-12-31') })).toBe('2023年下半年');
    // two whole months that are not a quarter's start, and across a year's end
    expect(periodPhrase({ from: d('2023-02-01'), to: d('2023-04-30') })).toBe('2023年2—4月份');
    expect(periodPhrase({ from: d('2022-12-01'), to: d('2023-01-31') })).toBe('2022年12月至2023年1月');
    expect(periodPhrase({ from: d('2023-06-05'), to: d('2023-06-20') })).toBe('2023年6月5日至6月20日');
  });

  it('a quarterly bulletin is titled and annexed by the quarter', () => {
    const grids = [tasks(), registryGrid(), grid('报送台账', [ledgerHeader, row('2023-05-06', '金安区人民政府', 2)])];
    const report = buildReport(grids, { ...options, period: { from: d('2023-04-01'), to: d('2023-06-30') } });
    const content = bulletinContent(report, '六安市暖民心行动', issued);
    expect(content.title).toBe('关于2023年第二季度六安市暖民心行动宣传工作情况的通报');
    expect(content.annexTitle).toBe('2023年第二季度各单位宣传工作排名情况');
  });
});

describe('how many units met their quota (贵州省林业厅: 「超额完成…任务的单位有36个，占63.1 %…未完成…21个，占36.9%，其中4个单位的报送数为零」)', () => {
  const unit = (expected: number, actual: number) => ({ expected, actual }) as UnitScore;
  it('counts and shares add up; units without a quota are left out', () => {
    // 57 units: 36 met it, 21 did not (4 of them sent none); 36/57 = 63.16 % → 63.2 %, and 100 − 63.2 = 36.8 %
    const scores = [
      ...Array.from({ length: 36 }, () => unit(2, 3)),
      ...Array.from({ length: 17 }, () => unit(2, 1)),
      ...Array.from({ length: 4 }, () => unit(2, 0)),
      unit(0, 5),
    ];
    expect(quotaSentence(scores)).toBe('有报送指标的57个单位中，完成报送任务的36个，占63.2%；未完成的21个，占36.8%，其中4个单位本期未报送。');
  });
  it('all or none met it, and no quota at all', () => {
    expect(quotaSentence([unit(1, 1), unit(2, 4)])).toBe('有报送指标的2个单位均完成了报送任务。');
    expect(quotaSentence([unit(1, 0), unit(2, 1)])).toBe('有报送指标的2个单位均未完成报送任务，其中1个单位本期未报送。');
    expect(quotaSentence([unit(0, 3)])).toBeNull();
    // 1 of 16 = 6.25 %: the two shares still add up to 100 %
    const sentence = quotaSentence([unit(1, 1), ...Array.from({ length: 15 }, () => unit(1, 0))])!;
    const [a, b] = [...sentence.matchAll(/占([\d.]+)%/g)].map((m) => Number(m[1]));
    expect(a + b).toBeCloseTo(100, 6);
  });
});

describe('units named as offices name them', () => {
  // 金安区 sent 3 in May and none in June (quota 2 a month): not 「连续2个月未报送」, not 「（0.0%）」 among low completion,
  // but named for this period as 霍林郭勒市 names its 「零报送」 units (「对…等4个部门单位予以通报」)
  const grids = [
    tasks(),
    registryGrid(),
    grid('报送台账', [
      ledgerHeader,
      row('2023-05-10', '金安区人民政府', 3),
      row('2023-06-06', '裕安区人民政府', 1, '市级', '是'),
      row('2023-06-07', '市发改委', 1),
      row('2023-06-08', '市委宣传部', 1),
      row('2023-06-09', '甲镇', 1),
    ]),
  ];
  const report = buildReport(grids, options);
  const content = bulletinContent(report, '六安市暖民心行动', issued);
  const problems = content.sections[1].paragraphs.join('\n');
  const tops = content.sections[0].paragraphs.find((p) => p.startsWith('从得分情况看'))!;

  it('a unit with a quota and nothing this period is named for it, apart from low completion', () => {
    expect(problems).toContain('金安区人民政府本期未报送信息。');
    expect(problems).not.toContain('等1个单位');
    expect(problems).not.toContain('金安区人民政府（0.0%）');
    // 裕安区 sent 1 of 2 (50 %): the only one below 60 %
    expect(problems).toContain('裕安区人民政府（50.0%）报送完成率低于60%');
    expect(problems).not.toContain('连续');
    // not praised for the period; the year's first it still is, said apart (round 10: 「2023年上半年累计得分居各类首位的：…」)
    expect(tops.split('。')[0]).not.toContain('金安区人民政府（');
  });

  it('several such units are counted after their names (「A、B等2个单位」)', () => {
    const ledger = grid('报送台账', [ledgerHeader, row('2023-05-10', '金安区人民政府', 3), row('2023-05-11', '市发改委', 1), row('2023-06-06', '裕安区人民政府', 2)]);
    const r = buildReport([tasks(), registryGrid(), ledger], options);
    const text = bulletinContent(r, '六安市暖民心行动', issued).sections[1].paragraphs.join('\n');
    expect(text).toMatch(/(?:市发改委、金安区人民政府|金安区人民政府、市发改委)等2个单位本期未报送信息。/);
  });

  it('the body points to the attachment (通州区: 「详细报、采情况见附件」; 贵州省: 「…得分情况见附件」)', () => {
    expect(tops).toMatch(/各单位报送、采用及得分情况详见附件。$/);
    const each = buildReport([...grids, grid('设置', [['通报附件', '每类一个附件']])], options);
    const c = bulletinContent(each, '六安市暖民心行动', issued);
    expect(c.attachments.length).toBeGreaterThan(2);
    expect(c.sections[0].paragraphs.find((p) => p.startsWith('从得分情况看'))).toMatch(new RegExp(`详见附件1至附件${c.attachments.length}。$`));
  });

  it('categories where no unit scored are one clause, not one clause each', () => {
    // 市委宣传部 (党委部门) and 甲镇 (镇) sent one unadopted story each and have no quota: nothing to score
    const clauses = tops.split(/[；。]/).filter((c) => c.includes('均未得分'));
    expect(clauses).toHaveLength(1);
    expect(clauses[0]).toContain('党委部门');
    expect(clauses[0]).toContain('镇');
    expect(clauses[0]).toMatch(/^(?:党委部门、镇|镇、党委部门)本期均未得分$/);
  });
});

describe('who to call, as the offices print it', () => {
  it('设置 联系人 and 联系电话 make the 附注 (吉林市: 「联系人：赵梅霞、刘绍楠，联系电话：62048653、62048385」)', () => {
    const grids = [tasks(), registryGrid(), grid('报送台账', [ledgerHeader, row('2023-06-06', '裕安区人民政府', 2)])];
    const set = grid('设置', [['联系人', '赵梅霞、刘绍楠'], ['联系电话', '62048653、62048385']]);
    const content = bulletinContent(buildReport([...grids, set], options), '六安市暖民心行动', issued);
    expect(content.note).toBe('（联系人：赵梅霞、刘绍楠，联系电话：62048653、62048385）');
    expect(bulletinContent(buildReport(grids, options), '六安市暖民心行动', issued).note).toBeNull();
    // 白水县 prints a phone alone: 「联系电话：0913—6155328」
    expect(contactNote(undefined, '0913—6155328')).toBe('（联系电话：0913—6155328）');
    expect(contactNote('王明', '')).toBe('（联系人：王明）');
  });

  it('a task sheet whose footer reads 「联系人： | 王明」 is not taken for the 设置 sheet', () => {
    const footed = grid('任务分工表', [...tasks().rows, ['联系人：', '王明', '联系电话：', '0564-3370000']]);
    const report = buildReport([footed, registryGrid(), grid('报送台账', [ledgerHeader, row('2023-06-06', '裕安区人民政府', 2)])], options);
    expect(report.check.settings.sheet).toBeNull();
    expect(bulletinContent(report, '六安市暖民心行动', issued).note).toBeNull();
  });
});

describe('what the 通报 is issued under', () => {
  it('设置 通报依据 opens the text (枣庄市: 「根据《关于进一步加强教育工作对外宣传与信息报送的通知》（枣教发〔2013〕4号）规定，现将…」)', () => {
    const grids = [tasks(), registryGrid(), grid('报送台账', [ledgerHeader, row('2023-06-06', '裕安区人民政府', 2)])];
    const set = grid('设置', [['考核办法', '六安市暖民心行动宣传工作考评办法']]);
    expect(bulletinContent(buildReport([...grids, set], options), '六安市暖民心行动', issued).opening).toBe(
      '根据《六安市暖民心行动宣传工作考评办法》规定，现将2023年6月份六安市暖民心行动宣传工作情况通报如下：',
    );
    expect(bulletinContent(buildReport(grids, options), '六安市暖民心行动', issued).opening).toBe('现将2023年6月份六安市暖民心行动宣传工作情况通报如下：');
    expect(basisPhrase('《关于进一步加强教育工作对外宣传与信息报送的通知》（枣教发〔2013〕4号）')).toBe(
      '根据《关于进一步加强教育工作对外宣传与信息报送的通知》（枣教发〔2013〕4号）规定，',
    );
    // 霍林郭勒市 writes 「根据《霍林郭勒市政务信息工作目标考评办法》规定」: a clerk who typed the whole phrase gets it once
    expect(basisPhrase('根据《霍林郭勒市政务信息工作目标考评办法》规定')).toBe('根据《霍林郭勒市政务信息工作目标考评办法》规定，');
  });
});

describe('where the submissions came from (白水县: 「共报送政务信息455篇，其中各镇（办）报送115篇，部门报送340篇」)', () => {
  const unit = (category: string, actual: number, adopted = 0) => ({ category, actual, expected: 0, rank: 1, adopted: { 中央级: 0, 省级: 0, 市级: adopted, 县级: 0 } }) as unknown as UnitScore;
  it('by category, the parts adding up to the total; categories that sent nothing left out', () => {
    expect(categorySentence([unit('各镇（办）', 100), unit('各镇（办）', 15), unit('部门', 340), unit('企业', 0)])).toBe('报送的455篇中，各镇（办）115篇、部门340篇。');
    expect(categorySentence([unit('各镇（办）', 3), unit('部门', 0)])).toBe('报送的3篇均来自各镇（办）。');
    expect(categorySentence([unit('全部单位', 3)])).toBeNull();
    expect(categorySentence([unit('各镇（办）', 0), unit('部门', 0)])).toBeNull();
    // then the adoptions (round 10: 扎兰屯市 「共采用773条，其中，部门采用456条，乡镇采用317条」)
    expect(categorySentence([unit('各镇（办）', 115, 10), unit('部门', 340, 6)])).toBe('报送的455篇中，各镇（办）115篇、部门340篇；采用的16篇中，各镇（办）10篇、部门6篇。');
  });
});

describe('the year so far beside the period (round 7: 霍林郭勒市 「报送条数 | 累计条数 …得分 | 累计得分」, 通州区 「全年累计报送条数」「累计分数」)', () => {
  // 金安区 sent 3 in May (not adopted) and 2 in August (adopted by a 市级 outlet); the bulletin is the third quarter's
  const grids = [
    tasks(),
    registryGrid(),
    grid('报送台账', [ledgerHeader, row('2023-05-10', '金安区人民政府', 3), row('2023-08-08', '金安区人民政府', 2, '市级', '是')]),
  ];
  const q3 = { ...options, asOf: d('2023-09-30'), period: { from: d('2023-07-01'), to: d('2023-09-30') } };
  const report = buildReport(grids, q3);
  const content = bulletinContent(report, '六安市暖民心行动', issued);

  it('the table carries 累计报送 beside 实报 and 累计得分 beside 总分, the note says from when', () => {
    const table = content.attachments.find((a) => a.rows.some((r) => r[1] === '金安区人民政府'))!;
    const h = table.header;
    expect(h.slice(h.indexOf('实报'), h.indexOf('实报') + 2)).toEqual(['实报', '累计报送']);
    expect(h.slice(h.indexOf('总分'), h.indexOf('总分') + 2)).toEqual(['总分', '累计得分']);
    const jinan = table.rows.find((r) => r[1] === '金安区人民政府')!;
    // this quarter 2, the year so far 3 + 2 = 5
    expect([jinan[h.indexOf('实报')], jinan[h.indexOf('累计报送')]]).toEqual(['2', '5']);
    // 累计得分 is the 本年累计 of the bulletin sheet: the year-to-date total
    const ytd = report.yearToDate.find((s) => s.unit === '金安区人民政府')!;
    expect(Number(jinan[h.indexOf('累计得分')])).toBeCloseTo(ytd.total, 2);
    // 累计得分 is the span's own score (the completion rate over nine months), so it is not called a 合计
    expect(table.note).toContain('累计报送为2023年1—9月份合计，累计得分按2023年1—9月份整体评分（不是各期得分相加）。');
  });

  it('基本情况 adds the year so far (商洛市: 「今年前9个月，最多的山阳县被采用35条」)', () => {
    // after who met the quota, in the paragraph of its own (round 10)
    expect(content.sections[0].paragraphs[1]).toContain('。2023年1—9月份累计报送信息5篇，被各级媒体采用2篇。');
  });

  it('and against the quarter before (吉林市: 「信息零报送单位从第一季度的15家，第二季度的10家，减少到第三季度的6家」)', () => {
    // second quarter: 金安区 3 in May, none adopted; 裕安区 and 市发改委 owed and sent nothing — in the third the same two
    expect(content.sections[0].paragraphs[1]).toMatch(
      /。与2023年第二季度相比，报送篇数由3篇减少到2篇，采用篇数由0篇增加到2篇，有报送指标而未报送的单位仍为2个。$/,
    );
  });

  it('a period from 1 January is its own year so far: no 累计 columns, no second sum — on the sheet neither', () => {
    const h1Report = buildReport(grids, { ...q3, period: { from: d('2023-01-01'), to: d('2023-06-30') } });
    const h1 = bulletinContent(h1Report, '六安市暖民心行动', issued);
    expect(h1.attachments[0].header).not.toContain('累计报送');
    expect(h1.attachments[0].header).not.toContain('累计得分');
    expect(h1.sections[0].paragraphs.join('')).not.toContain('累计报送');
    const sheetHeader = bulletinSheet(h1Report, { generatedAt: '2023-07-05 09:00', asOf: h1Report.asOf }).rows[SUMMARY_HEADER_ROW - 1].map((c) => c.value);
    expect(sheetHeader).toEqual(h1.attachments[0].header);
  });
});

describe('the year-end 通报 counts every 等次 and names the praised (北京市西城区 2008: 「督查考核优秀单位（共13个）…」; 嘉兴市 2008年度: per group 「一等奖：…二等奖：…」; 凉山州 2011年度: only 「考核结果为优秀的…」 by group)', () => {
  const unit = (unitName: string, category: string, grade: string | null) => ({ unit: unitName, category, grade }) as unknown as UnitScore;
  it('counts per 等次 adding up to the units, then each group its praised units by 等次, best first; the rest left to the table', () => {
    // 温县's groups: 乡镇（街道）, 一类考单位
    const scores = [
      unit('温泉街道', '乡镇（街道）', '优秀'),
      unit('张羌街道', '乡镇（街道）', '良好'),
      unit('祥云镇', '乡镇（街道）', '良好'),
      unit('农业农村局', '一类考单位', '优秀'),
      unit('公安局', '一类考单位', '一般'),
    ];
    expect(gradeParagraphs(scores, '2023年')).toEqual([
      '按2023年考核得分评定等次，纳入考核的5个单位中，优秀2个（占40.0%）、良好2个（占40.0%）、一般1个（占20.0%）。',
      '（一）乡镇（街道）。优秀等次：温泉街道；良好等次：张羌街道、祥云镇。',
      // 一般 and 较差 are counted above, not named: no real 通报 names them in its text (凉山州, 西城区, 嘉兴市 name the praised)
      '（二）一类考单位。优秀等次：农业农村局。其余单位等次详见附件。',
    ]);
    expect(gradeParagraphs([unit('甲局', '全部单位', '较差'), unit('乙局', '全部单位', '良好')], '2023年')).toEqual([
      '按2023年考核得分评定等次，纳入考核的2个单位中，良好1个（占50.0%）、较差1个（占50.0%）。',
      '良好等次：乙局。其余单位等次详见附件。',
    ]);
    expect(gradeParagraphs([unit('甲局', '全部单位', '较差')], '2023年', null, '附件1、附件2')).toEqual([
      '按2023年考核得分评定等次，纳入考核的1个单位中，较差1个。各单位等次详见附件1、附件2。',
    ]);
    // rules without grade lines: no 等次 to announce
    expect(gradeParagraphs([unit('甲局', '全部单位', null)], '2023年')).toBeNull();
  });

  it('a whole year is titled and opened as the 考核结果, with a section of 等次 naming each praised unit once', () => {
    const grids = [
      tasks(),
      registryGrid(),
      grid('报送台账', [ledgerHeader, row('2023-03-10', '金安区人民政府', 20, '省级', '是'), row('2023-06-06', '裕安区人民政府', 4), row('2023-11-07', '市发改委', 6)]),
    ];
    const year = { ...options, asOf: d('2023-12-31'), period: { from: d('2023-01-01'), to: d('2023-12-31') } };
    const report = buildReport(grids, year);
    const content = bulletinContent(report, '六安市暖民心行动', d('2024-01-15'));
    expect(content.title).toBe('关于2023年六安市暖民心行动宣传工作考核结果的通报');
    expect(content.opening).toBe('现将2023年六安市暖民心行动宣传工作考核结果通报如下：');
    expect(content.sections.map((s) => s.heading)).toEqual(['一、基本情况', '二、考核等次', '三、存在问题', '四、下一步要求']);
    const text = content.sections[1].paragraphs.join('');
    for (const s of report.scores) expect(text.split(s.unit).length - 1).toBe(s.grade === '优秀' || s.grade === '良好' ? 1 : 0);
    expect(text).toContain(`纳入考核的${report.scores.length}个单位中`);
    // the year is 全年 throughout (达州市: 「全年市政府办公室共编辑…」), never 本期, which would read as the last month
    const body = content.sections.flatMap((s) => s.paragraphs).join('\n');
    expect(body).toContain('全年');
    expect(body).not.toContain('本期');
    // rules written as a 考核办法 without 分数线 give no 等次: the year stays a 情况 通报, still said 全年
    const rules = grid('评分规则', [['项目', '对象', '类型', '分值', '说明'], ['采用', '省级', '', 10]]);
    const ungraded = bulletinContent(buildReport([...grids, rules], year), '六安市暖民心行动', d('2024-01-15'));
    expect(ungraded.title).toBe('关于2023年六安市暖民心行动宣传工作情况的通报');
    expect(ungraded.sections.map((s) => s.heading)).toEqual(['一、基本情况', '二、存在问题', '三、下一步要求']);
    expect(ungraded.sections.flatMap((s) => s.paragraphs).join('')).not.toContain('本期');
    // the June bulletin of the same ledger stays a 情况 通报 with three sections
    const june = bulletinContent(buildReport(grids, { ...year, period: { from: d('2023-06-01'), to: d('2023-06-30') } }), '六安市暖民心行动', issued);
    expect(june.sections.map((s) => s.heading)).toEqual(['一、基本情况', '二、存在问题', '三、下一步要求']);
  });
});

describe('the period before, of the same kind', () => {
  it('whole months go back as many whole months; other spans as many days', () => {
    expect(previousSpan({ from: d('2020-07-01'), to: d('2020-09-30') })).toEqual({ from: d('2020-04-01'), to: d('2020-06-30') });
    expect(previousSpan({ from: d('2023-01-01'), to: d('2023-01-31') })).toEqual({ from: d('2022-12-01'), to: d('2022-12-31') });
    expect(previousSpan({ from: d('2018-01-01'), to: d('2018-02-28') })).toEqual({ from: d('2017-11-01'), to: d('2017-12-31') });
    expect(previousSpan({ from: d('2023-03-01'), to: d('2023-03-31') })).toEqual({ from: d('2023-02-01'), to: d('2023-02-28') });
    expect(previousSpan({ from: d('2023-06-05'), to: d('2023-06-14') })).toEqual({ from: d('2023-05-26'), to: d('2023-06-04') });
  });

  it('counts as 吉林市 and 商洛市 do; nothing to compare with when nothing was sent before', () => {
    const unit = (expected: number, actual: number, adopted = 0) =>
      ({ expected, actual, adopted: { 中央级: 0, 省级: 0, 市级: adopted, 县级: 0 } }) as unknown as UnitScore;
    // 商洛市: 「当期共采用34条，仅为二季度采用数量（68条）的一半」; 吉林市: 零报送 10 → 6
    const before = [unit(5, 68, 68), ...Array.from({ length: 10 }, () => unit(2, 0))];
    const now = [unit(5, 40, 34), ...Array.from({ length: 4 }, () => unit(2, 1)), ...Array.from({ length: 6 }, () => unit(2, 0))];
    expect(comparisonSentence(now, before, '第二季度')).toBe(
      '与第二季度相比，报送篇数由68篇减少到44篇，采用篇数由68篇减少到34篇，采用率由100.0%下降到77.3%，有报送指标而未报送的单位由10个减少到6个。',
    );
    expect(comparisonSentence([unit(0, 3)], [unit(0, 3)], '5月份')).toBe('与5月份相比，报送篇数仍为3篇，采用篇数仍为0篇。');
    expect(comparisonSentence(now, [unit(2, 0)], '5月份')).toBeNull();
  });
});

describe('a handful named, the rest counted (霍林郭勒市 names 4, 商洛市 12: 「…、商洛调查队等12个部门」)', () => {
  it('units past the first thirty are counted, not listed (a registry of 300 made pages of names)', () => {
    const names = Array.from({ length: 40 }, (_, i) => `第${i + 1}镇`);
    expect(MAX_NAMED_UNITS).toBe(30);
    expect(namedUnits(names.slice(0, 12))).toBe(`${names.slice(0, 12).join('、')}等12个单位`);
    expect(namedUnits(names.slice(0, 30))).toBe(`${names.slice(0, 30).join('、')}等30个单位`);
    expect(namedUnits(names)).toBe(`${names.slice(0, 30).join('、')}等40个单位`);
    expect(namedUnits(['市医保局'])).toBe('市医保局');
  });

  it('overdue tasks past the first ten are counted', () => {
    const overdue = Array.from({ length: 12 }, (_, i) => [i + 1, `第${i + 1}项宣传任务`, '市发改委', '', '2023年3月31日', '', '', ''] as CellValue[]);
    const r = buildReport([taskGrid(overdue), registryGrid(), grid('报送台账', [ledgerHeader, row('2023-06-06', '市发改委', 1)])], options);
    const text = bulletinContent(r, '六安市暖民心行动', issued).sections[1].paragraphs.join('\n');
    expect(MAX_NAMED_TASKS).toBe(10);
    expect(text).toContain('第10项“第10项宣传任务”');
    expect(text).not.toContain('第11项');
    expect(text).toContain('（牵头单位：市发改委）等12项任务已超过完成时限，尚未完成。');
  });
});

describe('优秀信息员 at year end (round 8: 吉林省工商局 2009 「授予肖金红等9名同志为2009年度全省工商系统政务信息工作优秀信息员」)', () => {
  const withAuthor = [...ledgerHeader, '作者'];
  const authored = (date: string, unit: string, count: number, level: string, adopted: string, author: string): CellValue[] => [...row(date, unit, count, level, adopted), author];
  // 王芳 (金安区) two 省级 adoptions, 李军 (裕安区) one 市级, 赵敏 (市发改委) none adopted
  const grids = [
    tasks(),
    registryGrid(),
    grid('报送台账', [
      withAuthor,
      authored('2023-03-10', '金安区人民政府', 2, '省级', '是', '王芳'),
      authored('2023-06-06', '裕安区人民政府', 1, '市级', '是', '李军'),
      authored('2023-11-07', '市发改委', 3, '县级', '否', '赵敏'),
    ]),
  ];
  const year = { ...options, asOf: d('2023-12-31'), period: { from: d('2023-01-01'), to: d('2023-12-31') } };
  const settings = (...rows: CellValue[][]) => grid('设置', [['设置项', '值'], ...rows]);
  const yearEnd = (extra: typeof grids = []) => bulletinContent(buildReport([...grids, ...extra], year), '六安市暖民心行动', d('2024-01-15'));
  const section = (c: ReturnType<typeof yearEnd>) => c.sections.find((s) => s.heading.endsWith('优秀信息员'));

  it('the office names them (设置 优秀信息员): as 吉林省工商局 writes it, the first name and the count, then the list', () => {
    const c = yearEnd([settings(['优秀信息员', '王芳（金安区人民政府）、李军（裕安区人民政府），陈静'])]);
    expect(c.sections.map((s) => s.heading)).toEqual(['一、基本情况', '二、考核等次', '三、优秀信息员', '四、存在问题', '五、下一步要求']);
    expect(section(c)!.paragraphs).toEqual([
      '根据2023年度信息报送和采用情况，授予王芳等3名同志为2023年度六安市暖民心行动宣传工作优秀信息员。',
      '名单：王芳（金安区人民政府）、李军（裕安区人民政府）、陈静。',
    ]);
    expect(c.warnings.join('')).not.toContain('优秀信息员');
  });

  it('or the number to name (设置 优秀信息员名额): the most points over the year, as 民建北京市委 rules 「以被采用累计得分为准」', () => {
    // default rules (scoring-rules.ts): 省级媒体采用(每篇) 5 (王芳 2 → 10), 市级 2 (李军 1 → 2); 赵敏 was not adopted (0): never named
    const c = yearEnd([settings(['优秀信息员名额', '2名'])]);
    expect(section(c)!.paragraphs).toEqual([
      '根据2023年度信息报送和采用情况，按个人被采用稿件累计得分评定，授予王芳等2名同志为2023年度六安市暖民心行动宣传工作优秀信息员。',
      '名单：王芳（金安区人民政府，10分）、李军（裕安区人民政府，2分）。',
    ]);
    const three = section(yearEnd([settings(['优秀信息员名额', '三'])]))!.paragraphs.join('');
    expect(three).not.toContain('赵敏');
  });

  it('neither: a marked place the office fills, the leading authors told to the clerk only — no name invented', () => {
    const c = yearEnd();
    expect(section(c)!.paragraphs).toEqual([
      '根据2023年度信息报送和采用情况，授予以下同志为2023年度六安市暖民心行动宣传工作优秀信息员：【待填：姓名（单位），由发文机关研究确定】。',
    ]);
    const warning = c.warnings.find((w) => w.includes('优秀信息员'))!;
    expect(warning).toContain('王芳（金安区人民政府，10分）、李军（裕安区人民政府，2分）');
    expect(c.sections.flatMap((s) => s.paragraphs).join('')).not.toContain('王芳');
  });

  it('a list as offices type it: 吉林省工商局 pads two-character names (「赵 江、董 彦」); spaces alone separate too; a quota as 「前10名」', () => {
    expect(reporterList('肖金红、张玉明、辛敏海、毕宏科、赵 江、董 彦、陈 宇、沈云志、白凤贤')).toEqual(
      ['肖金红', '张玉明', '辛敏海', '毕宏科', '赵江', '董彦', '陈宇', '沈云志', '白凤贤'],
    );
    expect(reporterList('名单：王芳(金安区人民政府)，李军\n陈静')).toEqual(['王芳（金安区人民政府）', '李军', '陈静']);
    expect(reporterList('王芳 李军')).toEqual(['王芳', '李军']);
    expect([reporterQuota('前10名'), reporterQuota('十'), reporterQuota('5人'), reporterQuota('若干')]).toEqual([10, 10, 5, null]);
  });

  it('a 名额 not understood is said so, and the names are left to the office', () => {
    const c = yearEnd([settings(['优秀信息员名额', '若干'])]);
    expect(section(c)!.paragraphs[0]).toContain('【待填：姓名（单位），由发文机关研究确定】');
    expect(c.warnings.join('')).toContain('“设置”表“优秀信息员名额”应填人数（如“10”），“若干”未能识别。');
  });

  it('no authors in the ledger and nothing in 设置, or a month: no such section', () => {
    const plain = [tasks(), registryGrid(), grid('报送台账', [ledgerHeader, row('2023-03-10', '金安区人民政府', 2, '省级', '是')])];
    const c = bulletinContent(buildReport(plain, year), '六安市暖民心行动', d('2024-01-15'));
    expect(section(c)).toBeUndefined();
    const june = bulletinContent(buildReport(grids, { ...year, period: june2023 }), '六安市暖民心行动', issued);
    expect(section(june)).toBeUndefined();
  });
});
const june2023 = { from: d('2023-06-01'), to: d('2023-06-30') };

describe('the year-end word to those praised and to the rest (吉林省工商局 2009, 嘉兴市 2008, 西城区 2008 all close so)', () => {
  it('优秀 units and 优秀信息员 are asked to keep on, the others to learn from them (「希望受表彰的…戒骄戒躁，再接再厉」「其他单位和个人要以先进典型为榜样」)', () => {
    expect(praiseParagraph(true, true)).toBe(
      '希望考核为优秀等次的单位和受表彰的优秀信息员戒骄戒躁、再接再厉，在新的一年里取得更好成绩；其他单位和个人要以先进为榜样，查找差距，切实加强宣传工作。',
    );
    expect(praiseParagraph(true, false)).toMatch(/^希望考核为优秀等次的单位戒骄戒躁、再接再厉/);
    expect(praiseParagraph(false, false)).toBeNull();
    // it opens the default 下一步要求; an office's own 通报要求 stays as written
    expect(requirementParagraphs(undefined, '希望…')).toEqual(['希望…', ...DEFAULT_REQUIREMENTS]);
    expect(requirementParagraphs('各单位要按时报送', '希望…')).toEqual(['各单位要按时报送']);
  });

  it('a year-end 通报 made before the year is out counts months without submissions up to the as-of date, not months to come', () => {
    // as of 30 June: 金安区 sent in June, 裕安区 only in March — 裕安区 has sent nothing for two months, 金安区 has
    const grids = [tasks(), registryGrid(), grid('报送台账', [ledgerHeader, row('2023-03-10', '裕安区人民政府', 2), row('2023-06-06', '金安区人民政府', 1)])];
    const r = buildReport(grids, { ...options, asOf: d('2023-06-30'), period: { from: d('2023-01-01'), to: d('2023-12-31') } });
    expect(r.zeroReport.units).toContain('裕安区人民政府');
    expect(r.zeroReport.units).not.toContain('金安区人民政府');
  });

  it('in the year-end 通报, only there', () => {
    const grids = [tasks(), registryGrid(), grid('报送台账', [ledgerHeader, row('2023-03-10', '金安区人民政府', 20, '省级', '是'), row('2023-06-06', '裕安区人民政府', 4)])];
    const year = { ...options, asOf: d('2023-12-31'), period: { from: d('2023-01-01'), to: d('2023-12-31') } };
    const report = buildReport(grids, year);
    const last = (c: ReturnType<typeof bulletinContent>) => c.sections[c.sections.length - 1].paragraphs;
    // 金安区 sent 20 of its 24 and was adopted 20 times by 省级 outlets: the one unit whose 等次 can be 优秀
    expect(report.scores.filter((s) => s.grade === '优秀').map((s) => s.unit)).toEqual(['金安区人民政府']);
    expect(last(bulletinContent(report, '六安市暖民心行动', d('2024-01-15')))[0]).toBe(praiseParagraph(true, false));
    expect(last(bulletinContent(buildReport(grids, { ...year, period: june2023 }), '六安市暖民心行动', issued))).toEqual(DEFAULT_REQUIREMENTS);
  });
});

describe('no quotas set: what was sent and adopted, no 应报 (吉林市 「本季度报送 | 本季度采用 | 本季度得分」, 重师新闻网 「序号 | 单位 | 数量」)', () => {
  // tasks without 量化指标: 金安区 sent 2 (both adopted by 省级 outlets), 裕安区 1 (not adopted), 市发改委 nothing
  const noQuota = grid('任务分工表', [
    ['六安市2023年暖民心行动宣传任务分工表'],
    ...taskGrid([
      [1, '民生工程宣传', '金安区、裕安区', '', '2023年12月31日', '', '', ''],
      [2, '部门政策解读', '市发改委', '', '2023年12月31日', '', '', ''],
    ]).rows,
  ]);
  const grids = [noQuota, registryGrid(), grid('报送台账', [ledgerHeader, row('2023-06-05', '金安区人民政府', 2, '省级', '是'), row('2023-06-09', '裕安区人民政府', 1)])];
  const report = buildReport(grids, options);
  const content = bulletinContent(report, '六安市暖民心行动', issued);

  it('基本情况 says how many were sent, not that none were due (「共报送信息3599条，采用2900条」)', () => {
    expect(content.sections[0].paragraphs[0]).toMatch(/^2023年6月份，纳入通报的3个单位共报送信息3篇；被各级媒体采用2篇（采用率66.7%），其中省级2篇（某报）。/);
    expect(content.sections[0].paragraphs[0]).not.toContain('应报送');
  });

  it('neither the tables nor the sheet carry 应报 and 完成率 columns of 0 and 无指标', () => {
    const header = content.attachments[0].header;
    expect(header).not.toContain('应报');
    expect(header).not.toContain('完成率');
    expect(header.slice(0, 3)).toEqual(['排名', '单位', '实报']);
    const sheet = bulletinSheet(report, { generatedAt: '2023-07-05 09:00', asOf: report.asOf });
    expect(sheet.rows[SUMMARY_HEADER_ROW - 1].map((c) => c.value)).toEqual(header);
  });
});
