// The `duban` command: parses arguments, runs the engine over .xlsx files, prints and sets exit codes.
import * as path from 'path';
import { CivilDate, compareDates, daysInMonth, parseISO } from '../core/dates/civil-date';
import { checkJson } from '../core/validation/check-json';
import { formatCheckReport } from '../core/validation/check-report';
import { countBySeverity } from '../core/validation/issues';
import { sampleSheets } from '../core/sheets/sample';
import { templateSheets } from '../core/sheets/template';
import { ReportOptions, buildReport, checkWithLedger, reportJson } from '../core/scoring/report';
import { formatBulletin } from '../core/scoring/report-text';
import { explainUnit } from '../core/scoring/breakdown';
import { summarySheets } from '../core/scoring/summaries';
import { Period } from '../core/scoring/tally';
import { CheckOptions, CheckResult } from '../core/validation/validate';
import { bulletinContent, campaignName } from '../core/bulletin/content';
import { ParsedArgs, UsageError, parseArgs, stringFlag } from './args';
import { VerifiedParts, setZipCodec } from '../workbook/zip';
import { NODE_ZIP_CODEC } from '../workbook/zip/node-codec';
import { printableIo } from './printable';
import { parseColumnMap } from '../core/sheets/column-map';
import {
  InputError, checkOutputKind, fileExists, gridsOfWorkbook, nowInChina, readInputBytes, readSampleTexts, readWorkbookGrids, sameFile, todayInChina, withGeneratedSheetsInPieces, writeFileAtomic,
} from './io';

export const USAGE = `督办 duban —— 任务分工表校验与汇总

用法：
  duban check 文件.xlsx [--sheet 工作表] [--year 年度] [--as-of YYYY-MM-DD] [--columns 任务=B,牵头=C,配合=D,时限=E] [--json]
      校验任务分工表：责任单位、完成时限、量化指标、逾期。有错误时退出码为 1，文件无法读取为 2。
      --columns 指定各列的角色（也可写在“设置”表的“列映射”行），覆盖自动识别的表头。
  duban init 输出.xlsx [--sample] [--force]
      生成空白模板（--sample：填入六安市2023年示例数据）。已有文件需加 --force 才会覆盖。
  duban report 文件.xlsx -o 输出.xlsx [--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD]
               [--as-of YYYY-MM-DD] [--year 年度] [--sheet 工作表] [--columns 任务=B,牵头=C] [--json]
      统计报送、评分排名，生成校验结果、单位任务清单、通报、得分明细、逾期预警、年度考核等汇总表（原文件不变）。
      不给期间时，report、bulletin、forms、collect 和任务窗格都取截止日（--as-of，或“设置”表的统计截止日）所在月份。
  duban report 文件.xlsx --explain 单位名 [--month YYYY-MM | --from … --to …]
      逐项说明该单位的总分是怎样算出来的（按“评分规则”：报送、采用、批示、基础分、扣分、加减分，不适用的项目）；不写文件。
  duban bulletin 文件.xlsx -o 通报.docx [--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD]
               [--as-of YYYY-MM-DD] [--year 年度] [--sheet 工作表]
      生成公文格式的通报（Word 文档）：基本情况、存在问题、下一步要求，附件为各类单位排名表。
  duban import 方案.docx|方案.txt -o 任务分工表.xlsx [--year 年度] [--tasks-from 分工表|正文] [--force]
      从宣传方案（Word .docx 或文本）读出各项措施、责任单位、时限和指标，生成任务分工表（含来源段落）、单位名录和设置。
      方案附有任务分工表时按分工表（原序号）生成，正文措施作为背景；--tasks-from 正文 改按正文措施。
  duban forms 文件.xlsx -o 文件夹 [--month YYYY-MM | --from … --to …] [--units 单位1,单位2]
      为每个责任单位生成一份填报表（本单位任务、报送登记、进展），发给各单位填写。
  duban collect 文件.xlsx 填报表或文件夹… -o 输出.xlsx [--month YYYY-MM | --from … --to …] [--due YYYY-MM-DD] [--received YYYY-MM-DD | --received-list 收件日期.txt] [--notice 催办通知.docx]
      把各单位返回的填报表和“单位-日期-工作信息.docx”并入报送台账（写明来源，重复的只计一次，错行退回并说明原因），
      写入牵头单位填报的进展，生成收集情况表，列出未报送单位并给出催办通知。原文件不变。
  duban holidays 节假日安排通知.txt|.docx [文件.xlsx -o 输出.xlsx] [--year 年度]
      读取国务院办公厅“关于YYYY年部分节假日安排的通知”（内置数据没有的年份），列出各节日的休息日和调休上班日；
      给出工作簿时写入其“节假日”表（没有则新建；已有的行不改动，与通知不同的逐日列出）。
  duban demo [-o 输出.xlsx] [--force]
      用内置示例（六安市2023年）生成全部汇总表，写入 duban-demo.xlsx，并打印通报。
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
  const columnsText = stringFlag(args, 'columns');
  let columns;
  if (columnsText !== undefined) {
    const parsed = parseColumnMap(columnsText);
    if (!parsed.ok) throw new UsageError(`--columns ${parsed.error}（收到“${columnsText}”）`);
    columns = parsed.map;
  }
  return {
    today: todayInChina(), ...(sheet !== undefined ? { sheet } : {}), ...(year !== undefined ? { year } : {}), ...(asOf ? { asOf } : {}),
    ...(columns ? { columns } : {}),
  };
}

async function runCheck(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new UsageError('请给出要校验的 .xlsx 文件，如：duban check 任务分工表.xlsx');
  const options = checkOptions(args);
  // check only reads: the streaming reader, not exceljs's whole model (BENCHMARKS.md); the ledger is
  // checked too, so that check, report and the pane count the same issues
  const result = checkWithLedger(await readWorkbookGrids(file), options);
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
  const { FileWorkbook } = await import('../workbook/file/file');
  const workbook = FileWorkbook.create();
  const specs = args.flags.has('sample') ? sampleSheets(await readSampleTexts()) : templateSheets();
  await workbook.addSheets(specs);
  await writeFileAtomic(out, await workbook.save());
  io.out(`已生成 ${out}（${specs.map((s) => s.name).join('、')}）${args.flags.has('sample') ? '，已填入六安市2023年示例数据' : ''}`);
  return 0;
}

function periodOf(args: ParsedArgs): Period | undefined {
  const month = stringFlag(args, 'month');
  const fromText = stringFlag(args, 'from');
  const toText = stringFlag(args, 'to');
  if (month !== undefined) {
    if (fromText !== undefined || toText !== undefined) throw new UsageError('--month 与 --from/--to 只能选一种');
    const m = /^(\d{4})-(\d{1,2})$/.exec(month);
    const mo = m ? Number(m[2]) : 0;
    if (!m || mo < 1 || mo > 12) throw new UsageError(`--month 应为 YYYY-MM，如 2023-06（收到“${month}”）`);
    const year = Number(m[1]);
    return { from: { year, month: mo, day: 1 }, to: { year, month: mo, day: daysInMonth(year, mo) } };
  }
  if (fromText === undefined && toText === undefined) return undefined;
  if (fromText === undefined || toText === undefined) throw new UsageError('--from 和 --to 需要一起给出');
  const date = (flag: string, text: string): CivilDate => {
    const d = parseISO(text);
    if (!d) throw new UsageError(`--${flag} 应为 YYYY-MM-DD 格式的有效日期（收到“${text}”）`);
    return d;
  };
  const period = { from: date('from', fromText), to: date('to', toText) };
  if (compareDates(period.from, period.to) > 0) throw new UsageError(`--from ${fromText} 晚于 --to ${toText}`);
  return period;
}

async function runReport(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new UsageError('请给出要统计的 .xlsx 文件，如：duban report 任务分工表.xlsx -o 汇总.xlsx');
  const explain = stringFlag(args, 'explain');
  if (explain !== undefined) return runExplain(args, file, explain, io);
  const out = stringFlag(args, 'output');
  if (!out) throw new UsageError('请用 -o 给出输出文件，如：-o 汇总.xlsx（原文件不会被修改）');
  if (!/\.xls[xm]$/i.test(out)) throw new UsageError(`输出文件应以 .xlsx 或 .xlsm 结尾（收到“${out}”）`);
  if (await sameFile(file, out)) throw new UsageError('输出文件不能与输入文件相同：督办不修改原文件，请用 -o 指定另一个文件名');
  const period = periodOf(args);
  const options: ReportOptions = { ...checkOptions(args), ...(period ? { period } : {}) };
  // streaming read, and the generated sheets patched into a copy of the package: the user's parts
  // are carried over byte for byte, in a fraction of exceljs's memory and time (BENCHMARKS.md)
  // the parts the reader inflated and verified are copied by the writer as stored, not inflated again
  const bytes = await readInputBytes(file);
  const verified = new VerifiedParts(bytes);
  const grids = await gridsOfWorkbook(file, bytes, verified);
  await checkOutputKind(file, bytes, out);
  const report = buildReport(grids, options);
  const specs = summarySheets(report, { generatedAt: nowInChina(), asOf: report.asOf });
  await writeFileAtomic(out, await withGeneratedSheetsInPieces(file, bytes, specs, verified));
  if (args.flags.has('json')) io.out(JSON.stringify(reportJson(report), null, 2));
  else io.out(`${formatBulletin(report)}\n已写入 ${out}`);
  return countBySeverity(report.issues).error > 0 ? 1 : 0;
}

/** `duban report 文件 --explain 单位名`: how that unit's total was reached, printed; nothing written. */
async function runExplain(args: ParsedArgs, file: string, unitText: string, io: Io): Promise<number> {
  const period = periodOf(args);
  const grids = await gridsOfWorkbook(file, await readInputBytes(file));
  const report = buildReport(grids, { ...checkOptions(args), ...(period ? { period } : {}) });
  const resolved = report.check.registry?.resolve(unitText);
  const unit = resolved && (resolved.kind === 'name' || resolved.kind === 'alias') ? resolved.name : unitText;
  const text = explainUnit(report, unit);
  if (text === null) {
    const suggestion = report.check.registry?.suggest(unitText);
    throw new UsageError(`本期排名中没有“${unitText}”${suggestion ? `，是否应为“${suggestion}”？` : '；请写单位名录中的名称。'}`);
  }
  io.out(text);
  return 0;
}

async function runBulletin(args: ParsedArgs, io: Io): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new UsageError('请给出要统计的 .xlsx 文件，如：duban bulletin 任务分工表.xlsx -o 通报.docx');
  const out = stringFlag(args, 'output');
  if (!out) throw new UsageError('请用 -o 给出输出文件，如：-o 通报.docx');
  if (!out.toLowerCase().endsWith('.docx')) throw new UsageError(`输出文件应以 .docx 结尾（收到“${out}”）`);
  const options = checkOptions(args);
  const grids = await gridsOfWorkbook(file, await readInputBytes(file));
  const period = periodOf(args);
  const report = buildReport(grids, { ...options, ...(period ? { period } : {}) });
  const content = bulletinContent(report, campaignName(grids, report), todayInChina());
  const { bulletinDocx } = await import('../documents/bulletin-docx');
  await writeFileAtomic(out, await bulletinDocx(content));
  const annexes = content.attachmentLayout === 'each' ? content.attachments.length : Math.min(1, content.attachments.length);
  io.out(`已生成通报：${content.title}（附件 ${annexes} 个）\n已写入 ${out}`);
  for (const warning of content.warnings) io.out(`请注意：${warning}`);
  return 0;
}

/** Where `duban demo` writes by default; it replaces its own earlier demo there. */
const DEMO_FILE = 'duban-demo.xlsx';

/** The built-in default: the sample workbook with every generated sheet, and the bulletin printed. */
async function runDemo(args: ParsedArgs, io: Io): Promise<number> {
  const out = stringFlag(args, 'output') ?? DEMO_FILE;
  if (out !== DEMO_FILE && (await fileExists(out)) && !args.flags.has('force')) {
    throw new InputError(`${out} 已存在，未覆盖；如确要覆盖请加 --force`);
  }
  const { FileWorkbook } = await import('../workbook/file/file');
  const workbook = FileWorkbook.create();
  await workbook.addSheets(sampleSheets(await readSampleTexts()));
  const report = buildReport(await workbook.readAll(), {
    today: todayInChina(),
    period: { from: { year: 2023, month: 1, day: 1 }, to: { year: 2023, month: 6, day: 30 } },
  });
  const names: string[] = [];
  for (const spec of summarySheets(report, { generatedAt: nowInChina(), asOf: report.asOf })) names.push(await workbook.writeGeneratedSheet(spec));
  await writeFileAtomic(out, await workbook.save());
  io.out(`督办示例：六安市2023年暖民心行动宣传任务分工表\n`);
  io.out(formatCheckReport(report.check, '内置示例'));
  io.out('');
  io.out(formatBulletin(report));
  io.out(`\n已生成 ${out}：${names.join('、')}`);
  return 0;
}

/** Runs the command; returns the exit code (0 ok, 1 errors found, 2 input unreadable or usage). */
export async function run(argv: readonly string[], rawIo: Io = consoleIo): Promise<number> {
  const io = printableIo(rawIo); // cell text never reaches the terminal as control sequences
  setZipCodec(NODE_ZIP_CODEC); // native zlib: the web streams' codec costs seconds at 100k rows
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
      case 'report':
        return await runReport(args, io);
      case 'bulletin':
        return await runBulletin(args, io);
      case 'demo':
        return await runDemo(args, io);
      // commands that need exceljs, docx or mammoth load them when run: report and check start without them
      case 'import':
        return await (await import('./import')).runImport(args, io);
      case 'forms':
        return await (await import('./returns')).runForms(args, io, checkOptions(args), periodOf(args));
      case 'collect':
        return await (await import('./returns')).runCollect(args, io, checkOptions(args), periodOf(args));
      case 'holidays':
        return await (await import('./holidays')).runHolidays(args, io);
      default:
        throw new UsageError(`未知命令“${command}”。可用命令：check、init、report、bulletin、import、forms、collect、holidays、demo（duban --help 查看用法）`);
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
  // a reader that stops early (`duban demo | head`) closes the pipe: the rest of the text goes nowhere, the command still
  // does its work (the file it writes), and no stack trace is shown
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code !== 'EPIPE') throw e;
  });
  run(argv).then((code) => {
    process.exitCode = code;
  });
}
