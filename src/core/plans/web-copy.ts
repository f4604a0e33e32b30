// A plan copied from a document-sharing or news site, cleaned: site boilerplate, page markers and page-chunk numbers taken out, run-on text split at its headings.
import { Paragraph, numberingOf, paragraphsOf } from './outline';
import { isUnitsLine } from './plan-units';
import { contentsLines } from './contents';
import { UNIT_END } from '../units/unit-lists';

export interface Cleaning {
  /** Lines of the site (navigation, upload data, page markers, copyright) left out. */
  readonly boilerplate: number[];
  /** The plan's table of contents (目录), left out: the body repeats its headings, and they are its tasks. */
  readonly contents?: number[];
  /** Page-sized chunks ("1、…" "2、…" cutting through sentences) joined back into one text. */
  readonly chunks: number;
  /** Paragraphs that start in the middle of a sentence: never measures. */
  readonly fragments: number[];
  /** One clear warning when the copy is too broken to read measures from; null otherwise. */
  readonly warning: string | null;
}

/** Lines a site adds around a document (read on the simplified text). */
const BOILERPLATE: readonly RegExp[] = [
  /^(?:上传人|上传者|投稿人|发布者|分享者)\s*[:：]|文档编号\s*[:：]|上传时间\s*[:：]/,
  /^(?:ID|大小|页数|格式|文档页数|下载次数|浏览量|人气)\s*[:：]\s*[\w.\s]*(?:KB|MB|页|次)?$/i,
  /^时间\s*[:：]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^导语\s*[:：].{0,60}(?:网友上传|本站|原创)/,
  /^内容(?:预览|简介)\s*[:：]?$|^文档简介\s*[:：]?$/,
  /^本文共\s*\d+\s*字|仅供站内会员|全文\s*\d+\s*字$/,
  /^第\s*\d+\s*页\s*[/／]\s*共\s*\d+\s*页$/,
  /^第\s*\d+\s*页$|^[-—\s]*\d+\s*[-—]$|^共\s*\d+\s*页$/,
  /_第\d+页$/,
  /^下载(?:\s+(?:相关|举报|收藏|分享))+$/,
  /^亲[,，].{0,30}(?:下载|预览)/,
  /^(?:资源描述|展开阅读全文|相关资源|猜你喜欢|相关搜索|相关文档|下载文档|立即下载|阅读全文|收起|点击查看更多)\s*[:：]?$/,
  /由会员(?:上传)?分享.*(?:在[线線][阅閱]读|搜索)|请在.{1,10}上搜索|由用户提供并上传/,
  /^当前位置\s*[:：]/,
  // a 范文 site's links to its other samples: "- 乡镇春节活动策划方案 推荐度:", "- 相关推荐"
  /推荐度\s*[:：]?\s*$|^[-–—•·]\s*相关推荐\s*$/,
  /copyright|©|版权所有|ICP备|ICP证|经营许可证|公网安备/i,
  /^本站(?:为|仅|所有|不)|如有侵权|侵犯了您的版权/,
  /^(?:网站首页|首页)\s+\S+\s+\S+/,
  /^栏目\s*[:：].*(?:发布于|人气)/,
  /^(?:作者|发布时间|信息来源|来源)\s*[:：].{0,40}(?:阅读次数|点击|浏览)/,
  /^(?:阅读次数|浏览次数|点击数)\s*[:：]/,
  // a site's sales lines: "近500万道试题、…范文免费使用", "每天仅需0.22元,尊享"
  /仅需\s*[\d.]+\s*元|万(?:道|套|篇)(?:试题|资源|作文|范文).{0,30}免费/,
];

/** Labels of a government page's information-disclosure header (索 引 号: … | 发布机构: … | 成文日期: …, cells split by | or spaces), spaces allowed between their characters. */
const DISCLOSURE_LABEL = ['索引号', '发布机构', '成文日期', '发文日期', '发布日期', '发布时间', '发文字号', '文号', '公文种类', '有效性', '信息分类', '主题分类', '生效日期', '废止日期', '公开日期', '公开方式', '公开范围', '生成日期', '字体',
  // a county's disclosure card (瑶田镇 2025: "| 索 引 號: | … | 分 類: | …", "| 責任部門: | 發文日期: | …", "| 標 題: | …", "| 有效性: | 有效 | 瀏覽: |")
  '分类', '标题', '公开时限', '浏览', '时效性', '发文机关', '责任部门']
  .map((w) => [...w].join('\\s*'))
  .join('|');
const DISCLOSURE_FIELD = new RegExp(`(?:^|[|｜\\s]\\s*)(?:${DISCLOSURE_LABEL})\\s*[:：]`, 'g');
const SIZE_SWITCH = /^字\s*体\s*[:：]\s*[[【]?\s*大\s*中\s*小/;

/**
 * A law site's document card, one row a line with '|' cells and no colons: "发布文号 | 粤府〔2021〕22号 |", "发布日期 | 2021-03-29 |
 * 生效日期 | 2021-03-29 |", "有效性状态 | 阶段性文件 | 废止日期 | 暂无 |", "属性 | 专业属性 | 其他 | |", "备注 |" (广东 2021 on a law site).
 */
const CARD_LABEL = `${DISCLOSURE_LABEL}|发布单位|发布文号|有效性状态|时效性|属性|备注`;
const CARD_ROW = new RegExp(`^(?:${CARD_LABEL})\\s*[|｜](?:[^|｜]{0,24}[|｜])*\\s*$`);

/** A header line of a government page: two of its labelled fields, or one followed by a | cell, or the 字体 大中小 switch. */
function isDisclosureHeader(plain: string): boolean {
  if (SIZE_SWITCH.test(plain) || CARD_ROW.test(plain.trim())) return true;
  const fields = plain.match(DISCLOSURE_FIELD) ?? [];
  // one field opening the line (after the card's own '|') and a '|' closing it: "| 標 題: | 瑤田鎮“政府開放日”活動方案 | |||||"
  return fields.length >= 2 || (fields.length === 1 && new RegExp(`^(?:[|｜]\\s*)?(?:${DISCLOSURE_LABEL})\\s*[:：]`).test(plain) && /[|｜]\s*$/.test(plain));
}

/** A paragraph that starts in the middle of a sentence (a page cut it): punctuation or a closing bracket first. */
const FRAGMENT_START = /^[、，,。；;：:）)」』”’!！?？…]/;

/** "3、" as a page-chunk number: the numbers of a run count 1, 2, 3 …. */
const CHUNK_NUMBER = /^(\d{1,3})\s*[、.．]/;
/** A paragraph that ends a sentence. */
const SENTENCE_END = /[。！!？?；;：:”」』）)]$/;

/** Whether the line is a site's, not the plan's. */
export function isBoilerplate(plain: string): boolean {
  return BOILERPLATE.some((re) => re.test(plain)) || isDisclosureHeader(plain);
}

/**
 * Runs of lines "1、…", "2、…" … whose text runs on from one line into the next (a page cut
 * mid-word): at least three, counting from 1, most of them long and not ending a sentence.
 */
function chunkRuns(paras: readonly Paragraph[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < paras.length) {
    const first = CHUNK_NUMBER.exec(paras[i].plain);
    if (!first || Number(first[1]) !== 1) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < paras.length && Number(CHUNK_NUMBER.exec(paras[j].plain)?.[1]) === j - i + 1) j++;
    const run = paras.slice(i, j);
    const cut = run.slice(0, -1).filter((p) => p.plain.length >= 150 && !SENTENCE_END.test(p.plain)).length;
    // two chunks only when the first is page-long and cut mid-sentence
    if ((run.length >= 3 && cut >= (run.length - 1) / 2) || (run.length === 2 && cut === 1 && run[0].plain.length >= 300)) {
      runs.push([i, j]);
      i = j;
    } else i++;
  }
  return runs;
}

const CN = '一二三四五六七八九十';
/** A heading's own start: 二、 / (三) / (3) / 3、 (not a decimal such as 3.5). */
const HEADING_START = `[${CN}]{1,2}、|[(（](?:[${CN}]{1,2}|\\d{1,2})[)）]|\\d{1,2}[、.．](?!\\d)`;
/**
 * Where a heading starts inside run-on text: after a sentence end (group 1 is the end and its spaces), or right after a
 * short heading at the start (group 1 is that heading, shortest first). Written without lookbehind, which Safari before
 * 16.4 cannot parse: the heading's position is the match's start plus group 1.
 */
const AFTER_SENTENCE = new RegExp(`([。；;！!)）：:]\\s*)(?=${HEADING_START})`, 'g');
const AFTER_SHORT_HEADING = new RegExp(`^((?:[${CN}]{1,2}、|[(（][${CN}]{1,2}[)）])[^。；;：:]{2,16}?)(?=[(（](?:[${CN}]{1,2}|\\d{1,2})[)）]|\\d{1,2}[、.．](?!\\d))`);

/** Where the first heading after the piece's start begins inside it, or -1. */
function nextInlineHeading(piece: string): number {
  let best = -1;
  for (const m of piece.matchAll(AFTER_SENTENCE)) {
    const at = m.index! + m[1].length;
    if (at > 0) {
      best = at;
      break;
    }
  }
  const short = AFTER_SHORT_HEADING.exec(piece);
  if (short && short[1].length > 0 && (best < 0 || short[1].length < best)) best = short[1].length;
  return best;
}

/** Cuts run-on text at its headings; each piece keeps the index of the line it starts in. */
function splitRunOn(text: string, plain: string, starts: readonly { at: number; index: number }[]): Paragraph[] {
  const cuts = [0];
  // a cut may open a new heading that itself ends in a short title followed by a sub-heading: re-scan each piece
  let from = 0;
  while (from < plain.length) {
    const next = nextInlineHeading(plain.slice(from));
    if (next < 0) break;
    from += next;
    cuts.push(from);
  }
  cuts.push(plain.length);
  const out: Paragraph[] = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const t = text.slice(cuts[k], cuts[k + 1]).trim();
    const p = plain.slice(cuts[k], cuts[k + 1]).trim();
    if (!p) continue;
    let index = starts[0].index;
    for (const s of starts) if (s.at <= cuts[k]) index = s.index;
    out.push({ index, text: t, plain: p, ...numberingOf(p) });
  }
  return out;
}

/**
 * A section heading inside running text (…。二、… / …。(三)…): the mark of a document run together. One match per heading:
 * the sentence end is matched and the heading looked ahead at (no lookbehind, for Safari before 16.4).
 */
const SECTION_INSIDE = new RegExp(`[。；;！!)）]\\s*(?=[${CN}]{1,2}、|[(（][${CN}]{1,2}[)）])`, 'g');

/** A long paragraph with headings inside it (二、…(一)…): likely run together by a copy. */
const RUN_ON_LENGTH = 300;

/** Pinyin some sites put after characters ("鄉(xiāng)鎮(zhèn)"): only bracketed syllables with a tone mark, right after a Han character. */
// the Han character before the brackets is matched and put back ($1): no lookbehind, which Safari before 16.4 cannot parse
// (full-width brackets too: a copy pasted into Word and retyped has （xiāng）)
const PINYIN = /([\u4e00-\u9fff])[(（](?=[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ])[a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]{1,7}[)）]/g;

/** The text without the pinyin a site added after its characters. */
export function withoutPinyin(text: string): string {
  return text.replace(PINYIN, '$1');
}

/** The plan's paragraphs, cleaned of what a web copy adds; indexes stay those of the text's non-blank lines. */
export function planParagraphs(text: string): { paras: Paragraph[]; cleaning: Cleaning } {
  const all = paragraphsOf(withoutPinyin(text));
  const boilerplate = all.filter((p) => isBoilerplate(p.plain)).map((p) => p.index);
  const dropped = new Set(boilerplate);
  const contents = contentsLines(all.filter((p) => !dropped.has(p.index)));
  for (const i of contents) dropped.add(i);
  const kept = all.filter((p) => !dropped.has(p.index));
  const runs = chunkRuns(kept);
  const out: Paragraph[] = [];
  let i = 0;
  for (const [from, to] of runs) {
    out.push(...kept.slice(i, from));
    let joined = '';
    let joinedPlain = '';
    const starts: { at: number; index: number }[] = [];
    for (const p of kept.slice(from, to)) {
      const prefix = CHUNK_NUMBER.exec(p.plain)![0].length;
      starts.push({ at: joinedPlain.length, index: p.index });
      joined += p.text.slice(prefix);
      joinedPlain += p.plain.slice(prefix);
    }
    out.push(...splitRunOn(joined, joinedPlain, starts));
    i = to;
  }
  out.push(...kept.slice(i));
  // without page chunks, only a paragraph holding the plan's own headings (二、… (一)…) is cut: a long
  // measure listing its points (：1、…；2、…) stays whole
  const paras = runs.length > 0
    ? out
    : out.flatMap((p) => (p.plain.length > RUN_ON_LENGTH && (p.plain.match(SECTION_INSIDE) ?? []).length >= 2
      ? splitRunOn(p.text, p.plain, [{ at: 0, index: p.index }])
      : [p]));
  const split = joinWrappedUnits(paras.flatMap(splitAfterUnits));
  const fragments = split.filter((p) => FRAGMENT_START.test(p.plain)).map((p) => p.index);
  const long = paras.filter((p) => p.plain.length >= 40).length;
  const parts = split.filter((p) => COLLECTION_PART.test(p.plain.trim()));
  const warning = fragments.length >= 3 && fragments.length * 3 >= Math.max(long, 1)
    ? `这份方案像是从网页上摘抄的片段：${fragments.length} 段从半句开始，文字不连贯，无法可靠地读出措施。请找到原文（政府网站公开的全文或 Word 原件）后再导入。`
    : parts.length >= 2
      ? `这份文件是网页上的 ${parts.length} 篇范文合集（“${parts[0].text.trim()}”至“${parts[parts.length - 1].text.trim()}”），各篇是不同的文件${parts.some((p) => /总结/.test(p.plain)) ? '，标题写的是“总结”而不是方案' : ''}：读出的措施来自其中几篇，混在一张分工表里。请只保留要导入的那一篇方案后再导入。`
      : null;
  return { paras: split, cleaning: { boilerplate, ...(contents.length ? { contents } : {}), chunks: runs.reduce((n, [a, b]) => n + b - a, 0), fragments, warning } };
}

/** A 范文 site's part heading, one of several documents on one page: "民生工程宣传月活动总结篇一" (seed 002), "…范文二". */
const COLLECTION_PART = /^[^，,。；;：:]{2,40}?(?:篇|范文)(?:[一二三四五六七八九十]{1,3}|\d{1,2})$/;

/** The rest of a units list a PDF's line end broke: a short run of names, no label, no sentence ("委、各街道党工委"). */
const LIST_REST = /^[^：:。；;，,]{1,40}[。；;]?$/;
const isListRest = (plain: string) => LIST_REST.test(plain) && (/、/.test(plain) || UNIT_END.test(plain.replace(/[。；;]$/, '')));

/**
 * A units line the PDF broke at its line end ("协办单位:区委编办、…、园区党工" / "委、各街道党工委"), joined back as one
 * paragraph (of the first line's number), the two parts run together as the name was.
 */
function joinWrappedUnits(paras: readonly Paragraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of paras) {
    const last = out[out.length - 1];
    if (last && isUnitsLine(last.plain) && !/[。；;！!？?)）]$/.test(last.plain) && p.level === 0 && isListRest(p.plain) && !isUnitsLine(p.plain) && !isBoilerplate(p.plain)) {
      out[out.length - 1] = { ...last, text: last.text + p.text, plain: last.plain + p.plain };
      continue;
    }
    out.push(p);
  }
  return out;
}

/** A line opening with the units bracket of the item above, the next item right after it: "(责任单位:市城建局)2.完成…". */
const UNITS_THEN_ITEM = new RegExp(`^([(（][^()（）]{0,20}?(?:单位|部门)\\s*[:：][^()（）]{1,200}[)）][。；;]?\\s*)(?=${HEADING_START})`);

/** Such a line as two paragraphs of the same line: the units (closing the item above) and the item. */
function splitAfterUnits(p: Paragraph): Paragraph[] {
  const m = UNITS_THEN_ITEM.exec(p.plain);
  if (!m) return [p];
  const at = m[1].length;
  const head = { index: p.index, text: p.text.slice(0, at).trim(), plain: p.plain.slice(0, at).trim(), level: 0, prefix: 0 };
  const rest = p.plain.slice(at);
  return [head, { index: p.index, text: p.text.slice(at), plain: rest, ...numberingOf(rest) }];
}

/** Whether a paragraph starts in the middle of a sentence. */
export function isFragment(p: Paragraph): boolean {
  return FRAGMENT_START.test(p.plain);
}

/** A line that is only an item's number ("(六)", "7、"): the copy was cut right after it. */
export function isBareNumber(p: Paragraph): boolean {
  return /^(?:[(（]?\s*(?:[一二三四五六七八九十]+|\d{1,2})\s*[)）、.．]?)$/.test(p.plain.trim());
}
