// Real quota phrases (test/fixtures/real/quota-phrases.json, each with its source): Duban reads each as the office means it —
// the minimum, the period, the count over a window — and refuses (QUOTA_UNPARSED) what one quota cannot say.
import { readFileSync } from 'fs';
import * as path from 'path';
import { civil } from '../../src/core/dates/civil-date';
import { Quota, expectedCount, parseQuota, quotaSeveralCounts, quotaWithFrequency, taskTextPeriod } from '../../src/core/quotas';
import { MESSAGES } from '../../src/core/validation/messages';

interface Rule { min: number; unit: string; per: string; publicity?: boolean; within?: { part: string; min: number }[] }
interface CategoryRule extends Rule { names: string[] }
interface Phrase {
  text: string;
  source: { title: string; issuer: string; year: number | null; url: string };
  meaning: string;
  frequency?: string;
  task?: string;
  expect: Rule | { unparsed: true; why: string } | { byCategory: CategoryRule[]; orUnparsed?: boolean };
  window?: { from: string; to: string; count: number };
}

const PHRASES = JSON.parse(readFileSync(path.join(__dirname, '..', 'fixtures', 'real', 'quota-phrases.json'), 'utf8')) as Phrase[];
const date = (iso: string) => civil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** The quota as validation reads the cell: with the 频次 beside it, or the period the task's own words give. */
function read(p: Phrase): Quota | null {
  const quota = parseQuota(p.text);
  const frequency = p.frequency ?? (p.task ? taskTextPeriod(p.task) : '');
  return frequency ? quotaWithFrequency(quota, p.text, frequency) : quota;
}

const rule = (q: Quota) => ({ min: q.min, unit: q.unit, per: q.per, ...(q.publicity ? { publicity: true } : {}) });
const expected = (r: Rule) => ({ min: r.min, unit: r.unit, per: r.per, ...(r.publicity ? { publicity: true } : {}) });

describe('quota phrases from real plans and 考核办法', () => {
  test('the list holds at least 40 phrases, each with its source and meaning', () => {
    expect(PHRASES.length).toBeGreaterThanOrEqual(40);
    for (const p of PHRASES) {
      expect(p.source.url).toMatch(/^https?:\/\//);
      expect(p.source.title).toMatch(/\S/);
      expect(p.meaning).toMatch(/\S/);
    }
  });

  test.each(PHRASES.map((p) => [p.text, p] as const))('%s', (_text, p) => {
    const got = read(p);
    if ('unparsed' in p.expect) {
      expect(got).toBeNull();
      return;
    }
    if ('byCategory' in p.expect) {
      if (got === null && p.expect.orUnparsed) return;
      expect(got?.byCategory?.map((c) => rule(c.quota))).toEqual(p.expect.byCategory.map(expected));
      return;
    }
    expect(got).not.toBeNull();
    expect(rule(got!)).toEqual(expected(p.expect));
    expect(got!.byCategory).toBeUndefined();
    if (p.window) expect(expectedCount(got!, date(p.window.from), date(p.window.to))).toBe(p.window.count);
  });
});

describe('a phrase refused for setting several counts says which', () => {
  test.each([
    ['信息考核数量每月上报不少于6条总任务数120条', ['6条', '120条']], // 嵊州 2008
    ['人事股信息任务10篇,(每月报送1篇)', ['10篇', '1篇']], // 大英 2022
    ['全年完成市级报刊 100 条，其中昭通日报80 条；省级报刊 35 条，其中云南日报20条。', ['100条', '35条']], // 水富: 其中 parts are no rules
  ])('%s', (text, counts) => {
    expect(quotaSeveralCounts(text)).toEqual(counts);
    expect(MESSAGES.quotaUnparsed(text, quotaSeveralCounts(text))).toContain(`${counts.length}个要求（${counts.join('、')}）`);
  });
  test('one count, or none, gives the general message', () => {
    expect(quotaSeveralCounts('每 2 周计划 1 期')).toEqual([]); // 商丘 2018: an interval, one count
    expect(quotaSeveralCounts('力争全年向外报送信息不少于100条，其中向县政府网站报送信息不少于70条')).toEqual([]);
    expect(MESSAGES.quotaUnparsed('每 2 周计划 1 期', [])).toContain('请写成如');
  });
});

// As clerks also type them: full-width digits (a Chinese input method's default), 「≥」 for 不少于, a closing 。.
const VARIANTS: readonly (readonly [string, (t: string) => string])[] = [
  ['full-width digits', (t) => t.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))],
  ['≥ for 不少于', (t) => t.replace(/不少于|不得少于/g, '≥')],
  ['a closing 。', (t) => (/[。.]$/.test(t) ? t : `${t}。`)],
];

describe.each(VARIANTS)('quota phrases with %s read as the phrase itself does', (_name, change) => {
  const changed = PHRASES.filter((p) => change(p.text) !== p.text);
  test.each(changed.map((p) => [change(p.text), p] as const))('%s', (text, p) => {
    const same = read({ ...p, text });
    const original = read(p);
    expect(same === null ? null : { ...rule(same), categories: same.byCategory?.length ?? 0 }).toEqual(
      original === null ? null : { ...rule(original), categories: original.byCategory?.length ?? 0 },
    );
  });
});
