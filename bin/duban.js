#!/usr/bin/env node
// Entry of the `duban` command: runs the compiled CLI (built by `npm install` / `npm run build:cli`).
'use strict';
const path = require('path');
let cli;
try {
  cli = require(path.join(__dirname, '..', 'build', 'cli', 'main.js'));
} catch (e) {
  // only the compiled CLI itself missing; a missing dependency inside it is a real error to show
  if (e && e.code === 'MODULE_NOT_FOUND' && String(e.message).includes(path.join('build', 'cli', 'main.js'))) {
    process.stderr.write('duban：命令尚未编译，请先在项目目录运行 npm install（或 npm run build:cli）。\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2));
