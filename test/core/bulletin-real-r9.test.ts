// Round 9 (r9-bulletin8): the 通报 against more real ones (test/fixtures/bulletins/README.md 17–19) — each silent unit with its
// own count of months (武定县), 优秀 capped at a share of each group and the praised named by group (凉山州), no 较上期 of — only.
import { bulletinContent } from '../../src/core/bulletin/content';
import { gradeParagraphs } from '../../src/core/bulletin/grades';
import { rankingTables } from '../../src/core/bulletin/figures';
import { buildReport } from '../../src/core/scoring/report';
import { summarySheets } from '../../src/core/scoring/summaries';
import { rulesFromRows } from '../../src/core/scoring/rule-rows';
import { EMPTY_MODEL } from '../../src/core/scoring/rule-model';
import { rulesFromValues } from '../../src/core/scoring/scoring-rules';
import { UnitScore, gradesWithShare } from '../../src/core/scoring/tally';
import { CellValue } from '../../src/core/sheets/grid';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const ledgerHeader = ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
const sent = (date: string, unit: string, count = 1): CellValue[] => [date, unit, `${unit}信息`, '县政府网站', '县级', '是', '', count];

describe('each silent unit with its own count of months (武定县 2025年9月: 「县水务局连续两个月未有信息发布，县地震局连续三个月未有信息发布」)', () => {
  // 武定县's units; the ledger starts in June: 县水务局 last sent in July, 县地震局 in June, the rest in August or September
  const registry = grid('单位名录', [
    ['单位名称', '别名', '类型'],
    ['白路镇', '', '乡镇'], ['县财政局', '', '县直部门'], ['县水务局', '', '县直部门'], ['县地震局', '', '县直部门'], ['县公安局', '', '县直部门'],
  ]);
  const tasks = taskGrid([[1, '政府网站信息发布', '白路镇、县财政局、县水务局、县地震局、县公安局', '', '2025年12月31日', '每月不少于1条', '', '']]);
  const ledger = grid('报送台账', [
    ledgerHeader,
    sent('2025-06-10', '县地震局'), sent('2025-06-12', '县公安局'),
    sent('2025-07-08', '县水务局'), sent('2025-07-15', '县公安局'),
    sent('2025-08-05', '白路镇'), sent('2025-08-20', '县财政局'), sent('2025-08-21', '县公安局'),
    sent('2025-09-09', '县公安局', 3),
  ]);
  const september = { from: d('2025-09-01'), to: d('2025-09-30') };
  const report = buildReport([tasks, registry, ledger], { today: TODAY, year: 2025, asOf: d('2025-09-30'), period: september });

  it('counts months back to each unit\'s last submission, not the 设置 threshold for all', () => {
    expect(report.zeroReport.months).toBe(2);
    expect(report.zeroReport.units.sort()).toEqual(['县地震局', '县水务局']);
    expect(report.zeroReport.runs?.get('县水务局')).toBe(2);
    expect(report.zeroReport.runs?.get('县地震局')).toBe(3);
  });

  it('存在问题 says each its own months, the longest first; the units silent this month only are named apart', () => {
    const problems = bulletinContent(report, '武定县政府网站', d('2025-10-10')).sections.find((s) => s.heading.endsWith('存在问题'))!.paragraphs;
    expect(problems[0]).toBe('（一）县地震局连续3个月未报送信息；县水务局连续2个月未报送信息。');
    // 白路镇 and 县财政局 sent in August, not in September: 武定县 names them among 「本月…为零的单位」
    expect(problems[1]).toBe('（二）白路镇、县财政局等2个单位本期未报送信息。');
  });

  it('months before the ledger\'s first entry are not counted as silent', () => {
    // a unit that never sent anything since the ledger began in June: June to September, 4 months, not 9
    const never = buildReport([tasks, registry, grid('报送台账', [ledgerHeader, sent('2025-06-03', '县公安局'), sent('2025-09-03', '县公安局')])], {
      today: TODAY, year: 2025, asOf: d('2025-09-30'), period: september,
    });
    expect(never.zeroReport.runs?.get('白路镇')).toBe(4);
  });
});

describe('no quota set: every unit that sent nothing is counted and named (洋县 2020年第二季度: 「龙亭镇、桑溪镇、纸坊办、槐树关镇未发布和公开一条信息，信息统计为0」)', () => {
  // 洋县's units; no 量化指标 anywhere. 教体局, 市监局, 财政局 published over 20 each in the quarter; the four 镇办 none since March
  const registry = grid('单位名录', [
    ['单位名称', '别名', '类型'],
    ['教体局', '', '县政府工作部门'], ['市监局', '', '县政府工作部门'], ['财政局', '', '县政府工作部门'],
    ['龙亭镇', '', '镇办'], ['桑溪镇', '', '镇办'], ['纸坊办', '', '镇办'], ['槐树关镇', '', '镇办'], ['戚氏办', '', '镇办'],
  ]);
  const tasks = taskGrid([[1, '政府网站内容保障', '教体局', '', '2020年12月31日', '', '', '']]);
  const ledger = grid('报送台账', [
    ledgerHeader,
    ...['龙亭镇', '桑溪镇', '纸坊办', '槐树关镇'].map((u) => sent('2020-03-20', u)),
    sent('2020-06-10', '教体局', 21), sent('2020-05-12', '市监局', 22), sent('2020-06-15', '财政局', 25), sent('2020-05-20', '戚氏办', 21),
  ]);
  const options = { today: TODAY, year: 2020, asOf: d('2020-06-30') };

  it('the quarter: 基本情况 counts them, 存在问题 names all four (silent since March: 3 months)', () => {
    const report = buildReport([tasks, registry, ledger], { ...options, period: { from: d('2020-04-01'), to: d('2020-06-30') } });
    const content = bulletinContent(report, '洋县政府门户网站', d('2020-07-10'));
    expect(content.sections[0].paragraphs[1]).toContain('本期未报送信息的单位4个。');
    expect(content.sections.find((x) => x.heading.endsWith('存在问题'))!.paragraphs[0]).toBe('龙亭镇、桑溪镇、纸坊办、槐树关镇等4个单位连续3个月未报送信息。');
  });

  it('a month: a unit that sent last month and not this one is named 本期未报送, as units with a quota are', () => {
    const report = buildReport([tasks, registry, ledger], { ...options, period: { from: d('2020-06-01'), to: d('2020-06-30') } });
    const problems = bulletinContent(report, '洋县政府门户网站', d('2020-07-10')).sections.find((x) => x.heading.endsWith('存在问题'))!.paragraphs;
    // 市监局 and 戚氏办 published in May, not in June; the four 镇办 are named for their months (June alone would not say it)
    expect(problems).toEqual(['（一）龙亭镇、桑溪镇、纸坊办、槐树关镇等4个单位连续3个月未报送信息。', '（二）市监局、戚氏办等2个单位本期未报送信息。']);
    // against May (教体局, 财政局 and the four silent then; 市监局, 戚氏办 and the four now), without quotas: 「未报送的单位」
    expect(bulletinContent(report, '洋县政府门户网站', d('2020-07-10')).sections[0].paragraphs[1]).toContain('未报送的单位仍为6个');
  });
});

describe('优秀 by a share of each group (凉山州 2011年度: 5 of 17 counties 优秀 at 97, 94, 91.1, 87.6, 85.3 — below any 90 line, within 30 %)', () => {
  // 凉山州's county totals as its table prints them (the first five; the other twelve are below 85.3 — written here as lower totals)
  const totals = [97, 94, 91.1, 87.6, 85.3, 84, 82.5, 80, 79, 77.2, 75, 73, 70, 68.4, 66, 61, 58];
  const ranked = totals.map((total, i) => ({ total, maxApplicable: null, rank: i + 1 }));

  it('the 评分规则 row 优秀比例 | 30% caps 优秀 at ⌊30 % × 17⌋ = 5, the best first', () => {
    const { rules, issues } = rulesFromRows([{ item: '采用', target: '市级', type: '', value: 5, cells: cells(2) }, { item: '优秀比例', target: '', type: '', value: '30%', cells: cells(3) }], '评分规则');
    expect(issues).toEqual([]);
    expect(rules.excellentShare).toBeCloseTo(0.3);
    const grades = gradesWithShare(ranked, rules);
    expect(grades.slice(0, 5)).toEqual(['优秀', '优秀', '优秀', '优秀', '优秀']);
    // no other line written: the other twelve get no 等次 invented for them
    expect(grades.slice(5)).toEqual(Array(12).fill(null));
  });

  it('with lines, 优秀 needs the line and a place within the share; a tie across the limit is not 优秀', () => {
    const rules = rulesFromValues({ 'grade:excellent': 85, 'grade:good': 75, 'grade:fair': 60, 'grade:excellentShare': 0.3 });
    const grades = gradesWithShare(ranked, rules);
    expect(grades.slice(0, 7)).toEqual(['优秀', '优秀', '优秀', '优秀', '优秀', '良好', '良好']);
    expect(grades[16]).toBe('较差');
    // two units tied 5th, limit 5: neither is 优秀 (the quota says 「不超过」)
    const tie = [97, 94, 91, 88, 86, 86, 70].map((total, i, all) => ({ total, maxApplicable: null, rank: all.indexOf(total) + 1 }));
    expect(gradesWithShare(tie, rulesFromValues({ 'grade:excellent': 85, 'grade:excellentShare': 0.8 }))).toEqual(['优秀', '优秀', '优秀', '优秀', '良好', '良好', '一般']);
    // under today's formula 等次 follow the share of what applies: the quota counts the eligible in rank order, so a unit at
    // 90 % of its smaller maximum, ranked second, is the one 优秀 when the first (80 of 100) is not
    const scaled = [{ total: 80, maxApplicable: 100, rank: 1 }, { total: 63, maxApplicable: 70, rank: 2 }, { total: 30, maxApplicable: 100, rank: 3 }];
    expect(gradesWithShare(scaled, rulesFromValues({ 'grade:excellentShare': 0.4 }))).toEqual(['良好', '优秀', '较差']);
  });

  it('a rule that writes only 优秀分数线 gives no band below it (was: everyone else 良好)', () => {
    const { rules } = rulesFromRows([{ item: '采用', target: '市级', type: '', value: 5, cells: cells(2) }, { item: '优秀分数线', target: '', type: '', value: 90, cells: cells(3) }], '评分规则');
    expect(gradesWithShare([{ total: 95, maxApplicable: null, rank: 1 }, { total: 40, maxApplicable: null, rank: 2 }, { total: -2, maxApplicable: null, rank: 3 }], rules)).toEqual(['优秀', null, null]);
  });

  it('a share that is no share is said, not guessed', () => {
    const { issues } = rulesFromRows([{ item: '优秀比例', target: '', type: '', value: '前五名', cells: cells(2) }], '评分规则');
    expect(issues.map((i) => i.code)).toEqual(['RULE_BAD_VALUE']);
  });

  it('考核等次 states the share and names the 优秀 by group, as 凉山州: 「一、考核结果为优秀的县市政府办公室 雷波县政府办、…」', () => {
    const unit = (name: string, category: string, grade: string | null) => ({ unit: name, category, grade }) as unknown as UnitScore;
    const counties = ['雷波县', '宁南县', '普格县', '金阳县', '美姑县'].map((n) => unit(n, '县市政府办', '优秀'));
    const others = Array.from({ length: 12 }, (_, i) => unit(`县${i + 1}`, '县市政府办', null));
    const departments = [unit('州科技局', '州级部门', '优秀'), unit('州林业局', '州级部门', '优秀'), unit('州交通局', '州级部门', null)];
    const rules = rulesFromValues({ 'grade:excellentShare': 0.3 }, EMPTY_MODEL);
    expect(gradeParagraphs([...counties, ...others, ...departments], '2011年', rules)).toEqual([
      '按2011年考核得分评定等次，优秀等次不超过各类单位数的30%，纳入考核的20个单位中，优秀7个（占35.0%）、其余13个（占65.0%）未评定等次。',
      '（一）县市政府办。优秀等次：雷波县、宁南县、普格县、金阳县、美姑县。',
      '（二）州级部门。优秀等次：州科技局、州林业局。其余单位等次详见附件。',
    ]);
    // shares add up to 100.0 %: 2, 3 and 27 of 32 are 6.25, 9.375 and 84.375 — the rounding goes to the largest remainders
    const sample = [...Array(2).fill('良好'), ...Array(3).fill('一般'), ...Array(27).fill('较差')].map((g, i) => unit(`单位${i}`, '县区', g));
    expect(gradeParagraphs(sample, '2023年')![0]).toBe('按2023年考核得分评定等次，纳入考核的32个单位中，良好2个（占6.2%）、一般3个（占9.4%）、较差27个（占84.4%）。');
    // 优秀 named in full however many; 良好 past 30 named up to 30, then counted (every unit stays in the attachment)
    const many = [...Array(40).fill('优秀'), ...Array(45).fill('良好')].map((g, i) => unit(`单位${i + 1}`, '县区', g));
    const [, manyLine] = gradeParagraphs(many, '2023年')!;
    expect(manyLine.split('；')[0].split('、')).toHaveLength(40);
    expect(manyLine).toContain('、单位70等45个单位。');
    // one group with praised units among several: no lone 「（一）」
    expect(gradeParagraphs([unit('裕安区', '县区', '良好'), unit('市委宣传部', '党委部门', '较差')], '2023年')).toEqual([
      '按2023年考核得分评定等次，纳入考核的2个单位中，良好1个（占50.0%）、较差1个（占50.0%）。',
      '县区良好等次：裕安区。其余单位等次详见附件。',
    ]);
  });
});

describe('the year-end 考核结果 with its rule, on the sheet and before the year is over', () => {
  const registry = grid('单位名录', [['单位名称', '别名', '类型'], ['甲局', '', '部门'], ['乙局', '', '部门'], ['丙局', '', '部门'], ['丁局', '', '部门']]);
  const tasks = taskGrid([[1, '信息报送', '甲局、乙局、丙局、丁局', '', '2023年12月31日', '', '', '']]);
  const ledger = grid('报送台账', [ledgerHeader, sent('2023-03-10', '甲局', 9), sent('2023-04-10', '乙局', 8), sent('2023-05-10', '丙局', 7), sent('2023-06-10', '丁局', 1)]);
  // the office's rule: 采用 at 县级 5 points each, 优秀 at 30 points, no more than 30 % 优秀 (of 4 units: 1)
  const rules = grid('评分规则', [['项目', '对象', '类型', '分值'], ['采用', '县级', '', 5], ['优秀分数线', '', '', 30], ['优秀比例', '', '', '30%']]);
  const year = { from: d('2023-01-01'), to: d('2023-12-31') };

  it('the sheet says the share under the table; 甲局 (45) is 优秀, 乙局 (40) is at the line but past the share', () => {
    const report = buildReport([tasks, registry, ledger, rules], { today: TODAY, year: 2023, asOf: d('2023-12-31'), period: year });
    expect(report.scores.map((s) => [s.unit, s.total, s.grade])).toEqual([['甲局', 45, '优秀'], ['乙局', 40, null], ['丙局', 35, null], ['丁局', 5, null]]);
    const annual = summarySheets(report, { generatedAt: '2024-01-05 09:00', asOf: report.asOf }).find((x) => x.name === '年度考核-2023')!;
    const notes = annual.rows.map((r) => String(r[0]?.value ?? ''));
    expect(notes).toContain('等次：优秀等次不超过参评单位数的30%（评分规则“优秀比例”），按总分从高到低确定。');
    const grades = bulletinContent(report, '某县', d('2024-01-05')).sections[1].paragraphs;
    // 乙局 40 and 丙局 35 are at the 30 line, cut by the share; 丁局 5 is below it: the counts say which is which
    expect(grades[0]).toBe('按2023年考核得分评定等次，优秀等次不超过参评单位数的30%，纳入考核的4个单位中，优秀1个（占25.0%）、达到优秀分数线但超出优秀比例的2个（占50.0%）、未达到优秀分数线的1个（占25.0%）。');
    expect(grades[1]).toBe('优秀等次：甲局。其余单位等次详见附件。');
  });

  it('a whole year before it is over: the clerk is told the 等次 stand on part of the year', () => {
    const june = buildReport([tasks, registry, ledger, rules], { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: year });
    expect(bulletinContent(june, '某县', d('2023-07-05')).warnings).toContain('通报期间为2023年全年，统计截止日为2023年6月30日：考核等次按截至该日的报送和采用评定，年度结束前不宜作为考核结果印发。');
    const december = buildReport([tasks, registry, ledger, rules], { today: TODAY, year: 2023, asOf: d('2023-12-31'), period: year });
    expect(bulletinContent(december, '某县', d('2024-01-05')).warnings.join('')).not.toContain('统计截止日');
  });
});

describe('先进单位 as the office decides them (吉林省工商局 2009: 「授予长春市工商局等9个单位（部门）为2009年度全省工商系统政务信息工作先进单位」; 嘉兴市 2008: by group)', () => {
  const tasks = taskGrid([[1, '信息报送', '市发改委、裕安区人民政府、金安区人民政府', '', '2023年12月31日', '每月不少于1篇', '', '']]);
  const ledger = grid('报送台账', [ledgerHeader, sent('2023-03-10', '裕安区人民政府', 9), sent('2023-04-10', '市发改委', 8), sent('2023-05-10', '金安区人民政府', 2)]);
  const year = { today: TODAY, year: 2023, asOf: d('2023-12-31'), period: { from: d('2023-01-01'), to: d('2023-12-31') } };
  const settings = (list: string) => grid('设置', [['设置项', '值'], ['先进单位', list]]);

  it('the decision counted after the first name, then the list by group, an alias as the registry spells it', () => {
    const report = buildReport([tasks, registryGrid(), ledger, settings('裕安区、市发改委')], year);
    const content = bulletinContent(report, '六安市暖民心行动', d('2024-01-10'));
    expect(content.sections.map((x) => x.heading)).toEqual(['一、基本情况', '二、考核等次', '三、先进单位', '四、存在问题', '五、下一步要求']);
    expect(content.sections[2].paragraphs).toEqual([
      '根据2023年度信息报送和采用情况，授予裕安区人民政府等2个单位为2023年度六安市暖民心行动宣传工作先进单位。',
      '名单：市直部门：市发改委；县区：裕安区人民政府。',
    ]);
    // the year-end word names them among the praised (吉林省工商局: 「希望受表彰的先进单位（部门）…再接再厉」)
    expect(content.sections[4].paragraphs[0]).toContain('受表彰的先进单位');
    expect(content.warnings.join('')).not.toContain('不在单位名录中');
  });

  it('one unit by its name alone; a name the registry lacks is printed as written and told to the clerk; none listed, no section', () => {
    const one = bulletinContent(buildReport([tasks, registryGrid(), ledger, settings('裕安区人民政府')], year), '某县', d('2024-01-10'));
    expect(one.sections[2].paragraphs[0]).toBe('根据2023年度信息报送和采用情况，授予裕安区人民政府为2023年度某县宣传工作先进单位。');
    const odd = bulletinContent(buildReport([tasks, registryGrid(), ledger, settings('裕安区、市某某中心')], year), '某县', d('2024-01-10'));
    expect(odd.sections[2].paragraphs[1]).toBe('名单：裕安区人民政府、市某某中心。');
    expect(odd.warnings).toContain('“设置”表“先进单位”中的“市某某中心”不在单位名录中，已按所写列入通报，请核对单位全称。');
    const none = bulletinContent(buildReport([tasks, registryGrid(), ledger], year), '某县', d('2024-01-10'));
    expect(none.sections.map((x) => x.heading)).not.toContain('三、先进单位');
  });

  it('存在问题 names the long-silent units that owe something, each with its months; a unit with no quota all year is not criticised', () => {
    // 市委宣传部 leads a task with no 量化指标: ranked, silent all year, owing nothing
    const withUnowed = taskGrid([...tasks.rows.slice(1), [2, '宣传协调', '市委宣传部', '', '2023年12月31日', '', '', '']]);
    const report = buildReport([withUnowed, registryGrid(), ledger], year);
    expect(report.zeroReport.units).toContain('市委宣传部');
    const problems = bulletinContent(report, '某县', d('2024-01-10')).sections.find((x) => x.heading.endsWith('存在问题'))!.paragraphs.join('');
    // the ledger starts in March: 裕安区 sent then (9 months since), 市发改委 in April (8), 金安区 in May (7)
    expect(problems).toContain('裕安区人民政府连续9个月未报送信息；市发改委连续8个月未报送信息；金安区人民政府连续7个月未报送信息。');
    expect(problems).not.toContain('市委宣传部');
  });
});

describe('no 较上期 column of — only (凉山州 and 嘉兴市 year-end tables print none; a year has no period before it in the plan year)', () => {
  it('the year-end attachment drops 较上期 when no unit has one; a month with a month before keeps it', () => {
    const registry = grid('单位名录', [['单位名称', '别名', '类型'], ['甲局', '', '部门'], ['乙局', '', '部门']]);
    const tasks = taskGrid([[1, '信息报送', '甲局、乙局', '', '2023年12月31日', '每月不少于1篇', '', '']]);
    const ledger = grid('报送台账', [ledgerHeader, sent('2023-05-10', '甲局', 2), sent('2023-06-10', '乙局', 3), sent('2023-06-11', '甲局')]);
    const base = { today: TODAY, year: 2023, asOf: d('2023-12-31') };
    const year = buildReport([tasks, registry, ledger], { ...base, period: { from: d('2023-01-01'), to: d('2023-12-31') } });
    expect(rankingTables(year)[0].header).not.toContain('较上期');
    const june = buildReport([tasks, registry, ledger], { ...base, period: { from: d('2023-06-01'), to: d('2023-06-30') } });
    expect(rankingTables(june)[0].header).toContain('较上期');
  });
});

function cells(row: number) {
  return { item: `A${row}`, target: `B${row}`, type: `C${row}`, value: `D${row}` };
}
