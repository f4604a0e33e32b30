// 生成汇总 on the browser page's port (`tsx scripts/bench-package-generate.ts [tasks ledger]`, default 10k tasks /
// 100k ledger rows): the package opened, then PaneActions.generate writing its six sheets, on the web streams' codec
// the page uses; prints the time of each phase and of the sheet list afterwards.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { PaneActions } from '../src/taskpane/actions';
import { PackageWorkbook } from '../src/workbook/file/package-workbook';
import { writeBenchWorkbook } from './bench-data';

async function main(): Promise<void> {
  const tasks = Number(process.argv[2] ?? 10_000);
  const ledger = Number(process.argv[3] ?? 100_000);
  const file = path.join(os.tmpdir(), `duban-bench-package-${tasks}-${ledger}.xlsx`);
  await fs.access(file).catch(() => writeBenchWorkbook(file, { label: `${tasks}/${ledger}`, tasks, ledger }));
  const bytes = new Uint8Array(await fs.readFile(file));
  let t = performance.now();
  const workbook = await PackageWorkbook.open(bytes);
  const open = performance.now() - t;
  const actions = new PaneActions(workbook, { now: () => Date.UTC(2023, 5, 30, 2) });
  const phases: Record<string, number> = {};
  t = performance.now();
  const outcome = await actions.generate({}, (p) => void (phases[p.phase] ??= performance.now() - t));
  const generate = performance.now() - t;
  t = performance.now();
  await workbook.listSheets();
  const list = performance.now() - t;
  const ms = (n: number) => `${(n / 1000).toFixed(2)} s`;
  console.log(`${tasks} 项任务 / ${ledger} 行台账：打开 ${ms(open)}；生成汇总 ${ms(generate)}（计算完毕于 ${ms(phases.write ?? 0)}，写出 ${outcome.sheets.length} 张表 ${ms(generate - (phases.write ?? 0))}）；之后列出工作表 ${ms(list)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
