// Months without a submission: the 设置 threshold and each unit's 「连续N个月」 come from one count and start in the same month.
import { zeroCountStart, zeroReportOf } from '../../src/core/scoring/movement';
import { LedgerEntry } from '../../src/core/sheets/ledger-sheet';
import { parseISO } from '../../src/core/dates/civil-date';

const d = (iso: string) => parseISO(iso)!;
const entry = (date: string, unit: string, count = 1): LedgerEntry => ({
  row: 2, date: d(date), unit, title: '', media: '', level: null, adopted: false, taskSeq: '', count, types: [], instruction: '', authors: [], pieceId: '', partners: 1,
});
const units = ['甲局', '乙局', '丙局'];
// the office began its ledger in May: 甲局 sent in May and in July, 乙局 in May only, 丙局 never
const ledger = [entry('2023-05-08', '甲局'), entry('2023-05-20', '乙局'), entry('2023-07-03', '甲局')];

describe('zero-report months: one count for the threshold and the run', () => {
  it('does not count the months before the ledger began, for the threshold either (June, threshold 6: nobody yet)', () => {
    // before: the threshold window Jan–Jun listed 丙局 as 6 months silent while its own run said 2
    const june = zeroReportOf(ledger, units, d('2023-06-30'), 6);
    expect(june.units).toEqual([]);
    const two = zeroReportOf(ledger, units, d('2023-06-30'), 2);
    expect(two.units).toEqual(['丙局']);
    expect(two.runs?.get('丙局')).toBe(2);
    expect(two.from).toEqual({ year: 2023, month: 5, day: 1 });
    expect(two.fromLedger).toBe(true);
  });

  it('at the year end the same count gives each unit its months since its last submission, not before May', () => {
    const dec = zeroReportOf(ledger, units, d('2023-12-31'), 2);
    // 甲局 last sent in July: Aug–Dec = 5; 乙局 in May: Jun–Dec = 7; 丙局 never, counted from May: 8
    expect([...(dec.runs ?? new Map())]).toEqual([['甲局', 5], ['乙局', 7], ['丙局', 8]]);
    expect(zeroReportOf(ledger, units, d('2023-12-31'), 6).units).toEqual(['乙局', '丙局']);
    expect(zeroCountStart(zeroReportOf(ledger, units, d('2023-12-31'), 6))).toBe('自2023年5月起计，台账5月前没有记录');
  });

  it('counts from the 考核年度\'s first month when the ledger starts before it (a year from August)', () => {
    const year = [entry('2023-03-02', '甲局'), entry('2023-09-10', '乙局'), entry('2024-01-05', '乙局')];
    const jan = zeroReportOf(year, units, d('2024-01-31'), 3, 8);
    // 考核年度 2023-08 to 2024-07: 甲局's March entry is last year's (but shows the ledger was kept): Aug–Jan = 6 months; 丙局 too; 乙局 sent in January
    expect([...(jan.runs ?? new Map())]).toEqual([['甲局', 6], ['丙局', 6]]);
    expect(jan.from).toEqual({ year: 2023, month: 8, day: 1 });
    expect(jan.fromLedger).toBe(false);
    expect(zeroCountStart(jan)).toBe('自2023年8月起计');
  });

  it('lists nobody without a ledger entry in the year, and a returned row (数量 0) shows recording but is no submission', () => {
    expect(zeroReportOf([], units, d('2023-06-30'), 1).units).toEqual([]);
    const returned = zeroReportOf([entry('2023-01-09', '甲局', 0)], units, d('2023-02-28'), 2);
    expect(returned.units).toEqual(units);
    expect(returned.fromLedger).toBe(false);
  });
});

describe('zero-report months: a ledger of last year only', () => {
  it('names nobody in a 考核年度 with no entry yet', () => {
    expect(zeroReportOf([entry('2022-11-03', '甲局')], units, d('2023-03-31'), 2).units).toEqual([]);
  });
});
