// Which task-sheet quotas a listed unit owes in the ledger's count: the lead's pieces, not a cooperating unit's help nor an activity.
import type { Quota } from './quota';

/** The parts of a task row the scope is read from (TaskRecord has them all). */
export interface ScopedTask {
  readonly seq: string;
  readonly task: string;
  readonly quotaText: string;
  readonly quota: Quota | null;
}

/**
 * A quota counted in 次/场 of a task that asks for an activity (开展…活动, 投放广告, 推送短信, 组织志愿者) and names no pieces: the ledger
 * counts pieces submitted (篇/条), so such a quota is not 应报 (六安 2023 暖民心 分工表 3: 「每季度第二个月开展暖民心集中宣传月活动」;
 * 14: 「集中宣传月期间，利用手机短信…推送…宣传标语」; 屯溪区: 「安排朋友圈推荐广告投放不少于2次」). 「每月至少完成两次…专题报道」 asks for pieces.
 */
const ACTIVITY = /活动|会议|培训|宣讲|征集|投放|推送|张贴|悬挂|展播|播放|志愿|讲座|竞赛|比赛|座谈|走访|巡演|演出/;
const PIECES = /报道|信息|稿件|文章|简报|报送|发布|转载|专栏|专题|短视频|视频|评论|篇|稿/;
const PIECE_UNITS = new Set(['篇', '条', '期', '份']);

/** Whether the task's quota is of pieces the ledger counts (false without a quota). */
export function countsSubmissions(task: ScopedTask): boolean {
  const quota = task.quota;
  if (!quota) return false;
  if (PIECE_UNITS.has(quota.unit)) return true;
  const text = quotaClause(task);
  return !(ACTIVITY.test(text) && !PIECES.test(text));
}

/**
 * The words the quota counts: the clause of the task that holds the quota's text (屯溪区 9 asks 「…制作推出一批…短视频…」 of all and
 * 「安排朋友圈推荐广告投放不少于2次」 of 区民生办: the 2 are placements), else the whole task with the quota cell.
 */
function quotaClause(task: ScopedTask): string {
  const at = task.quotaText ? task.task.indexOf(task.quotaText) : -1;
  if (at < 0) return `${task.task}${task.quotaText}`;
  const stops = /[，。；,;！!？?]/;
  let from = at;
  while (from > 0 && !stops.test(task.task[from - 1])) from--;
  let to = at + task.quotaText.length;
  while (to < task.task.length && !stops.test(task.task[to])) to++;
  return task.task.slice(from, to);
}

/** Words that make every unit listed on the task owe its quota, cooperating ones too (「各责任单位每月报送…」「牵头和配合单位」). */
const EVERY_UNIT = /各(责任|成员|相关|有关|参与)?单位|配合单位|牵头(单位)?和配合|共同(完成|报送)/;

/** The categories (单位名录 类型/分组 of the units listed on the task) that the task's words name: 「市（县区）属各媒体平台」 names 县区. */
export function namedCategories(task: ScopedTask, categories: Iterable<readonly string[]>): Set<string> {
  const text = `${task.task}${task.quotaText}`;
  const named = new Set<string>();
  for (const list of categories) for (const c of list) if (c.length >= 2 && text.includes(c)) named.add(c);
  return named;
}

/**
 * Whether a cooperating unit owes the quota of a task it joins. The quota applies to each unit listed (DESIGN: 「unless it says otherwise」),
 * and says otherwise when its words name whom it asks: a quota by category, or a task naming some listed units' categories but not this
 * unit's. 六安 2023 分工表 2 asks 「市（县区）属各媒体平台…每月至少完成两次…专题报道」 of 市委宣传部、皖西日报社、市广电台 with 市发改委、市教体局…
 * and the 县区 cooperating: the 县区 (named) owe it, the departments (not named, no media platform) do not. Task 1 (「建立信息报送…工作机制」,
 * 每季度不少于1篇) names nobody: its cooperating units, who send the information, owe it.
 */
export function coopOwes(task: ScopedTask, unit: string, categories: readonly string[], named: ReadonlySet<string>): boolean {
  if (task.quota?.byCategory) return true;
  if (named.size === 0) return true;
  const text = `${task.task}${task.quotaText}`;
  if (EVERY_UNIT.test(text) || text.includes(unit)) return true;
  return categories.some((c) => named.has(c));
}

/** Whether a unit listed on the task owes its quota in the ledger's count (`named`: namedCategories of the task). */
export function owesQuota(task: ScopedTask, unit: string, lead: boolean, categories: readonly string[], named: ReadonlySet<string>): boolean {
  return countsSubmissions(task) && (lead || coopOwes(task, unit, categories, named));
}

/** Why a unit listed on a task does not owe its quota, in a few words (the 填报表 puts them beside 量化指标). */
export function notOwedNote(task: ScopedTask, coop: boolean): string {
  return coop && countsSubmissions(task) ? '由牵头单位完成，配合单位不计应报' : '是开展活动，不按报送台账计应报';
}

/** Why a unit listed on a task does not owe its quota, as the breakdown says it. */
export function notOwedText(task: ScopedTask, coop: boolean): string {
  return `任务${task.seq || ''}的指标（${task.quotaText || '量化指标'}）${notOwedNote(task, coop)}`;
}
