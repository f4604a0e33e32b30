// Each real 考核办法 of the scoring corpus scored again from its ledger as other clerks keep it — rows in another order,
// dates typed in Chinese, 是否采用 ticked, 级别 without 级, names with stray spaces: the hand computation must still hold.
import { promises as fs, existsSync, readdirSync } from 'fs';
import * as path from 'path';
import { buildReport } from '../../src/core/scoring/report';
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { TODAY, d } from '../helpers/grids';
import { Expected, ROOT, scoreDifferences, workbookOf } from '../helpers/scoring-corpus';

/** Rules the sheet can write (the others are asserted in scoring-corpus.test.ts). */
const rules = readdirSync(ROOT, { withFileTypes: true }).filter((e) => e.isDirectory() && existsSync(path.join(ROOT, e.name, 'rules.csv'))).map((e) => e.name).sort();

/** The ledger's cells in the columns named (header row 0), changed. */
function inColumns(ledger: Grid, names: readonly string[], change: (v: CellValue) => CellValue): Grid {
  const header = ledger.rows[0].map((v) => String(v ?? '').trim());
  const cols = new Set(names.map((n) => header.indexOf(n)).filter((c) => c >= 0));
  return { ...ledger, rows: ledger.rows.map((row, r) => (r === 0 ? row : row.map((v, c) => (cols.has(c) ? change(v) : v)))) };
}
const replaceText = (pairs: Record<string, string>) => (v: CellValue): CellValue => (typeof v === 'string' && pairs[v.trim()] !== undefined ? pairs[v.trim()] : v);

const VARIANTS: readonly (readonly [string, (ledger: Grid) => Grid])[] = [
  ['the rows in the reverse order', (l) => ({ ...l, rows: [l.rows[0], ...l.rows.slice(1).reverse()] })],
  ['dates typed as 2023年1月6日', (l) => inColumns(l, ['日期', '报送日期'], (v) => (typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? `${Number(v.slice(0, 4))}年${Number(v.slice(5, 7))}月${Number(v.slice(8, 10))}日` : v))],
  ['是否采用 ticked √ or left 否', (l) => inColumns(l, ['是否采用'], replaceText({ 是: '√' }))],
  ['级别 written without 级', (l) => inColumns(l, ['级别'], replaceText({ 中央级: '中央', 省级: '省', 市级: '市', 县级: '县' }))],
  ['unit names with stray spaces', (l) => inColumns(l, ['单位', '报送单位'], (v) => (typeof v === 'string' && v.trim() !== '' ? ` ${v}\u3000` : v))],
];

describe.each(rules)('%s, the ledger kept otherwise', (rule) => {
  let expected: Expected;
  let sheets: Grid[];
  beforeAll(async () => {
    expected = JSON.parse(await fs.readFile(path.join(ROOT, rule, 'expected.json'), 'utf8'));
    sheets = await workbookOf(rule, expected);
  });
  test.each(VARIANTS)('%s: every unit scored and ranked as by hand', (_name, change) => {
    const period = { from: d(expected.period.from), to: d(expected.period.to) };
    const changed = sheets.map((g) => (g.name === '报送台账' ? change(g) : g));
    expect(scoreDifferences(buildReport(changed, { today: TODAY, asOf: period.to, period }), expected)).toEqual([]);
  });
});
