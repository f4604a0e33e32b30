// The 通报 as data: title, 发文字号, 主送, the three sections, signature and the attachment tables (pure, for any writer).
import { CivilDate, compareDates, formatChinese } from '../dates/civil-date';
import { Grid } from '../sheets/grid';
import { findTaskHeader, readTaskSheet } from '../sheets/task-sheet';
import { periodPhrase, previousSpan } from '../scoring/movement';
import { Report, periodScores, scoringInput, yearToDateSpan } from '../scoring/report';
import { comparisonSentence } from './comparison';
import { Period, UnitScore } from '../scoring/tally';
import { RankingTable, rankingTables } from './figures';
import { REPORTER_TITLE, ReporterSection, reporterSection } from './reporters';
import { gradeParagraphs } from './grades';
import { ADVANCED_TITLE, HonourSection, advancedUnitSection } from './honours';
import { CHINESE_ORDINALS, GENERIC_CATEGORIES, overviewParagraphs, praiseParagraph, problemParagraphs, publishedOnly, requirementParagraphs, yearToDateSentence } from './sentences';
import { GRADE_NAMES } from '../scoring/scoring-rules';
import { ranksUnits } from '../scoring/rule-model';
import { scoredWord } from '../scoring/points-unit';
import { anyQuota } from '../scoring/score-columns';
import { DEFAULT_WORK, workName, workNoun } from '../scoring/work-name';

/** The period as offices write it (its home is scoring, where the 通报 sheet's notes use it too). */
export { periodPhrase };

export interface BulletinSection {
  /** 一、基本情况 … */
  readonly heading: string;
  readonly paragraphs: string[];
}

export interface BulletinAttachment {
  /** 附件1 (when each category is an attachment of its own) */
  readonly label: string;
  /** The ranking category (县区, 市直部门 …; 各单位 when there is one list). */
  readonly category: string;
  readonly title: string;
  readonly header: readonly string[];
  readonly rows: string[][];
  /** Under the table: what the point columns add up to and what does not apply. */
  readonly note?: string;
}

export interface BulletinContent {
  /** 发文机关标志 of the 版头 ("…文件"), or null when 设置 names no 发文机关 (then no 版头 is printed). */
  readonly issuerMark: string | null;
  readonly documentNumber: string | null;
  readonly title: string;
  /** The title's words in order ("关于", the period, the campaign, "宣传工作情况的通报"): lines break only between them. */
  readonly titleParts: readonly string[];
  readonly recipients: string;
  /** The opening paragraph before 一、. */
  readonly opening: string;
  readonly sections: BulletinSection[];
  /** The signature's 发文机关, or null when 设置 has none: the line is left blank for the clerk, never a placeholder. */
  readonly issuer: string | null;
  readonly date: string;
  /** 附注 under the date from 设置 联系人 / 联系电话 ("（联系人：…，联系电话：…）"), or null when 设置 has neither. */
  readonly note: string | null;
  readonly attachments: BulletinAttachment[];
  /** The ranking tables as one attachment with a section per category (default), or one attachment each (设置 通报附件). */
  readonly attachmentLayout: 'one' | 'each';
  /** The one attachment's title ("2023年6月份各单位宣传工作排名情况"), its sections the categories. */
  readonly annexTitle: string;
  /** What the clerk should know before the leader signs (an unset 发文机关 …), each naming the 设置 row to fill. */
  readonly warnings: string[];
}

/** Defaults where 设置 gives nothing. */
const DEFAULT_RECIPIENTS = '各有关单位';

/** 设置 通报附件 values that ask for one attachment per category. */
const EACH_ATTACHMENT = /每类|分开|分别|各自|单独/;

/** The title's words: "关于" · period · campaign (split before its own 市/县/区 name ends) · "宣传工作情况的通报" (or `subject`). */
function titleWords(period: string, campaign: string, subject = `${DEFAULT_WORK}情况`): string[] {
  const place = /^(.+?(?:省|自治区|市|州|盟|县|区|旗))(?=.{2,})/.exec(campaign);
  const words = place ? [place[1], campaign.slice(place[1].length)] : [campaign];
  return ['关于', period, ...words.filter(Boolean), `${subject}的通报`];
}


/** A whole calendar year: the year-end 通报 announces the 考核 result (北京市西城区: 「关于2008工作目标督查考核结果的通报」). */
const isWholeYear = (period: Period) =>
  period.from.year === period.to.year && period.from.month === 1 && period.from.day === 1 && period.to.month === 12 && period.to.day === 31;


/** The campaign's name from 设置 活动名称, else from the task sheet's title ("六安市2023年暖民心行动宣传任务分工表" → "六安市暖民心行动"). */
export function campaignName(grids: readonly Grid[], report: Report): string {
  const set = report.check.settings.text.campaignName;
  if (set) return set;
  const grid = grids.find((g) => g.name === report.check.taskSheets[0]);
  const header = grid && findTaskHeader(grid);
  const title = grid && header ? readTaskSheet(grid, header).titles.find((t) => t.trim() !== '') : undefined;
  if (!title) return '';
  return title
    .replace(/\s+/g, '')
    .replace(/(?:19|20)\d{2}年(?:度)?/, '')
    // 宣傳: a plan copied from a mirror in traditional characters (seed 001 「羣眾滿意度提升行動宣傳」) would read 「…宣傳宣传工作情况」
    .replace(/(?:宣[传傳])?(?:工作)?任[务務](?:分工)?(?:表|方案|清单|清單)?$/, '')
    // "XX街道关于进一步加强和完善大宣传工作格局的任务分工表" (seed 003): the title's own 关于…的 would make 「关于…关于…格局的宣传工作情况的通报」
    .replace(/^(.{0,12}?)关于/, '$1').replace(/的$/, '')
    .replace(/宣[传傳]$/, '');
}

/**
 * The campaign without the words the work repeats after it: 设置 活动名称 「遂溪县人大新闻宣传」 and the work 宣传工作 make 「…人大新闻宣传工作」
 * (遂溪县人大 2023年度: 「人大新闻宣传工作」), never 「…新闻宣传宣传工作」; the longest overlap of two characters or more goes.
 */
export function withoutWorkAtEnd(campaign: string, work: string): string {
  for (let k = Math.min(campaign.length - 1, work.length); k >= 2; k--) {
    if (campaign.endsWith(work.slice(0, k))) return campaign.slice(0, -k);
  }
  return campaign;
}

/**
 * 先进单位 and 优秀信息员, each its own section; when both are decided (lists or a quota filled), one decision and both lists, as offices
 * decide them (吉林省工商局 2009: 「省局决定授予长春市工商局等9个单位（部门）为…先进单位，授予肖金红等9名同志为…优秀信息员。」 then
 * 「一、…先进单位（部门）」「二、…优秀信息员」; 遂溪县人大 2023年度: 「现决定对洋青镇人大等6个先进集体和刘一平等20名优秀通讯员予以表彰」;
 * 嘉兴市, 周村区 the same), each list headed by its count (遂溪县人大: 「一、先进集体（6个）」「二、优秀通讯员（20名）」).
 */
/** What the 通报 praises each unit for: its 优秀 等次 (when the 通报 grades), its 先进单位 (when it names them). */
function praisedUnits(graded: readonly UnitScore[], advanced: readonly string[]): Map<string, string> {
  const praised = new Map<string, string>();
  for (const s of graded) if (s.grade === GRADE_NAMES.excellent) praised.set(s.unit, `考核为${GRADE_NAMES.excellent}等次`);
  for (const unit of advanced) praised.set(unit, praised.has(unit) ? `${praised.get(unit)}、获评${ADVANCED_TITLE}` : `获评${ADVANCED_TITLE}`);
  return praised;
}

function honourSections(advanced: HonourSection | null, reporters: ReporterSection | null): BulletinSection[] {
  const apart = [...(advanced ? [{ heading: ADVANCED_TITLE, paragraphs: advanced.paragraphs }] : []), ...(reporters ? [{ heading: REPORTER_TITLE, paragraphs: reporters.paragraphs }] : [])];
  // a place left to fill (【待填】) stays a section of its own: there is no decision to join yet
  if (!advanced?.count || !reporters?.count || advanced.paragraphs.length !== 2 || reporters.paragraphs.length !== 2) return apart;
  const basis = /^根据[^，]*情况，/.exec(advanced.paragraphs[0])?.[0] ?? '';
  const second = basis && reporters.paragraphs[0].startsWith(basis) ? reporters.paragraphs[0].slice(basis.length) : reporters.paragraphs[0];
  // 「名单：…」 → 「先进单位（6个）：…」; 「名单（第3名得分并列的一并列入）：…」 → 「优秀信息员（4名，第3名得分并列的一并列入）：…」
  const titled = (list: string, title: string, count: string) => list.replace(/^名单(?:（(.*?)）)?：/, (_, note: string | undefined) => `${title}（${count}${note ? `，${note}` : ''}）：`);
  return [{
    heading: `${ADVANCED_TITLE}和${REPORTER_TITLE}`,
    paragraphs: [
      `${advanced.paragraphs[0].replace(/。$/, '')}，${second}`,
      titled(advanced.paragraphs[1], ADVANCED_TITLE, `${advanced.count}个`),
      titled(reporters.paragraphs[1], REPORTER_TITLE, `${reporters.count}名`),
    ],
  }];
}

/** The whole bulletin; `issuedOn` is the date under the signature. */
export function bulletinContent(report: Report, named: string, issuedOn: CivilDate): BulletinContent {
  const settings = report.check.settings.text;
  // 宣传工作, or the work 设置 通报事项 names (政务信息报送及采用): title, attachments, honours and closing say it
  const work = workName(settings.workName);
  const campaign = withoutWorkAtEnd(named, work);
  const period = periodPhrase(report.period);
  const ytdSpan = yearToDateSpan(report.period, report.rules.model.yearStart);
  const ytd = ytdSpan ? { period: periodPhrase(ytdSpan) } : undefined;
  const tables: RankingTable[] = report.ledger.entries.some((e) => inPeriod(e.date, report.period)) ? rankingTables(report, ytd) : [];
  const single = tables.length === 1 && GENERIC_CATEGORIES.includes(tables[0].category);
  const attachmentLayout = EACH_ATTACHMENT.test(settings.bulletinAttachments ?? '') ? 'each' : 'one';
  // a rule that ranks nobody (a 奖励办法) lists 奖励情况, never 排名情况
  const listWord = ranksUnits(report.rules.model) ? '排名' : scoredWord(report.rules.model.pointsUnit);
  const attachments = tables.map((t, i) => ({
    label: `附件${i + 1}`,
    category: single ? '各单位' : t.category,
    title: `${period}${single ? '各单位' : t.category}${work}${listWord}情况`,
    header: t.header,
    rows: t.rows,
    note: t.note,
  }));
  const yearEnd = isWholeYear(report.period);
  const now = yearEnd ? '全年' : '本期';
  // the year so far and the period before, after who met the quota
  const ytdSentence = ytd && tables.length ? yearToDateSentence(report.yearToDate, ytd.period) : null;
  const compared = tables.length ? comparedWithBefore(report) : null;
  const overview = overviewParagraphs(report, period, tables.length > 0, annexReference(attachments.length, attachmentLayout), now, ytd?.period, (ytdSentence ?? '') + (compared ?? ''));
  // at year end, with grade lines in the rules: the 等次 of every unit, a section of its own
  const grades = tables.length && yearEnd ? gradeParagraphs(report.scores, period, report.rules, annexReference(attachments.length, attachmentLayout)) : null;
  // at year end, where the office names people or the ledger has authors: 优秀信息员, never chosen by Duban unless told how
  const reporters = tables.length && yearEnd
    ? reporterSection(
      report.people, settings.excellentReporters, settings.excellentReporterQuota, `${report.period.from.year}年度`,
      `${report.period.from.year}年度${campaign}${workNoun(work)}${REPORTER_TITLE}`, report.rules.model.pointsUnit,
    )
    : null;
  // at year end, where 设置 lists them: 先进单位, the office's decision
  const advanced = tables.length && yearEnd
    ? advancedUnitSection(settings.advancedUnits, report.scores, report.check.registry, `${report.period.from.year}年度`, `${report.period.from.year}年度${campaign}${workNoun(work)}${ADVANCED_TITLE}`)
    : null;
  // the year-end word to those praised (优秀 units, 先进单位, 优秀信息员) and to the rest, before the usual requirements
  const praise = yearEnd ? praiseParagraph(!!grades && report.scores.some((s) => s.grade === GRADE_NAMES.excellent), !!reporters, !!advanced, work) : null;
  const sections: BulletinSection[] = [
    { heading: '基本情况', paragraphs: overview },
    ...(grades ? [{ heading: '考核等次', paragraphs: grades }] : []),
    ...honourSections(advanced, reporters),
    { heading: '存在问题', paragraphs: problemParagraphs(report, now, tables.length > 0, praisedUnits(grades ? report.scores : [], advanced?.units ?? [])) },
    { heading: '下一步要求', paragraphs: requirementParagraphs(settings.bulletinRequirements, praise, work, anyQuota(report.scores)) },
  ].map((section, i) => ({ ...section, heading: `${CHINESE_ORDINALS[i]}、${section.heading}` }));
  const subject = grades ? `${workNoun(work)}考核结果` : `${work}情况`;
  const issuer = settings.issuer || null;
  const warnings = issuer ? [] : ['“设置”表没有填写“发文机关”：通报没有版头，落款处留空待填。请在“设置”表加一行“发文机关 | 本单位全称”后重新生成。'];
  if (reporters?.warning) warnings.push(reporters.warning);
  if (advanced?.warning) warnings.push(advanced.warning);
  // a 考核结果 of a year not yet over: its 等次 stand on part of the year (a preview, not the result to issue)
  if (grades && compareDates(report.asOf, report.period.to) < 0) {
    warnings.push(`通报期间为${period}全年，统计截止日为${formatChinese(report.asOf)}：考核等次按截至该日的报送和采用评定，年度结束前不宜作为考核结果印发。`);
  }
  const titleParts = titleWords(period, campaign, subject);
  return {
    issuerMark: issuer ? settings.issuerMark || `${issuer}文件` : null,
    documentNumber: settings.documentNumber || null,
    title: titleParts.join(''),
    titleParts,
    recipients: `${settings.recipients || DEFAULT_RECIPIENTS}：`,
    opening: `${basisPhrase(settings.bulletinBasis)}现将${period}${campaign}${subject}通报如下：`,
    sections,
    issuer,
    date: formatChinese(issuedOn),
    note: contactNote(settings.contactPerson, settings.contactPhone),
    attachments,
    attachmentLayout,
    annexTitle: `${period}各单位${work}${listWord}情况`,
    warnings,
  };
}

/**
 * "根据《…考评办法》规定，" from 设置 通报依据 (a document name, 书名号 added when the clerk left them out, its 文号 kept:
 * 「根据《关于…的通知》（枣教发〔2013〕4号）规定」); empty when 设置 names none.
 */
export function basisPhrase(basis: string | undefined): string {
  const text = (basis ?? '').trim().replace(/^根据/, '').replace(/(?:的)?规定[，,]?$/, '').trim();
  if (!text) return '';
  return `根据${text.includes('《') ? text : `《${text}》`}规定，`;
}

/** "（联系人：赵梅霞，联系电话：62048653）" from whichever of the two 设置 gives; null when neither. */
export function contactNote(person: string | undefined, phone: string | undefined): string | null {
  const parts = [person && `联系人：${person}`, phone && `联系电话：${phone}`].filter(Boolean);
  return parts.length ? `（${parts.join('，')}）` : null;
}

/** The period against the one before it (same number of whole months, or days), scored by the same rules. */
function comparedWithBefore(report: Report): string | null {
  const before = previousSpan(report.period);
  const scores = periodScores({ ...scoringInput(report.check, report, report.creditTo), period: before }, report.check, report.categories);
  return comparisonSentence(report.scores, scores, periodPhrase(before), report.rules.custom, publishedOnly(report));
}

/** Where the body sends the reader for the tables: "附件", or "附件1至附件3" when each category is an attachment of its own. */
function annexReference(count: number, layout: 'one' | 'each'): string {
  if (layout === 'one' || count < 2) return '附件';
  return count === 2 ? '附件1、附件2' : `附件1至附件${count}`;
}

const inPeriod = (date: CivilDate, period: Period) => compareDates(date, period.from) >= 0 && compareDates(date, period.to) <= 0;
