// webpack loader for the test suite's builds (DUBAN_TRANSPILE_ONLY=1): TypeScript to ES2021 modules with esbuild, as ts-loader's transpileOnly does, in a fraction of its time.
/* eslint-disable @typescript-eslint/no-require-imports */
'use strict';
const { transform } = require('esbuild');
const { compilerOptions } = require('../tsconfig.webpack.json');
const base = require('../tsconfig.json').compilerOptions;

// tsconfig.webpack.json's target, and tsconfig.json's JSX and class-field semantics
const tsconfigRaw = { compilerOptions: { jsx: base.jsx, useDefineForClassFields: true } };

module.exports = function esbuildLoader(source) {
  const done = this.async();
  transform(source, {
    loader: this.resourcePath.endsWith('.tsx') ? 'tsx' : 'ts',
    format: 'esm',
    target: compilerOptions.target.toLowerCase(),
    sourcefile: this.resourcePath,
    sourcemap: 'external',
    tsconfigRaw,
  }).then(({ code, map }) => done(null, code, map), done);
};
