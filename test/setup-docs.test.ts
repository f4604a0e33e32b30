// The set-up a newcomer follows stays true: the README names every system package the tests use, and .ci/run installs that
// same list (scripts/system-packages.txt) rather than a copy of its own; package.json states the Node the lockfile supports.
import { readFileSync } from 'fs';
import * as path from 'path';
import { REPO, systemPackages } from './helpers/system';

const read = (file: string) => readFileSync(path.join(REPO, file), 'utf8');

test('the README names every package of scripts/system-packages.txt', () => {
  const readme = read('README.md');
  const packages = systemPackages();
  expect(packages.length).toBeGreaterThanOrEqual(5);
  for (const name of packages) expect(readme).toContain(`\`${name}\``);
  expect(readme).toContain("$(sed 's/#.*//' scripts/system-packages.txt)");
});

test('.ci/run installs the list from scripts/system-packages.txt, and names no package of its own', () => {
  const ci = read('.ci/run');
  expect(ci).toContain('scripts/system-packages.txt');
  for (const name of systemPackages()) expect(ci).not.toContain(name);
  expect(ci).toMatch(/^npm test$/m);
});

test('no installed dependency asks for a newer Node than package.json promises', () => {
  const engines = JSON.parse(read('package.json')).engines.node as string;
  const minimum = Number(/>=\s*(\d+)/.exec(engines)?.[1]);
  const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, { engines?: { node?: string }; optional?: boolean }> };
  const tooNew: string[] = [];
  for (const [name, entry] of Object.entries(lock.packages)) {
    const wanted = entry.engines?.node;
    if (!name || !wanted) continue;
    // the lowest major each alternative of the range accepts, e.g. "^22 || ^24 || >=26" → 22, ">= 22.15.0" → 22
    const lowest = Math.min(...wanted.split('||').map((alt) => Number(/(\d+)/.exec(alt)?.[1] ?? 0)));
    if (lowest > minimum) tooNew.push(`${name}: ${wanted}`);
  }
  expect(tooNew).toEqual([]);
});

test('the README and help.html state the holiday years the installed chinese-days holds, not a year typed once', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { PACKAGE_YEAR_RANGE } = require('../src/core/dates/calendar') as typeof import('../src/core/dates/calendar');
  const span = `${PACKAGE_YEAR_RANGE[0]}–${PACKAGE_YEAR_RANGE[1]}`;
  for (const file of ['README.md', 'src/help/help.html']) {
    const text = read(file);
    const stated = [...text.matchAll(/(\d{4})–(\d{4}) 年/g)].map((m) => `${m[1]}–${m[2]}`);
    expect({ file, stated }).toEqual({ file, stated: [span] });
  }
});

test('the README\'s list of issue codes names every code Duban reports', () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { ISSUE_CODES } = require('../src/core/validation/issues') as typeof import('../src/core/validation/issues');
  const readme = read('README.md');
  const list = readme.slice(readme.indexOf('问题代码（可按代码筛选）'));
  expect(ISSUE_CODES.filter((code) => !new RegExp(`[：、；\\n]${code}[、（。；\\n]`).test(list.slice(0, 2000)))).toEqual([]);
});
