// Child process of the hostile-corpus test: runs `duban check --json` on each file in turn (heap capped by the parent, collected between files) and prints one JSON line per file.
import { run } from '../../src/cli/main';

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (const file of process.argv.slice(2)) {
    gc?.();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    let out = '';
    let err = '';
    const started = performance.now();
    const code = await run(['check', file, '--json', '--as-of', '2023-06-01'], { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
    const ms = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    process.stdout.write(`${JSON.stringify({ file, code, out, err, ms, rssMb: peak / 1024 / 1024 })}\n`);
  }
}

main();
