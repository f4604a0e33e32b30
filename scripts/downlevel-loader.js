// webpack loader: rewrites a library module that uses syntax Safari before 16.4 cannot parse (class static blocks)
// into ES2021 with TypeScript's own transpiler; modules without such syntax pass through untouched.
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const ts = require('typescript');

/** Syntax that only ES2022 engines parse and TypeScript can lower (a class static block). */
const NEEDS_LOWERING = /\bstatic\s*\{/;

module.exports = function downlevel(source) {
  if (!NEEDS_LOWERING.test(source)) return source;
  const out = ts.transpileModule(source, {
    fileName: this.resourcePath,
    compilerOptions: { target: ts.ScriptTarget.ES2021, module: ts.ModuleKind.ESNext, allowJs: true, sourceMap: false, importHelpers: false },
  });
  return out.outputText;
};
