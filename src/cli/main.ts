// The `duban` command: parses arguments, runs the engine over .xlsx files, prints and sets exit codes.
import * as path from 'path';
import { parseISO } from '../core/civil-date';
import { checkJson } from '../core/check-json';
import { formatCheckReport } from '../core/check-report';
import { countBySeverity } from '../core/issues';
import { sampleSheets } from '../core/sample';
import { templateSheets } from '../core/template';
import { CheckOptions, CheckResult, checkWorkbook } from '../core/validate';
import { FileWorkbook } from '../workbook/file';
import { ParsedArgs, UsageError, parseArgs, stringFlag } from './args';
import { InputError, fileExists, openWorkbookFile, readSampleTexts, todayInChina, writeFileAtomic } from './io';

export const USAGE = `督办 duban —— 任务分工表校验与汇总

用法：
  duban check 文件.xlsx [--sheet 工作表] [--year 年度] [--as-of YYYY-MM-DD] [--json]
      校验任务分工表：责任单位、完成时限、量化指标、逾期。有错误时退出码为 1，文件无法读取为 2。
  duban init 输出.xlsx [--sample] [--force]
      生成空白模板（--sample：填入六安市2023年示例数据）。已有文件需加 --force 才会覆盖。
  duban demo
      用内置示例生成 duban-demo.xlsx 并校验。
`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const consoleIo: Io = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
};

function checkOptions(args: ParsedArgs): CheckOptions {
  const sheet = stringFlag(args, 'sheet');
  const yearText = stringFlag(args, 'year');
  const asOfText = stringFlag(args, 'as-of');
  let year: number | undefined;
  if (yearText !== undefined) {
    year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 1900 || year > 2100) throw new UsageError(`--year 应为四位年份，如 2023（收到“${yearText}”）`);
  }
  let asOf;
  if (asOfText !== undefined) {
    asOf = parseISO(asOfText);
    if (!asOf) throw new UsageError(`--as-of 应为 YYYY-MM-DD 格式的有效日期（收到“${asOfText}”）`);
  }
  return { today: todayInChina(), ...(sheet !== undefined ? { sheet } : {}), ...(year !== undefined ? { year } : {}), ...(asOf ? { asOf } : {}) };
}

async function runCheck(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new UsageError('请给出要校验的 .xlsx 文件，如：duban check 任务分工表.xlsx');
  const options = checkOptions(args);
  const workbook = await openWorkbookFile(file);
  const result = checkWorkbook(await workbook.readAll(), options);
  printCheck(result, file, args.flags.has('json'), io);
  return exitCodeOf(result);
}

function printCheck(result: CheckResult, file: string, json: boolean, io: Io): void {
  if (json) io.out(JSON.stringify(checkJson(result, file), null, 2));
  else io.out(formatCheckReport(result, path.basename(file)));
}

function exitCodeOf(result: CheckResult): number {
  return countBySeverity(result.issues).error > 0 ? 1 : 0;
}

async function runInit(args: ParsedArgs, io: Io): Promise<number> {
  const out = args.positionals[1];
  if (!out) throw new UsageError('请给出输出文件名，如：duban init 任务分工表.xlsx');
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`输出文件应以 .xlsx 结尾（收到“${out}”）`);
  if ((await fileExists(out)) && !args.flags.has('force')) {
    throw new InputError(`${out} 已存在，未覆盖；如确要覆盖请加 --force`);
  }
  const workbook = FileWorkbook.create();
  const specs = args.flags.has('sample') ? sampleSheets(await readSampleTexts()) : templateSheets();
  await workbook.addSheets(specs);
  await writeFileAtomic(out, await workbook.save());
  io.out(`已生成 ${out}（${specs.map((s) => s.name).join('、')}）${args.flags.has('sample') ? '，已填入六安市2023年示例数据' : ''}`);
  return 0;
}

/** The built-in default: the sample workbook, written and checked. */
async function runDemo(args: ParsedArgs, io: Io): Promise<number> {
  const out = stringFlag(args, 'output') ?? 'duban-demo.xlsx';
  const workbook = FileWorkbook.create();
  await workbook.addSheets(sampleSheets(await readSampleTexts()));
  await writeFileAtomic(out, await workbook.save());
  const reread = await openWorkbookFile(out);
  const result = checkWorkbook(await reread.readAll(), { today: todayInChina() });
  io.out(`已用内置示例（六安市2023年）生成 ${out}，校验结果如下：\n`);
  printCheck(result, out, false, io);
  return 0;
}

/** Runs the command; returns the exit code (0 ok, 1 errors found, 2 input unreadable or usage). */
export async function run(argv: readonly string[], io: Io = consoleIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    const command = args.positionals[0];
    if (!command || args.flags.has('help') || command === 'help') {
      io.out(USAGE);
      return command || args.flags.has('help') ? 0 : 2;
    }
    switch (command) {
      case 'check':
        return await runCheck(args, io);
      case 'init':
        return await runInit(args, io);
      case 'demo':
        return await runDemo(args, io);
      default:
        throw new UsageError(`未知命令“${command}”。可用命令：check、init、demo（duban --help 查看用法）`);
    }
  } catch (e) {
    if (e instanceof UsageError || e instanceof InputError) {
      io.err(`duban：${e.message}`);
      return 2;
    }
    io.err(`duban：出现意外错误：${(e as Error).message ?? String(e)}`);
    return 2;
  }
}

export function main(argv: readonly string[]): void {
  run(argv).then((code) => {
    process.exitCode = code;
  });
}
