// Finds, inside a measure's sentences, the phrase a clerk would put in 完成时限 and in 量化指标.
import { NUMBER_CHARS } from '../dates/numerals';
import { CATEGORY_TAIL } from '../quotas/by-category';
import { UNIT_END } from '../units/unit-lists';
import { yearFromTitle } from '../sheets/task-sheet';
import { clauseSubject } from './plan-subjects';
import { LUNAR_RUN } from '../deadlines';

export interface Found {
  readonly text: string;
  /** Where it starts in the searched text. */
  readonly start: number;
}

const N = `[${NUMBER_CHARS}]`;
const PH = '[*＊xX×Ｘ]{1,2}';
const DAY_PART = `(?:${N}{1,3}[日号]|底|末|[上中下][旬询])`;
/** An hour of the day after a date: 12:00, 下午5点, 17时30分, 上午. */
const HOUR = `(?:(?:[上下]午|中午|晚上?)?(?:${N}{1,2}[:：]${N}{2}|${N}{1,2}[时点](?:${N}{1,2}分|半)?)|[上下]午|中午)`;
/** A year never filled in: 20xx年, 20**年. */
const YEAR_PH = '20[xX×＊*Ｘ]{2}年';
const MONTH_DATE = `(?:次年)?(?:${N}{1,2}|${PH})月(?:${DAY_PART}|${PH}[日号])`;

/** The dashes a span is written with: —, ―, –, －, -, ~, ～ ("3月1日―3月7日" in a 反邪教 plan, "9月16―25日"). */
const DASH = '[—―–－\\-~～]';

/**
 * A span of days, due at its end: "6月1日至30日", "6月1至30日", "6月5日-9日", "5月7日至5月13日"; with both months written, the
 * days may lack 日 ("10月10至10月15", a 镇 防诈 plan's stage); the end may carry its own year ("2017年7月26日至2020年5月31日",
 * a 五城联创 plan's stage; "至 2017年7月25日" with the space a PDF leaves).
 */
const DATE_RANGE = `(?:20\\d\\d年|${YEAR_PH})?${N}{1,2}月${N}{1,3}[日号]?(?:[至到]|${DASH}{1,2})\\s*(?:(?:20\\d\\d年)?(?:${N}{1,2}月)?${N}{1,3}[日号]|${N}{1,2}月${N}{1,3}(?![0-9月日号]))`;

/** The last day of a span of days ("6月1日至30日" → "6月30日", "10月10至10月15" → "10月15日", "…至2020年5月31日" → "2020年5月31日"), or null when `text` is no such span. */
export function rangeEnd(text: string): string | null {
  const m = new RegExp(`^(20\\d\\d年)?(${N}{1,2}月)${N}{1,3}[日号]?(?:[至到]|${DASH}{1,2})\\s*(?:(20\\d\\d年)?(${N}{1,2}月)?(${N}{1,3})[日号]|(${N}{1,2}月)(${N}{1,3}))$`).exec(text);
  return m ? `${m[3] ?? m[1] ?? ''}${m[4] ?? m[6] ?? m[2]}${m[5] ?? m[7]}日` : null;
}

/**
 * A stage's dates closing its title or heading: "准备阶段(3月1日至3月25日)", "(一)宣传动员阶段(6月1日—6月5日)"; months only too:
 * "动员部署阶段(3月)", "组织实施阶段(4—10月)", "宣传动员自查阶段(**年4月~7月中旬)" (a year the copy masked).
 */
export const STAGE_DATES = /\s*[(（]([^()（）]*\d{1,2}月[^()（）]*)[)）]\s*$/;

/** The dates of the stage a heading names: "(一)宣传动员阶段(6月1日—6月5日)" → "6月1日—6月5日" (its steps are due by the stage's end). */
export function stageTime(heading: string | null): string | undefined {
  return STAGE_DATES.exec(heading ?? '')?.[1];
}

/** Where a span written from now or from a day runs to ("…至年底", "…至2026年12月31日止", "…—6月"): its end is the time limit. */
const SPAN_TO = `(?:至|到|${DASH}{1,2})(?:20\\d\\d年[底末]|(?:20\\d\\d年)?(?:年底|年末|${N}{1,2}月(?:${DAY_PART})?))(?:前|止|结束)?`;

/** Deadline phrases, most specific first: a clerk's 完成时限 is the first kind that occurs. */
const DEADLINE_PATTERNS: readonly RegExp[] = [
  // "即日起至年底", "从即日起至12月底", "即日起—6月" (防范电信网络诈骗宣传年): due at the span's end
  new RegExp(`[自从]?即日起?(?:开始)?${SPAN_TO}`),
  new RegExp(`${YEAR_PH}(?:${N}{1,2}月${N}{1,3}[日号]|年底|年内|年末)(?:[—\\-~～至到]+${YEAR_PH}?(?:${N}{1,2}月${N}{1,3}[日号]|年底))?(?:前|之前)?`),
  // several, each with its 前: "分别于2026年5月底前、2026年9月底前完成" (two leads, a time each: the cell keeps both, a milestone)
  // the hour may come before 前: "于2025年3月7日12:00前报送" (a notice's 报送要求), "3月7日下午5点前", "6月30日17时前"
  new RegExp(`(?:20\\d\\d年)?${MONTH_DATE}(?:(?:前|之前)?[、和及至到-](?:20\\d\\d年)?${MONTH_DATE})*${HOUR}?(?:前|之前|以前)`),
  new RegExp(`(?:20\\d\\d年)?${MONTH_DATE}(?:[、和及](?:20\\d\\d年)?${MONTH_DATE})+`),
  new RegExp(`[自从于](?:${N}{1,2}|${PH})月(?:${N}{1,2}|${PH})[日号]起(?:${SPAN_TO})?`),
  new RegExp(`(?:年底|年内|年末|上半年|下半年|[一二三四1-4]季度末?)(?:前|之前)`),
  new RegExp(`(?:${N}{1,2}个)?(?:集中)?宣传月期间`),
  new RegExp(`(?:${N}{1,2}月、)+${N}{1,2}月`),
  new RegExp(DATE_RANGE),
  // days listed after their month: "时间:6月1日、2日、3日、4日(四天)" (due the last)
  new RegExp(`(?:20\\d\\d年)?${N}{1,2}月${N}{1,3}[日号](?:、${N}{1,3}[日号])+`),
  // a span of months, due at its end: "4月上旬至5月底", "2025年4月—5月", "5—7月" (the grammar reads the whole span)
  new RegExp(`(?:20\\d\\d年)?${N}{1,2}(?:月(?:[上中下]旬|底|初|份)?)?(?:至|到|${DASH}{1,2})(?:20\\d\\d年)?${N}{1,2}月(?:[上中下]旬|底|末|初|份)?`),
  // the days of a 春节 plan, lunar: "年初一、初二", "年初一至初七", "正月十五", "腊月二十三", "除夕"
  new RegExp(LUNAR_RUN),
  new RegExp(`(?:20\\d\\d年)?${MONTH_DATE}`),
  new RegExp(`每(?:个)?季度(?:的)?第?[一二三1-3](?:个)?月`),
  /每(?:个|1|一)?(?:日|天|周|月|季度|半年|年)|按(?:日|天|周|月|季度|年)(?=[公通报发更])/,
  // 持续推进 / 长期坚持 as a time stand alone ("(持续推进)", "，长期坚持。"); opening a sentence they are its verb (持续推进…建设)
  /(?:长期坚持|持续推进)(?=$|[。；;，,）)】〕\s])|长期|常态化/,
];

/** The patterns as searches (matchAll needs the g flag; each call works on its own copy of the regex). */
const DEADLINE_SEARCHES = DEADLINE_PATTERNS.map((re) => new RegExp(re.source, 'g'));

/** Spaces a PDF's text leaves between a number and its 年/月/日 ("12 月底前", "2020 年"): not part of the date. */
const DATE_SPACE = /([\d年月])([ \u00a0\u3000]+)(?=[年月日号\d])/g;

/** `plain` without those spaces, and where each of its characters stands in `plain`. */
function withoutDateSpaces(plain: string): { text: string; at: number[] } {
  const at: number[] = [];
  let text = '';
  let from = 0;
  const keep = (to: number) => {
    for (let i = from; i < to; i++) at.push(i);
    text += plain.slice(from, to);
  };
  for (const m of plain.matchAll(DATE_SPACE)) {
    // a digit before 年/月/日, or 年/月 before a digit: "12 月", "2020 年", "8 月 10 日"
    if (/\d/.test(m[1]) === /\d/.test(plain[m.index! + m[0].length])) continue;
    keep(m.index! + 1);
    from = m.index! + m[0].length;
  }
  keep(plain.length);
  at.push(plain.length);
  return { text, at };
}

/** The deadline phrase of `text` (plain, simplified), or null. Its `text` is as written in `plain` (spaces and all). */
export function findDeadline(plain: string): Found | null {
  const squeezed = withoutDateSpaces(plain);
  // 元月 is January ("活动时间:元月13日至元月25日"): searched as 1月, the same length, and shown as written
  const found = findIn(squeezed.text.replace(/元月/g, '1月'));
  if (!found) return found;
  const start = squeezed.at[found.start];
  const end = squeezed.at[found.start + found.text.length - 1] + 1;
  return { text: plain.slice(start, end), start };
}

function findIn(plain: string): Found | null {
  for (const re of DEADLINE_SEARCHES) {
    for (const m of plain.matchAll(re)) {
      // a number cut from a longer one is no date: the "15至4月" of "3.15至4月", the "10至10月" of "10月10至10月15"
      if (/^\d/.test(m[0]) && /[0-9.．月]/.test(plain[m.index! - 1] ?? '')) continue;
      // "2024年初一季度", "今年初一…", "每年初一次": the year's 年, not 大年's (年初一)
      if (/^年初/.test(m[0]) && /[0-9今明本当去次每全]/.test(plain[m.index! - 1] ?? '')) continue;
      return { text: m[0].replace(/^[于]/, ''), start: m.index! + (m[0].startsWith('于') ? 1 : 0) };
    }
  }
  return null;
}

const COUNT_UNIT = '(?:篇|次|期|场|条|份|件|幅|块|项|人次|个)';
const MINIMUM = '(?:不得少于|不少于|至少|不低于|原则上不少于)';
const PERIOD = '每(?:个)?(?:日|天|周|月|季度|年)';
/** Pieces to place in a level of media: "区级媒体上100条次", "市级及以上主流媒体上10条次". */
const MEDIA_TARGET = `[^，,。；;：:()（）\\d]{0,10}?(?:媒体|媒介|平台|网站|报刊|报纸|电视台)(?:上|刊发|刊播|刊登|发稿|发表|播发|采用)${N}{1,4}(?:条次|篇次|条|篇)`;
const QUOTA_PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:每个项目)?(?:${PERIOD})?[^，。；,;：:()（）每]{0,8}?${MINIMUM}(?:完成|开展|报送|发布|推出|刊发|播出|组织|召开|举办|举行)?${N}+个?${COUNT_UNIT}`, 'g'),
  // "每月集中开展壹次…培训会" (a 镇's 防诈 plan): an adverb between the period and the verb
  new RegExp(`${PERIOD}(?:集中|统一|定期|分别)?(?:推出|开展|召开|发布|播出|更新|报送|举办|举行)?${N}{1,3}${COUNT_UNIT}`, 'g'),
  // a short object between the verb and the count: "每天举行有奖竞猜350条" (a 春节 plan's riddles)
  new RegExp(`${PERIOD}(?:集中|统一|定期)?(?:推出|开展|发布|播出|更新|报送|举办|举行|刊发)[^，。；,;：:()（）\\d]{1,6}?${N}{1,4}${COUNT_UNIT}`, 'g'),
  new RegExp(`各(?:开展|召开|举办|发布|报送)?${N}{1,2}${COUNT_UNIT}`, 'g'),
  new RegExp(`(?:发送|发布|推出|召开|举办|制作|编印|印发|播出)${N}{1,3}(?:条|篇|期|场|次|部|份|幅)`, 'g'),
  // people or collectives each unit puts forward: "市总工会推选10位劳动模范", "各县区分别推选2个文明家庭集体" (创城代言 2023)
  new RegExp(`推选${N}{1,3}(?:位|名|个)`, 'g'),
  // a yearly target of pieces placed in media, no period, no minimum word: "争取区级媒体上100条次,市级及以上主流媒体上10条次"
  // (a 镇 宣传办's 新闻宣传工作方案); each level of media its own count
  new RegExp(`${MEDIA_TARGET}(?:[，,、]${MEDIA_TARGET})*`, 'g'),
  // shows counted in 台, so many a day or a week: "每天由一个党委组织展演一台文艺晚会" (one show alone is an event, not a quota)
  new RegExp(`${PERIOD}[^，。；,;：:()（）]{0,16}?${N}{1,2}台[^，。；,;：:()（）]{0,8}?(?:晚会|演出|节目)`, 'g'),
];

/** Months listed right before a distributive 各 ("5月、10月宣传月期间", "4月份和10月份"), or the 宣传月期间 alone. */
const MONTHS_BEFORE_EACH = new RegExp(`((?:${N}{1,2}月份?(?:[、和及与]${N}{1,2}月份?)+(?:集中)?(?:宣传月)?(?:期间|内)?|(?:集中)?宣传月期间))$`);

/** Every quota phrase of `plain`, in order, trimmed to where the rule begins (每… / 不少于…). */
export function findQuotas(plain: string): Found[] {
  for (const re of QUOTA_PATTERNS) {
    const out: Found[] = [];
    for (const m of plain.matchAll(re)) {
      let text = m[0];
      let start = m.index!;
      const begin = text.search(new RegExp(`每个项目|${PERIOD}|${MINIMUM}|各`));
      if (begin > 0) {
        text = text.slice(begin);
        start += begin;
      }
      // "每月…报送信息不少于2篇": keep the period and the minimum, not the words between
      // "在5月、10月宣传月期间各开展一次" (seed 000 measure 13): 各 spreads over the months just before it — once in
      // each, not once in every month of the year
      const months = text.startsWith('各') ? MONTHS_BEFORE_EACH.exec(plain.slice(Math.max(0, start - 24), start)) : null;
      if (months) {
        text = months[1] + text;
        start -= months[1].length;
      }
      out.push({ text, start });
    }
    if (out.length) return out;
  }
  return [];
}

/** A category of units written just before a quota in its clause: "区直各责任单位每个项目…". */
export function categoryBefore(plain: string, at: number): Found | null {
  const clauseStart = Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((c) => plain.lastIndexOf(c, at - 1))) + 1;
  const before = plain.slice(clauseStart, at);
  const m = new RegExp(`^\\s*((?:[区县市镇乡]直)?各?[^\\s，,]{0,10}?${CATEGORY_TAIL})\\s*$`).exec(before);
  if (m) return { text: m[1], start: clauseStart + before.indexOf(m[1]) };
  // one of a list of "X推选N位…、Y推选N位…": the unit after the last 、 (or after 由), its 分别/自行 aside
  const listed = /(?:^|、|由)\s*([^、，,由]{2,16}?)(?:分别|自行)?$/.exec(before);
  if (listed && /推选/.test(plain.slice(at, at + 3)) && UNIT_END.test(listed[1])) {
    return { text: listed[1], start: clauseStart + listed.index + listed[0].indexOf(listed[1]) };
  }
  // the clause's subject: "乡政府在乡内制作5幅…。各村自行制作1幅…" → 乡政府, 各村
  const subject = clauseSubject(before);
  return subject ? { text: subject.text, start: clauseStart + subject.start } : null;
}

/** Months named as the campaign's 集中宣传月: "5月、10月为民生工程集中宣传月", "6月份定为宣传月". */
export function findPublicityMonths(plain: string): number[] {
  // "每季度第二个月为暖民心集中宣传月": the n-th month of every quarter
  const quarterly = new RegExp(`每(?:个)?季度(?:的)?第?([一二三1-3])(?:个)?月(?:为|是|作为)[^。，,；;]{0,16}宣传月`).exec(plain);
  if (quarterly) {
    const n = '一二三'.indexOf(quarterly[1]) + 1 || Number(quarterly[1]);
    return [n, n + 3, n + 6, n + 9];
  }
  const patterns = [
    new RegExp(`((?:${N}{1,2}月(?:[上中下]旬)?[、,，和及与至]?)+)(?:(?:确定|定)?为|是|作为)[^。，,；;]{0,16}宣传(?:月|阶段)`),
    // "6月份定为宣传月" (a stage "1月—6月份,为…宣传阶段" is no publicity month)
    new RegExp(`(${N}{1,2}月)份(?:确定|定)?为[^。，,；;]{0,16}宣传月`),
    new RegExp(`宣传月[(（]((?:${N}{1,2}月[、,，和及]?)+)[)）]`),
    // "经研究定于9月在全省政协系统开展网络安全宣传月活动"
    new RegExp(`定于(${N}{1,2}月)份?[^。，,；;]{0,20}?开展[^。，,；;]{0,20}?宣传月`),
  ];
  for (const re of patterns) {
    const m = re.exec(plain);
    if (m) {
      const months = [...m[1].matchAll(/(\d{1,2})月/g)].map((x) => Number(x[1])).filter((x) => x >= 1 && x <= 12);
      if (months.length) return [...new Set(months)].sort((a, b) => a - b);
    }
  }
  return [];
}

/** A 范文 site's count closing a title: "(通用5篇)", " 篇1", "五篇", "(精选3篇)". */
const SITE_COUNT = /\s*(?:[(（](?:通用|精选|汇总|合集)?[\d一二三四五六七八九十]{1,2}篇[)）]|篇\s*\d{1,2}|[\d一二三四五六七八九十]{1,2}篇)$/;

/** The plan year: a title line's 20xx年, else a 发布日期, else the year most often written. */

export function findYear(lines: readonly string[]): number | null {
  for (const line of lines.slice(0, 15)) {
    const m = /(20\d\d)\s*年(?:度)?[^。]{0,30}(?:方案|计划|安排|要点|通知)/.exec(line);
    if (m && line.length < 80) return Number(m[1]);
    // a title that writes its year without 年: "2019食品安全宣传周活动方案"
    // a 范文 site's title may carry its own count after it: "2025乡镇春节文化活动方案(通用5篇)", "…方案 篇1", "《…方案五篇》"
    const bare = /^(20\d\d)[\u4e00-\u9fff][^。，,；;：:]{0,30}(?:方案|计划|安排|要点)$/.exec(line.trim().replace(/^《|》$/g, '').replace(SITE_COUNT, ''));
    if (bare) return Number(bare[1]);
  }
  for (const line of lines.slice(0, 15)) {
    const m = /(?:发布|发文|印发|成文)(?:日期|时间)[:：]?\s*(20\d\d)/.exec(line);
    if (m) return Number(m[1]);
  }
  // the 成文日期 under the signature: a date alone on its line, 2023年3月10日 or 二〇二三年三月十日
  for (const line of lines) {
    const t = line.replace(/[\s\u3000]/g, '');
    if (/^(?:20\d\d|[二〇零○一三四五六七八九]{4})年[0-9一二三四五六七八九十]{1,2}月[0-9一二三四五六七八九十]{1,3}日$/.test(t)) {
      const year = yearFromTitle(t.replace(/○/g, '〇'));
      if (year !== null) return year;
    }
  }
  const counts = new Map<number, number>();
  // "2006-2007年" names both years
  const seen = (year: string) => counts.set(Number(year), (counts.get(Number(year)) ?? 0) + 1);
  for (const line of lines) {
    for (const m of line.matchAll(/(?:(20\d\d)\s*[-—–~～至到]\s*)?(20\d\d)\s*年(?!\s*[*＊xX×Ｘ]月)/g)) {
      // a year the plan looks back to is not its own: "对 2020 年已达标的…", "较2020年", "2020年以来", "截至2020年底"
      const before = line.slice(Math.max(0, m.index! - 2), m.index!);
      const after = line.slice(m.index! + m[0].length, m.index! + m[0].length + 3);
      if (/(?:较|比|对|截至|截止)\s*$/.test(before) || /^\s*(?:已|以来|同期|[底末]已)/.test(after)) continue;
      if (m[1]) seen(m[1]);
      seen(m[2]);
    }
  }
  let best: number | null = null;
  for (const [year, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best) && year > best)) best = year;
  return best;
}
