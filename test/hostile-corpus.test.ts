// The generated hostile corpus (scripts/make-hostile-fixtures.ts): each case, in its own process with a 300 MB heap, gives its expected outcome within 5 s of CPU time
// (CPU, not wall-clock: the bound holds on a busy machine too).
import { spawn } from 'child_process';
import { promises as fs } from 'fs';
import * as path from 'path';
import { duban } from './helpers/cli';

const DIR = path.resolve(__dirname, 'fixtures', 'bad', 'hostile');
const RUNNER = path.resolve(__dirname, 'hostile', 'run-case.ts');
const MAX_MS = 5000;
const MAX_MB = 300;

type Expected = { refuse: string } | { lead: string; issues?: string[]; reportRefuse?: string };
interface Outcome {
  code: number;
  out: string;
  err: string;
  /** CPU milliseconds check took. */
  ms: number;
  rssMb: number;
  /** `report` on a file check read: exit code, messages, and the sheets before and after. */
  report?: { code: number; err: string; ms: number; before: string[]; after?: { sheets: string[]; problem?: string } };
}

/** Runs cases in one child process whose heap is capped; a V8 abort shows as missing answers and a non-zero status. */
function runCases(files: string[]): Promise<{ status: number | null; lines: Map<string, string>; stderr: string }> {
  return new Promise((resolve) => {
    const args = [`--max-old-space-size=${MAX_MB}`, '--expose-gc', '--require', 'tsx/cjs', RUNNER, ...files];
    const child = spawn(process.execPath, args, { cwd: path.resolve(__dirname, '..') });
    let raw = '';
    let stderr = '';
    child.stdout.on('data', (d) => (raw += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 600_000);
    child.on('close', (status) => {
      clearTimeout(timer);
      const lines = new Map<string, string>();
      for (const line of raw.split('\n').filter(Boolean)) lines.set((JSON.parse(line) as { file: string }).file, line);
      resolve({ status, lines, stderr });
    });
  });
}

const manifest: Record<string, { why: string; expect: Expected }> = require(path.join(DIR, 'cases.json'));
const names = Object.keys(manifest);
const fileOf = (name: string) => path.join(DIR, `${name}.xlsx`);
const results = new Map<string, { status: number | null; raw?: string; stderr: string }>();


beforeAll(async () => {
  // two processes, one per core, each reading half the corpus in turn
  const halves = [names.filter((_, i) => i % 2 === 0), names.filter((_, i) => i % 2 === 1)];
  await Promise.all(halves.map(async (half) => {
    const r = await runCases(half.map(fileOf));
    for (const name of half) results.set(name, { status: r.status, raw: r.lines.get(fileOf(name)), stderr: r.stderr });
  }));
});

test('the corpus holds at least 40 generated cases, each file present', async () => {
  expect(names.length).toBeGreaterThanOrEqual(40);
  for (const name of names) await expect(fs.access(path.join(DIR, `${name}.xlsx`))).resolves.toBeUndefined();
});

describe.each(names)('%s', (name) => {
  test(manifest[name].why, () => {
    const r = results.get(name)!;
    expect({ status: r.status, stderr: r.stderr.slice(0, 300), answered: r.raw !== undefined }).toEqual({ status: 0, stderr: '', answered: true });
    const o = JSON.parse(r.raw!) as Outcome;
    expect(o.ms).toBeLessThan(MAX_MS);
    expect(o.rssMb).toBeLessThan(MAX_MB);
    expect(o.out + o.err).not.toMatch(/\n\s+at .+[(:]\d+|TypeError|RangeError|出现意外错误/);
    const want = manifest[name].expect;
    if ('refuse' in want) {
      expect(o.code).toBe(2);
      expect(o.out).toBe('');
      const lines = o.err.trimEnd().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^duban：.*[\u4e00-\u9fff]/);
      expect(lines[0]).toMatch(new RegExp(want.refuse));
    } else {
      expect(o.err).toBe('');
      const json = JSON.parse(o.out) as { tasks: { lead: string[] }[]; issues: { code: string }[] };
      expect(json.tasks.map((t) => t.lead)).toEqual([[want.lead]]);
      expect(json.issues.map((i) => i.code)).toEqual(want.issues ?? []);
      const report = o.report!;
      expect(report.ms).toBeLessThan(MAX_MS);
      expect(report.err).not.toMatch(/\n\s+at .+[(:]\d+|TypeError|RangeError|出现意外错误/);
      if (want.reportRefuse) {
        expect(report.code).toBe(2);
        expect(report.err.trimEnd().split('\n')).toHaveLength(1);
        expect(report.err).toMatch(new RegExp(want.reportRefuse));
      } else {
        // never exit 0 with output Excel would repair: every part parses, the user's sheets are all kept, first and in order
        expect(report.err).toBe('');
        expect(report.after?.problem).toBeUndefined();
        expect(report.after!.sheets.slice(0, report.before.length)).toEqual(report.before);
        expect(report.after!.sheets.slice(report.before.length)).toEqual(expect.arrayContaining(['校验结果', '单位任务清单']));
      }
    }
  });
});

test('check of a workbook whose cells hold ESC sequences prints no control character', async () => {
  const file = path.join(DIR, 'escape-sequences.xlsx');
  for (const argv of [['check', file, '--as-of', '2023-06-01'], ['check', file, '--json', '--as-of', '2023-06-01'], ['check', file, '--sheet', '\u001b]52;c;eA==\u0007', '--as-of', '2023-06-01']]) {
    const r = await duban(...argv);
    // eslint-disable-next-line no-control-regex
    expect(r.out + r.err).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  }
  // the cell text is still there, escaped for the eye
  const plain = await duban('check', file, '--json', '--as-of', '2023-06-01');
  expect(plain.out).toContain('市发改委');
});
