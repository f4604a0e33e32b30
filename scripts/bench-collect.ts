// `npm run bench` part: `duban collect` of N returns × 200 rows into a 100k-row ledger, time and peak memory in a fresh process.
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { BenchSize, benchUnits, random, writeBenchWorkbook } from './bench-data';

const ROOT = path.resolve(__dirname, '..');
const ROWS_PER_RETURN = 200;
const MEDIA = ['六安日报', '皖西日报', '安徽日报', '人民网', '新华网', '六安新闻网'];

/** A filled return as a unit would send it: the form's sheets with 200 rows in 报送登记 (built with exceljs, like a unit's Excel). */
export async function writeReturn(file: string, unit: string, seed: number): Promise<void> {
  const rand = random(seed);
  const wb = new ExcelJS.Workbook();
  const marker = wb.addWorksheet('督办填报标记', { state: 'hidden' });
  for (const row of [['项目', '值'], ['表单', '督办填报表v1'], ['单位', unit], ['活动', '基准测试'], ['期间起', '2023-06-01'], ['期间止', '2023-06-30']]) marker.addRow(row);
  const ws = wb.addWorksheet('报送登记');
  ws.addRow(['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量']);
  for (let i = 0; i < ROWS_PER_RETURN; i++) {
    const day = 1 + Math.floor(rand() * 30);
    ws.addRow([`2023-06-${String(day).padStart(2, '0')}`, `${unit}民生工程宣传信息第${seed}-${i}篇`, MEDIA[Math.floor(rand() * MEDIA.length)], '', rand() < 0.5 ? '是' : '否', '', 1]);
  }
  wb.addWorksheet('进展').addRow(['任务序号', '工作任务', '完成情况', '完成日期', '说明']);
  await wb.xlsx.writeFile(file);
}

export interface CollectRun {
  /** Returned files, each of ROWS_PER_RETURN rows. */
  readonly returns: number;
  /** Rows of the master's ledger. */
  readonly ledger: number;
}

export interface CollectBenchResult extends CollectRun {
  readonly ms: number;
  readonly peakMb: number;
  /** Ledger rows the run added (all of the returns' rows, when every one is new and valid). */
  readonly added: number;
}

/** Measures collect for each run (each in a fresh process running the compiled CLI). */
export async function collectBench(runs: readonly CollectRun[]): Promise<CollectBenchResult[]> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-bench-collect-'));
  const units = benchUnits();
  const results: CollectBenchResult[] = [];
  const max = Math.max(...runs.map((r) => r.returns));
  const all = path.join(dir, 'all');
  await fs.mkdir(all);
  for (let i = 0; i < max; i++) await writeReturn(path.join(all, `r${String(i).padStart(3, '0')}.xlsx`), units[i % units.length].name, i + 1);
  const masters = new Map<number, string>();
  for (const { returns: n, ledger } of runs) {
    let master = masters.get(ledger);
    if (!master) {
      master = path.join(dir, `master-${ledger}.xlsx`);
      const size: BenchSize = { label: 'collect', tasks: 1000, ledger };
      await writeBenchWorkbook(master, size);
      masters.set(ledger, master);
    }
    const folder = path.join(dir, `n${n}-${ledger}`);
    await fs.mkdir(folder);
    for (let i = 0; i < n; i++) await fs.link(path.join(all, `r${String(i).padStart(3, '0')}.xlsx`), path.join(folder, `r${i}.xlsx`));
    const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--collect-child', master, folder, path.join(dir, `out${n}-${ledger}.xlsx`)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`collect 基准失败：${run.stderr}`);
    const line = run.stdout.trim().split('\n').pop()!;
    results.push({ returns: n, ledger, ...(JSON.parse(line) as { ms: number; peakMb: number; added: number }) });
  }
  await fs.rm(dir, { recursive: true, force: true });
  return results;
}

/** The runs of `npm run bench`: 300 returns × 200 rows into a 100k-row ledger, with a third and half of each to show the growth. */
export function collectRuns(quick: boolean): CollectRun[] {
  return quick
    ? [{ returns: 20, ledger: 10_000 }, { returns: 60, ledger: 10_000 }]
    : [{ returns: 100, ledger: 100_000 }, { returns: 300, ledger: 50_000 }, { returns: 300, ledger: 100_000 }];
}

/** Child: runs the compiled `duban collect` in this process and prints its time and peak RSS. */
async function collectChild(master: string, folder: string, out: string): Promise<void> {
  const { run } = require(path.join(ROOT, 'build', 'cli', 'main')) as typeof import('../src/cli/main'); // eslint-disable-line @typescript-eslint/no-require-imports
  const t = process.hrtime.bigint();
  let summary = '';
  const code = await run(['collect', master, folder, '-o', out, '--month', '2023-06', '--as-of', '2023-06-30'], { out: (text) => void (summary += text), err: (t2) => process.stderr.write(`${t2}\n`) });
  if (code !== 0) throw new Error(`duban collect 退出码 ${code}`);
  const added = Number(/新增 (\d+) 行/.exec(summary)?.[1] ?? NaN);
  process.stdout.write(`${JSON.stringify({ ms: Number(process.hrtime.bigint() - t) / 1e6, peakMb: process.resourceUsage().maxRSS / 1024, added })}\n`);
}

if (process.argv[2] === '--collect-child') {
  collectChild(process.argv[3], process.argv[4], process.argv[5]).catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
} else if (require.main === module) {
  collectBench(collectRuns(process.argv.includes('--quick'))).then((rs) => {
    for (const r of rs) process.stdout.write(`collect ${r.returns} 份 × ${ROWS_PER_RETURN} 行 → ${r.ledger / 1000}k 台账（新增 ${r.added} 行）：${(r.ms / 1000).toFixed(1)} s，峰值 ${Math.round(r.peakMb)} MB\n`);
  });
}
