// Deadline phrases of real published tables that the date grammar does not read by itself: rewrites, ongoing and relative words, phased deadlines.

/**
 * Work with no one due day (examples from published tables): 即时办理, 及时更新, 立行立改, 即办即结,
 * 限时办结, 按需, 根据工作需要, 根据实际, 视情况, 动态调整, 实时更新, 按序时推进, 按时间节点推进,
 * "2024年起", "从2016年起" (from then on). 动态信息, 动态类, 动态稿件 are a kind of report, not work that goes on
 * ("动态信息应在其发生之日起2个工作日内报送", 慈溪 2020, is due 2 working days after the event).
 */
export const ONGOING_PHRASES = /即时|及时|立行立改|即办即结|限时办结|按需|根据(?:工作)?需要|根据实际|视情况|动态(?![信类稿])|实时|序时|按时间节点|^(?:从|自)?\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?起(?!\s*(?:至|到|[-~—–]))/;

/**
 * Due when another body says (a clerk cannot put a day in her diary): 按省市要求, 按上级部署, 根据上级安排,
 * 按国家统一部署, 按省里要求, 与省同步, 根据省里进度, 按规定时限, 在法定期限内.
 */
export const RELATIVE_PHRASES =
  /^(?:按|按照|根据|依据|依照|遵照|与|结合)(?:省|市|县|区|州|上级|国家|中央|上面|主管)|法定(?:时限|期限|时间)|规定(?:时限|期限|时间)|同步/;

/**
 * "Before" a holiday of a fixed date is the day before it: “十一”之前 → 9月30日, 五一前 → 4月30日,
 * 七一前 → 6月30日, 国庆节前 → 9月30日, 元旦前 → 12月31日. (Numerals are digits by now: “十一” → “11”;
 * written as digits they need their quotes.) Lunar holidays (春节前, 中秋前) stay relative.
 */
const HOLIDAY_EVE = /^(?:["“‘'](51|71|81|11)["”’']|["“‘']?(国庆节?|劳动节|建党节|建军节|元旦))(?:节)?(?:假期)?(?:之前|以前|前)(?:完成)?$/;
const HOLIDAY_EVE_DATE: Record<string, string> = {
  51: '4月30日前', 71: '6月30日前', 81: '7月31日前', 11: '9月30日前',
  国庆: '9月30日前', 劳动: '4月30日前', 建党: '6月30日前', 建军: '7月31日前', 元旦: '12月31日前',
};

/**
 * A span that starts now, written before the date it runs to: "即日起至年底", "从即日起至12月底", "即日起-6月",
 * "自本方案印发之日起至2026年12月31日止" (防范电信网络诈骗宣传年 2021 and the like). The office means the end.
 * Run on compact text (numerals digits, dashes '-').
 */
const FROM_NOW_TO = /^(?:从|自|于)?(?:即日|今日|今天|现在|本(?:方案|通知)(?:印发|下发|发布)之日|(?:方案|通知)?(?:印发|下发|发布)之日)起?(?:开始)?(?:至|到|-|~)+(?=.)/;
/** "从11月25日起至12月底", "2025年3月1日起至3月31日": the 从/起 of a span of dates (the grammar reads "A至B" as due at B). */
const FROM_DATE_TO = /^(?:从|自|于)?((?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}[日号]|\d{4}年(?:\d{1,2}月)?|\d{1,2}月)起(?=(?:至|到|-|~))/;
/** The 止/结束 closing a span ("…至3月31日止", "…至3月31日结束"). */
const SPAN_CLOSE = /^(.*(?:至|到|-|~).+?)(?:止|结束|为止)$/;

/** Rewrites into the grammar's own words: "2023-2025年" → 2025年底, 中下旬 → 下旬, 7月底8月初 → 8月初, 一年一次 → 每年一次, 月度 → 每月, 年度 → 年底, 年中和年末 → 每半年. */
export function rewritePhrase(s: string): string {
  return s
    .replace(FROM_NOW_TO, '') // "即日起至年底" → 年底: a span from now is due at its end
    .replace(FROM_DATE_TO, '$1') // "从11月25日起至12月底" → 11月25日至12月底, read as a span
    .replace(SPAN_CLOSE, '$1')
    .replace(HOLIDAY_EVE, (_m, digits: string | undefined, name: string | undefined) => HOLIDAY_EVE_DATE[digits ?? name!.replace(/节$/, '')] ?? _m)
    .replace(/^(\d{4})$/, '$1年') // a bare year (建设年限 "2022"): due at its end
    .replace(/^(\d{4})年?度?[-~至到](\d{4})年?度?$/, (_m, _a, b: string) => `${b}年`) // a range of years: the end year
    .replace(/^(\d{4})年?[-~至到](\d{4})年(?:度)?(?=$|[前底末内])/, (_m, _a, b: string) => `${b}年底`)
    .replace(/中[、,，]?下旬/g, '下旬') // 中下旬, 中、下旬: by the end of 下旬
    .replace(/上[、,，]?中旬/g, '中旬') // 上、中旬 (西安 2021): by the end of 中旬
    .replace(/(\d{1,2})月(?:底|末)(?:[至到-])?(\d{1,2})月(初|上旬)/g, (whole, a: string, b: string, part: string) => { // 7月底8月初 (杭州 2021): by early next month
      const from = Number(a);
      const to = Number(b);
      return to === from + 1 ? `${to}月${part}` : from === 12 && to === 1 ? `次年1月${part}` : whole;
    })
    .replace(/^1(年|月|季度?|周)1(?![\d日号])/, '每$1')
    .replace(/^(?:按)?月度/, '每月')
    .replace(/^(?:按)?季度(?!末)/, '每季度')
    .replace(/^每学期/, '每半年')
    .replace(/^(?:于)?年中(?:和|、|及|与)年(?:末|底|终)/, '每半年') // "年中和年末分别组织一次自查" (苏州 2015): twice a year
    .replace(/^(?:本|今)?年度(?:内)?$/, '年底')
    .replace(/^(\d{4}年)(?:开工|启动|实施|建成|完工|竣工|投用|投入使用|见效)$/, '$1底');
}

/** "每2个月" (每两个月): every second month, the due months. */
export function everyNthMonth(s: string): number[] | null {
  const m = /每(\d)个月/.exec(s);
  if (!m) return null;
  const n = Number(m[1]);
  if (n < 2 || n > 6 || 12 % n !== 0) return null;
  const months: number[] = [];
  for (let k = n; k <= 12; k += n) months.push(k);
  return months;
}

/**
 * Clauses of a phased deadline, each read alone, the latest due. Semicolons part milestones first
 * ("6月底前基本完成基建任务；12月底前全部落实，实现招生": a comma inside a milestone only goes on with it);
 * then commas ("6月底前完成主体工程，年底前投入使用"). Returns the ways to split, widest clauses first.
 */
export function phaseClauses(s: string): string[][] {
  const ways: string[][] = [];
  // a period labelled with a colon starts its milestone ("第三季度:落实…。第四季度:持续整治…", 杨凌 2020 分季目标): each label
  // and the words after it, up to the next label, are one clause, whatever punctuation the words hold
  const starts = [...s.matchAll(PERIOD_LABEL)].map((m) => m.index!);
  if (starts.length >= 2 && starts[0] === 0) ways.push(starts.map((at, i) => s.slice(at, starts[i + 1])));
  for (const sep of [/[;；]/, /[,;，；]/]) {
    const parts = s.split(sep).filter((p) => p !== '');
    if (parts.length >= 2 && !ways.some((w) => w.length === parts.length)) ways.push(parts);
  }
  // milestones listed with 、 ("6月底前下达60%以上、9月底前下达80%以上、11月底前全部下达到位", 云南 2017): only when every
  // part says more than a date, so that a list of dates ("6月、12月", "每年1、4、7、10月") is read as the grammar reads it
  const listed = s.split(/[,;，；、]/).filter((p) => p !== '');
  if (listed.length >= 2 && listed.every((p) => MORE_THAN_DATE.test(p)) && !ways.some((w) => w.length === listed.length)) ways.push(listed);
  return ways;
}

/** Where a period's label starts ("第3季度:", "上半年:", "6月份:"; numerals are digits and "：" is ":" by now). */
const PERIOD_LABEL = /(?:第[1-4]季度|[1-4]季度|[上下]半年|\d{1,2}月份?):/g;

/** A clause with words beside its date: a character no date is written with. */
const MORE_THAN_DATE = /[^\d年月日号底前末初旬上中下季度份第至到~\-.\/每各]/;
