// Opens the generated workbook in LibreOffice Calc (headless) and reads the bulletin back as CSV:
// the figures a leader sees there must equal the engine's. Skipped locally without LibreOffice; required in CI.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseCsv } from '../src/core/sheets/csv';
import { buildReport, reportJson } from '../src/core/scoring/report';
import { COMPONENT_LABEL } from '../src/core/scoring/rule-model';
import { FileWorkbook } from '../src/workbook/file/file';
import { duban } from './helpers/cli';
import { TODAY } from './helpers/grids';
import { SOFFICE, describeWith, runLibreOffice } from './helpers/system';
import { RENDER_TESTS_LOG } from '../scripts/libreoffice-profile';

const maybe = describeWith('LibreOffice 测试', ['libreoffice-calc-nogui', 'fonts-wqy-microhei']);

maybe('the bulletin read back by LibreOffice Calc', () => {
  let dir: string;
  beforeAll(async () => {
    if (!SOFFICE) throw new Error('CI 需要 LibreOffice（libreoffice-calc-nogui），但没有找到 soffice');
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-lo-'));
  });
  afterAll(() => dir && fs.rm(dir, { recursive: true, force: true }));

  test('every unit, figure and rank of the demo bulletin, and every grade of its 年度考核', async () => {
    const out = path.join(dir, 'demo.xlsx');
    expect((await duban('demo', '-o', out)).code).toBe(0);
    // all sheets to CSV, values as shown (formatted), UTF-8
    runLibreOffice(dir, ['--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,-1', '--outdir', dir, out]);
    // the seeded profile spared LibreOffice its graphics self-test (about 4 s of CPU at every headless start otherwise)
    await expect(fs.access(path.join(dir, 'profile', RENDER_TESTS_LOG))).rejects.toThrow();
    const csvName = (await fs.readdir(dir)).find((n) => n.startsWith('demo-通报-') && n.endsWith('.csv'));
    expect(csvName).toBeDefined();
    const rows = parseCsv(await fs.readFile(path.join(dir, csvName!), 'utf8'));
    const header = rows[2];
    expect(header.slice(0, 5)).toEqual(['排名', '单位', '应报', '实报', '完成率']);
    const col = (name: string) => {
      const i = header.indexOf(name);
      expect(i).toBeGreaterThanOrEqual(0);
      return i;
    };
    const seen = rows.slice(3).filter((r) => /^\d+$/.test(r[0]) && r[1] !== '');

    const engine = reportJson(buildReport(await (await FileWorkbook.load(await fs.readFile(out))).readAll(), {
      today: TODAY, period: { from: { year: 2023, month: 1, day: 1 }, to: { year: 2023, month: 6, day: 30 } },
    }));
    expect(seen).toHaveLength(engine.units.length);
    const pct = (x: number | null) => (x === null ? '' : `${(x * 100).toFixed(1)}%`);
    // the point columns between 县级采用 and 总分: each a component of the engine's parts, or 不适用 where it does not apply
    const components = header.slice(col('县级采用') + 1, col('总分'));
    expect(components.length).toBeGreaterThanOrEqual(3);
    engine.units.forEach((u, i) => {
      const r = seen[i];
      const points = (label: string) => {
        const parts = u.parts.filter((p) => COMPONENT_LABEL[p.component] === label);
        if (parts.length === 0 && u.notApplicable.some((n) => COMPONENT_LABEL[n.component] === label)) return '不适用';
        return (Math.round(parts.reduce((sum, p) => sum + p.points, 0) * 100) / 100).toFixed(2);
      };
      expect({
        rank: r[col('排名')], unit: r[col('单位')], expected: r[col('应报')], actual: r[col('实报')], completion: r[col('完成率')],
        central: r[col('中央级采用')], components: components.map((c) => r[header.indexOf(c)]), total: r[col('总分')],
      }).toEqual({
        rank: String(u.rank), unit: u.unit, expected: String(u.expected), actual: String(u.actual),
        completion: u.completion === null ? '无指标' : pct(u.completion), central: String(u.adopted['中央级']),
        components: components.map(points), total: u.total.toFixed(2),
      });
    });
    // a half year's 通报 grades nobody (分数线 are a year's); the 年度考核 sheet, over the same months so far, does
    expect(header).not.toContain('等次');
    const annualName = (await fs.readdir(dir)).find((n) => n.startsWith('demo-年度考核-') && n.endsWith('.csv'));
    const annual = parseCsv(await fs.readFile(path.join(dir, annualName!), 'utf8'));
    const annualHeader = annual.find((r) => r.includes('单位') && r.includes('等次'))!;
    const grades = new Map(annual.filter((r) => /^\d+$/.test(r[0])).map((r) => [r[annualHeader.indexOf('单位')], r[annualHeader.indexOf('等次')]]));
    expect(grades.size).toBe(engine.units.length);
    for (const u of engine.units) expect([u.unit, grades.get(u.unit)]).toEqual([u.unit, u.grade ?? '—']);
  });
});
