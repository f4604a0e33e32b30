// The Office.js port against the Excel test double for `npm run bench`, in a process of its own (`tsx scripts/bench-office.ts FILE` prints one JSON line).
import { spawnSync } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { CivilDate } from '../src/core/dates/civil-date';
import { Grid } from '../src/core/sheets/grid';
import { buildReport } from '../src/core/scoring/report';
import { summarySheets } from '../src/core/scoring/summaries';
import { OfficeWorkbook } from '../src/workbook/excel/office';
import { readXlsxGrids } from '../src/workbook/package/xlsx-stream';
import { WorkbookModel } from '../test/workbook/excel-double';

const TODAY: CivilDate = { year: 2023, month: 6, day: 30 };

export interface OfficeFigures {
  readSyncs: number;
  readLargestResponseBytes: number;
  writeSyncs: number;
  writeLargestRequestBytes: number;
  /** readAll through the port, ms. */
  readMs: number;
  /** The five generated sheets written through writeGeneratedSheet, ms (buildReport and summarySheets not counted). */
  writeMs: number;
  /** Peak RSS of the whole measurement's process (the streaming read that fills the double included), MB. */
  peakMb: number;
  /** Why writing failed, when it did. */
  writeError?: string;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

/** Reads the workbook through OfficeWorkbook from the Excel double and writes the five generated sheets back. */
export async function officeFigures(grids: Grid[]): Promise<OfficeFigures> {
  const model = new WorkbookModel();
  for (const g of grids) {
    const sheet = model.addSheet(g.name);
    g.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v === null || v === undefined) return;
        sheet.setCell(r, c, { value: typeof v === 'object' ? v.error : v }); // Office.js reads an error as its text
      }),
    );
    sheet.merges.push(...g.merges.map((m) => ({ ...m })));
    if (g.hidden) sheet.visibility = 'Hidden';
  }
  grids = []; // the caller's reference may go too: the double holds the workbook now
  const port = new OfficeWorkbook(model.run, { supports: () => true });
  let t = process.hrtime.bigint();
  const read = await port.readAll();
  const readMs = ms(t);
  const readSyncs = model.syncs.slice();
  const built = buildReport(read, { today: TODAY });
  const specs = summarySheets(built, { generatedAt: '2023-06-30 10:00', asOf: built.asOf });
  let writeError: string | undefined;
  t = process.hrtime.bigint();
  try {
    await port.writeGeneratedSheets(specs); // as 生成汇总 writes them
  } catch (e) {
    const where = /\((.*src\/workbook\/[^)]*)\)/.exec((e as Error).stack ?? '')?.[1]?.replace(/^.*\/src\//, 'src/');
    writeError = `${(e as Error).name}: ${(e as Error).message}${where ? `（${where}）` : ''}`;
  }
  const writeMs = ms(t);
  const writeSyncs = model.syncs.slice(readSyncs.length);
  const largest = (xs: number[]) => xs.reduce((a, b) => Math.max(a, b), 0);
  return {
    readSyncs: readSyncs.length,
    readLargestResponseBytes: largest(readSyncs.map((x) => x.responseBytes)),
    writeSyncs: writeSyncs.length,
    writeLargestRequestBytes: largest(writeSyncs.map((x) => x.requestBytes)),
    readMs,
    writeMs,
    peakMb: process.resourceUsage().maxRSS / 1024,
    ...(writeError ? { writeError } : {}),
  };
}

/**
 * Runs officeFigures on a bench workbook in a process of its own, so that its peak memory is its own
 * and disturbs no other figure; Node's default heap limit (at 500k ledger rows it needs about 1.1 GB).
 */
export function officeFiguresInChild(file: string): OfficeFigures {
  process.stderr.write(`测量 Office.js 端口（测试替身）：${path.basename(file)} …\n`);
  const child = spawnSync(process.execPath, ['--import', 'tsx', __filename, file], {
    cwd: path.resolve(__dirname, '..'), encoding: 'utf8', maxBuffer: 1 << 20, stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (child.status !== 0) throw new Error(`Office 测量子进程失败（${path.basename(file)}）：退出码 ${child.status} ${child.signal ?? ''}`);
  return JSON.parse(child.stdout.trim().split('\n').pop()!) as OfficeFigures;
}

/** The Office table of BENCHMARKS.md: one row per size that has figures. */
export function officeTableLines(results: readonly { size: { label: string }; office?: OfficeFigures }[]): string[] {
  const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(2)} MB`;
  const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
  const lines = ['| 规模 | 读取 sync 次数 | 最大响应 | 读取用时 | 写出 sync 次数 | 最大请求 | 写出用时 | 峰值内存 |', '|---|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of results) {
    const o = r.office;
    if (!o) continue;
    const w = o.writeError ? `（写出失败：${o.writeError}）` : '';
    lines.push(`| ${r.size.label} | ${o.readSyncs} | ${mb(o.readLargestResponseBytes)} | ${s(o.readMs)} | ${o.writeSyncs}${w} | ${mb(o.writeLargestRequestBytes)} | ${s(o.writeMs)} | ${Math.round(o.peakMb)} MB |`);
  }
  return lines;
}

if (require.main === module) {
  (async () => {
    const figures = await officeFigures(await readXlsxGrids(await fs.readFile(process.argv[2])));
    process.stdout.write(`${JSON.stringify(figures)}\n`);
  })().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
