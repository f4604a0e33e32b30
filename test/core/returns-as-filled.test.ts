// One returned row at a time as clerks fill them: dates typed as text or numbers, 数量 "1篇"/"一", 媒体 in 《》, titles broken
// over lines, 合计 and 填表人 lines, a renamed sheet and added columns — each expectation from how a careful clerk reads the cell.
import { CellValue, Grid } from '../../src/core/sheets/grid';
import { MediaDirectory } from '../../src/core/sheets/media-sheet';
import { checkReturnRow, checkReturnRows, countOf, RowContext } from '../../src/core/returns/return-rows';
import { readReturnedDate, yearOfMonthDay } from '../../src/core/returns/returned-dates';
import { readReturn } from '../../src/core/returns';

const june = { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } };
const ctx: RowContext = {
  unit: '市民政局', period: june, mySeqs: new Set(['2', '3']), tasksBySeq: new Map(),
  media: new MediaDirectory([{ name: '皖西日报', level: '市级', aliases: [], points: null }, { name: '人民网', level: '中央级', aliases: [], points: null }]),
};
type Row = Record<'date' | 'title' | 'media' | 'level' | 'adopted' | 'taskSeq' | 'count', CellValue>;
const row = (over: Partial<Row>): Row => ({ date: '2023-06-15', title: '民政局开展防汛救灾政策宣传', media: '皖西日报', level: '市级', adopted: '是', taskSeq: 2, count: 1, ...over });
const entry = (over: Partial<Row>) => {
  const r = checkReturnRow(row(over), ctx);
  if (!('entry' in r)) throw new Error(`expected a ledger row, got ${JSON.stringify(r)}`);
  return r;
};

describe('dates as clerks type them', () => {
  test('month and day without a year are read in the period, said so', () => {
    expect(readReturnedDate('6.15', june)).toEqual({ date: { year: 2023, month: 6, day: 15 }, note: '日期“6.15”没有写年份，按填报期间读作 2023-06-15' });
    expect(readReturnedDate('6月16日', june)).toMatchObject({ date: { year: 2023, month: 6, day: 16 } });
    expect(readReturnedDate('6/17', june)).toMatchObject({ date: { year: 2023, month: 6, day: 17 } });
    expect(readReturnedDate('23.6.15', june)).toEqual({ date: { year: 2023, month: 6, day: 15 }, note: '日期“23.6.15”的年份只写了两位，读作 2023-06-15' });
    expect(readReturnedDate('98.6.15', june)).toBeNull();
    // a period across the new year: December in the first year, January in the second
    const winter = { from: { year: 2023, month: 12, day: 1 }, to: { year: 2024, month: 1, day: 31 } };
    expect(yearOfMonthDay(12, 28, winter)).toEqual({ year: 2023, month: 12, day: 28 });
    expect(yearOfMonthDay(1, 3, winter)).toEqual({ year: 2024, month: 1, day: 3 });
    // a date of last month in this month's return: last month, not next year
    expect(yearOfMonthDay(5, 28, june)).toEqual({ year: 2023, month: 5, day: 28 });
    // a 填报日期 after a December period: the next year
    expect(yearOfMonthDay(1, 5, { from: { year: 2023, month: 12, day: 1 }, to: { year: 2023, month: 12, day: 31 } })).toEqual({ year: 2024, month: 1, day: 5 });
  });
  test('full dates, 8-digit numbers and a date with a time', () => {
    expect(readReturnedDate('2023/6/15', june)).toEqual({ date: { year: 2023, month: 6, day: 15 } });
    expect(readReturnedDate('20230615', june)).toEqual({ date: { year: 2023, month: 6, day: 15 } });
    expect(readReturnedDate(20230621, june)).toEqual({ date: { year: 2023, month: 6, day: 21 } });
    expect(readReturnedDate(45096.6041666, june)).toEqual({ date: { year: 2023, month: 6, day: 19 } });
    expect(readReturnedDate(20230231, june)).toBeNull();
    // the time typed after the day
    expect(readReturnedDate('2023-06-20 15:30', june)).toEqual({ date: { year: 2023, month: 6, day: 20 } });
    expect(readReturnedDate('2023年6月21日上午', june)).toEqual({ date: { year: 2023, month: 6, day: 21 } });
    expect(readReturnedDate('6月22日 下午3点', june)).toMatchObject({ date: { year: 2023, month: 6, day: 22 } });
    expect(readReturnedDate('2023-06-20 下周', june)).toBeNull();
  });
  test('a month without a day is refused saying so', () => {
    expect(readReturnedDate('2023年6月', june)).toEqual({ reject: '日期“2023年6月”只写到月份，没有写是哪一天：请写成 2023-06-30 这样的完整日期' });
    expect(readReturnedDate('6月中旬', june)).toHaveProperty('reject');
    expect(readReturnedDate('2023.6', june)).toHaveProperty('reject');
    expect(readReturnedDate(2023.6, june)).toEqual({ reject: '日期是数字 2023.6，不是日期（按 Excel 日期算是 1905-07-15）：请写成 2023-06-30 这样的完整日期' });
  });
  test('6.20 typed into a date cell became 6.2: refused, the day cannot be known', () => {
    const r = readReturnedDate(6.2, june);
    expect(r && 'reject' in r && r.reject).toContain('日期是数字 6.2，不是日期');
  });
});

describe('a row as clerks fill it', () => {
  test('数量 as 1篇, 一, 两条; nonsense still refused', () => {
    expect(countOf('1篇')).toBe(1);
    expect(countOf('一')).toBe(1);
    expect(countOf('两条')).toBe(2);
    expect(countOf('3 篇')).toBe(3);
    expect(countOf('篇')).toMatch(/不是数字/);
    expect(countOf('若干')).toMatch(/不是数字/);
    expect(countOf('1.5篇')).toMatch(/不是整数/);
  });
  test('媒体 in 《》 is the outlet; a title broken over lines is one title', () => {
    const r = entry({ media: '《皖西日报》', level: '市级媒体', title: '民政局：养老服务\n进社区', adopted: '是 ' });
    expect(r.entry).toMatchObject({ media: '皖西日报', level: '市级', title: '民政局：养老服务进社区', adopted: true });
    expect(r.notes).toEqual([]);
    expect(entry({ title: 'Hello\nworld' }).entry.title).toBe('Hello world');
    expect(entry({ title: '《民政局开展防汛救灾政策宣传》' }).entry.title).toBe('民政局开展防汛救灾政策宣传');
    for (const numbered of ['1、民政局开展防汛救灾政策宣传', '2.民政局开展防汛救灾政策宣传', '（3）民政局开展防汛救灾政策宣传', '④ 民政局开展防汛救灾政策宣传']) {
      expect(entry({ title: numbered }).entry.title).toBe('民政局开展防汛救灾政策宣传');
    }
    expect(entry({ title: '1.5万户低保家庭领到提标资金' }).entry.title).toBe('1.5万户低保家庭领到提标资金');
    expect(entry({ title: '10万群众受益' }).entry.title).toBe('10万群众受益');
    expect(entry({ title: '《人民日报》刊发我市低保经验' }).entry.title).toBe('《人民日报》刊发我市低保经验');
    expect(entry({ media: '皖西日报（市级）', level: null }).entry).toMatchObject({ media: '皖西日报', level: '市级' });
    // a bracket that is part of an outlet's name stays
    expect(entry({ media: '学习强国（安徽学习平台）', level: '省级' }).entry.media).toBe('学习强国（安徽学习平台）');
  });
  test('级别 as 省/中央 and 是否采用 as √, 已采用, blank', () => {
    expect(entry({ media: '人民网', level: '中央', adopted: '√' }).entry).toMatchObject({ level: '中央级', adopted: true });
    expect(entry({ media: '中安在线', level: '省', adopted: '已采用' }).entry).toMatchObject({ level: '省级', adopted: true });
    expect(entry({ media: '学习强国', level: '央级' }).entry.level).toBe('中央级');
    expect(entry({ adopted: '已刊发' }).entry.adopted).toBe(true);
    const remark = entry({ adopted: '是（头版头条）' });
    expect(remark.entry.adopted).toBe(true);
    expect(remark.notes).toContain('“是否采用”填的是“是（头版头条）”：按“是”计，其后的说明未汇总入台账');
    expect(entry({ adopted: '否，待审' }).entry.adopted).toBe(false);
    expect(checkReturnRow(row({ adopted: '待定（下周）' }), ctx)).toEqual({ reject: '“是否采用”应填“是”或“否”（填的是“待定（下周）”）' });
    expect(entry({ adopted: '未录用' }).entry.adopted).toBe(false);
    expect(checkReturnRow(row({ adopted: '待定' }), ctx)).toEqual({ reject: '“是否采用”应填“是”或“否”（填的是“待定”）' });
    const blank = entry({ adopted: null });
    expect(blank.entry.adopted).toBe(true);
    expect(blank.notes).toContain('“是否采用”未填，已填媒体“皖西日报”，按已采用计，请核实');
  });
  test('合计 and 填表人 lines are listed, not refused; a title that starts 总计 is an article', () => {
    expect(checkReturnRow(row({ date: '合计', title: null, media: null, level: null, adopted: null, taskSeq: null, count: 9 }), ctx)).toEqual({ skip: '“合计”是合计行，不是一篇稿件，未登记（台账按逐行登记的稿件计数）' });
    expect(checkReturnRow(row({ date: '填表人：张三', title: null, media: '联系电话：0564-3370000', level: null, adopted: null, taskSeq: null, count: null }), ctx)).toHaveProperty('skip');
    expect(entry({ title: '总计12亿元惠民资金发放到位' }).entry.title).toBe('总计12亿元惠民资金发放到位');
    // a row without a title whose cell only begins with 审核 is no signature: sent back for its missing title
    expect(checkReturnRow(row({ title: null, media: '审核通过' }), ctx)).toEqual({ reject: '缺少标题' });
    expect(checkReturnRow(row({ date: '审核：李四', title: null, media: null, level: null, adopted: null, taskSeq: null, count: null }), ctx)).toHaveProperty('skip');
  });
});

describe('an article several outlets took', () => {
  test('one row per outlet when 媒体名录 knows each, its level from there; sent back when it does not', () => {
    const rows = checkReturnRows(row({ media: '人民网、《皖西日报》', level: '中央级' }), ctx);
    expect(rows.map((r) => ('entry' in r ? [r.entry.media, r.entry.level, r.notes[0]] : r))).toEqual([
      ['人民网', '中央级', '媒体“人民网、《皖西日报》”是 2 个媒体，按媒体分行登记，级别按媒体名录'],
      ['皖西日报', '市级', '媒体“人民网、《皖西日报》”是 2 个媒体，按媒体分行登记，级别按媒体名录'],
    ]);
    expect(checkReturnRows(row({ media: '人民网、学习强国' }), ctx)).toEqual([
      { reject: '媒体“人民网、学习强国”填了 2 个媒体，其中“学习强国”不在媒体名录中，定不了级别：一篇稿件被几家媒体采用就登记几行，每行一个媒体' },
    ]);
    // one outlet's name with a space or slash stays one row
    expect(checkReturnRows(row({ media: '学习强国/安徽学习平台', level: '省级' }), ctx)).toHaveLength(1);
  });
});

describe('a form as clerks change it', () => {
  const grid = (name: string, rows: CellValue[][]): Grid => ({ name, rows, merges: [] });
  test('a renamed 报送登记 is found by its header, a renamed header by the ledger words, an added column listed cell by cell (a 序号 column only numbers the rows)', () => {
    const data = readReturn([
      grid('本单位任务', [['任务序号', '工作任务']]),
      grid('6月报送情况', [
        ['序号', '发布日期', '标题', '作者', '媒体名称', '级别', '是否采用', '任务序号', '数量', '备注'],
        [1, '2023-06-12', '石斛产业助农增收', '王五', '皖西日报', '市级', '是', 2, 1, null],
        [2, '2023-06-13', '茶旅融合', null, '人民网', '中央级', '是', 2, 1, '转载'],
      ]),
    ], 'f.xlsx');
    expect(data.problem).toBeUndefined();
    expect(data.notes).toEqual(['“报送登记”表被改名为“6月报送情况”，已按表头读取']);
    expect(data.rows.map((r) => [r.values.date, r.values.media, r.extra])).toEqual([
      ['2023-06-12', '皖西日报', [{ header: '作者', cell: 'D2', text: '王五' }]],
      ['2023-06-13', '人民网', [{ header: '备注', cell: 'J3', text: '转载' }]],
    ]);
  });
  test('a date or outlet merged down, or 同上, is each row\'s; a 数量 merged down cannot be shared out and is sent back', () => {
    const header = ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
    const sheet = {
      name: '报送登记',
      rows: [
        header,
        ['2023-06-12', '甲', '皖西日报', '市级', '是', 2, 3],
        [null, '乙', null, '同上', '〃', 2, null],
        [null, '丙', null, '同上', '是', 2, null],
        ['2023-06-14', '丁', '人民网', '中央级', '是', 2, 1],
      ],
      merges: [{ top: 1, left: 0, bottom: 3, right: 0 }, { top: 1, left: 2, bottom: 2, right: 2 }, { top: 1, left: 6, bottom: 2, right: 6 }],
    } as unknown as Grid;
    const data = readReturn([sheet], 'f.xlsx');
    expect(data.rows.map((r) => [r.values.date, r.values.media, r.values.level, r.values.adopted, r.problem ?? ''])).toEqual([
      ['2023-06-12', '皖西日报', '市级', '是', 'G2:G3（数量）合并了 2 行，填的是 3，与行数不一致，读不出每行的数量：请取消合并，逐行填写'],
      ['2023-06-12', '皖西日报', '市级', '是', 'G2:G3（数量）合并了 2 行，填的是 3，与行数不一致，读不出每行的数量：请取消合并，逐行填写'],
      ['2023-06-12', null, '市级', '是', ''],
      ['2023-06-14', '人民网', '中央级', '是', ''],
    ]);
  });
  test('a renamed 进展 is read by its header; a sheet the clerk added is named, not read', () => {
    const data = readReturn([
      grid('报送登记', [['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量']]),
      grid('完成情况', [['任务序号', '工作任务', '完成情况', '完成日期', '说明'], ['3', '集中宣传月', '已完成', '2023-06-28', '']]),
      grid('草稿', [['随手记的标题'], [null], ['另一个']]),
    ], 'f.xlsx');
    expect(data.progress.map((p) => [p.seq, p.status])).toEqual([['3', '已完成']]);
    expect(data.notes).toEqual([
      '“进展”表被改名为“完成情况”，已按表头读取',
      '另有“草稿”表（2 行有内容）不是填报表的表，未读取：如有要登记的稿件，请移到“报送登记”表',
    ]);
  });
  test('two sheets that could be 报送登记 are not guessed between', () => {
    const header = ['日期', '标题', '媒体', '级别', '是否采用', '任务序号', '数量'];
    const data = readReturn([grid('5月', [header]), grid('6月', [header])], 'f.xlsx');
    expect(data.problem).toBe('没有“报送登记”表，而“5月”、“6月”都像报送登记表，不能确定读哪一张：请只保留一张并改回“报送登记”');
  });
});

describe('任务序号 as clerks write it', () => {
  const withTasks: RowContext = { ...ctx, tasksBySeq: new Map([['2', {} as never], ['3', {} as never], ['5', {} as never]]) };
  const check = (taskSeq: CellValue) => checkReturnRow(row({ taskSeq }), withTasks);
  test('任务2, 第2项, 2., ２ and 二 are task 2, said so', () => {
    for (const written of ['任务2', '第2项', '2.', '２', '二']) {
      const r = check(written);
      expect(r).toMatchObject({ entry: { taskSeq: '2' } });
      expect('entry' in r && r.notes).toContain(`任务序号“${written}”按任务 2 计`);
    }
    expect(check(2)).toMatchObject({ entry: { taskSeq: '2' }, notes: [] });
  });
  test('several tasks in one cell are sent back with what to do; another unit\'s task and a missing one as before', () => {
    expect(check('2、3')).toEqual({ reject: '任务序号“2、3”填了几个任务：一行只对应一个任务序号，请按主要任务填一个（或分行登记）' });
    expect(check('5')).toEqual({ reject: '任务序号 5 不是本单位牵头或配合的任务' });
    expect(check('9')).toEqual({ reject: '任务序号 9 不存在' });
  });
});
