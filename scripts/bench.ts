// `npm run bench [-- --quick]`: measured speed and memory of reading, checking, reporting and writing; a full run writes BENCHMARKS.md.
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CivilDate } from '../src/core/dates/civil-date';
import type { Grid } from '../src/core/sheets/grid';
import type { FileWorkbook as FileWorkbookType } from '../src/workbook/file/file';
import { BenchSize, writeBenchWorkbook } from './bench-data';
import { OfficeFigures, officeFiguresInChild, officeTableLines } from './bench-office';
import { functionCosts } from './bench-functions';
import { COLLECT_NOTE, collectBench, collectRuns, collectTableLines, collectTargetLine } from './bench-collect';
import { SideBySide, compileCli, sideBySide, sideBySideLines } from './bench-libreoffice';

const ROOT = path.resolve(__dirname, '..');

/**
 * The engine, readers and writer as the `duban` command runs them: the JavaScript tsc compiles
 * into build/ (`npm run build:cli`), not this script's own on-the-fly transpilation by tsx, which
 * runs the same code measurably slower. Types come from the sources.
 */
function compiled() {
  const load = <T>(module: string): T => require(path.join(ROOT, 'build', module)) as T; // eslint-disable-line @typescript-eslint/no-require-imports
  return {
    ...load<typeof import('../src/core/validation/validate')>('core/validation/validate'),
    ...load<typeof import('../src/core/scoring/report')>('core/scoring/report'),
    ...load<typeof import('../src/core/scoring/summaries')>('core/scoring/summaries'),
    ...load<typeof import('../src/workbook/package/xlsx-stream')>('workbook/package/xlsx-stream'),
    ...load<typeof import('../src/workbook/sheet-edit/xlsx-patch')>('workbook/sheet-edit/xlsx-patch'),
    ...load<typeof import('../src/workbook/file/file')>('workbook/file/file'),
    ...load<typeof import('../src/workbook/zip')>('workbook/zip'),
    ...load<typeof import('../src/workbook/zip/node-codec')>('workbook/zip/node-codec'),
    runCli: load<typeof import('../src/cli/main')>('cli/main').run,
  };
}


const SIZES: BenchSize[] = [
  { label: '1k 任务 / 10k 台账', tasks: 1000, ledger: 10_000 },
  { label: '10k 任务 / 100k 台账', tasks: 10_000, ledger: 100_000 },
  { label: '50k 任务 / 500k 台账', tasks: 50_000, ledger: 500_000 },
];
const TODAY: CivilDate = { year: 2023, month: 6, day: 30 };

/** What one size's child process measures: medians in ms, peaks in MB. */
interface SizeResult {
  size: BenchSize;
  fileBytes: number;
  runs: number;
  writeRuns: number;
  /** Uncounted runs first, until the JIT has optimised the code (more at small sizes, where one run is short). */
  warmups: number;
  /** check + report of the very first run, in a fresh process (cold code), for comparison. */
  coldEngineMs: number;
  /** exceljs: FileWorkbook.load + readAll (the pane's reader outside Office; the engine ratio's yardstick). */
  readMs: number;
  /** The streaming reader (readXlsxGrids), as `duban check` and `duban report` read. */
  streamReadMs: number;
  checkMs: number;
  reportMs: number;
  writeMs: number;
  /** Peak RSS of streaming read + check (what `duban check` needs). */
  peakCheckMb: number;
  /** Peak RSS once exceljs has read the file too (measured last). */
  peakExceljsReadMb: number;
  /** Peak RSS of the `duban report` command in a process of its own, the highest of its runs. */
  peakReportMb: number;
  /** Wall time of that command (median), reading to writing the output file. */
  reportCommandMs: number;
  issues: number;
  tasks: number;
  ledgerEntries: number;
  /** The Office.js port against the Excel test double (scripts/bench-office.ts), measured by main() in a process of its own. */
  office?: OfficeFigures;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;
const maxRssMb = () => process.resourceUsage().maxRSS / 1024;
const gc = () => (globalThis as { gc?: () => void }).gc?.();
const minorGc = () => (globalThis as { gc?: (options: { type: 'minor' }) => void }).gc?.({ type: 'minor' });

/**
 * Child process: each run does what `duban check` does (streaming read, check), then what `duban
 * report` does (streaming read, report, generated sheets patched into the package); then, apart,
 * the exceljs full read (the pane's reader outside Office, and the yardstick of the engine ratio);
 * prints one JSON line.
 */
async function child(file: string, runs: number, writeRuns: number, warmups: number, sizeJson: string): Promise<void> {
  const { readXlsxGrids, checkWorkbook, reportFromCheck, summarySheets, patchGeneratedSheets, FileWorkbook, setZipCodec, NODE_ZIP_CODEC, VerifiedParts } = compiled();
  setZipCodec(NODE_ZIP_CODEC); // as the duban command does
  const read: number[] = [];
  const streamRead: number[] = [];
  const check: number[] = [];
  const report: number[] = [];
  const write: number[] = [];
  let peakCheck = 0;
  let issues = 0;
  let tasks = 0;
  let ledgerEntries = 0;
  const options = { today: TODAY };
  let coldEngineMs = 0;
  // the runs before 0 warm up (the JIT optimises the engine's code over several runs) and are not counted
  for (let run = -warmups; run < runs; run++) {
    const counted = run >= 0;
    const first = run === -warmups;
    gc();
    let t = process.hrtime.bigint();
    const bytes = await fs.readFile(file);
    const verified = new VerifiedParts(bytes); // the reader's record, handed to the writer as the command does
    let grids: Grid[] | null = await readXlsxGrids(bytes, { verified });
    if (counted) streamRead.push(ms(t));
    // Two minor collections move the grids out of the young generation and drop the reader's garbage,
    // charged to neither reading nor the engine. No full collection is forced here nor between check
    // and report: it would reset the heap's growth limits, and the engine, which keeps what it builds,
    // would then collect about twice as often (at 1k, twice the engine time).
    minorGc();
    minorGc();
    // duban check
    t = process.hrtime.bigint();
    const checked = checkWorkbook(grids, options);
    const checkMs = ms(t);
    if (counted) check.push(checkMs);
    if (first) peakCheck = maxRssMb(); // streaming read + check: what `duban check` needs
    tasks = checked.tasks.length;
    // duban report: the check above, then the ledger, the scores and the generated sheets
    t = process.hrtime.bigint();
    const built = reportFromCheck(grids, checked, options);
    const specs = summarySheets(built, { generatedAt: '2023-06-30 10:00', asOf: built.asOf });
    if (counted) report.push(ms(t));
    if (first) coldEngineMs = checkMs + ms(t);
    grids = null;
    gc();
    issues = built.issues.length;
    ledgerEntries = built.ledger.entries.length;
    if (run < writeRuns && run >= -1) { // one warm-up write, then the timed ones
      t = process.hrtime.bigint();
      const out = await patchGeneratedSheets(bytes, specs, { verified });
      if (counted) write.push(ms(t));
      if (out.bytes.length === 0) throw new Error('nothing written');
    }
  }

  // exceljs's full read, last: its peak must not count as check's or report's
  let peakExceljsRead = 0;
  for (let run = -warmups; run < runs; run++) {
    gc();
    const t = process.hrtime.bigint();
    let workbook: FileWorkbookType | null = await FileWorkbook.load(await fs.readFile(file));
    let grids: Grid[] | null = await workbook.readAll();
    if (run >= 0) read.push(ms(t)); // warmed up as above
    if (grids.length === 0) throw new Error('nothing read');
    if (run === -warmups) peakExceljsRead = maxRssMb();
    grids = null;
    workbook = null;
  }
  const size = JSON.parse(sizeJson) as BenchSize;
  const result: SizeResult = {
    size, fileBytes: (await fs.stat(file)).size, runs, writeRuns, warmups, coldEngineMs,
    readMs: median(read), streamReadMs: median(streamRead), checkMs: median(check), reportMs: median(report), writeMs: median(write),
    peakCheckMb: peakCheck, peakExceljsReadMb: peakExceljsRead, peakReportMb: 0, reportCommandMs: 0, issues, tasks, ledgerEntries,
  };
  if (process.env.DUBAN_BENCH_DEBUG) process.stderr.write(`${JSON.stringify({ read, streamRead, check, report, write })}\n`);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

/** Least-squares slope of log(y) against log(x). */
function growthExponent(xs: number[], ys: number[]): number | null {
  if (xs.length < 2) return null;
  const lx = xs.map(Math.log);
  const ly = ys.map(Math.log);
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  return num / den;
}

function machine(): string {
  const cpus = os.cpus();
  return `${cpus[0]?.model.trim() ?? '未知 CPU'}，${cpus.length} 核，内存 ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB，${os.type()} ${os.release()}，Node ${process.version}`;
}

const fmtMs = (x: number) => (x >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(x < 10 ? 1 : 0)} ms`);
const fmtMb = (x: number) => `${Math.round(x)} MB`;

async function main(): Promise<void> {
  const quick = process.argv.includes('--quick');
  const sizes = quick ? SIZES.slice(0, 2) : SIZES;
  process.stderr.write('编译 src → build/ …\n');
  compileCli();
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-bench-'));
  const started = Date.now();
  const results: SizeResult[] = [];
  let side: SideBySide | undefined;
  try {
    for (const size of sizes) {
      const file = path.join(dir, `bench-${size.tasks}-${size.ledger}.xlsx`);
      process.stderr.write(`生成 ${size.label} …\n`);
      await writeBenchWorkbook(file, size);
      // short runs vary most on a shared machine: more of them, so that the median holds
      const runs = quick ? (size.ledger > 50_000 ? 2 : 9) : size.ledger >= 500_000 ? 3 : size.ledger > 50_000 ? 7 : 15;
      // writing patches the package (seconds; it was the exceljs save, minutes and ~9 GB at 500k rows): --quick times fewer
      const writeRuns = quick ? (size.ledger > 50_000 ? 1 : 3) : runs;
      // the whole command in fresh processes: --quick runs it fewer times too
      const commandRuns = quick ? (size.ledger > 50_000 ? 1 : 2) : runs;
      // one run at 1k takes tens of milliseconds: the JIT needs several before the code is optimised
      const warmups = size.ledger <= 10_000 ? 8 : size.ledger <= 100_000 && !quick ? 2 : 1;
      process.stderr.write(`测量 ${size.label}（预热 ${warmups} 次，计时 ${runs} 次，写出 ${writeRuns} 次）…\n`);
      const child = spawnSync(
        process.execPath,
        ['--expose-gc', '--max-old-space-size=14000', '--import', 'tsx', __filename, '--child', file, String(runs), String(writeRuns), String(warmups), JSON.stringify(size)],
        { cwd: path.resolve(__dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] },
      );
      if (child.status !== 0) throw new Error(`子进程失败（${size.label}）：退出码 ${child.status} ${child.signal ?? ''}`);
      const line = child.stdout.trim().split('\n').pop()!;
      const result = JSON.parse(line) as SizeResult;
      // the command itself, as a clerk runs it: a fresh process each time, Node's default heap limit
      const commands: { ms: number; peakMb: number }[] = [];
      for (let run = 0; run < commandRuns; run++) {
        const command = spawnSync(process.execPath, ['--import', 'tsx', __filename, '--report-command', file, path.join(dir, 'report-out.xlsx')], {
          cwd: path.resolve(__dirname, '..'), encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'],
        });
        if (command.status !== 0) throw new Error(`duban report 失败（${size.label}）：退出码 ${command.status} ${command.signal ?? ''}`);
        commands.push(JSON.parse(command.stdout.trim().split('\n').pop()!));
      }
      result.reportCommandMs = median(commands.map((c) => c.ms));
      result.peakReportMb = Math.max(...commands.map((c) => c.peakMb));
      result.office = officeFiguresInChild(file);
      results.push(result);
      if (size.ledger === 100_000) {
        process.stderr.write('与 LibreOffice 并排测量（同一文件：duban report、LibreOffice 按公式重算通报、unzip -p）…\n');
        side = await sideBySide(file, quick ? 1 : 3);
      }
      await fs.rm(file, { force: true });
    }
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }

  process.stderr.write('测量自定义函数 …\n');
  const functions = functionCosts(quick ? { calls: 200_000, slowBudgetMs: 1000 } : {});

  process.stderr.write('测量 duban collect …\n');
  const collect = await collectBench(collectRuns(quick));
  const collectLines = collectTableLines(collect);

  const rowsOf = (r: SizeResult) => r.size.tasks + r.size.ledger;
  const engine = (r: SizeResult) => r.checkMs + r.reportMs;
  const exponent = growthExponent(results.map(rowsOf), results.map(engine));
  const readExponent = growthExponent(results.map(rowsOf), results.map((r) => r.readMs));

  const lines: string[] = [];
  lines.push('| 规模 | 文件 | 读取（exceljs） | 流式读取 | 校验 check | 汇总 report | 引擎首次运行 | 写出 | duban report 命令 | 引擎/读取 | 峰值 check | 峰值 exceljs 读取 | 峰值 duban report | 问题数 |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const ratio = engine(r) / r.readMs;
    lines.push(
      `| ${r.size.label} | ${(r.fileBytes / 2 ** 20).toFixed(1)} MB | ${fmtMs(r.readMs)} | ${fmtMs(r.streamReadMs)} | ${fmtMs(r.checkMs)} | ${fmtMs(r.reportMs)} | ${fmtMs(r.coldEngineMs)} | ${fmtMs(r.writeMs)} | ${fmtMs(r.reportCommandMs)} | ${(ratio * 100).toFixed(1)}% | ${fmtMb(r.peakCheckMb)} | ${fmtMb(r.peakExceljsReadMb)} | ${fmtMb(r.peakReportMb)} | ${r.issues} |`,
    );
  }
  const officeLines = officeTableLines(results);
  const fnLines = ['| 函数（src/functions/impl.ts） | 调用次数 | 不同输入 | 说明 | 每次调用 |', '|---|---:|---:|---|---:|'];
  for (const f of functions) fnLines.push(`| ${f.name} | ${f.calls.toLocaleString('en-US')} | ${f.distinct} | ${f.note} | ${f.nsPerCall < 1000 ? `${f.nsPerCall.toFixed(0)} ns` : `${(f.nsPerCall / 1000).toFixed(2)} µs`} |`);

  const largest = results[results.length - 1];
  const targets = [
    `- duban report 比 LibreOffice 按公式重算快 ≥ 25 倍（100k 台账，同一次运行）：${side ? `${side.ratio >= 25 ? '达到' : '未达到'}（${side.ratio.toFixed(1)}×）` : '未测（无 LibreOffice）'}`,
    `- duban report ≤ 解压下限（unzip -p）的 8 倍：${side ? `${side.floorRatio <= 8 ? '达到' : '未达到'}（${side.floorRatio.toFixed(1)}×）` : '未测'}`,
    collectTargetLine(collect),
    `- 引擎时间（check + report）≤ 读取时间的 20%：${results.every((r) => engine(r) / r.readMs <= 0.2) ? '达到' : '未达到'}（最高 ${(Math.max(...results.map((r) => engine(r) / r.readMs)) * 100).toFixed(1)}%）`,
    `- 线性增长：引擎时间对行数的增长指数 ${exponent === null ? '—' : exponent.toFixed(2)}（1.00 为线性；读取为 ${readExponent === null ? '—' : readExponent.toFixed(2)}）`,
    `- 500k 台账行峰值内存 < 1 GB：${largest.size.ledger >= 500_000 ? `check ${largest.peakCheckMb < 1024 ? '达到' : '未达到'}（${fmtMb(largest.peakCheckMb)}，流式读取；用 exceljs 读取时 ${fmtMb(largest.peakExceljsReadMb)}）；report ${largest.peakReportMb < 1024 ? '达到' : '未达到'}（${fmtMb(largest.peakReportMb)}，\`duban report\` 命令：流式读取 + 在 zip 层面写入生成表）` : '本次为 --quick，未测 500k'}`,
    `- 记忆化函数调用 < 1 µs：${functions.filter((f) => !f.wholeRange).every((f) => f.nsPerCall < 1000) ? '达到' : `未达到（${functions.filter((f) => !f.wholeRange && f.nsPerCall >= 1000).map((f) => `${f.name}，${f.note}`).join('；')}）`}` +
      `（${functions.filter((f) => !f.wholeRange).map((f) => f.name).join('、')}；每次传入整个单位名录区域的 UNITS 为 ${functions.filter((f) => f.wholeRange).map((f) => `${(f.nsPerCall / 1000).toFixed(1)} µs`).join(' / ')}，受逐格读参数的下限所限，见说明）`,
  ];

  const doc = `# 性能测量 BENCHMARKS

由 \`npm run bench${quick ? ' -- --quick' : ''}\`（scripts/bench.ts）生成于 ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC，用时 ${Math.round((Date.now() - started) / 1000)} s。

机器：${machine()}

## 工作簿

合成的六安式工作簿（scripts/bench-data.ts，固定随机种子）：任务分工表（标题行、分节行、牵头/配合单位、完成时限、量化指标、完成情况）、
单位名录 300 个单位（60 个市直部门、7 个县区政府、233 个乡镇街道，各带别名与所属分组）、媒体名录、报送台账、抽查结果、评分规则、设置。
单元格内容高度重复（牵头/配合单位、时限、指标从有偏分布的池中抽取），含别名、分组、错别字单位、占位时限、无法识别的指标等真实错误。
文件由 exceljs 流式写出（共享字符串、样式），与 Excel 保存的结构一致。

每个规模在单独的子进程中先预热 ${results.map((r) => r.warmups).join(' / ')} 次（不计；一次运行越短，JIT 优化代码所需的次数越多），再运行 ${results.map((r) => r.runs).join(' / ')} 次（写出 ${results.map((r) => r.writeRuns).join(' / ')} 次），取中位数；
每次运行前先做一次完整的垃圾回收（\`--expose-gc\`）；读取之后做两次新生代回收，把读出的网格移出新生代、清掉读取的垃圾，
不计入读取，也不计入引擎；读取与引擎之间、校验与汇总之间不强制完整回收（强制完整回收会重置堆的增长上限，
引擎保留它构建的数据，之后回收次数约加倍：1k 规模下引擎时间约翻一倍，\`duban report\` 命令中并无此事）。
每次运行：流式读取，校验（\`duban check\` 做的事），再在这次校验的基础上汇总（\`duban report\` 在校验之后做的事）；
exceljs 完整读取在全部运行之后单独测（预热次数相同）：

- **读取（exceljs）**：\`fs.readFile\` + \`FileWorkbook.load\`（exceljs 完整读取）+ \`readAll\`（转换为网格）：命令行已不用它，
  浏览器页面也已改用流式读取（在 Web Worker 中），只在修复、计算列、定稿等编辑时才把已通过流式读取的文件交给 exceljs；作为"引擎/读取"的基准（与以前的定义相同）
- **流式读取**：\`fs.readFile\` + \`readXlsxGrids\`（src/workbook/package/xlsx-stream.ts），\`duban check\` 与 \`duban report\` 的读取
- **校验 check**：\`checkWorkbook\`（流式读取的网格，内存中没有 exceljs 对象模型）
- **汇总 report**：\`reportFromCheck\`（台账、抽查、评分，用上面校验的结果）+ \`summarySheets\`（5 张生成表的内容）；
  \`duban report\` 的引擎时间 = 校验 + 汇总（\`buildReport\` 即先 \`checkWorkbook\` 再 \`reportFromCheck\`）
- **写出**：\`patchGeneratedSheets\`（src/workbook/sheet-edit/xlsx-patch.ts）：5 张生成表在 zip 层面写入原文件字节的副本，
  用户的各部件按原压缩字节复制（读取时已解压并核对过 CRC-32 的部件不再解压），只改写 workbook.xml、关系、内容类型、styles.xml（追加）、sharedStrings.xml（生成表的文字追加在共享字符串表末尾，表中已有的重用）、docProps/app.xml；
  与命令相同，用 Node 的 zlib 解压、压缩（src/workbook/zip/node-codec.ts：按 1 MB 分段在线程池中同时压缩；浏览器中为 DecompressionStream/CompressionStream）
- **引擎/读取**：(校验 + 汇总) ÷ 读取（exceljs），即 \`duban report\` 的全部引擎工作（校验只算一次）与同一文件 exceljs 读取时间之比，两者都是预热后的中位数
- **引擎首次运行**：子进程中第一次（未预热、代码未经 JIT 优化）的校验 + 汇总，即一次 \`duban report\` 命令中引擎实际所用的时间量级
- **duban report 命令**：另起子进程（Node 默认堆上限，与用户运行时相同）经命令行入口 \`run(['report', 文件, '-o', 输出])\` 完整运行一次，
  从读文件到输出文件改名到位的墙钟时间；运行次数同上，取中位数
- **峰值内存**：子进程的 maxRSS（\`process.resourceUsage()\`）：check 列为第一次流式读取并校验之后；exceljs 读取列为其后第一次 exceljs 读完之后
  （maxRSS 只增不减，所以 exceljs 放在最后）；duban report 列为上述单独的 \`duban report\` 进程，取各次最大值
  （运行编译后的 build/cli/main.js，与 \`duban\` 命令相同）

${lines.join('\n')}

引擎时间对行数（任务 + 台账）的增长指数（log 时间对 log 行数的最小二乘斜率）：**${exponent === null ? '—' : exponent.toFixed(2)}**（1.00 为线性）。

## 与 LibreOffice 并排（同一次运行，scripts/bench-libreoffice.ts）

文员的另一种做法：在同一份工作簿里加一张公式通报表（每个单位一行：报送数、采用数用 COUNTIFS，数量用 SUMIFS，排名用 RANK.EQ，
统计 2023-01-01 至 2023-06-30），由 LibreOffice 打开、重算、保存（\`soffice --headless --convert-to xlsx\`）；其结果读回后与脚本自己数出的逐单位核对，
没算出来的一次不能冒充快。同一次运行中另测 \`duban report\`（编译后的命令行，新进程）与 \`unzip -p\`（只解压文件：下限），
各测 ${side ? side.duban.length : 0} 次，三者交替进行，取各自最快一次（共用机器上的干扰只会加时），可用时以 \`nice -n -5\` 运行。
单独运行：\`npx tsx scripts/bench-libreoffice.ts\`。

${sideBySideLines(side).join('\n')}

## Office.js 端口（测试替身）

OfficeWorkbook（src/workbook/excel/office.ts）对 Excel 测试替身（test/workbook/excel-double.ts，按 Excel 网页版的限制：每次请求与响应不超过 5 MB）
读取整个工作簿（readAll），再写入 5 张生成表（writeGeneratedSheet），每个规模在单独的子进程中（Node 默认堆上限，scripts/bench-office.ts）测一次。
替身按行存放单元格（每行一个数组，不为每个单元格建对象），50 万行台账也放得下。读取用时为 readAll，写出用时为 5 次 writeGeneratedSheet
（不含 buildReport 与 summarySheets）；sync 次数随数据量增长（每次请求或响应约 2–3 MB），每张表另有固定的几次；峰值内存为该子进程的 maxRSS（含填满替身的流式读取）。

${officeLines.join('\n')}

## 自定义函数

${fnLines.join('\n')}

调用 src/functions/impl.ts 的函数（自定义函数的实现；测量见 scripts/bench-functions.ts），参数形式与 Excel 传入的相同：文字、序列号、二维数组。
Excel 的共享运行时以 JSON 消息收到每次调用的参数，所以这里的参数也都由 JSON.parse 得到：计时前预先解析好 65,536 次调用的参数
（单位名录区域另有 16 份各自解析的副本）轮换使用，解析本身不计时。JSON.parse 得到的字符串中，10 个字符以内的由 V8 内部化
（内容相同即同一对象，=== 只比较指针），更长的（如别名、所属分组）每份副本各是一个对象，=== 要逐字比较，与 Excel 中相同；
用其他方式构造的字符串没有这一性质，测得的时间会不同。
输入按有偏分布从少量不同文本中抽取（同一列公式大量重复的情形），先预热使记忆表填满。
UNITS 的单位名录参数：一行为同一个数组对象，一行为每次新的、内容相同的数组（Excel 每次调用都传入新数组）；
两行都把参数逐格与最近见过的名录比较（同一对象也不例外，以免漏掉原地修改），任一单元格不同即重新读取名录。
说明栏的对照：仅逐格读一遍该区域参数（不比较、不保存）的时间，即任何不漏格的检查的下限；以及运行时为每次调用解析这一参数的 JSON 所用的时间。
远慢于目标的函数只在 3 秒内尽量多调用（调用次数见表）。

## 收集填报（duban collect）

${collectLines.join('\n')}

${COLLECT_NOTE}

## 目标

${targets.join('\n')}

## 说明

${NOTES}
`;
  // a quick run prints only: BENCHMARKS.md keeps the last full run
  const target = quick ? null : path.resolve(__dirname, '..', 'BENCHMARKS.md');
  if (target) await fs.writeFile(target, `${doc}${await keptSections(target)}`);
  process.stdout.write(`${lines.join('\n')}\n\n${sideBySideLines(side).join('\n')}\n\n${officeLines.join('\n')}\n\n${collectLines.join('\n')}\n\n${fnLines.join('\n')}\n\n${targets.join('\n')}\n\n${target ? '已写入 BENCHMARKS.md' : '（--quick：未改写 BENCHMARKS.md，其中保留上次完整测量）'}\n`);
}

/** Below this line BENCHMARKS.md holds measurements made on their own (browser, reader comparisons): a full run keeps them as they are. */
const KEPT_MARKER = '<!-- 以下为单独测量的结果，npm run bench 重写本文件时原样保留 -->';

async function keptSections(file: string): Promise<string> {
  const old = await fs.readFile(file, 'utf8').catch(() => '');
  const at = old.indexOf(KEPT_MARKER);
  return at < 0 ? '' : `\n${old.slice(at)}`;
}

/** Findings behind the figures, kept with the script so that BENCHMARKS.md is always regenerated whole. */
const NOTES = `以下分析写于 2026-11，依据上表同一台机器上的测量；该机器只有 2 核，且与其他任务共用，单次计时可相差 ±50%，请看量级与趋势。

**引擎占读取的比例（目标 ≤ 20%）。** 以前的测量中发现并修正了下列问题（src/core，行为不变，全部测试通过）：

- 单位任务清单（summaries.ts）每加一项任务就复制一次该单位的整个列表，O(n²)：改为追加。
- 生成表每个单元格各建一个样式对象（summary-layout.ts），写出时 exceljs 逐格比较样式：改为每种样式共用一个对象。
- 单位名称纠错建议对名录中每个候选名都重新拆分字符并分配两行数组（units.ts、edit-distance.ts）：候选名预先拆分，数组复用。
- 合并单元格展开时复制整张表的每一行（grid.ts fillMerges）：只复制被合并区域覆盖的行。
- 台账每行都对媒体名称做 NFKC 规范化、对级别做正则匹配（media-sheet.ts、ledger-sheet.ts）：按原文记忆。
- 任务表逐行检测"重复表头"时对每个单元格（包括几十字的任务内容）做 NFKC 规范化（headers.ts、task-sheet.ts）：过长且无可去除字符的文字直接跳过。

2026-11-22 又做了：

- 单位任务清单中同一任务在它的每个单位下各占一行（50k 任务时 59 万行）：任务的 5 个单元格只建一次、各行共用，
  不再先建每行的值数组；其他生成表中同一样式下相同的文字也共用一个单元格（summaries.ts、summary-layout.ts）。
- 问题排序：每个问题的位置折算成一个数（工作表·行·列·级别），逐行发现的问题多已有序，有序时不排序；
  台账的问题按工作表顺序插入，不再与校验的问题一起重排（validate.ts、report.ts）。
- 单位名称：不含括号的文字不做括号配对，只含汉字与字母数字的名称不做 NFKC 与各项替换（units.ts）。1k 任务的校验约 17.6 → 11.5 ms。
- 纠错建议：候选名缺少的每个所写字符至少要一次编辑，缺的字符数已超过允许的编辑距离就不再计算编辑距离（units.ts closest）。
- 台账的日期：同一单元格值只读一次，各行共用同一个日期对象（一年只有 365 个日期，台账却有几十万行；ledger-sheet.ts）；
  任务表每格的 A1 地址在读表时直接生成，列字母预先算好（task-sheet.ts、grid.ts）。这两项减少的是被保留的对象，新生代回收要复制的就少。
- 测量本身：以前 report 一栏是 \`buildReport\`，内含第二次完整校验，比例中校验被计入两次；现在汇总用 \`reportFromCheck\` 接着这次校验做，
  分子正是 \`duban report\` 的全部引擎工作。以前子进程经 tsx 即时转译 TypeScript 运行，同一代码比 tsc 编译的 build/ 慢得多（1k 时约 1.5–2 倍），
  现在测的是 \`duban\` 命令实际运行的 build/。以前在引擎前强制完整回收，重置了堆的增长上限，使引擎的回收次数加倍，现在不这样做（见上）。
  小规模一次运行只有几十毫秒，JIT 要多次运行才把代码优化好，所以先预热若干次；"引擎首次运行"一栏给出冷启动时的量级。

仍需注意：1k 规模的比例最接近目标（约 15–18%），其中相当一部分是垃圾回收（引擎保留它构建的任务、问题、台账与生成表，新生代回收时要复制）；
这台 2 核、与其他任务共用的机器上单次计时可相差 ±50%，故小规模计时 15 次（--quick 为 9 次）取中位数。同一子进程中各次运行的汇总时间可在 21–71 ms 之间（1k），
多半取决于那一次是否赶上读取之后开始的增量标记；\`--quick\` 为在一分钟内跑完，10k 规模只预热 1 次、计时 2 次。
引擎时间随行数次线性增长（增长指数见上），没有 O(n²) 的环节。

**500k 台账行的内存（目标 < 1 GB）。** exceljs 完整读取约为文件大小的 75–90 倍（见"峰值 exceljs 读取"列），
写出整个工作簿时还要再构建一份 XML 与压缩数据。为此：

- 读取用流式读取 src/workbook/package/xlsx-stream.ts（按块解压，用一个 \`TextDecoder\` 以 \`{stream: true}\` 解码，跨块的汉字完整保留；
  test/xlsx-stream.test.ts 以 1–16384 字节的块大小验证，并在全部测试工作簿上与 exceljs 读取结果逐格比较），\`duban check\` 与 \`duban report\` 都用它。
- 写出用 src/workbook/sheet-edit/xlsx-patch.ts 在 zip 层面修补原文件的字节：用户的每个部件（工作表、共享字符串、图表、图片、批注、数据透视表……）
  按原压缩字节复制，既不解压也不解析；只改写 workbook.xml（工作表列表与督办的标记名称，用户定义的名称原样保留）、
  workbook.xml.rels、[Content_Types].xml、styles.xml（只在末尾追加生成表需要的字体、填充、边框、数字格式与单元格格式，已有编号不变；
  与已有条目相同的直接复用，反复生成不会增长）和 docProps/app.xml（工作表标题）。生成表写成新的工作表部件（内联字符串，
  sharedStrings.xml 不动），边生成 XML 边压缩，不拼成整串。被替换的旧生成表连同只有它用到的部件（关系、批注等）一起移除。

单独测量 50k 任务 / 500k 台账（25.2 MB）的 \`duban report\`（编译后的命令行，每次一个新进程，maxRSS 与墙钟时间，同一台机器）：
改前（exceljs 读入整个工作簿、写入 5 张生成表、再写出整个工作簿；测量时放宽了堆上限 \`--max-old-space-size=14000\`）
用时 282 s，峰值 9050 MB；改为流式读取与 zip 修补后 3 次为 15.1 s / 15.4 s / 14.8 s，峰值 927 MB / 978 MB / 914 MB，余量不大；
单位任务清单的单元格共用之后（见上），峰值降到约 0.67–0.75 GB（见表中"峰值 duban report"）。
内存主要是引擎本身：报告对象（约 260 MB，含 50 万条台账及其文字）与生成表的 SheetSpec；zip 修补本身只多用几十 MB（输入与输出的字节、压缩后的生成表）。
生成表共约 3.7 亿字符的 XML（单位任务清单即占 3.2 亿），压缩后输出 54 MB（输入 26 MB；exceljs 用共享字符串，输出 46 MB），
写出约 6 s，主要花在生成、UTF-8 编码与 deflate 这些 XML 上。
若还要更省：让 summarySheets 逐张生成（生成一张、写出一张、释放一张）。exceljs 的写出路径还会丢掉它不认识的部件（例如图表），
test/workbook/xlsx-patch.test.ts 验证了这一点，也验证了新路径逐字节保留用户的每个部件、Excel 式的包结构一致、exceljs 与 LibreOffice 都能打开。

**Office.js 端口（测试替身）。** 50k 规模写出 5 张生成表以前约 16 s，其中约 15 s 花在第一次 sync 之前规划写入：
每个单元格的样式被 JSON 序列化约三次；现在每个样式对象只序列化一次（office.ts 的 styleKey），见上表写出用时。
每次请求与响应都在 2–3 MB，低于 Excel 网页版的 5 MB；sync 次数随数据量增长（约每 2–3 MB 一次），是请求大小上限的必然结果，
每张表另有固定的几次。替身不是 Excel：真实 Excel 中的用时没有测过。

**自定义函数（目标 < 1 µs）。** QUOTA 以前约 0.9 µs（每次调用都拼接记忆键字符串再查表，并重新计算 expectedCount）：
现在按 文字 → 起始序列号 → 截止序列号 三层 Map 记忆结果（错误也记忆；共 2 万项，超出即清空），命中时不构造键、不解析、不计算，约 70–80 ns。
DEADLINE 的解析记忆同样改为 计划年度 → 文字 两层 Map，不再每次拼接键，约 0.3 µs → 约 0.2 µs。
UNITS 以前约 150 µs（每次复制单位名录区域并 JSON.stringify 作为记忆键），后来约 35 µs（每次把整个区域转换成单元格值的新数组并计算内容哈希）。
现在 src/core/sheets/range-tables.ts 的 RecentRanges 把参数本身与最近见过的 4 个区域逐格比较（===；''、空值视为相同；遇到第一个不同的单元格即停止；
其下的空行、其右的空列也逐格确认为空，所以整列引用 A:D 还要读完其下一百多万个空行，约 9 ms，与以前相同），命中时不转换、不复制、不分配；
含错误值等对象的区域在这一层不保存，转换后再按单元格值比较（错误值按其文字）。LEVEL、POINTS 的区域参数同样处理。
拆分结果按名录与文字记忆，返回同一个冻结的数组（Excel 运行时只把结果序列化，不修改它）。
UNITS 现在约 5 µs，仍未达到 1 µs，但已接近逐格读这一参数的下限：301×4 = 1204 个单元格，仅逐格读一遍约 1.5 µs，
与另一份副本逐格 === 比较约 4 µs（约 270 个超过 10 个字符的字符串不是内部化的，要逐字比较）；
而 Excel 运行时为每次调用解析这一参数的 JSON 本身约需 55 µs（见表中说明栏）。在不漏掉任何单元格变化的前提下，
要低于 1 µs 只能不读整个参数（例如抽样比较或只认数组对象），那样会把改过的名录当作没改，所以没有这样做。
只要单位名录是每次调用都传入的 1204 个单元格，逐格读一遍就已超过 1 µs；而"工作簿数据只经区域参数传入，不在 Excel 背后读取"（issue 4）
又不允许函数自己去读名录。为此增加了 DUBAN.REGISTRY(单位名录!A:D)（src/core/units/registry-handles.ts）：它读一次名录，返回一个句柄
（如"单位名录#1a2b3c4d（300 个单位）"，由名录内容的哈希与单位数构成）；UNITS、CHECKUNITS 引用句柄所在的单元格代替名录区域，
每次调用只传一个单元格，查表即得名录，见上表"名录句柄"一行。依赖关系仍由 Excel 管：名录改动 → REGISTRY 重算、句柄改变 → 引用它的公式重算；
句柄由内容决定，重新打开工作簿后也不会指向另一份名录，只可能"尚未载入"（此时函数给出 #N/A，说明按 Ctrl+Alt+F9 重算）。
这也省下了 Excel 每次调用序列化、解析整个名录的开销（上表说明栏中每次约 55 µs）。直接传区域的写法仍然可用，约 5 µs。`;

/** Child process: `duban report FILE -o OUT` through the CLI's own entry (output silenced); prints time and peak RSS. */
async function reportCommand(file: string, out: string): Promise<void> {
  const t = process.hrtime.bigint();
  const { runCli } = compiled();
  const code = await runCli(['report', file, '-o', out, '--as-of', '2023-06-30'], { out: () => undefined, err: (text) => process.stderr.write(`${text}\n`) });
  const elapsed = ms(t);
  if (code !== 0 && code !== 1) throw new Error(`duban report 退出码 ${code}`);
  process.stdout.write(`${JSON.stringify({ ms: elapsed, peakMb: maxRssMb() })}\n`);
}

if (process.argv[2] === '--report-command') {
  reportCommand(process.argv[3], process.argv[4]).catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
} else if (process.argv[2] === '--child') {
  child(process.argv[3], Number(process.argv[4]), Number(process.argv[5]), Number(process.argv[6]), process.argv[7]).catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
} else {
  main().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
