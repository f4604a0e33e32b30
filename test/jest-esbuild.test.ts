// The suite's transformer (scripts/jest-esbuild.js) binds the built-ins a module uses to module scope, so that its hot loops do
// not read them through the test context's global object: same values, same lines, and nothing a test swaps or a module declares.
import * as vm from 'vm';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const transformer = require('../scripts/jest-esbuild.js') as { process: (source: string, file: string) => { code: string } };

const transform = (source: string) => transformer.process(source, '/repo/src/probe.ts').code;
/** The names the first line binds from globalThis. */
const bound = (code: string) => (/^(?:"use strict";)?const \{ ([^}]*) \} = globalThis; /.exec(code)?.[1] ?? '').split(', ').filter(Boolean);

/** Runs transformed CommonJS code in a fresh context and returns its exports. */
function load(code: string, context: Record<string, unknown> = {}): Record<string, unknown> {
  const module = { exports: {} as Record<string, unknown> };
  vm.runInNewContext(`(function (module, exports) { ${code}\n})`, context)(module, module.exports);
  return module.exports;
}

test('the built-ins a module reads come from module scope, with the same values', () => {
  const code = transform('export const biggest = (xs: number[]) => Math.max(...xs.map((x) => Number(x)));\nexport const json = JSON.stringify([1]);');
  expect(bound(code)).toEqual(expect.arrayContaining(['Math', 'Number', 'JSON']));
  const exported = load(code);
  expect((exported.biggest as (xs: number[]) => number)([3, 9, 4])).toBe(9);
  expect(exported.json).toBe('[1]');
});

test('every line keeps its number (stack traces and source maps stay true)', () => {
  const source = 'export function f() {\n  return Math.round(1.5);\n}\n\nexport const g = () => String(2);\n';
  const plain = transformer.process(source.replace(/Math\.round\(1\.5\)/, '2').replace('String(2)', "'2'"), '/repo/src/plain.ts').code;
  expect(transform(source).split('\n')).toHaveLength(plain.split('\n').length);
});

test('what a test may replace stays global; a name the module declares itself is left alone; "use strict" stays first', () => {
  const swapped = bound(transform('export const now = () => [Date.now(), performance.now(), setTimeout, console, process, Promise];'));
  expect(swapped.filter((name) => ['Date', 'performance', 'setTimeout', 'console', 'process', 'Promise'].includes(name))).toEqual([]);
  const own = transform('class Map { get(k: string) { return k; } }\nexport const m = new Map().get(String(1));');
  expect(bound(own)).toContain('String');
  expect(bound(own)).not.toContain('Map');
  expect(load(own).m).toBe('1');
  const strict = transformer.process('"use strict";\nexport const x = Math.PI;', '/repo/src/strict.ts').code;
  expect(strict.startsWith('"use strict";const { ')).toBe(true);
  expect(bound(strict)).toContain('Math');
});

test('a module that uses none of them is left as esbuild wrote it', () => {
  expect(transform('const one = 1;\nconsole.log(one);\n')).toBe('const one = 1;\nconsole.log(one);\n');
});
