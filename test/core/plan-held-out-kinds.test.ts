// Real plans of round 11 (test/fixtures/plans, "Round 11, plans12"): an activity's numbered fields, lunar days of a 春节 plan, 元月,
// 承办单位 fields, a county's disclosure card with spaced labels, units heading their duties two levels down, a heading of units alone.
import { readFileSync } from 'fs';
import { join } from 'path';
import { getSolarDateFromLunar } from 'chinese-days';
import { readPlan, tableTitle } from '../../src/core/plans';
import { findDeadline, findQuotas, findYear } from '../../src/core/plans/phrases';
import { unitNames } from '../../src/core/plans/plan-units';
import { isBoilerplate } from '../../src/core/plans/web-copy';
import { toSimplified } from '../../src/core/sheets/traditional';
import { parseDeadline } from '../../src/core/deadlines';
import { LUNAR_YEARS, formatISO, lunarDay, lunarNewYear } from '../../src/core/dates';

const lines = (...ls: string[]) => ls.join('\n');
const due = (text: string, year: number) => {
  const d = parseDeadline(text, year);
  return d.kind === 'date' ? formatISO(d.date) : d.kind;
};

describe('a 镇\'s 春节 activities, fields numbered like items (乡镇春节活动方案, 汤口)', () => {
  const plan = lines(
    '(一)春节农民篮球赛',
    '1、比赛时间:年初一、初二',
    '2、比赛地点:黄山风景区消防大队篮球场',
    '3、负责单位:汤口社区',
    '4、组队形式:以村居为单位,分男女组队(每队限报8人,含领队、教练)',
    '(二)贺岁电影播放',
    '1、放映时间:年初一至初七晚七点至九点',
    '2、放映地点:各村居会议室',
    '3、负责单位:各村居',
    '4、活动要求:由各村居利用下发的文化资源共享设备放映电影,请各村居将放映计划于1月30日前报送至镇文广站,由政务公开频道对外发布。',
    '(三)舞龙贺新春表演',
    '1、活动时间:年初一、初二、初三。',
    '2、活动地点:山岔至汤口社区沿路巡街表演',
    '3、参演单位:九龙瀑舞龙队',
    '4、负责单位:山岔村',
  );
  test('each activity is one measure: 负责单位 leads, 参演单位 takes part, its numbered fields are no items', () => {
    expect(readPlan(plan, { year: 2024 }).measures.map((m) => [m.paragraph, m.title, m.lead, m.coop, m.unsure])).toEqual([
      [1, '春节农民篮球赛', ['汤口社区'], [], false],
      [6, '贺岁电影播放', ['各村居'], [], false],
      [11, '舞龙贺新春表演', ['山岔村'], ['九龙瀑舞龙队'], false],
    ]);
  });
  test('lunar days are the plan year\'s (春节 2024 is 2024-02-10); the activity is due when its own time field says', () => {
    expect(readPlan(plan, { year: 2024 }).measures.map((m) => [m.deadline.text, m.deadline.date])).toEqual([
      ['年初一、初二', '2024-02-11'],
      ['年初一至初七', '2024-02-16'],
      ['年初一、初二、初三', '2024-02-12'],
    ]);
  });
  test('the site\'s links to its other samples are the site\'s, and the plan\'s own title names the sheet', () => {
    expect(isBoilerplate('- 乡镇春节活动策划方案 推荐度:')).toBe(true);
    expect(isBoilerplate('- 相关推荐')).toBe(true);
    const read = readPlan(lines('- 乡镇春节活动策划方案 推荐度:', '- 相关推荐', '乡镇春节活动方案【精品】', plan), { year: 2024 });
    expect(tableTitle(read)).toBe('乡镇春节活动任务分工表');
  });
  test('without a year, a lunar day is no date: said, not guessed', () => {
    const read = readPlan(plan).measures[0];
    expect(read.deadline.kind).toBe('relative');
    expect(read.deadline.date).toBeUndefined();
  });
});

describe('lunar days in any deadline', () => {
  test('正月, 腊月, 除夕, lists and spans', () => {
    expect(due('年初四', 2024)).toBe('2024-02-13');
    expect(due('大年初一', 2025)).toBe('2025-01-29');
    expect(due('正月初八至十五', 2024)).toBe('2024-02-24');
    expect(due('正月十五前', 2026)).toBe('2026-03-03');
    expect(due('腊月二十三', 2025)).toBe('2025-01-22');
    expect(due('腊月二十八至正月初六', 2024)).toBe('2024-02-15');
    expect(due('除夕', 2024)).toBe('2024-02-09');
    expect(due('年初一', 0)).toBe('relative');
  });
  test('the 年初 of a year is no lunar day', () => {
    expect(due('2024年初一季度末', 2024)).not.toBe('2024-02-10');
    expect(findDeadline('今年初一季度完成')?.text).not.toBe('年初一');
    expect(findDeadline('每年初一次性拨付')?.text ?? null).not.toBe('年初一');
  });
  test('the table of 春节 is chinese-days\' lunar calendar, every year', () => {
    for (let y = LUNAR_YEARS.first; y <= LUNAR_YEARS.last; y++) {
      expect([y, formatISO(lunarNewYear(y)!)]).toEqual([y, getSolarDateFromLunar(`${y}-01-01`).date]);
      expect([y, formatISO(lunarDay(y, 12, 1)!)]).toEqual([y, getSolarDateFromLunar(`${y - 1}-12-01`).date]);
    }
    expect(lunarNewYear(LUNAR_YEARS.last + 1)).toBeNull();
  });
});

describe('2025乡镇春节文化活动方案 (a 范文 site\'s, 金沙县)', () => {
  test('the year of a title the site closes with its count', () => {
    expect(findYear(['2025乡镇春节文化活动方案(通用5篇)'])).toBe(2025);
    expect(findYear(['2025乡镇春节文化活动方案 篇1'])).toBe(2025);
    expect(findYear(['《2025乡镇春节文化活动方案五篇》'])).toBe(2025);
  });
  test('元月 is January', () => {
    expect(findDeadline('活动时间:元月13日至元月25日')?.text).toBe('元月13日至元月25日');
    expect(due('元月25日前', 2025)).toBe('2025-01-25');
  });
  test('承办单位 fields lead; "书法、美术协会" is one name written short, "学校、企事业单位" two', () => {
    const plan = lines('一、文体活动', '6、现场书法、绘画及书法、美术作品展', '承办单位:书法、美术协会', '活动时间:2月7日至8日', '活动地点:鼓韵广场', '活动内容:举办现场书法、绘画创作及美术、书法、作品展览。');
    expect(readPlan(plan, { year: 2025 }).measures.map((m) => [m.lead, m.deadline.date])).toEqual([[['书法、美术协会'], '2025-02-08']]);
    expect(unitNames('学校、企事业单位')).toEqual(['学校', '企事业单位']);
    expect(unitNames('教育、卫健部门')).toEqual(['教育、卫健部门']);
  });
  test('a daily count with its object between the verb and the number is a quota', () => {
    expect(findQuotas('编制…谜条1050条,每天举行有奖竞猜350条。').map((q) => q.text)).toEqual(['每天举行有奖竞猜350条']);
  });
});

test('a county\'s disclosure card with spaced labels (瑶田镇 2025) is the site\'s, not a table', () => {
  for (const row of [
    '| 索 引 號: | D23--2025-0190 | 分 類: | 回應關切 | |||',
    '| 責任部門: | 發文日期: | 2025-08-18 17:09:17 | ||||',
    '| 標 題: | 瑤田鎮“政府開放日”活動方案 | |||||',
    '| 公開方式: | 主動公開 | 公開時限: | 常年公開 | 公開范圍: | 面向全社會 | |',
    '| 有效性: | 有效 | 瀏覽: | ||||',
  ]) expect([row, isBoilerplate(toSimplified(row))]).toEqual([row, true]);
  expect(isBoilerplate('责任部门:县民政局')).toBe(false);
});

describe('an event\'s division by unit two levels down (家庭医生 活动方案, a 卫计委\'s)', () => {
  const plan = lines(
    '四、活動單位',
    '主辦單位:__市衛計委。',
    '協辦單位:__市醫改辦、__區衛計局。',
    '五、領導機構和人員分工',
    '(一)成立宣傳活動領導小組(以下簡稱“活動領導小組”)',
    '(二)具體分工',
    '1、市衛計委',
    '(1)基層衛生科廖慶新、楊月輝、宋麗瑾等負責本次活動的統籌協調和全程跟蹤落實工作。',
    '(2)科技教育宣傳科譚月琴負責家庭有關宣傳資料的準備、聯系市電視臺攝影(錄像)、日報社和宣傳報道等工作。',
    '(3)市中西醫結合骨科醫院、市婦幼保健院負責提供基本醫療服務的宣傳資料,市疾病預防控制中心負責提供基本公共衛生服務的宣傳資料。',
    '2、市醫改辦',
    '負責醫改政策的資料、物品準備和發放工作。',
    '__區衛計局',
    '負責制作宣傳橫幅、板報,落實本次活動場地、桌椅等有關工作。',
  );
  const read = readPlan(plan);
  test('each duty a doubtful task, led by its subject or by the unit heading it; the part\'s heading no measure', () => {
    expect(read.measures.filter((m) => m.paragraph >= 4).map((m) => [m.paragraph, m.lead, m.unsure])).toEqual([
      [4, [], true],
      [8, ['市卫计委'], true],
      [9, ['市卫计委'], true],
      [10, ['市中西医结合骨科医院', '市妇幼保健院', '市疾病预防控制中心'], true],
      [12, ['市医改办'], true],
      [14, ['__区卫计局'], true],
    ]);
  });
  test('a duty with its own units bracket under a unit\'s heading stays sure', () => {
    const withBracket = lines('(二)具體分工', '1、市衛計委', '(1)負責統籌協調。(責任單位:基層衛生科)', '(2)負責宣傳報道。', '2、市醫改辦', '負責醫改政策資料。');
    expect(readPlan(withBracket).measures.map((m) => [m.paragraph, m.lead, m.unsure])).toEqual([
      [3, ['基层卫生科'], false],
      [4, ['市卫计委'], true],
      [6, ['市医改办'], true],
    ]);
  });
  test('a heading of units alone (主办单位/协办单位) is who runs the event: doubtful, and said why', () => {
    expect(read.measures[0].unsure).toBe(true);
    expect(read.unsure.find((u) => u.paragraph === 1)?.why).toMatch(/只列出主办、承办、协办等单位/);
  });
});

describe('井陉 送春联下乡, page 2: units as items over their duty lines, then the ceremony\'s agenda', () => {
  const plan = lines(
    '6、南康庄村党支部、村委',
    '负责提前至少10天时间,通过广播、会议、逐级通知等方法,通知全体村民熟知本次活动的时间、地点和免费赠送春联的活动内容,届时组织百姓主动参与。',
    '派至少10人协助裁纸、倒茶、维护秩序和安全等服务。',
    '7、xx网',
    '负责前、后期的宣传报道。',
    '8、三合文化传媒中心',
    '安排摄影师和摄像师各一名届时全程摄像和照相。',
    '六、仪式议程',
    '1、介绍来宾',
    '3、南康庄村党支部书记张xx致感谢辞',
    '6、合影',
  );
  const read = readPlan(plan);
  test('an item that is only units\' names leads its lines (doubtful); a masked site is no unit', () => {
    expect(read.measures.map((m) => [m.paragraph, m.lead, m.unsure])).toEqual([
      [1, ['南康庄村党支部', '村委'], true],
      [4, [], true],
      [6, ['三合文化传媒中心'], true],
    ]);
  });
  test('the agenda\'s items are no tasks, and no doubt either', () => {
    expect(read.unsure.map((u) => u.paragraph)).toEqual([1, 4, 6]);
  });
  test('a 工作流程\'s items, or an agenda item naming its units, stay measures', () => {
    expect(readPlan(lines('三、工作流程', '1、制定方案。(责任单位:县委宣传部)', '2、组织实施。(责任单位:各乡镇)')).measures.map((m) => m.lead)).toEqual([['县委宣传部'], ['各乡镇']]);
    expect(readPlan(lines('六、仪式议程', '1、介绍来宾。(责任单位:县文联)')).measures.map((m) => m.lead)).toEqual([['县文联']]);
  });
});

test('a schedule copied one cell a line, with a 地点 column (宜兴 世界环境日 2007): rows are tasks, places are no units', () => {
  const plan = lines(
    '序号', '时间', '内容', '任务与要求', '地点', '责任部门',
    '1', '4月底至5月底', '开展“建设生态市,我做环境小主人”活动', '建立绿色志愿者队伍,开展绿色书信、绿色实践、绿色艺术活动', '各组织单位', '团市委、教育局、环保局(宣)',
    '4', '5月底至6月底', '张贴纪念“6·5”世界环境日宣传画', '发放宣传画,加强督促检查与协调', '各镇、环科园、各“创绿”单位', '环保局(宣)及各相关单位',
  );
  expect(readPlan(plan, { year: 2007 }).measures.map((m) => [m.paragraph, m.title, m.lead, m.deadline.date])).toEqual([
    [7, '开展“建设生态市,我做环境小主人”活动', ['团市委', '教育局', '环保局(宣)'], '2007-05-31'],
    [13, '张贴纪念“6·5”世界环境日宣传画', ['环保局(宣)', '各相关单位'], '2007-06-30'],
  ]);
});

describe('a plan that is one event of one day (石会镇 2025 政府开放日): its parts are due that day', () => {
  const plan = (time: string) => lines(
    '二、活動時間', time, '三、活動地點', '黔江區石會鎮人民政府',
    '五、活動方式',
    '(一)瀏覽參觀。邀請群眾代表參觀區石會鎮政府整體部門構架,由專人介紹單位結構設置、職能職責、辦事程序、聯系方式等內容。',
    '(二)觀摩體驗。邀請群眾代表觀摩部分辦、站、所、中心、大隊辦公地點,體驗辦公流程。',
  );
  test('the day under 活动时间 (hours aside) is each part\'s', () => {
    const parts = (text: string) => readPlan(text).measures.filter((m) => m.section?.includes('活動方式')).map((m) => m.deadline.date);
    expect(parts(plan('2025年8月20日'))).toEqual(['2025-08-20', '2025-08-20']);
    // 瑤田鎮's: the time a field of 三、活动时间和地点
    expect(parts(plan('2025年8月20日').replace('二、活動時間\n2025年8月20日', '三、活動時間和地點\n(一)活動時間:2025年8月28日上午9:00-12:00'))).toEqual(['2025-08-28', '2025-08-28']);
  });
  test('a campaign\'s span is no part\'s time limit', () => {
    expect(readPlan(plan('2025年5月7日至5月13日')).measures.map((m) => m.deadline.kind)).toEqual(['none', 'none']);
  });
});

test('a notice\'s 报送要求 with a day and an hour (泗县 2025): flagged with its time, which a cell reads', () => {
  const notice = readFileSync(join(__dirname, '../fixtures/plans/boo-sixian-2025-xwfb-baosong-notice.txt'), 'utf8');
  expect(readPlan(notice).unsure.find((u) => u.paragraph === 16)?.why).toBe('写有完成时限（2025年3月7日12:00前），但不在编号措施下');
  expect(due('2025年3月7日12:00前', 2025)).toBe('2025-03-07');
  expect(findDeadline('请于3月7日下午5点前报送')?.text).toBe('3月7日下午5点前');
});

test('units written once with 下同 are the units of the measures below that name none, until one names its own or the part ends', () => {
  const plan = lines(
    '三、重点任务', '(一)文化活动',
    '1.开展宣传进万家活动。（责任单位：县委宣传部、县文明办，下同）', '2.举办文艺汇演。', '3.开展志愿服务。(责任单位:团县委)', '4.开展读书活动。',
    '(二)体育活动', '1.举办运动会。', '2.开展全民健身。(牵头单位:县体育局,配合单位:各乡镇,下同)', '3.举办篮球赛。',
  );
  expect(readPlan(plan).measures.map((m) => [m.paragraph, m.lead, m.coop, m.unsure])).toEqual([
    [3, ['县委宣传部', '县文明办'], [], false],
    [4, ['县委宣传部', '县文明办'], [], false],
    [5, ['团县委'], [], false],
    [6, [], [], true],
    [8, [], [], true],
    [9, ['县体育局'], ['各乡镇'], false],
    [10, ['县体育局'], ['各乡镇'], false],
  ]);
});

test('a measure whose last line is its time field is not cut', () => {
  const read = readPlan(lines('三、重点任务', '3.开展志愿服务。', '责任领导：王五', '责任单位：团县委', '完成时限：2025年10月底前'), { year: 2025 });
  expect(read.measures.map((m) => [m.paragraph, m.lead, m.deadline.date, m.unsure])).toEqual([[2, ['团县委'], '2025-10-31', false]]);
});
