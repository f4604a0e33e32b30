// `duban import 方案.docx|方案.txt -o 分工表.xlsx`: a plan's measures into a workbook in the template of `duban init`.
import { promises as fs } from 'fs';
import * as path from 'path';
import { readPlan } from '../core/plans/read-plan';
import { planSheets } from '../core/plans/plan-sheets';
import { MAX_PLAN_BYTES, PlanReadError, readPlanDocument } from '../documents/plan-reader';
import { FileWorkbook } from '../workbook/file/file';
import { ParsedArgs, UsageError, stringFlag } from './args';
import { InputError, fileExists, todayInChina, writeFileAtomic } from './io';

interface Out {
  out(text: string): void;
}

async function readPlanBytes(file: string): Promise<Uint8Array> {
  try {
    const stat = await fs.stat(file);
    if (stat.isDirectory()) throw new InputError(`${file} 是文件夹，不是方案文件`);
    if (stat.size > MAX_PLAN_BYTES) throw new InputError(`${file} 超过 ${MAX_PLAN_BYTES / 1048576} MB，不像是一份宣传方案，未读取`);
    return await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(`找不到文件：${file}`);
    if (code === 'EACCES') throw new InputError(`没有权限读取文件：${file}`);
    throw new InputError(`无法读取文件 ${file}：${(e as Error).message}`);
  }
}

export async function runImport(args: ParsedArgs, io: Out): Promise<number> {
  const file = args.positionals[1];
  if (!file) throw new UsageError('请给出方案文件，如：duban import 宣传方案.docx -o 任务分工表.xlsx');
  const out = stringFlag(args, 'output');
  if (!out) throw new UsageError('请用 -o 给出输出文件，如：-o 任务分工表.xlsx');
  if (!out.toLowerCase().endsWith('.xlsx')) throw new UsageError(`输出文件应以 .xlsx 结尾（收到“${out}”）`);
  const yearText = stringFlag(args, 'year');
  if (yearText !== undefined && (!/^\d{4}$/.test(yearText) || Number(yearText) < 1900 || Number(yearText) > 2100)) {
    throw new UsageError(`--year 应为四位年份，如 2023（收到“${yearText}”）`);
  }
  if ((await fileExists(out)) && !args.flags.has('force')) throw new InputError(`${out} 已存在，未覆盖；如确要覆盖请加 --force`);

  let document;
  try {
    document = await readPlanDocument(await readPlanBytes(file), path.basename(file));
  } catch (e) {
    if (e instanceof PlanReadError) throw new InputError(e.message);
    throw e;
  }
  const tables = document.tables;
  const read = readPlan(document.text, { tables, ...(yearText ? { year: Number(yearText) } : {}) });
  const guessed = read.year === null;
  const plan = guessed ? readPlan(document.text, { tables, year: todayInChina().year }) : read;
  if (plan.measures.length === 0) {
    throw new InputError(`没有在 ${path.basename(file)} 中找到编号的工作措施（如“1.……（责任单位：……）”），未生成分工表`);
  }
  const workbook = FileWorkbook.create();
  await workbook.addSheets(planSheets(plan));
  await writeFileAtomic(out, await workbook.save());

  const unsure = plan.unsure.map((u) => `  第${u.paragraph}段：${u.why}`);
  io.out([
    `已从 ${path.basename(file)} 读出 ${plan.measures.length} 项措施，写入 ${out}（任务分工表、单位名录、设置等）。`,
    `计划年度：${plan.year}${guessed ? '（方案中未写明，按今年；可用 --year 指定）' : ''}；集中宣传月：${plan.publicityMonths.length ? plan.publicityMonths.map((m) => `${m}月`).join('、') : '方案中未写明'}。`,
    ...(unsure.length ? [`请对照原文核实以下 ${unsure.length} 处：`, ...unsure] : ['每项措施都已写明责任单位；请对照“来源”列核对后再下发。']),
  ].join('\n'));
  return 0;
}
