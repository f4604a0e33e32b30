// memoize: one computation per distinct key, undefined and null answers included.
import { memoize } from '../../src/core/memo';

test('computes once per distinct key, remembering undefined and null answers too', () => {
  const seen: string[] = [];
  const lengthOf = memoize((text: string) => {
    seen.push(text);
    return text === '' ? undefined : text === '无' ? null : text.length;
  });
  for (let i = 0; i < 3; i++) {
    expect(lengthOf('市委宣传部')).toBe(5);
    expect(lengthOf('')).toBeUndefined();
    expect(lengthOf('无')).toBeNull();
  }
  expect(seen).toEqual(['市委宣传部', '', '无']);
});

test('keys objects by identity', () => {
  let calls = 0;
  const describe = memoize((q: { n: number }) => {
    calls++;
    return `每月${q.n}篇`;
  });
  const q = { n: 2 };
  expect(describe(q)).toBe('每月2篇');
  expect(describe(q)).toBe('每月2篇');
  expect(describe({ n: 2 })).toBe('每月2篇');
  expect(calls).toBe(2);
});
