// Property-based tests: the unit splitter, the deadline and quota parsers and date conversions on any input.
import fc from 'fast-check';
import { CivilDate, fromSerial, isValidCivil, toSerial } from '../src/core/dates/civil-date';
import { parseDeadline } from '../src/core/deadlines/deadline';
import { QUOTA_UNITS, expectedCount, parseQuota } from '../src/core/quotas/quota';
import { UnitRegistry, analyzeUnitCell, registryEntryFromCells, splitUnits } from '../src/core/units/units';

// Inputs: any text (ASCII, full Unicode with lone surrogates, graphemes), numbers, and text built
// from the pieces clerks actually type, so that the interesting paths are reached often.
const UNIT_PIECES = [
  '市委宣传部', '市发改委', '市文化和旅游局', '各县区人民政府', '区民生办', '融媒体中心', '金安区', '镇', '局', '委', '办',
  '、', '，', ',', '；', ';', '／', '/', ' ', '  ', '\n', '\t', '\u3000', '\u200b', '（', '）', '(', ')', '【', '】', '“', '”', '《', '》',
  '「', '」', '{', '}', '。', '：', ':', '—', '-', '*', '·', '等', '等单位', '等相关部门', '牵头单位：', '责任单位:', '配合', '无', '暂无',
  '和', '及', 'A', '1', '２',
];
const DEADLINE_PIECES = [
  '2023', '年', '5', '月', '31', '日', '前', '之前', '底', '末', '上旬', '中旬', '下旬', '次年', '每', '季度', '第二个', '周', '天', '长期',
  '坚持', '全年', '常态化', '提前', '两个', '工作日', '会前', '3', '**', 'X', 'xx', '、', '-', '/', '.', '十二', '二', '三十', '上半年',
  '宣传月期间', '次月', '7', '0', '2月30日', '13月', ' ', '（', '）',
];
const QUOTA_PIECES = [
  '每', '月', '季度', '周', '日', '年度内', '不少于', '不得少于', '至少', '完成', '两', '2', '1', '十', '篇', '次', '期', '场', '条', '份',
  '人次', '个', '项目', '宣传月期间', '5月、10月', '各', '以上', '不超过', '-', '至', '3', '≥', ' ', '，', '一次性',
];

const pieces = (from: readonly string[], maxLength = 14) =>
  fc.array(fc.constantFrom(...from), { maxLength }).map((a) => a.join(''));
const anyText = (domain: readonly string[]) =>
  fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 30 }),
    fc.string({ unit: 'grapheme', maxLength: 20 }),
    pieces(domain),
    pieces(domain, 30),
  );
const anyValue = (domain: readonly string[]): fc.Arbitrary<unknown> =>
  fc.oneof(anyText(domain), fc.double(), fc.integer(), fc.constantFrom(null, undefined, true, NaN, Infinity, -0));

const REGISTRY = new UnitRegistry(
  [
    ['市委宣传部', '六安市委宣传部', '党委部门', '成员单位'],
    ['市发改委', '市发展改革委、六安市发展和改革委员会', '市直部门', '成员单位'],
    ['市文旅局', '市文化和旅游局', '市直部门', '成员单位'],
    ['金安区人民政府', '金安区政府', '县区', '各县区人民政府'],
    ['裕安区人民政府', '', '县区', '各县区人民政府'],
    ['区民生办', '', '区直部门', ''],
    ['市融媒体中心', '融媒体中心', '媒体', ''],
  ].map(([n, a, t, g]) => registryEntryFromCells(n, a, t, g)!),
);

const DEADLINE_KINDS = ['date', 'recurring', 'ongoing', 'relative', 'placeholder', 'invalid', 'unparsed', 'none'];
const QUOTA_PERS = ['day', 'week', 'month', 'quarter', 'year', 'once'];

const civilDate = fc
  .record({ year: fc.integer({ min: 1900, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter((d) => isValidCivil(d.year, d.month, d.day));

// ---------------------------------------------------------------------------------------------
// Units

/** Letters and digits of a text, in order: what a split may never lose (see the invariant below). */
const lettersOf = (s: string) => Array.from(s).filter((ch) => /[\p{L}\p{N}]/u.test(ch)).join('');

/**
 * The exact invariant of splitUnits (read from src/core/units/units.ts): it splits on separators and
 * white space outside brackets, then trims white space, stray edge punctuation (。.，:…-_*#|"' and
 * the like), zero-width characters and unmatched or wrapping brackets from each name, and drops
 * pieces left without a letter or digit. None of those is a letter or digit. The only letters it
 * removes are a label written before the names (责任单位：, 牵头单位:, 配合责任部门：…), a trailing
 * 等 / 等单位 / 等相关部门 after the last name, and a cell saying 无 / 暂无.
 * So: the letters and digits of the parts, joined, are the input's letters and digits with at
 * most such a label cut from the front and such an 等… cut from the end — nothing from the middle,
 * nothing reordered.
 */
/**
 * What splitting may drop (issue 20): a leading label, "等…部门" after any name, 和/及/以及/与 between two units,
 * a lone 无/暂无, and a sub-item's number before a name (①, ⑴, ㈠; "1." or "2、" before a CJK name; round 12). Anything else lost is a bug.
 */
const DROPPABLE = /^(?:(?:牵头|配合|协办|主办|参与|责任)*(?:单位|部门)|等(?:相关|有关|其他|其它|各)?(?:[\u4e00-\u9fff]{0,6}?(?:部门|单位|乡镇|镇|街道|镇街|科室|股室|处室|机构|企业|县区|区县|成员单位|方面))?|以及|和|及|与|无|暂无|[\u2460-\u249b\u3220-\u3229]|[0-9０-９]{1,2})*$/;

function keepsEveryLetter(input: string, parts: string[]): boolean {
  const all = Array.from(lettersOf(input));
  const kept = Array.from(lettersOf(parts.join('')));
  // some way of lining the kept letters up with the input's, in order, such that every run of input letters left out
  // between them is droppable: searched over all alignments, not greedily (a kept 等 may be a later one than the first)
  const memo = new Map<number, boolean>();
  const fits = (i: number, j: number): boolean => {
    if (j === kept.length) return DROPPABLE.test(all.slice(i).join(''));
    const key = i * (kept.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let ok = false;
    for (let k = i; k < all.length && !ok; k++) {
      if (all[k] === kept[j] && DROPPABLE.test(all.slice(i, k).join(''))) ok = fits(k + 1, j + 1);
    }
    memo.set(key, ok);
    return ok;
  };
  return fits(0, 0);
}

/** Whitespace-free characters of the parts, in order, are a subsequence of the input's. */
function isSubsequence(input: string, parts: string[]): boolean {
  const source = Array.from(input.replace(/\s+/g, ''));
  const wanted = Array.from(parts.join('').replace(/\s+/g, ''));
  let i = 0;
  for (const ch of source) if (i < wanted.length && ch === wanted[i]) i++;
  return i === wanted.length;
}

describe('splitUnits on any input', () => {
  test('the letter check lines kept letters up with any occurrence, not the first (a counterexample fast-check found)', () => {
    const input = '市委宣传部等相关部门  等市委宣传部';
    expect(keepsEveryLetter(input, splitUnits(input))).toBe(true);
    expect(keepsEveryLetter(input, ['市委宣传部', '市委'])).toBe(false);
  });

  test('returns an array of non-empty, trimmed strings and never throws', () => {
    fc.assert(
      fc.property(anyValue(UNIT_PIECES), (value) => {
        const parts = splitUnits(value as string);
        expect(Array.isArray(parts)).toBe(true);
        // the parts that are not a non-empty trimmed string with a letter or digit, in one expect (four a part were half this file's time)
        expect(parts.filter((p) => typeof p !== 'string' || p === '' || p !== p.trim() || !/[\p{L}\p{N}]/u.test(p))).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  test('splitting then joining loses no letter or digit except a leading label, 等…, and 和/及 between units', () => {
    fc.assert(
      fc.property(anyText(UNIT_PIECES), (text) => {
        const parts = splitUnits(text);
        expect(keepsEveryLetter(text.replace(/[\u200b-\u200d\u2060\ufeff]/g, ''), parts)).toBe(true);
        expect(isSubsequence(text, parts)).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('names joined by separators come back exactly, in order', () => {
    const name = fc
      .array(fc.constantFrom('市', '委', '宣传', '部', '金安', '区', '文化和旅游', '局', '融媒体', '中心', '镇', '（网信办）', '1', 'A'), { minLength: 1, maxLength: 5 })
      .map((a) => a.join(''))
      // a name of one or two digits alone before 、 is a sub-item's number ("1、市委宣传部"; round 12), not a name
      .filter((n) => /^[\p{L}\p{N}]/u.test(n) && !n.startsWith('（') && !/等$/.test(n) && !/^\d{1,2}$/.test(n));
    const sep = fc.constantFrom('、', '，', ',', '；', ';', '／', '/', '\n', ' 、 ', '、\n');
    fc.assert(
      fc.property(fc.array(fc.tuple(name, sep), { minLength: 1, maxLength: 6 }), (items) => {
        const text = items.map(([n, s], i) => (i < items.length - 1 ? n + s : n)).join('');
        const names = items.map(([n]) => n);
        // a name that is only 无 or 暂无 alone means "no unit"; not generated here
        expect(splitUnits(text)).toEqual(names);
      }),
      { numRuns: 500 },
    );
  });

  test('analyzeUnitCell gives a typed analysis with and without a registry, never throws', () => {
    fc.assert(
      fc.property(anyValue(UNIT_PIECES), fc.boolean(), (value, withRegistry) => {
        const a = analyzeUnitCell(value as string, withRegistry ? REGISTRY : null);
        expect(Array.isArray(a.mentions) && Array.isArray(a.units) && Array.isArray(a.duplicates)).toBe(true);
        expect(a.mentions.filter((m) => typeof m.written !== 'string' || !['name', 'alias', 'group', 'unknown'].includes(m.resolution.kind))).toEqual([]);
        expect(a.units.filter((u) => !(typeof u === 'string' && u !== ''))).toEqual([]);
        expect(new Set(a.units).size).toBe(a.units.length);
      }),
      { numRuns: 1000 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Deadlines and quotas

describe('parseDeadline on any input', () => {
  test('returns one of the deadline kinds with real dates, never throws', () => {
    fc.assert(
      fc.property(anyValue(DEADLINE_PIECES), fc.oneof(fc.integer({ min: 1990, max: 2100 }), fc.integer()), (value, year) => {
        const d = parseDeadline(value as string, year);
        expect(DEADLINE_KINDS).toContain(d.kind);
        expect(typeof d.text).toBe('string');
        if (d.kind === 'date') {
          expect(d.dates.length).toBeGreaterThan(0);
          for (const x of [d.date, ...d.dates]) expect(isValidCivil(x.year, x.month, x.day)).toBe(true);
        }
        if (d.kind === 'recurring') {
          expect(['day', 'week', 'month', 'quarter', 'year']).toContain(d.per);
          for (const m of d.months ?? []) expect(Number.isInteger(m) && m >= 1 && m <= 12).toBe(true);
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseQuota and expectedCount on any input', () => {
  test('parseQuota returns null or a well-formed quota, never throws', () => {
    fc.assert(
      fc.property(anyValue(QUOTA_PIECES), fc.option(fc.array(fc.integer({ min: -2, max: 14 }), { maxLength: 5 }), { nil: undefined }), (value, months) => {
        const q = parseQuota(value as string, months ? { publicityMonths: months } : undefined);
        if (q === null) return;
        expect(Number.isFinite(q.min) && q.min >= 0).toBe(true);
        expect(QUOTA_UNITS).toContain(q.unit);
        expect(QUOTA_PERS).toContain(q.per);
        for (const m of q.months ?? []) expect(Number.isInteger(m) && m >= 1 && m <= 12).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  test('expectedCount of any parsed quota over any window is a whole multiple of min, never negative', () => {
    fc.assert(
      fc.property(pieces(QUOTA_PIECES), civilDate, civilDate, (text, from, to) => {
        const q = parseQuota(text);
        if (!q) return;
        const n = expectedCount(q, from, to);
        expect(Number.isFinite(n) && n >= 0).toBe(true);
        if (q.min > 0) expect(Number.isInteger(Math.round((n / q.min) * 1e9) / 1e9)).toBe(true);
      }),
      { numRuns: 1500 },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// Dates

describe('Excel serials and civil dates', () => {
  test('fromSerial on any number gives a real date or null, never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.double(), fc.integer(), fc.integer({ min: -10, max: 3_000_000 })), (n) => {
        const d = fromSerial(n);
        if (d === null) return;
        // serial 60 is Excel's fictitious 1900-02-29, the one date that is not a real day
        if (Math.floor(n) === 60) expect(d).toEqual({ year: 1900, month: 2, day: 29 });
        else expect(isValidCivil(d.year, d.month, d.day)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  test('serial → civil → serial for every serial 1..2958465 except 60', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60), fc.double({ min: 0, max: 0.999999, noNaN: true }), (serial, time) => {
        const d = fromSerial(serial + time)!;
        expect(d).not.toBeNull();
        expect(toSerial(d)).toBe(serial);
      }),
      { numRuns: 5000 },
    );
    for (const serial of [1, 59, 61, 2958465]) expect(toSerial(fromSerial(serial)!)).toBe(serial);
  });

  test('civil → serial → civil for every real date from 1900-01-01 to 9999-12-31', () => {
    fc.assert(
      fc.property(civilDate, (d: CivilDate) => {
        const serial = toSerial(d);
        expect(serial >= 1 && serial <= 2958465 && serial !== 60).toBe(true);
        expect(fromSerial(serial)).toEqual(d);
      }),
      { numRuns: 5000 },
    );
    for (const d of [{ year: 1900, month: 1, day: 1 }, { year: 1900, month: 2, day: 28 }, { year: 1900, month: 3, day: 1 }, { year: 9999, month: 12, day: 31 }]) {
      expect(fromSerial(toSerial(d))).toEqual(d);
    }
  });
});
