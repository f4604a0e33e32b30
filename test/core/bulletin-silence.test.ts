// Units that sent nothing: the terminal, --json, the 通报 sheet and the Word 通报 name the same units, and say why one is left out.
import { bulletinContent } from '../../src/core/bulletin/content';
import { formatBulletin } from '../../src/core/scoring/report-text';
import { bulletinSheet } from '../../src/core/scoring/summaries';
import { Report, buildReport, reportJson } from '../../src/core/scoring/report';
import { silenceOf } from '../../src/core/scoring/silence';
import { sampleSheets } from '../../src/core/sheets/sample';
import { readSampleTexts } from '../../src/cli/io';
import { FileWorkbook } from '../../src/workbook/file/file';
import { TODAY, d, grid, registryGrid, taskGrid } from '../helpers/grids';

const june = { from: d('2023-06-01'), to: d('2023-06-30') };
const stamp = { generatedAt: '2023-07-05 09:00', asOf: d('2023-06-30') };
const problemsOf = (report: Report) => bulletinContent(report, '暖民心行动', d('2023-07-05')).sections.find((s) => s.heading.endsWith('、存在问题'))!.paragraphs;
const sheetText = (report: Report) => bulletinSheet(report, stamp).rows.map((r) => r.map((c) => String(c.value ?? '')).join('')).join('\n');

describe('the sample, June 2023: one account of the silent units', () => {
  let report: Report;
  beforeAll(async () => {
    const wb = FileWorkbook.create();
    await wb.addSheets(sampleSheets(await readSampleTexts()));
    report = buildReport(await wb.readAll(), { today: TODAY, period: june });
  });

  it('the 通报 and the terminal name the same units for months of silence, and the terminal says who the 通报 leaves out and why', () => {
    const silence = silenceOf(report);
    // the sample's 任务分工表 gives 六安银保监分局 and 人行六安中心支行 no quota all year: silent, but owing nothing; since round 11
    // (quotas/scope.ts) neither do units whose only quotas are activities (市文旅局: task 3's 「每季度…开展…集中宣传月活动」) or the
    // lead's (task 2's 2 a month is the media's and the 县区'): every unnamed unit owes nothing this period nor in the year so far
    expect(silence.unnamed.map((u) => u.unit)).toEqual(expect.arrayContaining(['人行六安中心支行', '六安银保监分局', '市文旅局']));
    const owed = new Set([...report.scores, ...report.yearToDate].filter((s) => s.expected > 0).map((s) => s.unit));
    for (const { unit } of silence.unnamed) expect(owed.has(unit)).toBe(false);
    // 市城管局 sent 7 pieces before June and none in June; task 2's quota is not its own (round 11), so June asks it nothing
    expect(silence.thisPeriod).toEqual([]);
    const problems = problemsOf(report).join('\n');
    const terminal = formatBulletin(report);
    for (const { unit } of silence.named) {
      expect(problems).toContain(unit);
      expect(terminal).toMatch(new RegExp(`连续未报送（通报中列出）：[^\\n]*${unit}`));
    }
    // (the paragraphs on silence: an overdue task names its lead elsewhere in 存在问题, 市交通运输局 among them)
    const silentProblems = problemsOf(report).filter((p) => p.includes('未报送信息')).join('\n');
    for (const { unit } of silence.unnamed) {
      expect(silentProblems).not.toContain(unit);
      expect(terminal).toMatch(new RegExp(`连续未报送、本年没有报送指标（通报中不列出）：[^\\n]*${unit}`));
    }
    expect(problems).not.toContain('市城管局');
    // the count as the 通报 gives it (「…等16个单位连续6个月未报送信息」), on both faces
    const longest = silence.named.filter((r) => r.months === silence.named[0].months).length;
    expect(problems).toContain(`等${longest}个单位连续${silence.named[0].months}个月未报送信息`);
    expect(terminal).toContain(`等${longest}个单位连续${silence.named[0].months}个月`);
    // the old line listed every silent unit under the threshold's months, as if all were named
    expect(terminal).not.toMatch(/个月零报送：/);
  });

  it('--json carries the same split, and the 通报 sheet prints the terminal\'s lines under its table', () => {
    const json = reportJson(report);
    const silence = silenceOf(report);
    expect(json.silence.named.map((r) => r.unit)).toEqual(silence.named.map((r) => r.unit));
    expect(json.silence.notNamed).toEqual(silence.unnamed.map((r) => ({ unit: r.unit, months: r.months, reason: '本年没有报送指标' })));
    expect(json.silence.thisPeriod).toEqual(silence.thisPeriod);
    const sheet = sheetText(report);
    const terminal = formatBulletin(report).split('\n').filter((l) => /（通报中/.test(l));
    expect(terminal).toHaveLength(2);
    // the sheet breaks long notes into rows: compare without the breaks
    const flat = sheet.replace(/\n/g, '');
    for (const line of terminal) expect(flat).toContain(`${line}。`);
    // and where the months are counted from (round 11: the threshold and each unit's run, one count)
    expect(sheet).toContain('底色标出的单位连续2个月以上未报送（自2023年1月起计）。');
    expect(formatBulletin(report)).toContain('连续未报送的月数自2023年1月起计');
  });
});

describe('without any quota, and without any ledger row', () => {
  const tasks = () => grid('任务分工表', [['任务分工表'], ...taskGrid([[1, '报送信息', '金安区、裕安区', '', '2023年12月31日', '', '', '']]).rows]);
  const ledgerOf = (rows: (string | number)[][]) => grid('报送台账', [['日期', '单位', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'], ...rows]);
  const options = { today: TODAY, year: 2023, asOf: d('2023-06-30'), period: june };

  it('no quota: every silent unit is owed and named (洋县 2020年第二季度 names the four at 0 without citing any quota)', () => {
    const report = buildReport([tasks(), registryGrid(), ledgerOf([['2023-06-05', '金安区人民政府', '稿件', '某报', '县级', '否', '', 1]])], options);
    const silence = silenceOf(report);
    expect(silence.unnamed).toEqual([]);
    // the ledger begins in June: 裕安区 is known silent for June only (round 11: May, before any record, is not counted), and owed
    expect(silence.thisPeriod).toContain('裕安区人民政府');
    expect(silence.named.map((r) => r.unit)).not.toContain('裕安区人民政府');
    expect(formatBulletin(report)).not.toContain('通报中不列出');
  });

  it('an empty ledger names nobody on any face, and the sheet shades nobody', () => {
    const report = buildReport([tasks(), registryGrid(), ledgerOf([])], options);
    expect(silenceOf(report).noLedger).toBe(true);
    expect(problemsOf(report).join('')).not.toContain('未报送');
    expect(formatBulletin(report)).not.toContain('未报送');
    expect(reportJson(report).silence).toMatchObject({ named: [], notNamed: [], thisPeriod: [], noLedger: true });
    expect(sheetText(report)).not.toContain('未报送');
  });
});
