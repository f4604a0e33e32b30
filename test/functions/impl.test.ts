// The DUBAN.* functions called the way Excel calls them: serials, '' for empty cells, matrices for
// ranges (whole columns too), error values; every bad input an error with a Chinese message.
import fc from 'fast-check';
import * as deadlineModule from '../../src/core/deadlines/deadline';
import * as registrySheet from '../../src/core/units/registry-sheet';
import { registryFromRange } from '../../src/core/sheets/range-tables';
import { FnError, FnErrorCode, checkUnits, deadline, isWorkday, level, networkdays, points, quota, status, units, workday } from '../../src/functions/impl';
import { DATE, ERRORS, WHOLE_COLUMN_ROWS, column, registryColumns } from './excel-args';

const TODAY = { year: 2024, month: 3, day: 15 };
const CJK = /[\u4e00-\u9fff]/;

function expectError(result: unknown, code: FnErrorCode, text?: string | RegExp): void {
  expect(result).toBeInstanceOf(FnError);
  const e = result as FnError;
  expect(e.code).toBe(code);
  expect(e.message).toMatch(CJK);
  if (text) expect(e.message).toMatch(text);
}

const REGISTRY = registryColumns();

describe('QUOTA(rule, from, to)', () => {
  test('每月不少于2篇 from 2024-01-01 to 2024-06-30 is 12 (serials 45292 and 45473)', () => {
    expect(DATE(2024, 1, 1)).toBe(45292);
    expect(DATE(2024, 6, 30)).toBe(45473);
    expect(quota('每月不少于2篇', 45292, 45473)).toBe(12);
  });
  test('other rules and text dates', () => {
    expect(quota('每季度1次', DATE(2024, 1, 1), DATE(2024, 12, 31))).toBe(4);
    expect(quota('5月、10月各1次', DATE(2024, 1, 1), DATE(2024, 12, 31))).toBe(2);
    expect(quota('宣传月期间不少于2次', DATE(2024, 1, 1), DATE(2024, 12, 31))).toBe(4);
    expect(quota('每月不少于2篇', '2024-01-01', '2024年6月30日')).toBe(12);
    expect(quota('  每月不少于2篇 ', 45292.75, 45473.2)).toBe(12); // times of day are dropped
    expect(quota([['每月不少于2篇']], [[45292]], [[45473]])).toBe(12); // 1×1 ranges
  });
  test('a bad rule is #VALUE! with a Chinese message', () => {
    expectError(quota('随便写写', 45292, 45473), 'invalidValue', /无法识别量化指标“随便写写”/);
    expectError(quota(2, 45292, 45473), 'invalidValue', /应为文字/);
    expectError(quota(true, 45292, 45473), 'invalidValue', /逻辑值/);
  });
  test('empty cells, strings where dates belong, errors, bad serials', () => {
    expectError(quota('', 45292, 45473), 'notAvailable', /量化指标为空/);
    expectError(quota(null, 45292, 45473), 'notAvailable');
    expectError(quota('每月不少于2篇', '', 45473), 'invalidValue', /起始日期为空/);
    expectError(quota('每月不少于2篇', 45292, 'abc'), 'invalidValue', /截止日期“abc”不是日期/);
    expectError(quota('每月不少于2篇', -5, 45473), 'invalidValue');
    expectError(quota('每月不少于2篇', 60, 45473), 'invalidValue'); // Excel's fictitious 1900-02-29
    expectError(quota('每月不少于2篇', 3e6, 45473), 'invalidValue');
    expectError(quota('每月不少于2篇', NaN, 45473), 'invalidNumber');
    expectError(quota('每月不少于2篇', 45473, 45292), 'invalidValue', /晚于/);
    expectError(quota('每月不少于2篇', [[1, 2]], 45473), 'invalidValue', /不能是区域/);
  });
  test('error values in any shape', () => {
    expectError(quota(ERRORS.ref, 45292, 45473), 'invalidValue', /#REF!/);
    expectError(quota(ERRORS.na, 45292, 45473), 'notAvailable', /#N\/A/);
    expectError(quota('每月不少于2篇', ERRORS.div0, 45473), 'invalidValue', /#DIV\/0!/);
    expectError(quota('每月不少于2篇', 45292, ERRORS.valueText), 'invalidValue', /#VALUE!/);
  });
});

describe('DEADLINE(text, [year], [after])', () => {
  test('fixed dates', () => {
    expect(deadline('5月底前', 2023, null, TODAY)).toBe(DATE(2023, 5, 31));
    expect(deadline('2023年6月30日', null, null, TODAY)).toBe(DATE(2023, 6, 30));
    expect(deadline(DATE(2023, 6, 30), null, null, TODAY)).toBe(DATE(2023, 6, 30));
    expect(deadline('次年1月上旬', 2023, undefined, TODAY)).toBe(DATE(2024, 1, 10));
    expect(deadline('5月底前', '2023', '', TODAY)).toBe(DATE(2023, 5, 31));
  });
  test('the plan year defaults to the year of after, else this year', () => {
    expect(deadline('5月底前', null, null, TODAY)).toBe(DATE(2024, 5, 31));
    expect(deadline('5月底前', null, DATE(2022, 1, 1), TODAY)).toBe(DATE(2022, 5, 31));
  });
  test('recurring: the first due date on or after `after`, else the first in the plan year', () => {
    expect(deadline('每月5日前', null, DATE(2024, 1, 1), TODAY)).toBe(DATE(2024, 1, 5));
    expect(deadline('每月5日前', null, DATE(2024, 1, 6), TODAY)).toBe(DATE(2024, 2, 5));
    expect(deadline('每月5日前', null, DATE(2024, 2, 5), TODAY)).toBe(DATE(2024, 2, 5));
    expect(deadline('每月5日前', 2024, null, TODAY)).toBe(DATE(2024, 1, 5));
    expect(deadline('每季度', 2024, null, TODAY)).toBe(DATE(2024, 3, 31));
    expect(deadline('次月7日前', 2024, null, TODAY)).toBe(DATE(2024, 1, 7)); // December 2023's report
    expect(deadline('宣传月期间', 2024, null, TODAY)).toBe(DATE(2024, 5, 31));
    expect(deadline('每年12月', null, DATE(2024, 12, 31), TODAY)).toBe(DATE(2024, 12, 31));
  });
  test('ongoing, relative and empty: #N/A; placeholders and nonsense: #VALUE!', () => {
    expectError(deadline('长期坚持', null, null, TODAY), 'notAvailable', /长期/);
    expectError(deadline('会前3天', null, null, TODAY), 'notAvailable', /无法自动核对/);
    expectError(deadline('', null, null, TODAY), 'notAvailable', /完成时限为空/);
    expectError(deadline('**月**日', null, null, TODAY), 'invalidValue', /模板占位/);
    expectError(deadline('2月30日', 2023, null, TODAY), 'invalidValue', /2月没有30日/);
    expectError(deadline('abc', null, null, TODAY), 'invalidValue', /无法识别完成时限/);
    expectError(deadline(true, null, null, TODAY), 'invalidValue');
    expectError(deadline(-1, null, null, TODAY), 'invalidValue');
  });
  test('bad year and after', () => {
    expectError(deadline('5月底前', 1800, null, TODAY), 'invalidValue', /1900 至 9999/);
    expectError(deadline('5月底前', 'abc', null, TODAY), 'invalidValue', /应为数字/);
    expectError(deadline('5月底前', null, 'xyz', TODAY), 'invalidValue', /起算日期/);
    expectError(deadline('5月底前', ERRORS.ref, null, TODAY), 'invalidValue', /#REF!/);
  });
  test('遇节假日顺延 (增值税: 次月15日前, 2024 tax calendar): the day it moves to, and no guess in a year without holidays', () => {
    expect(deadline('12月15日前，遇节假日顺延', 2024, null, TODAY)).toBe(DATE(2024, 12, 16));
    expect(deadline('次月15日前，遇节假日顺延', null, DATE(2024, 12, 1), TODAY)).toBe(DATE(2024, 12, 16));
    expectError(deadline('12月15日前，遇节假日顺延', 2099, null, TODAY), 'notAvailable', /2099 年没有节假日数据/);
  });
});

describe('WORKDAY, ISWORKDAY, NETWORKDAYS count make-up working weekends (调休)', () => {
  test('WORKDAY(DATE(2023,10,9), -2) is 2023-10-07 (serial 45206), a Saturday worked', () => {
    expect(workday(DATE(2023, 10, 9), -2)).toBe(45206);
    expect(workday('2023-10-09', '-2')).toBe(45206);
    expect(workday(DATE(2023, 9, 28), 1)).toBe(DATE(2023, 10, 7)); // over the National Day holiday
    expect(workday(DATE(2023, 9, 28), 1.9)).toBe(DATE(2023, 10, 7)); // days are truncated, as in Excel
    expect(workday(DATE(2023, 10, 7), 0)).toBe(DATE(2023, 10, 7));
  });
  test('ISWORKDAY', () => {
    expect(isWorkday(DATE(2023, 10, 7))).toBe(true); // Saturday, make-up working day
    expect(isWorkday(DATE(2023, 10, 8))).toBe(true); // Sunday, make-up working day
    expect(isWorkday(DATE(2023, 10, 2))).toBe(false); // Monday, National Day holiday
    expect(isWorkday(DATE(2023, 10, 14))).toBe(false); // an ordinary Saturday
  });
  test('NETWORKDAYS', () => {
    expect(networkdays(DATE(2023, 9, 25), DATE(2023, 10, 8))).toBe(6);
    expect(networkdays(DATE(2023, 10, 8), DATE(2023, 9, 25))).toBe(-6);
    expect(networkdays(DATE(2024, 1, 1), DATE(2024, 12, 31))).toBeGreaterThan(240);
  });
  test('a year without holiday data is #N/A with a Chinese message, never Monday–Friday', () => {
    expectError(isWorkday(DATE(2036, 1, 2)), 'notAvailable', /2036 年没有节假日数据/);
    expectError(workday(DATE(2036, 1, 2), 1), 'notAvailable', /2036/);
    expectError(workday(DATE(2026, 12, 20), 30), 'notAvailable', /2027/);
    expectError(workday(DATE(2023, 1, 1), 100000), 'notAvailable'); // answered before walking 100,000 days
    expectError(networkdays(DATE(2026, 12, 1), DATE(2027, 1, 31)), 'notAvailable', /2027/);
  });
  test('a 节假日 range supplies a year the package lacks (2027 元旦 and 春节, weekdays as published for 2027) and tells a row it cannot read', () => {
    // as the 节假日 sheet holds them after its notice is written: titles, header, then 日期 · 类型 · 名称
    const sheet = [
      ['节假日', null, null],
      ['日期', '类型', '名称'],
      ...[1, 2, 3].map((d) => [DATE(2027, 1, d), '休息日', '元旦']),
      ...[6, 7, 8, 9, 10, 11, 12].map((d) => [DATE(2027, 2, d), '休息日', '春节']),
      [DATE(2027, 2, 20), '工作日', '春节调休上班'],
    ];
    expect(isWorkday(DATE(2027, 2, 8), sheet)).toBe(false); // a Monday of 春节
    expect(isWorkday(DATE(2027, 2, 20), sheet)).toBe(true); // a Saturday worked
    expect(workday(DATE(2027, 2, 5), 1, sheet)).toBe(DATE(2027, 2, 15)); // over the holiday
    expect(networkdays(DATE(2027, 2, 1), DATE(2027, 2, 28), sheet)).toBe(20 - 5 + 1);
    // December's report, due the 5th working day of January: 元旦 (Fri 1 – Sun 3) moves it from the 7th to the 8th
    expect(deadline('次月5个工作日内', 2027, DATE(2027, 1, 2), TODAY, sheet)).toBe(DATE(2027, 1, 8));
    expectError(deadline('次月5个工作日内', 2027, DATE(2027, 1, 2), TODAY), 'notAvailable', /2027 年没有节假日数据/);
    // one column of dates, as Excel's WORKDAY takes its holidays: each a rest day
    expect(isWorkday(DATE(2027, 1, 1), [[DATE(2027, 1, 1)]])).toBe(false);
    expectError(isWorkday(DATE(2027, 1, 4), [[DATE(2027, 1, 1), '休假'], ['2027-01-0x', '休息日']]), 'invalidValue', /节假日区域中有 1 行读不出日期或类型/);
    expectError(isWorkday(DATE(2028, 1, 4), sheet), 'notAvailable', /2028 年没有节假日数据.*节假日!\$A\$1:\$C\$200/);
  });
  test('bad arguments', () => {
    expectError(workday('', 1), 'invalidValue', /日期为空/);
    expectError(workday(DATE(2023, 10, 9), ''), 'invalidValue', /工作日天数为空/);
    expectError(workday(DATE(2023, 10, 9), 'abc'), 'invalidValue', /应为数字/);
    expectError(workday(ERRORS.na, 1), 'notAvailable');
    expectError(isWorkday(false), 'invalidValue');
    expectError(networkdays(DATE(2023, 1, 1), ERRORS.div0), 'invalidValue', /#DIV\/0!/);
  });
});

describe('STATUS(deadline, [done], [asof])', () => {
  test('labels from TASK_STATUS_LABEL', () => {
    expect(status('2024-03-01', '', null, TODAY)).toBe('逾期');
    expect(status(DATE(2024, 3, 1), null, undefined, TODAY)).toBe('逾期');
    expect(status('2024-03-01', '已完成', null, TODAY)).toBe('已完成');
    expect(status('2024-03-01', true, null, TODAY)).toBe('已完成');
    expect(status('2024-03-01', false, null, TODAY)).toBe('逾期');
    expect(status('2024-03-01', '未完成', null, TODAY)).toBe('逾期');
    expect(status(DATE(2024, 3, 1), DATE(2024, 2, 28), null, TODAY)).toBe('已完成');
    expect(status(DATE(2024, 3, 1), DATE(2024, 3, 9), null, TODAY)).toBe('逾期完成');
    expect(status(DATE(2024, 3, 1), '2024-03-09', null, TODAY)).toBe('逾期完成');
    expect(status('年底前', '', null, TODAY)).toBe('未到期');
    expect(status('每月', '', null, TODAY)).toBe('周期性');
    expect(status('长期坚持', '', null, TODAY)).toBe('长期');
    expect(status('会前3天', '', null, TODAY)).toBe('无法判断');
  });
  test('asof: a serial, else today in China', () => {
    expect(status(DATE(2024, 3, 1), '', DATE(2024, 2, 18), TODAY)).toBe('未到期');
    expect(status('5月底前', '', DATE(2023, 6, 1), TODAY)).toBe('逾期'); // plan year from asof
    expect(status('5月底前', '', null, TODAY)).toBe('未到期');
  });
  test('bad input', () => {
    expectError(status('**月**日', '', null, TODAY), 'invalidValue', /模板占位/);
    expectError(status('abc', '', null, TODAY), 'invalidValue');
    expectError(status('2024-03-01', ERRORS.ref, null, TODAY), 'invalidValue', /完成情况/);
    expectError(status('2024-03-01', -3, null, TODAY), 'invalidValue');
    expectError(status('2024-03-01', '', 'someday', TODAY), 'invalidValue', /统计截止日/);
  });
});

describe('UNITS(text, registry) and CHECKUNITS(text, registry)', () => {
  test('=DUBAN.UNITS("市委宣传部 市发改委", 单位名录!$A$1:$D$500) spills two names; a whole column is refused', () => {
    expect(REGISTRY.length).toBe(500);
    expect(units('市委宣传部 市发改委', REGISTRY)).toEqual([['市委宣传部'], ['市发展改革委']]);
    expectError(units('市委宣传部', registryColumns(WHOLE_COLUMN_ROWS)), 'invalidValue', /不能是整列/);
  });
  test('groups expand; a registry without its header row is read by position', () => {
    expect(units('各县区人民政府、市文旅局', REGISTRY)).toEqual([['金安区人民政府'], ['裕安区人民政府'], ['市文化和旅游局']]);
    const noHeader = REGISTRY.slice(1, 4);
    expect(units('发改委', noHeader)).toEqual([['市发展改革委']]);
  });
  test('no registry: names as written; unknown names kept', () => {
    expect(units('甲局；乙委', column([], 10, 4))).toEqual([['甲局'], ['乙委']]);
    expect(units('市委宣传部、某某中心', REGISTRY)).toEqual([['市委宣传部'], ['某某中心']]);
  });
  test('error values and odd cells in the registry range are skipped', () => {
    const reg = [['单位名称', '别名'], [ERRORS.ref, ''], ['市委宣传部', ERRORS.na], [true, 5]];
    expect(units('宣传部 市委宣传部', reg)).toEqual([['宣传部'], ['市委宣传部']]);
  });
  test('empty or bad text', () => {
    expectError(units('', REGISTRY), 'notAvailable', /没有单位/);
    expectError(units('无', REGISTRY), 'notAvailable');
    expectError(units(ERRORS.ref, REGISTRY), 'invalidValue', /#REF!/);
    expect(units(12345, null)).toEqual([['12345']]);
  });
  test('CHECKUNITS: 正常, aliases, unknown names with a suggestion, duplicates', () => {
    expect(checkUnits('市委宣传部、市发展改革委', REGISTRY)).toBe('正常');
    expect(checkUnits('市发改委', REGISTRY)).toMatch(/“市发改委”是“市发展改革委”的简称或别名/);
    expect(checkUnits('市委宣传布', REGISTRY)).toMatch(/不在单位名录中，是否应为“市委宣传部”/);
    expect(checkUnits('市委宣传部 宣传部', REGISTRY)).toMatch(/填写了不止一次/);
    expectError(checkUnits('市委宣传部', column([], 100, 4)), 'notAvailable', /单位名录为空/);
    expectError(checkUnits('', REGISTRY), 'notAvailable');
  });
  test('a registry range is read once per distinct content, however many cells use it', () => {
    const spy = jest.spyOn(registrySheet, 'readRegistry');
    try {
      const rows = [['单位名称'], ['市人社局'], ['市财政局']];
      for (let i = 0; i < 1000; i++) units('市人社局 市财政局', rows.map((r) => [...r])); // a fresh copy each call, as Excel sends
      expect(spy).toHaveBeenCalledTimes(1);
      expect(registryFromRange(rows)).toBe(registryFromRange(rows.map((r) => [...r])));
      units('市人社局', [...rows, ['市民政局']]);
      expect(spy).toHaveBeenCalledTimes(2);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('LEVEL(media, mediaRange) and POINTS(level, [rulesRange])', () => {
  const MEDIA = column(
    [
      ['媒体名称', '级别', '别名'],
      ['人民日报', '中央级', '人民网'],
      ['安徽日报', '省级', '皖报'],
      ['皖西日报', '市', ''],
      ['某公众号', '', ''],
    ],
    300,
  );
  test('LEVEL by name or alias, with or without the header', () => {
    expect(level('安徽日报', MEDIA)).toBe('省级');
    expect(level('人民网', MEDIA)).toBe('中央级');
    expect(level('皖西日报', MEDIA)).toBe('市级');
    expect(level('安徽日报', [['安徽日报', '省级']])).toBe('省级');
  });
  test('LEVEL errors', () => {
    expectError(level('新华社', MEDIA), 'notAvailable', /不在媒体名录中/);
    expectError(level('某公众号', MEDIA), 'notAvailable', /没有填写级别/);
    expectError(level('', MEDIA), 'notAvailable');
    expectError(level('安徽日报', column([], 50, 3)), 'notAvailable', /媒体名录为空/);
    expectError(level('安徽日报', column([], WHOLE_COLUMN_ROWS, 3)), 'invalidValue', /媒体名录!\$A\$1:\$C\$2001/);
  });
  test('POINTS from the defaults or from 评分规则', () => {
    expect(points('省级', undefined)).toBe(5);
    expect(points('中央', null)).toBe(10);
    expect(points('县级', column([], 1000, 2))).toBe(1);
    const rules = [['项目', '分值'], ['省级媒体采用(每篇)', 7], ['市级媒体采用（每篇）', '3']];
    expect(points('省级', rules)).toBe(7);
    expect(points('市级', rules)).toBe(3);
    expect(points('中央级', rules)).toBe(10);
    expect(points('省级', [['省级媒体采用(每篇)', 8]])).toBe(8); // no header row
  });
  test('POINTS errors', () => {
    expectError(points('乡级', undefined), 'invalidValue', /不是媒体级别/);
    expectError(points('', undefined), 'notAvailable');
    expectError(points(ERRORS.na, undefined), 'notAvailable');
  });
});

describe('memoized parsing', () => {
  test('10,000 STATUS cells over three deadline texts parse each text once', () => {
    const spy = jest.spyOn(deadlineModule, 'parseDeadline');
    try {
      const texts = ['6月底前（memo）', '每月10日前（memo）', '年底前（memo）'];
      for (let i = 0; i < 10000; i++) status(texts[i % 3], i % 2 ? '已完成' : '', DATE(2024, 7, 1), TODAY);
      expect(spy).toHaveBeenCalledTimes(3);
    } finally {
      spy.mockRestore();
    }
  });
});

describe('never an exception, never a non-finite number', () => {
  const anyArg = fc.oneof(
    fc.constant(undefined), fc.constant(null), fc.constant(''), fc.string(), fc.boolean(),
    fc.double(), fc.integer({ min: -100000, max: 3000000 }),
    fc.constantFrom(ERRORS.ref, ERRORS.na, ERRORS.div0, ERRORS.valueText, { weird: 1 }, [[1, 2]], [['x']], [[]], []),
  );
  const range = fc.oneof(fc.constant(null), fc.array(fc.array(anyArg, { maxLength: 4 }), { maxLength: 6 }));
  const ok = (r: unknown) => {
    if (r instanceof FnError) return CJK.test(r.message);
    if (typeof r === 'number') return Number.isFinite(r);
    if (typeof r === 'string' || typeof r === 'boolean') return true;
    return Array.isArray(r) && r.length > 0 && r.every((row) => Array.isArray(row) && row.length === 1 && typeof row[0] === 'string');
  };
  test('every function', () => {
    fc.assert(
      fc.property(anyArg, anyArg, anyArg, range, (a, b, c, m) => {
        expect(ok(quota(a, b, c))).toBe(true);
        expect(ok(deadline(a, b, c, TODAY))).toBe(true);
        expect(ok(workday(a, b))).toBe(true);
        expect(ok(isWorkday(a))).toBe(true);
        expect(ok(networkdays(a, b))).toBe(true);
        expect(ok(status(a, b, c, TODAY))).toBe(true);
        expect(ok(units(a, m))).toBe(true);
        expect(ok(checkUnits(a, m))).toBe(true);
        expect(ok(level(a, m))).toBe(true);
        expect(ok(points(a, m))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
