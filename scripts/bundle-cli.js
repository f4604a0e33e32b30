// The compiled CLI (build/cli, from tsc) joined into one file, build/cli/bundle.js, that `duban` loads: one file read instead of some 300 module look-ups at every start.
// Run by `npm run build:cli` and `npm install` after tsc. Dependencies stay outside (required when a command needs them, as before);
// without esbuild (an install without dev dependencies) nothing is bundled and `duban` loads build/cli/main.js.
'use strict';
const fs = require('fs');
const path = require('path');

const dir = path.join(__dirname, '..', 'build', 'cli');
const out = path.join(dir, 'bundle.js');
let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  fs.rmSync(out, { force: true });
  process.stdout.write('未安装 esbuild（开发依赖）：duban 命令将逐个加载 build/cli 中的模块，启动稍慢。\n');
  process.exit(0);
}
esbuild.buildSync({
  entryPoints: [path.join(dir, 'main.js')],
  outfile: out,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  // npm packages are loaded from node_modules when a command needs them (exceljs, docx and mammoth only for some)
  packages: 'external',
  // build/cli is the bundle's own folder, so __dirname (the sample's assets, collect's worker file) means what it did
  logLevel: 'warning',
});
