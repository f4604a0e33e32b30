// The WPS port against the ET double (`tsx scripts/bench-wps.ts [tasks ledger]`, default 10k tasks /
// 100k ledger rows): readAll through ET, then the five generated sheets written back, counting calls
// and the payload crossing the bridge as the Office bench counts syncs and bytes, and the longest
// slice the pane waits (real time of the port and the double plus a modelled cost per call and cell).
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { CivilDate } from '../src/core/dates/civil-date';
import { buildReport } from '../src/core/scoring/report';
import { summarySheets } from '../src/core/scoring/summaries';
import { readXlsxGrids } from '../src/workbook/package/xlsx-stream';
import { WpsWorkbook } from '../src/workbook/wps/wps-workbook';
import { modelFromGrids } from '../test/workbook/model-from-grids';
import { EtDouble } from '../test/workbook/wps-double';
import { writeBenchWorkbook } from './bench-data';

const TODAY: CivilDate = { year: 2023, month: 6, day: 30 };

export interface WpsFigures {
  readonly label: string;
  readonly readCalls: number;
  readonly readBytes: number;
  readonly readMs: number;
  readonly writeCalls: number;
  readonly writeBytes: number;
  readonly writeMs: number;
  /** The longest stretch without yielding to the page while reading, and while writing, ms (real + modelled). */
  readonly longestReadSliceMs: number;
  readonly longestWriteSliceMs: number;
  readonly slices: number;
  /** The modelled bridge cost within read + write, ms. */
  readonly modelledMs: number;
  readonly perCallMs: number;
  readonly perCellMs: number;
}

const ms = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

export async function wpsFigures(label: string, file: string, perCallMs = 0.02, perCellMs = 0.0005): Promise<WpsFigures> {
  const model = modelFromGrids(await readXlsxGrids(await fs.readFile(file)));
  const et = new EtDouble(model, { perCallMs, perCellMs });
  const port = new WpsWorkbook(et.Application, { now: et.now, fileReadCells: Number.POSITIVE_INFINITY });
  let t = process.hrtime.bigint();
  const read = await port.readAll();
  const readMs = ms(t);
  const readCalls = et.calls;
  const readBytes = et.bytesOut;
  const longestReadMs = port.longestSliceMs;
  port.host.slicer.longest = 0;
  const report = buildReport(read, { today: TODAY });
  const specs = summarySheets(report, { generatedAt: '2023-06-30 10:00', asOf: report.asOf });
  t = process.hrtime.bigint();
  await port.writeGeneratedSheets(specs); // as 生成汇总 writes them
  const writeMs = ms(t);
  return {
    label, readCalls, readBytes, readMs,
    writeCalls: et.calls - readCalls, writeBytes: et.bytesIn, writeMs,
    longestReadSliceMs: longestReadMs, longestWriteSliceMs: port.longestSliceMs, slices: port.host.slicer.slices, modelledMs: et.modelledMs, perCallMs, perCellMs,
  };
}

/** The table lines for BENCHMARKS.md. */
export function wpsTableLines(rows: readonly WpsFigures[]): string[] {
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(1)} MB`;
  const s = (x: number) => `${(x / 1000).toFixed(1)} s`;
  const lines = ['| 规模 | 读取调用 | 读取数据量 | 读取用时 | 写出调用 | 写出数据量 | 写出用时 | 最长一段（读 / 写） | 段数 | 其中模拟的桥接耗时 |', '|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|'];
  for (const r of rows) {
    lines.push(`| ${r.label} | ${r.readCalls.toLocaleString('en')} | ${mb(r.readBytes)} | ${s(r.readMs)} | ${r.writeCalls.toLocaleString('en')} | ${mb(r.writeBytes)} | ${s(r.writeMs)} | ${Math.round(r.longestReadSliceMs)} / ${Math.round(r.longestWriteSliceMs)} ms | ${r.slices} | ${s(r.modelledMs)} |`);
  }
  return lines;
}

if (require.main === module) {
  (async () => {
    const tasks = Number(process.argv[2] ?? 10_000);
    const ledger = Number(process.argv[3] ?? 100_000);
    const label = `${tasks / 1000}k 任务 / ${ledger / 1000}k 台账`;
    const file = path.join(os.tmpdir(), `duban-bench-wps-${tasks}-${ledger}.xlsx`);
    await writeBenchWorkbook(file, { label, tasks, ledger });
    const figures = await wpsFigures(label, file);
    process.stdout.write(`${wpsTableLines([figures]).join('\n')}\n${JSON.stringify(figures)}\n`);
  })().catch((e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exit(1);
  });
}
