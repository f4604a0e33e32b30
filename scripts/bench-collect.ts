// `npm run bench` part: `duban collect` of N returns × 200 rows into a 100k-row ledger, time, CPU and peak memory in a fresh process; alone (`npx tsx scripts/bench-collect.ts --write`) it rewrites BENCHMARKS.md's collect section.
import { spawnSync } from 'child_process';
import { promises as fs, readFileSync } from 'fs';
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
  /** Wall time of the fastest run (interference on a shared machine only adds), and of each. */
  readonly ms: number;
  readonly runsMs: number[];
  /** CPU time of that run: the whole process (all threads), and its main thread alone (Linux; null elsewhere). */
  readonly cpuMs: number;
  readonly mainCpuMs: number | null;
  readonly peakMb: number;
  /** Ledger rows the run added (all of the returns' rows, when every one is new and valid). */
  readonly added: number;
}

/** Measures collect for each run (each time in a fresh process running the compiled CLI), `repeat` times, keeping the fastest. */
export async function collectBench(runs: readonly CollectRun[], repeat = 1): Promise<CollectBenchResult[]> {
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
    type Child = { ms: number; cpuMs: number; mainCpuMs: number | null; peakMb: number; added: number };
    const times: Child[] = [];
    for (let k = 0; k < repeat; k++) {
      const run = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--collect-child', master, folder, path.join(dir, `out${n}-${ledger}.xlsx`)], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
      if (run.status !== 0) throw new Error(`collect 基准失败：${run.stderr}`);
      times.push(JSON.parse(run.stdout.trim().split('\n').pop()!) as Child);
    }
    const best = times.reduce((a, b) => (b.ms < a.ms ? b : a));
    results.push({ returns: n, ledger, ...best, runsMs: times.map((t) => t.ms), peakMb: Math.max(...times.map((t) => t.peakMb)) });
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
  const cpu0 = process.cpuUsage();
  const main0 = mainThreadCpuMs();
  let summary = '';
  const code = await run(['collect', master, folder, '-o', out, '--month', '2023-06', '--as-of', '2023-06-30'], { out: (text) => void (summary += text), err: (t2) => process.stderr.write(`${t2}\n`) });
  if (code !== 0) throw new Error(`duban collect 退出码 ${code}`);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  const added = Number(/新增 (\d+) 行/.exec(summary)?.[1] ?? NaN);
  const cpu = process.cpuUsage(cpu0);
  const mainCpuMs = mainThreadCpuMs();
  process.stdout.write(`${JSON.stringify({ ms, cpuMs: (cpu.user + cpu.system) / 1000, mainCpuMs: mainCpuMs === null || main0 === null ? null : mainCpuMs - main0, peakMb: process.resourceUsage().maxRSS / 1024, added })}\n`);
}

/** CPU time of this process's main thread so far (Linux /proc; null elsewhere): collect also works on a worker thread, and this is its critical path. */
function mainThreadCpuMs(): number | null {
  try {
    const fields = readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

/** BENCHMARKS.md's collect table. */
export function collectTableLines(results: readonly CollectBenchResult[]): string[] {
  const lines = ['| duban collect | 返回文件 | 每份行数 | 台账行数 | 新增行 | 用时（最快） | 各次 | CPU（全部线程） | CPU（主线程） | 峰值内存 |', '|---|---:|---:|---:|---:|---:|---|---:|---:|---:|'];
  for (const c of results) {
    lines.push(`| 收集填报 | ${c.returns} | ${ROWS_PER_RETURN} | ${c.ledger / 1000}k | ${c.added.toLocaleString('en-US')} | ${fmt(c.ms)} | ${c.runsMs.map(fmt).join(' / ')} | ${fmt(c.cpuMs)} | ${c.mainCpuMs === null ? '—' : fmt(c.mainCpuMs)} | ${Math.round(c.peakMb)} MB |`);
  }
  return lines;
}

/** The collect target's line of BENCHMARKS.md's 目标. */
export function collectTargetLine(results: readonly CollectBenchResult[]): string {
  const c = results.find((r) => r.returns === 300 && r.ledger === 100_000);
  return `- duban collect 300 份 × 200 行进 100k 台账 ≤ 4 s：${c ? `${c.ms <= 4000 ? '达到' : '未达到'}（${fmt(c.ms)}，CPU 全部线程 ${fmt(c.cpuMs)}${c.mainCpuMs === null ? '' : `、主线程 ${fmt(c.mainCpuMs)}`}）` : '本次为 --quick，未测'}`;
}

/** What the collect section says under its table. */
export const COLLECT_NOTE = '主工作簿和返回的填报表都用流式读取器读入：返回的工作簿由一个工作线程在主线程读主工作簿的同时读入，它随后为追加扫描一遍报送台账'
  + '（src/cli/collect-helper.ts；src/workbook/sheet-edit/cell-patch.ts 的 scanAppendFacts），主线程同时核对、合并；'
  + '输出由 cell-patch.ts 在 zip 层面只改写报送台账（和任务分工表）的 XML：台账只解析到最后一行被改的行（新加的“来源”表头），其后原样复制，'
  + '新行在压缩时逐行生成（与整表解析改写的结果逐字节相同，有测试比较），再由 xlsx-patch.ts 加入“收集情况”表，其余部件原样复制。'
  + '三行中：返回文件 100→300 份（台账同为 100k），与台账 50k→100k 行（同为 300 份），看内存和用时随哪一项增长。'
  + '用时为新进程中运行编译后的命令（build/），取各次中最快一次；CPU 为这一次的 process.cpuUsage（全部线程，含工作线程、zlib 与 GC 线程）与主线程（/proc）的用时：'
  + '两核空闲时墙钟约为主线程 CPU 加上等待，负载高时墙钟主要反映负载。';

/** Rewrites the collect section and the collect target of BENCHMARKS.md with these results (the rest of the file as it is). */
async function writeBenchmarks(results: readonly CollectBenchResult[]): Promise<void> {
  const file = path.join(ROOT, 'BENCHMARKS.md');
  const text = await fs.readFile(file, 'utf8');
  const head = '## 收集填报（duban collect）\n';
  const start = text.indexOf(head);
  const end = text.indexOf('\n## ', start + head.length);
  if (start < 0 || end < 0) throw new Error('BENCHMARKS.md 中没有“收集填报（duban collect）”一节');
  const load = os.loadavg().map((l) => l.toFixed(1)).join(' / ');
  const section = `${head}\n${collectTableLines(results).join('\n')}\n\n${COLLECT_NOTE}\n\n`
    + `本节由 \`npx tsx scripts/bench-collect.ts --write\` 单独测量于 ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC（每行 ${results[0]?.runsMs.length ?? 0} 次），测量结束时负载（1/5/15 分钟）${load}，机器 ${os.cpus().length} 核。\n`;
  const target = /^- duban collect 300 份.*$/m;
  const updated = (text.slice(0, start) + section + text.slice(end)).replace(target, collectTargetLine(results));
  await fs.writeFile(file, updated);
}

if (process.argv[2] === '--collect-child') {
  collectChild(process.argv[3], process.argv[4], process.argv[5]).catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
} else if (require.main === module) {
  // --write: the full runs three times each, into BENCHMARKS.md; --quick: small runs, printed only
  const write = process.argv.includes('--write');
  collectBench(collectRuns(process.argv.includes('--quick') && !write), write ? 3 : 1).then(async (rs) => {
    process.stdout.write(`${collectTableLines(rs).join('\n')}\n${collectTargetLine(rs)}\n`);
    if (write) {
      await writeBenchmarks(rs);
      process.stdout.write('已写入 BENCHMARKS.md 的收集填报一节\n');
    }
  });
}
