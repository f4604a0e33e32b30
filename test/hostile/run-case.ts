// Child process of the hostile-corpus test: runs `duban check --json`, then `duban report`, on each file in turn (heap capped by the parent, collected between files) and prints one JSON line per file.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { run } from '../../src/cli/main';
import { scanPart } from '../../src/workbook/xml/xml';
import { readXlsxGrids } from '../../src/workbook/package/xlsx-stream';
import { readZipDirectory } from '../../src/workbook/zip';

/** The sheet names of a workbook, and that every XML part of it parses (each inflated: sizes and CRC checked). */
async function inspect(file: string): Promise<{ sheets: string[]; problem?: string }> {
  try {
    const bytes = await fs.readFile(file);
    const sheets = (await readXlsxGrids(bytes)).map((g) => g.name);
    for (const entry of readZipDirectory(bytes).values()) {
      if (/\.(xml|rels)$/i.test(entry.name)) await scanPart(bytes, entry, { open: () => undefined, close: () => undefined, text: () => undefined });
    }
    return { sheets };
  } catch (e) {
    return { sheets: [], problem: (e as Error).message };
  }
}

/**
 * CPU milliseconds this process spent since `start` (user + system): the bound on a hostile case is on the work it
 * causes, which a busy machine does not inflate as it does wall-clock time.
 */
function cpuMs(start: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const file of process.argv.slice(2)) {
    gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    let out = '';
    let err = '';
    const cpuStarted = process.cpuUsage();
    const code = await run(['check', file, '--json', '--as-of', '2023-06-01'], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    const ms = cpuMs(cpuStarted);
    // report on what check read: the writer must keep the user's sheets and write what parses
    let report: { code: number; err: string; ms: number; before: string[]; after?: { sheets: string[]; problem?: string } } | undefined;
    if (code !== 2) {
      const output = path.join(os.tmpdir(), `duban-hostile-${process.pid}.xlsx`);
      await fs.rm(output, { force: true });
      let reportErr = '';
      const reportCpu = process.cpuUsage();
      const reportCode = await run(['report', file, '-o', output, '--as-of', '2023-06-01'], { out: () => undefined, err: (t) => (reportErr += `${t}\n`) });
      const reportMs = cpuMs(reportCpu);
      const before = (await inspect(file)).sheets;
      report = { code: reportCode, err: reportErr, ms: reportMs, before, ...(reportCode === 2 ? {} : { after: await inspect(output) }) };
      await fs.rm(output, { force: true });
    }
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    process.stdout.write(`${JSON.stringify({ file, code, out, err, ms, rssMb: peak / 1024 / 1024, report })}\n`);
  }
}

main();
