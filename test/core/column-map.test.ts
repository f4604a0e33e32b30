// The clerk's column mapping: "任务=B,牵头=C,配合=D,时限=E" from --columns or 设置's 列映射 overrides the detected header.
import { describeMapping, formatColumnMap, parseColumnMap } from '../../src/core/sheets/column-map';
import { checkWorkbook } from '../../src/core/validation/validate';
import { TODAY, grid } from '../helpers/grids';

// a table whose headers say nothing Duban knows: 事 | 谁 | 协 | 何时
const odd = grid('Sheet1', [['事', '谁', '协', '何时'], ['开设宣传专栏', '县委宣传部', '县融媒体中心', '5月底前']]);

describe('parseColumnMap', () => {
  test('reads Chinese role names and column letters', () => {
    expect(parseColumnMap('任务=B,牵头=C,配合=D,时限=E')).toEqual({ ok: true, map: { task: 1, lead: 2, coop: 3, deadline: 4 } });
    expect(parseColumnMap('任务：A、责任：B；领导=AA')).toEqual({ ok: true, map: { task: 0, lead: 1, leaders: 26 } });
  });
  test('责任 is the cooperating column when a 牵头 column is given', () => {
    expect(parseColumnMap('任务=A,牵头=B,责任=C')).toEqual({ ok: true, map: { task: 0, lead: 1, coop: 2 } });
  });
  test('an unreadable pair or a missing task column is one Chinese line', () => {
    const bad = parseColumnMap('任务=B,谁=C');
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error).toContain('“谁=C”无法识别');
    expect(parseColumnMap('牵头=C')).toEqual({ ok: false, error: expect.stringContaining('缺少“任务”列') });
  });
  test('formats back in column order', () => expect(formatColumnMap({ deadline: 4, task: 1, lead: 2 })).toBe('任务=B,牵头=C,时限=E'));
});

describe('the mapping overrides the detection', () => {
  test('a header nobody could read is read by its content (issue 20), and the mapping still decides', () => {
    const auto = checkWorkbook([odd], { today: TODAY, year: 2024 });
    expect(auto.issues.map((i) => i.code)).not.toContain('HEADER_NOT_FOUND');
    expect(auto.tasks.map((t) => [t.task, t.lead, t.coop, t.deadline.kind])).toEqual([['开设宣传专栏', ['县委宣传部'], ['县融媒体中心'], 'date']]);
    expect(auto.issues.filter((i) => i.code === 'COLUMN_INFERRED').map((i) => i.cell)).toEqual(['A1', 'B1', 'C1', 'D1']);
    // the pane's mapping view shows each inferred role with what showed it
    expect(describeMapping(odd).map((m) => [m.letter, m.field, m.inferred?.basis])).toEqual([
      ['A', 'task', 'longest-text'], ['B', 'lead', 'units'], ['C', 'coop', 'units'], ['D', 'deadline', 'dates'],
    ]);
    const parsed = parseColumnMap('任务=A,牵头=B,配合=C,时限=D');
    const r = checkWorkbook([odd], { today: TODAY, year: 2024, ...(parsed.ok ? { columns: parsed.map } : {}) });
    expect(r.tasks.map((t) => [t.row, t.task, t.lead, t.coop, t.deadline.kind])).toEqual([[2, '开设宣传专栏', ['县委宣传部'], ['县融媒体中心'], 'date']]);
  });
  test('设置 列映射 does the same, and --columns wins over it', () => {
    const settings = grid('设置', [['设置项', '值'], ['列映射', '任务=A,牵头=B,配合=C,时限=D']]);
    const r = checkWorkbook([odd, settings], { today: TODAY, year: 2024 });
    expect(r.tasks.map((t) => [t.task, t.lead, t.coop])).toEqual([['开设宣传专栏', ['县委宣传部'], ['县融媒体中心']]]);
    const swapped = checkWorkbook([odd, settings], { today: TODAY, year: 2024, columns: { task: 0, lead: 2, coop: 1 } });
    expect(swapped.tasks.map((t) => [t.lead, t.coop])).toEqual([[['县融媒体中心'], ['县委宣传部']]]);
  });
  test('a detected column the clerk gives another role is dropped', () => {
    const g = grid('Sheet1', [['主要任务', '牵头单位', '配合单位'], ['开设专栏', '县委宣传部', '县融媒体中心']]);
    const r = checkWorkbook([g], { today: TODAY, columns: { task: 0, lead: 2 } });
    expect(r.tasks.map((t) => [t.lead, t.coop])).toEqual([[['县融媒体中心'], []]]);
  });
  test('an unreadable 列映射 is a warning and the detection stands', () => {
    const settings = grid('设置', [['设置项', '值'], ['列映射', '任务是B列']]);
    const g = grid('Sheet1', [['主要任务', '牵头单位'], ['开设专栏', '县委宣传部']]);
    const r = checkWorkbook([g, settings], { today: TODAY });
    expect(r.issues.map((i) => `${i.code}@${i.sheet}!${i.cell}`)).toEqual(['COLUMN_MAP_INVALID@设置!B2']);
    expect(r.tasks[0].lead).toEqual(['县委宣传部']);
  });
});

describe('describeMapping: what the pane shows under the sheet picker', () => {
  test('each header column with its letter, text and role; the clerk\'s mapping shown over the detection', () => {
    const g = grid('S', [['序号', '工作事项', '具体举措', '牵头单位', '责任单位', '责任领导', '时间安排', '附件']]);
    expect(describeMapping(g).map((m) => `${m.letter}:${m.header}:${m.role}`)).toEqual([
      'A:序号:序号', 'B:工作事项:类别', 'C:具体举措:任务', 'D:牵头单位:牵头', 'E:责任单位:配合', 'F:责任领导:领导', 'G:时间安排:时限', 'H:附件:',
    ]);
    // a complete mapping replaces the detection; a partial one is laid over it
    expect(describeMapping(g, { task: 1, lead: 3, coop: 4 }).map((m) => m.role)).toEqual(['', '任务', '', '牵头', '配合', '', '', '']);
    expect(describeMapping(g, { task: 1 }).map((m) => m.role)).toEqual(['序号', '任务', '', '牵头', '配合', '领导', '时限', '']);
  });
});

describe('further people columns under a mapping', () => {
  // 宁波 2014 民生实事 (test/fixtures/real/ningbo-2014-minsheng): 牵头领导 | 责任单位 | 项目责任人
  const ningbo = grid('Sheet1', [
    ['序号', '实事项目', '牵头领导', '责任单位', '项目责任人', '配合单位'],
    [2, '新增安装300套路口交通信息视频采集设备。', '王仁洲', '市公安局', '王伟标', '市城管局、市财政局'],
  ]);
  test('the pane shows both people columns as 领导', () => {
    expect(describeMapping(ningbo).map((m) => `${m.letter}:${m.role}`)).toEqual(['A:序号', 'B:任务', 'C:领导', 'D:牵头', 'E:领导', 'F:配合']);
  });
  test('a partial mapping keeps them; the clerk\'s 领导 column replaces them', () => {
    const read = (columns?: Record<string, number>) => checkWorkbook([ningbo], { today: TODAY, year: 2014, ...(columns ? { columns } : {}) }).tasks[0].leaders;
    expect(read()).toEqual(['王仁洲', '王伟标']);
    expect(read({ task: 1 })).toEqual(['王仁洲', '王伟标']);
    expect(read({ leaders: 4 })).toEqual(['王伟标']);
    expect(read({ task: 1, lead: 3, leaders: 2 })).toEqual(['王仁洲']);
  });
});
