// A measure's title, as the clerk writes it in 主要任务's first words: its first short sentence, a heading run into its text, a stage without its dates.
import { STAGE_DATES } from './phrases';

const TITLE_END = /[。：:；;！!]/;

/** A first sentence short enough to be the title: no comma, or two short actions joined by one ("开展对返家务工人员的面对面宣传,发放禁毒宣传单"), unless a part says who does it. */
function shortTitle(title: string): boolean {
  const parts = title.split(/[，,]/);
  // a clause naming who does it (由X牵头,…) is the text, not the title
  return parts.length === 1 || (parts.length === 2 && title.length <= 24 && parts.every((x) => x.length >= 4) && !/由|牵头|牽頭|负责|負責|配合/.test(title));
}

/**
 * "巩固基层宣传阵地建设。区镇…" → 巩固基层宣传阵地建设; a long first sentence is no title. An item line with its
 * text on the lines below ("(一)对外宣传" then "为配合…") is its title whole.
 */
export function titleOf(body: string, textBelow: boolean, bodyPlain = body): string | null {
  // "第一阶段:宣传发动,制定方案(2017年7月18日至…)。": the stage's name after its number, without its dates
  const stage = STAGE_NAMED.exec(bodyPlain);
  if (stage) return withoutDates(body.slice(stage[1].length, stage[0].length).trim());
  const end = body.search(TITLE_END);
  const title = (end < 0 ? body : body.slice(0, end)).trim();
  if ((end > 0 || (textBelow && end < 0)) && title.length <= 30 && shortTitle(title)) return title;
  // the heading run into its first sentence: "舉辦科普巡回展由縣科委、縣環保局牽頭,組織…" → 舉辦科普巡回展
  const runIn = RUN_IN.exec(bodyPlain);
  return runIn ? body.slice(0, runIn[1].length).trim() : null;
}

/** "准备阶段(3月1日至3月25日)" → 准备阶段 (the dates are its time limit, read apart). */
export function withoutDates(title: string | null): string | null {
  const bare = title?.replace(STAGE_DATES, '') ?? null;
  return bare && bare.length >= 2 ? bare : title;
}

/** A stage numbered in words, its name after a colon: "第一阶段:宣传发动,制定方案(…)" (up to the sentence's end). */
const STAGE_NAMED = /^(第[一二三四五六七八九十]{1,3}阶段\s*[:：]\s*)[^。；;]{2,40}/;

/** A first clause "<heading>由<units>牵头/负责," with no stop between the heading and 由. */
const RUN_IN = /^([^，,。；;：:由]{2,30})由[^，,。；;：:]{2,30}?(?:牵头|负责)[，,。]/;

/** A paragraph opening with a title of a few words and a full stop: "新闻宣传。紧紧围绕…", "特色打造。深入打造…". */
const TITLE_SENTENCE = /^[^，,。；;：:、“”"()（）\d]{2,8}。/;

/**
 * Paragraphs inside an item that open as the item does, with a short title and a full stop ("(一)新闻宣传。…" then
 * "特色打造。…", then "(二)形象推介。…"; a 镇's 新闻宣传工作方案): an item whose number the copy lost, or a point of the
 * item above — the clerk decides, so they are named, not read silently into the item above.
 */
export function titledWithinItem(first: { plain: string; prefix: number }, rest: readonly { index: number; plain: string; level: number }[]): number[] {
  if (!TITLE_SENTENCE.test(first.plain.slice(first.prefix))) return [];
  return rest.filter((p) => p.level === 0 && TITLE_SENTENCE.test(p.plain)).map((p) => p.index);
}
