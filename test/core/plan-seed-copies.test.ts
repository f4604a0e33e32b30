// Seeds 001 and 002, plans copied from 范文 sites in 繁體: the 完成时限 `import` writes is one `check` reads, and a name the site masked is flagged.
import { readPlan } from '../../src/core/plans';
import { parseDeadline } from '../../src/core/deadlines';

// /work/shared/seeds/002, lines 21–22 and 41–42, as copied (the site's pinyin "(nèi)" kept)
const SEED_002 = [
  '二、宣傳重點',
  '3、實施推進和長效管護相結合。大力宣傳今年各項民生工程政策內(nèi)容和實施進展,同時注重對2007年以來已建成民生工程項目運行、管護情況進行宣傳,促進民生工程項目長期發(fā)揮效益。',
  '四、宣傳方式',
  '(十)充分發(fā)揮傳統(tǒng)宣傳方式的優(yōu)勢。鄉(xiāng)民生辦結合本地實施的民生工程項目,將政策內(nèi)容、實施要求等,以小折頁、公開信的形式印發(fā),并在公共活動場所張貼。4月份和10月份宣傳月期間,各村和鄉(xiāng)直責任部門要通過橫幅、標語、宣傳車、街頭宣傳等形式宣傳不得少于2次。各村要充分利用廣播“村村響”工程定期開展民生工程宣傳,並於4月份、10月份開展集中宣傳。',
].join('\n');

test('宣傳月期間 and 長期 are written 宣传月期间 and 长期, which the deadline reader understands (check said 无法识别 of what import wrote)', () => {
  const plan = readPlan(SEED_002, { year: 2021 });
  const written = plan.measures.map((m) => m.deadline.text).filter((t): t is string => t !== null);
  expect(written).toEqual(expect.arrayContaining(['宣传月期间']));
  for (const text of written) expect([text, parseDeadline(text, 2021, [4, 10]).kind]).not.toEqual([text, 'unparsed']);
  // the source paragraph keeps the plan's own characters
  expect(plan.measures.some((m) => m.source.includes('宣傳月期間'))).toBe(true);
});

test('a unit name the site masked (seed 001: 大眾網**頻道) is flagged for the clerk to complete', () => {
  // /work/shared/seeds/001, 一、(一)3., its 責任單位 list shortened
  const plan = readPlan('一、宣傳安排\n(一)媒體宣傳\n3.聯動宣傳。各鄉鎮(街道)、縣直有關部門單位在做好縣融媒體中心融媒產品轉載的同時,利用本單位微信公眾號宣傳。(責任單位:縣教育局、縣殘聯、大眾網**頻道)', { year: 2021 });
  expect(plan.measures[0].lead).toContain('大众网**频道');
  expect(plan.unsure).toEqual([{ paragraph: plan.measures[0].paragraph, why: '单位名称“大众网**频道”中有被隐去的字（**），请改为完整名称' }]);
});
