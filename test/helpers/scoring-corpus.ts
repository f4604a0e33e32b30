// The scoring corpus (test/fixtures/scoring): each rule's expected scores and the workbook a clerk would have for it.
import { promises as fs, existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { parseCsv } from '../../src/core/sheets/csv';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { grid, taskGrid } from './grids';
import { Report } from '../../src/core/scoring/report';
import { explainUnit } from '../../src/core/scoring/breakdown';

export const ROOT = path.resolve(__dirname, '../fixtures/scoring');

export interface ExpectedUnit {
  unit: string;
  group: string;
  total: number;
  /** null: not ranked (a unit outside the rule's ranking). */
  rank: number | null;
  parts: { clause: string; points: number; why: string }[];
  flags?: string[];
}
export interface ExpectedPerson {
  person: string;
  unit: string;
  /** Present when the rule ranks people in groups (部门 / 村（居）): Duban ranks people in one list. */
  group?: string;
  total: number;
  rank: number | null;
}
export interface Expected {
  period: { from: string; to: string };
  units: ExpectedUnit[];
  persons?: ExpectedPerson[];
  /** 元 for a 奖励办法 (amounts in money); absent: 分. */
  unit_of_points?: '分' | '元';
}

async function csvGrid(dir: string, file: string, sheet: string): Promise<Grid | null> {
  const at = path.join(dir, file);
  if (!existsSync(at)) return null;
  const rows: CellValue[][] = parseCsv(await fs.readFile(at, 'utf8')).filter((r) => r.some((c) => c.trim() !== ''));
  return grid(sheet, rows);
}

/** The workbook a clerk would have: 评分规则, 媒体名录, 单位名录, 报送台账, 加减分, and 设置 for the period and ranking groups. */
export async function workbookOf(rule: string, expected: Expected): Promise<Grid[]> {
  const dir = path.join(ROOT, rule);
  const groups = new Set(expected.units.map((u) => u.group));
  const units = await csvGrid(dir, 'units.csv', '单位名录');
  // expected groups are the registry's 所属分组 or 类型 (or one list)
  let ranking = '不分组';
  if (!(groups.size === 1 && groups.has('')) && units) {
    const header = units.rows[0].map(String);
    const column = (name: string) => new Set(units.rows.slice(1).map((r) => String(r[header.indexOf(name)] ?? '')));
    if (header.includes('所属分组') && [...groups].every((g) => column('所属分组').has(g))) ranking = '所属分组';
    else ranking = '类型';
  }
  const settings = grid('设置', [['设置项', '值'], ['计划年度', Number(expected.period.to.slice(0, 4))], ['统计截止日', expected.period.to], ['排名分组', ranking]]);
  // a rule with two rankings has one 评分规则 per ranking: rules.csv, and rules-年度.csv as the sheet 评分规则（年度）
  const extraRules = readdirSync(dir).filter((f) => /^rules-.+\.csv$/.test(f)).sort()
    .map((f) => csvGrid(dir, f, `评分规则（${f.replace(/^rules-|\.csv$/g, '')}）`));
  const sheets = await Promise.all([
    csvGrid(dir, 'rules.csv', '评分规则'), ...extraRules, csvGrid(dir, 'media.csv', '媒体名录'), Promise.resolve(units),
    csvGrid(dir, 'ledger.csv', '报送台账'), csvGrid(dir, 'adjustments.csv', '加减分'),
  ]);
  // the campaign's task sheet (empty here: these rules score the ledger)
  return [taskGrid([]), ...sheets.filter((g): g is Grid => g !== null), settings];
}


/** Each unit whose total or rank is not the hand computation's, with its parts and Duban's explanation. */
export function scoreDifferences(report: Report, expected: Expected): string[] {
  const got = new Map(report.scores.map((s) => [s.unit, s]));
  const diff: string[] = [];
  for (const u of expected.units) {
    const s = got.get(u.unit);
    if (!s) {
      diff.push(`${u.unit}: not scored`);
      continue;
    }
    if (Math.abs(s.total - u.total) > 0.005 || (u.rank !== null && s.rank !== u.rank)) {
      diff.push(
        `${u.unit}: expected ${u.total} (rank ${u.rank}) = ${u.parts.map((p) => `${p.clause} ${p.points}`).join(' + ')}\n` +
          `  got ${explainUnit(report, u.unit)}`,
      );
    }
  }
  return diff;
}
