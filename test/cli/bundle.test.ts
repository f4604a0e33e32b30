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

  test('the command is compiled from the code cache the build left (V8 takes it: same Node, same bundle)', () => {
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'duban.js'), 'check', path.join(ROOT, 'test', 'fixtures', 'sample.xlsx')], {
      cwd: dir, encoding: 'utf8', env: { ...process.env, DUBAN_DEBUG_LOAD: '1' },
    });
    expect(run.stderr).toBe('duban: bundle, cache used\n');
    expect(run.stdout).toContain('任务分工表');
  });

  test('the demo runs from the bundle: the sample read from assets, the scores printed, the sheets written', () => {
    const out = path.join(dir, 'demo.xlsx');
    const run = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'duban.js'), 'demo', '-o', out], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('总分 = 报送得分');
    expect(run.stdout).toContain('已生成');
    expect(statSync(out).size).toBeGreaterThan(10_000);
    const check = spawnSync(process.execPath, [path.join(ROOT, 'bin', 'duban.js'), 'check', out, '--json'], { cwd: dir, encoding: 'utf8' });
    const result = JSON.parse(check.stdout) as { tasks: unknown[] };
    expect(result.tasks.length).toBeGreaterThan(10);
  });

  test('a reader that is gone before the first line (| true): no stack trace, the file still written', () => {
    const out = path.join(dir, 'piped.xlsx');
    const bin = path.join(ROOT, 'bin', 'duban.js');
    const run = spawnSync('sh', ['-c', `"${process.execPath}" "${bin}" demo -o "${out}" | true`], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(statSync(out).size).toBeGreaterThan(10_000);
  });
});
