// Jest's order of test files. The costliest first, so that the workers finish together; before them, the files that
// wait on a webpack build, a browser or LibreOffice, and first of all one file of each shared build (the pane's webpack
// build, the WPS package), so that both builds start at once while the other worker runs a file that needs neither.
// When jest remembers every file's duration (a second run here) its own order is kept within those groups; on a fresh
// clone it remembers nothing and would go by file size, which started a small file costing 9 s of CPU
// (test/workbook/port-contract.test.ts) last, alone on the machine. There the costs measured in CPU seconds
// (scripts/jest-costs.json, written by scripts/jest-cost-reporter.js) stand in; a file not measured yet is guessed
// from its size at the measured files' typical cost per byte.
const fs = require('fs');
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

/** Files that wait on a webpack build, a browser or LibreOffice: minutes of the run's tail if started last. */
const SLOW_START = /[\\/]test[\\/](?:browser[\\/]|addin[\\/](?:wps-package|bundle|bundle-size|webview-syntax)\.test|libreoffice\.test|real-tables-resaved\.test|real-tables-as-word\.test|xlsx-stream\.test)/;
/** The files that wait on each shared build: the pane's (test/browser/build.ts) and the WPS package's (test/helpers/wps-package.ts). */
const BUILDS = [
  /[\\/]test[\\/](?:browser[\\/](?!wps-)[^\\/]+|addin[\\/](?:bundle|bundle-size|webview-syntax))\.test\.ts$/,
  /[\\/]test[\\/](?:browser[\\/]wps-pane|addin[\\/]wps-package)\.test\.ts$/,
];
const REPO = path.resolve(__dirname, '..');
const COSTS = path.join(__dirname, 'jest-costs.json');

/** CPU seconds by repository path ("test/…"), empty when the table is missing. */
function measuredCosts() {
  return fs.existsSync(COSTS) ? JSON.parse(fs.readFileSync(COSTS, 'utf8')) : {};
}

const sizeOf = (file) => fs.statSync(file, { throwIfNoEntry: false })?.size ?? 0;

class SlowFirst extends Sequencer {
  sort(tests) {
    const ordered = super.sort(tests); // sets test.duration where jest remembers it
    const remembered = ordered.every((t) => t.duration != null);
    const cost = remembered ? new Map(ordered.map((t, i) => [t, ordered.length - i])) : measured(tests);
    // one file of each build first (the costliest), then the other slow starters, then the rest, costliest first
    const builders = new Set(BUILDS.map((build) => tests.filter((t) => build.test(t.path)).sort((a, b) => cost.get(b) - cost.get(a))[0]).filter(Boolean));
    const rank = (t) => (builders.has(t) ? 0 : SLOW_START.test(t.path) ? 1 : 2);
    return [...tests].sort((a, b) => rank(a) - rank(b) || cost.get(b) - cost.get(a) || (a.path < b.path ? -1 : 1));
  }
}

/** Each file's cost in CPU seconds: measured, else guessed from its size. */
function measured(tests) {
  const table = measuredCosts();
  const key = (t) => path.relative(REPO, t.path).split(path.sep).join('/');
  const perByte = [];
  for (const t of tests) {
    const size = sizeOf(t.path);
    if (table[key(t)] !== undefined && size > 0) perByte.push(table[key(t)] / size);
  }
  perByte.sort((a, b) => a - b);
  const typical = perByte.length ? perByte[Math.floor(perByte.length / 2)] : 1e-4;
  return new Map(tests.map((t) => [t, table[key(t)] ?? sizeOf(t.path) * typical]));
}

module.exports = SlowFirst;
