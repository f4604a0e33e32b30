// The five contradictions issue 19 found in the built-in sample's June bulletin, each fixed, and the breakdown adding up.
import { bulletinContent } from '../../src/core/bulletin/content';
import { overallCompletion } from '../../src/core/bulletin/sentences';
import { rankingTables } from '../../src/core/bulletin/figures';
import { formatBulletin } from '../../src/core/scoring/report-text';
import { summarySheets } from '../../src/core/scoring/summaries';
import { Report, buildReport, reportJson } from '../../src/core/scoring/report';
import { explainUnit } from '../../src/core/scoring/breakdown';
import { gradeOf } from '../../src/core/scoring/tally';
import { sampleSheets } from '../../src/core/sheets/sample';
import { readSampleTexts } from '../../src/cli/io';
import { FileWorkbook } from '../../src/workbook/file/file';
import { TODAY, d } from '../helpers/grids';

const june = { from: d('2023-06-01'), to: d('2023-06-30') };
let report: Report;
let grids: Awaited<ReturnType<FileWorkbook['readAll']>>;
beforeAll(async () => {
  const wb = FileWorkbook.create();
  await wb.addSheets(sampleSheets(await readSampleTexts()));
  grids = await wb.readAll();
  report = buildReport(grids, { today: TODAY, period: june });
});
const unit = (name: string) => report.scores.find((s) => s.unit === name)!;
const content = () => bulletinContent(report, '暖民心行动', d('2023-07-05'));

describe('the sample, June 2023', () => {
  it('1. a unit with no quota gets no completion points and does not outrank one that reported', () => {
    // 市文旅局: no quota, 0 pieces — completion does not apply (was: full 40); 霍邱县 1 of 2: 20 of its 38.9
    expect(unit('市文旅局').completion).toBeNull();
    expect(unit('市文旅局').notApplicable.map((n) => n.component)).toContain('submission');
    expect(unit('市文旅局').total).toBe(0);
    expect(unit('霍邱县人民政府').parts.find((p) => p.component === 'submission')?.points).toBe(20);
    // round 11: task 2's 「市（县区）属各媒体平台…每月至少完成两次…专题报道」 names the 县区, not the departments cooperating on it —
    // 市卫健委 (1 piece, not adopted) owes nothing in June and the breakdown says why; 市人社局 (2 adopted pieces) still outranks 市文旅局
    expect(unit('市卫健委').completion).toBeNull();
    expect(unit('市卫健委').flags).toContain('任务2的指标（每月至少完成两次）由牵头单位完成，配合单位不计应报');
    expect(unit('市人社局').rank).toBeLessThan(unit('市文旅局').rank);
  });

  it('2. 基本情况 names as 排名前列 only units that scored, and says so when nobody in a category did', () => {
    const tops = content().sections[0].paragraphs.find((p) => p.startsWith('从得分情况看'))!;
    expect(tops).not.toMatch(/（0(\.0+)?分）/);
    // categories where nobody scored share one clause (「党委部门、媒体单位…本期均未得分」)
    expect(tops).toMatch(/媒体单位[^；。]*本期均未得分/);
    // and never a unit 存在问题 names for not reporting
    // (the paragraphs naming silent units; an overdue task names its lead elsewhere, 市交通运输局 among them)
    const problems = content().sections[1].paragraphs.filter((p) => p.includes('未报送信息')).join('');
    // 存在问题 names those that owe something this period or this year (六安银保监分局, 人行六安中心支行 have no quota all year)
    const owing = new Set([...report.scores, ...report.yearToDate].filter((s) => s.expected > 0).map((s) => s.unit));
    for (const name of report.zeroReport.units) {
      if (owing.has(name)) expect(problems).toContain(name);
      else expect(problems).not.toContain(name);
      expect(tops).not.toContain(`${name}（`);
    }
  });

  it('3. a department without spot checks is graded on what applies to it, not against 100 points', () => {
    const dept = unit('市人社局');
    // no quota in June (task 2 is the media platforms' and the 县区'), no spot checks: adoption alone applies
    expect(dept.notApplicable.map((n) => n.component)).toEqual(['submission', 'awareness', 'satisfaction']);
    expect(dept.maxApplicable).toBe(40);
    // 5 of 40 applicable is 12.5 % — 较差; a department at the full 80 of 80 would be 优秀
    expect(dept.grade).toBe('较差');
    expect(gradeOf({ total: 80, maxApplicable: 80 }, report.rules)).toBe('优秀');
    expect(gradeOf({ total: 62, maxApplicable: 80 }, report.rules)).toBe('良好'); // 77.5 of 100
  });

  it('4. the overall completion rate counts each unit at most at its quota', () => {
    // 20 asked (市委宣传部、皖西日报社、市广电台 and the seven 县区, 2 each; round 11: not the departments cooperating on task 2):
    // 12 counted — over-reporting (叶集区 4 of 2, 金寨县 4 of 2, 金安区 3 of 2) no longer hides units with nothing
    expect(overallCompletion(report.scores)).toBeCloseTo(12 / 20, 6);
    expect(content().sections[0].paragraphs[0]).toContain('总体完成率60.0%');
  });

  it('5. the attachment columns add up to 总分 (叶集区 40 + 9 + 0 + 9.7 + 8.7 = 67.4)', () => {
    for (const table of rankingTables(report)) {
      const first = table.header.indexOf('县级采用') + 1;
      const totalAt = table.header.indexOf('总分');
      for (const row of table.rows) {
        const sum = row.slice(first, totalAt).filter((c) => c !== '不适用').reduce((s, c) => s + Number(c), 0);
        expect(Math.round(sum * 100) / 100).toBe(Number(row[totalAt]));
      }
    }
    const ye = rankingTables(report).flatMap((t) => t.rows).find((r) => r[1] === '叶集区人民政府')!;
    expect(ye.slice(-7)).toEqual(['40', '9', '0', '9.7', '8.7', '67.4', '↑4']);
  });

  it('6. a month grades nobody in print — its top 市直部门 (市人社局, praised 排名前列) was 较差 on a year’s lines —; the 年度考核 sheet keeps 等次', () => {
    expect(rankingTables(report)[0].header).not.toContain('等次');
    expect(formatBulletin(report).split('\n')[1]).not.toContain('等次');
    const sheets = summarySheets(report, { generatedAt: 'x', asOf: report.asOf });
    const headerOf = (name: RegExp) => sheets.find((sh) => name.test(sh.name))!.rows.map((r) => r.map((c) => c.value)).find((r) => r.includes('单位'))!;
    expect(headerOf(/^月度通报-/)).not.toContain("等次");
    expect(headerOf(/^年度考核-/)).toContain('等次');
    // the whole year is graded, in the terminal and the attachments alike
    const year = buildReport(grids, { today: TODAY, period: { from: d('2023-01-01'), to: d('2023-12-31') } });
    expect(rankingTables(year)[0].header).toContain('等次');
    expect(formatBulletin(year).split('\n')[1]).toContain('等次');
  });

  it('scores print at the rule precision (5 分, not 5.00 分)', () => {
    const tops = content().sections[0].paragraphs.find((p) => p.startsWith('从得分情况看'));
    expect(tops).toContain('市人社局（5分）');
    expect(tops).toContain('舒城县人民政府（65.5分）');
  });

  it('every unit carries parts that add up to its total, in JSON and --explain', () => {
    const json = reportJson(report);
    for (const u of json.units) expect(Math.round(u.parts.reduce((s, p) => s + p.points, 0) * 100) / 100).toBe(u.total);
    const text = explainUnit(report, '叶集区人民政府')!;
    expect(text).toContain('总分 67.4 分');
    expect(text).toContain('合计 67.4 分');
    expect(explainUnit(report, '市文旅局')).toContain('不适用  报送得分：本期无报送指标');
  });
});
