// The compiled CLI (build/cli, from tsc) joined into one file, build/cli/bundle.js, that `duban` loads: one file read instead of some 300 module look-ups at every start;
// then a demo run leaves V8's bytecode of what it ran in build/cli/bundle.cache, so that a command compiles little of itself.
// Run by `npm run build:cli` and `npm install` after tsc. Dependencies stay outside (required when a command needs them, as before);
// without esbuild (an install without dev dependencies) nothing is bundled and `duban` loads build/cli/main.js.
'use strict';
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const dir = path.join(__dirname, '..', 'build', 'cli');
const out = path.join(dir, 'bundle.js');
const cache = path.join(dir, 'bundle.cache');
let esbuild;
try {
  esbuild = require('esbuild');
} catch {
  fs.rmSync(out, { force: true });
  fs.rmSync(cache, { force: true });
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

// the code cache: what `duban demo` (the built-in sample: check, scoring, every generated sheet) compiled, kept by V8 at its end
fs.rmSync(cache, { force: true });
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'duban-code-cache-'));
try {
  const written = path.join(work, 'bundle.cache');
  const run = spawnSync(process.execPath, [path.join(__dirname, '..', 'bin', 'duban.js'), 'demo', '-o', path.join(work, 'demo.xlsx')], {
    cwd: work,
    env: { ...process.env, DUBAN_CODE_CACHE_OUT: written },
    encoding: 'utf8',
  });
  if (run.status === 0 && fs.existsSync(written)) fs.copyFileSync(written, cache); // a copy: the temporary folder may be on another file system
  else process.stdout.write(`未生成 duban 命令的代码缓存（示例运行失败：${(run.stderr || run.error || '').toString().slice(0, 200)}）：命令照常运行，启动稍慢。\n`);
} finally {
  fs.rmSync(work, { recursive: true, force: true });
}
