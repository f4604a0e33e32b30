// The memoized paths of the DUBAN.* functions: range arguments arrive as fresh arrays every call (as
// Excel's runtime parses each invocation's JSON); equal ranges are read once, any change is seen.
import * as quotaModule from '../../src/core/quotas/quota';
import * as registrySheet from '../../src/core/units/registry-sheet';
import { FnError, checkUnits, level, points, quota, units } from '../../src/functions/impl';
import { DATE, ERRORS, column, received, registryColumns } from './excel-args';

const TOP = [
  ['单位名称', '别名', '类型', '所属分组'],
  ['市人社局', '市人力资源社会保障局', '市直', '市直各单位'],
  ['市财政局', '', '市直', '市直各单位'],
  ['市民政局', '', '市直', '市直各单位'],
  ['金安区人民政府', '金安区政府', '县区', '各县区人民政府'],
];

function readsOfRegistry(run: () => void): number {
  const spy = jest.spyOn(registrySheet, 'readRegistry');
  try {
    run();
    return spy.mock.calls.length;
  } finally {
    spy.mockRestore();
  }
}

describe('UNITS and CHECKUNITS over a registry range', () => {
  test('a fresh copy each call is read once and gives the same (frozen) spill', () => {
    let first: unknown;
    const reads = readsOfRegistry(() => {
      first = units('市人社局 市财政局（memo）', received(TOP));
      for (let i = 0; i < 1000; i++) expect(units('市人社局 市财政局（memo）', received(TOP))).toBe(first);
    });
    expect(reads).toBeLessThanOrEqual(1); // 0 when an earlier test read the same content
    expect(first).toEqual([['市人社局'], ['市财政局（memo）']]);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen((first as string[][])[0])).toBe(true);
  });

  test('a changed middle cell, an added row, a changed column are all seen', () => {
    expect(units('市财政局 市民政局', received(TOP))).toEqual([['市财政局'], ['市民政局']]);
    expect(checkUnits('市财政局', received(TOP))).toBe('正常');

    const renamed = received(TOP);
    renamed[2][0] = '市财政厅'; // (not 市财政局（国资）: a name in brackets beside it is the same unit's)
    expect(checkUnits('市财政局', renamed)).toMatch(/不在单位名录中/);

    const added = [...received(TOP), ['市商务局', '', '市直', '市直各单位']];
    expect(checkUnits('市商务局', received(TOP))).toMatch(/不在单位名录中/);
    expect(checkUnits('市商务局', added)).toBe('正常');

    const aliases = received(TOP);
    aliases[3][1] = '民政局';
    expect(checkUnits('民政局', received(TOP))).toMatch(/不在单位名录中/);
    expect(checkUnits('民政局', aliases)).toMatch(/“民政局”是“市民政局”的简称或别名/);

    const groups = received(TOP).map((r) => [...r, '']);
    groups[0][4] = '备注';
    expect(units('市直各单位', groups)).toEqual(units('市直各单位', received(TOP)));

    expect(checkUnits('市财政局', received(TOP))).toBe('正常'); // the original again
  });

  test('a bounded range with its blank rows is the same registry; a unit typed far below is seen', () => {
    const whole = column(TOP, 2000);
    expect(units('金安区政府', whole)).toEqual([['金安区人民政府']]);
    const reads = readsOfRegistry(() => expect(units('金安区政府', received(TOP))).toEqual([['金安区人民政府']]));
    expect(reads).toBe(0);
    whole[1_900][0] = '裕安区人民政府';
    expect(checkUnits('裕安区人民政府', whole)).toBe('正常');
    expect(checkUnits('裕安区人民政府', received(TOP))).toMatch(/不在单位名录中/);
  });

  test('alternating between two registries reads each once', () => {
    const other = [['单位名称'], ['市应急局'], ['市林业局']];
    const reads = readsOfRegistry(() => {
      for (let i = 0; i < 200; i++) {
        const result = checkUnits('市应急局', received(i % 2 ? other : TOP));
        if (i % 2) expect(result).toBe('正常');
        else expect(result).toMatch(/不在单位名录中/);
      }
    });
    expect(reads).toBeLessThanOrEqual(2);
  });

  test('a registry holding an error value is still read once (its cells compare by their error)', () => {
    const reg = () => [['单位名称', '别名'], ['市委宣传部', ERRORS.na], ['市总工会（err）', received(ERRORS.ref)]];
    const reads = readsOfRegistry(() => {
      for (let i = 0; i < 50; i++) expect(checkUnits('市总工会（err）', reg())).toBe('正常');
    });
    expect(reads).toBe(1);
  });

  test('the whole-column fixture keeps working', () => {
    expect(units('宣传部、市发改委', registryColumns())).toEqual([['市委宣传部'], ['市发展改革委']]);
  });
});

describe('LEVEL and POINTS over their ranges', () => {
  const MEDIA = [['媒体名称', '级别', '别名'], ['安徽日报', '省级', '皖报'], ['皖西日报', '市级', '']];
  test('a changed cell is seen', () => {
    expect(level('皖西日报', received(MEDIA))).toBe('市级');
    const changed = received(MEDIA);
    changed[2][1] = '县级';
    expect(level('皖西日报', changed)).toBe('县级');
    expect(level('皖报', received(MEDIA))).toBe('省级');
  });
  test('rules by content', () => {
    const rules = [['项目', '分值'], ['省级媒体采用(每篇)', 7]];
    expect(points('省级', received(rules))).toBe(7);
    const changed = received(rules);
    changed[1][1] = 9;
    expect(points('省级', changed)).toBe(9);
    expect(points('省级', received(rules))).toBe(7);
    expect(points('省级', undefined)).toBe(5);
  });
});

describe('QUOTA memo', () => {
  test('repeated calls give the same answers as the first, errors included', () => {
    const from = DATE(2024, 1, 1);
    const cases: [string, number, number, number | string][] = [
      ['每月不少于2篇', from, DATE(2024, 6, 30), 12],
      ['每季度1次', from, DATE(2024, 12, 31), 4],
      ['每月不少于2篇', from, DATE(2024, 3, 31), 6],
      ['随便写写', from, DATE(2024, 6, 30), 'invalidValue'],
      ['每月不少于2篇', DATE(2024, 6, 30), from, 'invalidValue'],
      ['每月不少于2篇', from, Number.NaN, 'invalidNumber'],
    ];
    for (let round = 0; round < 3; round++) {
      for (const [rule, a, b, want] of cases) {
        const got = quota(received(rule), a, b);
        if (typeof want === 'number') expect(got).toBe(want);
        else expect((got as FnError).code).toBe(want);
      }
    }
  });

  test('a hit parses nothing; the memo stays bounded and right past its limit', () => {
    const spy = jest.spyOn(quotaModule, 'parseQuota');
    try {
      const from = DATE(2023, 1, 1);
      quota('每月不少于1篇（memo）', from, DATE(2023, 12, 31));
      const calls = spy.mock.calls.length;
      for (let i = 0; i < 100; i++) expect(quota('每月不少于1篇（memo）', from, DATE(2023, 12, 31))).toBe(12);
      expect(spy.mock.calls.length).toBe(calls);
      // far more distinct windows than the memo keeps: every answer still right
      // (the wrong answers gathered for one expect: 30,000 expects were most of this test's time)
      const wrong: [number, unknown][] = [];
      for (let d = 0; d < 30_000; d++) {
        const got = quota('每日一期', from, from + d);
        if (!Object.is(got, d + 1)) wrong.push([d, got]);
      }
      expect(wrong).toEqual([]);
      expect(quota('每月不少于1篇（memo）', from, DATE(2023, 12, 31))).toBe(12);
    } finally {
      spy.mockRestore();
    }
  });
});
