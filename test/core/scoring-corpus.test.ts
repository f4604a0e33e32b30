// Each real 考核办法 of test/fixtures/scoring, written into 评分规则 (rules.csv) as the README tells a clerk, scores its ledger as computed by hand.
import { promises as fs, existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { buildReport, Report } from '../../src/core/scoring/report';
import { explainUnit } from '../../src/core/scoring/breakdown';
import { parseCsv } from '../../src/core/sheets/csv';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { TODAY, d, grid, taskGrid } from '../helpers/grids';

const ROOT = path.resolve(__dirname, '../fixtures/scoring');

interface ExpectedUnit {
  unit: string;
  group: string;
  total: number;
  /** null: not ranked (a unit outside the rule's ranking). */
  rank: number | null;
  parts: { clause: string; points: number; why: string }[];
  flags?: string[];
}
interface ExpectedPerson {
  person: string;
  unit: string;
  /** Present when the rule ranks people in groups (部门 / 村（居）): Duban ranks people in one list. */
  group?: string;
  total: number;
  rank: number | null;
}
interface Expected {
  period: { from: string; to: string };
  units: ExpectedUnit[];
  persons?: ExpectedPerson[];
}

/** Rules whose hand computation needs what the sheets cannot say: each test that is not run says why (README table). */
const NOT_EXPRESSED: Record<string, string> = {
  'xumuju-xxgz': 'C6 同稿多用“取最高两个层次相加、同层只计一次”与 C8 合写稿件前两名作者3:2分配：只支持累加/取最高、平分/各计全分',
  'yaojiang-2021-qnganbu': 'C3 未完成次数累计加倍递增扣分（−1、−2、−4、−8）：Duban 没有递增扣分（C4–C5 由人认定的区间分值已可写在台账“认定分值”列）',
};

const rules = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

async function csvGrid(dir: string, file: string, sheet: string): Promise<Grid | null> {
  const at = path.join(dir, file);
  if (!existsSync(at)) return null;
  const rows: CellValue[][] = parseCsv(await fs.readFile(at, 'utf8')).filter((r) => r.some((c) => c.trim() !== ''));
  return grid(sheet, rows);
}

/** The workbook a clerk would have: 评分规则, 媒体名录, 单位名录, 报送台账, 加减分, and 设置 for the period and ranking groups. */
async function workbookOf(rule: string, expected: Expected): Promise<Grid[]> {
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
  const sheets = await Promise.all([
    csvGrid(dir, 'rules.csv', '评分规则'), csvGrid(dir, 'media.csv', '媒体名录'), Promise.resolve(units),
    csvGrid(dir, 'ledger.csv', '报送台账'), csvGrid(dir, 'adjustments.csv', '加减分'),
  ]);
  // the campaign's task sheet (empty here: these rules score the ledger)
  return [taskGrid([]), ...sheets.filter((g): g is Grid => g !== null), settings];
}

describe.each(rules)('%s', (rule) => {
  const dir = path.join(ROOT, rule);
  const why = NOT_EXPRESSED[rule];
  if (why) {
    // not skipped: the gap is asserted, so writing a rules.csv for it (once Duban can) makes this fail and asks to list it again
    it(`cannot be written in 评分规则 yet (${why}): named in the corpus README, and no rules.csv pretends otherwise`, async () => {
      expect(await fs.readFile(path.join(ROOT, 'README.md'), 'utf8')).toContain(rule);
      expect(existsSync(path.join(dir, 'rules.csv'))).toBe(false);
    });
    return;
  }
  it('has the 评分规则 a clerk would write for it (rules.csv)', () => {
    expect(existsSync(path.join(dir, 'rules.csv'))).toBe(true);
  });
  let report: Report;
  let expected: Expected;
  beforeAll(async () => {
    expected = JSON.parse(await fs.readFile(path.join(dir, 'expected.json'), 'utf8'));
    const period = { from: d(expected.period.from), to: d(expected.period.to) };
    report = buildReport(await workbookOf(rule, expected), { today: TODAY, asOf: period.to, period });
  });

  it('reads its 评分规则 without an issue', () => {
    expect(report.issues.filter((i) => i.sheet === '评分规则' || i.sheet === '加减分')).toEqual([]);
  });

  it('scores every unit as computed by hand, and ranks them the same', () => {
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
    expect(diff).toEqual([]);
  });

  it('scores the people (通讯员) as computed by hand, where the rule ranks them', () => {
    if (!expected.persons) return; // the rule ranks units only
    const got = new Map(report.people.map((p) => [`${p.name}\u0001${p.unit}`, p]));
    const diff: string[] = [];
    for (const p of expected.persons) {
      const person = got.get(`${p.person}\u0001${p.unit}`);
      // someone with no piece counted and no 加减分 row is not listed (no 通讯员 roster is read): only right when the hand total is 0
      if (!person) {
        if (p.total !== 0) diff.push(`${p.person}: expected ${p.total}, not listed`);
        continue;
      }
      const rankDiffers = p.group === undefined && p.rank !== null && person.rank !== p.rank;
      if (Math.abs(person.points - p.total) > 0.005 || rankDiffers) diff.push(`${p.person}: expected ${p.total} (rank ${p.rank}), got ${person.points} (rank ${person.rank})`);
    }
    expect(diff).toEqual([]);
  });
});
