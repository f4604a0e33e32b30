// The WPS package (scripts/build-wps.ts) built once for the tests into test-output/wps and reused
// while none of its inputs changed; parallel test files wait on a lock directory for the one build.
import * as fs from 'fs';
import * as path from 'path';
import { WpsPackage, buildWps } from '../../scripts/build-wps';
import { withBuildLock } from './build-lock';

const REPO = path.resolve(__dirname, '../..');
const OUT = path.join(REPO, 'test-output', 'wps');
const RECORD = path.join(REPO, 'test-output', 'wps-package.json');
const LOCK = path.join(REPO, 'test-output', '.wps-package-lock');
const INPUTS = ['src', 'assets', 'webpack.config.js', 'scripts/esbuild-loader.js', 'scripts/icon-imports-loader.js', 'scripts/downlevel-loader.js', 'webpack.wps.config.js', 'scripts/build-wps.ts', 'package.json', 'tsconfig.webpack.json'];

function newest(target: string): number {
  const stat = fs.statSync(target, { throwIfNoEntry: false });
  if (!stat) return 0;
  return stat.isDirectory() ? fs.readdirSync(target).reduce((m, e) => Math.max(m, newest(path.join(target, e))), stat.mtimeMs) : stat.mtimeMs;
}

/** The built package, building it first when any input is newer than the last build. */
export async function wpsPackage(): Promise<WpsPackage> {
  return withBuildLock(LOCK, () => {
    const record = fs.existsSync(RECORD) ? (JSON.parse(fs.readFileSync(RECORD, 'utf8')) as WpsPackage & { inputs: number }) : null;
    const inputs = Math.max(...INPUTS.map((i) => newest(path.join(REPO, i))));
    if (record && record.inputs >= inputs && fs.existsSync(record.archive)) return record;
    const pkg = buildWps(OUT, '', { typeCheck: false }); // npm test type-checked the sources first
    fs.writeFileSync(RECORD, JSON.stringify({ ...pkg, inputs }));
    return pkg;
  });
}
