// Deadline phrases that published task tables use and the date grammar alone did not read (issue 10), read as a clerk reads them.
import { formatISO } from '../../src/core/dates/civil-date';
import { WorkCalendar } from '../../src/core/dates/calendar';
import { DateDeadline, deadlineJsonKind, parseDeadline } from '../../src/core/deadlines/deadline';
import { effectiveDueDate, taskStatus } from '../../src/core/deadlines/task-status';

const read = (text: string, year = 2024) => {
  const d = parseDeadline(text, year);
  return d.kind === 'date' ? formatISO(d.date) : deadlineJsonKind(d);
};

describe('due when another body says: relative', () => {
  test.each(['按省市要求', '按上级要求', '按上级部署', '根据上级安排', '按国家统一部署', '按省里要求', '按市里统一安排', '与省同步', '根据省里进度', '按照省市部署推进', '按规定时限', '按法定时限', '在法定期限内'])(
    '%s', (t) => expect(read(t)).toBe('relative'),
  );
});

describe('work with no one due day: ongoing', () => {
  test.each(['根据工作需要', '即时办理', '即时', '及时', '立行立改', '按序时推进', '按时间节点推进', '即办即结', '限时办结', '根据实际', '视情况', '按需', '根据需要', '动态调整', '动态更新', '实时更新', '及时更新', '及时公开', '2024年起', '从2016年起', '自2024年起'])(
    '%s', (t) => expect(read(t)).toBe('ongoing'),
  );
});

describe('due dates', () => {
  test.each([
    ['2024—2025年', '2025-12-31'], ['2023-2025年', '2025-12-31'], ['5月中下旬', '2024-05-31'], ['2024年开工', '2024-12-31'], ['年度', '2024-12-31'],
    ['一季度启动，年底前完成', '2024-12-31'], ['6月启动，11月底前完成', '2024-11-30'], ['2024年6月开工，12月底完工', '2024-12-31'],
    ['6月底前完成主体工程，年底前投入使用', '2024-12-31'], ['2025年6月开工，12月底完工', '2025-12-31'],
  ])('%s → %s', (t, want) => expect(read(t)).toBe(want));
  // 西安 2021 小升初日程 "6月上、中旬"; 杭州 2021 招生时间表 "7月底8月初": by the end of the later part
  test.each([
    ['6月上、中旬', '2024-06-20'], ['5月中、下旬', '2024-05-31'], ['7月底8月初', '2024-08-10'], ['6月底至7月初', '2024-07-10'],
    ['12月底1月初', '2025-01-10'],
  ])('%s → %s (two parts of a month, or a month end and the next month\'s start)', (t, want) => expect(read(t)).toBe(want));
  test('a phased deadline keeps every phase date, and a year written in one phase is explicit', () => {
    const d = parseDeadline('2025年6月开工，12月底完工', 2024);
    expect(d.kind === 'date' && [d.dates.map(formatISO), d.explicitYear]).toEqual([['2025-06-30', '2025-12-31'], true]);
  });
});

describe('recurring', () => {
  test.each(['每学期', '每两个月', '一年一次', '月度', '季度', '一月一调度', '一季度一通报'])('%s', (t) => expect(read(t)).toBe('recurring'));
  test('每两个月 is due in every second month', () => {
    expect(parseDeadline('每两个月', 2024)).toMatchObject({ kind: 'recurring', per: 'month', months: [2, 4, 6, 8, 10, 12] });
  });
});

describe('before a holiday of a fixed date: the day before it', () => {
  test.each([['“十一”之前', '2024-09-30'], ['“五一”前', '2024-04-30'], ['国庆节前', '2024-09-30'], ['元旦前', '2024-12-31'], ['建党节前', '2024-06-30']])(
    '%s → %s', (t, want) => expect(read(t)).toBe(want),
  );
  test.each(['春节前', '中秋前'])('%s (a lunar holiday) stays relative', (t) => expect(read(t)).toBe('relative'));
});

describe('twice a year: 年中和年末 (苏州 2015: "于年中和年末分别组织一次自查活动")', () => {
  test.each(['年中和年末', '年中和年末分别组织一次自查', '年中、年底'])('%s is due in June and December', (t) => {
    expect(parseDeadline(t, 2015)).toMatchObject({ kind: 'recurring', months: [6, 12] });
  });
  test('年底前 alone stays one date', () => expect(read('年底前', 2015)).toBe('2015-12-31'));
});

describe('milestones numbered ①②③ (开化县 2023 重点工作清单 进度安排)', () => {
  test('the latest milestone is due; ① is a marker, not the digit 1 before "2月"', () => {
    expect(read('①2月上旬前,完成设计招标。②3月底前,完成图纸深化设计。③5月底前,完成施工许可报批并开工建设。', 2023)).toBe('2023-05-31');
    expect(read('①3月底前,召开金融联席会议,明确2023年金融指标增长目标,压实责任,明确举措。②5月底前,召开金融助力“三年活动”破难攻坚要素保障政银企业对接会。③6月底前,出台碳账户贷款贴息、央行结构性货币政策工具贴息政策,并组织开展兑现。', 2023)).toBe('2023-06-30');
  });
  test('recurring milestones stay recurring; a lone marked phrase reads as without its mark', () => {
    expect(read('①每月上报水气环境质量情况。②每季度完成农村环境质量监测。③每半年完成一次终端水质监测。', 2023)).toBe('recurring');
    expect(read('①年底前', 2023)).toBe('2023-12-31');
  });
});

describe('milestones listed with 、 (云南 2017 稳增长意见)', () => {
  test('each milestone with its words: the last is due', () => {
    expect(read('2017年6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位', 2017)).toBe('2017-11-30');
  });
  test('a list of bare dates or months reads as before', () => {
    expect(read('6月、12月', 2017)).toBe('recurring');
    expect(read('每年1、4、7、10月8日之前', 2017)).toBe('recurring');
    expect(read('3月、6月、9月、12月底前', 2017)).toBe('2017-12-31');
  });
});

// Round 9 (plans10): a span from now or from a day is due at its end, in the plan year unless it names one; "X年起" alone goes on
describe('spans from now: due at their end', () => {
  test.each([
    ['即日起至年底', '2024-12-31'], ['即日起至2026年12月31日', '2026-12-31'], ['即日起—6月', '2024-06-30'], ['从即日起至12月底', '2024-12-31'],
    ['自本方案印发之日起至2025年6月30日止', '2025-06-30'], ['从11月25日起至12月底', '2024-12-31'], ['2025年3月1日起至3月31日结束', '2025-03-31'],
  ])('%s → %s', (t, want) => expect(read(t)).toBe(want));
  test('a span to an event stays relative; from a year on, ongoing', () => {
    expect([read('即日起至活动结束'), read('即日起'), read('2024年起')]).toEqual(['relative', 'relative', 'ongoing']);
  });
  test('a dated span is not also "ongoing" for its 起', () => {
    const d = parseDeadline('2025年3月1日起至3月31日结束', 2025);
    expect(d.kind === 'date' && d.ongoing).toBeFalsy();
  });
});

describe('round 10: 动态 as a kind of report is not work that goes on', () => {
  test('动态信息应在其发生之日起2个工作日内报送 (慈溪 2020) is due after the event; 动态调整 still goes on', () => {
    expect(parseDeadline('动态信息应在其发生之日起2个工作日内报送', 2020).kind).toBe('relative');
    expect(parseDeadline('动态调整', 2020).kind).toBe('ongoing');
  });
});

describe('round 10: 持续到 a date ends then', () => {
  test('该项工作将持续到5月底 (河北 2023) is due 5月31日; 持续推进 still goes on', () => {
    const d = parseDeadline('该项工作将持续到5月底', 2023);
    expect(d).toMatchObject({ kind: 'date', date: { year: 2023, month: 5, day: 31 } });
    expect((d as { ongoing?: boolean }).ongoing).toBeUndefined();
    expect(parseDeadline('持续推进', 2023).kind).toBe('ongoing');
  });
});

describe('round 10: a date with 遇节假日顺延', () => {
  test('12月15日前，遇节假日顺延 in 2024 (15日 a Sunday): the date as written, due on the next working day by the calendar', () => {
    const d = parseDeadline('12月15日前，遇节假日顺延', 2024);
    expect(d).toMatchObject({ kind: 'date', date: { year: 2024, month: 12, day: 15 }, onRestDay: 'next' });
    const calendar = new WorkCalendar();
    expect(effectiveDueDate(d as DateDeadline, calendar)).toEqual({ year: 2024, month: 12, day: 16 });
    expect(taskStatus(d, false, null, { year: 2024, month: 12, day: 16 }, calendar)).toBe('pending');
    expect(taskStatus(d, false, null, { year: 2024, month: 12, day: 16 })).toBe('overdue');
  });
});

describe('round 10: 遇节假日顺延 alone qualifies nothing', () => {
  test('a cell holding only the rule is not read as an empty cell', () => {
    expect(parseDeadline('遇节假日顺延', 2024).kind).not.toBe('none');
  });
});

describe('round 10: 节假日不顺延 is no rest-day rule', () => {
  test('上报时间节假日不顺延 (限上商贸统计报表注意事项) moves nothing', () => {
    expect((parseDeadline('上报时间节假日不顺延，一定要在规定的时间内完成上报', 2014) as { onRestDay?: string }).onRestDay).toBeUndefined();
  });
});
