// A quota read with the frequency beside it: 报送时间 "每月" + 任务数 "各5条" = 5 per unit per month.
import { Quota, QuotaContext, parseQuota } from './quota';

/** Counts that are a total, not per period: 共20篇, 合计, 全年, 一次性. */
const TOTAL = /共|总计|合计|累计|一次性|全年|年度|年内|全程/;
/** A frequency names a period: 每月, 每季度第二个月, 5月、10月, 宣传月期间, 月度. */
const PERIOD = /每|月度|季度|宣传月|\d{1,2}月|[一二三四五六七八九十]{1,2}月/;

/**
 * The quota with the period its frequency cell gives, when the quota names none ("各5条" is once by itself):
 * the two read as one phrase ("每月" + "各5条" → "每月各5条"). A quota that names its own period, or a total,
 * is kept as it is; "各" means each unit, as every quota does unless it says otherwise.
 */
export function quotaWithFrequency(quota: Quota | null, quotaText: string, frequencyText: string, context?: QuotaContext): Quota | null {
  const frequency = frequencyText.trim();
  if (!quota || quota.per !== 'once' || frequency === '' || TOTAL.test(quotaText) || !PERIOD.test(frequency)) return quota;
  const combined = parseQuota(`${frequency}${quotaText.trim()}`, context);
  return combined && combined.per !== 'once' ? combined : quota;
}

/** A task that opens with the period it counts in ("月报送信息任务", "年采用信息任务", 建平镇): 月 → 每月, 季度 → 每季度, 年 → 每年. */
const TASK_PERIOD = /^(?:每)?(月|季度?|年)(?:度)?(?:报送|采用|上报|刊发|刊播|发布|上稿|投稿|发稿|录用)/;
const PERIOD_WORD: Record<string, string> = { 月: '每月', 季: '每季度', 季度: '每季度', 年: '每年' };

/** The frequency a task's own words give its bare count ("10条" under 月报送信息任务 is 每月10条), or '' when they give none. */
export function taskTextPeriod(taskText: string): string {
  const m = TASK_PERIOD.exec(taskText.replace(/\s+/g, ''));
  return m ? PERIOD_WORD[m[1]] : '';
}
