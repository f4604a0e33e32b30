// Real plans as Word files: each transcribed page (test/fixtures/plans/word) built as a .docx, read by the plan reader and by `duban import`, and held to the result a clerk wrote from the page.
import { promises as fs } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { readPlanDocument } from '../src/documents/plan-reader';
import { readPlan, PlanMeasure, Plan } from '../src/core/plans';
import { blocksDocx, expandedRows } from './helpers/plan-docx';
import { duban } from './helpers/cli';
import { WORD_PLANS, WordPlan, WordTable } from './fixtures/plans/word/transcriptions';

const DIR = path.join(__dirname, 'fixtures', 'plans', 'word');

interface DeadlineChoice {
  deadline: string | null;
  deadlineKind: string;
  deadlineDate?: string;
}
interface ExpectedTask extends DeadlineChoice {
  seq: string;
  task: string;
  /** Other readings of the task a clerk would also accept (a table giving both an activity's theme and its content). */
  taskAlternatives?: string[];
  /** Other readings of a deadline the page damaged. */
  deadlineAlternatives?: DeadlineChoice[];
  section: string | null;
  lead: string[];
  coop: string[];
  quota: string | null;
}
interface Expected {
  page: string;
  options?: { year?: number };
  year: number | null;
  publicityMonths: number[];
  basis: 'table' | 'text';
  tasks: ExpectedTask[];
  doubtful: { startsWith: string; why: string }[];
  notTasks: string[];
  deadlineNotBefore?: { startsWith: string; allowedDate: string };
}

const expectedOf = async (id: string): Promise<Expected> => JSON.parse(await fs.readFile(path.join(DIR, `${id}.expected.json`), 'utf8'));
/** Text compared without spaces, line breaks and the page's "|" separators. */
const squash = (s: string) => s.replace(/[\s|\u3000]+/g, '');
const tablesOf = (plan: WordPlan) => plan.blocks.filter((b): b is WordTable => typeof b !== 'string');

let tmp: string;
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'duban-word-plans-'));
});
afterAll(() => fs.rm(tmp, { recursive: true, force: true }));

test('six transcribed plans, each with its stored page and expected result', async () => {
  expect(WORD_PLANS.map((p) => p.id)).toHaveLength(6);
  for (const plan of WORD_PLANS) expect((await expectedOf(plan.id)).page).toBe(`${plan.id}.page.txt`);
});

describe.each(WORD_PLANS.map((p) => [p.id, p] as const))('%s', (id, plan) => {
  let expected: Expected;
  let bytes: Uint8Array;
  let read: Plan;
  let docTables: Awaited<ReturnType<typeof readPlanDocument>>['tables'];
  beforeAll(async () => {
    expected = await expectedOf(id);
    bytes = await blocksDocx(plan.blocks);
    const doc = await readPlanDocument(bytes, `${id}.docx`);
    docTables = doc.tables;
    read = readPlan(doc.text, { tables: doc.tables, ...(expected.options?.year ? { year: expected.options.year } : {}) });
  });

  test('the transcription holds only text of the stored page (every paragraph and cell is in it)', async () => {
    const page = squash(await fs.readFile(path.join(DIR, expected.page), 'utf8'));
    for (const block of plan.blocks) {
      const texts = typeof block === 'string' ? [block] : block.rows.flat().map((c) => (typeof c === 'string' ? c : c.text));
      for (const t of texts) expect([t, page.includes(squash(t))]).toEqual([t, true]);
    }
  });

  test('the Word table comes back as rows, merged cells repeated where they cover', () => {
    expect(docTables.map((t) => t.rows)).toEqual(tablesOf(plan).map((t) => expandedRows(t.rows)));
  });

  test('basis, plan year and publicity months are those of the page', () => {
    expect([read.basis, read.year, read.publicityMonths]).toEqual([expected.basis, expected.year, expected.publicityMonths]);
  });

  test('the tasks are the expected ones, with their units, deadlines and quotas', () => {
    const sure = read.measures.filter((m) => !m.unsure);
    const got = (m: PlanMeasure) => ({
      seq: m.seq ?? null, task: m.task, section: m.section, lead: m.lead, coop: m.coop,
      deadline: m.deadline.text, deadlineKind: m.deadline.kind, ...(m.deadline.date ? { deadlineDate: m.deadline.date } : {}),
      quota: m.quota?.text ?? null,
    });
    // an accepted alternative reading stands for the expected one
    const want = (t: ExpectedTask, m: PlanMeasure | undefined) => {
      const task = m && t.taskAlternatives?.includes(m.task) ? m.task : t.task;
      const choice = [t, ...(t.deadlineAlternatives ?? [])].find((c) => m && c.deadline === m.deadline.text && c.deadlineKind === m.deadline.kind
        && (c.deadlineDate ?? null) === (m.deadline.date ?? null)) ?? t;
      return {
        seq: t.seq, task, section: t.section, lead: t.lead, coop: t.coop,
        deadline: choice.deadline, deadlineKind: choice.deadlineKind, ...(choice.deadlineDate ? { deadlineDate: choice.deadlineDate } : {}),
        quota: t.quota,
      };
    };
    expect(sure.map(got)).toEqual(expected.tasks.map((t, i) => want(t, sure[i])));
  });

  test('doubtful paragraphs are flagged, never sure; nothing else is a task', () => {
    const doubtful = read.measures.filter((m) => m.unsure);
    for (const m of doubtful) {
      expect([m.source.slice(0, 20), expected.doubtful.some((d) => m.source.startsWith(d.startsWith))]).toEqual([m.source.slice(0, 20), true]);
    }
    for (const d of expected.doubtful) {
      expect([d.startsWith, read.measures.filter((m) => m.source.startsWith(d.startsWith)).every((m) => m.unsure)]).toEqual([d.startsWith, true]);
    }
    for (const phrase of expected.notTasks) {
      // no task is that text (a contact line, a form's column): a measure may still mention it (…报送局办公室。联系人:…)
      expect([phrase, read.measures.some((m) => m.task.startsWith(phrase) || m.source.startsWith(phrase))]).toEqual([phrase, false]);
    }
    if (expected.deadlineNotBefore) {
      const { startsWith, allowedDate } = expected.deadlineNotBefore;
      for (const m of read.measures.filter((x) => x.source.startsWith(startsWith))) {
        if (m.deadline.kind === 'date') expect(m.deadline.date).toBe(allowedDate);
      }
    }
  });

  test('`duban import` of the .docx writes the same tasks and the plan year', async () => {
    const file = path.join(tmp, `${id}.docx`);
    const out = path.join(tmp, `${id}.xlsx`);
    await fs.writeFile(file, bytes);
    const r = await duban('import', file, '-o', out, '--force', ...(expected.options?.year ? ['--year', String(expected.options.year)] : []));
    expect([r.err, r.code]).toEqual(['', 0]);
    const check = JSON.parse((await duban('check', out, '--json', '--as-of', `${expected.year ?? 2023}-01-01`)).out);
    // check calls a time limit it cannot read "invalid" (and raises DEADLINE_UNPARSED on it), the plan reader "relative"
    const tasks = (check.tasks as { seq: unknown; lead: string[]; coop: string[]; deadline: { kind: string; text: string | null } }[])
      .map((t) => ({ ...t, deadline: { ...t.deadline, kind: t.deadline.kind === 'invalid' ? 'relative' : t.deadline.kind } }));
    const unread = (check.issues as { code: string }[]).filter((i) => i.code === 'DEADLINE_UNPARSED').length;
    expect(unread).toBe((check.tasks as { deadline: { kind: string } }[]).filter((t) => t.deadline.kind === 'invalid').length);
    const sureTasks = expected.tasks.map((t, i) => {
      const kinds = [t, ...(t.deadlineAlternatives ?? [])].map((c) => c.deadlineKind);
      return [t.seq, t.lead, t.coop, kinds.includes(tasks[i]?.deadline.kind) ? tasks[i].deadline.kind : t.deadlineKind];
    });
    if (expected.basis === 'table') {
      expect(tasks.map((t) => [String(t.seq), t.lead, t.coop, t.deadline.kind])).toEqual(sureTasks);
      expect(r.out).toContain('取自方案所附任务分工表');
    } else {
      expect(tasks.length).toBe(read.measures.length);
      expect(r.out).toContain('取自方案正文');
    }
    expect(check.planYear).toBe(expected.year);
  });
});
