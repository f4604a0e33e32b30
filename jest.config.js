// Jest: TypeScript tests under test/, transpiled by esbuild without type checking (scripts/jest-esbuild.js:
// `npm test` type-checks src, test and scripts once with tsc first, instead of once per test file).
// No per-test time limit stands for speed: the long limit below only stops a hung run; speed goals
// live in `npm run bench`.
/** @type {import('jest').Config} */
module.exports = {
  // Node's, ending each file's AsyncLocalStorage when the file is done: on Node 20 every promise of every later file paid for it
  testEnvironment: '<rootDir>/scripts/jest-environment.js',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: { '^.+\\.tsx?$': '<rootDir>/scripts/jest-esbuild.js' },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
  testTimeout: 15 * 60_000,
  // three workers on a 2-core machine: a worker waiting on its webpack build, LibreOffice or Chromium leaves its core to
  // the third (fresh clone, idle: jest 181 s with two workers, 159 s with three, 155 s with four)
  maxWorkers: 3,
  // `npm test` starts jest, and so its workers, with 64 MB semi-spaces (V8's young generation; package.json): tests
  // allocate much that lives a little while (grids, fixtures, packages), which V8's default 16 MB copies and promotes again
  // and again (alternately on 130 files, three workers: 163 and 166 s of CPU against 175 and 195 s); the programs the
  // tests start keep their defaults.
  // a worker that has finished exits by itself (no handle is left open: an in-band run of the whole suite ends on its own);
  // jest's half a second for that is too short on a busy machine, where it then kills the worker and reports a leak
  workerGracefulExitTimeout: 10_000,
  // one file of each shared build first, then those that start a browser or LibreOffice, then the costliest first, by the CPU
  // seconds measured in scripts/jest-costs.json where jest remembers no durations (a fresh clone): scripts/jest-sequencer.js
  testSequencer: '<rootDir>/scripts/jest-sequencer.js',
  // a folder for this run only, where test files keep what several build from the same fixture (test/helpers/run-cache.ts)
  globalSetup: '<rootDir>/scripts/jest-run-setup.js',
  globalTeardown: '<rootDir>/scripts/jest-run-teardown.js',
};
