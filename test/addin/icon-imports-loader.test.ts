// The build's icon loader (scripts/icon-imports-loader.js): imports from @fluentui/react-icons' barrel become imports of the
// one-icon modules that really export each name, on the same lines; what it cannot place stays with the barrel.
import { readFileSync, readdirSync } from 'fs';
import * as path from 'path';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { rewriteIconImports } = require('../../scripts/icon-imports-loader.js') as { rewriteIconImports: (source: string) => string };

const REPO = path.resolve(__dirname, '..', '..');
const ICONS = path.join(REPO, 'node_modules', '@fluentui', 'react-icons');

/** The statements of `source` that import from some module, as { from: [bindings] }. */
function imports(source: string): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const m of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    out[m[2]] = [...(out[m[2]] ?? []), ...m[1].split(',').map((b) => b.trim()).filter(Boolean)];
  }
  return out;
}

test("Fluent UI's own import of six icons and bundleIcon: each from the module that has it", () => {
  const file = path.join(REPO, 'node_modules/@fluentui/react-infobutton/lib/components/InfoButton/DefaultInfoButtonIcons.js');
  const source = readFileSync(file, 'utf8');
  const rewritten = rewriteIconImports(source);
  expect(imports(rewritten)).toEqual({
    '@fluentui/react-icons/svg/info': ['Info12Regular', 'Info12Filled', 'Info16Regular', 'Info16Filled', 'Info20Regular', 'Info20Filled'],
    '@fluentui/react-icons/utils': ['bundleIcon'],
  });
  // everything after the import is untouched
  expect(rewritten.slice(rewritten.indexOf('export const'))).toBe(source.slice(source.indexOf('export const')));
});

test('the pane\'s multi-line import keeps its aliases, its quotes and the line numbers of what follows', () => {
  const source = [
    'import {',
    '  CalendarAdd20Regular,',
    '  Dismiss20Regular as Close,',
    '  TextBulletListSquare20Regular,',
    "} from '@fluentui/react-icons';",
    'const icons = [CalendarAdd20Regular, Close, TextBulletListSquare20Regular];',
  ].join('\n');
  const rewritten = rewriteIconImports(source);
  expect(imports(rewritten)).toEqual({
    '@fluentui/react-icons/svg/calendar-add': ['CalendarAdd20Regular'],
    '@fluentui/react-icons/svg/dismiss': ['Dismiss20Regular as Close'],
    '@fluentui/react-icons/svg/text-bullet-list-square': ['TextBulletListSquare20Regular'],
  });
  expect(rewritten).toContain("from '@fluentui/react-icons/svg/dismiss';");
  expect(rewritten.split('\n')).toHaveLength(6);
  expect(rewritten.split('\n')[5]).toBe('const icons = [CalendarAdd20Regular, Close, TextBulletListSquare20Regular];');
});

test('names whose module is named otherwise: digits in the icon, a Light style, a context provider, a class name', () => {
  const rewritten = rewriteIconImports(
    'import { Calendar3Day20Regular, Battery0Regular, Cellular3GRegular, Add32Light, IconDirectionContextProvider, iconFilledClassName } from "@fluentui/react-icons";',
  );
  expect(imports(rewritten)).toEqual({
    '@fluentui/react-icons/svg/calendar-3-day': ['Calendar3Day20Regular'],
    '@fluentui/react-icons/svg/battery': ['Battery0Regular'],
    '@fluentui/react-icons/svg/cellular-3-g': ['Cellular3GRegular'],
    '@fluentui/react-icons/svg/add': ['Add32Light'],
    '@fluentui/react-icons/providers': ['IconDirectionContextProvider'],
    '@fluentui/react-icons/utils': ['iconFilledClassName'],
  });
});

test('what it cannot place stays with the barrel; forms it does not rewrite and other modules are left as they are', () => {
  expect(imports(rewriteIconImports("import { NotAnIcon20Regular, DismissRegular } from '@fluentui/react-icons';"))).toEqual({
    '@fluentui/react-icons/svg/dismiss': ['DismissRegular'],
    '@fluentui/react-icons': ['NotAnIcon20Regular'],
  });
  for (const source of [
    "import * as Icons from '@fluentui/react-icons';",
    "import type { FluentIcon } from '@fluentui/react-icons';",
    "import { type FluentIcon, DismissRegular } from '@fluentui/react-icons';",
    "export { DismissRegular } from '@fluentui/react-icons';",
    "import { DismissRegular } from '@fluentui/react-icons-mdl2';",
    "import { Button } from '@fluentui/react-components';",
  ]) {
    expect(rewriteIconImports(source)).toBe(source);
  }
});

test("a sample of the package's 26,000 icons: each is placed in a module that the package's CommonJS build says exports it", () => {
  const atoms = path.join(ICONS, 'lib', 'atoms', 'svg');
  const names: string[] = [];
  for (const file of readdirSync(atoms).filter((f) => f.endsWith('.js'))) {
    for (const m of readFileSync(path.join(atoms, file), 'utf8').matchAll(/export const (\w+)/g)) names.push(m[1]);
  }
  expect(names.length).toBeGreaterThan(20_000);
  // every 101st, every name with a digit before its size (the hard ones), every 7th of the styles other than Regular and Filled
  const sample = names.filter((name, i) => i % 101 === 0 || /\d[A-Za-z]+\d*(Regular|Filled)$/.test(name) || (/(Color|Light)$/.test(name) && i % 7 === 0));
  expect(sample.length).toBeGreaterThan(500);
  const placed = imports(rewriteIconImports(`import { ${sample.join(', ')} } from '@fluentui/react-icons';`));
  expect(placed['@fluentui/react-icons']).toBeUndefined();
  for (const [from, bindings] of Object.entries(placed)) {
    const cjs = path.join(ICONS, 'lib-cjs', 'atoms', 'svg', `${from.replace('@fluentui/react-icons/svg/', '')}.cjs`);
    const text = readFileSync(cjs, 'utf8');
    for (const name of bindings) expect({ name, exported: new RegExp(`exports\\.${name} = `).test(text) }).toEqual({ name, exported: true });
  }
});
