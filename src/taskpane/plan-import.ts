// 导入方案 in the pane, free of React: a plan file or pasted text read into measures, edited, written as a task sheet.
// The plan reader and the Word reader (mammoth) load when a plan is first read, not with the pane.
import type { Plan, PlanBasis, PlanMeasure } from '../core/plans/read-plan';
import { planSheets, planTaskSheet } from '../core/plans/plan-sheets';
import { unitNames } from '../core/plans/plan-units';
import type { PlanDocument } from '../documents/plan-reader';
import type { FileWorkbook } from '../workbook/file/file';
import { WorkbookPort } from '../workbook/port';

/** What the clerk may change in a measure before it is written. */
export interface MeasureEdit {
  readonly task?: string;
  readonly lead?: string;
  readonly coop?: string;
  readonly deadline?: string;
  readonly quota?: string;
}

/** A plan document as read once (text and tables), so that the clerk can switch readings without picking the file again. */
export type PlanSource = PlanDocument;

/** The plan reader, loaded when first needed (readPlanSource loads it before any planOf). */
let planReader: typeof import('../core/plans/read-plan') | null = null;

/** Reads a picked file (bytes) or pasted text into its text and tables (loading the readers on first use). */
export async function readPlanSource(input: { name: string; bytes: Uint8Array } | { text: string }): Promise<PlanSource> {
  planReader ??= await import('../core/plans/read-plan');
  return 'bytes' in input ? (await import('../documents/plan-reader')).readPlanDocument(input.bytes, input.name) : { text: input.text, tables: [] };
}

/** The plan of a document, from its table or its text; a plan year the document does not name stays null (never this year). */
export function planOf(source: PlanSource, basis?: PlanBasis): Plan {
  if (!planReader) throw new Error('方案读取器尚未载入：请先读取方案文件或文字');
  return planReader.readPlan(source.text, { tables: source.tables, ...(basis ? { basis } : {}) });
}

/** Reads a picked file (bytes) or pasted text in one step. */
export async function readPlanInput(input: { name: string; bytes: Uint8Array } | { text: string }, basis?: PlanBasis): Promise<Plan> {
  return planOf(await readPlanSource(input), basis);
}

/** The plan with the clerk's edits applied (by measure index); edited text replaces what was read. */
export function applyEdits(plan: Plan, edits: ReadonlyMap<number, MeasureEdit>): Plan {
  const measures = plan.measures.map((m, i): PlanMeasure => {
    const e = edits.get(i);
    if (!e) return m;
    return {
      ...m,
      ...(e.task !== undefined ? { task: e.task } : {}),
      ...(e.lead !== undefined ? { lead: unitNames(e.lead) } : {}),
      ...(e.coop !== undefined ? { coop: unitNames(e.coop) } : {}),
      ...(e.deadline !== undefined ? { deadline: { ...m.deadline, text: e.deadline.trim() || null } } : {}),
      ...(e.quota !== undefined ? { quota: e.quota.trim() ? { text: e.quota.trim() } : null } : {}),
    };
  });
  return { ...plan, measures };
}

/** Inside Excel: the plan as a new task sheet in the open workbook (a taken name gets a new one). */
export function writePlanSheet(port: WorkbookPort, plan: Plan): Promise<string[]> {
  return port.addSheets([planTaskSheet(plan)]);
}

/** In the browser page: a new workbook in the template of `duban init`, filled from the plan. */
export async function planWorkbook(plan: Plan): Promise<FileWorkbook> {
  const { FileWorkbook } = await import('../workbook/file/file');
  const workbook = FileWorkbook.create();
  await workbook.addSheets(planSheets(plan));
  return workbook;
}
