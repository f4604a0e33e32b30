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
