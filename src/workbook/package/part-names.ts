// Names of parts inside a zip package: folders, .rels parts, and relationship targets resolved (percent-decoded, from the root or relative).

export function dirOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash + 1);
}

export function relsPartOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The part a .rels part describes ('' for the package's own _rels/.rels), or undefined. */
export function sourceOfRels(relsPart: string): string | undefined {
  const slash = relsPart.lastIndexOf('/');
  const dir = relsPart.slice(0, slash + 1);
  const file = relsPart.slice(slash + 1);
  if (!dir.endsWith('_rels/') || !file.endsWith('.rels')) return undefined;
  return dir.slice(0, -'_rels/'.length) + file.slice(0, -'.rels'.length);
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The part a relationship target names, from the folder of its source part (lower case). */
export function resolvePart(dir: string, target: string): string {
  const path = target.split('#')[0];
  const parts = (path.startsWith('/') ? path.slice(1) : dir + path).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(decodeURIComponentSafe(p));
  }
  return out.join('/').toLowerCase();
}

/** The path of `part` relative to the folder `fromDir` (both lower-case-insensitive zip names). */
export function relativeTarget(fromDir: string, part: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const to = part.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common].toLowerCase() === to[common].toLowerCase()) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
