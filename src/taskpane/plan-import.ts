// 导入方案 in the pane, free of React: a plan file or pasted text read into measures, edited, written as a task sheet.
import { Plan, PlanBasis, PlanMeasure, readPlan } from '../core/plans/read-plan';
import { planSheets, planTaskSheet } from '../core/plans/plan-sheets';
import { unitNames } from '../core/plans/plan-units';
import { PlanDocument, readPlanDocument } from '../documents/plan-reader';
import { FileWorkbook } from '../workbook/file/file';
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

/** Reads a picked file (bytes) or pasted text into its text and tables. */
export async function readPlanSource(input: { name: string; bytes: Uint8Array } | { text: string }): Promise<PlanSource> {
  return 'bytes' in input ? readPlanDocument(input.bytes, input.name) : { text: input.text, tables: [] };
}

/** The plan of a document, from its table or its text; a plan year the document does not name stays null (never this year). */
export function planOf(source: PlanSource, basis?: PlanBasis): Plan {
  return readPlan(source.text, { tables: source.tables, ...(basis ? { basis } : {}) });
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
  const workbook = FileWorkbook.create();
  await workbook.addSheets(planSheets(plan));
  return workbook;
}
