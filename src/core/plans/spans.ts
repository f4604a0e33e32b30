// The stretches of a plan's paragraphs read as one measure each, and the measures of a plan naming no unit at all.
import { Paragraph, isActivityField, isFieldLine } from './outline';
import { isBareNumber, isFragment } from './web-copy';

/** Paragraphs read as one measure. */
export interface Span {
  readonly paras: Paragraph[];
  readonly section: string | null;
  /** An item at the measure level; else a paragraph with units found elsewhere. */
  readonly numbered: boolean;
  /** One of the units-bearing paragraphs an item lists ("3.发布内容:" then "文体生活专场:…(责任单位:…)"). */
  readonly listed?: boolean;
  /** The heading right above a measure led by its subject ("(三)电视访谈"): its title. */
  readonly heading?: Paragraph;
  /** Where the measure starts when that is not its first paragraph: the heading whose only text it is. */
  readonly at?: number;
  /** One unit's paragraph of a 任务分工 part ("县公安局负责…"): led by its subjects. */
  readonly duty?: boolean;
  /** The unit whose heading the duty is under ("1、市卫计委" over "(1)…负责…"): its lead when it names none itself. */
  readonly unitHeading?: string;
}

/**
 * The part of a plan that holds its measures: 三、工作措施, 主要任务, 重点工作…; or its steps, when the stages are the work
 * (五、实施步骤 → (一)第一阶段:宣传发动,制定方案(2017年7月18日至…), a 五城联创 plan naming no unit).
 */
const MEASURES_PART = /措施|任务|重点工作|工作内容|活动内容|主要内容|主要活动|活动项目|主要做法|宣传内容|具体安排|工作安排|宣传安排|活动安排|宣传重点|宣传方式|实施步骤|工作步骤|步骤安排|阶段安排|分阶段/;

/**
 * A plan that names no units anywhere: the measures are the innermost items of the part whose
 * heading says it holds them (三、工作措施); an item with items under it is their section. Null
 * when there is no such part (the deepest numbering is read instead).
 */
export function unitlessMeasures(paras: readonly Paragraph[]): Span[] | null {
  const spans: Span[] = [];
  const headings: (string | null)[] = [];
  let inPart = false;
  let current: Paragraph[] | null = null;
  let section: string | null = null;
  const close = () => {
    if (current) spans.push({ paras: current, section, numbered: true });
    current = null;
  };
  paras.forEach((p, i) => {
    if (isFragment(p) || isLogistics(p)) return;
    if (isBareNumber(p)) {
      close();
      return;
    }
    if (p.level === 1) {
      close();
      inPart = MEASURES_PART.test(p.plain.slice(p.prefix, p.prefix + 12));
      headings.length = 0;
      headings[1] = p.text;
      return;
    }
    if (p.level === 0) {
      if (current) current.push(p);
      return;
    }
    close();
    headings[p.level] = p.text;
    headings.length = p.level + 1;
    if (!inPart) return;
    const next = paras.slice(i + 1).find((q) => q.level > 0 && !isFragment(q));
    // it heads the items below it, unless its own fields follow it (时间:, 地点:): then it is the activity, they its steps
    if (next && next.level > p.level && !(paras[i + 1] && isFieldLine(paras[i + 1].plain))) return;
    section = headings.slice(1, p.level).reverse().find((h) => h) ?? null;
    current = [p];
  });
  close();
  return spans.length >= 1 ? spans : null;
}

/** An item whose first line below it is one of its fields ("(一)…演出活动" then "活动时间:…"): an activity described by fields. */
export function activityFields(paras: readonly Paragraph[]): boolean {
  return paras.length >= 2 && paras[0].level > 0 && isActivityField(paras[1].plain);
}

/** Lines about a meeting's arrangements, not tasks: 地点、参加对象、记者、通稿、联系人…. */
const LOGISTICS = /^(?:(?:会议|活动|发布会)?地点|参加对象|参会对象|参加人员|参会人员|出席人员|出席对象|邀请对象|联系人|联系电话|联系方式|联络员|主持人|报名方式|报名时间|电子邮箱|邮箱)\s*[:：]|安排记者|记者全程|发布通稿|通稿于|将通稿/;

export function isLogistics(p: Paragraph): boolean {
  return LOGISTICS.test(p.plain.slice(p.prefix));
}

/** A stage of the plan's timetable and its time: "第一个阶段1月—6月份", "(一)动员部署阶段(3月)". */
const STAGE = /第[一二三四五六七八九十\d]{1,2}个?阶段|[\u4e00-\u9fff]{2,8}阶段\s*[(（]/;

/**
 * The plan's stages written outside its measures (一、宣传时间:…第一个阶段1月—6月份…; 四、时间安排 (一)动员部署阶段(3月)), each
 * paragraph's first 60 characters: a measure with no time of its own falls in one of them, which only the clerk can tell.
 */
export function stagesOutside(paras: readonly Paragraph[], inMeasures: ReadonlySet<number>, hasTime: (plain: string) => boolean): { paragraph: number; text: string }[] {
  return paras
    .filter((p) => !inMeasures.has(p.index) && STAGE.test(p.plain) && hasTime(p.plain))
    .map((p) => ({ paragraph: p.index, text: p.text.length > 60 ? `${p.text.slice(0, 60)}…` : p.text }));
}
