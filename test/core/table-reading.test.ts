// Issue 20 (tables): rows accounted for, deadlines as written, unit lists, columns typed by content, quotas with their frequency.
import { checkWorkbook } from '../../src/core/validation/validate';
import { checkJson } from '../../src/core/validation/check-json';
import { Grid } from '../../src/core/sheets/grid';
import { TODAY, d, grid } from '../helpers/grids';

const check = (grids: Grid[], asOf = '2023-07-01', year = 2023) => checkWorkbook(grids, { today: TODAY, asOf: d(asOf), year });
const json = (grids: Grid[], asOf?: string, year?: number) => checkJson(check(grids, asOf, year), 'x.xlsx');

describe('no silent drop', () => {
  test('a task whose text holds 任务 and whose deadline holds 工作 is a task, not a repeated header', () => {
    const j = json([grid('任务分工表', [
      ['序号', '工作任务', '责任单位', '完成时限'],
      [1, '落实重点工作任务', '市委宣传部', '提前两个工作日'],
    ])]);
    expect(j.tasks.map((t) => t.row)).toEqual([2]);
    expect(j.skipped).toEqual([]);
  });
  test('every row under the header that is not a task is listed with its reason', () => {
    const j = json([grid('任务分工表', [
      ['序号', '主要任务', '牵头单位', '完成时限'],
      ['一、夯实宣传阵地'],
      [1, '巩固基层宣传阵地建设。', '市委宣传部', '长期'],
      ['序号', '主要任务', '牵头单位', '完成时限'],
      [2, null, null, null],
      ['注：各单位每月5日前报送。'],
      [3, '强化主流媒体宣传。', '市发改委', '每月'],
    ])]);
    expect(j.tasks.map((t) => t.row)).toEqual([3, 7]);
    expect(j.skipped.map((s) => [s.row, s.reason])).toEqual([[2, 'section'], [4, 'repeated-header'], [5, 'no-task'], [6, 'note']]);
  });
});

describe('deadlines as written', () => {
  const one = (deadline: string | number, year = 2023) => {
    const r = check([grid('任务分工表', [['序号', '主要任务', '责任单位', '建设起止年限'], [1, '建设项目', '市住建局', deadline]])], '2023-01-01', year);
    return { task: r.tasks[0], codes: r.issues.map((i) => `${i.code}:${i.severity}`), json: checkJson(r, 'x').tasks[0] };
  };
  test('a bare year or a range of years is due 31 Dec of the end year, an info and no error', () => {
    for (const t of ['2023', '2022-2023', '2022—2023年', 2023]) {
      const r = one(t);
      expect(r.json.deadline).toMatchObject({ kind: 'date', date: '2023-12-31', precision: 'year' });
      expect(r.codes).toEqual(['DEADLINE_YEAR_ONLY:info']);
    }
  });
  test('several milestones: the last is due, each is kept in JSON', () => {
    const r = one('6月底前完成试点；12月底前全部落实');
    expect(r.json.deadline).toMatchObject({ kind: 'date', date: '2023-12-31', milestones: ['2023-06-30', '2023-12-31'] });
  });
  test('"…并长期坚持" keeps its date and notes the ongoing part', () => {
    const r = one('12月底前完成并长期坚持');
    expect(r.json.deadline).toMatchObject({ kind: 'date', date: '2023-12-31', ongoing: true });
  });
  test('a month alone is due at its end with no rest-day warning (2023-09-30 is a Saturday)', () => {
    for (const t of ['9月', '9月份', '2023年9月']) {
      const r = one(t);
      expect(r.json.deadline).toMatchObject({ kind: 'date', date: '2023-09-30', precision: 'month' });
      expect(r.codes.filter((c) => !c.endsWith(':info'))).toEqual([]);
    }
    expect(one('9月30日').codes).toContain('DEADLINE_NON_WORKDAY:warning');
  });
});
