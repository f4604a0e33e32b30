// Memoizing a function of one key (a cell's text, a parsed object) for the length of one pass over a workbook.

/** `compute` answered once per distinct key (compared as Map keys), for as long as the returned function lives. */
export function memoize<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      cache.set(key, value);
    }
    return value as V;
  };
}
