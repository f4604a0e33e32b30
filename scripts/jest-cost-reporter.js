// Jest reporter that measures what each test file costs in CPU seconds (the test's process and the programs it waited
// for: LibreOffice, webpack, Chromium, tsx children) and keeps the figures in scripts/jest-costs.json, which
// scripts/jest-sequencer.js reads to start the costly files first on a clone jest has not run before.
// Run in band, so that one process runs one file at a time (other files' work would be counted otherwise):
//   npx jest --runInBand --reporters=default --reporters=./scripts/jest-cost-reporter.js [files]
// Files run replace their own figures; the others' are kept. CPU time, not wall time: a busy machine does not change it.
const fs = require('fs');
const path = require('path');

const TABLE = path.join(__dirname, 'jest-costs.json');
const REPO = path.resolve(__dirname, '..');

/** CPU seconds of this process and of the children it has waited for (Linux: /proc/self/stat fields 14–17). */
function cpuSeconds() {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    children = (Number(fields[13]) + Number(fields[14])) / 100; // cutime + cstime, in clock ticks of 1/100 s
  } catch {
    // no /proc: the process's own time only
  }
  return (own.user + own.system) / 1e6 + children;
}

class CostReporter {
  constructor(globalConfig) {
    this.inBand = globalConfig.maxWorkers === 1 || globalConfig.runInBand === true;
    this.started = new Map();
    this.costs = {};
  }

  onRunStart() {
    // eslint-disable-next-line no-console
    if (!this.inBand) console.warn('jest-cost-reporter：需用 --runInBand 运行（多个进程同时运行时无法按文件计时），本次不写入 scripts/jest-costs.json。');
  }

  onTestFileStart(test) {
    this.started.set(test.path, cpuSeconds());
  }

  onTestFileResult(test, result) {
    const start = this.started.get(test.path);
    if (start === undefined || result.testExecError || result.numFailingTests > 0) return;
    this.costs[path.relative(REPO, test.path).split(path.sep).join('/')] = Math.round((cpuSeconds() - start) * 10) / 10;
  }

  onRunComplete() {
    if (!this.inBand || Object.keys(this.costs).length === 0) return;
    const table = fs.existsSync(TABLE) ? JSON.parse(fs.readFileSync(TABLE, 'utf8')) : {};
    const merged = { ...table, ...this.costs };
    // files that are gone leave the table
    for (const file of Object.keys(merged)) if (!fs.existsSync(path.join(REPO, file))) delete merged[file];
    const sorted = Object.fromEntries(Object.keys(merged).sort().map((k) => [k, merged[k]]));
    fs.writeFileSync(TABLE, `${JSON.stringify(sorted, null, 1)}\n`);
  }
}

module.exports = CostReporter;
