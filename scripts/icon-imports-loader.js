// webpack loader: turns `import { CalendarAdd20Regular, bundleIcon } from '@fluentui/react-icons'` (the pane's and Fluent UI's
// own) into imports of the modules the package publishes one icon at a time (@fluentui/react-icons/svg/calendar-add, …/utils),
// so that webpack no longer reads its barrel of every icon (16 MB of modules) for the hundred the bundles use. A name it
// cannot place for certain stays imported from the barrel: the bundle is the same either way, only built faster.
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const fs = require('fs');
const path = require('path');

const PACKAGE = '@fluentui/react-icons';
const LIB = path.join(path.dirname(require.resolve(`${PACKAGE}/package.json`)), 'lib');
/** The package's entries for what is not an icon, as its `exports` names them, and the file each maps to. */
const ENTRIES = [
  { specifier: `${PACKAGE}/utils`, file: path.join(LIB, 'utils.js') },
  { specifier: `${PACKAGE}/providers`, file: path.join(LIB, 'providers.js') },
];
/** An import of named bindings from the barrel: `import { A, B as C } from '@fluentui/react-icons';` */
const BARREL_IMPORT = /import\s*\{([^{}]*)\}\s*from\s*(['"])@fluentui\/react-icons\2\s*;?/g;
const BINDING = /^([A-Za-z_$][\w$]*)(?:\s+as\s+([A-Za-z_$][\w$]*))?$/;
/** An icon's name: what it shows, then a size in pixels (none for the 1em ones) and a style. */
const ICON_NAME = /^(.*?)(\d*)(Regular|Filled|Color|Light)$/;

/** name → the specifier that exports it (null: only the barrel, as far as this loader can tell), per build process. */
const placed = new Map();
/** file → its text ('' when absent), read once per build process. */
const texts = new Map();

function text(file) {
  if (!texts.has(file)) texts.set(file, fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '');
  return texts.get(file);
}

function exportsName(file, name) {
  const word = name.replace(/\$/g, '\\$');
  return new RegExp(`export const ${word}\\b|export \\{[^}]*\\b${word}\\b`).test(text(file));
}

/** 'Calendar3Day' → 'calendar-3-day', as the package names its one-icon modules. */
function kebab(words) {
  return (words.match(/[A-Z][a-z]*|[a-z]+|\d+/g) || []).join('-').toLowerCase();
}

/** The one-icon modules that may hold `name`: without its size and style, with the digits kept, the whole name. */
function iconCandidates(name) {
  const match = ICON_NAME.exec(name);
  if (!match) return [];
  const [, base, size] = match;
  return [...new Set([kebab(base), kebab(base + size), kebab(name)])].filter(Boolean);
}

/** Where `name` can be imported from without the barrel, verified against the module's own text; null when nowhere. */
function placeOf(name) {
  if (placed.has(name)) return placed.get(name);
  let place = null;
  for (const entry of ENTRIES) {
    if (exportsName(entry.file, name)) {
      place = entry.specifier;
      break;
    }
  }
  if (!place) {
    const icon = iconCandidates(name).find((file) => exportsName(path.join(LIB, 'atoms', 'svg', `${file}.js`), name));
    if (icon) place = `${PACKAGE}/svg/${icon}`;
  }
  placed.set(name, place);
  return place;
}

/** One barrel import rewritten, or returned as it was when any binding is not a plain `Name` or `Name as alias`. */
function rewriteImport(statement, list, quote) {
  const bindings = list.split(',').map((b) => b.trim()).filter(Boolean);
  const parsed = bindings.map((b) => BINDING.exec(b));
  if (parsed.length === 0 || parsed.some((p) => !p)) return statement;
  const groups = new Map();
  for (const [binding, name] of parsed) {
    const from = placeOf(name) || PACKAGE;
    if (!groups.has(from)) groups.set(from, []);
    groups.get(from).push(binding);
  }
  // on as many lines as the statement took, so that the lines after it keep their numbers (and the source map stays true)
  const lines = statement.split('\n').length - 1;
  return [...groups].map(([from, names]) => `import { ${names.join(', ')} } from ${quote}${from}${quote};`).join(' ') + '\n'.repeat(lines);
}

/** The module's source with every barrel import it can place rewritten. */
function rewriteIconImports(source) {
  if (!source.includes(PACKAGE)) return source;
  return source.replace(BARREL_IMPORT, (statement, list, quote) => rewriteImport(statement, list, quote));
}

module.exports = function iconImportsLoader(source, map) {
  this.callback(null, rewriteIconImports(String(source)), map);
};
module.exports.rewriteIconImports = rewriteIconImports;
