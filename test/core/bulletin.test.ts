// The 通报's content as data: title, generated sentences from the figures, 设置 texts kept as text, and the same figures as the bulletin sheet.
import { bulletinContent, campaignName, periodPhrase } from '../../src/core/bulletin/content';
import { DEFAULT_REQUIREMENTS } from '../../src/core/bulletin/sentences';
import { rankingTables } from '../../src/core/bulletin/figures';
import { buildReport } from '../../src/core/scoring/report';
import { bulletinSheet } from '../../src/core/scoring/summaries';
import { SUMMARY_HEADER_ROW } from '../../src/core/scoring/summary-layout';
import { CellValue } from '../../src/core/sheets/grid';
import { sampleSheets } from '../../src/core/sheets/sample';
import { readSampleTexts } from '../../src/cli/io';
import { FileWorkbook } from '../../src/workbook/file/file';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const tasks = () =>
  grid('任务分工表', [
    ['六安市2023年暖民心行动宣传任务分工表'],
    ...taskGrid([
      [1, '每月报送民生工程信息', '金安区、裕安区', '', '2023年12月31日', '每月不少于2篇', '', ''],
      [2, '部门政策解读', '市发改委', '市文旅局', '2023年12月31日', '每月不少于1篇', '', ''],
      [3, '校园宣传栏', '市教育局', '', '2023年5月31日', '', '', ''],
    ]).rows,
  ]);
const row = (date: string, unit: string, count: number, level = '县级', adopted = '否'): CellValue[] => [date, unit, `${unit}稿件`, '某报', level, adopted, '', count];
const ledger = () =>
  grid('报送台账', [
    ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
    row('2023-05-10', '金安区人民政府', 3),
    row('2023-06-05', '金安区人民政府', 1, '省级', '是'),
    row('2023-06-06', '裕安区人民政府', 3, '市级', '是'),
    row('2023-06-07', '市发改委', 1),
    row('2023-06-09', '市教育局', 1),
  ]);
const june = { from: d('2023-06-01'), to: d('2023-06-30') };
const options = { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: june };
const issued = d('2023-07-05');

describe('bulletin content', () => {
  const grids = [tasks(), registryGrid(), ledger()];
  const report = buildReport(grids, options);
  const content = bulletinContent(report, campaignName(grids, report), issued);

  it('titles the month with the campaign named by the task sheet', () => {
    expect(content.title).toBe('关于2023年6月份六安市暖民心行动宣传工作情况的通报');
    expect(periodPhrase({ from: d('2023-01-01'), to: d('2023-06-15') })).toBe('2023年1月1日至6月15日');
    expect(content.recipients).toBe('各有关单位：');
    expect(content.date).toBe('2023年7月5日');
  });

  it('基本情况 gives the totals by level and the first units of each category', () => {
    // expected 2+2+1+1 = 6, actual 1+3+1+0 = 5; completion counts each unit at most at its quota: 1+2+1+0 = 4 of 6;
    // by category: 市发改委 1 (市直部门), 金安区 1 + 裕安区 3 (县区); 市教育局 is not in the 名录 and not ranked;
    // quota met by 裕安区 (3 of 2) and 市发改委 (1 of 1), not by 金安区 (1 of 2) and 市文旅局 (0 of 1);
    // the year so far (January–June): 金安区 3 in May + the 5 of June = 8 sent, adopted 1 (省级) + 3 (市级) = 4;
    // May: 金安区 sent 3, none adopted; 裕安区, 市发改委 and 市文旅局 owed and sent nothing (3), in June only 市文旅局 (1)
    const [totals, standing, tops] = content.sections[0].paragraphs;
    expect(totals).toBe(
      '2023年6月份，纳入通报的4个单位应报送信息6篇，实际报送5篇，总体完成率66.7%（各单位按不超过本单位指标计）；被各级媒体采用4篇（采用率80.0%），其中省级1篇（某报）、市级3篇（某报）。' +
        // who the upper levels adopted (round 10: 温县 「农业农村局12条…」, 内蒙古计生协 「赤峰市（4条）…被中国计生协采用」)
        '省级采用的有金安区人民政府1篇。' +
        '报送的5篇中，市直部门1篇、县区4篇；采用的4篇均来自县区。',
    );
    // who met the quota, the year so far and the month before: a paragraph of their own (round 10)
    expect(standing).toBe(
      '有报送指标的4个单位中，完成报送任务的2个，占50.0%；未完成的2个，占50.0%，其中1个单位本期未报送。' +
        '2023年上半年累计报送信息8篇，被各级媒体采用4篇。' +
        '与2023年5月份相比，报送篇数由3篇增加到5篇，采用篇数由0篇增加到4篇，有报送指标而未报送的单位由3个减少到1个。',
    );
    // 市发改委 met its quota (40分) but its one piece was not adopted: named under 存在问题 (西宁市城中区: 「区民政局虽上报2条信息，但…未被采纳」), not praised
    expect(tops).toContain('市直部门本期得分靠前的单位均在下文“存在问题”中列出，不列为前列');
    expect(content.sections.find((x) => x.heading.endsWith('存在问题'))!.paragraphs).toContain('（三）市发改委本期报送信息1篇，均未被采用。');
    expect(tops).toContain('县区排名前列的是裕安区人民政府');
    // the year's first of each category by the year's points (round 10: 内蒙古计生协 「截至二季度信息报送得分排名前6位…」)
    expect(tops).toContain('。2023年上半年累计得分居各类首位的：市直部门为市发改委（6.67分），县区为金安区人民政府（18.33分）。各单位报送');
  });

  it('a category whose scoring units are all named under 存在问题 says so, rather than that it has none to list', () => {
    // 金安区 sends 1 of its 2 (50 %, below 60 %: named) and is adopted once; 裕安区 sends nothing: 县区 has a score, none to praise
    const quiet = grid('报送台账', [
      ['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'],
      row('2023-06-05', '金安区人民政府', 1, '省级', '是'),
      row('2023-06-07', '市发改委', 1),
    ]);
    const r = buildReport([tasks(), registryGrid(), quiet], options);
    const tops = bulletinContent(r, '暖民心行动', issued).sections[0].paragraphs.find((p) => p.startsWith('从得分情况看'))!;
    expect(tops).toContain('县区本期得分靠前的单位均在下文“存在问题”中列出，不列为前列');
    expect(tops).not.toContain('没有可列为前列');
  });

  it('存在问题 names zero-report units, low completion, overdue tasks with lead units, and names to check', () => {
    const problems = content.sections[1].paragraphs.join('\n');
    expect(problems).toContain('（一）市文旅局连续2个月未报送信息。');
    expect(problems).toContain('（二）金安区人民政府（50.0%）报送完成率低于60%');
    expect(problems).toContain('第3项“校园宣传栏”（牵头单位：市教育局）已超过完成时限');
    expect(problems).toContain('“市教育局”不在单位名录中（可能是“市教体局”）');
  });

  it('下一步要求 defaults, and a 设置 text with = or markup stays text, one paragraph per line', () => {
    expect(content.sections[2].paragraphs).toEqual(DEFAULT_REQUIREMENTS);
    const set = grid('设置', [['通报要求', '=SUM(A1:A3)\n<b>各单位</b>要按时报送'], ['发文机关', '六安市民生办'], ['发文字号', '六民办〔2023〕12号'], ['主送', '各县区民生办']]);
    const r = buildReport([...grids, set], options);
    const c = bulletinContent(r, '暖民心行动', issued);
    expect(c.sections[2].paragraphs).toEqual(['=SUM(A1:A3)', '<b>各单位</b>要按时报送']);
    expect([c.issuer, c.documentNumber, c.recipients]).toEqual(['六安市民生办', '六民办〔2023〕12号', '各县区民生办：']);
  });

  it('one attachment per category, a one-unit category still a table', () => {
    expect(content.attachments.map((a) => a.title)).toEqual(['2023年6月份市直部门宣传工作排名情况', '2023年6月份县区宣传工作排名情况']);
    expect(content.attachments[0].header).toEqual(rankingTables(report, { period: '2023年上半年' })[0].header);
    // a month's tables grade nobody: the 分数线 are a year's (periods.ts isAssessmentYear)
    expect(content.attachments[0].header.slice(-3)).toEqual(['总分', '累计得分', '较上期']);
    const single = buildReport([tasks(), registryGrid(), grid('报送台账', [...ledger().rows, row('2023-06-07', '市委宣传部', 1)])], options);
    const tables = bulletinContent(single, 'x', issued).attachments;
    expect(tables.map((a) => a.rows.length)).toEqual([1, 2, 2]);
    expect(tables[0].rows[0].slice(0, 2)).toEqual(['1', '市委宣传部']);
  });

  it('a period without ledger rows says so instead of a table of zeros', () => {
    const r = buildReport(grids, { ...options, period: { from: d('2023-08-01'), to: d('2023-08-31') } });
    const c = bulletinContent(r, '暖民心行动', issued);
    expect(c.attachments).toEqual([]);
    expect(c.sections[0].paragraphs).toEqual(['2023年8月份，报送台账中没有该期间的报送记录，本期暂不排名。']);
  });
});

describe('the document holds the same figures as the bulletin sheet', () => {
  it('on the built-in sample, row by row', async () => {
    const wb = FileWorkbook.create();
    await wb.addSheets(sampleSheets(await readSampleTexts()));
    const report = buildReport(await wb.readAll(), { today: TODAY, period: june });
    const sheet = bulletinSheet(report, { generatedAt: '2023-07-05 09:00', asOf: report.asOf });
    const header = sheet.rows[SUMMARY_HEADER_ROW - 1].map((c) => c.value);
    const fmt = (h: string, v: unknown) =>
      typeof v !== 'number' ? String(v ?? '—') : h === '完成率' ? `${(v * 100).toFixed(1)}%` : String(v);
    const tables = rankingTables(report, { period: '2023年上半年' });
    // the same columns in the same order: 累计报送 after 实报, 累计得分 after 总分 (June does not start the year)
    expect(header).toEqual(tables[0].header);
    expect(header.slice(2, 6)).toEqual(['应报', '实报', '累计报送', '完成率']);
    const sheetRows = sheet.rows
      .slice(SUMMARY_HEADER_ROW)
      .filter((r) => typeof r[0].value === 'number')
      .map((r) => header.map((h, i) => fmt(String(h), r[i].value)));
    expect(tables.flatMap((t) => t.rows)).toEqual(sheetRows);
    // the year so far is the year-to-date score: its count and total
    const ytd = new Map(report.yearToDate.map((s) => [s.unit, s]));
    for (const r of sheetRows) {
      expect(r[header.indexOf('累计报送')]).toBe(String(ytd.get(r[1])!.actual));
      expect(Number(r[header.indexOf('累计得分')])).toBeCloseTo(ytd.get(r[1])!.total, 2);
    }
    // and the note under the sheet's table says what they cover, as the document's does
    const notes = sheet.rows.map((r) => r[0].value).filter((v): v is string => typeof v === 'string' && !v.startsWith('20')).join('');
    expect(notes).toContain('累计报送为2023年上半年合计，累计得分按2023年上半年整体评分（不是各期得分相加）。');
    // on the sample: 市教育局 not ranked, to be checked as 市教体局; 县区 and 市直部门 ranked apart
    expect(report.unverified.map((u) => [u.name, u.suggestion])).toEqual([['市教育局', '市教体局']]);
    const ranksOf = (category: string) => report.scores.filter((s) => s.category === category).map((s) => s.rank);
    expect(ranksOf('县区')[0]).toBe(1);
    expect(ranksOf('市直部门')[0]).toBe(1);
    expect(report.scores.some((s) => s.unit === '市教育局')).toBe(false);
  });
});
