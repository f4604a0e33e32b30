// A rule with two rankings (民进吕梁: 《吕梁民进信息》 each quarter, higher adoptions each year) as two 评分规则 chosen by 考核周期, and 等次 of a 考核周期.
import { promises as fs } from 'fs';
import * as path from 'path';
import { buildReport } from '../../src/core/scoring/report';
import { summarySheets } from '../../src/core/scoring/summaries';
import { formatBulletin } from '../../src/core/scoring/report-text';
import { rulesFromRows, RuleRow } from '../../src/core/scoring/rule-rows';
import { isAssessmentPeriod } from '../../src/core/scoring/periods';
import { Grid } from '../../src/core/sheets/grid';
import { TODAY, d, grid } from '../helpers/grids';
import { Expected, ROOT, workbookOf } from '../helpers/scoring-corpus';

const LVLIANG = 'lvliang-minjin-xxgz';
const year2014 = { from: d('2014-01-01'), to: d('2014-12-31') };
const year2024 = { from: d('2024-01-01'), to: d('2024-12-31') };

async function lvliang(): Promise<Grid[]> {
  const expected: Expected = JSON.parse(await fs.readFile(path.join(ROOT, LVLIANG, 'expected.json'), 'utf8'));
  return workbookOf(LVLIANG, expected);
}
const totals = (report: ReturnType<typeof buildReport>) => Object.fromEntries(report.scores.map((s) => [s.unit, [s.total, s.rank]]));

describe('民进吕梁: two rankings in one workbook, one 评分规则 each', () => {
  it('scores the year by the sheet whose 考核周期 is 每年 (L2: 山西民进信息、市政协 10 each; 《吕梁民进信息》 is the quarterly ranking)', async () => {
    const report = buildReport(await lvliang(), { today: TODAY, asOf: year2014.to, period: year2014 });
    expect(report.rulesSheet).toBe('评分规则（年度）');
    expect(report.rulesSheets).toEqual(['评分规则', '评分规则（年度）']);
    // by hand from L2 and the ledger: LL-04 孝义市总支 《山西民进信息》 10; LL-07 参政议政专委会 吕梁市政协 10; nothing else adopted above
    expect(totals(report)).toEqual({ 孝义市总支: [10, 1], 参政议政专委会: [10, 1], 离石区支部: [0, 3], 汾阳市支部: [0, 3] });
    expect(report.issues.filter((i) => i.code === 'RULE_SHEETS_UNUSED')).toEqual([]);
  });

  it('scores the quarter by the 每季度 sheet, and the 通报 says which 评分规则 it followed', async () => {
    const q2 = { from: d('2014-04-01'), to: d('2014-06-30') };
    const report = buildReport(await lvliang(), { today: TODAY, asOf: q2.to, period: q2 });
    expect(report.rulesSheet).toBe('评分规则');
    expect(totals(report)).toEqual({ 离石区支部: [15, 1], 孝义市总支: [10, 2], 汾阳市支部: [10, 2], 参政议政专委会: [5, 4] });
    const bulletin = summarySheets(report, { generatedAt: '2014-07-01 09:00', asOf: q2.to }).find((s) => /通报/.test(s.name))!;
    expect(bulletin.rows.flat().map((c) => String(c.value ?? ''))).toContain('计分依据：“评分规则”表（考核周期：每季度）。');
  });

  it('scores the 年度考核 sheet of a quarter\'s report by the yearly 评分规则 (the year so far: LL-04, LL-07 10 each)', async () => {
    const q2 = { from: d('2014-04-01'), to: d('2014-06-30') };
    const report = buildReport(await lvliang(), { today: TODAY, asOf: q2.to, period: q2 });
    const annual = summarySheets(report, { generatedAt: '2014-07-01 09:00', asOf: q2.to }).find((s) => /年度考核/.test(s.name))!;
    const cells = annual.rows.map((r) => r.map((c) => String(c.value ?? '')));
    const totalOf = (unit: string) => { const row = cells.find((r) => r.includes(unit))!; return row[cells.find((r) => r.includes('总分'))!.indexOf('总分')]; };
    expect(['孝义市总支', '参政议政专委会', '离石区支部', '汾阳市支部'].map(totalOf)).toEqual(['10', '10', '0', '0']);
    expect(cells.flat()).toContain('计分依据：“评分规则（年度）”表（考核周期：每年）。');
  });

  it('for a period that is neither sheet\'s 考核周期 (a month), uses 评分规则 and says which sheet was left unused and how to choose', async () => {
    const may = { from: d('2014-05-01'), to: d('2014-05-31') };
    const report = buildReport(await lvliang(), { today: TODAY, asOf: may.to, period: may });
    expect(report.rulesSheet).toBe('评分规则');
    const unused = report.issues.filter((i) => i.code === 'RULE_SHEETS_UNUSED');
    expect(unused.map((i) => [i.sheet, i.severity])).toEqual([['评分规则（年度）', 'warning']]);
    expect(unused[0].message).toContain('本期不是评分规则（考核周期 每季度）、评分规则（年度）（考核周期 每年）的考核周期');
    expect(unused[0].message).toContain('请按它的考核周期统计');
  });

  it('reads the 考核周期 from a sheet named for its period (评分规则（季度）, 评分规则（年度）) when no row says it', async () => {
    const sheets = (await lvliang())
      .map((g) => (/^评分规则/.test(g.name) ? { ...g, rows: g.rows.filter((r) => r[0] !== '考核周期') } : g))
      .map((g) => (g.name === '评分规则' ? { ...g, name: '评分规则（季度）' } : g));
    const q2 = { from: d('2014-04-01'), to: d('2014-06-30') };
    const quarter = buildReport(sheets, { today: TODAY, asOf: q2.to, period: q2 });
    expect([quarter.rulesSheet, quarter.issues.filter((i) => i.code === 'RULE_SHEETS_UNUSED').length]).toEqual(['评分规则（季度）', 0]);
    const year = buildReport(sheets, { today: TODAY, asOf: year2014.to, period: year2014 });
    expect([year.rulesSheet, totals(year)['孝义市总支']]).toEqual(['评分规则（年度）', [10, 1]]);
  });

  it('with two 评分规则 and no 考核周期, still names the unused one instead of ignoring it silently', async () => {
    // the second sheet named for what it scores, not for its period
    const sheets = (await lvliang())
      .map((g) => (/^评分规则/.test(g.name) ? { ...g, rows: g.rows.filter((r) => r[0] !== '考核周期') } : g))
      .map((g) => (g.name === '评分规则（年度）' ? { ...g, name: '评分规则（上级采用）' } : g));
    const report = buildReport(sheets, { today: TODAY, asOf: year2014.to, period: year2014 });
    expect(report.rulesSheet).toBe('评分规则');
    const unused = report.issues.filter((i) => i.code === 'RULE_SHEETS_UNUSED');
    expect(unused.map((i) => i.sheet)).toEqual(['评分规则（上级采用）']);
    expect(unused[0].message).toContain('“考核周期 | 每季度”');
  });
});

const row = (item: string, target: string, type = '', value: string | number | null = null): RuleRow => ({
  item, target, type, value, cells: { item: 'A2', target: 'B2', type: 'C2', value: 'D2' },
});

describe('考核周期', () => {
  it('reads the period as clerks write it, and keeps today\'s defaults (it says when, not how units score)', () => {
    const of = (text: string) => rulesFromRows([row('考核周期', text)], '评分规则');
    expect(of('每季度').rules.model.assessmentCadence).toBe('quarter');
    expect(of('每季度为一个考核期').rules.model.assessmentCadence).toBe('quarter');
    expect(of('按月考核').rules.model.assessmentCadence).toBe('month');
    expect(of('每年').rules.model.assessmentCadence).toBe('year');
    expect(of('每半年').rules.model.assessmentCadence).toBe('half');
    expect(of('每季度').rules.custom).toBe(false);
    const half = of('每两个月');
    expect(half.rules.model.assessmentCadence).toBeNull();
    expect(half.issues.map((i) => [i.code, i.cell])).toEqual([['RULE_BAD_VALUE', 'B2']]);
  });

  it('grades one whole period of it: a calendar quarter under 每季度, a month under 每月, else the 考核年度', () => {
    const q = { assessmentCadence: 'quarter' as const, yearStart: 1 };
    expect(isAssessmentPeriod({ from: d('2024-04-01'), to: d('2024-06-30') }, q)).toBe(true);
    expect(isAssessmentPeriod({ from: d('2024-05-01'), to: d('2024-07-31') }, q)).toBe(false);
    expect(isAssessmentPeriod({ from: d('2024-04-01'), to: d('2024-06-29') }, q)).toBe(false);
    expect(isAssessmentPeriod({ from: d('2024-02-01'), to: d('2024-02-29') }, { assessmentCadence: 'month' })).toBe(true);
    expect(isAssessmentPeriod({ from: d('2024-04-01'), to: d('2024-06-30') }, {})).toBe(false);
    expect(isAssessmentPeriod({ from: d('2024-07-01'), to: d('2024-12-31') }, { assessmentCadence: 'half' })).toBe(true);
    expect(isAssessmentPeriod({ from: d('2024-04-01'), to: d('2024-09-30') }, { assessmentCadence: 'half' })).toBe(false);
    expect(isAssessmentPeriod({ from: d('2015-08-01'), to: d('2016-07-31') }, { yearStart: 8 })).toBe(true);
  });

  it('prints 等次 in a quarter\'s 通报 under 考核周期 每季度, but not in a month\'s nor in the year\'s sum', () => {
    const sheets = [
      grid('单位名录', [['单位名称', '类型'], ['甲局', '部门'], ['乙局', '部门']]),
      grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用'], ['2024-04-10', '甲局', '一', '市报', '市级', '是'], ['2024-05-10', '甲局', '二', '市报', '市级', '是'], ['2024-05-12', '乙局', '三', '市报', '市级', '是']]),
      grid('评分规则', [['项目', '对象', '类型', '分值'], ['考核周期', '每季度', '', ''], ['采用', '市级', '', 5], ['优秀/良好/一般分数线', '', '', '10/5/1']]),
      grid('设置', [['设置项', '值'], ['计划年度', 2024]]),
    ];
    const quarter = buildReport(sheets, { today: TODAY, asOf: d('2024-06-30'), period: { from: d('2024-04-01'), to: d('2024-06-30') } });
    expect(quarter.scores.map((s) => [s.unit, s.total, s.grade])).toEqual([['甲局', 10, '优秀'], ['乙局', 5, '良好']]);
    expect(formatBulletin(quarter)).toMatch(/等次/);
    const month = buildReport(sheets, { today: TODAY, asOf: d('2024-05-31'), period: { from: d('2024-05-01'), to: d('2024-05-31') } });
    expect(formatBulletin(month)).not.toMatch(/等次/);
    const annual = summarySheets(quarter, { generatedAt: '2024-07-01 09:00', asOf: d('2024-06-30') }).find((s) => /年度考核/.test(s.name))!;
    expect(annual.rows.flat().map((c) => String(c.value ?? ''))).not.toContain('等次');
    // no 分数线 written: no 等次 column of dashes, whatever the period
    const noLines = sheets.map((g) => (g.name === '评分规则' ? { ...g, rows: g.rows.filter((r) => !/分数线/.test(String(r[0]))) } : g));
    const plain = buildReport(noLines, { today: TODAY, asOf: d('2024-06-30'), period: { from: d('2024-04-01'), to: d('2024-06-30') } });
    expect(formatBulletin(plain)).not.toMatch(/等次/);
  });
});

describe('每半年 quotas', () => {
  // 某镇通讯报道工作考核方案 (https://www.meizhang.com/fangan/gongzuofangan/594606.html): 「各中心、各办公室每半年上报一篇调研报告」
  it('judges a half year\'s quota on its own: the first half met, the second short', () => {
    const sheets = [
      grid('单位名录', [['单位名称', '类型'], ['党政办', '办公室']]),
      grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用', '类型'], ['2024-03-12', '党政办', '关于村级集体经济的调研', '', '', '否', '调研报告'], ['2024-08-02', '党政办', '夏收进度', '', '', '否', '信息']]),
      grid('评分规则', [['项目', '对象', '类型', '分值'], ['报送指标', '', '每半年 调研报告', 1], ['基础分', '完成指标', '每半年', 5]]),
      grid('设置', [['设置项', '值'], ['计划年度', 2024]]),
    ];
    const report = buildReport(sheets, { today: TODAY, asOf: year2024.to, period: year2024 });
    const s = report.scores[0];
    // by hand: 上半年 one 调研报告 → 5; 下半年 none → 0
    expect(s.total).toBe(5);
    expect(s.parts.filter((p) => p.component === 'base').map((p) => p.detail).join('；')).toMatch(/2024年上半年/);
    expect(report.issues.filter((i) => i.sheet === '评分规则')).toEqual([]);
  });
});

