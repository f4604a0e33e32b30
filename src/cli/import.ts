// `duban import 方案.docx|方案.txt -o 分工表.xlsx`: a plan's measures into a workbook in the template of `duban init`.
import { promises as fs } from 'fs';
import * as path from 'path';
import { Plan, PlanBasis, readPlan } from '../core/plans/read-plan';
import { planSheets } from '../core/plans/plan-sheets';
import { TASK_HEADERS } from '../core/sheets/headers';
import { MAX_PLAN_BYTES, PlanReadError, readPlanDocument } from '../documents/plan-reader';
import { FileWorkbook } from '../workbook/file/file';
import { ParsedArgs, UsageError, stringFlag } from './args';
import { InputError, fileExists, writeFileAtomic } from './io';

/** --tasks-from values: Chinese as the clerk says it, English too. */
const BASIS_WORDS: Record<string, PlanBasis> = { 分工表: 'table', 表格: 'table', table: 'table', 正文: 'text', text: 'text' };

/** What the clerk reads after an import: where the tasks came from (and how to switch), the year, the doubts. */
export function importSummary(plan: Plan, name: string, out: string, asked?: PlanBasis): string[] {
  const lines: string[] = [];
  const what = plan.basis === 'table' ? '项任务（取自方案所附任务分工表，序号按原表）' : '项措施（取自方案正文）';
  lines.push(`已从 ${name} 读出 ${plan.measures.length} ${what}，写入 ${out}（任务分工表、单位名录、设置等）。`);
  if (plan.basis === 'table' && plan.context.length) {
    lines.push(`正文中的 ${plan.context.length} 项措施作为背景，未列为任务；如要改用正文措施，请加 --tasks-from 正文。`);
  } else if (asked === 'table' && !plan.hasTable) {
    lines.push('方案中没有找到任务分工表（需有“序号、主要任务、牵头单位”等表头），已按正文措施读取。');
  } else if (plan.basis === 'text' && plan.hasTable) {
    lines.push(`方案附有任务分工表（${plan.context.length} 行），此次按正文读取；如要改用分工表，请加 --tasks-from 分工表。`);
  }
  const cleaned = plan.cleaning.boilerplate.length + plan.cleaning.chunks;
  if (cleaned > 0) {
    lines.push(`已去除网页附带内容：${plan.cleaning.boilerplate.length} 行网站信息${plan.cleaning.chunks ? `，${plan.cleaning.chunks} 段分页编号已接回原文` : ''}。`);
  }
  if (plan.cleaning.contents?.length) lines.push(`已略去文前目录：${plan.cleaning.contents.length} 行（正文重复这些标题，按正文读取措施）。`);
  if (plan.cleaning.warning) lines.push(`注意：${plan.cleaning.warning}`);
  lines.push(plan.year === null
    ? '计划年度：方案中未写明，“设置”表的计划年度留空——请填写，或重新导入时用 --year 指定；未填写前带日期的时限无法核对。'
    : `计划年度：${plan.year}。`);
  lines.push(`集中宣传月：${plan.publicityMonths.length ? plan.publicityMonths.map((m) => `${m}月`).join('、') : '方案中未写明'}。`);
  const undated = plan.measures.filter((m) => m.deadline.kind === 'none').length;
  if (undated > 0 && plan.stages?.length) {
    // the timetable is written apart from the measures (一、宣传时间:第一个阶段1月—6月份…): which stage a measure falls in is the clerk's reading
    lines.push(`${undated} 项措施没有写完成时限；方案按阶段安排时间（${plan.stages.map((s) => `第${s.paragraph}段：${s.text}`).join('；')}），属于某一阶段的措施可按该阶段的截止时间填写。`);
  }
  if (plan.measures.length > 0 && plan.measures.every((m) => m.lead.length === 0)) {
    // a 工作要点 or an office's own 工作计划: nobody is named, the office divides the work itself
    lines.push(`方案没有为任何一项写明责任单位（工作要点、本单位工作计划常见）：“${TASK_HEADERS.lead[0]}”列已留空，请按本单位分工逐项填写后再下发。`);
  }
  const unsure = doubtLines(plan);
  lines.push(...(unsure.length ? [`请对照原文核实以下 ${unsure.length} 处：`, ...unsure] : ['每项任务都已写明责任单位；请对照“来源”列核对后再下发。']));
  return lines;
}

/** The plan's doubtful paragraphs, one line per paragraph and reason (a web copy's page can hold several measures: with how many). */
function doubtLines(plan: Plan): string[] {
  const counts = new Map<string, number>();
  for (const u of plan.unsure) counts.set(`第${u.paragraph}段：${u.why}`, (counts.get(`第${u.paragraph}段：${u.why}`) ?? 0) + 1);
  return [...counts].map(([line, n]) => `  ${line}${n > 1 ? `（${n} 项）` : ''}`);
}

interface Out {
  out(text: string): void;
}

export async function readPlanBytes(file: string): Promise<Uint8Array> {
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
  const basisText = stringFlag(args, 'tasks-from');
  const basis = basisText === undefined ? undefined : BASIS_WORDS[basisText];
  if (basisText !== undefined && !basis) throw new UsageError(`--tasks-from 应为“分工表”或“正文”（收到“${basisText}”）`);
  const plan = readPlan(document.text, { tables: document.tables, ...(basis ? { basis } : {}), ...(yearText ? { year: Number(yearText) } : {}) });
  const name = path.basename(file);
  if (plan.measures.length === 0) {
    const why = plan.cleaning.warning ?? (basis === 'table'
      ? `${name} 中没有可用的任务分工表（需有“序号、主要任务、牵头单位”等表头）`
      : `没有在 ${name} 中找到编号的工作措施（如“1.……（责任单位：……）”）${plan.cleaning.contents?.length ? `（文前 ${plan.cleaning.contents.length} 行是目录，已略去；正文中没有措施，可能不全）` : ''}`);
    // no measure, but paragraphs that may be tasks (a covering notice's dated duty): named, never lost unseen
    const doubts = doubtLines(plan);
    throw new InputError(`${why}，未生成分工表${doubts.length ? `。以下 ${doubts.length} 处请对照原文核实（可能是任务，或任务所在的附件）：\n${doubts.join('\n')}` : ''}`);
  }
  const workbook = FileWorkbook.create();
  await workbook.addSheets(planSheets(plan));
  await writeFileAtomic(out, await workbook.save());
  io.out(importSummary(plan, name, out, basis).join('\n'));
  return 0;
}
