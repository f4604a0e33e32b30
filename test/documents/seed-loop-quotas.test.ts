// Seed 000 (屯溪区2022年民生工程宣传方案) through forms and collect: a unit is told, and chased for, the number the 通报 judges it by.
import * as fs from 'fs';
import * as path from 'path';
import { readPlan, planSheets } from '../../src/core/plans';
import { registrySheet } from '../../src/core/sheets/template';
import { cell } from '../../src/core/sheets/sheet-spec';
import { cellText } from '../../src/core/sheets/grid';
import { FileWorkbook } from '../../src/workbook/file/file';
import { buildReport } from '../../src/core/scoring/report';
import { collectFromRead, formWorkbooks } from '../../src/documents/returns-session';
import { readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { d } from '../helpers/grids';

// Measure 10: 区直各责任单位每个项目每月不得少于1篇，各镇、街道每月不得少于2篇. The clerk filled the members after import
// (屯溪区's 镇 and 街道; 区教育局 a 区直 unit with 3 projects, 设置 项目数). What each owes in June 2022, read from the plan:
// 屯光镇 2 and 昱东街道 2 for measure 10; 区教育局 1 × 3 = 3; 区民生办 is named beside the groups, in none of the
// two categories: measure 10 asks it nothing. (Measure 13's 各开展一次 is asked of all of them alike.)
const june = { from: d('2022-06-01'), to: d('2022-06-30') };

async function seed000() {
  const plan = readPlan(fs.readFileSync(path.join(__dirname, '../fixtures/plans/seed-000.txt'), 'utf8'));
  const sheets = planSheets(plan);
  const groups = sheets[1].rows.slice(1).map((r) => r.map((c) => c.value));
  sheets[1] = registrySheet({ rows: [...groups, ['屯光镇', null, '镇', '各镇'], ['昱东街道', null, '街道', '各街道'], ['区教育局', null, '区直部门', '区直各责任单位']] });
  const settings = sheets.findIndex((s) => s.name === '设置');
  sheets[settings] = { ...sheets[settings], rows: [...sheets[settings].rows, [cell('项目数'), cell('区教育局=3')]] };
  const workbook = FileWorkbook.create();
  await workbook.addSheets(sheets);
  const grids = await workbook.readAll();
  return { grids, report: buildReport(grids, { today: d('2022-06-30'), period: june }) };
}

/** 本期应报 of measure 10 on a unit's form, as the unit reads it. */
async function formAsks(bytes: Uint8Array, seq: number): Promise<string> {
  const tasks = (await readXlsxGrids(bytes)).find((g) => g.name === '本单位任务')!;
  const row = tasks.rows.find((r) => cellText(r[0] ?? null) === String(seq));
  return row ? cellText(row[5] ?? null) : '(not on the form)';
}

test('the form, the collect and the report ask each unit the same number (measure 10 by category and project)', async () => {
  const { grids, report } = await seed000();
  const forms = await formWorkbooks(report.check, grids, june, '屯溪区2022年民生工程宣传', ['屯光镇', '昱东街道', '区教育局', '区民生办']);
  const asked = Object.fromEntries(await Promise.all(forms.map(async (f) => [f.name.replace(/-填报表-.*$/, ''), await formAsks(f.bytes, 10)])));
  expect(asked).toEqual({ 屯光镇: '2', 昱东街道: '2', 区教育局: '3', 区民生办: '' });

  const collected = collectFromRead(report.check, grids, { returns: [], submissions: [], unreadable: [] }, june);
  const expected = (unit: string) => report.scores.find((s) => s.unit === unit)!.expected;
  for (const unit of ['屯光镇', '昱东街道', '区教育局', '区民生办']) {
    // (collect's null is “no quota asks it anything”: 区民生办's measures 9 and 13 count placements and visits, no pieces — round 11)
    expect([unit, collected.units.find((u) => u.unit === unit)?.expected ?? 0]).toEqual([unit, expected(unit)]);
  }
  // what the office chases 区教育局 for is its 3 of measure 10, never the 1 of a 区直 unit with one project
  expect(collected.missing.find((m) => m.unit === '区教育局')?.reason).toBe(`本期应报 ${expected('区教育局')} 篇，已报 0 篇，尚差 ${expected('区教育局')} 篇`);
  expect(expected('区教育局') - expected('屯光镇')).toBe(1);
});
