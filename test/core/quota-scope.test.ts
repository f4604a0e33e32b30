// Which task quotas a listed unit owes in the ledger's count: a cooperating unit only when the task names it; an activity never.
import { coopOwes, countsSubmissions, namedCategories, notOwedText, owesQuota, parseQuota } from '../../src/core/quotas';

const task = (text: string, quotaText: string) => ({ seq: '2', task: text, quotaText, quota: parseQuota(quotaText) });

describe('quota scope (六安 2023 暖民心行动宣传任务分工表; 屯溪区 2022 民生工程宣传方案)', () => {
  // 分工表 2: 牵头 市委宣传部 皖西日报社 市广电台; 配合 市发改委、市教体局…，各县区人民政府、市开发区管委
  const media = task('市（县区）属各媒体平台开设“暖民心 在行动”专栏，发布和转载省市暖民心行动政策，每月至少完成两次暖民心行动专题报道，形成浓厚舆论氛围。', '每月至少完成两次');
  const cats = { 市委宣传部: ['党委部门'], 皖西日报社: ['媒体单位'], 市发改委: ['市直部门'], 金安区人民政府: ['县区'], 市开发区管委: ['开发区'] };
  const named = namedCategories(media, Object.values(cats));

  it('the task names the 县区: they owe it as the leads do; the departments cooperating on it do not', () => {
    expect([...named]).toEqual(['县区']);
    expect(owesQuota(media, '皖西日报社', true, cats.皖西日报社, named)).toBe(true);
    expect(coopOwes(media, '金安区人民政府', cats.金安区人民政府, named)).toBe(true);
    expect(coopOwes(media, '市发改委', cats.市发改委, named)).toBe(false);
    expect(coopOwes(media, '市开发区管委', cats.市开发区管委, named)).toBe(false);
    expect(notOwedText(media, true)).toBe('任务2的指标（每月至少完成两次）由牵头单位完成，配合单位不计应报');
  });

  it('a task that names nobody (分工表 1, 「建立信息报送…工作机制」): every cooperating unit owes it, as before', () => {
    const reporting = task('建立信息报送和典型提炼的工作机制，并向新华社客户端、人民网等主流媒体推介。', '每季度不少于1篇');
    const none = namedCategories(reporting, Object.values(cats));
    expect(none.size).toBe(0);
    expect(coopOwes(reporting, '市发改委', cats.市发改委, none)).toBe(true);
    // 「各责任单位」 asks every listed unit even where a category is named
    expect(coopOwes(task('各县区、各责任单位每月报送信息不少于2篇', '每月报送信息不少于2篇'), '市发改委', cats.市发改委, named)).toBe(true);
  });

  it('activities counted in 次 are no 应报 of pieces; reports counted in 次 and pieces in 篇 are', () => {
    expect(countsSubmissions(task('每季度第二个月开展暖民心集中宣传月活动，通过策划各项主题宣传活动，营造氛围。', '每季度1次'))).toBe(false);
    expect(countsSubmissions(task('集中宣传月期间，利用手机短信、彩信、彩铃等形式，推送暖民心行动宣传标语等内容。', '宣传月期间不少于2次'))).toBe(false);
    // 屯溪区 9: the clause of the quota counts ad placements, though the task also asks for 短视频
    expect(countsSubmissions(task('制作推出一批语态鲜活的短视频,加大投放和宣传力度。区民生办在2个宣传月期间,安排朋友圈推荐广告投放不少于2次,短视频制作宣传情况纳入考评。', '不少于2次'))).toBe(false);
    expect(countsSubmissions(media)).toBe(true);
    expect(countsSubmissions(task('开展宣传活动，每月报送活动信息不少于2篇', '每月报送活动信息不少于2篇'))).toBe(true);
    expect(notOwedText(task('每季度开展1次集中宣传活动', '每季度1次'), false)).toBe('任务2的指标（每季度1次）是开展活动，不按报送台账计应报');
  });
});

describe('the 填报表 says why a listed task asks the unit nothing', () => {
  it('puts the reason beside 量化指标 and leaves 本期应报 blank', async () => {
    const { tasksOfUnit } = await import('../../src/core/returns/form');
    const media = { ...task('市（县区）属各媒体平台开设专栏，每月至少完成两次专题报道。', '每月至少完成两次'), lead: ['皖西日报社'], coop: ['市发改委', '金安区人民政府'] };
    const june = { from: { year: 2023, month: 6, day: 1 }, to: { year: 2023, month: 6, day: 30 } };
    const categoriesOf = (u: string) => (u === '市发改委' ? ['市直部门'] : u === '皖西日报社' ? ['媒体单位'] : ['县区']);
    const of = (unit: string) => tasksOfUnit(unit, [media as never], june, { categoriesOf })[0];
    expect(of('市发改委')).toMatchObject({ role: '配合', expected: null, notOwed: '由牵头单位完成，配合单位不计应报' });
    expect(of('金安区人民政府')).toMatchObject({ role: '配合', expected: 2 });
    expect(of('皖西日报社')).toMatchObject({ role: '牵头', expected: 2 });
  });
});
