// Test helper: runs the `duban` command in-process and captures its output and exit code.
import { run } from '../../src/cli/main';

export interface Captured {
  code: number;
  out: string;
  err: string;
}

export async function duban(...argv: string[]): Promise<Captured> {
  let out = '';
  let err = '';
  const code = await run(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
}
