// The suite's jest environment (scripts/jest-environment.js) ends, when a test file is done, the AsyncLocalStorages enabled
// while it ran (jest-circus makes one per file and never ends it), and leaves alone those enabled before. Run in a plain
// Node process, so that this worker's own environment is not loaded a second time.
import { spawnSync } from 'child_process';
import * as path from 'path';

const ENVIRONMENT = path.resolve(__dirname, '..', 'scripts', 'jest-environment.js');

const PROBE = `
const { AsyncLocalStorage } = require('node:async_hooks');
const Environment = require(${JSON.stringify(ENVIRONMENT)});
(async () => {
  const seen = {};
  const before = new AsyncLocalStorage();
  before.run('worker', () => {});
  const environment = new Environment(
    { globalConfig: {}, projectConfig: { testEnvironmentOptions: {}, globals: {} } },
    { console, docblockPragmas: {}, testPath: 'probe.test.ts' },
  );
  await environment.setup();
  const during = new AsyncLocalStorage();
  await during.run('file', async () => { await Promise.resolve(); seen.store = during.getStore(); });
  seen.duringWhileRunning = during.enabled;
  await environment.teardown();
  seen.duringAfter = during.enabled;
  seen.beforeAfter = before.enabled;
  during.run('again', () => { seen.again = during.getStore(); });
  process.stdout.write(JSON.stringify(seen));
})().catch((e) => { process.stderr.write(String(e && e.stack)); process.exit(1); });
`;

test("a file's storages end with the file; the worker's own stay; an ended one works again when run", () => {
  const result = spawnSync(process.execPath, ['-e', PROBE], { cwd: path.resolve(__dirname, '..'), encoding: 'utf8' });
  expect(result.stderr).toBe('');
  expect(JSON.parse(result.stdout)).toEqual({ store: 'file', duringWhileRunning: true, duringAfter: false, beforeAfter: true, again: 'again' });
});
