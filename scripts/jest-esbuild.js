// Jest transformer: TypeScript test and source files to CommonJS with esbuild (type checking is tsc's job, once per `npm test`, before jest).
const { transformSync } = require('esbuild');
const crypto = require('crypto');
const { compilerOptions } = require('../tsconfig.json');

// the project's own compiler options, so that class fields, JSX and interop read as tsc emits them
const tsconfigRaw = { compilerOptions: { target: compilerOptions.target, jsx: compilerOptions.jsx, esModuleInterop: compilerOptions.esModuleInterop, useDefineForClassFields: true } };
const VERSION = require('esbuild/package.json').version;
/** This file's own text is part of every cache key: a change here transforms every file again. */
const SELF = require('fs').readFileSync(__filename);

/**
 * esbuild's CommonJS interop differs from tsc's in two ways tests rely on (jest.spyOn counting how often a memoized
 * parser runs): its exports are fixed getters where tsc's can be replaced, and `import * as m` gets a copy of a
 * module's exports where tsc's __importStar gives the module itself. Its two helpers are made to behave as tsc's.
 */
const HELPERS = [
  ['var __defProp = Object.defineProperty;', 'var __defProp = (o, k, d) => Object.defineProperty(o, k, d.get ? { ...d, configurable: true } : d);', '__export('],
  ['var __toESM = (mod, isNodeMode, target) => (', 'var __toESM = (mod, isNodeMode, target) => mod && mod.__esModule ? mod : (', '__toESM('],
];
function tscInterop(code, file) {
  for (const [helper, asTsc, use] of HELPERS) {
    if (code.includes(helper)) code = code.replace(helper, asTsc);
    else if (code.includes(use)) throw new Error(`jest-esbuild: esbuild ${VERSION} no longer writes "${helper}" (${file}); update scripts/jest-esbuild.js`);
  }
  return code;
}

/**
 * Built-ins a module reads from module scope instead of the test context's global object: in jest's vm context every read
 * of a global goes through the context's interceptor, about ten times slower than in Node itself (the icon test's drawing
 * loop, all Math.*, took 2.0 s in jest and 0.3 s with them bound locally). Never what a test may swap: Date, timers,
 * performance, console, process. A name the module declares itself (const, let, var, function, class) is left alone; one it
 * declares by destructuring at top level would fail loudly at load ("already been declared"), never silently.
 */
const BUILT_INS = ['Math', 'JSON', 'Object', 'Array', 'String', 'Number', 'Boolean', 'Symbol', 'Map', 'Set', 'WeakMap', 'WeakSet', 'RegExp',
  'Error', 'TypeError', 'RangeError', 'Uint8Array', 'Uint16Array', 'Uint32Array', 'Int32Array', 'Float64Array', 'ArrayBuffer', 'DataView',
  'Reflect', 'TextDecoder', 'TextEncoder', 'Buffer', 'parseInt', 'parseFloat', 'isNaN', 'isFinite'];
function boundBuiltIns(code) {
  const used = BUILT_INS.filter((name) => code.includes(name) && !new RegExp(`(?:const|let|var|function|class)\\s+${name}\\b`).test(code));
  // on the first line, so that every line keeps its number for the source map
  if (used.length === 0) return code;
  const directive = /^\s*(['"])use strict\1;?/.exec(code)?.[0] ?? ''; // a directive stays first
  return `${directive}const { ${used.join(', ')} } = globalThis; ${code.slice(directive.length)}`;
}

module.exports = {
  process(source, file) {
    const { code, map } = transformSync(source, {
      loader: file.endsWith('.tsx') ? 'tsx' : 'ts',
      format: 'cjs',
      target: 'node20',
      sourcefile: file,
      sourcemap: 'external',
      sourcesContent: false,
      tsconfigRaw,
      // import() as require(), as tsc's CommonJS output has it (jest runs modules without --experimental-vm-modules)
      supported: { 'dynamic-import': false },
    });
    return { code: boundBuiltIns(tscInterop(code, file)), map };
  },
  getCacheKey(source, file) {
    return crypto.createHash('sha1').update(VERSION).update(SELF).update(JSON.stringify(tsconfigRaw)).update(file).update('\0').update(source).digest('hex');
  },
};
