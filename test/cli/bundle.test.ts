// The `duban` command as installed: bin/duban.js runs the one-file CLI that `npm install` bundles (scripts/bundle-cli.js), and the bundle does a whole command.
import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
const BUNDLE = path.join(ROOT, 'build', 'cli', 'bundle.js');
const MAIN = path.join(ROOT, 'build', 'cli', 'main.js');
const CACHE = path.join(ROOT, 'build', 'cli', 'bundle.cache');
const built = existsSync(BUNDLE) && existsSync(MAIN);

if (!built && !process.env.CI) {
  // eslint-disable-next-line no-console
  console.log('跳过 bin/duban.js 的测试：build/cli 中没有编译好的命令（先运行 npm run build:cli）');
}

(built || process.env.CI ? describe : describe.skip)('duban command (bin/duban.js)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'duban-bundle-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('npm install leaves the bundle and its code cache beside the modules, not older than them', () => {
    expect(existsSync(BUNDLE)).toBe(true);
    expect(statSync(BUNDLE).mtimeMs).toBeGreaterThanOrEqual(statSync(MAIN).mtimeMs);
    expect(existsSync(CACHE)).toBe(true);
    expect(statSync(CACHE).mtimeMs).toBeGreaterThanOrEqual(statSync(BUNDLE).mtimeMs);
  });

  // two runs of the installed command (what the demo prints is checked in process by test/cli/check.test.ts)
  test('the demo runs from the bundle compiled from the code cache (same Node, same bundle), and a pipe closed before its first line ends it without a stack trace, its file written', () => {
    const out = path.join(dir, 'demo.xlsx');
    const bin = path.join(ROOT, 'bin', 'duban.js');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" demo -o "${out}" | true`], { cwd: dir, encoding: 'utf8', env: { ...process.env, DUBAN_DEBUG_LOAD: '1' } });
    expect(run.stderr).toBe('duban: bundle, cache used\n');
    expect(statSync(out).size).toBeGreaterThan(10_000);
    // the file it wrote reads back through the bundle: the sample's tasks (assets/sample read from the bundle's folder)
    const check = spawnSync(process.execPath, [bin, 'check', out, '--json'], { cwd: dir, encoding: 'utf8' });
    expect(check.stderr).toBe('');
    expect((JSON.parse(check.stdout) as { tasks: unknown[] }).tasks.length).toBeGreaterThan(10);
  });
});
