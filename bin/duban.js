#!/usr/bin/env node
// Entry of the `duban` command: runs the compiled CLI (built by `npm install` / `npm run build:cli`).
'use strict';
// A command runs for seconds: TurboFan's inlining costs more compiling than it saves in so short a run
// (BENCHMARKS.md, 第十一轮: about 10% less CPU at 100k, the 500k report no slower). Set before any code is optimised.
require('v8').setFlagsFromString('--no-turbo-inlining');
const fs = require('fs');
const path = require('path');

const built = path.join(__dirname, '..', 'build', 'cli');
const main = path.join(built, 'main.js');
const bundle = path.join(built, 'bundle.js');
const cache = path.join(built, 'bundle.cache');

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return -1;
  }
};

/**
 * The one-file CLI (scripts/bundle-cli.js), compiled with the bytecode V8 kept from a demo run at build time when that cache
 * is there (V8 refuses a cache of another Node or another bundle, and then compiles as usual). DUBAN_CODE_CACHE_OUT: where
 * to write the cache when this run ends (the build's demo run); DUBAN_DEBUG_LOAD=1 says on stderr how the CLI was loaded.
 */
function loadBundle() {
  const vm = require('vm');
  const Module = require('module');
  const source = fs.readFileSync(bundle, 'utf8');
  const cachedData = !process.env.DUBAN_CODE_CACHE_OUT && mtime(cache) >= mtime(bundle) ? fs.readFileSync(cache) : undefined;
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const self = new Module(bundle, module);
  self.filename = bundle;
  self.paths = Module._nodeModulePaths(built);
  script.runInThisContext().call(self.exports, self.exports, (id) => self.require(id), self, bundle, built);
  if (process.env.DUBAN_DEBUG_LOAD) process.stderr.write(`duban: bundle${cachedData ? (script.cachedDataRejected ? ', cache refused' : ', cache used') : ''}\n`);
  const out = process.env.DUBAN_CODE_CACHE_OUT;
  if (out) process.on('exit', () => fs.writeFileSync(out, script.createCachedData()));
  return self.exports;
}

let cli;
try {
  // the bundle when it is not older than the modules tsc wrote (a bare tsc run is never shadowed); else the modules
  if (mtime(bundle) >= mtime(main) && mtime(main) >= 0) cli = loadBundle();
  else {
    cli = require(main);
    if (process.env.DUBAN_DEBUG_LOAD) process.stderr.write('duban: modules\n');
  }
} catch (e) {
  // only the compiled CLI itself missing; a missing dependency inside it is a real error to show
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(path.join('build', 'cli', 'main.js'))) {
    process.stderr.write('duban：命令尚未编译，请先在项目目录运行 npm install（或 npm run build:cli）。\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2));
