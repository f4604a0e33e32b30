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

/** The one-file CLI (scripts/bundle-cli.js) when it is there and not older than the modules tsc wrote; else the modules. */
function entry() {
  try {
    return fs.statSync(bundle).mtimeMs >= fs.statSync(main).mtimeMs ? bundle : main;
  } catch {
    return main;
  }
}

let cli;
try {
  cli = require(entry());
} catch (e) {
  // only the compiled CLI itself missing; a missing dependency inside it is a real error to show
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(path.join('build', 'cli', 'main.js'))) {
    process.stderr.write('duban：命令尚未编译，请先在项目目录运行 npm install（或 npm run build:cli）。\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2));
