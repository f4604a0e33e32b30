// `npm test`: the type check and the test files at once (tsc is one core for 15 s, which jest's first minutes leave
// partly idle); fails when either fails, the type errors printed after jest's report.
const { spawn } = require('child_process');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
/** A package's command run by this same Node (no shell, so alike on Linux, macOS and Windows). */
const node = (script) => [process.execPath, [require.resolve(script)]];
const run = (command, args, output) =>
  new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, stdio: output ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
    let text = '';
    if (output) {
      child.stdout.on('data', (d) => (text += d));
      child.stderr.on('data', (d) => (text += d));
    }
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), text }));
  });

(async () => {
  const [tsc, tscArgs] = node('typescript/bin/tsc');
  const [jestBin, jestArgs] = node('jest/bin/jest');
  const typecheck = run(tsc, [...tscArgs, '-p', 'tsconfig.json', '--noEmit'], true);
  const jest = await run(jestBin, [...jestArgs, ...process.argv.slice(2)], false);
  const types = await typecheck;
  if (types.code !== 0) process.stderr.write(`\n类型检查（tsc）未通过：\n${types.text}\n`);
  else process.stdout.write('类型检查（tsc）通过。\n');
  process.exit(jest.code !== 0 ? jest.code : types.code);
})();
