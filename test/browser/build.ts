// Builds the add-in (production) into test-output/dist for the browser and bundle tests, once: reused while no input changed.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { withBuildLock } from '../helpers/build-lock';

export const REPO = path.resolve(__dirname, '../..');
export const BUILD_DIR = path.join(REPO, 'test-output', 'dist');
const STAMP = path.join(BUILD_DIR, '.duban-build-stamp');
const LOCK = path.join(REPO, 'test-output', '.build-lock');
/** What the build reads: a change to any of these makes the build stale. */
const INPUTS = ['src', 'assets', 'webpack.config.js', 'scripts/esbuild-loader.js', 'scripts/icon-imports-loader.js', 'scripts/downlevel-loader.js', 'tsconfig.json', 'tsconfig.webpack.json', 'manifest.xml', 'package-lock.json'];

function newestMtime(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

function isFresh(): boolean {
  const stamp = fs.statSync(STAMP, { throwIfNoEntry: false });
  if (!stamp) return false;
  return INPUTS.every((input) => newestMtime(path.join(REPO, input)) < stamp.mtimeMs);
}

/**
 * The production build in BUILD_DIR, built now unless a build newer than every input is there.
 * Jest runs test files in parallel: a lock directory makes the second file wait for the first's build.
 */
export async function ensureBuilt(): Promise<string> {
  await withBuildLock(LOCK, () => {
    if (!isFresh()) {
      const started = Date.now();
      const env = { ...process.env };
      delete env.DUBAN_BASE_URL;
      env.DUBAN_TRANSPILE_ONLY = '1'; // npm test type-checked the sources before jest started
      // no source maps: nothing here reads them, and writing them is a fifth of a build
      const result = spawnSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production', '--devtool', 'false', '--output-path', BUILD_DIR], {
        cwd: REPO,
        env,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (result.status !== 0) throw new Error(`webpack failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
      fs.writeFileSync(STAMP, `built in ${Date.now() - started} ms\n`);
      // the stamp's time must not precede an input written during the build
      const now = new Date(Math.max(Date.now(), ...INPUTS.map((i) => newestMtime(path.join(REPO, i)) + 1)));
      fs.utimesSync(STAMP, now, now);
    }
  });
  return BUILD_DIR;
}
