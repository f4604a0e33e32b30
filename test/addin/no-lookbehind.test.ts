// Safari before 16.4 (older Excel for Mac webviews) cannot parse regex lookbehind: a `new RegExp` built at run time with one
// throws when its module loads, which the bundle syntax test (regex literals only) cannot see. No source may write one.
import { readFileSync, readdirSync, statSync } from 'fs';
import * as path from 'path';

const SRC = path.resolve(__dirname, '..', '..', 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return sources(full);
    return /\.tsx?$/.test(name) ? [full] : [];
  });
}

test('no source file writes a lookbehind, in a regex literal or in the text of a new RegExp', () => {
  const found: string[] = [];
  for (const file of sources(SRC)) {
    // comments may name the construct they avoid
    const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:\\])\/\/.*$/gm, '$1');
    code.split('\n').forEach((line, i) => {
      if (/\(\?<[=!]/.test(line)) found.push(`${path.relative(SRC, file)}:${i + 1}`);
    });
  }
  expect(found).toEqual([]);
});
