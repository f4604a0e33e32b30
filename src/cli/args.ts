// Command-line arguments: positionals and --flags (with values or boolean), nothing more.

export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

/** Flags that take no value. */
const BOOLEAN_FLAGS = new Set(['json', 'sample', 'force', 'help', 'quick']);

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '-h') flags.set('help', true);
    else if (arg === '-o') {
      const value = argv[++i];
      if (value === undefined) throw new UsageError('-o 后面需要输出文件名');
      flags.set('output', value);
    } else if (arg.startsWith('--')) {
      const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
      if (BOOLEAN_FLAGS.has(name)) flags.set(name, true);
      else {
        const value = inline ?? argv[++i];
        if (value === undefined || (inline === undefined && value.startsWith('--'))) throw new UsageError(`--${name} 后面需要一个值`);
        flags.set(name, value);
      }
    } else positionals.push(arg);
  }
  return { positionals, flags };
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
